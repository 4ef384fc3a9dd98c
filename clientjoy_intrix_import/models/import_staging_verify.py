from odoo import fields, models


class ImportStagingVerify(models.Model):
    """What the read-back after the import found for one staging record."""

    _inherit = "clientjoy.intrix.staging"

    verify_mismatch = fields.Boolean(string="Verification mismatch", readonly=True, index="btree_not_null",
                                     help="A value of this record is not in Odoo as it was staged")
    verify_message = fields.Text(string="Verification", readonly=True)
