"""Step 3, in background: one queue_job job per batch, chained, each in its own transaction
(channel and retry pattern in data/queue_job_data.xml), visible from the run."""
import logging
import random

import psycopg2

from odoo import _, models

from odoo.addons.queue_job.exception import RetryableJobError
from odoo.addons.queue_job.job import identity_exact

from ..importers import ImportContext, get_importer
from ..lib.concurrency import is_concurrency_error
from ..lib.memory import release_freed_memory
from .import_side_effect import stop_recording

_logger = logging.getLogger(__name__)


class ImportRun(models.Model):
    _inherit = "clientjoy.intrix.run"

    def _enqueue_next_chunk(self):
        """Queue the job of the next batch (or finish the run). Identity keys keep a batch from ever
        being queued twice, even when a crashed job is re-run by the job runner."""
        self.ensure_one()
        phase, chunk = self._next_chunk()
        stop_recording(self.env.cr)  # closing the phases may have recorded side effects: they are flushed
        if not phase:
            self._finish_import()
            return False
        self.with_delay(
            identity_key=identity_exact, max_retries=10,  # channel and retry pattern: data/queue_job_data.xml
            description=_("%(run)s: %(object)s, %(count)s records from line %(line)s",
                          run=self.name, object=phase.name, count=len(chunk), line=chunk[:1].sequence),
        )._job_import_chunk(phase.id, chunk.ids)
        return True

    def _job_import_chunk(self, phase_id, staging_ids):
        """Job: import one batch in its own transaction, then queue the next one."""
        self.ensure_one()
        if self.state != "importing":
            return _("Run %(run)s is %(state)s: batch not imported", run=self.name, state=self.state)
        acquired, holder = self.env["clientjoy.intrix.lock"]._acquire_import(self)
        if not acquired:
            # an inline import or a batch of the same records is in its transaction: this batch waits for
            # it (not counted as a retry); it runs again in a new transaction, which sees what that one did
            raise RetryableJobError(self.env["clientjoy.intrix.lock"]._busy_message(holder),
                                    seconds=random.randint(5, 30), ignore_retry=True)
        phase = self.env["clientjoy.intrix.phase"].browse(phase_id)
        stagings = self.env["clientjoy.intrix.staging"].browse(staging_ids).filtered(
            lambda s: s.state in ("valid", "warning"))
        ctx = ImportContext(self)
        try:
            with self.env.cr.savepoint():
                if stagings:
                    get_importer(self.env, phase.entity).import_records(ctx, stagings)
                    ctx.flush_ledger()
                    phase._recount()
        except Exception as exc:  # noqa: BLE001 - the batch is rolled back, the run says why
            if is_concurrency_error(exc):
                # nothing of the batch was kept: run it again later, in a new transaction
                message = (_("Deadlock, retried: %s", exc) if isinstance(exc, psycopg2.errors.DeadlockDetected)
                           else _("Concurrent update, retried: %s", exc))
                raise RetryableJobError(message, seconds=self._job_retry_seconds()) from exc
            _logger.exception("import run %s: batch failed", self.name)
            message = _("Batch of %(object)s failed and was not kept: %(error)s. Fix the cause and press Import "
                        "to resume.", object=phase.name, error=exc.args[0] if exc.args else exc)
            stop_recording(self.env.cr)
            self.write({"state": "failed", "error_message": message})
            self._log(message)
            return message
        self._enqueue_next_chunk()
        release_freed_memory()  # a job worker lives on after the job: give its batch back to the system
        return _("%(count)s records of %(object)s processed", count=len(stagings), object=phase.name)

    def _job_retry_seconds(self):
        """Random exponential backoff of a batch job that met a concurrent transaction: the conflicting
        jobs spread out instead of meeting again at the same moment."""
        uuid = self.env.context.get("job_uuid")
        tries = self.env["queue.job"].sudo().search([("uuid", "=", uuid)], limit=1).retry if uuid else 0
        return random.uniform(1, min(300, 5 * 2 ** tries))

    def _job_domain(self):
        return [("model_name", "=", self._name), ("func_string", "=like", "%s(%d,)%%" % (self._name, self.id))]

    def _compute_job_count(self):
        Job = self.env["queue.job"].sudo()
        for run in self:
            run.job_count = Job.search_count(run._job_domain()) if run.id else 0

    def action_open_jobs(self):
        return {"type": "ir.actions.act_window", "name": _("Jobs"), "res_model": "queue.job",
                "view_mode": "list,form", "domain": self._job_domain()}
