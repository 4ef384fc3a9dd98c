"""Stages a source's leads name that neither its stage export nor Odoo has (any CRM's CSV export names its
deal stages and has no stage export): said on the staging records before the import, created once each
in the pipeline the leads go to, before the leads, and removed exactly by the rollback."""
import base64

from unittest.mock import patch

from odoo.tests import tagged

from odoo.addons.queue_job.tests.common import trap_jobs

from ..importers import get_importer
from .common import IntrixCase, perform_all_jobs
from .test_generic_source import COMPANIES
from .test_rollback_exact import RollbackExactMixin

# two stages Odoo does not have (one named twice, in another case) and Odoo's own New
DEALS = (
    "Record ID,Deal Name,Amount,Deal Stage,Associated Company ID,Deal owner\n"
    "5101,Northwind renewal,12500.00,Verhandlung,901,ana.novak@example.si\n"
    "5102,Tailspin pilot,800.50,New,902,marko@example.si\n"
    "5103,Northwind upsell,300.00,Angebot erstellt,901,ana.novak@example.si\n"
    "5104,Tailspin extension,450.00,verhandlung,902,marko@example.si\n"
)
NEW_STAGES = ("Verhandlung", "Angebot erstellt")


@tagged("post_install", "-at_install")
class TestMissingStages(RollbackExactMixin, IntrixCase):
    def _staged_run(self, **vals):
        attachments = self.env["ir.attachment"].create([
            {"name": name, "datas": base64.b64encode(content.encode())}
            for name, content in (("companies.csv", COMPANIES), ("deals.csv", DEALS))])
        wizard = self.env["clientjoy.intrix.upload.wizard"].create({
            "source": "generic_csv", "attachment_ids": [(6, 0, attachments.ids)]})
        run = self.env["clientjoy.intrix.run"].browse(wizard.action_upload()["res_id"])
        self.assertEqual(run.state, "staged", run.error_message)
        line = run.map_ids.filtered(lambda m: m.object_name == "deals" and m.source_column == "Deal Stage")
        self.assertEqual((line.action, line.target_id.key), ("map", "stage"))
        if vals:
            run.write(vals)
        run.action_confirm_map()
        return run

    def _stages(self, name):
        return self.env["crm.stage"].search([("name", "=ilike", name)])

    def _pipeline(self):
        return self.env["crm.team"].search([("use_opportunities", "=", True), ("company_id", "in", [self.env.company.id, False])],
                                           order="sequence, id", limit=1)

    def _deals(self):
        return {lead.name: lead for lead in self.env["crm.lead"].search(
            [("name", "in", ("Northwind renewal", "Tailspin pilot", "Northwind upsell", "Tailspin extension"))])}

    def _assert_imported_in_their_stages(self, run, new_before, stages_first=True):
        self.assertEqual(run.state, "done", run.error_message)
        self.assertEqual(run.verify_mismatches, 0, "\n".join(run.staging_ids.filtered("verify_mismatch").mapped(
            "verify_message")))
        deals = self._deals()
        self.assertEqual({name: lead.stage_id.name for name, lead in deals.items()}, {
            "Northwind renewal": "Verhandlung", "Tailspin pilot": "New", "Northwind upsell": "Angebot erstellt",
            "Tailspin extension": "Verhandlung"})
        self.assertEqual(deals["Tailspin pilot"].stage_id, new_before, "Odoo's own New is used, not doubled")
        pipeline = self._pipeline()
        verhandlung, angebot = (self._stages(name) for name in NEW_STAGES)
        # once each (not per lead, not per batch), in the leads' pipeline, in order of first appearance,
        # after the pipeline's open stages and before its won stage
        self.assertEqual((len(verhandlung), len(angebot)), (1, 1))
        self.assertEqual((verhandlung.team_ids, angebot.team_ids), (pipeline, pipeline))
        self.assertEqual(deals["Tailspin extension"].stage_id, verhandlung)
        self.assertEqual(deals["Northwind renewal"].team_id, pipeline)
        self.assertLess(verhandlung.id, angebot.id)
        won = self.env["crm.stage"].search([("is_won", "=", True), "|", ("team_ids", "=", False),
                                            ("team_ids", "in", pipeline.ids)], order="sequence", limit=1)
        self.assertLess(verhandlung.sequence, angebot.sequence)
        self.assertLess(angebot.sequence, won.sequence)
        created = run.ledger_ids.filtered(lambda e: e.res_model == "crm.stage" and e.operation == "create")
        self.assertEqual(sorted(created.mapped("res_id")), sorted((verhandlung | angebot).ids))
        leads = run.ledger_ids.filtered(lambda e: e.res_model == "crm.lead" and e.operation == "create")
        self.assertEqual(len(leads), 4)
        if stages_first:  # before every lead of the run
            self.assertLess(max(created.mapped("sequence")), min(leads.mapped("sequence")))
        messages = "\n".join(filter(None, run.staging_ids.mapped("message")))
        self.assertNotIn("lead put in the first stage", messages)

    def test_unknown_stages_are_said_created_once_and_rolled_back_exactly(self):
        new_before = self._stages("New")
        self.assertEqual(len(new_before), 1)
        for name in NEW_STAGES:
            self.assertFalse(self._stages(name))
        run = self._staged_run()
        pipeline = self._pipeline()
        deals = {s.external_id: s for s in run.staging_ids if s.object_name == "deals"}
        # said before the import, in words, on each lead that names such a stage
        for ref, name in (("5101", "Verhandlung"), ("5103", "Angebot erstellt"), ("5104", "Verhandlung")):  # named as it is created
            self.assertEqual(deals[ref].state, "warning")
            self.assertIn("Stage '%s' is not in Odoo: it will be created in pipeline %s, once, before the leads "
                          "(after import: rollback removes it)" % (name, pipeline.name), deals[ref].message)
        self.assertNotIn("is not in Odoo", deals["5102"].message or "")
        # auditing again does not say it twice
        run.action_validate(remap=False)
        self.assertEqual(deals["5101"].message.count("is not in Odoo"), 1)
        before = self.take_snapshot()
        run.action_import()
        self._assert_imported_in_their_stages(run, new_before)
        run.action_rollback()
        self.assertEqual(run.state, "rolled_back")
        for name in NEW_STAGES:
            self.assertFalse(self._stages(name))
        self.assert_database_as_before(before)

    def test_jobs_create_the_stages_once_before_the_batches(self):
        new_before = self._stages("New")
        run = self._staged_run(use_jobs=True, chunk_size=1)
        with trap_jobs() as trap:
            run.action_import()
            perform_all_jobs(self, trap)
        self._assert_imported_in_their_stages(run, new_before)

    def test_an_importer_made_serial_still_creates_the_stages(self):
        """An addon that makes the lead importer write its batches one by one (no ``parallel_batches``)
        keeps the audit's promise: each batch creates the stages its leads name, inline and in jobs."""
        new_before = self._stages("New")
        for use_jobs in (False, True):
            with self.subTest(use_jobs=use_jobs), self.env.cr.savepoint(flush=False) as savepoint, \
                    patch.object(get_importer(self.env, "lead"), "parallel_batches", False):
                run = self._staged_run(use_jobs=use_jobs, chunk_size=1)
                performed = []
                with trap_jobs() as trap:
                    run.action_import()
                    perform_all_jobs(self, trap, performed=performed)
                # the 2 companies side by side (a start and a closing job), the 4 leads batch after batch
                # (batches of 1), chained: no start or closing job of their own
                expected = {"_job_import_chunk": 6, "_job_start_phase": 1, "_job_close_phase": 1} if use_jobs else {}
                self.assertEqual({name: performed.count(name) for name in expected}, expected, performed)
                self._assert_imported_in_their_stages(run, new_before, stages_first=False)
                savepoint.rollback()

    def test_a_stage_is_created_in_the_pipeline_the_lead_names(self):
        partners = self.env["crm.team"].create({"name": "Partner sales", "use_opportunities": True})
        deals = ("Record ID,Deal Name,Amount,Pipeline,Deal Stage,Associated Company ID,Deal owner\n"
                 "5201,Reseller deal,100.00,Partner sales,Verhandlung,901,ana.novak@example.si\n"
                 "5202,Direct deal,200.00,%s,Verhandlung,902,marko@example.si\n" % self._pipeline().name)
        attachments = self.env["ir.attachment"].create([
            {"name": name, "datas": base64.b64encode(content.encode())}
            for name, content in (("companies.csv", COMPANIES), ("deals.csv", deals))])
        wizard = self.env["clientjoy.intrix.upload.wizard"].create({
            "source": "generic_csv", "attachment_ids": [(6, 0, attachments.ids)]})
        run = self.env["clientjoy.intrix.run"].browse(wizard.action_upload()["res_id"])
        line = run.map_ids.filtered(lambda m: m.object_name == "deals" and m.source_column == "Pipeline")
        self.assertEqual((line.action, line.target_id.key), ("map", "pipeline"))
        run.action_confirm_map()
        staged = {s.external_id: s for s in run.staging_ids if s.object_name == "deals"}
        self.assertIn("created in pipeline Partner sales", staged["5201"].message)
        self.assertIn("created in pipeline %s" % self._pipeline().name, staged["5202"].message)
        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        self.assertEqual(run.verify_mismatches, 0)
        reseller, direct = (self.env["crm.lead"].search([("name", "=", name)]) for name in ("Reseller deal", "Direct deal"))
        self.assertEqual((reseller.team_id, reseller.stage_id.team_ids), (partners, partners))
        self.assertEqual((direct.team_id, direct.stage_id.team_ids), (self._pipeline(), self._pipeline()))
        self.assertEqual(reseller.stage_id.name, "Verhandlung")
        self.assertNotEqual(reseller.stage_id, direct.stage_id, "one stage per pipeline")
