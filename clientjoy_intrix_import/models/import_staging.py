import datetime
import json

from odoo import _, api, fields, models

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
    payload = fields.Text(readonly=True, help="The source record exactly as read (JSON)")
    values = fields.Text(string="Mapped values", readonly=True, help="Canonical values after the field map (JSON)")
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

    def _payload(self):
        return json.loads(self.payload or "{}")

    def _values(self):
        """Canonical values with dates and datetimes as Python objects again."""
        values = json.loads(self.values or "{}")
        entity = ENTITIES.get(self.entity)
        for key, value in values.items():
            spec = entity.key(key) if entity else None
            if not spec or not isinstance(value, str):
                continue
            if spec.kind == "date":
                values[key] = fields.Date.to_date(value)
            elif spec.kind == "datetime":
                values[key] = datetime.datetime.fromisoformat(value)
        return values

    def _add_warning(self, message):
        for rec in self:
            vals = {"message": "\n".join(filter(None, [rec.message, message]))}
            if rec.state == "valid":
                vals["state"] = "warning"
            rec.write(vals)

    def _mark_error(self, message):
        for rec in self:
            rec.write({"state": "error", "message": "\n".join(filter(None, [rec.message, message]))})

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
