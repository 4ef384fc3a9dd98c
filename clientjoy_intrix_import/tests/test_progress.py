"""Live progress: the open run form hears of an import (inline or as jobs), the staging, the audit,
the verification and a rollback while they run, through bus notifications.

What another transaction can see is read from cursors of their own (real PostgreSQL transactions
beside the test's): an inline step's notifications are there while the step runs, its data is not.
"""
import contextlib
import json
import threading
import time
from unittest import mock
from unittest.mock import MagicMock, patch

from odoo import SUPERUSER_ID, api, models
from odoo.tests import HttpCase, new_test_user, tagged

from odoo.addons.bus.models.bus import json_dump
from odoo.addons.queue_job.tests.common import trap_jobs

from ..models import import_ledger
from ..models import import_run_progress as progress
from .common import IntrixCase, create_users, sample_files

@contextlib.contextmanager
def unthrottled():
    """Every notification goes out: no pause between two, whatever counting them costs."""
    with mock.patch.object(progress, "PROGRESS_INTERVAL", 0), mock.patch.object(progress, "COST_SHARE", float("inf")):
        yield


@tagged("post_install", "-at_install")
class TestProgress(IntrixCase):
    def setUp(self):
        super().setUp()
        progress._last_sent.clear()
        self.addCleanup(progress._last_sent.clear)
        self.addCleanup(self._delete_committed_notifications)

    # ------------------------------------------------------------------ helpers
    def _delete_committed_notifications(self):
        with self.registry.cursor() as cr:
            cr.execute("DELETE FROM bus_bus WHERE message LIKE %s", ["%" + progress.NOTIFICATION_TYPE + "%"])

    def channel(self, record):
        return json_dump([self.env.cr.dbname, record._name, record.id])

    def outside(self, record, query=None, params=None):
        """(progress payloads on ``record``'s channel, result of ``query``) as another transaction sees them
        now: a cursor of its own, in a snapshot taken now."""
        with self.registry.cursor() as cr:
            # a table the import altered (new x_ fields) is locked until it ends: fail, never wait for it
            cr.execute("SET LOCAL lock_timeout = '5s'")
            cr.execute("SELECT message FROM bus_bus WHERE channel = %s ORDER BY id", [self.channel(record)])
            payloads = [json.loads(m)["payload"] for (m,) in cr.fetchall()
                        if json.loads(m)["type"] == progress.NOTIFICATION_TYPE]
            result = None
            if query:
                cr.execute(query, params or [])
                result = cr.fetchall()
        return payloads, result

    def inside(self, record):
        """Progress payloads on ``record``'s channel sent with this transaction's commit (written now)."""
        self.env.cr.precommit.run()
        self.env.flush_all()
        messages = self.env["bus.bus"].sudo().search([("channel", "=", self.channel(record))], order="id")
        return [json.loads(m.message)["payload"] for m in messages
                if json.loads(m.message)["type"] == progress.NOTIFICATION_TYPE]

    def ready_run(self, **vals):
        run = self.make_run(fallback_user_id=self.env.ref("base.user_admin").id, **vals)
        run.action_confirm_map()
        return run

    def assertIncreasing(self, values, message):
        self.assertEqual(values, sorted(values), message)
        self.assertGreater(len(set(values)), 2, "%s: %s" % (message, values))

    # ------------------------------------------------------------------ inline import
    def test_inline_import_publishes_progress_while_it_runs(self):
        run = self.ready_run(chunk_size=2)
        Run = type(run)
        import_next_chunk = Run._import_next_chunk
        seen = []  # after each batch: (notifications another transaction sees, the run and leads it sees)

        def spy(this, ctx):
            more = import_next_chunk(this, ctx)
            payloads, rows = self.outside(run, """
                SELECT (SELECT count(*) FROM clientjoy_intrix_run WHERE id = %s),
                       (SELECT count(*) FROM ir_model_data WHERE module = 'intrix_import')""", [run.id])
            seen.append((more, [p for p in payloads if p["step"] == "import"], rows[0]))
            return more

        with unthrottled(), mock.patch.object(Run, "_import_next_chunk", spy):
            run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        self.assertGreater(len(seen), 10)
        # the progress cursor commits notifications only: another transaction sees neither the run (created
        # in this transaction) nor the external id of a single imported record while the import runs
        self.assertEqual({rows for _more, _payloads, rows in seen}, {(0, 0)})
        during = [payloads for more, payloads, _rows in seen if more]
        self.assertTrue(during[0], "the first notification arrives after the first batch, not at the end")
        latest = [payloads[-1] for payloads in during]
        dones = [p["done"] for p in latest]
        self.assertIncreasing(dones, "records done, as the form sees them batch after batch")
        self.assertLess(dones[0], latest[0]["total"])
        for payload in latest:
            self.assertEqual((payload["run_id"], payload["state"], payload["active"], payload["reload"]),
                             (run.id, "importing", True, False))
            self.assertEqual(payload["percent"], round(100.0 * payload["done"] / payload["total"], 1))
        self.assertEqual(latest[0]["title"], "Importing")
        # counts per phase follow the batches: opportunities go from none to all of them imported
        leads = [next(p for p in payload["phases"] if p["object"] == "opportunities")["imported"] for payload in latest]
        self.assertEqual(leads[0], 0)
        self.assertEqual(leads[-1], 2)
        self.assertTrue(any("Opportunities" in p["message"] for p in latest))
        # verification is followed too, and the end goes out with the import's commit, for a reload
        after, _rows = self.outside(run)
        self.assertIn("verify", {p["step"] for p in after})
        ends = self.inside(run)
        self.assertTrue(ends)
        self.assertEqual((ends[-1]["state"], ends[-1]["active"], ends[-1]["reload"]), ("done", False, True))
        self.assertEqual(ends[-1]["done"], ends[-1]["total"])

    def test_failed_step_says_so_at_once(self):
        run = self.ready_run()
        with self.assertRaises(Exception):
            run.action_rollback()  # a run that imported nothing cannot be rolled back
        payloads, _rows = self.outside(run)
        rollback = [p for p in payloads if p["step"] == "rollback"]
        self.assertEqual([p["active"] for p in rollback], [True, False])
        self.assertTrue(rollback[-1]["failed"] and rollback[-1]["reload"])

    # ------------------------------------------------------------------ background jobs
    def test_job_batches_publish_with_their_commit(self):
        run = self.ready_run(chunk_size=2, use_jobs=True)
        with unthrottled(), trap_jobs() as trap:
            run.action_import()
            started = self.inside(run)
            self.assertEqual((started[-1]["state"], started[-1]["active"], started[-1]["reload"]),
                             ("importing", True, True), "the form reloads the run: it imports in the background")
            count, batches = len(started), []
            for _i in range(300):
                if not trap.enqueued_jobs:
                    break
                outside_before, _rows = self.outside(run)
                trap.perform_enqueued_jobs()
                outside_after, _rows = self.outside(run)
                self.assertEqual(outside_before, outside_after, "a batch's progress goes out with its commit")
                sent = self.inside(run)
                batches.append(sent[count:])
                count = len(sent)
        self.assertEqual(run.state, "done", run.error_message)
        imports = [payloads[-1] for payloads in batches if payloads and payloads[-1]["step"] == "import"]
        self.assertGreater(len(imports), 5)
        self.assertTrue(all(p["reload"] for payloads in batches for p in payloads))
        self.assertIncreasing([p["done"] for p in imports], "records done after each batch")
        self.assertEqual([p["active"] for p in imports[:-1]], [True] * (len(imports) - 1))
        # the batches are over, the run is not done before its verification jobs are
        self.assertEqual((imports[-1]["state"], imports[-1]["active"]), ("importing", False))
        verify = [p for payloads in batches for p in payloads if p["step"] == "verify"]
        self.assertTrue(verify, "verification jobs say how far they are")
        self.assertEqual((verify[-1]["state"], verify[-1]["active"], verify[-1]["done"]),
                         ("done", False, verify[-1]["total"]))

    # ------------------------------------------------------------------ throttle
    def test_throttle(self):
        run = self.ready_run()
        self._delete_committed_notifications()
        progress._last_sent.clear()

        def published(step="import"):
            return len([p for p in self.outside(run)[0] if p["step"] == step])

        start = time.monotonic()
        for _i in range(50):
            run._notify_progress("import")
        elapsed = time.monotonic() - start
        self.assertGreaterEqual(published(), 1)
        self.assertLessEqual(published(), 1 + int(elapsed / progress.PROGRESS_INTERVAL), "at most one a second")
        count = published()
        run._notify_progress("import", force=True)
        self.assertEqual(published(), count + 1, "the start and end of a step always go out")
        run._notify_progress("audit")
        self.assertEqual(published("audit"), 1, "each step has its own pace")
        time.sleep(progress.PROGRESS_INTERVAL + 0.05)
        run._notify_progress("import")
        self.assertEqual(published(), count + 2)
        # figures that take long to count are published more rarely (their cost stays a small share)
        payload = type(run)._progress_payload

        def slow_payload(this, *args, **kwargs):
            time.sleep(0.1)
            return payload(this, *args, **kwargs)

        with mock.patch.object(type(run), "_progress_payload", slow_payload):
            time.sleep(progress.PROGRESS_INTERVAL + 0.05)
            run._notify_progress("import")
            self.assertEqual(published(), count + 3)
            time.sleep(progress.PROGRESS_INTERVAL + 0.05)
            run._notify_progress("import")
            self.assertEqual(published(), count + 3, "0.1 s of counting: not again before 2 s")

    def test_throttle_holds_during_a_real_import(self):
        run = self.ready_run(chunk_size=1)
        self._delete_committed_notifications()
        progress._last_sent.clear()
        start = time.monotonic()
        run.action_import()
        elapsed = time.monotonic() - start
        self.assertEqual(run.state, "done", run.error_message)
        batches = len(run.staging_ids)
        live = [p for p in self.outside(run)[0] if p["step"] == "import" and p["active"]]
        # one at the start, then at most one a second, while the import works through every record singly
        self.assertLessEqual(len(live), 2 + int(elapsed / progress.PROGRESS_INTERVAL), "%s notifications for %s "
                             "batches in %.1f s" % (len(live), batches, elapsed))

    # ------------------------------------------------------------------ staging, audit, rollback
    def test_staging_audit_and_rollback_show_progress(self):
        with unthrottled():
            run = self.ready_run()
        payloads, _rows = self.outside(run)
        stage = [p for p in payloads if p["step"] == "stage"]
        self.assertGreater(len(stage), 8, "one notification per object staged at least")
        self.assertIncreasing([p["done"] for p in stage], "objects staged")
        records = [sum(row["staged"] for row in p["phases"]) for p in stage]
        self.assertIncreasing(records, "records read")
        self.assertTrue(all(p["title"] == "Reading the source" for p in stage))
        audit = [p for p in payloads if p["step"] == "audit"]
        mapped = [p["done"] for p in audit if p["total"]]
        self.assertEqual(mapped, sorted(mapped))
        self.assertEqual(mapped[-1], len(run.staging_ids), "every record mapped and checked")
        self.assertTrue(any(p["message"] == "Matching the owners with Odoo users" for p in audit))

        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        before = len(self.outside(run)[0])
        with unthrottled(), mock.patch.object(import_ledger, "ROLLBACK_PAGE", 5):
            run.action_rollback()
        self.assertEqual(run.state, "rolled_back")
        rollback = [p for p in self.outside(run)[0][before:] if p["step"] == "rollback"]
        self.assertGreater(len(rollback), 5)
        self.assertIncreasing([p["done"] for p in rollback], "ledger entries undone")
        self.assertTrue(all(p["active"] and not p["reload"] for p in rollback))
        ends = [p for p in self.inside(run) if p["step"] == "rollback"]
        self.assertEqual((ends[-1]["active"], ends[-1]["state"], ends[-1]["done"]),
                         (False, "rolled_back", ends[-1]["total"]))

    def test_upload_wizard_follows_its_own_staging(self):
        wizard = self.env["clientjoy.intrix.upload.wizard"].create({
            "use_samples": True, "fallback_user_id": self.env.ref("base.user_admin").id})
        with unthrottled():
            action = wizard.action_upload()
        run = self.env["clientjoy.intrix.run"].browse(action["res_id"])
        # the run is not visible to the browser yet: the user's own channel carries it, tagged with the wizard
        payloads, _rows = self.outside(self.env.user.partner_id)
        stage = [p for p in payloads if p["step"] == "stage"]
        self.assertTrue(stage)
        self.assertEqual({(p["run_id"], p["origin"]["model"], p["origin"]["id"]) for p in stage},
                         {(run.id, wizard._name, wizard.id)})
        self.assertFalse(self.outside(run)[0], "nobody else can follow a run that is not committed yet")
        # a step started elsewhere does not go to the user's channel
        before = len(self.outside(self.env.user.partner_id)[0])
        run.action_validate()
        self.assertEqual(len(self.outside(self.env.user.partner_id)[0]), before)

    # ------------------------------------------------------------------ who may listen
    def test_run_channel_only_for_users_who_may_read_the_run(self):
        run = self.ready_run()
        manager = new_test_user(self.env, login="cji_progress_manager",
                                groups="base.group_user,clientjoy_intrix_import.group_import_manager")
        other_company = self.env["res.company"].create({"name": "Elsewhere d.o.o."})
        stranger = new_test_user(self.env, login="cji_progress_stranger", company_id=other_company.id,
                                 company_ids=[(6, 0, [other_company.id])],
                                 groups="base.group_user,clientjoy_intrix_import.group_import_manager")
        plain = new_test_user(self.env, login="cji_progress_plain", groups="base.group_user")
        name = progress.CHANNEL_PREFIX + str(run.id)

        def channels(user):
            ws_request = MagicMock()
            ws_request.session.uid = user.id
            with patch("odoo.addons.bus.models.ir_websocket.wsrequest", new=ws_request):
                return self.env["ir.websocket"].with_user(user)._build_bus_channel_list(
                    [name, progress.CHANNEL_PREFIX + "x", progress.CHANNEL_PREFIX + "999999999"])

        def runs(user):
            return [c.id for c in channels(user) if isinstance(c, models.BaseModel) and c._name == run._name]

        self.assertEqual(runs(manager), [run.id])
        for user in (stranger, plain):
            self.assertEqual(runs(user), [], user.login)
        for user in (manager, stranger, plain):
            self.assertFalse([c for c in channels(user) if isinstance(c, str) and c.startswith(progress.CHANNEL_PREFIX)],
                             "a channel name alone never opens a channel")


