"""The run's side of the field map screen: the button that opens it, and no two columns in one field.

Mapping "Department" to Job title next to the "Job title" column used to overwrite every job title
with the department, silently. Confirming such a map is refused, naming the columns; only a target
that holds several values (``MULTI_VALUED_KINDS``: tags and other lists, notes and other texts) takes
several columns of one object.
"""
from odoo import _, models
from odoo.exceptions import UserError

from .import_field_map_review import map_clashes


class ImportRunMapReview(models.Model):
    _inherit = "clientjoy.intrix.run"

    def action_open_map(self):
        """The field map screen of this run: its lines on one wide editable list, grouped by object
        (instead of the plain list of map lines)."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": _("Field map of %s", self.name),
            "res_model": "clientjoy.intrix.field.map",
            "view_mode": "list",
            "views": [(self.env.ref("clientjoy_intrix_import.view_field_map_screen_list").id, "list")],
            "search_view_id": [self.env.ref("clientjoy_intrix_import.view_field_map_search").id],
            "domain": [("run_id", "=", self.id)],
            "context": {"cji_map_run_id": self.id, "search_default_group_object": 1},
            "target": "current",
        }

    def action_confirm_map(self):
        for run in self:
            clashes = map_clashes(run.map_ids)
            if clashes:
                adapter = run._get_adapter()
                raise UserError(_(
                    "Two columns cannot go to the same field: a record keeps one value there, so one column would "
                    "overwrite the other.\n%(clashes)s\nMap all but one of them to another field, to a new custom "
                    "field, or mark them 'Do not import'.",
                    clashes="\n".join(run._clash_sentence(adapter, lines, label) for lines, label in clashes)))
        return super().action_confirm_map()

    def _clash_sentence(self, adapter, lines, label):
        """'Contacts: "Job title" and "Department" both go to Job title.'"""
        try:
            object_label = adapter.object(lines[0].object_name).label
        except KeyError:
            object_label = lines[0].object_name
        names = ['"%s"' % name for name in lines.mapped("source_column")]
        return _("%(object)s: %(columns)s go to %(field)s.", object=object_label,
                 columns=_("%(first)s and %(last)s", first=", ".join(names[:-1]), last=names[-1]), field=label)
