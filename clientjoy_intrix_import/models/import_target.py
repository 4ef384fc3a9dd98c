import re

from odoo import api, fields, models

from ..lib.targets import ENTITIES


class ImportTarget(models.Model):
    """The canonical target keys of lib/targets.py as records, so the field map can offer a dropdown
    of the keys of one entity only."""

    _name = "clientjoy.intrix.target"
    _description = "Import target field"
    _order = "entity, sequence, id"
    _rec_name = "label"
    # the field map's picker finds a target by its label, its key, where it lands ("function",
    # "res.partner.function") and Odoo's own label of that field ("Job Position"), as Odoo's import does
    _rec_names_search = ["label", "key", "target", "odoo_field_label"]

    entity = fields.Char(required=True, index=True)
    key = fields.Char(required=True)
    sequence = fields.Integer()
    label = fields.Char(required=True, translate=True)
    target = fields.Char(string="Odoo field", help="Where the value lands in Odoo")
    kind = fields.Char()
    required = fields.Boolean()
    odoo_field_label = fields.Char(
        string="Odoo field label", compute="_compute_odoo_field_label", search="_search_odoo_field_label",
        help="Odoo's label of the field the value lands in, in your language")

    _entity_key_uniq = models.Constraint("unique(entity, key)", "A target key is unique per entity.")

    @api.depends("label", "target")
    def _compute_display_name(self):
        for rec in self:
            rec.display_name = "%s (%s)" % (rec.label, rec.target) if rec.target else rec.label

    def _odoo_field(self):
        """(model, field name) of the Odoo field this target writes, or None when it lands elsewhere
        (an external id, a chatter note, several fields)."""
        match = re.match(r"([a-z0-9_.]+)\.([a-z0-9_]+)\b", self.target or "")
        if not match or match.group(1) not in self.env or match.group(2) not in self.env[match.group(1)]._fields:
            return None
        return match.group(1), match.group(2)

    def _compute_odoo_field_label(self):
        for rec in self:
            landing = rec._odoo_field()
            rec.odoo_field_label = self.env[landing[0]]._fields[landing[1]]._description_string(self.env) \
                if landing else False

    def _search_odoo_field_label(self, operator, value):
        if operator not in ("ilike", "like", "=ilike", "=like", "="):
            return NotImplemented  # the ORM negates the positive operator for 'not ilike' and co.
        targets = self.search([])
        landings = {target.id: target._odoo_field() for target in targets}
        models_ = {landing[0] for landing in landings.values() if landing}
        found = self.env["ir.model.fields"].sudo().search_fetch(
            [("model", "in", list(models_)), ("field_description", operator, value)], ["model", "name"])
        found = {(field.model, field.name) for field in found}
        return [("id", "in", [target_id for target_id, landing in landings.items() if landing in found])]

    @api.model
    def _sync_targets(self):
        existing = {(t.entity, t.key): t for t in self.search([])}
        to_create = []
        for entity in ENTITIES.values():
            for sequence, key in enumerate(entity.keys):
                vals = {"entity": entity.name, "key": key.key, "sequence": sequence, "label": key.label,
                        "target": key.target, "kind": key.kind, "required": key.required}
                rec = existing.get((entity.name, key.key))
                if rec:
                    if any(rec[k] != v for k, v in vals.items()):
                        rec.write(vals)
                else:
                    to_create.append(vals)
        if to_create:
            self.create(to_create)

    @api.model
    def _get(self, entity, key):
        return self.search([("entity", "=", entity), ("key", "=", key)], limit=1)
