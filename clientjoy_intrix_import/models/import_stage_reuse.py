"""Pipeline stages Odoo already has are reused, not created a second time (importers/crm.py).

The run says whether to reuse them (on by default); a reused stage is in the ledger as a *match*: the
run points its leads to it but never created or changed it, so a rollback leaves it alone and the
rollback guard does not count later leads in it as depending on the run.
"""
from odoo import fields, models


class ImportLedgerMatch(models.Model):
    _inherit = "clientjoy.intrix.ledger"

    operation = fields.Selection(selection_add=[("match", "Reused (existing, unchanged)")],
                                 ondelete={"match": "cascade"})


class ImportRunStageReuse(models.Model):
    _inherit = "clientjoy.intrix.run"

    reuse_stages = fields.Boolean(
        string="Reuse existing stages", default=True,
        help="A source stage with the name of a stage Odoo already shows in the pipeline (the team's own or a "
             "stage shared by every team, such as New or Won) is reused as it is instead of being created again. "
             "Untick to create every stage of the source.")
