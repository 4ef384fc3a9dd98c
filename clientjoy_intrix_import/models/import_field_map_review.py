"""The field map screen: every map line of a run on one wide list, grouped by object.

Like Odoo's own import dialog, each source column shows its first values next to a searchable picker
of the fields it can go to, with "New field" and "Ignore" one click away. A line the admin changes
becomes theirs: 100 % and "Set by you", so the colours and the filters stop calling it doubtful.
Two columns of one object that go to the same single-valued field are flagged here and refused at
confirmation (``import_run_map_review.py``): the second would overwrite the first on every record.
"""
import itertools
import json

from odoo import api, fields, models
from odoo.exceptions import UserError

from ..importers.schema import custom_field_name

#: values a line shows from its column (the first distinct non-empty ones of the first rows read)
SAMPLE_VALUES = 3
#: characters of each of them
SAMPLE_CHARS = 40
#: rows looked at for them: a column empty in the first thousand rows shows nothing, at a bounded cost
SAMPLE_ROWS = 1000
#: what the admin decides on a line; the rest is the proposal's or the run's
MAPPING_FIELDS = ("action", "target_id", "new_field_name", "new_field_type")
#: kinds of target keys that hold the values of several columns: a list (tags, attendees, task
#: dependencies, options) gets the items of every column, a text (notes, descriptions, bodies) the
#: texts one after the other (``_apply_map``); every other key keeps one value per record
MULTI_VALUED_KINDS = ("list", "text")


def sample_values(rows, column, count=SAMPLE_VALUES, chars=SAMPLE_CHARS):
    """The first ``count`` distinct non-empty values of ``column`` in ``rows``, on one line.

    Blank rows are passed over (a sparse column still shows what it holds) and repeats are shown once
    (a currency column says "EUR | USD", not "EUR | EUR | EUR")."""
    seen = []
    for row in itertools.islice(rows, SAMPLE_ROWS):
        value = row.get(column)
        if value in (None, "", [], {}):
            continue
        text = json.dumps(value, ensure_ascii=False, default=str) if isinstance(value, (dict, list)) else str(value)
        text = " ".join(text[:4 * chars].split())  # line breaks and runs of blanks as one blank
        if not text:
            continue
        if len(text) > chars:
            text = text[:chars - 1] + "…"
        if text not in seen:
            seen.append(text)
            if len(seen) == count:
                break
    return " | ".join(seen)


def map_clashes(lines):
    """[(lines, target label)] of the lines of one object that land in the same single-valued field
    (a target key, or a new custom field of the same name), in column order."""
    groups, labels = {}, {}
    for line in lines.sorted(lambda m: (m.run_id.id, m.object_sequence, m.sequence, m.id)):
        if line.action == "map" and line.target_id and line.target_id.kind not in MULTI_VALUED_KINDS:
            where, label = ("map", line.target_id.id), line.target_id.label
        elif line.action == "new_field" and line.new_field_name:
            where, label = ("new_field", line.new_field_name), line.new_field_name
        else:
            continue
        group = (line.run_id.id, line.object_name) + where
        groups[group] = groups.get(group, lines.browse()) | line
        labels[group] = label
    return [(found, labels[group]) for group, found in groups.items() if len(found) > 1]


