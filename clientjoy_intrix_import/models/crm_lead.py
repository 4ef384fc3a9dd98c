from odoo import models

from .import_lead_scoring import DEFER_KEY


class CrmLead(models.Model):
    _inherit = "crm.lead"

    def _handle_won_lost(self, old_status_by_lead, new_status_by_lead):
        """Leads an import creates won or lost are counted by predictive lead scoring once their phase
        closes (models/import_lead_scoring.py), not here by every batch: only creates (no old status) are
        deferred; a lead created won and lost at once still gets Odoo's own error."""
        run_id = self.env.cr.cache.get(DEFER_KEY)
        if run_id and not old_status_by_lead and not any(
                status["is_won"] and status["is_lost"] for status in new_status_by_lead.values()):
            self.env["clientjoy.intrix.lead.scoring"]._defer(run_id, new_status_by_lead)
            return True
        return super()._handle_won_lost(old_status_by_lead, new_status_by_lead)
