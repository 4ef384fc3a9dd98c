"""Custom fields created by a run show on their models' forms, and go with the run's rollback."""
from lxml import etree

from odoo.tests import tagged

from .common import IntrixCase


@tagged("post_install", "-at_install")
class TestMigratedFieldsView(IntrixCase):
    def _form_fields(self, model):
        arch = etree.fromstring(self.env[model].get_view(view_type="form")["arch"])
        return [f.get("name") for f in arch.xpath("//*[@name='cji_migrated_fields']//field")]

    def test_custom_fields_on_forms_and_rolled_back(self):
        run = self.import_run()
        # Intrix custom field definitions (x_cji_region on companies) and the contacts' salutation/department
        partner_fields = self._form_fields("res.partner")
        self.assertIn("x_cji_region", partner_fields)
        self.assertIn("x_cji_salutation", partner_fields)
        self.assertIn("x_cji_budget_approved", self._form_fields("project.project"))
        # the page is in the form's notebook, labelled in words
        arch = etree.fromstring(self.env["res.partner"].get_view(view_type="form")["arch"])
        page = arch.xpath("//notebook/page[@name='cji_migrated_fields']")
        self.assertEqual(page[0].get("string"), "Migrated fields")
        run.action_rollback()
        self.assertFalse(self._form_fields("res.partner"))
        self.assertFalse(self.env["ir.ui.view"].search_count([("name", "like", "clientjoy_intrix_import.migrated_fields.%")]))
        self.env["res.partner"].get_view(view_type="form")  # the form still renders

    def test_rerun_creates_no_second_page(self):
        self.import_run()
        self.import_run()
        self.assertEqual(self._form_fields("res.partner").count("x_cji_region"), 1)