class ImportFieldMapReview(models.Model):
    _inherit = "clientjoy.intrix.field.map"

    phase_id = fields.Many2one(
        "clientjoy.intrix.phase", string="Source object", compute="_compute_phase_id", store=True, index=True,
        ondelete="set null", help="The object this column belongs to (groups of the field map screen, in import order)")
    run_state = fields.Selection(related="run_id.state", string="Run status")
    changed_by_user = fields.Boolean(
        string="Set by hand", readonly=True,
        help="An administrator changed the proposal of this line: it is theirs (100 %), not a guess any more")
    changed_uid = fields.Many2one("res.users", string="Changed by", readonly=True)
    duplicate_target = fields.Boolean(
        string="Same field as another column", compute="_compute_duplicate_target",
        search="_search_duplicate_target",
        help="Another column of this object goes to the same field: one would overwrite the other, so the "
             "field map cannot be confirmed like this")

    @api.depends("object_name", "run_id.phase_ids.object_name")
    def _compute_phase_id(self):
        for line in self:
            line.phase_id = line.run_id.phase_ids.filtered(lambda p, name=line.object_name: p.object_name == name)[:1]

    @api.depends("action", "target_id", "new_field_name",
                 "run_id.map_ids.action", "run_id.map_ids.target_id", "run_id.map_ids.new_field_name")
    def _compute_duplicate_target(self):
        clashing = set()
        for found, _label in map_clashes(self.run_id.map_ids):
            clashing.update(found.ids)
        for line in self:
            line.duplicate_target = line.id in clashing

    def _search_duplicate_target(self, operator, value):
        if operator != "in":  # the ORM asks 'in' [True] / [False], and negates it for 'not in'
            return NotImplemented
        wanted = any(value)
        self.flush_model()
        self.env["clientjoy.intrix.target"].flush_model(["kind"])
        self.env.cr.execute("""
            SELECT unnest(array_agg(m.id)) FROM clientjoy_intrix_field_map m
              JOIN clientjoy_intrix_target t ON t.id = m.target_id
             WHERE m.action = 'map' AND COALESCE(t.kind, '') NOT IN %s
             GROUP BY m.run_id, m.object_name, m.target_id HAVING count(*) > 1
            UNION ALL
            SELECT unnest(array_agg(id)) FROM clientjoy_intrix_field_map
             WHERE action = 'new_field' AND COALESCE(new_field_name, '') <> ''
             GROUP BY run_id, object_name, new_field_name HAVING count(*) > 1
        """, [MULTI_VALUED_KINDS])
        ids = [row[0] for row in self.env.cr.fetchall()]
        return [("id", "in" if wanted else "not in", ids)]

    @api.onchange("target_id")
    def _onchange_target_id(self):
        # picking a field in the picker is mapping the column there, whatever the line did before
        if self.target_id:
            self.action = "map"

    @api.onchange("action")
    def _onchange_action(self):
        if self.action != "map":
            self.target_id = False
        if self.action == "new_field" and not self.new_field_name:
            self.new_field_name = self._free_field_name()

    def _free_field_name(self):
        """This line's new field name if no other column of its object has it, else one named after
        the column that none has."""
        others = self.run_id.map_ids.filtered(
            lambda m: m.id != self._origin.id and m.object_name == self.object_name and m.action == "new_field")
        taken = set(others.mapped("new_field_name"))
        name = self.new_field_name
        return name if name and name not in taken else custom_field_name(self.source_column, taken)

    def _differs(self, vals):
        """Whether ``vals`` change this line's mapping (an unchanged value written again does not)."""
        for name in MAPPING_FIELDS:
            if name not in vals:
                continue
            current = self[name].id if name == "target_id" else self[name]
            if (current or False) != (vals[name] or False):
                return True
        return False

    def write(self, vals):
        # A write that brings its own reason or confidence is the code's (carry-over of a previous run,
        # a Clientjoy custom field definition): it says why itself. Any other change of the mapping is
        # the admin's, from the screen: theirs, sure, and said so.
        if not set(MAPPING_FIELDS) & set(vals) or {"reason", "confidence"} & set(vals):
            return super().write(vals)
        changed = self.filtered(lambda line: line._differs(vals))
        same = self - changed
        if changed:
            super(ImportFieldMapReview, changed).write(dict(
                vals, changed_by_user=True, changed_uid=self.env.uid, confidence=1.0,
                reason=self.env._("Set by you")))
        rest = {name: value for name, value in vals.items() if name not in MAPPING_FIELDS}
        if same and rest:
            # the same mapping written again keeps its proposal and its confirmation
            super(ImportFieldMapReview, same).write(rest)
        return True

    # ------------------------------------------------------------------ buttons of the screen
    def action_map_new_field(self):
        """Keep the column in a new custom field named after it (distinct from the object's other ones)."""
        for line in self:
            line.write({"action": "new_field", "target_id": False, "new_field_name": line._free_field_name(),
                        "new_field_type": line.new_field_type or "char"})
        return True

    def action_map_ignore(self):
        """Do not import the column."""
        self.write({"action": "ignore", "target_id": False})
        return True

    def action_confirm_from_screen(self):
        """Confirm the field map of the screen's run and go back to the run."""
        run = self.run_id or self.env["clientjoy.intrix.run"].browse(self.env.context.get("cji_map_run_id"))
        run.ensure_one()
        if run.state not in ("staged", "ready"):
            raise UserError(self.env._(
                "Run %(run)s is %(state)s: its field map can no longer be confirmed.", run=run.name,
                state=dict(run._fields["state"]._description_selection(self.env)).get(run.state, run.state)))
        run.action_confirm_map()
        return {
            "type": "ir.actions.act_window",
            "res_model": "clientjoy.intrix.run",
            "res_id": run.id,
            "views": [(False, "form")],
            "target": "current",
        }
