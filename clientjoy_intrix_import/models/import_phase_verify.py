from odoo import api, fields, models


class ImportPhaseVerify(models.Model):
    """Verification figures of a phase, and *reconciled* from independent evidence only."""

    _inherit = "clientjoy.intrix.phase"

    source_evidence = fields.Char(
        readonly=True,
        help="How the source rows were counted at the source, apart from the staging (CSV data lines counted "
             "with the csv module, the API's meta.total). Empty: the source gave no independent count.")
    verify_state = fields.Selection(
        [("none", "Not verified"), ("done", "Verified")], string="Verification", default="none", readonly=True)
    verified = fields.Integer(string="Verified records", readonly=True,
                              help="Imported records read back and compared with their staged values")
    verified_values = fields.Integer(string="Values compared", readonly=True)
    verify_mismatches = fields.Integer(string="Mismatches", readonly=True,
                                       help="Values that are not in Odoo as they were staged")
    verify_mismatched_records = fields.Integer(string="Records with mismatches", readonly=True)
    verify_details = fields.Text(string="Mismatches per field", readonly=True)

    def _counts_reconcile(self):
        """Source rows = staged = imported + skipped + errored (+ rolled back), before verification."""
        self.ensure_one()
        return self.source_rows == self.staged == (self.imported + self.skipped + self.errored + self.rolled_back)

    @api.depends("source_rows", "staged", "imported", "skipped", "errored", "rolled_back", "state",
                 "source_evidence", "verify_state", "verify_mismatches")
    def _compute_reconciled(self):
        super()._compute_reconciled()
        for phase in self:
            # the counts alone are the staging's own bookkeeping: it takes the source's count and a
            # clean read-back of every imported value
            phase.reconciled = phase.reconciled and bool(phase.source_evidence) and (
                phase.verify_state == "done" and not phase.verify_mismatches)
