"""Shared set-up: the bundled Intrix sample exports, the users they reference, one-call runs."""
import os
import unittest
from unittest import mock

from odoo.tests import TransactionCase

from .clientjoy_sandbox import SandboxServer

SAMPLES = os.path.join(os.path.dirname(__file__), "..", "demo", "intrix")

# every model an Intrix import may touch, directly or through side effects
TOUCHED_MODELS = [
    "res.partner", "res.partner.industry", "res.users", "crm.team", "crm.stage", "crm.lead", "crm.tag",
    "project.project", "project.task", "project.task.type", "account.analytic.account", "account.analytic.line",
    "hr.employee", "mail.message", "mail.followers", "mail.activity", "mail.notification", "calendar.event",
    "calendar.attendee", "helpdesk.ticket", "ir.attachment", "ir.model.fields", "ir.model.fields.selection",
    "ir.model.data",
]


def sample_files(*names, replace=None):
    """[(name, bytes)] of the bundled sample exports (all when no name is given)."""
    names = names or sorted(os.listdir(SAMPLES))
    files = []
    for name in names:
        with open(os.path.join(SAMPLES, name), "rb") as handle:
            content = handle.read()
        if replace and name in replace:
            content = replace[name](content)
        files.append((name, content))
    return files


#: the owners of the Clientjoy sandbox's generated data (tests/clientjoy_sandbox.py), as they are in Odoo
SANDBOX_OWNERS = (("Ana Žužek", "ana.zuzek@example.com"), ("Jonas Müller", "jonas.mueller@example.com"),
                  ("Maja Kovač", "maja.kovac@example.com"))


def create_users(env, people):
    """res.users of ``people`` = [(name, e-mail login)], in that order, without password mails."""
    Users = env["res.users"].with_context(no_reset_password=True)
    return [Users.create({"name": name, "login": email, "email": email}) for name, email in people]


def perform_all_jobs(case, trap, limit=200, performed=None):
    """Perform the jobs queue_job's ``trap_jobs`` trapped, one round at a time (a job queues the next
    ones), until none is left; the test ``case`` fails if they never end. The method name of each job
    performed is appended to the list ``performed`` when one is given."""
    for _i in range(limit):
        if not trap.enqueued_jobs:
            return
        if performed is not None:
            performed.extend(job.method_name for job in trap.enqueued_jobs)
        trap.perform_enqueued_jobs()
    case.fail("jobs never finished")


def fast_client_retries(case, backoff_max=0.05):
    """Make the Clientjoy client of every connection wait milliseconds, not seconds, between the retries
    of the test ``case`` (the servers inject 429s, 5xx and cut connections); undone at its cleanup."""
    Backend = type(case.env["clientjoy.intrix.backend"])
    original = Backend._client_options
    patcher = mock.patch.object(Backend, "_client_options", lambda backend: dict(
        original(backend), backoff_base=0.001, backoff_max=backoff_max))
    patcher.start()
    case.addCleanup(patcher.stop)


def replacing(old, new, encoding="cp1250"):
    """A ``replace`` function for :func:`sample_files`: the export with ``old`` replaced by ``new`` (which
    must be there: a sample that changed makes the test fail here, not pass for the wrong reason)."""
    def replace(content):
        text = content.decode(encoding)
        assert old in text, "%r is not in the sample" % old
        return text.replace(old, new).encode(encoding)
    return replace


class IntrixCase(TransactionCase):
    maxDiff = None

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        Users = cls.env["res.users"].with_context(no_reset_password=True)
        cls.ana = Users.create({"name": "Ana Novak", "login": "ana.novak@example.si", "email": "ana.novak@example.si"})
        cls.marko = Users.create({"name": "Marko Kranjc", "login": "Marko@Example.si", "email": "marko@example.si"})

    def make_run(self, files=None, **vals):
        run = self.env["clientjoy.intrix.run"].create(dict({"source": "intrix"}, **vals))
        run._add_files(files if files is not None else sample_files())
        run.action_stage()
        return run

    def import_run(self, files=None, fallback=True, **vals):
        if fallback:
            vals.setdefault("fallback_user_id", self.env.ref("base.user_admin").id)
        run = self.make_run(files, **vals)
        self.assertFalse(run.error_message, run.error_message)
        run.action_confirm_map()
        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        return run

    def snapshot(self):
        """Counts and max ids of every touched model, and the values of pre-existing partners."""
        self.env.flush_all()
        counts = {}
        for model in TOUCHED_MODELS:
            if model not in self.env:
                continue
            # the run's own files and chatter (it says on itself what the rollback did) are no import data
            where = {"ir.attachment": " WHERE res_model NOT LIKE 'clientjoy.intrix.%%'",
                     "mail.message": " WHERE model IS NULL OR model NOT LIKE 'clientjoy.intrix.%%'"}.get(model, "")
            self.env.cr.execute('SELECT count(*), max(id) FROM "%s"%s' % (self.env[model]._table, where))
            counts[model] = self.env.cr.fetchone()
        self.env.cr.execute("SELECT column_name FROM information_schema.columns WHERE table_name IN "
                            "('res_partner', 'crm_lead', 'crm_stage', 'project_task', 'project_project')")
        columns = sorted(r[0] for r in self.env.cr.fetchall())
        return counts, columns

    def record(self, run, object_name, ref):
        staging = run.staging_ids.filtered(lambda s: s.object_name == object_name and s.external_id == ref)
        self.assertEqual(len(staging), 1, "%s %s" % (object_name, ref))
        return self.env[staging.res_model].browse(staging.res_id) if staging.res_id else None, staging


class ClientjoyCase(IntrixCase):
    """:class:`IntrixCase` with the Clientjoy sandbox server (tests/clientjoy_sandbox.py) on loopback for
    the whole class, reset before each test, the client's retries waiting milliseconds, and the first
    ``sandbox_owners`` of :data:`SANDBOX_OWNERS` as users (``cls.owners``; the others land in the owners
    queue of a run). ``make_backend`` opens a connection to it (or to another server)."""

    api_key = "cj-test-KEY"
    sandbox_options = {"seed": 1, "scale": 1, "faults": {"retry_after": 0}}
    sandbox_owners = 3

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.server = SandboxServer(api_key=cls.api_key, **cls.sandbox_options).start()
        cls.addClassCleanup(cls.server.stop)
        cls.owners = create_users(cls.env, SANDBOX_OWNERS[:cls.sandbox_owners])

    @classmethod
    def make_backend(cls, server=None, **vals):
        server = server or cls.server
        return cls.env["clientjoy.intrix.backend"].create(dict({
            "name": "Sandbox %s" % server.port, "base_url": server.base_url, "api_key": cls.api_key,
            "fallback_user_id": cls.env.ref("base.user_admin").id, "max_retries": 3, "timeout": 5,
        }, **vals))

    def setUp(self):
        super().setUp()
        self.server.reset()
        fast_client_retries(self)


class SandboxApiCase(unittest.TestCase):
    """The Clientjoy sandbox server on loopback for the whole class, reset before each test, without a
    database (tests of the HTTP client itself); ``api_key``: the key the server accepts."""

    test_tags = {"standard", "at_install"}
    test_module = "clientjoy_intrix_import"
    api_key = "cj-test-KEY"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.server = SandboxServer(seed=1, scale=1, api_key=cls.api_key).start()
        cls.addClassCleanup(cls.server.stop)

    def setUp(self):
        super().setUp()
        self.server.reset()