@tagged("post_install", "-at_install")
class TestProgressTour(HttpCase):
    """The open form follows a run imported by background jobs, in a real headless Chromium."""

    def test_form_follows_the_jobs_without_reload(self):
        create_users(self.env, [("Ana Novak", "ana.novak@example.si"), ("Marko Kranjc", "marko@example.si")])
        admin = self.env.ref("base.user_admin")
        run = self.env["clientjoy.intrix.run"].with_user(admin).create({
            "source": "intrix", "use_jobs": True, "chunk_size": 1, "fallback_user_id": admin.id})
        run._add_files(sample_files())
        run.action_stage()
        run.action_confirm_map()
        self.assertEqual(run.state, "ready", run.error_message)
        self.env.flush_all()
        stop, started, errors, performed = threading.Event(), threading.Event(), [], []
        worker = threading.Thread(target=self._perform_jobs, args=(run.id, started, stop, errors, performed), daemon=True)
        worker.start()
        authenticate = self.authenticate

        def authenticate_then_start(*args, **kwargs):
            # the test's own cursor is used by the test until the browser is logged in: jobs wait for that
            result = authenticate(*args, **kwargs)
            started.set()
            return result

        try:
            # every batch is published (the throttle has tests of its own): batches need not be a second apart
            with mock.patch.object(self, "authenticate", authenticate_then_start), unthrottled():
                self.start_tour("/odoo/action-clientjoy_intrix_import.action_run/%d" % run.id,
                                "clientjoy_intrix_import_progress_tour", login="admin", timeout=240)
        finally:
            stop.set()
            worker.join(30)
        self.assertFalse(errors, errors)
        run.invalidate_recordset()
        self.assertEqual(run.state, "done", run.error_message)
        self.assertGreater(len(performed), 5, "the form followed one batch job after the other")

    def _perform_jobs(self, run_id, started, stop, errors, performed):
        """Beside the browser, as the job runner would: the pending jobs of the run, one at a time, each in
        a transaction of its own (test cursors: the browser's requests wait while a job runs)."""
        from odoo.addons.queue_job.job import Job

        started.wait(60)
        time.sleep(2)  # the browser loads the form meanwhile
        deadline = time.monotonic() + 230
        while not stop.is_set() and time.monotonic() < deadline:
            time.sleep(0.5)  # a batch every half second or so: the form shows each of them
            try:
                with self.registry.cursor() as cr:
                    env = api.Environment(cr, SUPERUSER_ID, {})
                    job = env["queue.job"].search([("state", "=", "pending"), ("model_name", "=", "clientjoy.intrix.run")],
                                                  order="id", limit=1)
                    if not job:
                        if env["clientjoy.intrix.run"].browse(run_id).state == "done" and performed:
                            return
                        continue
                    job = Job.load(env, job.uuid)
                    job.set_started()
                    job.perform()
                    job.set_done()
                    job.store()
                    performed.append(job.uuid)
            except Exception as exc:  # noqa: BLE001 - reported by the test
                if not stop.is_set():  # once the tour is over, the test holds the test cursor again
                    errors.append(repr(exc))
                return
