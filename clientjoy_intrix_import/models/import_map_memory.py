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
        """Remember the confirmed map lines of ``source`` (one memory per entity and header).

        One INSERT ... ON CONFLICT per line, never search-then-create: two admins confirming maps with
        the same headers at once must neither both create the memory (UniqueViolation) nor lose a
        count. When the other confirmation committed after this transaction started, PostgreSQL
        raises a serialization failure and Odoo runs the confirmation again (the unique constraint
        is what makes the conflict visible).
        """
        from ..lib.map_proposer import normalise_header

        rows = {}
        for line in map_lines:
            header = normalise_header(line.source_column)
            # last line wins when two columns of one map normalise to the same header, as before
            rows[(line.entity, header)] = (line.action, line.target_id.key if line.action == "map" else None)
        if not rows:
            return
        self.flush_model()
        for (entity, header), (action, key) in sorted(rows.items()):
            # sorted: two confirmations lock the memories in the same order, never in a deadlock
            self.env.cr.execute("""
                INSERT INTO clientjoy_intrix_map_memory AS m
                       (source, entity, header, action, key, times, create_uid, create_date, write_uid, write_date)
                VALUES (%(source)s, %(entity)s, %(header)s, %(action)s, %(key)s, 1,
                        %(uid)s, %(now)s, %(uid)s, %(now)s)
                ON CONFLICT (source, entity, header) DO UPDATE
                   SET action = EXCLUDED.action, key = EXCLUDED.key, times = m.times + 1,
                       write_uid = EXCLUDED.write_uid, write_date = EXCLUDED.write_date
            """, {"source": source, "entity": entity, "header": header, "action": action, "key": key,
                  "uid": self.env.uid, "now": self.env.cr.now()})
        self.invalidate_model(["action", "key", "times"])
