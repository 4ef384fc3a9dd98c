from odoo import fields, models


class ImportOwnerRole(models.Model):
    """The role a user had in the source: the landing of the user ``role`` key (rights are set by hand)."""

    _inherit = "clientjoy.intrix.owner"

    source_role = fields.Char(string="Role in source", readonly=True)
