"""Predictive lead scoring counts of imported leads, added once per phase instead of by every batch.

Odoo counts every lead created won or lost in ``crm.lead.scoring.frequency`` (one row per team, field
and value: country, tags, e-mail state...). Every batch of an opportunities phase adds to the same rows,
so batches running side by side on several workers meet there, and all but one fail with a
serialization failure and wait for their retry: a second worker then adds nothing.

So the leads an import creates won or lost are noted here (one row each, rows no two batches share)
instead of being counted at their create, and the phase's closing step counts them all at once with
Odoo's own ``_pls_increment_frequencies`` (serially, after every batch of the phase committed). The
counts are sums, so the table ends as Odoo's creates would have left it (tests/test_lead_scoring.py).
A cancelled run counts what it imported once its last batch is over; a rolled-back lead takes its row
with it (nothing was counted for it). The counting is recorded by the run's side-effect recorder like
any other change Odoo makes, so a rollback restores the counts as they were.
"""
from contextlib import contextmanager

from odoo import api, fields, models

#: cursor cache key: set (to the run's id) while an importer creates leads whose counting it defers
DEFER_KEY = "clientjoy_intrix_defer_lead_scoring"
#: leads counted per call of Odoo's increment: one page in memory at a time
SETTLE_PAGE = 5000


@contextmanager
def deferred_lead_scoring(env, run_id):
    """Leads created within this block are noted for :meth:`LeadScoring._settle` instead of counted.
    On the cursor, not in the context: Odoo code that replaces the context still sees it."""
    previous = env.cr.cache.get(DEFER_KEY)
    env.cr.cache[DEFER_KEY] = run_id
    try:
        yield
    finally:
        if previous is None:
            env.cr.cache.pop(DEFER_KEY, None)
        else:
            env.cr.cache[DEFER_KEY] = previous


class LeadScoring(models.Model):
    _name = "clientjoy.intrix.lead.scoring"
    _description = "Lead scoring count deferred to the end of an import phase"
    _log_access = False

    run_id = fields.Many2one("clientjoy.intrix.run", required=True, ondelete="cascade", index=True)
    lead_id = fields.Many2one("crm.lead", required=True, ondelete="cascade")
    to_state = fields.Selection([("won", "Won"), ("lost", "Lost")], required=True)

    @api.model
    def _defer(self, run_id, statuses):
        """Note the leads of ``statuses`` = {lead id: {'is_won': .., 'is_lost': ..}} that Odoo would count."""
        rows = [(run_id, lead_id, "won" if status["is_won"] else "lost")
                for lead_id, status in statuses.items() if status["is_won"] or status["is_lost"]]
        if rows:
            self.env.cr.execute(
                "INSERT INTO clientjoy_intrix_lead_scoring (run_id, lead_id, to_state) VALUES %s"
                % ", ".join(["(%s, %s, %s)"] * len(rows)), [value for row in rows for value in row])

    @api.model
    def _settle(self, run):
        """Count the leads of ``run`` noted so far, as their creates would have, and forget them."""
        cr = self.env.cr
        Lead = self.env["crm.lead"].with_context(active_test=False)
        while True:
            cr.execute("""SELECT id, lead_id, to_state FROM clientjoy_intrix_lead_scoring
                           WHERE run_id = %s ORDER BY id LIMIT %s""", [run.id, SETTLE_PAGE])
            rows = cr.fetchall()
            if not rows:
                return
            for state in ("won", "lost"):
                leads = Lead.browse([lead_id for _id, lead_id, to_state in rows if to_state == state])
                if leads:
                    leads._pls_increment_frequencies(to_state=state)
            self.env.flush_all()
            cr.execute("DELETE FROM clientjoy_intrix_lead_scoring WHERE id = ANY(%s)", [[row[0] for row in rows]])
            self.env.invalidate_all()  # one page in memory at a time
