"""Step 3, in background: one queue_job job per batch, each in its own transaction (channel and retry
pattern in data/queue_job_data.xml), visible from the run.

Phases run one after the other. The batches of a phase whose importer allows it (``parallel_batches``)
run side by side, on every free worker of the channel: a serial job creates the phase's shared
reference data first (``prepare_references``: industries, tags, stages the leads name...; an inline import
does the same before the phase's first batch) and queues all its batch jobs and one closing job; the
closing job waits (postponed, not counted as a try) until no batch job of the phase is left, then closes
the phase and queues the next one. It decides in a transaction of its own that sees every batch's commit,
so no two batches ever both believe they were the last. The batches of the other phases (users, stages,
tasks level by level...) stay a chain: each queues the next.

Exactly once with batches side by side: a staging record is in one batch only (a record staged twice
under one source id is skipped or blocked by the audit, models/import_same_source_id.py); should two
batches still meet on a record (a batch queued before a pause and one queued at *Resume*), both update
its staging row and its external id, so the later one fails with a serialization failure or on the
external id's unique index, runs again and finds the record imported. Ledger sequences of batches
that ran side by side may overlap: they start after everything their transaction sees, so a batch that
used or changed what another did (which it can only see once that one committed) comes after it in
the rollback's order; batches that saw nothing of each other touched nothing in common.
"""
import logging
import random

import psycopg2

from odoo import _, models

from odoo.addons.queue_job.exception import RetryableJobError
from odoo.addons.queue_job.job import identity_exact

from ..importers import ImportContext, get_importer
from ..lib.concurrency import is_concurrency_error
from ..lib.memory import release_freed_memory
from .import_run import READY_STATES
from .import_side_effect import stop_recording

_logger = logging.getLogger(__name__)

#: staging records whose reference data one page of a phase's start job prepares
PREPARE_PAGE = 2000
#: queue.job states of a job still to run, or running
OPEN_JOB_STATES = ("wait_dependencies", "pending", "enqueued", "started")
#: queue_job priority of a phase's closing job: after its batches (10) whenever a worker is free
CLOSE_PRIORITY = 20


