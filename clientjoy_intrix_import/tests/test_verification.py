"""Every standard and custom field arrives verified.

* every target key of every entity declares where it lands, and a value put in each key is read back
  from there (the key walk: one run per source with a value in every key);
* a column mapped to a key no importer writes is refused at *Confirm field map*;
* a clean Intrix run and a clean Clientjoy run verify with 0 mismatches, counted at the source;
* a value changed behind the importer's back, or normalised by Odoo, is a mismatch on the staging
  record, on its phase (not reconciled) and in the completion report.
"""
import base64
import datetime
import json
from unittest import mock

from lxml import etree

from odoo.exceptions import UserError
from odoo.tests import tagged
from odoo.tools.safe_eval import safe_eval

from ..importers import ImportContext
from ..importers.verify import LANDINGS, VerifyContext, landing, verify_record
from ..lib.targets import ENTITIES, K
from ..models import import_run_verify as run_verify
from ..models.import_run_mapping import _json_default
from .clientjoy_sandbox import SandboxServer
from .common import SANDBOX_OWNERS, IntrixCase, create_users, sample_files

API_KEY = "cj-verify-test-KEY-7c1f"


def _day(text):
    return datetime.date.fromisoformat(text)


def _moment(text):
    return datetime.datetime.fromisoformat(text)


