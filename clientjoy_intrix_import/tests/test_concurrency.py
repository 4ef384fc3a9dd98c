"""Two imports, two confirmations, two find-or-creates at the same time, each in its own thread with its
own database cursor and transaction, as two web workers or job runners would run them.

The data each transaction needs is committed first (this is no TransactionCase: the transactions must
see each other's commits), and every test removes all it committed: its runs are rolled back and
deleted, the memories, locks, jobs, tags and industries it added are deleted, and the row counts of
the touched tables are checked to be back where they were.
"""
import contextlib
import csv
import io
import threading
import time
import uuid
from unittest.mock import patch

import psycopg2

from odoo import SUPERUSER_ID, api
from odoo.exceptions import UserError
from odoo.modules.registry import Registry
from odoo.service.model import retrying
from odoo.tests import tagged
from odoo.tests.common import BaseCase, get_db_name


from ..importers import ImportContext
from ..lib.concurrency import is_concurrency_error
from ..models.import_run_import import ImportRun

ROWS = 150  # clients, and as many contacts: an import of a few seconds, long enough to overlap
#: tables whose row count a test must leave as it found it
COUNTED = ("res_partner", "res_partner_industry", "crm_tag", "ir_model_data", "ir_model_fields",
           "clientjoy_intrix_run", "clientjoy_intrix_staging", "clientjoy_intrix_ledger",
           "clientjoy_intrix_map_memory", "clientjoy_intrix_lock", "queue_job", "ir_attachment")


