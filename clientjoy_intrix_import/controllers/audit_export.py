from werkzeug.exceptions import Forbidden, NotFound

from odoo import http
from odoo.exceptions import AccessError
from odoo.http import content_disposition, request


class AuditExportController(http.Controller):
    """The pre-migration audit of a run as a CSV or XLSX download."""

    @http.route("/clientjoy_intrix_import/run/<int:run_id>/audit.<any(csv, xlsx):file_format>",
                type="http", auth="user", methods=["GET"], readonly=True)
    def audit_export(self, run_id, file_format, **kwargs):
        if not request.env.user.has_group("clientjoy_intrix_import.group_import_user"):
            raise Forbidden()
        run = request.env["clientjoy.intrix.run"].browse(run_id).exists()
        if not run:
            raise NotFound()
        try:
            run.check_access("read")
        except AccessError:
            # another company's run: do not tell it exists
            raise NotFound() from None
        filename, content, mimetype = run._audit_export(file_format)
        return request.make_response(content, headers=[
            ("Content-Type", mimetype),
            ("Content-Length", str(len(content))),
            ("Content-Disposition", content_disposition(filename)),
            ("X-Content-Type-Options", "nosniff"),
            ("Cache-Control", "no-store"),
        ])
