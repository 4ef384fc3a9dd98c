import json

from odoo import _, fields, models

from ..importers.base import IMPORT_CONTEXT, from_jsonable


class ImportLedger(models.Model):
    """Every record a run created or updated, in order, with the previous values of updates."""

    _name = "clientjoy.intrix.ledger"
    _description = "Import ledger entry"
    _order = "run_id, sequence"

    run_id = fields.Many2one("clientjoy.intrix.run", required=True, ondelete="cascade", index=True)
    sequence = fields.Integer(required=True, index=True)
    staging_id = fields.Many2one("clientjoy.intrix.staging", ondelete="set null")
    res_model = fields.Char(required=True, index=True)
    res_id = fields.Many2oneReference(model_field="res_model", required=True, index=True)
    xmlid = fields.Char(string="External ID")
    operation = fields.Selection([("create", "Created"), ("update", "Updated")], required=True)
    previous_values = fields.Text(help="Values before the update (JSON)")
    rolled_back = fields.Boolean(readonly=True)

    def _rollback(self):
        """Undo these entries, newest first: delete what was created, restore what was updated."""
        env = self.env(su=True, context=dict(self.env.context, **IMPORT_CONTEXT))
        entries = self.sorted("sequence", reverse=True)
        fields_to_drop = entries.filtered(lambda e: e.operation == "create" and e.res_model == "ir.model.fields")
        batch, batch_model = [], None
        for entry in entries - fields_to_drop:
            if entry.operation == "create":
                if batch_model not in (None, entry.res_model):
                    self._unlink(env, batch_model, batch)
                    batch = []
                batch_model = entry.res_model
                batch.append(entry.res_id)
                continue
            if batch:
                self._unlink(env, batch_model, batch)
                batch, batch_model = [], None
            record = env[entry.res_model].browse(entry.res_id).exists()
            if record:
                record.write(from_jsonable(record, json.loads(entry.previous_values or "{}")))
        if batch:
            self._unlink(env, batch_model, batch)
        kept = fields_to_drop._drop_fields(env)
        entries.write({"rolled_back": True})
        return kept

    def _unlink(self, env, model, ids):
        if model not in env:
            return
        records = env[model].browse(ids).exists()
        if model == "res.users":
            # users keep their partner by default: remove both, as they came together
            partners = records.partner_id
            records.unlink()
            partners.exists().unlink()
            return
        records.unlink()

    def _drop_fields(self, env):
        """Remove the custom fields these entries created, unless data outside the run uses them."""
        kept = []
        for entry in self:
            field = env["ir.model.fields"].browse(entry.res_id).exists()
            if not field:
                continue
            Model = env[field.model].with_context(active_test=False)
            used = Model.search_count([(field.name, "!=", False)]) if field.store else 0
            if used:
                kept.append(field)
                entry.run_id._log(_("Custom field %(field)s on %(model)s kept: %(count)s records outside this run use it",
                                    field=field.name, model=field.model, count=used))
                continue
            field.unlink()
        return kept
