"""A Clientjoy account that keeps the contract loosely, as a server nobody on the team wrote may do.

The contract (clientjoy-api.md) says ids are strings, amounts decimal strings and timestamps ISO-8601
UTC. Real JSON APIs send numbers for ids and amounts, offsets other than ``Z``, fractions of seconds,
a page number as text, fields nobody asked for. Each is read exactly, or the pull is refused in
words; never a value changed without a word, never a traceback.

Served by tests/fault_server.py over real HTTP.
"""
import datetime

from odoo.tests import tagged

from ..models.clientjoy_backend import PullFailed
from .test_exactly_once import API_KEY, OLD, _FaultServerCase


def user(number, email):
    return {"id": number, "name": "User %s" % number, "email": email, "role": "member", "active": True,
            "created_at": OLD, "updated_at": OLD}


@tagged("post_install", "-at_install")
class TestLooseContract(_FaultServerCase):

    def setUp(self):
        super().setUp()
        self.owner = self.env["res.users"].create({"name": "Mia Kralj", "login": "mia.kralj@example.si",
                                                   "email": "mia.kralj@example.si"})

    def test_numbers_for_ids_and_amounts_are_read_exactly(self):
        objects = self.server.objects
        objects["users"] = [user(7, "mia.kralj@example.si")]
        objects["customers"] = [{"id": 101, "type": "company", "name": "Numeric Ltd", "company_name": "Numeric Ltd",
                                 "email": "info@numeric.example", "owner_id": 7, "created_at": OLD, "updated_at": OLD}]
        objects["leads"] = [
            {"id": 5001, "name": "Number deal", "email": "a@numeric.example", "status": "qualified",
             "value": 1500.5, "currency": "EUR", "score": 42, "owner_id": 7, "created_at": OLD, "updated_at": OLD},
            {"id": "5002", "name": "Text deal", "email": "b@numeric.example", "status": "qualified",
             "value": "12000.00", "currency": "EUR", "owner_id": "7", "created_at": OLD, "updated_at": OLD},
        ]
        run = self.import_pulled()
        partner, count = self.xmlid_records("customers_101")
        self.assertEqual(count, 1)
        self.assertEqual((partner.name, partner.user_id), ("Numeric Ltd", self.owner))
        first, _count = self.xmlid_records("leads_5001")
        second, _count = self.xmlid_records("leads_5002")
        self.assertEqual((first.expected_revenue, first.user_id), (1500.5, self.owner))
        self.assertEqual((second.expected_revenue, second.user_id), (12000.0, self.owner))
        self.assertFalse(run.staging_ids.filtered(lambda s: s.state == "error"), run.staging_ids.mapped("message"))

    def test_offsets_and_fractions_of_seconds_keep_the_moment(self):
        self.server.objects["customers"] = [
            {"id": "c1", "type": "individual", "name": "Offset Person", "email": "offset@example.com",
             "owner_id": "u1", "created_at": "2024-03-01T10:00:00+02:00", "updated_at": OLD}]
        self.server.objects["activities"] = [
            {"id": "a1", "type": "call", "subject": "Call with offset", "body": "Talked.", "customer_id": "c1",
             "owner_id": "u1", "starts_at": "2024-03-04T09:30:00.250+01:00", "status": "done",
             "created_at": "2024-03-04T09:30:00.250+01:00", "updated_at": OLD}]
        run = self.import_pulled()
        partner, _count = self.xmlid_records("customers_c1")
        message = self.env["mail.message"].search([("model", "=", "res.partner"), ("res_id", "=", partner.id),
                                                   ("body", "ilike", "Talked")])
        self.assertEqual(len(message), 1)
        self.assertEqual(message.date, datetime.datetime(2024, 3, 4, 8, 30, 0, 250000))  # UTC, to the millisecond
        self.assertFalse(run.staging_ids.filtered(lambda s: s.state == "error"), run.staging_ids.mapped("message"))

    def test_next_page_as_text_is_followed(self):
        self.server.routes["/customers"] = [
            {"body": {"data": [{"id": "c1", "type": "individual", "name": "Page One", "owner_id": "u1",
                                "created_at": OLD, "updated_at": OLD}],
                      "meta": {"page": "1", "per_page": "1", "total": "2", "next_page": "2"}}},
            {"body": {"data": [{"id": "c2", "type": "individual", "name": "Page Two", "owner_id": "u1",
                                "created_at": OLD, "updated_at": OLD}],
                      "meta": {"page": "2", "per_page": "1", "total": "2", "next_page": None}}},
        ]
        run = self.pull()
        stagings = run.staging_ids.filtered(lambda s: s.object_name == "customers")
        self.assertEqual(sorted(stagings.mapped("external_id")), ["c1", "c2"])
        # the total sent as text is still the server's own count: the phase's independent evidence
        phase = run.phase_ids.filtered(lambda p: p.object_name == "customers")
        self.assertEqual((phase.source_rows, phase.source_evidence), (2, "API meta.total"))

    def test_a_record_that_is_not_an_object_is_refused_in_words(self):
        self.server.routes["/customers"] = [
            {"body": {"data": [{"id": "c1", "name": "Fine"}, None],
                      "meta": {"page": 1, "per_page": 2, "total": 2, "next_page": None}}}]
        with self.assertRaises(PullFailed) as caught:
            self.backend.action_new_run()
        self.assertIn("/customers", caught.exception.args[0])
        self.assertIn("record 2 of 2 on the page is not a JSON object", caught.exception.args[0])
        self.assertIn("no run was created", caught.exception.args[0])

    def test_a_record_without_id_is_flagged_not_dropped(self):
        self.server.objects["customers"].append({"type": "individual", "name": "No id", "owner_id": "u1",
                                                 "created_at": OLD, "updated_at": OLD})
        run = self.pull()
        stagings = run.staging_ids.filtered(lambda s: s.object_name == "customers")
        self.assertEqual(len(stagings), 6, "the record without id was dropped")
        nameless = stagings.filtered(lambda s: s.name == "No id")
        self.assertEqual(nameless.state, "warning")
        self.assertIn("no id", nameless.message)
        self.assertIn("imports it as a new record", nameless.message)
        self.assertEqual(set((stagings - nameless).mapped("state")), {"valid"})

    def test_decimal_strings_of_the_api_keep_their_point_whatever_the_admin_language(self):
        # "amounts are decimal strings": '1.500' is one and a half, even for an admin whose language
        # groups thousands with a point, and even when every value of the column has three decimals
        self.env["res.lang"]._activate_lang("de_DE")
        self.env.user.lang = "de_DE"
        self.server.objects["leads"] = [
            {"id": "l%d" % n, "name": "Deal %d" % n, "email": "deal%d@example.com" % n, "status": "qualified",
             "value": value, "currency": "EUR", "owner_id": "u1", "created_at": OLD, "updated_at": OLD}
            for n, value in enumerate(("1.500", "2.250", "12.000", "0.125"), 1)]
        self.import_pulled()
        values = [self.xmlid_records("leads_l%d" % n)[0].expected_revenue for n in range(1, 5)]
        self.assertEqual(values, [1.5, 2.25, 12.0, 0.125])

    def test_custom_fields_sent_as_a_list_of_pairs_arrive(self):
        self.server.objects["custom_fields"] = [
            {"id": "cf1", "object": "customer", "key": "segment", "label": "Segment", "type": "text", "options": []}]
        self.server.objects["customers"] = [
            {"id": "c1", "type": "individual", "name": "Pairs", "owner_id": "u1", "created_at": OLD, "updated_at": OLD,
             "custom_fields": [{"key": "segment", "value": "Retail"}]},
            {"id": "c2", "type": "individual", "name": "Odd shape", "owner_id": "u1", "created_at": OLD,
             "updated_at": OLD, "custom_fields": ["Retail", "Wholesale"]},
        ]
        run = self.pull()
        lines = run.map_ids.filtered(lambda m: m.object_name == "customers")
        # the odd shape is a column of its own in the field map: seen, never dropped
        self.assertIn("custom_fields", lines.mapped("source_column"))
        run.action_confirm_map()
        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        partner, _count = self.xmlid_records("customers_c1")
        self.assertEqual(partner.x_cji_segment, "Retail")

    def test_a_status_odoo_cannot_follow_is_said_on_the_record(self):
        self.server.objects["leads"] = [
            {"id": "l%d" % n, "name": "Deal %d" % n, "email": "s%d@example.com" % n, "status": status,
             "value": "10.00", "owner_id": "u1", "created_at": OLD, "updated_at": OLD}
            for n, status in enumerate(("Qualified", "on_hold", "CONVERTED"), 1)]
        run = self.pull()
        leads = run.staging_ids.filtered(lambda s: s.object_name == "leads").sorted("external_id")
        self.assertEqual(leads.mapped("state"), ["valid", "warning", "valid"])
        self.assertIn("Status 'on_hold' is none of", leads[1].message)
        self.assertIn("not kept", leads[1].message)
        run.action_confirm_map()
        run.action_import()
        won = self.xmlid_records("leads_l3")[0]
        self.assertTrue(won.stage_id.is_won)

    def test_invoice_line_numbers_are_read_exactly_or_refused_at_staging(self):
        def invoice(number, item, total):
            return {"id": "i%s" % number, "number": "INV-%s" % number, "customer_id": "c1", "issue_date": "2024-03-01",
                    "due_date": "2024-03-31", "currency": "USD", "status": "sent", "recurring": None,
                    "line_items": [dict({"description": "Work"}, **item)], "total": total, "amount_paid": "0",
                    "created_at": OLD, "updated_at": OLD}

        self.server.objects["invoices"] = [
            # numbers as JSON numbers, a rate and a discount with their percent sign, a thousands comma
            invoice(1, {"quantity": 2.5, "unit_price": 100, "tax_rate": 21, "discount": 0}, 302.5),
            invoice(2, {"quantity": "1", "unit_price": "100.00", "tax_rate": "21%", "discount": "10 %"}, "108.90"),
            invoice(3, {"quantity": "1,000", "unit_price": "0.50", "tax_rate": "0", "discount": "0"}, "500.00"),
            # a decimal comma is not the API's: refused on the record before import, not read as 15
            invoice(4, {"quantity": "1,5", "unit_price": "10.00", "tax_rate": "0", "discount": "0"}, "15.00"),
        ]
        run = self.pull()
        invoices = run.staging_ids.filtered(lambda s: s.object_name == "invoices").sorted("external_id")
        self.assertEqual(invoices.mapped("state"), ["valid", "valid", "valid", "error"], invoices.mapped("message"))
        self.assertIn("Line 1, quantity: '1,5' does not fit", invoices[3].message)
        run.action_confirm_map()
        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        self.assertEqual(run.verify_mismatches, 0)
        lines = [self.xmlid_records("invoices_i%s" % n)[0].invoice_line_ids for n in (1, 2, 3)]
        self.assertEqual([(line.quantity, line.price_unit, line.discount, line.tax_ids.amount) for line in lines],
                         [(2.5, 100.0, 0.0, 21.0), (1.0, 100.0, 10.0, 21.0), (1000.0, 0.5, 0.0, 0.0)])
        self.assertFalse(self.xmlid_records("invoices_i4")[0])
