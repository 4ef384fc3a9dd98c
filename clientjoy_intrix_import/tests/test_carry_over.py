"""A delta run takes over the confirmed map, the fallback owner and the owners mapped by hand."""
from odoo.tests import tagged

from .common import IntrixCase, sample_files


def with_budget_code(content):
    """The projects export with one more column, as a later export of the source might have."""
    lines = content.split(b"\r\n")
    lines = [line + (b",Budget code" if i == 0 else b",B-%d" % i) if line else line for i, line in enumerate(lines)]
    return b"\r\n".join(lines)


@tagged("post_install", "-at_install")
class TestCarryOver(IntrixCase):
    def test_delta_run_does_not_ask_again(self):
        run = self.make_run(fallback_user_id=self.env.ref("base.user_admin").id)
        # the admin's decisions: a column re-mapped by hand, an owner mapped to another user
        line = run.map_ids.filtered(lambda m: m.object_name == "contacts" and m.action == "map")[:1]
        line.write({"action": "ignore"})
        unknown = run.owner_ids.filtered(lambda o: o.email == "unknown.owner@example.si")
        unknown.user_id = self.marko
        self.assertEqual(unknown.state, "mapped")
        run.action_confirm_map()
        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)

        delta = self.env["clientjoy.intrix.run"].create({"source": "intrix", "previous_run_id": run.id})
        delta._add_files(sample_files())
        delta.action_stage()
        self.assertEqual(delta.state, "ready", "an unchanged source needs no new confirmation")
        self.assertFalse(delta.map_ids.filtered(lambda m: not m.confirmed))
        same = delta.map_ids.filtered(lambda m: (m.object_name, m.source_column) == (line.object_name, line.source_column))
        self.assertEqual(same.action, "ignore", "the admin's own decision, not the proposal")
        self.assertEqual(delta.fallback_user_id, run.fallback_user_id)
        self.assertEqual(delta.owner_ids.filtered(lambda o: o.email == "unknown.owner@example.si").user_id, self.marko)
        self.assertIn("taken over", delta.log)

    def test_new_column_still_waits_for_confirmation(self):
        run = self.import_run()
        delta = self.env["clientjoy.intrix.run"].create({"source": "intrix", "previous_run_id": run.id})
        delta._add_files(sample_files(replace={"projects.csv": with_budget_code}))
        delta.action_stage()
        self.assertFalse(delta.error_message, delta.error_message)
        waiting = delta.map_ids.filtered(lambda m: not m.confirmed)
        self.assertEqual(waiting.mapped("source_column"), ["Budget code"])
        self.assertEqual(delta.state, "staged")
