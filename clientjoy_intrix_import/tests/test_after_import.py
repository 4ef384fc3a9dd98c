"""What the admin sees after an import: stages reused instead of doubled, amounts in another currency as
the admin chose, and nothing sent out of the database while importing.

The test database has Odoo's own shared stages New, Qualified, Proposition and Won (crm data), as a
fresh Odoo has them.
"""
from odoo.exceptions import UserError
from odoo.tests import tagged

from ..importers.crm import stage_key
from .common import ClientjoyCase, sample_files
from .test_rollback_exact import DatabaseSnapshot

API_KEY = "cj-odoo-test-KEY-after"
ODOO_STAGES = ("crm.stage_lead1", "crm.stage_lead2", "crm.stage_lead3", "crm.stage_lead4")


@tagged("post_install", "-at_install")
class TestAfterImport(ClientjoyCase):
    api_key = API_KEY

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.zuzek, cls.jonas, cls.maja = cls.owners
        cls.backend = cls.make_backend()

    def setUp(self):
        super().setUp()
        self.assertEqual(self.env.company.currency_id.name, "USD", "the amounts in EUR are in another currency")

    # ------------------------------------------------------------------ helpers
    def odoo_stages(self):
        stages = self.env["crm.stage"].browse([self.env.ref(xmlid).id for xmlid in ODOO_STAGES])
        self.assertEqual(stages.mapped("name"), ["New", "Qualified", "Proposition", "Won"])
        self.assertFalse(stages.team_ids, "Odoo's stages are shared by every pipeline")
        return stages

    def pipeline_names(self, team):
        """The stage names the pipeline of ``team`` shows (its own stages and the shared ones)."""
        stages = self.env["crm.stage"].search(["|", ("team_ids", "=", False), ("team_ids", "in", team.ids)])
        return [stage_key(name) for name in stages.mapped("name")]

    def assert_no_duplicate_stage(self, team):
        names = self.pipeline_names(team)
        self.assertEqual(sorted(set(names)), sorted(names), "the pipeline of %s shows a stage twice" % team.name)

    def clientjoy_run(self):
        run = self.env["clientjoy.intrix.run"].browse(self.backend.action_new_run()["res_id"])
        self.assertEqual(run.state, "staged", run.error_message)
        run.action_confirm_map()
        return run

    def intrix_run(self, files=None, **vals):
        run = self.make_run(files if files is not None else sample_files(),
                            fallback_user_id=self.env.ref("base.user_admin").id, **vals)
        self.assertFalse(run.error_message, run.error_message)
        run.action_confirm_map()
        return run

    def imported(self, run, object_name, ref):
        record, staging = self.record(run, object_name, ref)
        self.assertEqual(staging.state, "imported", staging.message)
        return record, staging

    def outgoing(self):
        """Rows of mail.mail and mail.notification (what would leave the database, or notify someone)."""
        self.env.flush_all()
        counts = []
        for table in ("mail_mail", "mail_notification"):
            self.env.cr.execute('SELECT count(*), COALESCE(max(id), 0) FROM "%s"' % table)
            counts.append(self.env.cr.fetchone())
        return counts

    def assert_verified(self, run):
        mismatching = run.staging_ids.filtered("verify_mismatch")
        self.assertEqual(run.verify_mismatches, 0, "\n".join(
            "%s %s: %s" % (s.object_name, s.external_id, s.verify_message) for s in mismatching))

    # ------------------------------------------------------------------ (a) stages reused, never doubled
    def test_intrix_stages_reuse_existing_ones_and_roll_back_exactly(self):
        odoo = self.odoo_stages()
        # the pipeline is Odoo's own Sales team, which gets a stage of its own written differently ("offer  SENT")
        team = self.env.ref("sales_team.team_sales_department")
        self.assertEqual(self.env["crm.team"].search([("name", "=ilike", "Sales")]), team)
        own = self.env["crm.stage"].create({"name": "  offer  SENT ", "sequence": 5, "team_ids": [(6, 0, team.ids)]})
        stages_before = {stage.id: stage.read(["name", "sequence", "team_ids", "is_won", "fold"])[0]
                         for stage in odoo | own}
        run = self.intrix_run()
        before = DatabaseSnapshot(self.env.cr)
        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        self.assert_verified(run)

        self.assertEqual(self.env["crm.team"].search([("name", "=", "Sales")]), team, "the pipeline is the team")
        self.assert_no_duplicate_stage(team)
        stage_of = {s.name: self.env["crm.stage"].browse(s.res_id) for s in run.staging_ids
                    if s.object_name == "pipeline_stages"}
        self.assertEqual(stage_of["New"], odoo[0], "Odoo's shared New is reused")
        self.assertEqual(stage_of["Won"], odoo[3], "Odoo's shared Won is reused")
        self.assertEqual(stage_of["Offer sent"], own, "the pipeline's own stage, case and spaces aside")
        self.assertEqual(stage_of["Negotiation"].team_ids, team, "a stage Odoo does not have is created")
        new_staging = run.staging_ids.filtered(lambda s: s.object_name == "pipeline_stages" and s.name == "New")
        self.assertIn("reused as it is", new_staging.message)
        ledger = {(e.res_id, e.operation) for e in run.ledger_ids if e.res_model == "crm.stage" and not e.side_effect}
        for stage in (odoo[0], odoo[3], own):
            self.assertIn((stage.id, "match"), ledger)
            self.assertNotIn((stage.id, "create"), ledger, "a reused stage is no creation of the run")
            self.assertNotIn((stage.id, "update"), ledger, "nor written by it")
        for stage in odoo | own:
            self.assertEqual(stage.read(["name", "sequence", "team_ids", "is_won", "fold"])[0], stages_before[stage.id])
        # leads land in the stages of their pipeline, reused or created
        o1, _st = self.imported(run, "opportunities", "O1")
        self.assertEqual((o1.stage_id, o1.team_id), (own, team))

        run.action_rollback()
        self.assertEqual(run.state, "rolled_back")
        self.env.flush_all()
        for stage in odoo | own:
            self.assertTrue(stage.exists(), "the rollback deleted a stage the run only reused")
        differences = before.diff(DatabaseSnapshot(self.env.cr))
        self.assertFalse(differences, "the rollback left the database different:\n%s" % differences)

    def test_dependent_lead_in_a_reused_stage_does_not_block_the_rollback(self):
        odoo = self.odoo_stages()
        run = self.intrix_run()
        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        client, _st = self.imported(run, "clients", "C1")
        self.env["crm.lead"].create({"name": "Made by hand", "stage_id": odoo[3].id, "partner_id": client.id})
        # the lead is on an imported client (a dependant, named) and in Odoo's Won, which the run only reused
        with self.assertRaisesRegex(UserError, "Made by hand") as caught:
            run.action_rollback()
        self.assertNotIn(self.env["crm.stage"]._description, str(caught.exception))

    def test_stages_are_created_when_the_admin_says_so(self):
        odoo = self.odoo_stages()
        run = self.intrix_run(reuse_stages=False)
        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        new = self.env["crm.stage"].browse(run.staging_ids.filtered(
            lambda s: s.object_name == "pipeline_stages" and s.name == "New").res_id)
        self.assertNotEqual(new, odoo[0])
        self.assertEqual(new.team_ids.name, "Sales")
        self.assertFalse(run.ledger_ids.filtered(lambda e: e.operation == "match"))

    def test_clientjoy_stages_reuse_odoo_stages(self):
        odoo = self.odoo_stages()
        run = self.clientjoy_run()
        before = DatabaseSnapshot(self.env.cr)
        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        self.assert_verified(run)
        for team in self.env["crm.team"].search([("name", "in", ("Prodaja / Sales", "Agency retainers"))]):
            self.assert_no_duplicate_stage(team)
        sales = self.env["crm.team"].search([("name", "=", "Prodaja / Sales")])
        self.assertEqual(self.env["crm.stage"].search([("team_ids", "in", sales.ids)]).mapped("name"),
                         ["Contacted", "Proposal sent", "Lost"], "only what Odoo does not have is created")
        new, _st = self.imported(run, "leads", "ld_00001")
        self.assertEqual((new.team_id, new.stage_id), (sales, odoo[0]), "a new lead starts in the pipeline's first stage")
        converted, _st = self.imported(run, "leads", "ld_00004")
        self.assertEqual((converted.stage_id, converted.probability), (odoo[3], 100.0))
        qualified, _st = self.imported(run, "leads", "ld_00003")
        self.assertEqual(qualified.stage_id.name, "Proposal sent")
        self.assertEqual(qualified.stage_id.team_ids, sales)
        # a second run finds the same stages: nothing created, nothing changed, the reuse said again
        run2 = self.clientjoy_run()
        run2.action_import()
        self.assertEqual(run2.state, "done", run2.error_message)
        self.assertEqual(set(run2.ledger_ids.mapped("operation")), {"match"})
        run2.action_rollback()
        run.action_rollback()
        self.assertTrue(odoo.exists() == odoo)
        differences = before.diff(DatabaseSnapshot(self.env.cr))
        self.assertFalse(differences, "the rollback left the database different:\n%s" % differences)

    # ------------------------------------------------------------------ (b) amounts in another currency
    def test_amounts_in_euro_are_flagged_before_the_import(self):
        run = self.intrix_run()
        o1 = run.staging_ids.filtered(lambda s: s.object_name == "opportunities" and s.external_id == "O1")
        self.assertTrue(o1.audit_currency)
        self.assertEqual(o1.state, "warning")
        self.assertIn("Value in EUR, the company's currency is USD", o1.message)
        line = run.currency_ids
        self.assertEqual((line.currency_code, line.currency_id.name, line.record_count, line.objects, line.decision),
                         ("EUR", "EUR", 2, "2 opportunities", "keep"))
        self.assertFalse(line.rate, "Odoo has no EUR rate here: no rate is made up")
        self.assertEqual(run.count_other_currencies, 1)
        run.action_validate()
        self.assertEqual(o1.message.count("Value in EUR"), 1, "a second audit does not repeat the warning")
        self.assertEqual(len(run.currency_ids), 1)

    def test_opportunity_value_kept_as_it_is(self):
        run = self.intrix_run()
        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        o1, staging = self.imported(run, "opportunities", "O1")
        self.assertEqual(o1.expected_revenue, 12500.0)
        self.assertIn("Value in EUR kept as it is", staging.message)
        self.assert_verified(run)

    def test_opportunity_value_converted_at_the_admins_rate(self):
        # Odoo's own rate is a suggestion only
        eur = self.env.ref("base.EUR")
        self.env["res.currency.rate"].create({"currency_id": eur.id, "name": "2000-01-01", "rate": 0.5,
                                             "company_id": self.env.company.id})
        run = self.intrix_run()
        line = run.currency_ids
        self.assertAlmostEqual(line.rate, 2.0, places=6)
        self.assertEqual(line.decision, "keep", "proposed, not chosen")
        line.write({"decision": "convert", "rate": 0.0})
        with self.assertRaisesRegex(UserError, "Enter the rate of EUR"):
            run.action_import()
        line.rate = 1.1
        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        o1, staging = self.imported(run, "opportunities", "O1")
        self.assertAlmostEqual(o1.expected_revenue, 13750.0, places=2)
        self.assertIn("converted to USD at your rate (1 EUR = 1.1 USD)", staging.message)
        o2, _st = self.imported(run, "opportunities", "O2")
        self.assertAlmostEqual(o2.expected_revenue, 52800.55, places=2)
        self.assert_verified(run)

    def test_clientjoy_invoices_kept_or_converted(self):
        eur = self.env.ref("base.EUR")
        self.assertFalse(eur.active)
        run = self.clientjoy_run()
        line = run.currency_ids
        self.assertEqual(line.currency_code, "EUR")
        self.assertIn("invoices", line.objects)
        self.assertIn("opportunities", line.objects)
        self.assertIn("proposals", line.objects)
        invoice_staging = run.staging_ids.filtered(lambda s: s.external_id == "inv_00001")
        self.assertIn("Invoice in EUR", invoice_staging.message)
        self.assertTrue(invoice_staging.audit_currency)
        line.write({"decision": "convert", "rate": 1.2})
        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        self.assert_verified(run)
        source = self.server.data.find("invoices", "inv_00001")
        self.assertEqual(source["currency"], "EUR")
        invoice, staging = self.imported(run, "invoices", "inv_00001")
        self.assertEqual(invoice.currency_id, self.env.company.currency_id, "converted: in the company's currency")
        self.assertFalse(eur.active, "no currency activated for converted invoices")
        prices = invoice.invoice_line_ids.sorted("sequence").mapped("price_unit")
        self.assertEqual(prices, [round(float(item["unit_price"]) * 1.2, 2) for item in source["line_items"]])
        self.assertAlmostEqual(invoice.amount_total, float(source["total"]) * 1.2, delta=0.1)
        self.assertIn("Amounts in EUR converted to USD at your rate (1 EUR = 1.2 USD)", staging.message)
        paid, _st = self.imported(run, "invoices", "inv_00003")
        self.assertIn(paid.payment_state, ("paid", "in_payment"))
        # a proposal in EUR: its note shows the amount and its conversion
        proposal = self.server.data.find("proposals", "prp_00001")
        self.assertEqual(proposal["currency"], "EUR")
        data = self.env["ir.model.data"].search([("module", "=", "clientjoy_import"), (
            "name", "=", "c%d_proposals_prp_00001_note" % self.env.company.id)])
        note = self.env["mail.message"].browse(data.res_id)
        self.assertIn("%s EUR (%.2f USD at your rate 1.2)" % (proposal["amount"], float(proposal["amount"]) * 1.2),
                      str(note.body))
        lead = self.server.data.find("leads", "ld_00001")
        self.assertAlmostEqual(self.imported(run, "leads", "ld_00001")[0].expected_revenue,
                               float(lead["value"]) * 1.2, places=2)
        # kept (the default): the invoice stays in EUR, which Odoo activates
        run.action_rollback()
        run2 = self.clientjoy_run()
        self.assertEqual(run2.currency_ids.decision, "keep")
        run2.action_import()
        self.assertEqual(run2.state, "done", run2.error_message)
        self.assert_verified(run2)
        invoice, _st = self.imported(run2, "invoices", "inv_00001")
        self.assertEqual(invoice.currency_id, eur)
        self.assertTrue(eur.active)
        self.assertEqual(invoice.invoice_line_ids.sorted("sequence").mapped("price_unit"),
                         [float(item["unit_price"]) for item in source["line_items"]])

    def test_delta_run_takes_over_the_choice(self):
        run = self.clientjoy_run()
        run.currency_ids.write({"decision": "convert", "rate": 2.0})
        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        self.server.touch("leads", "ld_00001", score=12)
        delta = self.env["clientjoy.intrix.run"].browse(self.backend.action_delta_run()["res_id"])
        self.assertEqual((delta.currency_ids.decision, delta.currency_ids.rate), ("convert", 2.0))
        self.assertIn("Choice for the amounts in EUR taken over", delta.log)

    # ------------------------------------------------------------------ (c) nothing leaves the database
    def test_no_mail_and_no_enrichment_for_a_full_clientjoy_import(self):
        run = self.clientjoy_run()
        before = self.outgoing()
        run.owner_ids.filtered(lambda o: not o.user_id).action_provision_user()
        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        activities = run.staging_ids.filtered(lambda s: s.res_model == "mail.activity")
        self.assertTrue(activities.filtered(lambda s: self.env["mail.activity"].browse(s.res_id).user_id
                                            != self.env.user), "open tasks of other owners were imported")
        self.assertEqual(self.outgoing(), before, "an import queues no e-mail and notifies nobody")
        self.assert_no_enrichment(run)
        self.assert_no_partner_follows(run)

    def test_no_mail_and_no_enrichment_for_a_full_intrix_import(self):
        run = self.intrix_run()
        before = self.outgoing()
        run.owner_ids.filtered(lambda o: o.state in ("unmatched", "fallback")).action_provision_user()
        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        self.assertTrue(run.staging_ids.filtered(lambda s: s.res_model == "mail.activity"))
        self.assertEqual(self.outgoing(), before, "an import queues no e-mail and notifies nobody")
        self.assert_no_enrichment(run)
        self.assert_no_partner_follows(run)

    def assert_no_enrichment(self, run):
        Lead = self.env["crm.lead"].with_context(active_test=False)
        self.assertIn("iap_enrich_done", Lead._fields, "crm_iap_enrich is installed (auto-installed with crm)")
        leads = Lead.browse(run.staging_ids.filtered(lambda s: s.res_model == "crm.lead").mapped("res_id"))
        self.assertTrue(leads)
        self.assertTrue(all(leads.mapped("iap_enrich_done")))
        # what the enrichment cron (crm_iap_enrich) would send to IAP now: none of the imported leads
        candidates = Lead.search([("iap_enrich_done", "=", False), ("email_from", "!=", False),
                                  ("id", "in", leads.ids)])
        self.assertFalse(candidates)

    def assert_no_partner_follows(self, run):
        """No partner outside the company's users follows an imported record (they would be mailed later)."""
        self.env.flush_all()
        self.env.cr.execute("""
            SELECT f.res_model, f.res_id, p.name FROM mail_followers f
              JOIN res_partner p ON p.id = f.partner_id
              JOIN clientjoy_intrix_ledger l ON l.res_model = f.res_model AND l.res_id = f.res_id AND l.run_id = %s
             WHERE NOT EXISTS (SELECT 1 FROM res_users u WHERE u.partner_id = p.id)
        """, [run.id])
        self.assertEqual(self.env.cr.fetchall(), [])