def exports(token, rows=ROWS):
    """[(name, bytes)] of an Intrix export of ``rows`` clients with one contact each; no column needs a
    custom field (the registry of this process is shared by the threads)."""
    clients, contacts = io.StringIO(), io.StringIO()
    writer = csv.writer(clients, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Client ID", "Client name", "Industry", "E-mail", "City"])
    for i in range(rows):
        writer.writerow(["C%d" % i, "Conc %s client %d" % (token, i), "Conc %s industry %d" % (token, i % 3),
                         "client%d@%s.example.com" % (i, token), "Ljubljana"])
    writer = csv.writer(contacts, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Contact ID", "Client ID", "First name", "Last name", "E-mail"])
    for i in range(rows):
        writer.writerow(["P%d" % i, "C%d" % i, "Špela", "Novak %d" % i, "p%d@%s.example.com" % (i, token)])
    return [("clients.csv", clients.getvalue().encode()), ("contacts.csv", contacts.getvalue().encode())]


@tagged("post_install", "-at_install")
class TestConcurrency(BaseCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.registry = Registry(get_db_name())

    def setUp(self):
        super().setUp()
        self.token = uuid.uuid4().hex[:8]
        self.run_ids = []
        with self.cursor() as env:
            env.flush_all()
            self.counts = self.table_counts(env)
            env.cr.execute("SELECT COALESCE(max(id), 0) FROM clientjoy_intrix_map_memory")
            self.max_memory = env.cr.fetchone()[0]
            env.cr.execute("SELECT id, times FROM clientjoy_intrix_map_memory")
            self.memory_times = dict(env.cr.fetchall())
            env.cr.execute("SELECT COALESCE(max(id), 0) FROM clientjoy_intrix_lock")
            self.max_lock = env.cr.fetchone()[0]
            env.cr.execute("SELECT COALESCE(max(id), 0) FROM queue_job")
            self.max_job = env.cr.fetchone()[0]
        self.addCleanup(self.clean_up)

    # ------------------------------------------------------------------ helpers
    def cursor(self):
        """An environment on a new real cursor (its own connection and transaction), committed on exit."""
        registry = self.registry

        class _Env:
            def __enter__(inner):
                inner.cr = registry.cursor()
                return api.Environment(inner.cr, SUPERUSER_ID, {"lang": "en_US", "tz": "UTC"})

            def __exit__(inner, exc_type, exc, tb):
                if exc_type is None:
                    inner.cr.commit()
                inner.cr.close()

        return _Env()

    @contextlib.contextmanager
    def lock_held_elsewhere(self, run_id, shared=False):
        """The import lock taken for run ``run_id`` by another transaction (a thread: an inline import, or a
        batch job when ``shared``), held until the block ends, then rolled back."""
        holding, release, held = threading.Event(), threading.Event(), []

        def hold():
            with self.cursor() as env:
                held.append(env["clientjoy.intrix.lock"]._acquire_import(
                    env["clientjoy.intrix.run"].browse(run_id), shared=shared))
                holding.set()
                release.wait(timeout=300)
                env.cr.rollback()

        holder = threading.Thread(target=hold)
        holder.start()
        try:
            self.assertTrue(holding.wait(timeout=60))
            self.assertEqual(held, [(True, None)])
            yield
        finally:
            release.set()
            holder.join()

    @staticmethod
    def table_counts(env):
        counts = {}
        for table in COUNTED:
            env.cr.execute('SELECT count(*) FROM "%s"' % table)
            counts[table] = env.cr.fetchone()[0]
        return counts

    def make_run(self, **vals):
        """A run of this test's exports, staged and (unless told) confirmed, committed."""
        confirm = vals.pop("confirm", True)
        with self.cursor() as env:
            run = env["clientjoy.intrix.run"].create(dict({
                "source": "intrix", "fallback_user_id": env.ref("base.user_admin").id, "chunk_size": 40}, **vals))
            self.run_ids.append(run.id)
            run._add_files(exports(self.token))
            run.action_stage()
            self.assertFalse(run.error_message, run.error_message)
            if confirm:
                run.action_confirm_map()
                self.assertEqual(run.state, "ready")
            return run.id

    def in_threads(self, *calls, stagger=0.0):
        """Run each ``call(env)`` in its own thread, cursor and transaction, the way Odoo serves a
        request (``retrying``: a serialization failure or deadlock runs the call again, with backoff),
        then commit. Every transaction has taken its snapshot before any call starts; the n-th call
        starts ``n * stagger`` seconds after the first. Returns the outcome of each call: its result,
        or the exception it ended with."""
        barrier = threading.Barrier(len(calls))
        outcomes = [None] * len(calls)

        def work(index, call):
            try:
                with self.cursor() as env:
                    env.cr.execute("SELECT count(*) FROM clientjoy_intrix_run")  # the snapshot is taken here
                    barrier.wait(timeout=60)
                    time.sleep(index * stagger)
                    outcomes[index] = retrying(lambda: call(env), env)
            except Exception as exc:  # noqa: BLE001 - reported to the test
                outcomes[index] = exc

        threads = [threading.Thread(target=work, args=(i, call)) for i, call in enumerate(calls)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=600)
            self.assertFalse(thread.is_alive(), "a concurrent call never ended")
        return outcomes

    def hold_new_jobs(self):
        """Jobs queued from now on are not due (their ``eta`` an hour ahead) until release_held_jobs."""
        with self.cursor() as env:
            env.cr.execute("""
                CREATE OR REPLACE FUNCTION cji_test_hold_job() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN NEW.eta := (now() AT TIME ZONE 'UTC') + interval '1 hour'; RETURN NEW; END $$;
                CREATE TRIGGER cji_test_hold_job BEFORE INSERT ON queue_job
                   FOR EACH ROW EXECUTE FUNCTION cji_test_hold_job();
            """)
        self.addCleanup(self.release_held_jobs)

    def release_held_jobs(self):
        with self.cursor() as env:
            env.cr.execute("DROP TRIGGER IF EXISTS cji_test_hold_job ON queue_job; "
                           "DROP FUNCTION IF EXISTS cji_test_hold_job();")
            env.cr.execute("UPDATE queue_job SET eta = NULL WHERE id > %s AND state = 'pending' "
                           "AND eta > now() AT TIME ZONE 'UTC' + interval '50 minutes'", [self.max_job])

    def assert_no_raw_conflict(self, outcomes):
        """Nothing but a message in words reached the user: no UniqueViolation, deadlock, serialization
        failure (those are retried), no other error."""
        for outcome in outcomes:
            if isinstance(outcome, Exception):
                self.assertIsInstance(outcome, UserError, "%s: %s" % (type(outcome).__name__, outcome))
                self.assertNotIsInstance(outcome.__cause__, psycopg2.Error, outcome)

    def assert_imported_once(self, env, run_ids):
        """Every source id of the exports has exactly one Odoo record and one external id, and every run
        that says done has imported every record (none in error)."""
        runs = env["clientjoy.intrix.run"].browse(run_ids)
        company = runs[:1].company_id
        partners = set()
        for object_name in ("clients", "contacts"):
            env.cr.execute("""
                SELECT d.name, p.id FROM ir_model_data d JOIN res_partner p ON p.id = d.res_id
                 WHERE d.module = 'intrix_import' AND d.model = 'res.partner' AND d.name LIKE %s
                   AND p.email LIKE %s
            """, ["c%d\\_%s\\_%%" % (company.id, object_name), "%%@%s.example.com" % self.token])
            rows = env.cr.fetchall()
            self.assertEqual(len({name for name, _id in rows}), ROWS, "every source id of %s" % object_name)
            self.assertEqual(len(rows), ROWS, "one external id per source id of %s" % object_name)
            partners.update(res_id for _name, res_id in rows)
        self.assertEqual(len(partners), 2 * ROWS, "one partner per source id")
        env.cr.execute("SELECT count(*) FROM res_partner WHERE email LIKE %s", ["%%@%s.example.com" % self.token])
        self.assertEqual(env.cr.fetchone()[0], 2 * ROWS, "no partner twice")
        env.cr.execute("SELECT count(*), count(DISTINCT lower(name->>'en_US')) FROM res_partner_industry "
                       "WHERE name->>'en_US' LIKE %s",
                       ["Conc %s industry %%" % self.token])
        self.assertEqual(env.cr.fetchone(), (3, 3), "one industry per name")
        for run in runs.filtered(lambda r: r.state == "done"):
            self.assertEqual(run.count_error, 0, run.log)
            self.assertEqual(run.count_imported, 2 * ROWS, run.log)

    def wait_for(self, predicate, what, timeout=180):
        """Poll ``predicate(env)`` on a fresh cursor until it is true (the job runner works meanwhile)."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            with self.cursor() as env:
                value = predicate(env)
                if value:
                    return value
            time.sleep(0.2)
        self.fail("timed out waiting for %s" % what)

    def my_jobs(self, env):
        env.cr.execute("SELECT uuid, state, retry, result FROM queue_job WHERE id > %s ORDER BY id", [self.max_job])
        return env.cr.fetchall()

    def clean_up(self):
        with self.cursor() as env:
            Run = env["clientjoy.intrix.run"]
            Run.browse(self.run_ids).exists().filtered(lambda r: r.state in ("importing", "paused")).action_cancel()
            env.cr.execute("UPDATE queue_job SET state = 'cancelled' WHERE id > %s AND state = 'pending'",
                           [self.max_job])
        # the job runner may be performing one of this test's jobs: let it finish first
        self.wait_for(lambda env: not [j for j in self.my_jobs(env) if j[1] in ("enqueued", "started")],
                      "the job runner to finish this test's jobs")
        with self.cursor() as env:
            Run = env["clientjoy.intrix.run"]
            for run in Run.browse(self.run_ids).exists().sorted("id", reverse=True):
                if run.state in ("done", "failed", "cancelled"):
                    run.action_rollback()
            runs = Run.browse(self.run_ids).exists()
            runs.file_ids.unlink()  # their attachments with them
            runs.unlink()
            env.flush_all()
            env.cr.execute("DELETE FROM queue_job WHERE id > %s", [self.max_job])
            env.cr.execute("DELETE FROM clientjoy_intrix_lock WHERE id > %s", [self.max_lock])
            env.cr.execute("DELETE FROM clientjoy_intrix_map_memory WHERE id > %s", [self.max_memory])
            for memory_id, times in self.memory_times.items():
                env.cr.execute("UPDATE clientjoy_intrix_map_memory SET times = %s WHERE id = %s", [times, memory_id])
            # what only a failing test leaves behind (a run that did not roll back)
            pattern = "Conc %s %%" % self.token
            env["res.partner"].with_context(active_test=False).search(
                [("email", "=like", "%%@%s.example.com" % self.token)]).unlink()
            env["res.partner.industry"].search([("name", "=like", pattern)]).unlink()
            env["crm.tag"].search([("name", "=like", pattern)]).unlink()
        with self.cursor() as env:
            self.assertEqual(self.table_counts(env), self.counts, "the test left rows behind")

    # ------------------------------------------------------------------ tests
    def test_two_inline_imports_of_the_same_export(self):
        """Two admins press Import on two runs of the same export at the same time: the second is told
        which run is importing (nothing of it kept), the first imports everything once; pressed
        again later, the second finds every record and creates none."""
        first, second = self.make_run(), self.make_run()
        second_done = threading.Event()
        finish_import = ImportRun._finish_import

        def finish_after_second(run):
            # the first import stays in its transaction until the second one has been answered
            if run.id == first:
                second_done.wait(timeout=30)
            return finish_import(run)

        def import_second(env):
            try:
                return env["clientjoy.intrix.run"].browse(second).action_import()
            finally:
                second_done.set()

        with patch.object(ImportRun, "_finish_import", finish_after_second):
            outcomes = self.in_threads(lambda env: env["clientjoy.intrix.run"].browse(first).action_import(),
                                       import_second, stagger=0.5)
        self.assert_no_raw_conflict(outcomes)
        with self.cursor() as env:
            runs = env["clientjoy.intrix.run"].browse([first, second])
            self.assertEqual(outcomes[0], True)
            self.assertEqual(runs[0].state, "done", runs[0].error_message)
            self.assertIsInstance(outcomes[1], UserError, "the second import overlapped the first one")
            self.assertEqual(outcomes[1].args[0], "Run %s of the same source and company is importing: try again "
                             "when it is done." % runs[0].name)
            self.assertEqual(runs[1].state, "ready", "the refused run is as it was")
            self.assertFalse(runs[1].ledger_ids)
            self.assert_imported_once(env, [first, second])
        with self.cursor() as env:
            env["clientjoy.intrix.run"].browse(second).action_import()
        with self.cursor() as env:
            runs = env["clientjoy.intrix.run"].browse([first, second])
            self.assertEqual(runs.mapped("state"), ["done", "done"])
            self.assertFalse(runs[1].ledger_ids.filtered(lambda l: l.operation == "create"),
                             "the second run created nothing: every record was there")
            self.assert_imported_once(env, [first, second])

    def test_rollback_waits_for_a_batch_still_in_its_transaction(self):
        """A failed or cancelled run whose batch (of a phase running side by side) is still in its
        transaction: the rollback is refused in words, never run beside it (it could not see that batch's
        records and ledger rows, which would stay behind)."""
        run_id = self.make_run()
        with self.cursor() as env:
            env["clientjoy.intrix.run"].browse(run_id).action_import()
        with self.cursor() as env:
            env["clientjoy.intrix.run"].browse(run_id).write({"state": "failed"})
        with self.lock_held_elsewhere(run_id, shared=True):  # a batch of the run, still in its transaction
            with self.cursor() as env:
                run = env["clientjoy.intrix.run"].browse(run_id)
                with self.assertRaisesRegex(UserError, "Run %s of the same source and company is importing" % run.name):
                    run.action_rollback()
                self.assertEqual(run.state, "failed")
        with self.cursor() as env:
            run = env["clientjoy.intrix.run"].browse(run_id)
            run.action_rollback()
            self.assertEqual(run.state, "rolled_back")

    def test_a_follower_two_batches_add_is_a_conflict_not_a_record_error(self):
        """Odoo subscribes an activity's user to the record after looking in its own snapshot: two batches
        side by side may both add the follower; the second batch runs again instead of failing a record."""
        with self.cursor() as env:
            partner = env["res.partner"].create({"name": "Follower %s" % self.token})
            lead = env["crm.lead"].create({"name": "Followed %s" % self.token})
            env["mail.followers"].create({"res_model": "crm.lead", "res_id": lead.id, "partner_id": partner.id})
            try:
                with self.assertRaises(psycopg2.errors.UniqueViolation) as caught, env.cr.savepoint():
                    env.cr.execute("INSERT INTO mail_followers (res_model, res_id, partner_id) VALUES ('crm.lead', %s, %s)",
                                   [lead.id, partner.id])
                self.assertTrue(is_concurrency_error(caught.exception))
            finally:
                env.cr.rollback()

    def test_import_started_before_the_other_committed(self):
        """The second import's transaction started while the first was importing and goes on after
        the first committed: it cannot see the first run's records, so it is run again (serialization
        failure, retried) instead of creating them a second time or failing on every record."""
        first, second = self.make_run(), self.make_run()
        done = threading.Event()

        def import_first(env):
            result = env["clientjoy.intrix.run"].browse(first).action_import()
            return result

        def import_second_later(env):
            if not done.is_set():  # first try only: the snapshot predates the other run's commit
                self.assertTrue(done.wait(timeout=300))
            return env["clientjoy.intrix.run"].browse(second).action_import()

        def first_then_signal(env):
            # the first run commits before the second import starts
            result = import_first(env)
            env.cr.commit()
            done.set()
            return result

        outcomes = self.in_threads(first_then_signal, import_second_later)
        self.assert_no_raw_conflict(outcomes)
        self.assertEqual(outcomes, [True, True])
        with self.cursor() as env:
            runs = env["clientjoy.intrix.run"].browse([first, second])
            self.assertEqual(runs.mapped("state"), ["done", "done"], runs.mapped("error_message"))
            self.assertFalse(runs[1].ledger_ids.filtered(lambda l: l.operation == "create"))
            self.assert_imported_once(env, [first, second])

    def test_two_background_imports_of_the_same_export(self):
        """The same with background jobs, run by queue_job's own job runner (over HTTP, as in
        production): one run imports, the other is told which one; a batch that meets an inline import
        of the same records waits for it (postponed, not counted as a failed try) and then imports."""
        first, second = self.make_run(use_jobs=True), self.make_run(use_jobs=True)

        def import_run(run_id):
            return lambda env: env["clientjoy.intrix.run"].browse(run_id).action_import()

        # the winner's jobs wait until both calls are answered: on a loaded machine the loser's retries
        # (serialization failures, with backoff) could otherwise outlast the winner's whole import, and
        # a run that is done no longer keeps the other one out
        self.hold_new_jobs()
        outcomes = self.in_threads(import_run(first), import_run(second))
        self.release_held_jobs()
        self.assert_no_raw_conflict(outcomes)
        self.assertEqual(sorted(o is True for o in outcomes), [False, True], outcomes)
        winner, loser = (first, second) if outcomes[0] is True else (second, first)
        with self.cursor() as env:
            runs = env["clientjoy.intrix.run"].browse([winner, loser])
            self.assertIn(runs[0].state, ("importing", "done"))
            self.assertEqual(runs[1].state, "ready")
            refused = outcomes[[first, second].index(loser)]
            self.assertEqual(refused.args[0], "Run %s of the same source and company is importing: try again "
                             "when it is done." % runs[0].name)
        self.wait_for(lambda env: env["clientjoy.intrix.run"].browse(winner).state == "done", "the first run")

        # the second run's batches meet an inline import of a third run of the same records
        third = self.make_run()
        with self.cursor() as env:
            env["clientjoy.intrix.run"].browse(loser).action_import()
            # not due yet: the runner leaves the first batch alone until the lock is taken below
            env.cr.execute("UPDATE queue_job SET eta = now() at time zone 'UTC' + interval '1 hour' "
                           "WHERE id > %s AND state = 'pending'", [self.max_job])
        with self.lock_held_elsewhere(third):
            with self.cursor() as env:
                third_name = env["clientjoy.intrix.run"].browse(third).name
                env.cr.execute("UPDATE queue_job SET eta = NULL WHERE id > %s AND state = 'pending'", [self.max_job])
            waiting = self.wait_for(lambda env: [j for j in self.my_jobs(env) if j[1] == "pending" and j[3]],
                                    "the batch to meet the lock")
            self.assertEqual(len(waiting), 1)
            _uuid, _state, retry, result = waiting[0]
            self.assertEqual(retry, 0, "waiting is not a failed try")
            self.assertIn("Run %s of the same source and company is importing" % third_name, result)
            with self.cursor() as env:
                run = env["clientjoy.intrix.run"].browse(loser)
                self.assertEqual((run.state, run.count_imported, run.count_error), ("importing", 0, 0))
        with self.cursor() as env:
            # the waiting batch is due again in 5 to 30 s (spread out in production): due now, the lock is free
            env.cr.execute("UPDATE queue_job SET eta = NULL WHERE id > %s AND state = 'pending'", [self.max_job])
        self.wait_for(lambda env: env["clientjoy.intrix.run"].browse(loser).state != "importing", "the second run")
        with self.cursor() as env:
            runs = env["clientjoy.intrix.run"].browse([winner, loser])
            self.assertEqual(runs.mapped("state"), ["done", "done"], runs.mapped("error_message"))
            self.assertFalse([j for j in self.my_jobs(env) if j[1] != "done"], self.my_jobs(env))
            self.assertFalse(runs[1].ledger_ids.filtered(lambda l: l.operation == "create"))
            self.assert_imported_once(env, [winner, loser])

    def test_two_confirmations_of_the_map_at_once(self):
        """Two admins confirm the field maps of two runs with the same columns at once: no
        UniqueViolation, one memory per column, counted twice."""
        runs = [self.make_run(confirm=False), self.make_run(confirm=False)]
        with self.cursor() as env:
            env.cr.execute("SELECT entity, header, times FROM clientjoy_intrix_map_memory WHERE source = 'intrix'")
            before = {(e, h): t for e, h, t in env.cr.fetchall()}

        def confirm(run_id):
            return lambda env: env["clientjoy.intrix.run"].browse(run_id).action_confirm_map()

        outcomes = self.in_threads(*(confirm(run_id) for run_id in runs))
        self.assertEqual(outcomes, [True, True], [repr(o) for o in outcomes])
        with self.cursor() as env:
            self.assertEqual(env["clientjoy.intrix.run"].browse(runs).mapped("state"), ["ready", "ready"])
            env.cr.execute("""SELECT entity, header, count(*), max(times) FROM clientjoy_intrix_map_memory
                               WHERE source = 'intrix' GROUP BY entity, header""")
            after = {(e, h): (n, t) for e, h, n, t in env.cr.fetchall()}
            # every column of both exports, each remembered once and counted once per confirmation
            self.assertEqual(len(after), 10, sorted(after))
            for key, value in after.items():
                self.assertEqual(value, (1, before.get(key, 0) + 2), key)

    def test_two_imports_find_or_create_the_same_tag_and_industry(self):
        """Two imports (two companies: their records never meet, their tags and industries are shared)
        create the same tag and industry at once: one of each, no UniqueViolation (crm.tag names are
        unique), no duplicate (industry names are not)."""
        first, second = self.make_run(confirm=False), self.make_run(confirm=False)
        tag, industry = "Conc %s tag" % self.token, "Conc %s industry shared" % self.token

        def find_or_create(run_id):
            def call(env):
                ctx = ImportContext(env["clientjoy.intrix.run"].browse(run_id))
                return ctx.tag_ids("crm.tag", [tag], None), ctx.industry_id(industry, None)
            return call

        outcomes = self.in_threads(find_or_create(first), find_or_create(second))
        self.assert_no_raw_conflict(outcomes)
        self.assertEqual(outcomes[0], outcomes[1], "both found the same tag and industry")
        with self.cursor() as env:
            self.assertEqual(env["crm.tag"].search_count([("name", "=", tag)]), 1)
            self.assertEqual(env["res.partner.industry"].search_count([("name", "=", industry)]), 1)

    def test_batches_of_one_phase_side_by_side(self):
        """The batches of one phase run at the same time (two job workers: two threads, two cursors, both
        transactions open with their batch written before either commits, so neither waited for the
        other), both commit, nothing is doubled; the next phase does not start before every batch of
        this one is over; the counts add up and the rollback leaves the database as it was."""
        from odoo.addons.queue_job.exception import RetryableJobError
        from odoo.addons.queue_job.job import Job

        from ..importers.partner import CompanyImporter
        from .test_rollback_exact import DatabaseSnapshot

        class Snapshot(DatabaseSnapshot):
            def _tables(self):  # the job runner's own tables (and the bus) move on their own
                return [t for t in super()._tables() if not t.startswith(("queue_job", "bus_"))]

        run_id = self.make_run(use_jobs=True)
        freeze = "UPDATE queue_job SET eta = now() at time zone 'UTC' + interval '1 hour' WHERE id > %s AND state = 'pending'"

        def jobs(env, method):
            env.cr.execute("SELECT uuid FROM queue_job WHERE id > %s AND state = 'pending' AND func_string LIKE %s "
                           "ORDER BY id", [self.max_job, "%%._%s(%%" % method])
            return [row[0] for row in env.cr.fetchall()]

        def perform(env, uuid):
            """What the job runner's controller does with a job, in this transaction."""
            job = Job.load(env, uuid)
            job.set_started()
            job.store()
            result = job.perform()
            job.set_done(result=result)
            job.store()
            return result

        with self.cursor() as env:
            before = Snapshot(env.cr)
            run = env["clientjoy.intrix.run"].browse(run_id)
            run.action_import()
            env.cr.execute(freeze, [self.max_job])  # the tests drive these jobs, not the runner
            clients = run.phase_ids.filtered(lambda p: p.object_name == "clients")
            contacts = run.phase_ids.filtered(lambda p: p.object_name == "contacts")
            env.cr.execute("SELECT func_string FROM queue_job WHERE id > %s ORDER BY id", [self.max_job])
            self.assertEqual([row[0] for row in env.cr.fetchall()],
                             ["clientjoy.intrix.run(%d,)._job_start_phase(%d)" % (run_id, clients.id)],
                             "the first phase starts with its reference data")
        with self.cursor() as env:
            perform(env, jobs(env, "job_start_phase")[0])
            env.cr.execute(freeze, [self.max_job])
            batches = jobs(env, "job_import_chunk")
            self.assertEqual(len(batches), 4, "150 clients in batches of 40")
            self.assertEqual(len(jobs(env, "job_close_phase")), 1)
            env.cr.execute("SELECT count(*) FROM res_partner_industry WHERE name->>'en_US' LIKE %s",
                           ["Conc %s industry %%" % self.token])
            self.assertEqual(env.cr.fetchone()[0], 3, "the industries are created before the batches")

        both_written = threading.Barrier(2)
        import_records = CompanyImporter.import_records

        def import_then_wait(importer, ctx, stagings):
            result = import_records(importer, ctx, stagings)
            ctx.flush_ledger()
            both_written.wait(timeout=60)  # the other batch has written its records too, uncommitted
            return result

        with patch.object(CompanyImporter, "import_records", import_then_wait):
            outcomes = self.in_threads(lambda env: perform(env, batches[0]), lambda env: perform(env, batches[1]))
        self.assertEqual([str(o) for o in outcomes], ["40 records of Clients processed"] * 2)
        with self.cursor() as env:
            # two batches are left: the phase waits for them, the contacts do not start
            with self.assertRaises(RetryableJobError):
                env["clientjoy.intrix.run"].browse(run_id)._job_close_phase(clients.id)
            env.cr.rollback()
            self.assertEqual(env["clientjoy.intrix.phase"].browse(clients.id).state, "running")
            self.assertEqual(env["clientjoy.intrix.phase"].browse(contacts.id).state, "pending")
            self.assertFalse(jobs(env, "job_start_phase"), "the next phase waits")
        outcomes = self.in_threads(lambda env: perform(env, batches[2]), lambda env: perform(env, batches[3]))
        self.assertEqual(sorted(str(o) for o in outcomes), ["30 records of Clients processed",
                                                             "40 records of Clients processed"])
        with self.cursor() as env:
            perform(env, jobs(env, "job_close_phase")[0])
            env.cr.execute(freeze, [self.max_job])
            phase = env["clientjoy.intrix.phase"].browse(clients.id)
            # (reconciled once the verification has read every record back, at the end of the run)
            self.assertEqual((phase.state, phase.source_rows, phase.staged, phase.imported, phase.errored),
                             ("done", ROWS, ROWS, ROWS, 0))
            self.assertEqual(len(jobs(env, "job_start_phase")), 1, "the contacts start once the clients are done")
            env.cr.execute("UPDATE queue_job SET eta = NULL WHERE id > %s AND state = 'pending'", [self.max_job])
        # the job runner does the rest (contacts side by side as the runner's channel allows, verification)
        self.wait_for(lambda env: env["clientjoy.intrix.run"].browse(run_id).state != "importing", "the run")
        with self.cursor() as env:
            run = env["clientjoy.intrix.run"].browse(run_id)
            self.assertEqual(run.state, "done", run.error_message)
            self.assertTrue(all(run.phase_ids.mapped("reconciled")), run.log)
            self.assertEqual(run.verify_mismatches, 0)
            self.assert_imported_once(env, [run_id])
            creates = run.ledger_ids.filtered(lambda l: l.operation == "create" and l.res_model == "res.partner")
            self.assertEqual(len(creates), 2 * ROWS, "one ledger entry per partner")
        with self.cursor() as env:
            env["clientjoy.intrix.run"].browse(run_id).action_rollback()
        with self.cursor() as env:
            self.assertEqual(env["clientjoy.intrix.run"].browse(run_id).state, "rolled_back")
            differences = before.diff(Snapshot(env.cr))
            self.assertFalse(differences, "the rollback left the database different:\n%s" % differences)
