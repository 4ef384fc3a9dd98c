"""A third source through the registry: any CRM's CSV export (adapters/generic_csv.py), uploaded in the
wizard with headers no rule names, mapped by the proposer, imported, verified and rolled back; and an
addon's adapter added through ``_inherit`` of clientjoy.intrix.registry, known only to its database."""
import base64
import datetime
from unittest import mock

from odoo.tests import tagged

from ..adapters import SourceObject
from ..adapters.csv_export import CsvExportAdapter
from .common import IntrixCase

# a HubSpot-like export: English headers that are neither the adapter's hints nor Intrix's
COMPANIES = (
    "Record ID,Company name,Phone Number,Country/Region,City,Company owner\n"
    "901,Northwind Traders,+1 206 555 0101,United States,Seattle,ana.novak@example.si\n"
    "902,Tailspin Toys,+44 20 7946 0958,United Kingdom,London,marko@example.si\n"
)
CONTACTS = (
    "Record ID,First Name,Last Name,Email,Associated Company ID,Job Title\n"
    "71,Nancy,Davolio,nancy@northwind.example.com,901,Sales Representative\n"
    "72,Andrew,Fuller,andrew@tailspin.example.com,902,Vice President\n"
)
DEALS = (
    "Record ID,Deal Name,Amount,Close Date,Associated Company ID,Deal owner\n"
    "5001,Northwind renewal,12500.00,2025-03-31,901,ana.novak@example.si\n"
    "5002,Tailspin pilot,800.50,2025-04-15,902,marko@example.si\n"
)


