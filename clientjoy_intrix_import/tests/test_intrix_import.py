"""The Intrix CSV migration end to end on real Odoo: every object, bad inputs, owners, order, re-run, rollback."""
import io
from unittest import mock
import zipfile

from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import IntrixCase, sample_files


@tagged("post_install", "-at_install")
class TestIntrixImport(IntrixCase):
    def test_stage_and_proposed_map(self):
        run = self.make_run()
        self.assertEqual(run.state, "staged")
        self.assertFalse(run.error_message)
        phases = {p.object_name: p for p in run.phase_ids}
        self.assertEqual(phases["clients"].source_rows, 3)
        self.assertEqual(phases["tasks"].staged, 3)
        self.assertEqual(len(run.staging_ids), 31)
        line = run.map_ids.filtered(lambda m: m.object_name == "clients" and m.source_column == "Postal code")
        self.assertEqual(line.target_id.key, "zip")
        dept = run.map_ids.filtered(lambda m: m.object_name == "contacts" and m.source_column == "Department")
        self.assertEqual(dept.action, "new_field", "an unmapped column is offered as a new custom field")
        self.assertEqual(run.file_ids.filtered(lambda f: f.name == "clients.csv").encoding, "cp1250")

    def test_import_blocked_until_map_confirmed_and_owners_resolved(self):
        run = self.make_run()
        with self.assertRaisesRegex(UserError, "Confirm the field map"):
            run.action_import()
        run.action_confirm_map()
        self.assertEqual(run.state, "ready")
        unmatched = run.owner_ids.filtered(lambda o: o.state == "unmatched")
        self.assertEqual(unmatched.mapped("email"), ["unknown.owner@example.si"])
        self.assertFalse(unmatched.name, "not in users.csv: no name")
        self.assertEqual(run.owner_ids.filtered(lambda o: o.email == "marko@example.si").name, "Marko Kranjc")
        self.assertTrue(run.owner_ids.filtered(lambda o: o.email == "marko@example.si").user_id == self.marko,
                        "matched by e-mail whatever the case of the login")
        with self.assertRaisesRegex(UserError, "unknown.owner@example.si"):
            run.action_import()
        self.assertFalse(self.env["crm.lead"].search([("name", "=", "Robot arms x3")]))
        unmatched.user_id = self.ana
        self.assertEqual(unmatched.state, "mapped")
        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        lead, _st = self.record(run, "opportunities", "O2")
        self.assertEqual(lead.user_id, self.ana)

    def test_provision_missing_owner(self):
        run = self.make_run()
        owner = run.owner_ids.filtered(lambda o: o.state == "unmatched")
        owner.action_provision_user()
        self.assertEqual(owner.user_id.login, "unknown.owner@example.si")
        run.action_confirm_map()
        run.action_import()
        self.assertEqual(run.state, "done")
        run.action_rollback()
        self.assertFalse(self.env["res.users"].with_context(active_test=False).search(
            [("login", "=", "unknown.owner@example.si")]), "provisioned users are rolled back with the run")

    def test_every_object_lands(self):
        run = self.import_run()
        env = self.env
        # clients -> companies, with industry, country, owner, external id outside the addon's namespace
        c1, _st = self.record(run, "clients", "C1")
        self.assertTrue(c1.is_company)
        self.assertEqual(c1.name, "Čebelarstvo Žužek d.o.o.")
        self.assertEqual(c1.street, "Tržaška 12")
        self.assertEqual(c1.country_id.code, "SI")
        self.assertEqual(c1.industry_id.name, "Agriculture")
        self.assertEqual(c1.user_id, self.ana)
        xmlid = env["ir.model.data"].search([("model", "=", "res.partner"), ("res_id", "=", c1.id)])
        self.assertEqual(xmlid.module, "intrix_import")
        # named in the run's company namespace: another company importing the same export gets its own
        self.assertEqual(xmlid.name, "c%d_clients_c1" % run.company_id.id)
        # contacts -> persons under their company; salutation and department in custom fields
        p1, _st = self.record(run, "contacts", "P1")
        self.assertEqual(p1.name, "Špela Žužek")
        self.assertEqual(p1.parent_id, c1)
        self.assertEqual(p1.function, "CEO")
        self.assertEqual(p1.x_cji_salutation, "Mrs.")
        self.assertEqual(p1.x_cji_department, "Management")
        # commercial fields and address come from the company, as Odoo syncs them for its contacts
        self.assertEqual(p1.commercial_partner_id, c1)
        self.assertEqual((p1.vat, p1.industry_id), ("SI12345678", c1.industry_id))
        self.assertEqual((p1.street, p1.city, p1.country_id), ("Tržaška 12", "Ljubljana", c1.country_id))
        # imported external ids are not remembered as module data in the registry (that set would grow)
        p1_xmlid = "intrix_import.c%d_contacts_p1" % run.company_id.id
        self.assertNotIn(p1_xmlid, env.registry.loaded_xmlids)
        self.assertEqual(env.ref(p1_xmlid), p1)
        p3, st3 = self.record(run, "contacts", "P3")
        self.assertFalse(p3.parent_id)
        self.assertIn("C9", st3.message)
        self.assertTrue(st3.audit_orphan)
        # custom field definitions -> manual fields of the right type before data
        region = env["ir.model.fields"].search([("model", "=", "res.partner"), ("name", "=", "x_cji_region")])
        self.assertEqual(region.ttype, "selection")
        self.assertEqual(region.selection_ids.mapped("name"), ["North", "South", "East", "West"])
        self.assertEqual(env["ir.model.fields"].search([("model", "=", "project.project"),
                                                        ("name", "=", "x_cji_budget_approved")]).ttype, "boolean")
        # pipeline stages -> team + stages with sequence and probability
        team = env["crm.team"].search([("name", "=", "Sales")])
        self.assertEqual(len(team), 1)
        stage, _st = self.record(run, "pipeline_stages", run.staging_ids.filtered(
            lambda s: s.object_name == "pipeline_stages" and s.name == "Offer sent").external_id)
        self.assertEqual(stage.team_ids, team)
        self.assertEqual(stage.sequence, 2)
        self.assertEqual(stage.x_cji_probability, 40.0)
        won, _st = self.record(run, "pipeline_stages", run.staging_ids.filtered(
            lambda s: s.object_name == "pipeline_stages" and s.name == "Won").external_id)
        self.assertTrue(won.is_won)
        # opportunities -> crm.lead
        o1, _st = self.record(run, "opportunities", "O1")
        self.assertEqual(o1.type, "opportunity")
        self.assertAlmostEqual(o1.expected_revenue, 12500.0)
        self.assertEqual(str(o1.date_deadline), "2024-03-31")
        self.assertEqual(o1.stage_id, stage)
        self.assertEqual(o1.team_id, team)
        self.assertEqual(o1.partner_id, p1)
        self.assertEqual(o1.user_id, self.ana)
        o2, _st = self.record(run, "opportunities", "O2")
        self.assertAlmostEqual(o2.expected_revenue, 48000.5)
        self.assertEqual(o2.user_id, env.ref("base.user_admin"), "unknown owner -> fallback user")
        # projects and tasks in dependency order
        j1, _st = self.record(run, "projects", "J1")
        self.assertEqual(j1.partner_id, c1)
        self.assertEqual(str(j1.date), "2024-06-30")
        t1, _st = self.record(run, "tasks", "T1")
        t2, _st = self.record(run, "tasks", "T2")
        t3, _st = self.record(run, "tasks", "T3")
        self.assertEqual(t3.depend_on_ids, t2)
        self.assertEqual(t2.depend_on_ids, t1)
        self.assertTrue(t1.id < t2.id < t3.id, "parents are created before the tasks that depend on them")
        self.assertEqual(t1.state, "1_done")
        self.assertEqual(t2.user_ids, self.marko)
        self.assertEqual(t3.project_id, j1)
        # activities: call -> message with original date and author, meeting -> also an event, task -> activity
        a1, _st = self.record(run, "activities", "A1")
        self.assertEqual(a1._name, "mail.message")
        self.assertEqual((a1.model, a1.res_id), ("crm.lead", o1.id))
        self.assertEqual(str(a1.date), "2024-02-05 10:30:00")
        self.assertEqual(a1.author_id, self.ana.partner_id)
        self.assertIn("25 min", str(a1.body))
        # sender and reply-to as mail.message would compute them one by one (the importer does it per batch)
        self.assertEqual(a1.email_from, self.ana.partner_id.email_formatted)
        self.assertEqual(a1.reply_to, env["mail.message"]._get_reply_to({
            "model": "crm.lead", "res_id": o1.id, "email_from": a1.email_from, "author_id": a1.author_id.id,
            "message_type": "comment"}))
        self.assertTrue(a1.reply_to)
        a2, _st = self.record(run, "activities", "A2")
        self.assertEqual((a2.model, a2.res_id), ("res.partner", self.record(run, "clients", "C2")[0].id))
        event = env["calendar.event"].search([("name", "=", "On-site visit")])
        self.assertEqual(len(event), 1)
        self.assertEqual(str(event.start), "2024-02-12 14:00:00")
        self.assertEqual(str(event.stop), "2024-02-12 15:30:00")
        a3, _st = self.record(run, "activities", "A3")
        self.assertEqual(a3._name, "mail.activity")
        self.assertEqual((a3.res_model, a3.res_id, a3.user_id), ("crm.lead", o1.id, self.ana))
        # working hours -> timesheets on task/project/employee
        lines = env["account.analytic.line"].search([("project_id", "=", j1.id)])
        self.assertEqual(sorted(lines.mapped("unit_amount")), [3.0, 7.5])
        self.assertEqual(lines.filtered(lambda line: line.unit_amount == 7.5).task_id, t2)
        self.assertEqual(lines.filtered(lambda line: line.unit_amount == 7.5).employee_id.user_id, self.marko)
        # support tickets -> helpdesk.ticket (OCA helpdesk_mgmt)
        s1, _st = self.record(run, "support_tickets", "S1")
        self.assertEqual(s1._name, "helpdesk.ticket")
        self.assertEqual(s1.partner_id, self.record(run, "clients", "C2")[0])
        self.assertEqual(s1.user_id, self.marko)
        # users are matched, integrations inventoried
        self.assertEqual(self.record(run, "users", "U1")[0], self.ana)
        self.assertEqual(self.record(run, "users", "U3")[1].state, "skipped")
        self.assertEqual(sorted(run.inventory_ids.filtered(lambda i: i.category == "integration").mapped("name")),
                         ["Google Calendar", "MailChimp"])
        # per-phase row-count reconciliation
        for phase in run.phase_ids:
            self.assertTrue(phase.reconciled, phase.name)
        self.assertEqual(sum(run.phase_ids.mapped("source_rows")), 31)
        self.assertEqual(run.staging_ids.filtered(lambda s: s.state == "error"), run.staging_ids.browse())

    def test_duplicates_are_flagged(self):
        run = self.make_run()
        c2 = run.staging_ids.filtered(lambda s: s.external_id in ("C2", "C3"))
        self.assertEqual(c2.mapped("audit_duplicate"), [True, True])

    def test_rerun_updates_instead_of_duplicating(self):
        self.import_run()
        partners = self.env["res.partner"].search_count([])
        leads = self.env["crm.lead"].with_context(active_test=False).search_count([])
        messages = self.env["mail.message"].search_count([])
        changed = lambda content: content.replace(b"12.500,00", b"13.000,00")  # noqa: E731
        run2 = self.import_run(sample_files(replace={"opportunities.csv": changed}))
        self.assertEqual(self.env["res.partner"].search_count([]), partners)
        self.assertEqual(self.env["crm.lead"].with_context(active_test=False).search_count([]), leads)
        self.assertEqual(self.env["mail.message"].search_count([]), messages)
        o1, _st = self.record(run2, "opportunities", "O1")
        self.assertAlmostEqual(o1.expected_revenue, 13000.0)
        # Odoo's own New and Won are reused again (a match changes nothing); the rest is the change
        updates = run2.ledger_ids.filtered(lambda e: e.operation != "match")
        self.assertEqual(set(run2.ledger_ids.mapped("res_model")) - set(updates.mapped("res_model")), {"crm.stage"})
        self.assertEqual(set(updates.mapped("operation")), {"update"}, "a re-run only updates")
        self.assertEqual(updates.mapped("res_model"), ["crm.lead"], "unchanged records are not touched: %s" % (
            updates.mapped("previous_values")))
        # rolling the delta back restores the value of the first run
        run2.action_rollback()
        self.assertAlmostEqual(o1.expected_revenue, 12500.0)
        self.assertEqual(self.env["crm.lead"].with_context(active_test=False).search_count([]), leads)

    def test_rollback_restores_database_exactly(self):
        before = self.snapshot()
        existing = self.env["res.partner"].create({"name": "Existing Ltd", "is_company": True})
        before = self.snapshot()
        run = self.import_run()
        self.assertNotEqual(self.snapshot(), before)
        self.assertTrue(run.ledger_ids)
        run.action_rollback()
        self.assertEqual(run.state, "rolled_back")
        after = self.snapshot()
        self.assertEqual(after[0], before[0])
        self.assertEqual(after[1], before[1], "custom fields created by the run are gone")
        self.assertTrue(existing.exists())
        self.assertEqual(set(run.staging_ids.mapped("state")) - {"skipped", "error"}, {"rolled_back"})

    def test_ledger_counts_summary_and_restage_guard(self):
        """The counts, the rollback wizard's summary and the re-stage guard are counted in the database
        (a big run must not load its ledger for them) and say the same as the ledger itself."""
        run = self.import_run()
        entries = run.ledger_ids
        self.assertEqual(run.count_ledger, len(entries))
        wizard = self.env["clientjoy.intrix.rollback.wizard"].create({"run_id": run.id})
        leads = len(entries.filtered(lambda e: e.res_model == "crm.lead" and e.operation == "create"))
        self.assertGreater(leads, 0)
        self.assertIn("Lead: %d to delete" % leads, wizard.summary.splitlines())
        run.state = "failed"  # as if the import had stopped after writing part of the run
        with self.assertRaisesRegex(UserError, "has imported records"):
            run.action_stage()
        run.state = "done"
        run.action_rollback()
        run.invalidate_recordset()
        self.assertEqual(run.count_ledger, len(entries), "rolled-back entries stay in the ledger")
        wizard.invalidate_recordset()
        self.assertEqual(wizard.summary, "Nothing to roll back.")

    def test_rollback_in_small_pages_is_just_as_exact(self):
        """The rollback works through the ledger page by page: pages of 3 entries give the same database."""
        from ..models import import_ledger

        self.env["res.partner"].create({"name": "Existing Ltd", "is_company": True})
        before = self.snapshot()
        run = self.import_run()
        self.assertGreater(len(run.ledger_ids), 30)
        original = import_ledger.ROLLBACK_PAGE
        import_ledger.ROLLBACK_PAGE = 3
        try:
            run.action_rollback()
        finally:
            import_ledger.ROLLBACK_PAGE = original
        self.assertEqual(self.snapshot(), before)
        self.assertEqual(set(run.ledger_ids.mapped("rolled_back")), {True})

    def test_rollback_refused_while_later_run_changed_the_records(self):
        run1 = self.import_run()
        changed = lambda content: content.replace(b"12.500,00", b"13.000,00")  # noqa: E731
        run2 = self.import_run(sample_files(replace={"opportunities.csv": changed}))
        with self.assertRaisesRegex(UserError, run2.name):
            run1.action_rollback()
        run2.action_rollback()
        run1.action_rollback()
        self.assertFalse(self.env["crm.lead"].with_context(active_test=False).search([("name", "=", "Honey line automation")]))

    def test_task_cycle_is_flagged(self):
        tasks = (b"Task ID,Project ID,Name,Depends on,Assignee e-mail,Status,Deadline\n"
                 b"T1,J1,Survey,T3,ana.novak@example.si,Open,01.04.2024\n"
                 b"T2,J1,Mount,T1,marko@example.si,Open,01.05.2024\n"
                 b"T3,J1,Commission,T2,marko@example.si,Open,01.06.2024\n"
                 b"T4,J1,Handover,T3,marko@example.si,Open,01.07.2024\n"
                 b"T5,J1,Paperwork,,marko@example.si,Open,01.07.2024\n")
        files = [f for f in sample_files() if f[0] != "tasks.csv"] + [("tasks.csv", tasks)]
        run = self.import_run(files)
        for ref in ("T1", "T2", "T3"):
            _rec, staging = self.record(run, "tasks", ref)
            self.assertEqual(staging.state, "error")
            self.assertIn("cycle", staging.message)
        self.assertEqual(self.record(run, "tasks", "T4")[1].state, "error")
        self.assertEqual(self.record(run, "tasks", "T5")[1].state, "imported")
        self.assertTrue(run.phase_ids.filtered(lambda p: p.object_name == "tasks").reconciled)

    def test_bad_files_leave_a_clear_error_and_nothing_staged(self):
        cases = {
            "clients.csv": b"Client ID;Client name\nC1;A;extra;fields\n",
            "contacts.csv": b"PK\x03\x04" + b"\x00" * 64,
            "whatever.csv": b"a,b\n1,2\n",
            "opportunities.csv": b"",
        }
        for name, content in cases.items():
            with self.subTest(name=name):
                run = self.make_run(sample_files("users.csv") + [(name, content)])
                self.assertEqual(run.state, "draft")
                self.assertIn(name, run.error_message)
                self.assertFalse(run.staging_ids)
                self.assertFalse(run.map_ids)

    def test_invalid_values_are_reported_per_record(self):
        opportunities = (b"Opportunity ID,Name,Client ID,Value,Expected close,Owner e-mail\n"
                         b"O1,Good,C1,\"1.000,00\",31.03.2024,ana.novak@example.si\n"
                         b"O2,Bad date,C1,\"2.000,00\",31.02.2024,ana.novak@example.si\n"
                         b"O3,,C1,\"3.000,00\",01.03.2024,ana.novak@example.si\n")
        run = self.make_run(sample_files("clients.csv") + [("opportunities.csv", opportunities)])
        self.assertEqual(self.record(run, "opportunities", "O1")[1].state, "valid")
        o2 = self.record(run, "opportunities", "O2")[1]
        self.assertEqual(o2.state, "warning")
        self.assertIn("31.02.2024", o2.message)
        o3 = self.record(run, "opportunities", "O3")[1]
        self.assertEqual(o3.state, "error")
        self.assertTrue(o3.audit_missing)

    def test_zip_upload_and_helpdesk_fallback(self):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            for name, content in sample_files():
                archive.writestr("export/%s" % name, content)
        wizard = self.env["clientjoy.intrix.upload.wizard"].create({
            "attachment_ids": [(0, 0, {"name": "intrix.zip", "raw": buffer.getvalue()})],
            "fallback_user_id": self.env.ref("base.user_admin").id,
        })
        action = wizard.action_upload()
        run = self.env["clientjoy.intrix.run"].browse(action["res_id"])
        self.assertEqual(run.state, "staged", run.error_message)
        self.assertEqual(len(run.file_ids), 12)
        run.action_confirm_map()
        from ..importers.base import ImportContext

        original = ImportContext.__init__

        def no_helpdesk(ctx, run):
            original(ctx, run)
            ctx.helpdesk_available = False

        ImportContext.__init__ = no_helpdesk
        try:
            run.action_import()
        finally:
            ImportContext.__init__ = original
        self.assertEqual(run.state, "done")
        self.assertEqual(self.record(run, "support_tickets", "S1")[1].state, "skipped")
        self.assertIn("Robot arm stops", run.inventory_ids.filtered(lambda i: i.category == "ticket").name)

    def test_security_groups_and_company_rules(self):
        from odoo.exceptions import AccessError

        run = self.make_run(fallback_user_id=self.env.ref("base.user_admin").id)
        run.action_confirm_map()
        reviewer = self.env["res.users"].with_context(no_reset_password=True).create({
            "name": "Reviewer", "login": "reviewer@example.com",
            "group_ids": [(6, 0, [self.env.ref("clientjoy_intrix_import.group_import_user").id])],
        })
        as_reviewer = run.with_user(reviewer)
        self.assertEqual(as_reviewer.staging_ids, run.staging_ids, "reviewers see the staging records")
        with self.assertRaises(AccessError):
            as_reviewer.action_import()
        with self.assertRaises(AccessError):
            as_reviewer.staging_ids[:1].write({"state": "skipped"})
        outsider = self.env["res.users"].with_context(no_reset_password=True).create({
            "name": "Outsider", "login": "outsider@example.com",
            "group_ids": [(6, 0, [self.env.ref("base.group_user").id])],
        })
        with self.assertRaises(AccessError):
            run.with_user(outsider).read(["name"])
        other_company = self.env["res.company"].create({"name": "Other Co"})
        reviewer.write({"company_ids": [(6, 0, [other_company.id])], "company_id": other_company.id})
        self.assertFalse(self.env["clientjoy.intrix.staging"].with_user(reviewer).search([("run_id", "=", run.id)]),
                         "staging records of another company's run are invisible")

    def test_confirmed_map_is_remembered_for_the_next_run(self):
        run = self.make_run(sample_files("clients.csv"))
        address = run.map_ids.filtered(lambda m: m.source_column == "Address")
        self.assertEqual(address.target_id.key, "street")
        address.action = "ignore"
        industry = run.map_ids.filtered(lambda m: m.source_column == "Industry")
        industry.target_id = self.env["clientjoy.intrix.target"]._get("partner_company", "description")
        run.action_confirm_map()
        run2 = self.make_run(sample_files("clients.csv"))
        line = run2.map_ids.filtered(lambda m: m.source_column == "Address")
        self.assertEqual(line.action, "ignore")
        self.assertIn("confirmed before", line.reason)
        self.assertEqual(run2.map_ids.filtered(lambda m: m.source_column == "Industry").target_id.key, "description")
        self.assertFalse(run2.map_ids.filtered("confirmed"), "a remembered map is proposed, never pre-confirmed")

    def test_confirming_an_unchanged_map_does_not_map_again(self):
        run = self.make_run(sample_files("clients.csv"))
        Run = type(run)
        with mock.patch.object(Run, "_apply_map", autospec=True, side_effect=Run._apply_map) as apply_map:
            run.action_confirm_map()
        self.assertEqual(apply_map.call_count, 0, "the records were mapped with this very map at staging")
        self.assertEqual(run.state, "ready")
        # a change the map did not re-validate for (new field name) is seen at confirmation
        run2 = self.make_run(sample_files("clients.csv"))
        created = run2.staging_ids.filtered(lambda s: s.external_id == "C1")
        line = run2.map_ids.filtered(lambda m: m.source_column == "Created")
        line.with_context(skip_revalidate=True).write({"action": "new_field", "new_field_name": "x_cji_created_on"})
        with mock.patch.object(Run, "_apply_map", autospec=True, side_effect=Run._apply_map) as apply_map:
            run2.action_confirm_map()
        self.assertTrue(apply_map.call_count)
        self.assertEqual(created._values().get("x_cji_created_on"), "03.02.2023")

    def test_batches_go_on_in_source_order_and_leave_nothing_behind(self):
        """Inline, a batch starts after the previous batch's last record (no sort of every pending record for
        each batch); records still pending behind that point come again before their phase closes."""
        from ..importers import ImportContext, get_importer

        run = self.make_run(fallback_user_id=self.env.ref("base.user_admin").id, chunk_size=2)
        run.action_confirm_map()

        def pending(phase):
            return run.staging_ids.filtered(lambda s: s.object_name == phase.object_name and s.state in (
                "valid", "warning")).sorted(lambda s: (s.sequence, s.id))

        phase = max((p for p in run.phase_ids if not get_importer(self.env, p.entity).whole_phase),
                    key=lambda p: len(pending(p)))
        (run.phase_ids - phase).write({"state": "done"})
        records = pending(phase)
        self.assertGreaterEqual(len(records), 5)
        ctx = ImportContext(run)
        self.assertEqual(run._next_chunk(ctx), (phase, records[:2]))
        # the first batch's records are left pending here (as by a batch undone): the next one goes on after them
        self.assertEqual(run._next_chunk(ctx), (phase, records[2:4]))
        # past the phase's last record, the ones behind come again: the phase does not close with them
        ctx.batch_after[phase.id] = (records[-1].sequence, records[-1].id)
        self.assertEqual(run._next_chunk(ctx), (phase, records[:2]))
        self.assertNotEqual(phase.state, "done")
        self.assertEqual(run._next_chunk(), (phase, records[:2]), "without a context (a job): from the start")

    def test_bulk_inserted_staging_records_are_what_create_makes(self):
        run = self.env["clientjoy.intrix.run"].create({"source": "intrix"})
        Staging = self.env["clientjoy.intrix.staging"]
        payload = '{"Client ID": "C1"}'
        by_orm = Staging.create({"run_id": run.id, "object_name": "clients", "object_sequence": 10,
                                 "entity": "partner_company", "sequence": 1, "payload": payload})
        Staging._bulk_insert(run, [("clients", 10, "partner_company", 2, payload)])
        self.env.flush_all()
        self.env.invalidate_all()
        by_sql = run.staging_ids - by_orm
        self.assertEqual(len(by_sql), 1)
        skip = {"id", "sequence", "create_date", "write_date", "display_name", "res_id"}
        names = [name for name, field in Staging._fields.items() if field.store and name not in skip]
        self.assertEqual(by_sql.read(names)[0] | {"id": 0}, by_orm.read(names)[0] | {"id": 0})
        self.assertEqual((by_sql.state, by_sql.source, by_sql.create_uid), ("new", "intrix", self.env.user))

    def test_bulk_inserted_ledger_entries_are_what_create_makes(self):
        run = self.env["clientjoy.intrix.run"].create({"source": "intrix"})
        Ledger = self.env["clientjoy.intrix.ledger"]
        partner = self.env["res.partner"].create({"name": "Ledger Ltd"})
        for previous in (False, '{"name": "Old"}'):
            vals = {"run_id": run.id, "sequence": 1, "staging_id": False, "res_model": "res.partner",
                    "res_id": partner.id, "xmlid": previous and "intrix_crm.x", "operation": previous and "update" or "create",
                    "previous_values": previous, "previous_columns": previous and '{"phone": null}'}
            self.assertEqual(set(vals), set(Ledger.BULK_COLUMNS))
            by_orm = Ledger.create(vals)
            self.assertEqual(len(run.ledger_ids), 1 if not previous else 3)  # reads the run's ledger into cache
            Ledger._bulk_insert([vals])
            self.assertEqual(len(run.ledger_ids), 2 if not previous else 4, "the run's ledger cache is invalidated")
            by_sql = run.ledger_ids.filtered(lambda e, o=by_orm: e.id > o.id)
            skip = {"id", "create_date", "write_date", "display_name"}
            names = [name for name, field in Ledger._fields.items() if field.store and name not in skip]
            self.assertEqual(by_sql.read(names)[0] | {"id": 0}, by_orm.read(names)[0] | {"id": 0})
            self.assertEqual(by_sql.create_uid, self.env.user)
