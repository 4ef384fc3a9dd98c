"""No dead ends: what the admin meets after each button says what happened and what to do, and leaves no
junk behind (no draft run per failed upload or empty delta, the form shows the test just made, empty
lists say what fills them, the rollback speaks of Leads and Contacts, not of crm.lead)."""
import re

from odoo import fields
from odoo.exceptions import UserError
from odoo.tests import tagged

from ..wizards.intrix_upload_wizard import StagingRefused
from .common import ClientjoyCase, sample_files

API_KEY = "cj-odoo-test-KEY-deadends"
#: technical model names (what the ledger stores), which an admin must not read
TECHNICAL_MODEL = re.compile(r"\b(?:res|crm|ir|mail|project|account|hr|calendar|helpdesk)\.[a-z_]+(?:\.[a-z_]+)*\b")
SMILING = "o_view_nocontent_smiling_face"


@tagged("post_install", "-at_install")
class TestDeadEnds(ClientjoyCase):
    api_key = API_KEY
    sandbox_owners = 0

    def setUp(self):
        super().setUp()
        self.Run = self.env["clientjoy.intrix.run"]

    def backend(self, **vals):
        return self.make_backend(**dict({"max_retries": 1}, **vals))

    # ------------------------------------------------------------------ (a) empty delta
    def test_empty_delta_is_a_calm_notice_and_keeps_no_run(self):
        backend = self.backend()
        # the last successful run started after every change in the sandbox: a delta finds nothing
        previous = self.Run.create({"source": "clientjoy", "backend_id": backend.id, "state": "done",
                                    "date_start": fields.Datetime.now()})
        runs_before = self.Run.search([])
        action = backend.action_delta_run()
        self.assertEqual(action["tag"], "display_notification")
        self.assertEqual(action["params"]["type"], "info", "not a red alert: nothing went wrong")
        self.assertFalse(action["params"]["sticky"])
        message = action["params"]["message"]
        self.assertIn("Nothing changed in Clientjoy since", message)
        self.assertIn(previous.name, message)
        self.assertIn("no run was created", message)
        self.assertEqual(self.Run.search([]), runs_before, "no draft run left behind")
        # it did ask Clientjoy, for what changed since the previous run started
        since = {r["query"].get("updated_since") for r in self.server.requests if r["path"] == "/leads"}
        self.assertEqual(since, {previous.date_start.strftime("%Y-%m-%dT%H:%M:%SZ")})

        # reading a delta run's source again when nothing changed: said in words, the run unchanged
        run = self.Run.create({"source": "clientjoy", "backend_id": backend.id, "previous_run_id": previous.id,
                               "updated_since": previous.date_start, "error_message": "Earlier failure"})
        with self.assertRaisesRegex(UserError, "Nothing changed in Clientjoy since"):
            run.action_stage()
        self.assertEqual((run.state, run.error_message), ("draft", "Earlier failure"))

        # once something changed the delta opens its run
        self.server.touch("leads", "ld_00001", city="Kranj")
        action = backend.action_delta_run()
        delta = self.Run.browse(action["res_id"])
        self.assertEqual(action["res_model"], "clientjoy.intrix.run")
        self.assertEqual(delta.staging_ids.filtered(lambda s: s.object_name == "leads").mapped("external_id"),
                         ["ld_00001"])

    # ------------------------------------------------------------------ (b) failed upload
    def test_failed_upload_leaves_no_run_and_can_be_tried_again(self):
        bad = ("clients.csv", b"Client ID;Client name;City;Client name\nC1;A;B;C\n")
        wizard = self.env["clientjoy.intrix.upload.wizard"].create({
            "attachment_ids": [(0, 0, {"name": name, "raw": content}) for name, content in [bad]],
        })
        runs_before = self.Run.search([])
        for _attempt in range(2):
            with self.assertRaises(StagingRefused) as caught:
                wizard.action_upload()
            message = caught.exception.args[0]
            self.assertIn("duplicate column header(s): Client name", message)
            self.assertIn("no run was created", message)
            self.assertEqual(self.Run.search([]), runs_before, "no draft run per attempt")
            self.assertEqual(wizard.attachment_ids.mapped("name"), ["clients.csv"], "the files stay for the next try")
        # the admin fixes the file and presses the same button again: one run
        wizard.attachment_ids.unlink()
        wizard.write({"attachment_ids": [(0, 0, {"name": name, "raw": content})
                                         for name, content in sample_files("clients.csv")]})
        action = wizard.action_upload()
        run = self.Run.browse(action["res_id"])
        self.assertEqual(self.Run.search([]) - runs_before, run)
        self.assertIn(run.state, ("staged", "ready"), run.error_message)
        self.assertFalse(wizard.attachment_ids.exists())

        # refused before a run exists (an empty file): no run either, and not a staging refusal
        wizard = self.env["clientjoy.intrix.upload.wizard"].create({
            "attachment_ids": [(0, 0, {"name": "clients.csv", "raw": b" "})]})
        wizard.attachment_ids.raw = b""
        with self.assertRaises(UserError) as caught:
            wizard.action_upload()
        self.assertNotIsInstance(caught.exception, StagingRefused)
        self.assertEqual(self.Run.search([]) - runs_before, run)

    # ------------------------------------------------------------------ (c) test connection
    def test_test_connection_stores_and_reloads(self):
        backend = self.backend(api_key="wrong-key")
        first = backend.action_test_connection()
        self.assertEqual((backend.last_test_ok, first["params"]["type"]), (False, "danger"))
        self.assertIn("401", backend.last_test_message)
        backend.api_key = API_KEY
        action = backend.action_test_connection()
        self.assertTrue(backend.last_test_ok)
        self.assertIn("Connection OK", backend.last_test_message)
        self.assertEqual(action["params"]["message"], backend.last_test_message)
        # the notification alone leaves the open form showing the previous test: it is read again
        self.assertEqual(action["params"]["next"], {"type": "ir.actions.client", "tag": "soft_reload"})

    # ------------------------------------------------------------------ (d) rollback in words
    def test_rollback_summary_and_log_in_words(self):
        run = self.import_run()
        leads = len(run.ledger_ids.filtered(lambda e: e.res_model == "crm.lead" and e.operation == "create"
                                            and not e.side_effect))
        partners = len(run.ledger_ids.filtered(lambda e: e.res_model == "res.partner" and e.operation == "create"
                                               and not e.side_effect))
        fields_created = len(run.ledger_ids.filtered(lambda e: e.res_model == "ir.model.fields"))
        self.assertTrue(leads and partners and fields_created)
        wizard = self.env["clientjoy.intrix.rollback.wizard"].create({"run_id": run.id})
        lines = wizard.summary.splitlines()
        self.assertIn("Lead: %d to delete" % leads, lines)
        self.assertIn("Contact: %d to delete" % partners, lines)
        self.assertIn("Custom fields: %d to remove (kept if other data uses them)" % fields_created, lines)
        self.assertFalse(TECHNICAL_MODEL.findall(wizard.summary), wizard.summary)
        own = [line for line in lines if "alongside" not in line]
        self.assertEqual(lines[:len(own)], own, "the run's own records first, what Odoo did on the side after")

        log_before = run.log
        messages_before = run.message_ids
        wizard.action_rollback()
        self.assertEqual(run.state, "rolled_back")
        said = run.log[len(log_before):]
        self.assertIn("Rolled back:", said)
        self.assertIn("  Lead: %d deleted" % leads, said)
        self.assertIn("  Contact: %d deleted" % partners, said)
        self.assertIn("  Custom fields: %d removed" % fields_created, said)
        self.assertFalse(TECHNICAL_MODEL.findall(said), said)
        self.assertNotIn("ledger entries", said)
        posted = run.message_ids - messages_before
        self.assertTrue(posted.filtered(lambda m: "Lead: %d deleted" % leads in m.body), "said in the chatter too")
        wizard.invalidate_recordset()
        self.assertEqual(wizard.summary, "Nothing to roll back.")

    def test_rollback_names_the_custom_fields_it_keeps(self):
        run = self.import_run()
        field = self.env["ir.model.fields"].browse(run.ledger_ids.filtered(
            lambda e: e.res_model == "ir.model.fields").mapped("res_id")).filtered(
            lambda f: f.ttype == "char" and "name" in self.env[f.model]._fields)[:1]
        self.assertTrue(field, "the sample import creates a text custom field")
        # a record made after the run (not by it) uses the field: the rollback keeps the field
        self.env[field.model].create({"name": "Made after the run", field.name: "kept"})
        log_before = run.log
        run.action_rollback()
        said = run.log[len(log_before):]
        model = self.env["ir.model"]._get(field.model).name
        self.assertIn("Custom fields kept because other data uses them: %s (%s)" % (field.field_description, model),
                      said)
        self.assertIn("Custom field %s of %s kept: 1 records outside this run use it" % (
            field.field_description, model), said)
        self.assertNotIn(field.name, said, "the field by its label, never x_cji_...")
        self.assertFalse(TECHNICAL_MODEL.findall(said), said)

    # ------------------------------------------------------------------ (e) empty states
    def test_every_list_says_what_to_do_when_empty(self):
        actions = self.env["ir.actions.act_window"].browse(self.env["ir.model.data"].search([
            ("module", "=", "clientjoy_intrix_import"), ("model", "=", "ir.actions.act_window")]).mapped("res_id"))
        lists = actions.filtered(lambda a: "list" in a.view_mode)
        self.assertGreaterEqual(len(lists), 4)
        for action in lists:
            with self.subTest(action=action.name):
                self.assert_help(action.help)
        run = self.make_run(fallback_user_id=self.env.ref("base.user_admin").id)
        backend = self.backend()
        opened = []
        for record in (run, backend):
            for name in sorted(dir(type(record))):
                if not name.startswith("action_open_"):
                    continue
                try:
                    action = getattr(record, name)()
                except UserError:
                    self.assertEqual(name, "action_open_rollback_wizard", "only a staged run cannot roll back")
                    continue
                if action.get("type") == "ir.actions.act_window" and "list" in action.get("view_mode", ""):
                    opened.append(name)
                    with self.subTest(action=name):
                        self.assert_help(action.get("help"))
        self.assertLessEqual({"action_open_staging", "action_open_errors", "action_open_map", "action_open_ledger",
                              "action_open_jobs", "action_open_verify_mismatches", "action_open_runs"}, set(opened))

    def assert_help(self, help_html):
        self.assertIn(SMILING, help_html or "")
        # a title and a sentence that says what to do
        paragraphs = re.findall(r"<p[^>]*>(.*?)</p>", str(help_html), re.S)
        self.assertGreaterEqual(len(paragraphs), 2, help_html)
        self.assertGreater(len(re.sub(r"<[^>]+>", "", paragraphs[1]).split()), 8, help_html)
