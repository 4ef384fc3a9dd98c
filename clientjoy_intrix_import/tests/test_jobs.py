"""Runs as queue_job chunk jobs: one job per batch, identity keys, pause / resume / cancel, retry."""
from unittest import mock

import psycopg2

from odoo.tests import tagged

from odoo.addons.queue_job.exception import RetryableJobError
from odoo.addons.queue_job.tests.common import trap_jobs

from .common import IntrixCase, perform_all_jobs


@tagged("post_install", "-at_install")
class TestJobs(IntrixCase):
    def staged_run(self, **vals):
        run = self.make_run(use_jobs=True, chunk_size=2, fallback_user_id=self.env.ref("base.user_admin").id, **vals)
        run.action_confirm_map()
        return run

    def imported(self, run):
        """Staging records already processed (imported, skipped or in error)."""
        return self.env["clientjoy.intrix.staging"].search_count(
            [("run_id", "=", run.id), ("state", "in", ("imported", "skipped", "error"))])

    def run_all(self, trap, limit=200):
        perform_all_jobs(self, trap, limit)

    def test_chunk_jobs_import_everything_once(self):
        run = self.staged_run()
        with trap_jobs() as trap:
            run.action_import()
            self.assertEqual(run.state, "importing")
            trap.assert_jobs_count(1)
            job = trap.enqueued_jobs[0]
            self.assertEqual(job.channel, "root.crm_import")
            self.assertTrue(job.identity_key)
            self.assertLessEqual(len(job.args[1]), 2, "batches respect the batch size")
            # enqueuing the same batch again is a no-op thanks to the identity key
            phase, chunk = run._next_chunk()
            self.assertEqual(job.args, (phase.id, chunk.ids))
            run._enqueue_next_chunk()
            trap.assert_jobs_count(1)
            self.run_all(trap)
        self.assertEqual(run.state, "done", run.error_message)
        self.assertTrue(all(run.phase_ids.mapped("reconciled")))
        self.assertEqual(self.env["crm.lead"].search_count([("name", "in", ("Honey line automation", "Robot arms x3"))]), 2)
        # jobs are visible from the run
        before = run.job_count
        run.with_delay(channel="root.crm_import")._job_import_chunk(0, [])
        run.invalidate_recordset(["job_count"])
        self.assertEqual(run.job_count, before + 1)

    def test_pause_resume_cancel(self):
        run = self.staged_run()
        with trap_jobs() as trap:
            run.action_import()
            trap.perform_enqueued_jobs()  # first batch
            run.action_pause()
            self.assertEqual(run.state, "paused")
            imported = self.imported(run)
            trap.perform_enqueued_jobs()  # the batch queued before the pause does nothing
            self.assertEqual(self.imported(run), imported)
            self.assertFalse(trap.enqueued_jobs, "a paused run queues nothing")
            run.action_resume()
            trap.perform_enqueued_jobs()
            self.assertGreater(self.imported(run), imported)
            run.action_cancel()
            self.assertEqual(run.state, "cancelled")
            trap.perform_enqueued_jobs()
            self.assertFalse(trap.enqueued_jobs)
        run.action_rollback()
        self.assertEqual(run.state, "rolled_back")
        self.assertFalse(self.env["res.partner"].search([("name", "=", "Čebelarstvo Žužek d.o.o.")]))

    def test_serialization_failure_is_retryable_and_other_errors_fail_the_run(self):
        run = self.staged_run()
        with trap_jobs() as trap:
            run.action_import()
            phase_id, staging_ids = trap.enqueued_jobs[0].args
        from ..importers.schema import UserImporter

        with mock.patch.object(UserImporter, "import_records",
                               side_effect=psycopg2.errors.SerializationFailure("could not serialize")):
            with self.assertRaises(RetryableJobError):
                run._job_import_chunk(phase_id, staging_ids)
        self.assertEqual(run.state, "importing")
        with mock.patch.object(UserImporter, "import_records", side_effect=ValueError("boom")):
            run._job_import_chunk(phase_id, staging_ids)
        self.assertEqual(run.state, "failed")
        self.assertIn("boom", run.error_message)
        stagings = self.env["clientjoy.intrix.staging"].browse(staging_ids)
        self.assertEqual(set(stagings.mapped("state")) - {"valid", "warning"}, set(), "the failed batch left nothing behind")

    def test_batches_of_a_phase_queued_together_and_closed_once(self):
        """Companies: one job creates the industries and queues every batch and one closing job; the
        batches queue nothing (they may run side by side), the next phase is queued only by the closing
        job, once every batch is done."""
        run = self.staged_run()
        with trap_jobs() as trap:
            run.action_import()
            for _i in range(50):  # the phases before the companies: one batch after the other
                if any(j.method_name == "_job_start_phase" for j in trap.enqueued_jobs):
                    break
                trap.perform_enqueued_jobs()
            (start,) = trap.enqueued_jobs
            self.assertEqual(start.method_name, "_job_start_phase")
            phase = self.env["clientjoy.intrix.phase"].browse(start.args[0])
            self.assertEqual(phase.entity, "partner_company")
            pending = run._pending_stagings(phase)
            industries = {v.get("industry").lower() for v in (s._values() for s in pending) if v.get("industry")}
            self.assertTrue(industries, "the sample companies have industries")
            trap.perform_enqueued_jobs()
            found = self.env["res.partner.industry"].search([]).filtered(lambda i: i.name.lower() in industries)
            self.assertEqual(len(found), len(industries), "the industries exist before any batch runs")
            pending.invalidate_recordset(["state"])
            self.assertEqual(set(pending.mapped("state")) - {"valid", "warning"}, set(), "the start imports nothing")
            batches = [j for j in trap.enqueued_jobs if j.method_name == "_job_import_chunk"]
            closing = [j for j in trap.enqueued_jobs if j.method_name == "_job_close_phase"]
            self.assertEqual(len(batches) + len(closing), len(trap.enqueued_jobs))
            self.assertEqual(len(closing), 1)
            self.assertGreater(closing[0].priority, max(j.priority for j in batches), "closed after its batches")
            self.assertGreater(len(batches), 1)
            self.assertEqual(sorted(i for j in batches for i in j.args[1]), sorted(pending.ids), "each record once")
            self.assertTrue(all(len(j.args[1]) <= 2 for j in batches))
            trap.enqueued_jobs = [closing[0]]
            for job in batches:
                job.perform()
            self.assertEqual(trap.enqueued_jobs, [closing[0]], "a batch of the phase queues nothing")
            self.assertEqual(phase.state, "running")
            trap.perform_enqueued_jobs()
            self.assertEqual(phase.state, "done")
            self.assertEqual(phase.imported + phase.errored + phase.skipped, phase.staged)
            self.assertEqual(phase.imported, len(pending))
            self.assertEqual(len(trap.enqueued_jobs), 1, "then the next phase")
            self.run_all(trap)
        self.assertEqual(run.state, "done", run.error_message)
        self.assertTrue(all(run.phase_ids.mapped("reconciled")))

    def test_a_quick_pause_and_resume_does_not_fail_the_phase(self):
        """Paused while the companies' batches were queued, resumed at once: the batches of before the pause
        did nothing, *Resume* queued a new start job for the phase. The closing job of before the pause
        runs first: it must wait for that start job, not fail the run for records no batch will import."""
        run = self.staged_run()
        with trap_jobs() as trap:
            run.action_import()
            for _i in range(50):  # the phases before the companies
                if any(j.method_name == "_job_start_phase" for j in trap.enqueued_jobs):
                    break
                trap.perform_enqueued_jobs()
            trap.perform_enqueued_jobs()  # the companies' start job: their batches and the closing job
            closing = next(j for j in trap.enqueued_jobs if j.method_name == "_job_close_phase")
            batches = [j for j in trap.enqueued_jobs if j.method_name == "_job_import_chunk"]
            self.assertTrue(batches)
            run.action_pause()
            for job in batches:
                job.perform()  # a paused run: they import nothing
        run.action_resume()  # not trapped: the new start job is a pending row of queue.job, as in production
        start = self.env["queue.job"].search([("model_name", "=", run._name),
                                              ("func_string", "=like", "%%._job_start_phase(%d)" % closing.args[0])])
        self.assertEqual(start.state, "pending")
        with self.assertRaises(RetryableJobError):
            closing.perform()
        self.assertEqual(run.state, "importing", run.error_message)
