from odoo import api, fields, models



class ImportMapMemory(models.Model):
    """Maps an admin confirmed before, per source: they win the next proposal."""

    _name = "clientjoy.intrix.map.memory"
    _description = "Confirmed column map (memory)"
    _order = "source, entity, header"

    source = fields.Char(required=True, index=True)
    entity = fields.Char(required=True, index=True)
    header = fields.Char(required=True, help="Normalised source column header")
    action = fields.Selection([("map", "Map"), ("new_field", "New custom field"), ("ignore", "Ignore")], required=True)
    key = fields.Char(help="Target key (action map)")
    times = fields.Integer(default=1)

    _uniq = models.Constraint("unique(source, entity, header)", "One memory per source, entity and header.")

    @api.model
    def _memory_for(self, source, entity):
        from ..lib.map_proposer import IGNORE, NEW_FIELD

        special = {"new_field": NEW_FIELD, "ignore": IGNORE}
        return {m.header: (m.key if m.action == "map" else special[m.action])
                for m in self.search([("source", "=", source), ("entity", "=", entity)])}

    @api.model
    def _remember(self, source, map_lines):
        from ..lib.map_proposer import normalise_header

        for line in map_lines:
            header = normalise_header(line.source_column)
            vals = {"action": line.action, "key": line.target_id.key if line.action == "map" else False}
            memory = self.search([("source", "=", source), ("entity", "=", line.entity), ("header", "=", header)])
            if memory:
                memory.write(dict(vals, times=memory.times + 1))
            else:
                self.create(dict(vals, source=source, entity=line.entity, header=header))
