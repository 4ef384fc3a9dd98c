from odoo import api, fields, models

from ..lib.targets import ENTITIES


class ImportTarget(models.Model):
    """The canonical target keys of lib/targets.py as records, so the field map can offer a dropdown
    of the keys of one entity only."""

    _name = "clientjoy.intrix.target"
    _description = "Import target field"
    _order = "entity, sequence, id"
    _rec_name = "label"

    entity = fields.Char(required=True, index=True)
    key = fields.Char(required=True)
    sequence = fields.Integer()
    label = fields.Char(required=True, translate=True)
    target = fields.Char(string="Odoo field", help="Where the value lands in Odoo")
    kind = fields.Char()
    required = fields.Boolean()

    _entity_key_uniq = models.Constraint("unique(entity, key)", "A target key is unique per entity.")

    @api.depends("label", "target")
    def _compute_display_name(self):
        for rec in self:
            rec.display_name = "%s (%s)" % (rec.label, rec.target) if rec.target else rec.label

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
