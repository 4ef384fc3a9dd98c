"""Test import: the real import, rolled back; every record says what would happen, nothing is kept."""
from odoo.tests import tagged

from .common import IntrixCase, replacing, sample_files


#: O2 in a currency Odoo does not know: found only when the import runs
unknown_currency = replacing('O2,Robot arms x3,C2,P2,Sales,Negotiation,"48.000,50",EUR,',
                             'O2,Robot arms x3,C2,P2,Sales,Negotiation,"48.000,50",XYZ,')


@tagged("post_install", "-at_install")
class TestTrialImport(IntrixCase):
    def _table_counts(self):
        self.env.flush_all()
        counts = {}
        for table in ("res_partner", "crm_lead", "crm_stage", "crm_team", "project_project", "project_task",
                      "mail_message", "ir_model_fields", "ir_model_data", "clientjoy_intrix_ledger"):
            self.env.cr.execute('SELECT count(*), max(id) FROM "%s"' % table)
            counts[table] = self.env.cr.fetchone()
        return counts

    def test_trial_shows_import_time_failures_and_keeps_nothing(self):
        run = self.make_run(sample_files(replace={"opportunities.csv": unknown_currency}),
                            fallback_user_id=self.env.ref("base.user_admin").id)
        run.action_confirm_map()
        self.assertEqual(run.state, "ready")
        o2 = run.staging_ids.filtered(lambda s: s.object_name == "opportunities" and s.external_id == "O2")
        self.assertIn(o2.state, ("valid", "warning"), "the unknown currency is only found at import time")
        before = self._table_counts()
        run.action_test_import()
        self.assertEqual(self._table_counts(), before, "a test import keeps nothing")
        self.assertNotIn("x_cji_region", self.env["res.partner"]._fields, "nor its custom fields")
        self.assertEqual(run.state, "ready")
        self.assertEqual((o2.state, o2.trial_outcome), ("valid" if o2.state == "valid" else "warning", "error"))
        self.assertIn("XYZ", o2.trial_message)
        o1 = run.staging_ids.filtered(lambda s: s.object_name == "opportunities" and s.external_id == "O1")
        self.assertEqual(o1.trial_outcome, "create")
        self.assertIn("1 would fail", run.trial_summary)
        # the real import then does what the test said
        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        self.assertEqual((o2.state, o1.state), ("error", "imported"))
        self.assertIn("XYZ", o2.message)

    def test_trial_of_a_rerun_says_what_would_change(self):
        self.import_run()
        changed = sample_files(replace={"opportunities.csv": lambda c: c.replace(b"Honey line automation", b"Honey line v2")})
        run = self.make_run(changed, fallback_user_id=self.env.ref("base.user_admin").id)
        run.action_confirm_map()
        run.action_test_import()
        o1 = run.staging_ids.filtered(lambda s: s.object_name == "opportunities" and s.external_id == "O1")
        self.assertEqual(o1.trial_outcome, "update")
        self.assertIn("name", o1.trial_message)
        c1 = run.staging_ids.filtered(lambda s: s.object_name == "clients" and s.external_id == "C1")
        self.assertEqual(c1.trial_outcome, "unchanged")
