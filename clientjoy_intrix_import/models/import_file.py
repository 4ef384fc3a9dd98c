import base64
import io
import logging

from odoo import api, fields, models

from ..lib.limits import Limits

_logger = logging.getLogger(__name__)


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
    object_guess = fields.Char(string="Object guessed", readonly=True,
                               help="What the upload guessed this file holds and why, when it was unsure")
    data = fields.Binary(attachment=True, required=True)
    size = fields.Integer()
    encoding = fields.Char(readonly=True)
    encoding_note = fields.Char(string="Encoding check", readonly=True,
                               help="Words of the file in the two readings when its legacy encoding was guessed "
                                    "from little evidence")
    delimiter = fields.Char(readonly=True)
    row_count = fields.Integer(readonly=True)

    @api.model
    def _selection_object(self):
        seen, result = set(), []
        for adapter in self.env["clientjoy.intrix.registry"]._adapters().values():
            for obj in adapter.objects:
                if obj.name not in seen:
                    seen.add(obj.name)
                    result.append((obj.name, obj.label))
        return result

    @api.model
    def _limits(self):
        """The ceilings of one upload (:class:`Limits`) from the system parameters."""
        return Limits.from_params(self.env["ir.config_parameter"].sudo().get_param)

    def _content(self):
        self.ensure_one()
        return base64.b64decode(self.with_context(bin_size=False).data or b"")

    def _open(self):
        """The content of ``data`` as a binary file object, for reading without holding the file in memory.

        The attachment's file in the filestore is opened as it is; an attachment kept in the database
        (``ir_attachment.location`` = db) comes as a BytesIO. The caller closes it. Like
        ``ir.attachment._file_read``, a file missing from the filestore reads as empty.
        """
        self.ensure_one()
        # bin_size off whatever the caller's context (the web client sets it): with it, ``raw`` of an
        # attachment kept in the database would be its size ("18.00 bytes"), not its content
        attachment = self.env["ir.attachment"].sudo().with_context(bin_size=False).search([
            ("res_model", "=", self._name), ("res_field", "=", "data"), ("res_id", "=", self.id),
        ], limit=1)
        if attachment.store_fname:
            path = attachment._full_path(attachment.store_fname)
            try:
                return open(path, "rb")
            except OSError:
                _logger.info("_open reading %s", path, exc_info=True)
                return io.BytesIO()
        return io.BytesIO(attachment.raw or b"")
