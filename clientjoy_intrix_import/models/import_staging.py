import datetime
import functools
import json

from psycopg2.extras import execute_values

from markupsafe import Markup, escape

from odoo import _, api, fields, models

from ..lib.sql import insert_rows
from ..lib.targets import ENTITIES

STATES = [
    ("new", "New"),
    ("valid", "Valid"),
    ("warning", "Warning"),
    ("error", "Error"),
    ("imported", "Imported"),
    ("skipped", "Skipped"),
    ("rolled_back", "Rolled back"),
]


@functools.cache
def _temporal_keys(entity_name):
    """{key: "date" | "datetime"} of the keys of an entity whose staged text is a date or a moment."""
    entity = ENTITIES.get(entity_name)
    return {spec.key: spec.kind for spec in entity.keys if spec.kind in ("date", "datetime")} if entity else {}


def decode_values(text, entity_name):
    """The staged values of a record (JSON) with its dates and datetimes as Python objects again."""
    values = json.loads(text)
    kinds = _temporal_keys(entity_name)
    for key, value in values.items():
        kind = kinds.get(key)
        if kind and isinstance(value, str):
            values[key] = fields.Date.to_date(value) if kind == "date" else datetime.datetime.fromisoformat(value)
    return values


# a few batches: decoded by prefetch and by prepare
_decode_values = functools.lru_cache(maxsize=2048)(decode_values)


def _table(rows, head):
    """A two-column HTML table of (label, value) rows; every text escaped."""
    def cell(value):
        if isinstance(value, (dict, list)):
            value = json.dumps(value, ensure_ascii=False, indent=1)
        return escape("" if value is None else value)

    body = Markup("").join(
        Markup("<tr><th>%s</th><td style='white-space: pre-wrap'>%s</td></tr>") % (cell(label), cell(value))
        for label, value in rows)
    return Markup("<table class='table table-sm table-striped o_cji_record'><thead><tr><th>%s</th><th>%s</th>"
                  "</tr></thead><tbody>%s</tbody></table>") % (head[0], head[1], body)


