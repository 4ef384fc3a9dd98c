"""Rollback is refused, in words, while records made after the run depend on the run's records."""
from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import IntrixCase, sample_files


@tagged("post_install", "-at_install")
class TestRollbackGuard(IntrixCase):
    def refused(self, run, *words):
        with self.assertRaises(UserError) as caught:
            run.action_rollback()
        message = str(caught.exception.args[0])
        for word in words:
            self.assertIn(word, message)
        self.assertEqual(run.state, "done", "nothing was rolled back")
        return message

    def test_contact_under_imported_company(self):
        run = self.import_run()
        company, _st = self.record(run, "clients", "C1")
        contact = self.env["res.partner"].create({"name": "Nova Sodelavka", "parent_id": company.id})
        message = self.refused(run, "Nova Sodelavka", company.name, "Delete these records or link them")
        self.assertNotIn("ForeignKey", message)
        self.assertTrue(company.exists())
        contact.parent_id = False
        run.action_rollback()
        self.assertEqual(run.state, "rolled_back")
        self.assertFalse(company.exists())
        self.assertTrue(contact.exists(), "a record that no longer depends on the run is left alone")

    def test_lead_in_imported_stage_message_and_timesheet(self):
        run = self.import_run()
        lead, _st = self.record(run, "opportunities", "O1")
        stage = lead.stage_id
        self.assertTrue(run.ledger_ids.filtered(lambda e: e.res_model == "crm.stage" and e.res_id == stage.id))
        new_lead = self.env["crm.lead"].create({"name": "Lead of a salesman", "type": "opportunity",
                                                "stage_id": stage.id})
        self.refused(run, "Lead of a salesman", stage.name)
        new_lead.unlink()
        lead.message_post(body="Called them after the migration")
        self.refused(run, "Message", lead.name)
        lead.message_ids.filtered(lambda m: "after the migration" in (m.body or "")).unlink()
        self.env["mail.followers"].search([("res_model", "=", "crm.lead"), ("res_id", "=", lead.id)]).unlink()
        task, _st = self.record(run, "tasks", "T1")
        line = self.env["account.analytic.line"].create({
            "name": "Work after the migration", "task_id": task.id, "project_id": task.project_id.id,
            "unit_amount": 1.5, "employee_id": self.env["hr.employee"].search([], limit=1).id})
        self.refused(run, "Analytic Line pointing to Task", task.name)
        line.unlink()
        run.action_rollback()
        self.assertEqual(run.state, "rolled_back")

    def test_later_run_created_dependents(self):
        run1 = self.import_run()
        extra = lambda content: content + b"P9;C1;Mr.;Jure;Kos;+386 41 999 999;jure@zuzek.si;CTO;IT\n"  # noqa: E731
        run2 = self.import_run(sample_files(replace={"contacts.csv": extra}))
        contact, _st = self.record(run2, "contacts", "P9")
        self.assertTrue(contact)
        self.refused(run1, run2.name, "Jure Kos", "first")
        run2.action_rollback()
        run1.action_rollback()
        self.assertEqual(run1.state, "rolled_back")

    def test_undeclared_reference_is_said_in_words(self):
        """A reference the ORM does not know (a table of another tool) ends in words, never in a raw
        ForeignKeyViolation, and nothing is rolled back."""
        run = self.import_run()
        company, _st = self.record(run, "clients", "C1")
        self.env.cr.execute("CREATE TABLE cji_test_external_ref (id serial PRIMARY KEY, "
                            "partner_id int NOT NULL REFERENCES res_partner(id) ON DELETE RESTRICT)")
        self.env.cr.execute("INSERT INTO cji_test_external_ref (partner_id) VALUES (%s)", [company.id])
        message = self.refused(run, "cji_test_external_ref", "nothing was changed")
        self.assertNotIn("ForeignKeyViolation", message)
        self.assertTrue(company.exists())
        self.assertFalse(run.ledger_ids.filtered("rolled_back"))