class ImportRun(models.Model):
    _inherit = "clientjoy.intrix.run"

    def _enqueue_next_chunk(self):
        """Queue the job of the next batch, or the start of the next phase whose batches run side by side
        (or finish the run). Identity keys keep a job from ever being queued twice, even when a crashed
        job is re-run by the job runner."""
        self.ensure_one()
        phase, chunk = self._next_chunk()
        stop_recording(self.env.cr)  # closing the phases may have recorded side effects: they are flushed
        if not phase:
            self._finish_import()
            return False
        if self._parallel_phase(phase):
            self.with_delay(
                identity_key=identity_exact, max_retries=10,
                description=_("%(run)s: %(object)s, reference data and batches", run=self.name, object=phase.name),
            )._job_start_phase(phase.id)
            return True
        self._enqueue_chunk(phase, chunk)
        return True

    def _enqueue_chunk(self, phase, chunk, priority=None):
        self.with_delay(
            identity_key=identity_exact, max_retries=10, priority=priority,  # channel, retries: data/queue_job_data.xml
            description=_("%(run)s: %(object)s, %(count)s records from line %(line)s",
                          run=self.name, object=phase.name, count=len(chunk), line=chunk[:1].sequence),
        )._job_import_chunk(phase.id, chunk.ids)

    def _parallel_phase(self, phase):
        """Whether the batches of ``phase`` may run side by side (background jobs only)."""
        importer = get_importer(self.env, phase.entity)
        return bool(importer.parallel_batches and not importer.whole_phase)

    def _pending_stagings(self, phase):
        return self.env["clientjoy.intrix.staging"].search([
            ("run_id", "=", self.id), ("object_name", "=", phase.object_name), ("state", "in", READY_STATES)],
            order="sequence, id")

    def _job_lock(self, shared=False):
        """Take the import lock for a job, or postpone the job (not counted as a try) while an inline
        import, *Import* / *Resume* or another run of the same records holds it."""
        acquired, holder = self.env["clientjoy.intrix.lock"]._acquire_import(self, shared=shared)
        if not acquired:
            # it runs again in a new transaction, which sees what the holder did
            raise RetryableJobError(self.env["clientjoy.intrix.lock"]._busy_message(holder),
                                    seconds=random.randint(5, 30), ignore_retry=True)

    def _job_start_phase(self, phase_id):
        """Job: create the reference data the phase's records share, then queue all its batches (they
        run side by side) and the job that closes the phase once they are all over."""
        self.ensure_one()
        if self.state != "importing":
            return _("Run %(run)s is %(state)s: phase not started", run=self.name, state=self.state)
        self._job_lock()
        phase = self.env["clientjoy.intrix.phase"].browse(phase_id)
        stagings = self._pending_stagings(phase)
        if not stagings:
            self._enqueue_next_chunk()
            return _("%(object)s: nothing left to import", object=phase.name)
        ctx = ImportContext(self)
        try:
            with self.env.cr.savepoint():
                self._prepare_phase_references(ctx, phase, stagings)
        except Exception as exc:  # noqa: BLE001 - nothing of it is kept, the run says why
            return self._job_failed(phase, exc)
        stop_recording(self.env.cr)
        size = self._get_adapter().object(phase.object_name).chunk_size or self.chunk_size or 500
        stagings = stagings.browse(stagings.ids)  # the ids only: the pages above were dropped from memory
        for start in range(0, len(stagings), size):
            self._enqueue_chunk(phase, stagings[start:start + size])
        self.with_delay(
            identity_key=identity_exact, max_retries=10, priority=CLOSE_PRIORITY,
            description=_("%(run)s: %(object)s, close the phase", run=self.name, object=phase.name),
        )._job_close_phase(phase.id)
        release_freed_memory()
        return _("%(object)s: %(count)s records queued in %(batches)s batches", object=phase.name,
                 count=len(stagings), batches=-(-len(stagings) // size))

    def _prepare_phase_references(self, ctx, phase, stagings):
        """The reference data the records of ``phase`` share (industries, tags, the stages their leads name),
        created before any batch of it, a page at a time: by a phase's start job, or inline."""
        importer = get_importer(self.env, phase.entity)
        for start in range(0, len(stagings), PREPARE_PAGE):
            importer.prepare_references(ctx, stagings[start:start + PREPARE_PAGE])
            ctx.flush_ledger()
            self.env.invalidate_all(flush=True)  # one page in memory at a time

    def _job_prefix(self):
        """How the func_string of every job of this run begins."""
        return "%s(%d,)." % (self._name, self.id)

    def _open_job_domain(self):
        """queue.job rows of this run still to run, or running."""
        return [("model_name", "=", self._name), ("state", "in", OPEN_JOB_STATES)]

    def _batch_job_domain(self, phase):
        """queue.job rows of the batches of ``phase`` still to run (or running), and of its start job: after
        a quick Pause and Resume a new start job may still be waiting to queue the batches again."""
        prefix = self._job_prefix()
        return self._open_job_domain() + [
            "|", ("func_string", "=like", "%s_job_import_chunk(%d, %%" % (prefix, phase.id)),
            ("func_string", "=", "%s_job_start_phase(%d)" % (prefix, phase.id))]

    def _job_close_phase(self, phase_id):
        """Job: once no batch of the phase is left, close it and queue the next phase (or finish)."""
        self.ensure_one()
        if self.state != "importing":
            return _("Run %(run)s is %(state)s: phase not closed", run=self.name, state=self.state)
        phase = self.env["clientjoy.intrix.phase"].browse(phase_id)
        if phase.state == "done":
            return _("%(object)s is closed already", object=phase.name)
        pending = self._pending_stagings(phase)
        if pending:
            # this transaction sees a batch's records and its job's state from one commit: a batch still
            # to run, or running, leaves records pending, the phase waits for it
            batch_states = self.env["queue.job"].sudo()._read_group(self._batch_job_domain(phase), ["state"], ["__count"])
            if batch_states:
                # soon when the last batches are running (the next phase waits for this job), later while
                # batches still wait for a worker
                running = all(state == "started" for state, _count in batch_states)
                raise RetryableJobError(_("%(object)s: waiting for its batches", object=phase.name),
                                        seconds=random.uniform(0.3, 0.8) if running else random.uniform(2, 5),
                                        ignore_retry=True)
            # every batch job is over (one failed after its retries) and records are left: say so, Import resumes
            message = _("%(count)s records of %(object)s were not imported: a batch job failed (see Jobs). "
                        "Fix the cause and press Import to resume.", count=len(pending), object=phase.name)
            self.write({"state": "failed", "error_message": message})
            self._log(message)
            return message
        self._enqueue_next_chunk()
        return _("%(object)s closed", object=phase.name)

    def action_cancel(self):
        running = self.filtered(lambda r: r.use_jobs and r.state in ("importing", "paused"))
        result = super().action_cancel()
        for run in running:
            run.with_delay(
                identity_key=identity_exact, max_retries=10, priority=CLOSE_PRIORITY,
                description=_("%(run)s: count the cancelled run's won and lost leads", run=run.name),
            )._job_close_cancelled()
        return result

    def _job_close_cancelled(self):
        """Job: once no batch job of the cancelled run is left (a batch running at *Cancel* still commits),
        count the won and lost leads its batches created for lead scoring, as their phase's close would
        have (models/import_lead_scoring.py)."""
        self.ensure_one()
        if self.env["queue.job"].sudo().search_count(self._open_job_domain() + [
                ("func_string", "=like", "%s_job_import_chunk(%%" % self._job_prefix())]):
            raise RetryableJobError(_("Waiting for the batches still running"), seconds=random.uniform(2, 5),
                                    ignore_retry=True)
        ctx = ImportContext(self)
        try:
            self.env["clientjoy.intrix.lead.scoring"]._settle(self)
            ctx.flush_ledger()
        finally:
            stop_recording(self.env.cr)
        return _("Lead scoring counts of the cancelled run added")

    def _job_failed(self, phase, exc):
        """A batch (or a phase's reference data) that failed: retried later when another transaction got
        in the way, otherwise the run fails with the reason (nothing of the job was kept)."""
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

    def _job_import_chunk(self, phase_id, staging_ids):
        """Job: import one batch in its own transaction, then queue the next one (a batch of a phase
        whose batches run side by side queues nothing: the phase's closing job goes on)."""
        self.ensure_one()
        if self.state != "importing":
            return _("Run %(run)s is %(state)s: batch not imported", run=self.name, state=self.state)
        phase = self.env["clientjoy.intrix.phase"].browse(phase_id)
        parallel = self._parallel_phase(phase)
        self._job_lock(shared=parallel)
        stagings = self.env["clientjoy.intrix.staging"].browse(staging_ids).filtered(
            lambda s: s.state in READY_STATES)
        ctx = ImportContext(self)
        try:
            with self.env.cr.savepoint():
                if stagings:
                    importer = get_importer(self.env, phase.entity)
                    if not parallel:  # one batch after the other: each creates the reference data it needs
                        importer.prepare_references(ctx, stagings)
                    importer.import_records(ctx, stagings)
                    ctx.flush_ledger()
                    if not parallel:  # side by side, the phase row is counted when it closes, not by every batch
                        phase._recount()
        except Exception as exc:  # noqa: BLE001 - the batch is rolled back, the run says why
            return self._job_failed(phase, exc)
        if parallel:
            stop_recording(self.env.cr)
        else:
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
        return [("model_name", "=", self._name), ("func_string", "=like", "%s%%" % self._job_prefix())]

    def _compute_job_count(self):
        Job = self.env["queue.job"].sudo()
        for run in self:
            run.job_count = Job.search_count(run._job_domain()) if run.id else 0

    def action_open_jobs(self):
        return {"type": "ir.actions.act_window", "name": _("Jobs"), "res_model": "queue.job",
                "view_mode": "list,form", "domain": self._job_domain()}