@tagged("post_install", "-at_install")
class TestVerification(IntrixCase):

    # ------------------------------------------------------------------ helpers
    def _direct_run(self, source, objects, files=(), **vals):
        """A run whose staging records carry the given mapped values, as if read and mapped.

        ``objects`` = [(object name, [values])]; every key present gets a confirmed map line onto its
        target key (custom ``x_`` keys a new-field line), so the import creates what the map asks for.
        """
        run = self.env["clientjoy.intrix.run"].create(dict(
            {"source": source, "fallback_user_id": self.env.ref("base.user_admin").id}, **vals))
        for name, content in files:
            self.env["clientjoy.intrix.file"].create({
                "run_id": run.id, "name": name, "kind": "blob", "data": base64.b64encode(content)})
        adapter = run._get_adapter()
        Staging = self.env["clientjoy.intrix.staging"]
        Target = self.env["clientjoy.intrix.target"]
        Target._sync_targets()
        for object_name, rows in objects:
            obj = adapter.object(object_name)
            sequence = 10 * (adapter.objects.index(obj) + 1)
            Staging._bulk_insert(run, [(object_name, sequence, obj.entity, line, json.dumps(row, default=_json_default))
                                       for line, row in enumerate(rows, start=1)])
            stagings = Staging.search([("run_id", "=", run.id), ("object_name", "=", object_name)], order="sequence")
            stagings._bulk_update([
                (staging.id, json.dumps(row, default=_json_default), str(row.get("ref") or "%s%s" % (object_name, line)),
                 str(row.get("name") or row.get("subject") or line), "valid")
                for line, (staging, row) in enumerate(zip(stagings, rows), start=1)],
                ("values", "external_id", "name", "state"))
            keys = list(dict.fromkeys(key for row in rows for key in row))
            self.env["clientjoy.intrix.field.map"].create([dict({
                "run_id": run.id, "object_name": object_name, "object_sequence": sequence, "entity": obj.entity,
                "sequence": position, "source_column": key, "confirmed": True,
            }, **({"action": "new_field", "new_field_name": key, "new_field_type": "char"} if key.startswith("x_") else
                  {"action": "map", "target_id": Target._get(obj.entity, key).id}))
                for position, key in enumerate(k for k in keys if k.startswith("x_") or ENTITIES[obj.entity].key(k))])
            self.env["clientjoy.intrix.phase"].create({
                "run_id": run.id, "sequence": sequence, "object_name": object_name, "name": obj.label,
                "entity": obj.entity, "target_model": obj.model or adapter.entity_model(obj.entity),
                "source_rows": len(rows), "staged": len(rows), "source_evidence": "test rows"})
        run._reconcile_owners()
        run.state = "ready"
        return run

    def _walk(self, run):
        """{(entity, key)} compared and [(entity, ref, key, expected, found)] mismatching, over the run."""
        ctx = ImportContext(run)
        vc = VerifyContext(run, ctx)
        compared, mismatches = set(), []
        for staging in run.staging_ids:
            values = staging._values()
            record = run._verify_target(ctx, staging, values, {
                staging.res_model: {staging.res_id: ctx.env[staging.res_model].browse(staging.res_id)}}
                if staging.res_model else {})
            self.assertTrue(record, "%s %s: %s (%s)" % (staging.object_name, staging.external_id, staging.state,
                                                        staging.message))
            bad, keys = verify_record(vc, staging, record, values)
            compared.update((staging.entity, key) for key in keys)
            mismatches += [(staging.entity, staging.external_id) + item for item in bad]
        return compared, mismatches

    def _phases(self, run):
        return {phase.object_name: phase for phase in run.phase_ids}

    # ------------------------------------------------------------------ every key lands where declared
    def test_every_key_declares_where_it_lands(self):
        undeclared = [(name, key.key) for name, entity in ENTITIES.items() for key in entity.keys
                      if not landing(name, key.key)]
        self.assertEqual(undeclared, [], "every target key says where it lands and how it is read back")
        unknown = [(name, key) for name, keys in LANDINGS.items() for key in keys
                   if name not in ENTITIES or not ENTITIES[name].key(key)]
        self.assertEqual(unknown, [], "no landing for a key that does not exist")

    def test_key_walk(self):
        """A value in every key of every entity lands where its key declares (both sources)."""
        ana = "ana.novak@example.si"
        currency = self.env.company.currency_id.name
        intrix = self._direct_run("intrix", [
            ("custom_fields", [{"object": "Clients", "name": "Walk level", "type": "dropdown",
                                "options": ["Gold", "Silver"]}]),
            ("users", [{"ref": "U1", "name": "Ana Novak", "email": ana, "active": True, "role": "Sales"}]),
            ("pipeline_stages", [
                {"pipeline": "Walk pipeline", "name": "Walk open", "sequence": 1, "probability": 10.0},
                {"pipeline": "Walk pipeline", "name": "Walk won", "sequence": 3, "probability": 100.0, "is_won": True},
                {"pipeline": "Walk pipeline", "name": "Walk lost", "sequence": 4, "probability": 0.0, "is_won": False,
                 "is_lost": True}]),
            ("clients", [{
                "ref": "C1", "name": "Walk Company", "industry": "Walk industry", "email": "info@walk.example.com",
                "phone": "+386 1 234 5678", "website": "https://walk.example.com", "street": "Walk street 1",
                "city": "Walk city", "zip": "1000", "state": "CA", "country": "US", "vat": "SI12345678",
                "owner_email": ana, "created": _day("2023-02-03"), "description": "Walk notes",
                "x_cji_walk_level": "Gold"}]),
            ("contacts", [
                {"ref": "P1", "parent_ref": "C1", "title": "Mrs.", "first_name": "Walk", "last_name": "Person",
                 "name": "Walk Person", "email": "walk.person@walk.example.com", "phone": "+386 41 111 222",
                 "function": "CEO", "owner_email": ana, "description": "Person notes"},
                {"ref": "P2", "name": "Free Person", "street": "Own street 2", "city": "Own city", "zip": "2000",
                 "country": "SI"}]),
            ("opportunities", [{
                "ref": "O1", "name": "Walk deal", "partner_ref": "C1", "contact_ref": "P1", "pipeline": "Walk pipeline",
                "stage": "Walk open", "expected_revenue": 1234.5, "currency": currency,
                "date_deadline": _day("2030-03-31"), "owner_email": ana, "description": "Deal notes",
                "contact_name": "Walk", "last_name": "Person", "partner_name": "Walk Company",
                "email": "walk.person@walk.example.com", "phone": "+386 41 111 222", "street": "Walk street 1",
                "city": "Walk city", "zip": "1000", "country": "US", "source": "Web", "score": 42.0,
                "status": "qualified", "tags": ["walk", "vip"], "created": _moment("2023-04-05 06:07:08")}]),
            ("projects", [{"ref": "PR1", "name": "Walk project", "partner_ref": "C1", "date": _day("2030-06-30"),
                           "owner_email": ana, "description": "Project notes"}]),
            ("tasks", [
                {"ref": "T1", "project_ref": "PR1", "name": "Walk task", "assignee_email": ana, "status": "done",
                 "date_deadline": _day("2030-05-31"), "description": "Task notes"},
                {"ref": "T2", "project_ref": "PR1", "name": "Walk subtask", "depends_on": ["T1"], "parent_ref": "T1"}]),
            ("activities", [
                {"ref": "A1", "type": "Call", "subject": "Walk call", "body": "Call notes", "related_kind": "Client",
                 "related_ref": "C1", "owner_email": ana, "date": _moment("2024-02-05 10:30:00"), "duration": 25.0,
                 "attendees": [ana], "status": "done", "due_date": _day("2024-02-06"), "direction": "in"},
                {"ref": "A2", "type": "Meeting", "subject": "Walk meeting", "related_kind": "Opportunity",
                 "related_ref": "O1", "owner_email": ana, "date": _moment("2024-02-12 14:00:00"),
                 "end": _moment("2024-02-12 15:30:00")},
                {"ref": "A3", "type": "Task", "subject": "Walk to-do", "body": "To-do notes", "related_kind": "Opportunity",
                 "related_ref": "O1", "owner_email": ana, "date": _moment("2030-01-01 09:00:00"), "status": "open",
                 "due_date": _day("2030-01-15")}]),
            ("attachments", [{"ref": "AT1", "related_kind": "Client", "related_ref": "C1", "name": "walk.txt",
                              "path": "walk.txt", "mimetype": "text/plain"}]),
            ("working_hours", [{"ref": "W1", "employee_email": ana, "project_ref": "PR1", "task_ref": "T1",
                                "date": _day("2024-02-07"), "hours": 2.5, "name": "Walk work"}]),
            ("support_tickets", [{"ref": "S1", "partner_ref": "C1", "name": "Walk ticket", "description": "Ticket notes",
                                  "status": "Open", "assignee_email": ana, "created": _day("2024-07-20"),
                                  "priority": "High"}]),
            ("integrations", [{"name": "Walk integration", "status": "active", "notes": "Walk sync"}]),
        ], files=[("walk.txt", b"walk content")])
        intrix.action_import()
        self.assertEqual(intrix.state, "done", intrix.error_message)

        clientjoy = self._direct_run("clientjoy", [
            ("customers", [
                {"ref": "K1", "type": "company", "name": "Walk Customer", "company_name": "Walk Customer",
                 "contact_name": "Walk Contact", "email": "contact@walkcustomer.example.com", "phone": "+1 555 0100",
                 "website": "https://walkcustomer.example.com", "street": "1 Walk Way", "city": "Walkville",
                 "zip": "94000", "state": "California", "country": "US", "vat": "US123", "owner_email": ana,
                 "description": "Customer notes"},
                {"ref": "K2", "type": "individual", "name": "Walk Individual", "company_name": "Indie Co",
                 "contact_name": "Walk Individual", "email": "indie@walk.example.com"}]),
            ("leads", [{"ref": "L1", "name": "Walk lead", "status": "qualified", "type": "opportunity"}]),
            ("proposals", [
                {"ref": "PP1", "name": "Walk proposal", "lead_ref": "L1", "status": "accepted", "amount": 100.0,
                 "currency": "EUR", "sent_at": _moment("2024-03-01 10:00:00"),
                 "accepted_at": _moment("2024-03-02 11:00:00"), "content_html": "<p>Dear customer</p>"},
                {"ref": "PP2", "name": "Draft proposal", "customer_ref": "K1", "status": "draft",
                 "created": _moment("2024-03-03 12:00:00")}]),
            ("appointments", [
                {"ref": "AP1", "booking_page": "Walk page", "invitee_name": "Ina Invitee",
                 "invitee_email": "ina@walk.example.com", "start": _moment("2024-04-01 09:00:00"),
                 "stop": _moment("2024-04-01 09:45:00"), "status": "cancelled", "location": "Room 1",
                 "meeting_link": "https://meet.example.com/walk", "lead_ref": "L1", "owner_email": ana},
                {"ref": "AP2", "booking_page": "Walk page", "start": _moment("2024-04-02 09:00:00"),
                 "customer_ref": "K1"}]),
            ("invoices", [{
                "ref": "IV1", "number": "INV-2024-0001", "customer_ref": "K1", "invoice_date": _day("2024-01-10"),
                "due_date": _day("2024-02-10"), "currency": currency, "status": "paid",
                "lines": [{"description": "Walk work", "quantity": "2", "unit_price": "50.00", "tax_rate": "15",
                           "discount": "0"}],
                "total": 115.0, "amount_paid": 115.0, "recurring_interval": "month", "recurring_every": 1,
                "recurring_next_date": _day("2024-02-10")}]),
        ])
        clientjoy.action_import()
        self.assertEqual(clientjoy.state, "done", clientjoy.error_message)

        compared, mismatches = set(), []
        for run in (intrix, clientjoy):
            run_compared, run_mismatches = self._walk(run)
            compared |= run_compared
            mismatches += run_mismatches
            self.assertEqual(run.verify_mismatches, len(run_mismatches), "the run counts what the walk finds")
        self.assertEqual(mismatches, [], "every value lands as staged")
        missing = [(name, key.key) for name, entity in ENTITIES.items() for key in entity.keys
                   if (name, key.key) not in compared]
        self.assertEqual(missing, [], "every key of every entity was written and read back")
        self.assertIn(("partner_company", "x_cji_walk_level"), compared, "custom fields are verified too")

    # ------------------------------------------------------------------ nothing mapped is dropped
    def test_confirm_refuses_a_column_mapped_to_a_key_nobody_writes(self):
        run = self.make_run(sample_files("clients.csv", "users.csv"))
        line = run.map_ids.filtered(lambda m: m.object_name == "clients" and m.source_column == "City")
        extra = K("walk_nowhere", "Nowhere", "written by no importer")
        entity = ENTITIES["partner_company"]
        with mock.patch.dict(ENTITIES, {"partner_company": type(entity)(
                entity.name, entity.label, entity.model, entity.keys + (extra,))}):
            self.env["clientjoy.intrix.target"]._sync_targets()
            line.target_id = self.env["clientjoy.intrix.target"]._get("partner_company", "walk_nowhere")
            with self.assertRaisesRegex(UserError, r"clients\.City -> Nowhere"):
                run.action_confirm_map()
        self.assertFalse(line.confirmed)
        line.action = "ignore"
        run.action_confirm_map()
        self.assertTrue(all(run.map_ids.mapped("confirmed")))

    def test_created_date_lands_as_a_chatter_note(self):
        run = self.import_run(sample_files("clients.csv", "users.csv"))
        c1, staging = self.record(run, "clients", "C1")
        note = self.env.ref("intrix_import.c%d_clients_c1_created" % run.company_id.id)
        self.assertEqual((note.model, note.res_id), ("res.partner", c1.id))
        self.assertIn("2023-02-03", note.body)
        self.assertFalse(staging.verify_mismatch, staging.verify_message)
        run.action_rollback()
        self.assertFalse(note.exists(), "the note goes with the rollback")

    # ------------------------------------------------------------------ clean runs
    def test_clean_intrix_run_verifies(self):
        run = self.import_run()
        mismatching = run.staging_ids.filtered("verify_mismatch")
        self.assertEqual(run.verify_mismatches, 0, "\n".join(
            "%s %s: %s" % (s.object_name, s.external_id, s.verify_message) for s in mismatching))
        self.assertTrue(run.verify_date)
        phases = self._phases(run)
        self.assertEqual(phases["clients"].source_evidence, "data lines of clients.csv (csv module)")
        self.assertEqual(phases["clients"].verified, 3)
        self.assertGreater(phases["clients"].verified_values, 20)
        for phase in run.phase_ids:
            self.assertEqual(phase.verify_state, "done", phase.name)
            self.assertEqual(phase.verified, phase.imported + (phase.skipped if phase.entity == "inventory" else 0),
                             phase.name)
            self.assertTrue(phase.reconciled, "%s: %s source rows, %s staged" % (
                phase.name, phase.source_rows, phase.staged))
        self.assertIn("Verification: 30 records read back", run.log)
        # the Verified filter of the staging list: the 30 records read back, not those never verified
        arch = self.env["clientjoy.intrix.staging"].get_view(view_type="search")["arch"]
        domain = safe_eval(etree.fromstring(arch).xpath("//filter[@name='verify_ok']")[0].get("domain"))
        self.assertEqual(run.staging_ids.filtered_domain(domain), run.staging_ids.filtered(
            lambda s: s.state == "imported" or (s.state, s.entity) == ("skipped", "inventory")))
        self.assertEqual(len(run.staging_ids.filtered_domain(domain)), 30)
        # a record in error is never read back (its verification mark stays empty): left out
        errored = run.staging_ids.filtered(lambda s: s.state == "imported")[:1]
        self.env.cr.execute("UPDATE clientjoy_intrix_staging SET state = 'error', verify_mismatch = NULL WHERE id = %s",
                            errored.ids)
        errored.invalidate_recordset(["state", "verify_mismatch"])
        self.assertNotIn(errored, run.staging_ids.filtered_domain(domain))
        self.assertEqual(len(run.staging_ids.filtered_domain(domain)), 29)
        run.verify_date = False  # the read-back of a resumed run has not ended yet
        self.assertFalse(run.staging_ids.filtered_domain(domain))

    def test_source_rows_are_counted_at_the_source(self):
        """A row the reader loses is caught by the count of the raw file, not by the staging's own count."""
        csv_text = ("Client ID;Client name;City\nC1;One;Ljubljana\nC2;\"Two\nlines\";Maribor\n\n;;\n").encode()
        run = self.make_run([("clients.csv", csv_text)], fallback_user_id=self.env.ref("base.user_admin").id)
        phase = self._phases(run)["clients"]
        self.assertEqual((phase.source_rows, phase.staged), (2, 2),
                         "a quoted line break is one record; a line of only delimiters none")
        with mock.patch("odoo.addons.clientjoy_intrix_import.adapters.csv_export.count_csv_records", return_value=4):
            run = self.make_run([("clients.csv", csv_text)], fallback_user_id=self.env.ref("base.user_admin").id)
        phase = self._phases(run)["clients"]
        self.assertEqual((phase.source_rows, phase.staged), (4, 2))
        run.action_confirm_map()
        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        self.assertEqual(phase.verify_mismatches, 0)
        self.assertFalse(phase.reconciled, "4 rows at the source, 2 staged: not reconciled")

    def test_clean_clientjoy_run_verifies(self):
        server = SandboxServer(seed=1, scale=1, api_key=API_KEY, faults={"retry_after": 0}).start()
        self.addCleanup(server.stop)
        create_users(self.env, SANDBOX_OWNERS)
        backend = self.env["clientjoy.intrix.backend"].create({
            "name": "Sandbox %s" % server.port, "base_url": server.base_url, "api_key": API_KEY,
            "fallback_user_id": self.env.ref("base.user_admin").id, "max_retries": 3, "timeout": 5})
        run = self.env["clientjoy.intrix.run"].browse(backend.action_new_run()["res_id"])
        self.assertEqual(run.state, "staged", run.error_message)
        run.action_confirm_map()
        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        mismatching = run.staging_ids.filtered("verify_mismatch")
        self.assertEqual(run.verify_mismatches, 0, "\n".join(
            "%s %s: %s" % (s.object_name, s.external_id, s.verify_message) for s in mismatching))
        phases = self._phases(run)
        self.assertEqual(phases["leads"].source_evidence, "API meta.total")
        # the server's own list, not a counter of the run
        self.assertEqual(phases["leads"].source_rows, len(server.data.records("leads")))
        self.assertIn("pipelines", phases["pipelines"].source_evidence)
        for phase in run.phase_ids:
            self.assertEqual(phase.verify_state, "done", phase.name)
            self.assertTrue(phase.reconciled, "%s: %s at the source (%s), %s staged, %s imported" % (
                phase.name, phase.source_rows, phase.source_evidence, phase.staged, phase.imported))
        self.assertGreater(phases["invoices"].verified, 0)
        # a delta: counted at the source too (lookups are read in full and filtered: their meta.total is
        # the whole list), verified and reconciled
        server.touch("leads", "ld_00001", city="Kranj", score=77)
        server.touch("customers", "cus_00002", phone="+386 40 111 222")
        delta = self.env["clientjoy.intrix.run"].browse(backend.action_delta_run()["res_id"])
        self.assertEqual(delta.state, "ready", delta.error_message)  # the confirmed map is taken over
        delta.action_confirm_map()
        delta.action_import()
        self.assertEqual(delta.state, "done", delta.error_message)
        self.assertEqual(delta.verify_mismatches, 0, "\n".join(delta.staging_ids.filtered("verify_mismatch").mapped(
            "verify_message")))
        for phase in delta.phase_ids:
            self.assertTrue(phase.reconciled, "%s: %s at the source (%s), %s staged" % (
                phase.name, phase.source_rows, phase.source_evidence, phase.staged))
        self.assertEqual(self._phases(delta)["leads"].verified, 1)

    # ------------------------------------------------------------------ mismatches are found and told
    def test_value_changed_behind_the_importer_is_a_mismatch(self):
        run = self.import_run()
        c1, staging = self.record(run, "clients", "C1")
        # an override, a server action or another module changes the value after the importer wrote it
        self.env.cr.execute("UPDATE res_partner SET city = 'Maribor' WHERE id = %s", [c1.id])
        c1.invalidate_recordset(["city"])
        self.assertEqual(run._verify_import() and run.verify_mismatches, 1)
        self.assertTrue(staging.verify_mismatch)
        self.assertEqual(staging.verify_message, "City: staged Ljubljana, in Odoo Maribor")
        phase = self._phases(run)["clients"]
        self.assertEqual((phase.verify_mismatches, phase.verify_mismatched_records, phase.verify_details),
                         (1, 1, "City: 1"))
        self.assertFalse(phase.reconciled, "a phase with a mismatch does not reconcile")
        self.assertEqual(run.staging_ids.filtered_domain([("verify_mismatch", "=", True)]), staging,
                         "the filter of the staging list finds it")
        html = self.env["ir.actions.report"]._render_qweb_html(
            "clientjoy_intrix_import.report_run_completion", run.ids)[0].decode()
        self.assertIn("Verification", html)
        self.assertIn("City: staged Ljubljana, in Odoo Maribor", html)
        # put back: verified again
        self.env.cr.execute("UPDATE res_partner SET city = 'Ljubljana' WHERE id = %s", [c1.id])
        c1.invalidate_recordset(["city"])
        run._verify_import()
        self.assertEqual(run.verify_mismatches, 0)
        self.assertFalse(staging.verify_mismatch)
        self.assertTrue(phase.reconciled)

    def test_relation_and_note_text_changed_behind_the_importer_are_mismatches(self):
        """The paths the verification reads per chunk (references of activities looked up together, a
        field read alone for the whole chunk, the text of a message parsed once) still see the database."""
        run = self.import_run()
        lead, lead_staging = self.record(run, "opportunities", "O1")
        call, call_staging = self.record(run, "activities", "A1")
        other, _staging = self.record(run, "clients", "C2")
        self.assertEqual(call._name, "mail.message")
        self.assertIn("duration: 25 min", call.body)
        self.assertEqual(run.verify_mismatches, 0)
        # the lead now points to another customer, and the call's note lost its duration
        self.env.cr.execute("UPDATE crm_lead SET partner_id = %s WHERE id = %s", [other.id, lead.id])
        self.env.cr.execute("UPDATE mail_message SET body = replace(body, 'duration: 25 min', 'duration: 5 min') "
                            "WHERE id = %s", [call.id])
        self.env.invalidate_all()
        run._verify_import()
        self.assertTrue(lead_staging.verify_mismatch)
        customer = ENTITIES["lead"].key("partner_ref").label
        contact = ENTITIES["lead"].key("contact_ref").label
        self.assertIn("%s: staged %s, in Odoo %s" % (customer, self.record(run, "clients", "C1")[0].display_name,
                                                     other.display_name), lead_staging.verify_message)
        self.assertIn("%s: staged %s, in Odoo %s" % (contact, self.record(run, "contacts", "P1")[0].display_name,
                                                     other.display_name), lead_staging.verify_message)
        self.assertTrue(call_staging.verify_mismatch)
        self.assertIn("%s: staged duration: 25 min, in Odoo" % ENTITIES["activity"].key("duration").label,
                      call_staging.verify_message)
        self.assertEqual(run.verify_mismatches, 3, "\n".join(run.staging_ids.filtered("verify_mismatch").mapped(
            "verify_message")))

    def test_value_odoo_normalises_is_a_mismatch(self):
        """Odoo puts a scheme in front of a website: the import says so instead of passing it silently."""
        def with_website(content):
            lines = content.decode("cp1250").splitlines()
            lines[0] += ";Website"
            lines[1] += ";zuzek.si"
            lines[2] += ";https://acme.example.de"
            lines[3] += ";"
            return "\n".join(lines).encode("cp1250")

        run = self.import_run(sample_files("clients.csv", "users.csv", replace={"clients.csv": with_website}))
        c1, staging = self.record(run, "clients", "C1")
        self.assertEqual(c1.website, "http://zuzek.si")
        self.assertTrue(staging.verify_mismatch)
        self.assertIn("Website: staged zuzek.si, in Odoo http://zuzek.si", staging.verify_message)
        c2, staging2 = self.record(run, "clients", "C2")
        self.assertFalse(staging2.verify_mismatch, staging2.verify_message)
        self.assertEqual(run.verify_mismatches, 1)
        self.assertIn("Verification: 5 records read back", run.log)

    def test_job_path_verifies_when_the_last_batch_is_done(self):
        from odoo.addons.queue_job.tests.common import trap_jobs

        run = self.make_run(sample_files("clients.csv", "contacts.csv", "users.csv"), use_jobs=True,
                            fallback_user_id=self.env.ref("base.user_admin").id)
        run.action_confirm_map()
        methods = []
        # small chunks and jobs: the verification pages through the run over several jobs
        with trap_jobs() as trap, mock.patch.multiple(run_verify, VERIFY_CHUNK=2, VERIFY_JOB_SIZE=4):
            run.action_import()
            for _round in range(50):
                if not trap.enqueued_jobs:
                    break
                methods += [job.method_name for job in trap.enqueued_jobs]
                if "_job_verify" in methods and not run.verify_date:
                    # the last batch is done, its verification follows in its own job(s): the run is
                    # not done before its figures are read back
                    self.assertEqual(run.state, "importing")
                    self.assertFalse(run.date_done)
                    self.assertEqual(set(run.phase_ids.mapped("verify_state")), {"none"})
                    self.assertFalse(any(run.phase_ids.mapped("reconciled")), "not reconciled before verification")
                trap.perform_enqueued_jobs()
        self.assertEqual(run.state, "done", run.error_message)
        verified = sum(run.phase_ids.mapped("verified"))
        self.assertEqual(verified, run.count_imported)
        self.assertEqual(methods.count("_job_verify"), verified // 4 + 1, "4 records per verification job")
        self.assertTrue(run.verify_date)
        self.assertTrue(all(run.phase_ids.mapped("reconciled")))
        self.assertEqual(self._phases(run)["contacts"].verified, 3)
        self.assertEqual(run.verify_mismatches, 0, "\n".join(run.staging_ids.filtered("verify_mismatch").mapped(
            "verify_message")))
