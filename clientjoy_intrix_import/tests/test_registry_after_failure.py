"""A failed import that had created custom fields leaves the models readable in this process (and
signals the other workers), without a restart."""
from unittest.mock import patch

from odoo.tests import tagged

from ..importers import get_importer
from .common import IntrixCase


@tagged("post_install", "-at_install")
class TestRegistryAfterFailure(IntrixCase):
    def test_models_readable_after_failed_import(self):
        run = self.make_run(fallback_user_id=self.env.ref("base.user_admin").id)
        run.action_confirm_map()
        self.assertNotIn("x_cji_region", self.env["res.partner"]._fields)
        # the leads phase fails after the schema step created x_cji_region and friends
        with patch.object(type(get_importer(self.env, "lead")), "import_records", side_effect=RuntimeError("disk on fire")):
            run.action_import()
        self.assertEqual(run.state, "failed")
        self.assertIn("disk on fire", run.error_message)
        self.assertFalse(self.env["ir.model.fields"].search_count([("name", "=like", "x_cji_%")]),
                         "the attempt's custom fields are rolled back")
        self.assertNotIn("x_cji_region", self.env["res.partner"]._fields)
        self.assertTrue(self.env.registry.registry_invalidated, "the other workers are told to reload")
        # every model the attempt touched reads again, here, without a restart
        for model in ("res.partner", "crm.lead", "crm.stage", "project.project"):
            self.env[model].search_read([], limit=1)
        # fixing the cause and pressing Import again creates the fields anew and imports
        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        self.assertIn("x_cji_region", self.env["res.partner"]._fields)
        self.env["res.partner"].search_read([("x_cji_region", "!=", False)], ["x_cji_region"], limit=1)