@tagged("post_install", "-at_install")
class TestGenericSource(IntrixCase):
    def _upload(self, files):
        attachments = self.env["ir.attachment"].create([
            {"name": name, "datas": base64.b64encode(content.encode())} for name, content in files])
        wizard = self.env["clientjoy.intrix.upload.wizard"].create({
            "source": "generic_csv", "attachment_ids": [(6, 0, attachments.ids)]})
        self.assertIn("generic_csv", dict(wizard._fields["source"]._description_selection(self.env)))
        action = wizard.action_upload()
        return self.env["clientjoy.intrix.run"].browse(action["res_id"])

    def test_any_crm_export_imports_verified_and_rolls_back(self):
        run = self._upload([("companies.csv", COMPANIES), ("contacts.csv", CONTACTS), ("deals.csv", DEALS)])
        self.assertEqual(run.source, "generic_csv")
        self.assertEqual(run.state, "staged", run.error_message)
        self.assertEqual(sorted(run.file_ids.mapped("object_name")), ["companies", "contacts", "deals"])
        proposed = {(m.object_name, m.source_column): m.target_id.key for m in run.map_ids if m.action == "map"}
        for column, key in [(("companies", "Record ID"), "ref"), (("companies", "Company name"), "name"),
                            (("contacts", "Associated Company ID"), "parent_ref"), (("contacts", "Email"), "email"),
                            (("deals", "Deal Name"), "name"), (("deals", "Amount"), "expected_revenue"),
                            (("deals", "Associated Company ID"), "partner_ref")]:
            self.assertEqual(proposed.get(column), key, column)
        run.action_confirm_map()
        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        self.assertEqual(run.verify_mismatches, 0, "\n".join(run.staging_ids.filtered("verify_mismatch").mapped(
            "verify_message")))
        northwind = self.env["res.partner"].search([("name", "=", "Northwind Traders")])
        self.assertEqual(len(northwind), 1)
        self.assertEqual(northwind.user_id, self.ana)
        nancy = self.env["res.partner"].search([("email", "=", "nancy@northwind.example.com")])
        self.assertEqual(nancy.parent_id, northwind)
        self.assertEqual(nancy.function, "Sales Representative")
        deal = self.env["crm.lead"].search([("name", "=", "Northwind renewal")])
        self.assertEqual((deal.partner_id, deal.expected_revenue, deal.user_id), (northwind, 12500.0, self.ana))
        # its own namespace: never the addon's name, never Intrix's
        xmlid = self.env["ir.model.data"].search([("model", "=", "crm.lead"), ("res_id", "=", deal.id)])
        self.assertEqual(xmlid.module, "csv_import")

        run.action_rollback()
        self.assertEqual(run.state, "rolled_back")
        self.assertFalse(self.env["res.partner"].with_context(active_test=False).search(
            [("name", "in", ("Northwind Traders", "Tailspin Toys"))]))
        self.assertFalse(deal.exists())

    def test_a_deal_status_decides_won_and_lost_or_is_said(self):
        deals = ("Record ID,Deal Name,Amount,Deal Status,Associated Company ID,Deal owner\n"
                 "6001,Won deal,100.00,Closed Won,901,ana.novak@example.si\n"
                 "6002,Lost deal,200.00,Closed Lost,901,ana.novak@example.si\n"
                 "6003,Odd deal,300.00,Negotiation,901,ana.novak@example.si\n")
        run = self._upload([("companies.csv", COMPANIES), ("deals.csv", deals)])
        line = run.map_ids.filtered(lambda m: m.object_name == "deals" and m.source_column == "Deal Status")
        self.assertEqual((line.action, line.target_id.key), ("map", "status"))
        stagings = run.staging_ids.filtered(lambda s: s.object_name == "deals").sorted("external_id")
        self.assertEqual(stagings.mapped("state"), ["valid", "valid", "warning"])
        self.assertIn("Status 'Negotiation' is none of", stagings[2].message)
        run.action_confirm_map()
        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        won, lost, odd = (self.env["crm.lead"].with_context(active_test=False).search([("name", "=", name)])
                          for name in ("Won deal", "Lost deal", "Odd deal"))
        self.assertTrue(won.stage_id.is_won)
        self.assertEqual((lost.active, lost.won_status), (False, "lost"))
        self.assertEqual((odd.active, odd.won_status, odd.type), (True, "pending", "opportunity"))
        self.assertEqual(run.verify_mismatches, 0)

    def test_a_german_export_reads_exactly_or_says_why(self):
        # Pipedrive-like: object prefix in every header, semicolons, decimal comma, day-first dates with times
        orgs = ("Organisation - ID;Organisation - Name;Organisation - Ort;Organisation - Besitzer;"
                "Organisation - Erstellt am\n"
                "11;Müller & Söhne GmbH;München;ana.novak@example.si;03.02.2023 14:05\n"
                "12;Bäckerei Groß KG;Köln;ana.novak@example.si;15.11.2022 00:00\n")
        deals = ("Deal - ID;Deal - Titel;Deal - Wert;Deal - Organisation ID;Deal - Status;"
                 "Deal - Erwartetes Abschlussdatum;Deal - Besitzer\n"
                 "301;Neue Maschinen;12.500,00;11;offen;31.03.2025;ana.novak@example.si\n"
                 "302;Brotautomat;1.500;12;gewonnen;15.04.2025;ana.novak@example.si\n"
                 "303;Ofen;980,50;12;verloren;01.05.2025;ana.novak@example.si\n")
        run = self._upload([("organisationen.csv", orgs), ("deals.csv", deals)])
        self.assertEqual(run.state, "staged", run.error_message)
        stagings = run.staging_ids.sorted(lambda s: (s.object_name, s.external_id))
        by_ref = {s.external_id: s for s in stagings}
        # a time of day a date field cannot hold is said on the record; midnight is no time of day
        self.assertIn("the time of day 14:05 is not kept", by_ref["11"].message)
        self.assertFalse(by_ref["12"].message)
        self.assertIn("Status 'offen' is none of", by_ref["301"].message)
        self.assertFalse(by_ref["302"].message, "'gewonnen' is German for won")
        run.action_confirm_map()
        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        leads = {lead.name: lead for lead in self.env["crm.lead"].with_context(active_test=False).search(
            [("name", "in", ("Neue Maschinen", "Brotautomat", "Ofen"))])}
        self.assertEqual([leads[n].expected_revenue for n in ("Neue Maschinen", "Brotautomat", "Ofen")],
                         [12500.0, 1500.0, 980.5])
        self.assertEqual([leads[n].won_status for n in ("Neue Maschinen", "Brotautomat", "Ofen")],
                         ["pending", "won", "lost"])
        self.assertEqual(leads["Ofen"].date_deadline, datetime.date(2025, 5, 1))

    def test_an_addon_adds_a_source_through_the_registry(self):
        """What another addon does (``_inherit`` + ``super()``), done here by patching the registry model's
        class: the adapter appears in this database's sources and imports; without it, it is gone."""
        class TicketsOnlyAdapter(CsvExportAdapter):
            source = "tickets_only"
            label = "Tickets-only tool"
            system = "Tickets-only tool"
            xmlid_module = "tickets_only_import"
            objects = (SourceObject("companies", "Companies", "partner_company",
                                    {"Org": "name", "Org number": "ref"}, ("org",)),)

        Registry = type(self.env["clientjoy.intrix.registry"])
        original = Registry._adapter_classes
        sources = dict(self.env["clientjoy.intrix.run"]._fields["source"]._description_selection(self.env))
        self.assertNotIn("tickets_only", sources)
        with mock.patch.object(Registry, "_adapter_classes", lambda model: original(model) + [TicketsOnlyAdapter]):
            self.env.registry.clear_cache()
            sources = dict(self.env["clientjoy.intrix.run"]._fields["source"]._description_selection(self.env))
            self.assertEqual(sources.get("tickets_only"), "Tickets-only tool")
            run = self.env["clientjoy.intrix.run"].create({"source": "tickets_only",
                                                          "fallback_user_id": self.env.user.id})
            run._add_files([("orgs.csv", b"Org number;Org\n1;Contoso Ltd\n")])
            run.action_stage()
            run.action_confirm_map()
            run.action_import()
            self.assertEqual(run.state, "done", run.error_message)
            self.assertTrue(self.env.ref("tickets_only_import.%scompanies_1" % run._xmlid_namespace()))
        self.env.registry.clear_cache()
        self.assertNotIn("tickets_only", self.env["clientjoy.intrix.registry"]._adapters())
