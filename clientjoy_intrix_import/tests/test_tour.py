"""The whole admin journey in a real headless Chromium: upload wizard, field map screen, import, rollback."""
from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestImportTour(HttpCase):
    def test_import_tour(self):
        Users = self.env["res.users"].with_context(no_reset_password=True)
        Users.create({"name": "Ana Novak", "login": "ana.novak@example.si", "email": "ana.novak@example.si"})
        Users.create({"name": "Marko Kranjc", "login": "marko@example.si", "email": "marko@example.si"})
        self.start_tour("/odoo", "clientjoy_intrix_import_tour", login="admin", timeout=180)
        run = self.env["clientjoy.intrix.run"].search([], limit=1)
        # the field map screen: Department mapped to Job title by hand was refused, then not imported
        department = run.map_ids.filtered(lambda m: m.object_name == "contacts" and m.source_column == "Department")
        self.assertEqual((department.action, department.reason, department.confidence, department.changed_uid),
                         ("ignore", "Set by you", 1.0, self.env.ref("base.user_admin")))
        self.assertTrue(all(run.map_ids.mapped("confirmed")))
        self.assertEqual(run.map_ids.filtered("changed_by_user"), department)
        self.assertEqual(run.state, "rolled_back")
        self.assertTrue(run.ledger_ids)
        self.assertTrue(all(run.ledger_ids.mapped("rolled_back")))
        self.assertFalse(self.env["res.partner"].search([("name", "=", "Čebelarstvo Žužek d.o.o.")]))
        self.assertFalse(self.env["crm.lead"].with_context(active_test=False).search([("name", "=", "Honey line automation")]))
