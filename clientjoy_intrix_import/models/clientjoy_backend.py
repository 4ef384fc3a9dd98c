from odoo import fields, models


class ClientjoyBackend(models.Model):
    """Connection to one Clientjoy workspace (API key readable by system administrators only)."""

    _name = "clientjoy.intrix.backend"
    _description = "Clientjoy connection"
    _order = "name"

    name = fields.Char(required=True)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one("res.company", required=True, default=lambda self: self.env.company)
    base_url = fields.Char(string="Base URL", required=True, default="https://api.clientjoy.io/api/v1")
    api_key = fields.Char(string="API key", groups="base.group_system", copy=False)
    workspace_id = fields.Char(string="Workspace ID")
    per_page = fields.Integer(string="Page size", default=100)
    min_interval = fields.Float(string="Seconds between requests", default=0.0,
                                help="Rate limit: minimum pause between two API requests")
    timeout = fields.Integer(string="Timeout (s)", default=30)
    max_retries = fields.Integer(default=5)
    contract_overrides = fields.Text(
        help="JSON overrides of the API contract when this account differs (paths, headers, field names)")
    run_ids = fields.One2many("clientjoy.intrix.run", "backend_id", string="Runs")
