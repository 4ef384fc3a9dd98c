"""Two companies on one database importing exports with the same source ids never touch each other's
records: external ids carry the company, importers write in the run's company."""
import base64

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import IntrixCase, replacing, sample_files


#: the opportunities export with O1 renamed and moved to another stage (what company B's CRM says)
renamed_o1 = replacing("O1,Honey line automation,C1,P1,Sales,Offer sent,", "O1,Renamed by B,C1,P1,Sales,Won,")


@tagged("post_install", "-at_install")
class TestCompanyIsolation(IntrixCase):
    def test_same_source_ids_in_two_companies(self):
        run_a = self.import_run()
        lead_a, _st = self.record(run_a, "opportunities", "O1")
        client_a, _st = self.record(run_a, "clients", "C1")
        before = (lead_a.name, lead_a.stage_id, lead_a.team_id, lead_a.company_id, client_a.name, client_a.write_date)
        self.env.flush_all()
        self.env.cr.execute("SELECT res_model, res_id FROM clientjoy_intrix_ledger WHERE run_id = %s", [run_a.id])
        records_a = set(self.env.cr.fetchall())

        company_b = self.env["res.company"].create({"name": "Company B"})
        user_b = self.env["res.users"].with_context(no_reset_password=True).create({
            "name": "Manager B", "login": "manager.b@example.com",
            "company_ids": [(6, 0, company_b.ids)], "company_id": company_b.id,
            "group_ids": [(6, 0, [self.env.ref("clientjoy_intrix_import.group_import_manager").id])],
        })
        Run = self.env["clientjoy.intrix.run"].with_user(user_b).with_company(company_b)
        run_b = Run.create({"source": "intrix", "fallback_user_id": user_b.id})
        self.assertEqual(run_b.company_id, company_b)
        run_b._add_files(sample_files(replace={"opportunities.csv": renamed_o1}))
        run_b.action_stage()
        self.assertFalse(run_b.error_message, run_b.error_message)
        run_b.action_confirm_map()
        run_b.action_import()
        self.assertEqual(run_b.state, "done", run_b.error_message)

        # company A's records are exactly as they were: not renamed, not moved, not rewritten
        lead_a.invalidate_recordset()
        client_a.invalidate_recordset()
        self.assertEqual((lead_a.name, lead_a.stage_id, lead_a.team_id, lead_a.company_id, client_a.name,
                          client_a.write_date), before)
        # stages of the pipeline reused as they are (a match) are no writes
        self.env.cr.execute("SELECT res_model, res_id, operation FROM clientjoy_intrix_ledger WHERE run_id = %s "
                            "AND operation != 'match'", [run_b.id])
        ledger_b = self.env.cr.fetchall()
        self.assertTrue(ledger_b)
        touched = {(model, res_id) for model, res_id, _op in ledger_b} & records_a
        self.assertFalse(touched, "company B's run wrote records of company A's run: %s" % sorted(touched))
        # the owners are users of company A only: not company B's owners (Odoo would refuse them there)
        self.assertEqual(set(run_b.owner_ids.mapped("state")) - {"fallback"}, set(), run_b.owner_ids.mapped("state"))
        self.assertFalse(run_b.owner_ids.user_id)
        # company B has its own records, in its own company, under its own external ids
        lead_b, staging_b = self.record(run_b, "opportunities", "O1")
        self.assertTrue(lead_b, "%s: %s" % (staging_b.state, staging_b.message))
        self.assertNotEqual(lead_b, lead_a)
        self.assertEqual((lead_b.name, lead_b.company_id), ("Renamed by B", company_b))
        xmlids = self.env["ir.model.data"].search([("model", "=", "crm.lead"), ("res_id", "in", (lead_a + lead_b).ids)])
        self.assertEqual(sorted(xmlids.mapped("complete_name")), sorted([
            "intrix_import.c%d_opportunities_o1" % run_a.company_id.id,
            "intrix_import.c%d_opportunities_o1" % company_b.id]))
        # and B's delta of the same files is a no-op on its own records, still never on A's
        run_b2 = Run.create({"source": "intrix", "fallback_user_id": user_b.id})
        run_b2._add_files(sample_files(replace={"opportunities.csv": renamed_o1}))
        run_b2.action_stage()
        run_b2.action_confirm_map()
        run_b2.action_import()
        self.assertEqual(run_b2.state, "done", run_b2.error_message)
        self.env.cr.execute("SELECT res_model, res_id FROM clientjoy_intrix_ledger WHERE run_id = %s "
                            "AND operation != 'match'", [run_b2.id])
        self.assertFalse(set(self.env.cr.fetchall()) & records_a)

    def test_a_stage_of_another_company_never_pulls_a_lead_into_its_pipeline(self):
        company_b = self.env["res.company"].create({"name": "Company B"})
        team_b = self.env["crm.team"].create({"name": "Pipeline of B", "company_id": company_b.id})
        self.env["crm.stage"].create({"name": "Negotiation_B", "team_ids": [(6, 0, team_b.ids)]})
        # a stage name with a LIKE wildcard in it must not find that stage either
        deals = ("Record ID,Deal Name,Amount,Deal Stage\n"
                 "7001,Deal in a stage of B's name,100.00,Negotiation_B\n"
                 "7002,Deal with a wildcard stage,100.00,Negotiation%\n")
        attachment = self.env["ir.attachment"].create({"name": "deals.csv", "datas": base64.b64encode(deals.encode())})
        wizard = self.env["clientjoy.intrix.upload.wizard"].create({
            "source": "generic_csv", "attachment_ids": [(6, 0, attachment.ids)]})
        run = self.env["clientjoy.intrix.run"].browse(wizard.action_upload()["res_id"])
        run.action_confirm_map()
        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        leads = self.env["crm.lead"].search([("name", "in", ("Deal in a stage of B's name", "Deal with a wildcard stage"))])
        self.assertEqual(len(leads), 2)
        for lead in leads:
            self.assertEqual(lead.company_id, run.company_id)
            self.assertNotEqual(lead.team_id, team_b, lead.name)
            self.assertNotIn(team_b, lead.stage_id.team_ids, lead.name)
        self.assertEqual(sorted(leads.mapped("stage_id.name")), ["Negotiation%", "Negotiation_B"])

    def test_record_moved_to_another_company_is_never_updated(self):
        run_a = self.import_run()
        lead_a, _st = self.record(run_a, "opportunities", "O1")
        other = self.env["res.company"].create({"name": "Other company"})
        # Odoo refuses a salesperson or team of another company on the moved lead
        lead_a.write({"team_id": False, "user_id": False, "company_id": other.id})
        name = lead_a.name
        run_2 = self.import_run(files=sample_files(replace={"opportunities.csv": renamed_o1}))
        lead_a.invalidate_recordset()
        self.assertEqual(lead_a.name, name, "a record of another company is never changed")
        _lead, staging = self.record(run_2, "opportunities", "O1")
        self.assertEqual(staging.state, "error")
        self.assertIn("belongs to company Other company", staging.message)

    def test_clientjoy_connection_of_another_company(self):
        """A manager of company B neither sees nor uses company A's Clientjoy connection: its API key pulls
        company A's CRM, its form shows A's host, workspace size and sync dates."""
        backend_a = self.env["clientjoy.intrix.backend"].create({
            "name": "Clientjoy of A", "base_url": "http://127.0.0.1:9/api/v1", "api_key": "key-of-a",
            "max_retries": 0, "timeout": 1})
        self.assertEqual(backend_a.company_id, self.env.company)
        company_b = self.env["res.company"].create({"name": "Company B"})
        user_b = self.env["res.users"].with_context(no_reset_password=True).create({
            "name": "Manager B", "login": "manager.b.clientjoy@example.com",
            "company_ids": [(6, 0, company_b.ids)], "company_id": company_b.id,
            "group_ids": [(6, 0, [self.env.ref("clientjoy_intrix_import.group_import_manager").id])],
        })
        Backend = self.env["clientjoy.intrix.backend"].with_user(user_b).with_company(company_b)
        self.assertFalse(Backend.search([("id", "=", backend_a.id)]), "another company's connection is listed")
        for action in ("action_test_connection", "action_new_run", "action_delta_run"):
            with self.subTest(action=action), self.assertRaises(AccessError):
                getattr(Backend.browse(backend_a.id), action)()
        backend_a.invalidate_recordset()
        self.assertFalse(backend_a.last_test_date, "the connection was not tested on B's behalf")
        self.assertFalse(self.env["clientjoy.intrix.run"].search([("backend_id", "=", backend_a.id)]))
        # company A's own manager still sees and uses it
        self.assertEqual(self.env["clientjoy.intrix.backend"].search([("id", "=", backend_a.id)]), backend_a)
