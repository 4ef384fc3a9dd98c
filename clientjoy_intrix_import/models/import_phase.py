from odoo import api, fields, models


class ImportPhase(models.Model):
    """One object of a run in import order, with its row-count reconciliation."""

    _name = "clientjoy.intrix.phase"
    _description = "Import phase"
    _order = "run_id, sequence, id"

    run_id = fields.Many2one("clientjoy.intrix.run", required=True, ondelete="cascade", index=True)
    sequence = fields.Integer(readonly=True)
    object_name = fields.Char(required=True, readonly=True)
    name = fields.Char(string="Object", readonly=True)
    entity = fields.Char(readonly=True)
    target_model = fields.Char(string="Odoo model (technical)", readonly=True)
    target_label = fields.Char(string="Imported as", compute="_compute_target_label",
                               help="What the records of this object become in Odoo")
    state = fields.Selection(
        [("pending", "Pending"), ("running", "Running"), ("done", "Done"), ("failed", "Failed")],
        default="pending", readonly=True)
    source_rows = fields.Integer(readonly=True, help="Rows in the source file / records pulled from the API")
    staged = fields.Integer(readonly=True)
    imported = fields.Integer(readonly=True)
    skipped = fields.Integer(readonly=True)
    errored = fields.Integer(readonly=True)
    warnings = fields.Integer(readonly=True)
    rolled_back = fields.Integer(readonly=True)
    reconciled = fields.Boolean(compute="_compute_reconciled", store=True,
                                help="Source rows = staged = imported + skipped + errored")
    date_start = fields.Datetime(readonly=True)
    date_end = fields.Datetime(readonly=True)

    @api.depends("target_model")
    def _compute_target_label(self):
        for phase in self:
            model = self.env["ir.model"]._get(phase.target_model) if phase.target_model else None
            phase.target_label = model.name if model else phase.target_model

    @api.depends("source_rows", "staged", "imported", "skipped", "errored", "rolled_back", "state")
    def _compute_reconciled(self):
        for phase in self:
            phase.reconciled = phase.state == "done" and phase.source_rows == phase.staged == (
                phase.imported + phase.skipped + phase.errored + phase.rolled_back)

    def _recount(self):
        Staging = self.env["clientjoy.intrix.staging"]
        for phase in self:
            counts = Staging._state_counts([("run_id", "=", phase.run_id.id), ("object_name", "=", phase.object_name)])
            warnings = Staging.search_count([
                ("run_id", "=", phase.run_id.id), ("object_name", "=", phase.object_name),
                ("state", "=", "imported"), ("message", "!=", False)])
            phase.write({
                "staged": sum(counts.values()),
                "imported": counts.get("imported", 0),
                "skipped": counts.get("skipped", 0),
                "errored": counts.get("error", 0),
                "rolled_back": counts.get("rolled_back", 0),
                "warnings": warnings,
            })
