"""Step 4 of a run: the rollback, refused while later work depends on the run, then the whole
ledger undone in one savepoint."""
import logging

import psycopg2

from odoo import _, models
from odoo.exceptions import UserError



_logger = logging.getLogger(__name__)


class ImportRun(models.Model):
    _inherit = "clientjoy.intrix.run"

    def _check_can_rollback(self):
        self.ensure_one()
        if self.state not in ("done", "failed", "cancelled"):
            raise UserError(_("Only a finished, failed or cancelled run can be rolled back."))
        # a batch of a failed or cancelled run may still be in its transaction (batches of a phase run
        # side by side): its records and ledger rows would escape this rollback's view
        acquired, holder = self.env["clientjoy.intrix.lock"]._acquire_import(self)
        if not acquired:
            raise UserError(self.env["clientjoy.intrix.lock"]._busy_message(holder))
        self.env.flush_all()
        # fresh statistics for the planner, as after staging: the ledger was filled in bulk, maybe minutes ago,
        # and autovacuum may not have read it yet; its guesses made an anti-join of the rollback quadratic
        # (hours at N = 500 000: bench/import_bench.py)
        self.env.cr.execute("ANALYZE clientjoy_intrix_ledger")
        # a later run (not rolled back) that updated records of this run: its previous values would be lost
        self.env.cr.execute("""
            SELECT DISTINCT r.name FROM clientjoy_intrix_ledger l JOIN clientjoy_intrix_run r ON r.id = l.run_id
             WHERE l.run_id > %s AND r.state != 'rolled_back' AND l.rolled_back IS NOT TRUE AND l.operation = 'update'
               AND EXISTS (SELECT 1 FROM clientjoy_intrix_ledger m
                            WHERE m.run_id = %s AND m.res_model = l.res_model AND m.res_id = l.res_id)
             ORDER BY 1
        """, [self.id, self.id])
        clash = [row[0] for row in self.env.cr.fetchall()]
        if clash:
            raise UserError(_("Run %s changed records of this run afterwards: roll that run back first.",
                              ", ".join(clash)))
        # records created afterwards (by a user or a later run) that point to records of this run
        self.env["clientjoy.intrix.ledger"]._check_no_dependents(self)

    def _do_rollback(self):
        """Undo the ledger in a savepoint (all of it or nothing), then say what was undone."""
        counts = self._rollback_counts()
        try:
            with self.env.cr.savepoint():
                kept = self.env["clientjoy.intrix.ledger"]._rollback_run(self)
        except psycopg2.errors.ForeignKeyViolation as exc:
            self.env.invalidate_all(flush=False)
            # what the guard cannot foresee (a reference the ORM does not declare): said in words
            raise UserError(_(
                "Run %(run)s was not rolled back, nothing was changed: records in the table %(table)s still "
                "point to records of this run (%(detail)s). Delete them or link them to other records, then "
                "roll back again.", run=self.name, table=exc.diag.table_name or "?",
                detail=exc.diag.message_detail or exc.diag.constraint_name or "")) from exc
        self.env.flush_all()
        self.env.cr.execute("UPDATE clientjoy_intrix_staging SET state = 'rolled_back' WHERE run_id = %s AND state = 'imported'",
                            [self.id])
        self.env["clientjoy.intrix.staging"].invalidate_model(["state"])
        self.phase_ids.write({"state": "pending"})
        self.phase_ids._recount()
        self.write({"state": "rolled_back"})
        self._log_rollback(counts, kept)
        return True
