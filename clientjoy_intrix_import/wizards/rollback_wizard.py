from odoo import api, fields, models


class RollbackWizard(models.TransientModel):
    _name = "clientjoy.intrix.rollback.wizard"
    _description = "Roll back an import run"

    run_id = fields.Many2one("clientjoy.intrix.run", required=True)
    summary = fields.Text(compute="_compute_summary")

    @api.depends("run_id")
    def _compute_summary(self):
        for wizard in self:
            # counted in the database, not by loading every ledger entry of the run
            by_model = {}
            for model, op, side, count in self.env["clientjoy.intrix.ledger"]._read_group(
                    [("run_id", "=", wizard.run_id.id), ("rolled_back", "=", False)],
                    ["res_model", "operation", "side_effect"], ["__count"]) if wizard.run_id else []:
                by_model[(model, op, bool(side))] = by_model.get((model, op, bool(side)), 0) + count
            lines = []
            for (model, op, side), count in sorted(by_model.items()):
                what = {"create": self.env._("to delete"), "match": self.env._("reused, left as they are")}.get(
                    op, self.env._("to restore"))
                if side:
                    what = self.env._("%(what)s (done by Odoo on the side of the import)", what=what)
                lines.append("%s: %s %s" % (model, count, what))
            wizard.summary = "\n".join(lines) or self.env._("Nothing to roll back.")

    def action_rollback(self):
        self.run_id.action_rollback()
        return {"type": "ir.actions.act_window", "res_model": self.run_id._name, "res_id": self.run_id.id,
                "view_mode": "form", "target": "current"}
