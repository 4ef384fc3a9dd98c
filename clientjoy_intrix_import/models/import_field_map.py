from odoo import api, fields, models


class ImportFieldMap(models.Model):
    """One source column (CSV header or API key) of one object, and where it lands in Odoo."""

    _name = "clientjoy.intrix.field.map"
    _description = "Import field map line"
    _order = "run_id, object_sequence, sequence, id"

    run_id = fields.Many2one("clientjoy.intrix.run", required=True, ondelete="cascade", index=True)
    object_name = fields.Char(required=True, readonly=True)
    object_sequence = fields.Integer(readonly=True)
    entity = fields.Char(required=True, readonly=True)
    sequence = fields.Integer(readonly=True)
    source_column = fields.Char(required=True, readonly=True)
    action = fields.Selection(
        [("map", "Map to field"), ("new_field", "New custom field"), ("ignore", "Do not import")],
        required=True, default="map")
    target_id = fields.Many2one(
        "clientjoy.intrix.target", string="Target", domain="[('entity', '=', entity)]", ondelete="restrict")
    target_model = fields.Char(compute="_compute_target_model")
    new_field_name = fields.Char(help="Technical name of the x_ field created before the import")
    new_field_type = fields.Selection(
        [("char", "Text"), ("text", "Long text"), ("float", "Number"), ("integer", "Integer"),
         ("date", "Date"), ("boolean", "Checkbox"), ("selection", "Dropdown")], default="char")
    confidence = fields.Float(readonly=True, aggregator="avg")
    reason = fields.Char(readonly=True)
    sample = fields.Char(readonly=True, help="First values of the column")
    format_note = fields.Char(
        string="Values read as", readonly=True,
        help="How the numbers or dates of this column are read (decimal separator, day/month order, two-digit "
             "years), decided from all its values and the file's locale, and why")
    confirmed = fields.Boolean(readonly=True)

    @api.depends("entity", "run_id")
    def _compute_target_model(self):
        for line in self:
            adapter = line.run_id._get_adapter() if line.run_id.source else None
            obj = adapter.object(line.object_name) if adapter else None
            line.target_model = (obj.model or adapter.entity_model(obj.entity)) if obj else False

    def write(self, vals):
        # any change of the mapping itself withdraws the confirmation of that line
        if {"action", "target_id", "new_field_name", "new_field_type"} & set(vals) and "confirmed" not in vals:
            vals = dict(vals, confirmed=False)
        res = super().write(vals)
        if ("confirmed" in vals or {"action", "target_id"} & set(vals)) and not self.env.context.get("skip_revalidate"):
            self.run_id._on_map_changed()
        return res
