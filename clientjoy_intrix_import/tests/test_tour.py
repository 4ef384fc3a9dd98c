"""The whole admin journey in a real headless Chromium: upload wizard, field map screen, import, rollback.

Screenshots of the journey are kept as test artefacts: the tour logs ``cji-screenshot:<name>`` where the
admin's view is worth keeping, and the browser saves a PNG of the page then, in Odoo's screenshots
folder (``--screenshots``, by default ``/tmp/odoo_tests``) under ``<database>/screenshots/cji_<name>_*.png``.
"""
import pathlib
import re
from unittest import mock

import odoo
from odoo.tests import HttpCase, tagged
from odoo.tests.common import ChromeBrowser, get_db_name

SCREENSHOTS = ("field_map_screen", "two_columns_one_field_refused", "reconciliation", "rollback_summary", "rolled_back")


def screenshot_on_marker(taken):
    """A ``ChromeBrowser._handle_console`` that also takes a screenshot when the tour asks for one."""
    handle = ChromeBrowser._handle_console

    def handle_console(browser, type, args=None, stackTrace=None, **kw):  # noqa: A002 - Odoo's signature
        if args:
            match = re.fullmatch(r"cji-screenshot:(\w+)", str(browser._from_remoteobject(args[0])))
            if match:
                taken.append((match.group(1), browser.take_screenshot(prefix="cji_%s_" % match.group(1))))
        return handle(browser, type, args=args, stackTrace=stackTrace, **kw)
    return handle_console


@tagged("post_install", "-at_install")
class TestImportTour(HttpCase):
    def test_import_tour(self):
        Users = self.env["res.users"].with_context(no_reset_password=True)
        Users.create({"name": "Ana Novak", "login": "ana.novak@example.si", "email": "ana.novak@example.si"})
        Users.create({"name": "Marko Kranjc", "login": "marko@example.si", "email": "marko@example.si"})
        folder = pathlib.Path(odoo.tools.config["screenshots"]) / get_db_name() / "screenshots"
        before = set(folder.glob("cji_*.png"))
        taken = []
        with mock.patch.object(ChromeBrowser, "_handle_console", screenshot_on_marker(taken)):
            self.start_tour("/odoo", "clientjoy_intrix_import_tour", login="admin", timeout=180)
        for _name, future in taken:
            if future is not None:
                future.result(timeout=30)
        self.assertEqual([name for name, _future in taken], list(SCREENSHOTS))
        kept = {path.name.split("_2")[0][len("cji_"):] for path in set(folder.glob("cji_*.png")) - before}
        self.assertEqual(kept, set(SCREENSHOTS), "one screenshot per marked step, kept in %s" % folder)
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
