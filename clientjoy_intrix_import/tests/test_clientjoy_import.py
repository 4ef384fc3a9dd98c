"""The Clientjoy migration end to end on real Odoo, pulled over real HTTP from the loopback sandbox API.

Every object lands where it should, API failures (plan, key, network, 429/5xx, malformed JSON) end as
clear run errors without staging records, delta runs update in place and roll back on their own, a
full rollback restores the database exactly, and a re-run changes nothing.
"""
import json

from odoo.exceptions import UserError
from odoo.tests import tagged

from odoo.addons.queue_job.tests.common import trap_jobs

from ..lib.clientjoy_contract import build_contract
from ..models.clientjoy_backend import PullFailed
from .clientjoy_sandbox import SandboxServer
from .common import ClientjoyCase, fast_client_retries, perform_all_jobs

API_KEY = "cj-odoo-test-KEY-4b9d2e"
# what a Clientjoy import touches besides the models of an Intrix import
CLIENTJOY_MODELS = [
    "account.move", "account.move.line", "account.payment", "account.partial.reconcile", "account.full.reconcile",
    "account.tax", "account.tax.group", "account.tax.repartition.line", "mail.mail", "res.currency",
]


@tagged("post_install", "-at_install")
class TestClientjoyImport(ClientjoyCase):
    extra_models = CLIENTJOY_MODELS
    api_key = API_KEY

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.zuzek, cls.jonas, cls.maja = cls.owners
        cls.admin = cls.env.ref("base.user_admin")
        cls.backend = cls.make_backend(cls.server)

    def setUp(self):
        super().setUp()
        fast_client_retries(self)

    # ------------------------------------------------------------------ helpers
    def pull(self, backend=None, delta=False):
        backend = backend or self.backend
        action = backend.action_delta_run() if delta else backend.action_new_run()
        return self.env["clientjoy.intrix.run"].browse(action["res_id"])

    def import_clientjoy(self, backend=None, delta=False):
        run = self.pull(backend, delta)
        # a delta run takes over the map confirmed for the run it continues: ready without asking again
        self.assertEqual(run.state, "ready" if delta else "staged", run.error_message)
        run.action_confirm_map()
        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        return run

    def snapshot(self):
        counts, columns = super().snapshot()
        for model in self.extra_models:
            self.env.cr.execute('SELECT count(*), max(id) FROM "%s"' % self.env[model]._table)
            counts[model] = self.env.cr.fetchone()
        self.env.cr.execute("SELECT name FROM res_currency WHERE active ORDER BY name")
        counts["active currencies"] = [r[0] for r in self.env.cr.fetchall()]
        self.env.cr.execute("SELECT column_name FROM information_schema.columns WHERE table_name = 'account_move'")
        return counts, columns + sorted(r[0] for r in self.env.cr.fetchall())

    def by_xmlid(self, name, company=None):
        """The record of an external id of the import (read from the table: env.ref caches across tests);
        ``name`` without the company namespace (the runs import into the test user's company)."""
        name = "c%d_%s" % ((company or self.env.company).id, name)
        data = self.env["ir.model.data"].search([("module", "=", "clientjoy_import"), ("name", "=", name)])
        self.assertEqual(len(data), 1, "no external id clientjoy_import.%s" % name)
        return self.env[data.model].browse(data.res_id)

    def assert_clear_failure(self, backend, *words):
        """A pull of ``backend`` that fails: refused in words (``words`` in the message, never the key),
        and nothing kept: no run, no staging record (a draft run per attempt would pile up)."""
        Run, Staging = self.env["clientjoy.intrix.run"], self.env["clientjoy.intrix.staging"]
        runs, stagings = Run.search([]), Staging.search_count([])
        with self.assertRaises(PullFailed) as caught:
            self.pull(backend)
        message = caught.exception.args[0]
        for word in words + ("Nothing was staged and no run was created",):
            self.assertIn(word, message)
        self.assertNotIn(API_KEY, message)
        self.assertEqual(Run.search([]), runs)
        self.assertEqual(Staging.search_count([]), stagings)
        return message

    # ------------------------------------------------------------------ connection
    def test_connection_button(self):
        self.backend.action_test_connection()
        self.assertTrue(self.backend.last_test_ok)
        self.assertIn("5 user(s)", self.backend.last_test_message)
        request = self.server.requests[-1]
        self.assertEqual(request["path"], "/users")
        self.assertNotIn("Authorization", request["headers"])

        wrong = self.make_backend(self.server, api_key="not-the-key")
        action = wrong.action_test_connection()
        self.assertFalse(wrong.last_test_ok)
        self.assertEqual(action["params"]["type"], "danger")
        self.assertIn("401", wrong.last_test_message)
        self.assertIn("API key", wrong.last_test_message)
        self.assertNotIn("not-the-key", wrong.last_test_message)

        with SandboxServer(api_key=API_KEY, plan="starter") as starter:
            backend = self.make_backend(starter)
            backend.action_test_connection()
            self.assertFalse(backend.last_test_ok)
            for words in ("403", "Agency plan", "CSV", "Upload Intrix exports"):
                self.assertIn(words, backend.last_test_message)

        down = self.make_backend(self.server, base_url="http://127.0.0.1:9/api/v1", max_retries=0)
        down.action_test_connection()
        self.assertFalse(down.last_test_ok)
        self.assertIn("did not answer", down.last_test_message)

        nokey = self.make_backend(self.server, api_key=False)
        self.assertFalse(nokey.has_api_key)
        nokey.action_test_connection()
        self.assertIn("no API key", nokey.last_test_message)

    def test_api_key_is_for_system_admins_only(self):
        manager = self.env["res.users"].with_context(no_reset_password=True).create({
            "name": "Import manager", "login": "import.manager@example.com",
            "group_ids": [(6, 0, [self.env.ref("clientjoy_intrix_import.group_import_manager").id])]})
        backend = self.backend.with_user(manager)
        self.assertTrue(backend.has_api_key)
        self.assertNotIn("api_key", backend.fields_get())
        with self.assertRaises(Exception):
            backend.read(["api_key"])

    # ------------------------------------------------------------------ every object
    def test_every_object_lands(self):
        run = self.import_clientjoy()
        env = self.env
        self.assertEqual(run.backend_id, self.backend)
        self.assertFalse(run.staging_ids.filtered(lambda s: s.state == "error"),
                         run.staging_ids.filtered(lambda s: s.state == "error").mapped("message"))
        for phase in run.phase_ids:
            self.assertTrue(phase.reconciled, phase.name)
        self.assertEqual(sum(run.phase_ids.mapped("source_rows")), 203)
        # the proposed map is the right one, with hints at ~1 and custom fields to their definitions
        lines = {(m.object_name, m.source_column): m for m in run.map_ids}
        self.assertEqual(lines["customers", "billing_address.street"].target_id.key, "street")
        self.assertEqual(lines["leads", "value"].target_id.key, "expected_revenue")
        self.assertGreaterEqual(min(run.map_ids.mapped("confidence")), 0.99)
        industry = lines["leads", "custom_fields.industry"]
        self.assertEqual((industry.action, industry.new_field_name, industry.new_field_type),
                         ("new_field", "x_cji_industry_panoga", "selection"))

        # custom field definitions -> x_cji fields of the right type
        field = env["ir.model.fields"].search([("model", "=", "crm.lead"), ("name", "=", "x_cji_industry_panoga")])
        self.assertEqual(field.ttype, "selection")
        self.assertEqual(field.selection_ids.mapped("name"), ["Kmetijstvo", "Gostinstvo", "IT", "Handwerk", "Retail"])
        self.assertEqual(env["ir.model.fields"].search([("model", "=", "res.partner"), ("name", "=", "x_cji_vip")]).ttype,
                         "boolean")
        # users are matched by e-mail; unknown ones go to the fallback owner
        self.assertEqual(self.record(run, "users", "usr_00001")[0], self.zuzek)
        self.assertEqual(run.owner_ids.filtered(lambda o: o.email == "lena.schroeder@freelance-nomatch.example").state,
                         "fallback")

        # pipelines -> teams and team-scoped stages with sequence, won flag and probability
        sales = env["crm.team"].search([("name", "=", "Prodaja / Sales")])
        self.assertEqual(len(sales), 1)
        self.assertTrue(env["crm.team"].search([("name", "=", "Agency retainers")]))
        proposal_sent = self.by_xmlid("pipelines_stg_00003")
        self.assertEqual((proposal_sent.name, proposal_sent.sequence, proposal_sent.is_won, proposal_sent.x_cji_probability),
                         ("Proposal sent", 30, False, 60.0))
        self.assertEqual(proposal_sent.team_ids, sales)
        self.assertTrue(self.by_xmlid("pipelines_stg_00005").fold, "the lost stage is folded")
        # New and Won: Odoo's own stages of those names are reused, not created again (tests/test_after_import.py)
        first, won = self.env.ref("crm.stage_lead1"), self.env.ref("crm.stage_lead4")
        self.assertEqual(self.record(run, "pipelines", "stg_00004")[0], won)
        self.assertEqual(self.record(run, "pipelines", "stg_00001")[0], first)
        self.assertTrue(won.is_won)

        # customers: a company with its contact person, an individual as a person
        company = self.by_xmlid("customers_cus_00001")
        self.assertTrue(company.is_company)
        self.assertEqual(company.name, "Müller & Söhne GmbH")
        self.assertEqual((company.street, company.city, company.zip, company.country_id.code),
                         ("Slovenska ulica 15", "Ljubljana", "1000", "SI"))
        self.assertFalse(company.state_id, "Odoo has no Slovenian states: 'Osrednjeslovenska' stays out")
        self.assertEqual(self.by_xmlid("customers_cus_00003").state_id.name, "Nordrhein-Westfalen")
        self.assertEqual(company.vat, "SI89664849")
        self.assertEqual(company.website, "https://www.muller-sohne-gmbh.example")
        self.assertEqual(company.user_id, self.zuzek)
        self.assertEqual((company.x_cji_segment, company.x_cji_vip), ("mid_market", True))
        self.assertEqual(str(company.x_cji_vertragsende), "2025-09-20")
        contact = self.by_xmlid("customers_cus_00001_contact")
        self.assertEqual(contact.parent_id, company)
        self.assertFalse(contact.is_company)
        self.assertEqual((contact.name, contact.email, contact.phone),
                         ("Marko Weiß", "marko.weiss.4@muller-sohne-gmbh.example", "+386 41 165 9128"))
        person = self.by_xmlid("customers_cus_00002")
        self.assertFalse(person.is_company)
        self.assertEqual((person.name, person.email, person.city), ("Jonas Kovačič", "jonas.kovacic.9@mail.example", "Köln"))
        self.assertEqual(person.x_cji_employees, 27791.5)
        # hr's res.partner.employee_ids is already labelled "Employees": the custom field says where it is from
        self.assertEqual(person._fields["x_cji_employees"].string, "Employees (Clientjoy)")
        self.assertFalse(person.child_ids)
        self.assertEqual(env["ir.model.data"].search([("model", "=", "res.partner"), ("res_id", "=", company.id)]).module,
                         "clientjoy_import")

        # leads: lifecycle status -> type, stage, won, lost; source, score, tags, custom fields, owner
        new = self.by_xmlid("leads_ld_00001")
        self.assertEqual(new.type, "lead")
        self.assertEqual(new.team_id, sales)
        self.assertEqual(new.stage_id, first, "new leads start in the first stage of their pipeline")
        self.assertEqual((new.city, new.country_id.code, new.x_cji_source, new.x_cji_score), ("München", "DE", "event", 61.0))
        self.assertEqual(new.contact_name, "Žiga Zupančič")
        self.assertEqual(new.partner_name, "Mizarstvo Kovačič s.p.")
        self.assertEqual(sorted(new.tag_ids.mapped("name")), ["newsletter", "sejem-2024"])
        self.assertEqual((new.x_cji_industry_panoga, new.x_cji_budget_eur, new.x_cji_newsletter_opt_in),
                         ("kmetijstvo", 274.0, True))
        self.assertEqual(str(new.x_cji_next_follow_up), "2024-05-12")
        self.assertEqual(new.user_id, self.admin, "inactive source owner without Odoo user -> fallback owner")
        self.assertEqual(self.by_xmlid("leads_ld_00002").stage_id, first)
        qualified = self.by_xmlid("leads_ld_00003")
        self.assertEqual((qualified.type, qualified.stage_id.name), ("opportunity", "Proposal sent"))
        self.assertEqual(qualified.user_id, self.jonas)
        converted = self.by_xmlid("leads_ld_00004")
        self.assertEqual((converted.type, converted.stage_id, converted.probability), ("opportunity", won, 100.0))
        lost = self.by_xmlid("leads_ld_00005")
        self.assertEqual((lost.active, lost.probability, lost.type), (False, 0.0, "opportunity"))

        # proposals -> HTML document on the customer/lead + a note with the facts
        proposal = self.by_xmlid("proposals_prp_00001")
        self.assertEqual(proposal._name, "ir.attachment")
        self.assertEqual((proposal.name, proposal.mimetype), ("Ponudba: Google Ads kampanja.html", "text/html"))
        self.assertEqual((proposal.res_model, proposal.res_id), ("res.partner", self.by_xmlid("customers_cus_00009").id))
        self.assertIn("Spoštovani Emma Bauer", proposal.raw.decode())
        note = self.by_xmlid("proposals_prp_00001_note")
        self.assertEqual((note.model, note.res_id), ("res.partner", proposal.res_id))
        self.assertEqual(note.attachment_ids, proposal)
        self.assertIn("15811.04 EUR", str(note.body))
        self.assertEqual(str(note.date), "2023-10-08 21:02:00", "a draft proposal is dated when it was created")

        # appointments -> calendar events with the invitee as attendee
        event = self.by_xmlid("appointments_apt_00001")
        self.assertEqual(event.name, "Beratungsgespräch vor Ort: Jonas Novak")
        self.assertEqual((str(event.start), str(event.stop)), ("2023-04-29 10:00:00", "2023-04-29 10:45:00"))
        self.assertEqual(event.location, "Trubarjeva cesta 12, Ljubljana")
        self.assertEqual(event.opportunity_id, self.by_xmlid("leads_ld_00010"))
        self.assertEqual(event.user_id, self.zuzek)
        invitee = event.partner_ids - self.zuzek.partner_id
        self.assertEqual((invitee.name, invitee.email), ("Jonas Novak", "jonas.novak.10@backerei-schroder.example"))
        self.assertTrue(run.ledger_ids.filtered(lambda e: e.res_model == "res.partner" and e.res_id == invitee.id),
                        "a created invitee is in the ledger")
        self.assertIn("status: scheduled", str(event.description))
        self.assertEqual(len(run.staging_ids.filtered(lambda s: s.object_name == "appointments" and s.state == "imported")), 10)

        # activities: call -> message with original date/author, meeting -> event, open task -> activity
        call = self.by_xmlid("activities_act_00001")
        self.assertEqual((call._name, call.model, call.res_id), ("mail.message", "crm.lead", self.by_xmlid("leads_ld_00022").id))
        self.assertEqual(str(call.date), "2023-01-10 07:20:00")
        self.assertEqual(call.author_id, self.jonas.partner_id)
        self.assertIn("15 min", str(call.body))
        meeting = self.by_xmlid("activities_act_00003_event")
        self.assertEqual(meeting._name, "calendar.event")
        self.assertEqual(str(meeting.start), "2024-05-14 17:18:00")
        self.assertIn(self.jonas.partner_id, meeting.partner_ids)
        done_task = self.by_xmlid("activities_act_00004")
        self.assertEqual(done_task._name, "mail.message", "a done task is history: a message")
        open_tasks = run.staging_ids.filtered(lambda s: s.object_name == "activities" and s.res_model == "mail.activity")
        self.assertTrue(open_tasks)
        activity = env["mail.activity"].browse(open_tasks[0].res_id)
        self.assertEqual(activity.res_model, "crm.lead" if open_tasks[0]._values()["related_kind"] == "lead" else "res.partner")
        customer_note = run.staging_ids.filtered(
            lambda s: s.object_name == "activities" and s._values().get("related_kind") == "customer")[:1]
        self.assertEqual(env[customer_note.res_model].browse(customer_note.res_id).model, "res.partner")

        # documents -> attachments downloaded through the API, original name and type
        pdf = self.by_xmlid("documents_doc_00001")
        self.assertEqual((pdf.name, pdf.mimetype), ("Pogodba Zobna ambulanta Horvat.pdf", "application/pdf"))
        self.assertEqual((pdf.res_model, pdf.res_id), ("crm.lead", self.by_xmlid("leads_ld_00003").id))
        self.assertTrue(pdf.raw.startswith(b"%PDF"))
        text = self.by_xmlid("documents_doc_00002")
        self.assertEqual(text.name, "Zapisnik sestanka – Jürgen Novak.txt")
        self.assertIn("Udeleženci", text.raw.decode())
        self.assertEqual(text.res_model, "res.partner")
        on_proposal = self.by_xmlid("documents_doc_00003")
        proposal_8 = self.by_xmlid("proposals_prp_00008")
        self.assertEqual((on_proposal.res_model, on_proposal.res_id), (proposal_8.res_model, proposal_8.res_id),
                         "a proposal's document goes where the proposal went")
        downloads = [r for r in self.server.requests if r["path"].endswith("/download")]
        self.assertEqual(len(downloads), 8)

        # invoices -> account.move with lines, taxes by rate, currency, state, payments, recurrence
        draft = self.by_xmlid("invoices_inv_00001")
        self.assertEqual((draft.move_type, draft.state, draft.name, draft.ref), ("out_invoice", "draft", "INV-2024-0001", "INV-2024-0001"))
        self.assertEqual(draft.partner_id, self.by_xmlid("customers_cus_00014"))
        self.assertEqual(draft.currency_id.name, "EUR")
        self.assertTrue(draft.currency_id.active, "the invoice currency was activated")
        self.assertEqual((str(draft.invoice_date), str(draft.invoice_date_due)), ("2024-05-20", "2024-05-28"))
        lines = draft.invoice_line_ids.sorted("sequence")
        self.assertEqual(lines.mapped("name"), ["Beratung (Stunden)", "Social media management", "SEO optimizacija (mesečno)"])
        self.assertEqual(lines.mapped("quantity"), [1.0, 2.0, 10.0])
        self.assertEqual(lines.mapped("price_unit"), [669.34, 566.25, 2265.95])
        self.assertEqual(lines.mapped("discount"), [0.0, 0.0, 10.0])
        self.assertEqual([line.tax_ids.amount for line in lines], [22.0, 9.5, 22.0])
        self.assertAlmostEqual(draft.amount_total, 26936.81, delta=0.02)
        tax22 = lines[0].tax_ids
        self.assertEqual((tax22.type_tax_use, tax22.amount_type, tax22.name), ("sale", "percent", "22%"))
        self.assertTrue(tax22.invoice_repartition_line_ids.filtered(lambda r: r.repartition_type == "tax").account_id,
                        "a created tax books on the accounts of the company's sale tax")
        self.assertEqual(sorted(run.inventory_ids.filtered(lambda i: i.category == "tax").mapped("name")), ["22%", "9.5%"])
        self.assertIn("Sale tax 22% created", run.log)
        zero = self.by_xmlid("invoices_inv_00003").invoice_line_ids.tax_ids
        self.assertEqual(zero.mapped("amount"), [0.0], "an existing tax of the rate is reused")
        self.assertEqual(len(env["account.tax"].search([("type_tax_use", "=", "sale"), ("amount", "=", 22.0)])), 1)
        sent = self.by_xmlid("invoices_inv_00002")
        self.assertEqual((sent.state, sent.payment_state, sent.currency_id.name, sent.name), ("posted", "not_paid", "USD", "INV-2023-0002"))
        paid = self.by_xmlid("invoices_inv_00003")
        self.assertEqual(paid.state, "posted")
        self.assertIn(paid.payment_state, ("paid", "in_payment"))
        payment = self.by_xmlid("invoices_inv_00003_payment_1")
        self.assertEqual(payment._name, "account.payment")
        self.assertEqual(str(payment.date), self.server.data.find("invoices", "inv_00003")["due_date"])
        partial = self.by_xmlid("invoices_inv_00004")
        self.assertEqual(partial.payment_state, "partial")
        self.assertAlmostEqual(partial.amount_total - partial.amount_residual, 2535.50, places=2)
        self.assertEqual(json.loads(partial.x_cji_recurrence), {"interval": "month", "every": 1, "next_date": "2024-03-06"})
        self.assertFalse(sent.x_cji_recurrence)
        self.assertEqual(self.by_xmlid("invoices_inv_00005").state, "posted")
        self.assertEqual(self.by_xmlid("invoices_inv_00006").state, "cancel", "void -> cancelled")

        # configuration objects -> the written inventory with a recommendation
        inventory = run.inventory_ids
        counts = {category: len(inventory.filtered(lambda i, c=category: i.category == c))
                  for category in ("booking_page", "template", "sequence", "form", "portal", "esign")}
        self.assertEqual(counts, {"booking_page": 3, "template": 3, "sequence": 2, "form": 2, "portal": 1, "esign": 4})
        template = inventory.filtered(lambda i: i.name == "Invoice EN")
        self.assertIn("invoice.due_date -> object.invoice_date_due", template.details)
        self.assertIn("QWeb", template.recommendation)
        sequence = inventory.filtered(lambda i: i.name == "Nurture new leads")
        self.assertIn("after 3 day(s): Case study", sequence.details)
        self.assertIn("mail.template", sequence.recommendation)
        self.assertIn("ir.actions.server", sequence.recommendation)
        form = inventory.filtered(lambda i: i.name == "Newsletter signup")
        self.assertIn("lead.custom_fields.industry -> crm.lead.x_cji_industry_panoga", form.details)
        self.assertIn("website.form", form.recommendation)
        portal = inventory.filtered(lambda i: i.category == "portal")
        self.assertIn("portal.agencija-zuzek.si", portal.name)
        self.assertIn("Website", portal.recommendation)
        self.assertIn("by hand", inventory.filtered(lambda i: i.category == "esign")[:1].recommendation)
        page = inventory.filtered(lambda i: i.name == "Strategy session")
        self.assertIn("Duration: 60 min", page.details)
        self.assertIn("mon 09:00-16:00", page.details)
        # nothing leaked: no invitation mails, no API key in the log
        self.assertFalse(env["mail.mail"].search([("model", "=", "calendar.event")]))
        self.assertNotIn(API_KEY, run.log)

    def test_contract_overrides_of_the_connection(self):
        overrides = {"endpoints": {"leads": "crm/leads"}, "field_names": {"leads": {"email": "email_address"}},
                     "auth_scheme": "Token"}
        with SandboxServer(api_key=API_KEY, contract=build_contract(overrides)) as server:
            backend = self.make_backend(server, contract_overrides=json.dumps(overrides))
            run = self.pull(backend)
            self.assertEqual(run.state, "staged", run.error_message)
            self.assertIn("/crm/leads", [r["path"] for r in server.requests])
        lead = self.record(run, "leads", "ld_00001")[1]
        self.assertEqual(lead._values()["email"], "ziga.zupancic.1@mizarstvo-kovacic-s-p.example")
        backend.contract_overrides = '{"endpoints": '
        self.assert_clear_failure(backend, "contract overrides", "not valid JSON")

    # ------------------------------------------------------------------ API failures
    def test_plan_error_is_a_clear_run_error(self):
        with SandboxServer(api_key=API_KEY, plan="starter") as starter:
            self.assert_clear_failure(self.make_backend(starter), "403", "Agency plan", "CSV", "Upload Intrix exports")

    def test_bad_key_is_a_clear_run_error(self):
        message = self.assert_clear_failure(self.make_backend(self.server, api_key="wrong-key"), "401", "API key")
        self.assertNotIn("wrong-key", message)

    def test_rate_limits_and_server_errors_are_retried(self):
        self.server.faults.update(rate_limit_every=4, error_every=7, error_status=503)
        run = self.pull()
        self.assertEqual(run.state, "staged", run.error_message)
        statuses = [r["status"] for r in self.server.requests]
        self.assertIn(429, statuses)
        self.assertIn(503, statuses)
        self.assertEqual(sum(run.phase_ids.mapped("source_rows")), 203)
        self.assertEqual(len(run.staging_ids.filtered(lambda s: s.object_name == "leads")), 30)

    def test_bad_json_after_retries_is_a_clear_run_error(self):
        self.server.script("/leads", [500, 429, "badjson"])
        self.assert_clear_failure(self.backend, "unexpected answer", "malformed JSON", "/leads")
        self.assertEqual([r["status"] for r in self.server.requests if r["path"] == "/leads"], [500, 429, 200])

    def test_transient_errors_beyond_the_retries_are_a_clear_run_error(self):
        self.server.script("/invoices", [502, 502, 502, 502])
        self.assert_clear_failure(self.backend, "HTTP 502", "try again later")

    def test_missing_document_file_is_a_record_error(self):
        self.server.data.records("documents")  # the sandbox makes its documents on first use
        content = self.server.data.files.pop("doc_00002")
        try:
            run = self.import_clientjoy()
        finally:
            self.server.data.files["doc_00002"] = content
        _doc, staging = self.record(run, "documents", "doc_00002")
        self.assertEqual(staging.state, "error")
        self.assertIn("404", staging.message)
        self.assertEqual(self.record(run, "documents", "doc_00001")[1].state, "imported")
        self.assertTrue(run.phase_ids.filtered(lambda p: p.object_name == "documents").reconciled)

    # ------------------------------------------------------------------ accounting set-up
    def test_without_sales_journal_invoices_say_what_is_missing(self):
        self.env["account.journal"].search([("type", "=", "sale")]).action_archive()
        run = self.import_clientjoy()
        invoices = run.staging_ids.filtered(lambda s: s.object_name == "invoices")
        self.assertEqual(set(invoices.mapped("state")), {"error"})
        self.assertIn("no sales journal", invoices[0].message)
        self.assertIn("chart of accounts", invoices[0].message)
        self.assertTrue(run.phase_ids.filtered(lambda p: p.object_name == "invoices").reconciled)
        self.assertEqual(self.record(run, "leads", "ld_00001")[1].state, "imported", "the rest is imported")

    def test_without_bank_journal_payments_are_left_as_a_note(self):
        self.env["account.journal"].search([("type", "in", ("bank", "cash"))]).action_archive()
        run = self.import_clientjoy()
        invoice, staging = self.record(run, "invoices", "inv_00003")
        self.assertEqual((staging.state, invoice.state, invoice.payment_state), ("imported", "posted", "not_paid"))
        self.assertIn("not registered", staging.message)
        self.assertIn("bank or cash journal", staging.message)
        self.assertIn("INV-2025-0003", run.log)
        self.assertFalse(self.env["account.payment"].search_count([]))

    # ------------------------------------------------------------------ delta, re-run, rollback
    def test_delta_run_updates_only_touched_records_and_rolls_back_alone(self):
        with SandboxServer(seed=1, scale=1, api_key=API_KEY, faults={"retry_after": 0}) as server:
            backend = self.make_backend(server)
            with self.assertRaisesRegex(UserError, "full import"):
                backend.action_delta_run()
            run1 = self.import_clientjoy(backend)
            lead = self.by_xmlid("leads_ld_00001")
            customer = self.by_xmlid("customers_cus_00002")
            invoice = self.by_xmlid("invoices_inv_00002")
            untouched = self.by_xmlid("leads_ld_00002")
            self.assertEqual((lead.city, lead.x_cji_score, invoice.payment_state), ("München", 61.0, "not_paid"))
            leads_before = self.env["crm.lead"].with_context(active_test=False).search_count([])
            runs = self.env["clientjoy.intrix.run"].search([])
            nothing = backend.action_delta_run()
            self.assertEqual((nothing["tag"], nothing["params"]["type"]), ("display_notification", "info"))
            self.assertIn("Nothing changed in Clientjoy since", nothing["params"]["message"])
            self.assertEqual(self.env["clientjoy.intrix.run"].search([]), runs, "an empty delta keeps no run")
            total = server.data.find("invoices", "inv_00002")["total"]
            server.touch("leads", "ld_00001", city="Kranj", score=77, status="qualified", stage_id="stg_00003")
            server.touch("customers", "cus_00002", phone="+386 40 111 222")
            server.touch("invoices", "inv_00002", status="paid", amount_paid=total)
            posted = self.by_xmlid("invoices_inv_00005")
            lines_of = lambda move: [(l.name, l.quantity, l.price_unit, l.discount, l.tax_ids.ids)  # noqa: E731
                                     for l in move.invoice_line_ids.sorted(lambda l: (l.sequence, l.id))]
            posted_before = (posted.state, posted.amount_total, lines_of(posted))
            items = [dict(item) for item in server.data.find("invoices", "inv_00005")["line_items"]]
            items[0]["quantity"] = "3"
            items.append({"description": "Extra hosting", "quantity": "1", "unit_price": "100.00", "tax_rate": "22",
                          "discount": "0"})
            server.touch("invoices", "inv_00005", line_items=items)
            server.add("leads", {"name": "Nova stranka – SEO paket", "first_name": "Eva", "last_name": "Kos",
                                 "email": "eva.kos@example.si", "status": "new", "pipeline_id": "pl_00001",
                                 "stage_id": "stg_00001", "value": "1200.00", "currency": "USD", "score": 10,
                                 "owner_id": "usr_00001", "tags": [], "custom_fields": {"industry": "IT"}})
            server.reset()

            run2 = self.import_clientjoy(backend, delta=True)
            self.assertEqual(run2.previous_run_id, run1)
            self.assertEqual(run2.updated_since, run1.date_start)
            since = [r["query"].get("updated_since") for r in server.requests if r["path"] == "/leads"]
            self.assertEqual(since, [run1.date_start.strftime("%Y-%m-%dT%H:%M:%SZ")])
            staged = {(s.object_name, s.external_id) for s in run2.staging_ids}
            self.assertEqual(staged, {("leads", "ld_00001"), ("leads", "ld_00031"), ("customers", "cus_00002"),
                                      ("invoices", "inv_00002"), ("invoices", "inv_00005")})
            self.assertFalse(run2.staging_ids.filtered(lambda s: s.state == "error"),
                             run2.staging_ids.filtered(lambda s: s.state == "error").mapped("message"))
            # a posted invoice whose lines changed: back to draft, lines rewritten, posted again
            self.assertEqual(self.by_xmlid("invoices_inv_00005"), posted)
            self.assertEqual(posted.state, "posted")
            self.assertEqual(len(posted.invoice_line_ids), len(posted_before[2]) + 1)
            self.assertEqual(lines_of(posted)[0][1], 3.0)
            self.assertEqual(lines_of(posted)[-1][:3], ("Extra hosting", 1.0, 100.0))
            self.assertGreater(posted.amount_total, posted_before[1])
            # updated in place (same records), only the touched ones
            self.assertEqual(self.by_xmlid("leads_ld_00001"), lead)
            self.assertEqual((lead.city, lead.x_cji_score, lead.type, lead.stage_id.name), ("Kranj", 77.0, "opportunity", "Proposal sent"))
            self.assertEqual(customer.phone, "+386 40 111 222")
            self.assertEqual(invoice.state, "posted")
            self.assertIn(invoice.payment_state, ("paid", "in_payment"))
            new_lead = self.by_xmlid("leads_ld_00031")
            self.assertEqual((new_lead.name, new_lead.x_cji_industry_panoga), ("Nova stranka – SEO paket", "it"))
            self.assertEqual(self.env["crm.lead"].with_context(active_test=False).search_count([]), leads_before + 1)
            touched = {(e.res_model, e.res_id) for e in run2.ledger_ids}
            self.assertNotIn(("crm.lead", untouched.id), touched)
            self.assertIn(("crm.lead", lead.id), touched)
            # (what Odoo creates on the side of these, e.g. the payments' moves, is in the ledger as side effects)
            self.assertEqual(set(run2.ledger_ids.filtered(lambda e: e.operation == "create" and not e.side_effect)
                                 .mapped("res_model")),
                             {"crm.lead", "account.payment", "account.move.line"})
            # the first run cannot be rolled back under the delta; the delta rolls back on its own
            with self.assertRaisesRegex(UserError, run2.name):
                run1.action_rollback()
            run2.action_rollback()
            self.assertEqual(run2.state, "rolled_back")
            self.assertEqual((lead.city, lead.x_cji_score, lead.type, lead.stage_id.name), ("München", 61.0, "lead", "New"))
            self.assertFalse(customer.phone)
            self.assertEqual((invoice.state, invoice.payment_state), ("posted", "not_paid"))
            self.assertEqual((posted.state, posted.amount_total, lines_of(posted)), posted_before)
            self.assertFalse(new_lead.exists())
            self.assertEqual(self.env["crm.lead"].with_context(active_test=False).search_count([]), leads_before)
            self.assertEqual(run1.state, "done")
            run1.action_rollback()
            self.assertFalse(lead.exists())
            self.assertFalse(invoice.exists())

    def test_full_rollback_restores_the_database_exactly(self):
        self.env["res.partner"].create({"name": "Existing Ltd", "is_company": True})
        before = self.snapshot()
        self.assertEqual(before[0]["active currencies"], ["USD"])
        run = self.import_clientjoy()
        self.assertNotEqual(self.snapshot(), before)
        run.action_rollback()
        self.assertEqual(run.state, "rolled_back")
        after = self.snapshot()
        self.assertEqual(after[0], before[0])
        self.assertEqual(after[1], before[1], "custom fields (x_cji_*, x_cji_recurrence) are gone")
        self.assertEqual(set(run.staging_ids.mapped("state")) - {"skipped"}, {"rolled_back"})
        self.assertFalse(self.env["ir.model.data"].search_count([("module", "=", "clientjoy_import")]))

    def test_rerun_changes_nothing(self):
        self.import_clientjoy()
        before = self.snapshot()
        run2 = self.import_clientjoy()
        self.assertEqual(self.snapshot()[0], before[0], "a second full run creates nothing")
        # only the stages of Odoo it reuses again (said in its ledger, never written)
        changes = run2.ledger_ids.filtered(lambda e: e.operation != "match")
        self.assertFalse(changes, "and updates nothing: %s" % [
            (e.res_model, e.staging_id.external_id, e.previous_values) for e in changes[:10]])
        self.assertEqual(run2.staging_ids.filtered(lambda s: s.state == "error"), run2.staging_ids.browse())

    def test_background_jobs(self):
        backend = self.make_backend(self.server, use_jobs=True, chunk_size=7)
        run = self.pull(backend)
        run.action_confirm_map()
        with trap_jobs() as trap:
            run.action_import()
            perform_all_jobs(self, trap)
        self.assertEqual(run.state, "done", run.error_message)
        self.assertTrue(all(run.phase_ids.mapped("reconciled")))
        self.assertEqual(len(self.env["ir.attachment"].search([("res_model", "in", ("crm.lead", "res.partner")),
                                                               ("name", "like", "Pogodba")])), 4)
        self.assertEqual(self.by_xmlid("invoices_inv_00004").payment_state, "partial")

    def test_lead_value_in_another_currency(self):
        """Without a choice the value is kept and the staging record says so; converted at the admin's rate
        when chosen (never at a rate nobody chose: tests/test_after_import.py)."""
        lead = self.server.data.find("leads", "ld_00001")
        self.assertEqual(lead["currency"], "EUR")
        eur = self.env.ref("base.EUR")
        self.env["res.currency.rate"].create({"currency_id": eur.id, "name": "2000-01-01", "rate": 0.5,
                                             "company_id": self.env.company.id})
        run = self.import_clientjoy()
        staging = run.staging_ids.filtered(lambda s: s.external_id == "ld_00001")
        self.assertIn("Value in EUR kept as it is", staging.message)
        self.assertEqual(self.by_xmlid("leads_ld_00001").expected_revenue, float(lead["value"]))
        self.server.touch("leads", "ld_00001", score=12)
        run2 = self.pull(delta=True)
        self.assertEqual(run2.currency_ids.rate, 2.0, "Odoo's rate is proposed")
        run2.currency_ids.decision = "convert"
        run2.action_confirm_map()
        run2.action_import()
        self.assertEqual(run2.state, "done", run2.error_message)
        staging = run2.staging_ids.filtered(lambda s: s.external_id == "ld_00001")
        self.assertIn("converted to USD at your rate (1 EUR = 2 USD)", staging.message)
        self.assertAlmostEqual(self.by_xmlid("leads_ld_00001").expected_revenue, float(lead["value"]) * 2, places=1)
