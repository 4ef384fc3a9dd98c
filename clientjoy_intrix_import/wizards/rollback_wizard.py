from odoo import api, fields, models


class RollbackWizard(models.TransientModel):
    _name = "clientjoy.intrix.rollback.wizard"
    _description = "Roll back an import run"

    run_id = fields.Many2one("clientjoy.intrix.run", required=True)
    summary = fields.Text(compute="_compute_summary")

    @api.depends("run_id")
    def _compute_summary(self):
        for wizard in self:
            wizard.summary = wizard.run_id._rollback_summary() if wizard.run_id else False

    def action_rollback(self):
        self.run_id.action_rollback()
        return {"type": "ir.actions.act_window", "res_model": self.run_id._name, "res_id": self.run_id.id,
                "view_mode": "form", "target": "current"}
