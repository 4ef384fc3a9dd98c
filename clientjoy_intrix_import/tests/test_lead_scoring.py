"""Lead scoring counts of imported won and lost leads: added once per phase (models/import_lead_scoring.py),
ending exactly as Odoo's counting at every create would, and undone by a rollback."""
from unittest import mock

from odoo.tests import tagged

from odoo.addons.queue_job.tests.common import trap_jobs

from ..importers.base import EntityImporter
from ..importers.crm import LeadImporter
from .common import IntrixCase, perform_all_jobs
from .test_rollback_exact import RollbackExactMixin

COUNTRIES = ["Slovenia", "Germany", "Austria", "Croatia"]
STATUSES = ["Won", "Lost", "Open", "Lost", "Won", "Won", "Lost", "Open", "Won", "Lost", "Open", "Won", "Lost", "Won"]


def opportunities():
    lines = ["Opportunity ID,Name,Pipeline,Stage,Status,Country,E-mail,Phone"]
    for i, status in enumerate(STATUSES, 1):
        lines.append("S%d,Deal %d,Sales,%s,%s,%s,%s,%s" % (
            i, i, "Won" if status == "Won" else "Negotiation", status, COUNTRIES[i % len(COUNTRIES)],
            "buyer%d@example.com" % i if i % 3 else "", "+386 1 234 56%02d" % i if i % 2 else ""))
    return [("opportunities.csv", ("\n".join(lines) + "\n").encode())]


@tagged("post_install", "-at_install")
class TestLeadScoring(RollbackExactMixin, IntrixCase):
    def frequencies(self):
        """Every row of the scoring table by team name, field and value: (won, lost) counts."""
        self.env.flush_all()
        self.env.cr.execute("""SELECT t.name->>'en_US', f.variable, f.value, f.won_count, f.lost_count
                                 FROM crm_lead_scoring_frequency f LEFT JOIN crm_team t ON t.id = f.team_id""")
        rows = self.env.cr.fetchall()
        # a stage is named: a stage the run created has another id once rolled back and created again
        stages = {str(stage.id): stage.name for stage in self.env["crm.stage"].search([])}
        return {(team, variable, stages.get(value, value) if variable == "stage_id" else value): (won, lost)
                for team, variable, value, won, lost in rows}

    def staged(self, **vals):
        run = self.make_run(opportunities(), fallback_user_id=self.env.ref("base.user_admin").id, chunk_size=3, **vals)
        self.assertFalse(run.error_message, run.error_message)
        status = run.map_ids.filtered(lambda m: m.source_column == "Status")
        self.assertEqual((status.action, status.target_id.key), ("map", "status"))
        run.action_confirm_map()
        return run

    def counting(self):
        """Patch recording every call of Odoo's increment that counts leads: [(to_state, lead count)]."""
        calls = []
        original = type(self.env["crm.lead"])._pls_increment_frequencies

        def increment(leads, from_state=None, to_state=None):
            if leads:
                calls.append((to_state, len(leads)))
            return original(leads, from_state=from_state, to_state=to_state)
        return calls, mock.patch.object(type(self.env["crm.lead"]), "_pls_increment_frequencies", increment)

    def test_counted_once_per_phase_as_odoo_counts_them(self):
        before = self.frequencies()
        # Odoo's own counting, at every create (the deferral switched off), then rolled back
        calls, patch = self.counting()
        with patch, mock.patch.object(LeadImporter, "_write", EntityImporter._write):
            run = self.staged()
            run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        per_create = self.frequencies()
        self.assertNotEqual(per_create, before, "the won and lost leads were counted")
        self.assertGreater(len(calls), 2, "counted by every batch (5 batches of 3)")
        run.action_rollback()
        self.assertEqual(self.frequencies(), before)

        # the import's way: noted by the batches, counted when the phase closes, once per state
        run = self.staged()
        snapshot = self.take_snapshot()  # the run's own file and staging are the addon's, not the import's
        calls, patch = self.counting()
        with patch:
            run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        self.assertEqual(sorted(calls), [("lost", STATUSES.count("Lost")), ("won", STATUSES.count("Won"))])
        self.assertEqual(self.frequencies(), per_create)
        self.assertFalse(self.env["clientjoy.intrix.lead.scoring"].search_count([]), "nothing left to count")
        run.action_rollback()
        self.assert_database_as_before(snapshot)

    def test_cancelled_jobs_run_counts_what_its_batches_imported(self):
        before = self.frequencies()
        run = self.staged(use_jobs=True)
        with trap_jobs() as trap:
            run.action_import()
            # the phase's start job queues the batches: run two of them, then cancel
            trap.perform_enqueued_jobs()
            batches = [job for job in trap.enqueued_jobs if job.method_name == "_job_import_chunk"]
            self.assertEqual(len(batches), 5)
            for job in batches[:2]:
                job.perform()
            self.assertTrue(self.env["clientjoy.intrix.lead.scoring"].search_count([("run_id", "=", run.id)]))
            self.assertEqual(self.frequencies(), before, "nothing counted before the phase closes")
            run.action_cancel()
            perform_all_jobs(self, trap)
        self.assertEqual(run.state, "cancelled")
        imported = self.env["crm.lead"].with_context(active_test=False).search(
            [("id", "in", run.staging_ids.filtered(lambda s: s.state == "imported").mapped("res_id"))])
        self.assertEqual(len(imported), 6)
        self.assertFalse(self.env["clientjoy.intrix.lead.scoring"].search_count([("run_id", "=", run.id)]))
        after = self.frequencies()
        # every counted lead adds one to the row of its e-mail's state (a won lead adds to every stage)
        added = {state: round(sum(counts[index] - before.get(key, (0.1, 0.1))[index]
                                  for key, counts in after.items() if key[1] == "email_state"), 6)
                 for index, state in enumerate(("won", "lost"))}
        self.assertEqual(added, {"won": len(imported.filtered(lambda lead: lead.won_status == "won")),
                                 "lost": len(imported.filtered(lambda lead: lead.won_status == "lost"))})
        self.assertTrue(added["won"] and added["lost"])
