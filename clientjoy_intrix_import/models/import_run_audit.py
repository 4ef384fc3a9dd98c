"""Step 2b of a run: the audit in SQL over the staged records before anything moves: duplicates,
orphans, stale opportunities, records already imported by an earlier run."""
import logging

from odoo import _, fields, models

from ..importers.base import xmlid_name
from ..lib.targets import ENTITIES
from .import_run import DUPLICATE_KEYS, PENDING_SQL, VALIDATE_CHUNK

_logger = logging.getLogger(__name__)


class ImportRun(models.Model):
    _inherit = "clientjoy.intrix.run"

    def _audit(self):
        """Pre-import audit: duplicates, orphans, stale opportunities (unknown owners: _reconcile_owners).

        Runs in SQL over the JSON of the mapped values, so it costs the same memory for 1 000 or
        2 000 000 staging records; only the findings travel to Python.
        """
        self.ensure_one()
        self._audit_same_source_id()  # first: its errors stand beside the findings below (import_same_source_id.py)
        cr = self.env.cr
        self.env.flush_all()
        cr.execute(f"""UPDATE clientjoy_intrix_staging SET audit_duplicate = false, audit_orphan = false, audit_stale = false
                        WHERE {PENDING_SQL} AND (audit_duplicate OR audit_orphan OR audit_stale)""", [self.id])
        flags, warnings = {}, {}

        def note(staging_id, flag, message=None):
            flags.setdefault(staging_id, set()).add(flag)
            if message:
                warnings.setdefault(staging_id, []).append(message)

        # duplicates: same e-mail / VAT / normalised name within one entity; the first one (source
        # order) is the original, every later one says whose duplicate it is. All keys in one pass: each
        # record's values are parsed once
        keys = ", ".join("(%d, %s, %s)" % (rank, expression, "s.entity IN %s" if entities else "true")
                         for rank, (_what, expression, entities) in enumerate(DUPLICATE_KEYS))
        cr.execute(f"""
            SELECT rank, id, first_id, first_ref FROM (
                SELECT rank, id, count(*) OVER w AS n,
                       first_value(id) OVER (w ORDER BY object_sequence, sequence, id) AS first_id,
                       first_value(external_id) OVER (w ORDER BY object_sequence, sequence, id) AS first_ref
                  FROM (SELECT s.id, s.entity, s.external_id, s.object_sequence, s.sequence, d.rank, d.key
                          FROM clientjoy_intrix_staging s,
                               LATERAL (SELECT COALESCE(s."values", '{{}}')::jsonb AS v) j,
                               LATERAL (VALUES {keys}) AS d(rank, key, applies)
                         WHERE {PENDING_SQL} AND d.applies) k
                 WHERE key IS NOT NULL AND key <> ''
                WINDOW w AS (PARTITION BY rank, entity, key)
            ) d WHERE n > 1 ORDER BY rank, id
        """, [tuple(entities) for _what, _expression, entities in DUPLICATE_KEYS if entities] + [self.id])
        for rank, staging_id, first_id, first_ref in cr.fetchall():
            note(staging_id, "audit_duplicate", None if staging_id == first_id else _(
                "Possible duplicate of %(ref)s (same %(what)s)", ref=first_ref, what=DUPLICATE_KEYS[rank][0]))

        # orphans: a reference to a record that is neither in this run nor imported by an earlier one; every
        # reference key of every staged entity in one pass (each record's values parsed once)
        cr.execute("SELECT DISTINCT entity FROM clientjoy_intrix_staging WHERE run_id = %s ORDER BY entity", [self.id])
        specs = [(entity_name, spec) for (entity_name,) in cr.fetchall() if ENTITIES.get(entity_name)
                 for spec in ENTITIES[entity_name].keys if spec.kind == "ref" and spec.ref]
        in_odoo = {}
        if specs:
            cr.execute(f"""
                SELECT s.id, d.rank, j.v->>d.key FROM clientjoy_intrix_staging s,
                       LATERAL (SELECT COALESCE(s."values", '{{}}')::jsonb AS v) j,
                       (VALUES {", ".join(["(%s, %s, %s, %s)"] * len(specs))}) AS d(rank, entity, key, ref)
                 WHERE {PENDING_SQL} AND s.entity = d.entity AND COALESCE(j.v->>d.key, '') <> ''
                   AND NOT EXISTS (SELECT 1 FROM clientjoy_intrix_staging o
                                    WHERE o.run_id = s.run_id AND o.entity = d.ref AND o.external_id = j.v->>d.key)
                 ORDER BY d.rank, s.id
            """, [value for rank, (entity_name, spec) in enumerate(specs)
                  for value in (rank, entity_name, spec.key, spec.ref)] + [self.id])
            for staging_id, rank, ref in cr.fetchall():
                spec = specs[rank][1]
                key = (spec.ref, ref)
                if key not in in_odoo:
                    in_odoo[key] = self._ref_exists_in_odoo(spec.ref, ref)
                if not in_odoo[key]:
                    note(staging_id, "audit_orphan", _("%(field)s %(ref)s is not in the source data",
                                                       field=spec.label, ref=ref))

        # stale opportunities: expected closing more than N months ago
        if self.stale_months:
            limit = fields.Date.subtract(fields.Date.context_today(self), months=self.stale_months)
            cr.execute(f"""
                SELECT id FROM clientjoy_intrix_staging
                 WHERE {PENDING_SQL} AND entity = 'lead'
                   AND COALESCE(("values")::jsonb->>'date_deadline', '') <> ''
                   AND left(("values")::jsonb->>'date_deadline', 10) < %s
            """, [self.id, fields.Date.to_string(limit)])
            for (staging_id,) in cr.fetchall():
                note(staging_id, "audit_stale")
        self._apply_audit_findings(flags, warnings)
        self._audit_task_cycles()
        self._audit_stage_pipelines()
        self._audit_missing_stages()  # models/import_stage_create.py

    def _apply_audit_findings(self, flags, warnings):
        """Write the audit flags and warnings (valid records with a warning become 'warning'), in chunks."""
        Staging = self.env["clientjoy.intrix.staging"]
        ids = sorted(flags)
        for start in range(0, len(ids), VALIDATE_CHUNK):
            chunk = ids[start:start + VALIDATE_CHUNK]
            self.env.cr.execute("SELECT id, state, message FROM clientjoy_intrix_staging WHERE id = ANY(%s)", [chunk])
            rows = []
            for staging_id, state, message in self.env.cr.fetchall():
                notes = warnings.get(staging_id, [])
                if notes and state == "valid":
                    state = "warning"
                rows.append((staging_id, state, "\n".join(filter(None, [message] + notes)) or None,
                             "audit_duplicate" in flags[staging_id], "audit_orphan" in flags[staging_id],
                             "audit_stale" in flags[staging_id]))
            Staging.browse(chunk)._bulk_update(rows, ("state", "message", "audit_duplicate", "audit_orphan", "audit_stale"))
        Staging.invalidate_model(["audit_duplicate", "audit_orphan", "audit_stale", "state", "message"])

    def _ref_exists_in_odoo(self, entity, ref):
        """Whether an earlier run already imported source record ``ref`` of ``entity``."""
        adapter = self._get_adapter()
        names = [xmlid_name(self._xmlid_namespace(), obj.name, ref) for obj in adapter.objects_for_entity(entity)]
        return bool(self.env["ir.model.data"].sudo().search_count(
            [("module", "=", adapter.xmlid_module), ("name", "in", names)]))
