"""Stages the leads name that neither the source's stage export nor Odoo has are created at import, in the
pipeline the lead goes to (importers/crm.py, ``LeadImporter.prepare_references``), not replaced by the
pipeline's first stage: the audit says so on each lead's staging record before the import."""
from odoo import models

from ..importers import get_importer
from ..importers.base import LookupContext
from ..importers.crm import stage_key
from .import_run import PENDING_SQL


class ImportRunStageCreate(models.Model):
    _inherit = "clientjoy.intrix.run"

    def _audit_missing_stages(self):
        """Warn each lead whose stage will be created by the import, naming the pipeline it goes to."""
        self.ensure_one()
        cr = self.env.cr
        self.env.flush_all()
        # the stages this run stages itself: created or reused by its stage phase, before the leads
        cr.execute("""
            SELECT DISTINCT lower(btrim(COALESCE(v->>'pipeline', ''))), v->>'name' FROM clientjoy_intrix_staging,
                   LATERAL (SELECT COALESCE("values", '{}')::jsonb AS v) j
             WHERE run_id = %s AND entity = 'stage' AND state IN ('new', 'valid', 'warning', 'imported')
               AND COALESCE(v->>'name', '') <> ''
        """, [self.id])
        staged = {(pipeline, stage_key(name)) for pipeline, name in cr.fetchall()}
        staged_anywhere = {key for _pipeline, key in staged}
        staged_pipelines = {pipeline for pipeline, _key in staged}
        cr.execute(f"""
            SELECT id, ("values")::jsonb FROM clientjoy_intrix_staging
             WHERE {PENDING_SQL} AND entity = 'lead' AND COALESCE(("values")::jsonb->>'stage', '') <> ''
             ORDER BY object_sequence, sequence, id
        """, [self.id])
        leads = []
        for staging_id, values in cr.fetchall():
            pipeline = (values.get("pipeline") or "").strip().lower()
            key = stage_key(values.get("stage"))
            if (pipeline, key) in staged or (not pipeline and key in staged_anywhere):
                continue
            leads.append((staging_id, values))
        if not leads:
            return
        ctx = LookupContext(self)
        found = get_importer(self.env, "lead").missing_stages(ctx, leads)
        if not found:
            return
        values_of = dict(leads)
        cr.execute("SELECT id, state, message FROM clientjoy_intrix_staging WHERE id = ANY(%s)", [list(found)])
        updates = []
        for staging_id, state, message in cr.fetchall():
            name, team = found[staging_id]
            pipeline = (values_of[staging_id].get("pipeline") or "").strip()
            # a pipeline this run creates at import, before its leads: the stage goes there
            where = pipeline if pipeline.lower() in staged_pipelines and not ctx.env["crm.team"].search_count(
                [("name", "=ilike", pipeline)] + ctx.company_domain("crm.team")) else team.name
            line = self.env._(
                "Stage '%(stage)s' is not in Odoo: it will be created in pipeline %(pipeline)s, once, before the "
                "leads (after import: rollback removes it)", stage=name, pipeline=where)
            lines = message.split("\n") if message else []
            if line in lines:
                continue
            updates.append((staging_id, "warning" if state == "valid" else state, "\n".join(lines + [line])))
        self.env["clientjoy.intrix.staging"]._bulk_update(updates, ("state", "message"))
