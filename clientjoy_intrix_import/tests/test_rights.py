"""Access checks come before any superuser or SQL work, and a missing right is explained in words."""
from odoo import models
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

    def test_every_run_step_refuses_a_reviewer_before_it_changes_anything(self):
        """Every button of a run that changes it (not only the five above): called by a reviewer, who may
        read a run but not write it, it raises AccessError and the run, its staging and its ledger are as
        they were. Buttons that only open a view or a download are allowed."""
        opening = {"action_open_errors", "action_open_jobs", "action_open_ledger", "action_open_map",
                   "action_open_staging", "action_open_verify_mismatches", "action_download_audit_csv",
                   "action_download_audit_xlsx", "action_open_rollback_wizard"}
        Run = self.env["clientjoy.intrix.run"]
        # the run's own buttons (Odoo's action_archive of every model does not apply: a run has no 'active')
        actions = sorted(name for name in dir(Run) if name.startswith("action_") and callable(getattr(Run, name))
                         and not hasattr(models.BaseModel, name))
        self.assertIn("action_test_import", actions)
        reviewer = self._user("reviewer2@example.com", "clientjoy_intrix_import.group_import_user")
        for make in (self.make_run, self.import_run):
            run = make()
            self.env.flush_all()

            def snapshot(run=run):
                self.env.flush_all()
                self.env.cr.execute("SELECT state, write_date FROM clientjoy_intrix_run WHERE id = %s", [run.id])
                head = self.env.cr.fetchone()
                self.env.cr.execute("SELECT count(*), max(write_date) FROM clientjoy_intrix_staging WHERE run_id = %s",
                                    [run.id])
                staging = self.env.cr.fetchone()
                self.env.cr.execute("SELECT count(*), count(*) FILTER (WHERE rolled_back) FROM clientjoy_intrix_ledger "
                                    "WHERE run_id = %s", [run.id])
                return head, staging, self.env.cr.fetchone()

            before = snapshot()
            for action in actions:
                if action in opening:
                    continue
                with self.subTest(run=run.state, action=action):
                    try:
                        with self.env.cr.savepoint():
                            getattr(run.with_user(reviewer), action)()
                    except AccessError:
                        pass
                    except UserError as exc:
                        self.fail("%s: a UserError before the access check: %s" % (action, exc))
                    else:
                        self.fail("%s ran for a reviewer" % action)
                    self.env.invalidate_all()
                    self.assertEqual(snapshot(), before, action)
