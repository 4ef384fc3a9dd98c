from odoo import fields, models

CATEGORIES = [
    ("integration", "Integration"),
    ("template", "Document template"),
    ("sequence", "Email sequence"),
    ("portal", "Client portal"),
    ("form", "Web form"),
    ("esign", "E-sign document"),
    ("booking_page", "Booking page"),
    ("ticket", "Support ticket"),
    ("schema_gap", "Schema gap"),
    ("other", "Other"),
    ("tax", "Tax created by the import"),
]


class ImportInventory(models.Model):
    """What cannot migrate as data, with what to rebuild in Odoo: the written inventory of a run."""

    _name = "clientjoy.intrix.inventory"
    _description = "Configuration inventory item"
    _order = "run_id, category, name"

    run_id = fields.Many2one("clientjoy.intrix.run", required=True, ondelete="cascade", index=True)
    category = fields.Selection(CATEGORIES, required=True, default="other")
    name = fields.Char(required=True)
    details = fields.Text()
    recommendation = fields.Text(string="Rebuild in Odoo")
    done = fields.Boolean(string="Rebuilt", help="Tick when the admin has rebuilt it")
