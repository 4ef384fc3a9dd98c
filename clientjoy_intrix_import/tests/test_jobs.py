"""Runs as queue_job chunk jobs: one job per batch, identity keys, pause / resume / cancel, retry."""
from unittest import mock

import psycopg2

from odoo.tests import tagged

from odoo.addons.queue_job.exception import RetryableJobError
from odoo.addons.queue_job.tests.common import trap_jobs

from .common import IntrixCase


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
        """Perform trapped jobs one at a time (each job queues the next) until none is left."""
        for _i in range(limit):
            jobs = trap.enqueued_jobs
            if not jobs:
                return
            trap.perform_enqueued_jobs()
        self.fail("jobs never finished")

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
