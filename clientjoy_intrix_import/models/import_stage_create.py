"""Stages the leads name that neither the source's stage export nor Odoo has are created at import, in the
pipeline the lead goes to (importers/crm.py, ``LeadImporter.prepare_references``), not replaced by the
pipeline's first stage: the audit says so on each lead's staging record before the import."""
import json

from odoo import models

from ..importers import get_importer
from ..importers.base import LookupContext
from ..importers.crm import stage_key
from ..lib.sql import same_text
from .import_run import PENDING_SQL

# what the lead importer resolves a lead's pipeline and stage from (importers/crm.py, _lead_team and _stage)
LEAD_STAGE_SQL = "btrim(COALESCE({v}->>'pipeline', '')), btrim({v}->>'stage'), COALESCE({v}->'won', 'null'::jsonb)"
# the same, of the staging row itself (an UPDATE cannot read its row through a LATERAL)
ROW_STAGE_SQL = LEAD_STAGE_SQL.format(v="""COALESCE("values", '{}')::jsonb""")


class ImportRunStageCreate(models.Model):
    _inherit = "clientjoy.intrix.run"

    def _audit_missing_stages(self):
        """Warn each lead whose stage the import will create, naming the pipeline it goes to. Read per
        distinct pipeline, stage and won flag in SQL: the same cost for a thousand leads or millions."""
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
            SELECT {LEAD_STAGE_SQL.format(v="v")} FROM clientjoy_intrix_staging,
                   LATERAL (SELECT COALESCE("values", '{{}}')::jsonb AS v) j
             WHERE {PENDING_SQL} AND entity = 'lead' AND COALESCE(btrim(v->>'stage'), '') <> ''
             GROUP BY 1, 2, 3 ORDER BY min(ARRAY[object_sequence, sequence, id])
        """, [self.id])
        groups = []
        for pipeline, stage, won in cr.fetchall():
            if (pipeline.lower(), stage_key(stage)) in staged or (not pipeline and stage_key(stage) in staged_anywhere):
                continue
            groups.append((len(groups), (pipeline, stage, won), {"pipeline": pipeline, "stage": stage, "won": won}))
        if not groups:
            return
        ctx = LookupContext(self)
        found = get_importer(self.env, "lead").missing_stages(ctx, [(index, values) for index, _key, values in groups])
        for index, (pipeline, stage, won), _values in groups:
            if index not in found:
                continue
            name, team = found[index]
            # a pipeline this run creates at import, before its leads: the stage goes there
            where = pipeline if pipeline.lower() in staged_pipelines and not ctx.env["crm.team"].search_count(
                [("name", "=ilike", same_text(pipeline))] + ctx.company_domain("crm.team")) else team.name
            line = self.env._(
                "Stage '%(stage)s' is not in Odoo: it will be created in pipeline %(pipeline)s, once, before the "
                "leads (after import: rollback removes it)", stage=name, pipeline=where)
            cr.execute(f"""
                UPDATE clientjoy_intrix_staging
                   SET state = CASE WHEN state = 'valid' THEN 'warning' ELSE state END,
                       message = CASE WHEN COALESCE(message, '') = '' THEN %s ELSE message || E'\\n' || %s END
                 WHERE {PENDING_SQL} AND entity = 'lead'
                   AND ({ROW_STAGE_SQL}) = (%s, %s, %s::jsonb)
                   AND position(%s IN COALESCE(message, '')) = 0
            """, [line, line, self.id, pipeline, stage, json.dumps(won), line])
        self.env["clientjoy.intrix.staging"].invalidate_model(["state", "message"])
