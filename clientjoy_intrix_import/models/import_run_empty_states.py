"""Empty lists that say what to do: every list a run opens carries its own empty-state help.

Without ``help`` an empty list shows Odoo's generic "No record found", which tells the admin nothing
about why it is empty or what comes next.
"""
from odoo import models

from ..tools.empty_state import empty_help


class ImportRun(models.Model):
    _inherit = "clientjoy.intrix.run"

    def _with_help(self, action, title, text):
        return dict(action, help=empty_help(title, text))

    def action_open_staging(self):
        return self._with_help(super().action_open_staging(), self.env._("No staging records in this run"), self.env._(
            "Press Read source on the run: every source record is staged here for review, nothing moves into Odoo "
            "before you confirm the field map and press Import."))

    def action_open_errors(self):
        return self._with_help(super().action_open_errors(), self.env._("No records in error"), self.env._(
            "Every staged record of this run passed the checks. Records with warnings are listed under Staging "
            "records; press Import when the field map is confirmed."))

    def action_open_map(self):
        return self._with_help(super().action_open_map(), self.env._("No field map yet"), self.env._(
            "The field map is proposed when the run reads its source: press Read source, then check each "
            "column's target and press Confirm field map."))

    def action_open_ledger(self):
        return self._with_help(super().action_open_ledger(), self.env._("Nothing imported yet"), self.env._(
            "The ledger lists every Odoo record this run creates or updates, so it can be rolled back. It fills "
            "when you press Import."))

    def action_open_jobs(self):
        return self._with_help(super().action_open_jobs(), self.env._("No background jobs"), self.env._(
            "Jobs are made when a run with Background jobs set is imported, one per batch. Without it the run "
            "imports in one go and has no jobs."))

    def action_open_verify_mismatches(self):
        return self._with_help(super().action_open_verify_mismatches(), self.env._("No verification mismatches"),
                               self.env._(
            "Every imported value read back from Odoo equals its staged value (or the run has not been "
            "imported and verified yet)."))
