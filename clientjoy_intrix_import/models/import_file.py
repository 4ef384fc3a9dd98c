import base64

from odoo import api, fields, models


class ImportFile(models.Model):
    """A file uploaded for a run: a CSV export of one object, or a file an attachment row points to."""

    _name = "clientjoy.intrix.file"
    _description = "Import source file"
    _order = "run_id, sequence, id"

    run_id = fields.Many2one("clientjoy.intrix.run", required=True, ondelete="cascade", index=True)
    sequence = fields.Integer()
    name = fields.Char(required=True)
    kind = fields.Selection([("csv", "CSV export"), ("blob", "Attachment file")], required=True, default="csv")
    object_name = fields.Selection(selection="_selection_object", string="Object")
    data = fields.Binary(attachment=True, required=True)
    size = fields.Integer()
    encoding = fields.Char(readonly=True)
    delimiter = fields.Char(readonly=True)
    row_count = fields.Integer(readonly=True)

    @api.model
    def _selection_object(self):
        from ..adapters import ADAPTERS

        seen, result = set(), []
        for adapter in ADAPTERS.values():
            for obj in adapter.objects:
                if obj.name not in seen:
                    seen.add(obj.name)
                    result.append((obj.name, obj.label))
        return result

    def _content(self):
        self.ensure_one()
        return base64.b64decode(self.with_context(bin_size=False).data or b"")