class ImportStaging(models.Model):
    """One source record of a run, as read (payload) and as mapped (values), with its fate."""

    _name = "clientjoy.intrix.staging"
    _description = "Import staging record"
    _order = "run_id, object_sequence, sequence, id"

    run_id = fields.Many2one("clientjoy.intrix.run", required=True, ondelete="cascade", index=True)
    source = fields.Selection(related="run_id.source", store=True)
    object_name = fields.Char(required=True, index=True, readonly=True)
    object_sequence = fields.Integer(readonly=True)
    entity = fields.Char(required=True, readonly=True)
    sequence = fields.Integer(readonly=True, help="Line in the source file / position in the API pull")
    external_id = fields.Char(string="Source ID", index=True, readonly=True)
    name = fields.Char(readonly=True)
    payload = fields.Text(string="Source record (JSON)", readonly=True, help="The source record exactly as read (JSON)")
    values = fields.Text(string="Mapped values (JSON)", readonly=True, help="Canonical values after the field map (JSON)")
    # the two JSON texts above as readable tables (column -> value, Odoo field -> value) for the form
    payload_html = fields.Html(string="Source record", compute="_compute_tables", sanitize=False)
    values_html = fields.Html(string="Mapped values", compute="_compute_tables", sanitize=False)
    state = fields.Selection(STATES, default="new", required=True, index=True, readonly=True)
    message = fields.Text(readonly=True)
    res_model = fields.Char(string="Odoo model", readonly=True)
    res_id = fields.Many2oneReference(string="Odoo record", model_field="res_model", readonly=True)
    source_updated_at = fields.Datetime(readonly=True)
    # pre-import audit findings (filters in the list view)
    audit_duplicate = fields.Boolean(string="Duplicate", readonly=True)
    audit_missing = fields.Boolean(string="Missing required value", readonly=True)
    audit_invalid = fields.Boolean(string="Invalid value", readonly=True)
    audit_orphan = fields.Boolean(string="Orphan", readonly=True)
    audit_owner = fields.Boolean(string="Unknown owner", readonly=True)
    audit_stale = fields.Boolean(string="Stale", readonly=True)
    # what the last test import (models/import_run_trial.py) found for this record; nothing was kept
    trial_outcome = fields.Selection(
        [("create", "Would be created"), ("update", "Would be changed"), ("unchanged", "Would stay unchanged"),
         ("error", "Would fail")], string="Test import", readonly=True)
    trial_message = fields.Text(string="Test import result", readonly=True)

    # the import's "next batch of this object" and the per-phase counts, without scanning the run
    _run_object_state_sequence_idx = models.Index("(run_id, object_name, state, sequence, id)")

    def _payload(self):
        return json.loads(self.payload or "{}")

    def _values(self):
        """Canonical values with dates and datetimes as Python objects again (a fresh dict)."""
        return dict(_decode_values(self.values or "{}", self.entity))

    @api.model
    def _bulk_insert(self, run, rows):
        """Insert new staging records: ``rows`` = [(object_name, object_sequence, entity, sequence, payload)].

        What ``create`` would store (state new, the run's source, audit flags off, create/write
        user and date), one INSERT per 1000 rows: staging a 2M-row export spends its time reading the
        files, not in the ORM. This model has no computed fields depending on these columns and no
        business logic on create.
        """
        insert_rows(self.env, "clientjoy_intrix_staging", (
            "run_id", "source", "object_name", "object_sequence", "entity", "sequence", "payload", "state",
            "audit_duplicate", "audit_missing", "audit_invalid", "audit_orphan", "audit_owner", "audit_stale",
        ), [
            (run.id, run.source, object_name, object_sequence, entity, sequence, payload, "new",
             False, False, False, False, False, False)
            for object_name, object_sequence, entity, sequence, payload in rows
        ])
        run.invalidate_recordset(["staging_ids"])

    def _bulk_update(self, rows, columns):
        """Write many staging records at once: ``rows`` = [(id, value per column...)].

        One UPDATE ... FROM (VALUES ...) per 1000 rows instead of one UPDATE per record; the ORM cache of
        those columns is invalidated. Only plain stored columns of this model (no computed dependants).
        """
        if not rows:
            return
        self.env.flush_all()
        types = {c: self._fields[c].column_type[1] for c in columns}
        assignments = ", ".join('"%s" = v."%s"' % (c, c) for c in columns)
        template = "(%s::int4, " + ", ".join("%%s::%s" % types[c] for c in columns) + ")"
        query = 'UPDATE clientjoy_intrix_staging s SET %s FROM (VALUES %%s) AS v(id, %s) WHERE s.id = v.id' % (
            assignments, ", ".join('"%s"' % c for c in columns))
        execute_values(self.env.cr._obj, query, rows, template=template, page_size=1000)
        self.invalidate_model(list(columns))

    def _mark_error(self, message):
        for rec in self:
            rec.write({"state": "error", "message": "\n".join(filter(None, [rec.message, message]))})

    @api.depends("payload", "values", "entity")
    def _compute_tables(self):
        for staging in self:
            payload = json.loads(staging.payload) if staging.payload else {}
            staging.payload_html = _table(payload.items(), (_("Column"), _("Value"))) if payload else False
            values = json.loads(staging.values) if staging.values else {}
            entity = ENTITIES.get(staging.entity)
            rows = []
            for key, value in values.items():
                spec = entity.key(key) if entity else None
                label = "%s (%s)" % (spec.label, spec.target) if spec else key
                rows.append((label, value))
            staging.values_html = _table(rows, (_("Odoo field"), _("Value"))) if rows else False

    def action_skip(self):
        self.filtered(lambda s: s.state in ("new", "valid", "warning", "error")).write(
            {"state": "skipped", "message": _("Skipped by %s", self.env.user.name)})

    def action_unskip(self):
        runs = self.filtered(lambda s: s.state == "skipped" and not s.res_id).run_id
        self.filtered(lambda s: s.state == "skipped" and not s.res_id).write({"state": "new", "message": False})
        runs.action_validate()

    def action_open_record(self):
        self.ensure_one()
        if not self.res_model or not self.res_id:
            return False
        return {"type": "ir.actions.act_window", "res_model": self.res_model, "res_id": self.res_id,
                "view_mode": "form", "target": "current"}

    @api.model
    def _state_counts(self, domain):
        return {state: count for state, count in self._read_group(domain, ["state"], ["__count"])}
