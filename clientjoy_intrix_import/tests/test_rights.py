"""Access checks come before any superuser or SQL work, and a missing right is explained in words."""
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import IntrixCase


@tagged("post_install", "-at_install")
class TestRights(IntrixCase):
    def _user(self, login, *groups):
        return self.env["res.users"].with_context(no_reset_password=True).create({
            "name": login, "login": login, "group_ids": [(6, 0, [self.env.ref(g).id for g in groups])]})

    def test_reviewer_cannot_run_steps_that_work_as_superuser(self):
        run = self.import_run()
        reviewer = self._user("reviewer@example.com", "clientjoy_intrix_import.group_import_user")
        self.env.flush_all()
        self.env.cr.execute("SELECT count(*) FROM clientjoy_intrix_ledger WHERE run_id = %s AND rolled_back", [run.id])
        self.assertEqual(self.env.cr.fetchone()[0], 0)
        as_reviewer = run.with_user(reviewer)
        for action in ("action_rollback", "action_validate", "action_confirm_map", "action_stage", "action_cancel"):
            with self.subTest(action=action), self.assertRaises(AccessError):
                getattr(as_reviewer, action)()
        self.env.invalidate_all()
        self.assertEqual(run.state, "done")
        self.env.cr.execute("SELECT count(*) FROM clientjoy_intrix_ledger WHERE run_id = %s AND rolled_back", [run.id])
        self.assertEqual(self.env.cr.fetchone()[0], 0, "nothing was rolled back before the access check")

    def test_create_missing_users_explains_the_right_it_needs(self):
        run = self.make_run()
        manager = self._user("manager@example.com", "clientjoy_intrix_import.group_import_manager")
        unmatched = run.owner_ids.filtered(lambda o: o.state == "unmatched")
        self.assertTrue(unmatched)
        with self.assertRaises(UserError) as caught:
            unmatched.with_user(manager).action_provision_user()
        self.assertIn("right to manage users", caught.exception.args[0])
        self.assertFalse(unmatched.user_id)
        # an administrator of users can
        admin = self._user("useradmin@example.com", "clientjoy_intrix_import.group_import_manager",
                           "base.group_erp_manager")
        unmatched.with_user(admin).action_provision_user()
        self.assertTrue(all(unmatched.mapped("user_id")))
