"""The addon's bulk partner create ends exactly where Odoo's own bulk path (_load_records_create) ends."""
from unittest.mock import patch

from odoo.tests import tagged
from odoo.tests.common import TransactionCase

from ..importers.base import IMPORT_CONTEXT
from ..importers.partner import create_partners


@tagged("post_install", "-at_install")
class TestPartnerBulkCreate(TransactionCase):

    def _parents(self, tag):
        """A small hierarchy of existing partners, new for each call (the first contact of an
        address-less company writes on that company, so the two paths must not share them)."""
        Partner = self.env["res.partner"].with_context(**IMPORT_CONTEXT)
        term = self.env.ref("account.account_payment_term_30days")
        # a language other than the default: a contact takes its company's (Odoo writes it after the create)
        self.env["res.lang"]._activate_lang("de_DE")
        full = Partner.create({
            "name": "Full %s" % tag, "is_company": True, "vat": "SI12345678", "company_registry": "555", "lang": "de_DE",
            "industry_id": self.env.ref("base.res_partner_industry_A").id, "street": "Tržaška 12",
            "city": "Ljubljana", "zip": "1000", "country_id": self.env.ref("base.si").id,
            "property_payment_term_id": term.id, "credit_limit": 1234.5})
        bare = Partner.create({"name": "Bare %s" % tag, "is_company": True, "vat": "DE811907980"})
        # a person under a company: contacts under that person belong commercially to the company
        middle = Partner.create({"name": "Middle %s" % tag, "parent_id": full.id, "street": "Other 1"})
        return {"full": full.id, "bare": bare.id, "middle": middle.id}

    def _vals(self, parents, street2=False):
        contact = {"name": "Contact", "parent_id": parents["full"], "vat": "XX1", "street": "Own 5", "function": "CEO"}
        if street2:  # an address part the company lacks: Odoo pushes it up to the company
            contact["street2"] = street2
        return [
            {"name": "Plain", "email": "plain@example.com"},
            contact,
            {"name": "Invoice", "parent_id": parents["full"], "type": "invoice", "street": "Billing 9"},
            {"name": "First", "parent_id": parents["bare"], "street": "Bare street 1", "city": "Maribor"},
            {"name": "Deep", "parent_id": parents["middle"]},
            {"name": "Subsidiary", "parent_id": parents["full"], "is_company": True, "vat": "SI999"},
        ]

    def _state(self, records, Partner):
        fnames = sorted(set(Partner._commercial_fields()) | set(Partner._address_fields()) | {
            "commercial_partner_id", "type", "lang", "complete_name", "is_company", "function", "email"})
        rows = []
        for record in records:
            row = {}
            for fname in fnames:
                value = record[fname]
                row[fname] = value.display_name if hasattr(value, "_name") else value
            rows.append(row)
        return rows

    def _compare(self, street2):
        Partner = self.env["res.partner"].with_context(**IMPORT_CONTEXT)
        odoo_parents = self._parents("odoo")
        ours_parents = self._parents("ours")
        expected = Partner._load_records_create(self._vals(odoo_parents, street2))
        odoo_path = Partner.__class__._load_records_create
        with patch.object(Partner.__class__, "_load_records_create", autospec=True, side_effect=odoo_path) as spy:
            got = create_partners(Partner, self._vals(ours_parents, street2))
        self.env.flush_all()
        self.env.invalidate_all()

        def names(rows, tag):
            return [{k: (v.replace(tag, "X") if isinstance(v, str) else v) for k, v in row.items()} for row in rows]

        self.assertEqual(names(self._state(got, Partner), "ours"), names(self._state(expected, Partner), "odoo"))
        # the parents end the same too (the bare company took its first contact's address)
        self.assertEqual(names(self._state(Partner.browse(list(ours_parents.values())), Partner), "ours"),
                         names(self._state(Partner.browse(list(odoo_parents.values())), Partner), "odoo"))
        return got, ours_parents, spy.call_count

    def test_contact_language_goes_into_the_create(self):
        """Odoo's create writes each contact's language after the fact (one write per contact): here the
        create is given it (test_same_result_as_load_records_create: the same language lands)."""
        Partner = self.env["res.partner"].with_context(**IMPORT_CONTEXT)
        parents = self._parents("lang")
        written = []
        write = type(Partner).write

        def spy(records, vals):
            if "lang" in vals:
                written.append(records.mapped("name"))
            return write(records, vals)

        with patch.object(type(Partner), "write", spy):
            got = create_partners(Partner, self._vals(parents))
            self.assertEqual(written, [])
            Partner._load_records_create(self._vals(parents))
            self.assertTrue(written, "Odoo's own path writes it: the spy sees writes")
        self.assertEqual(got[1].lang, "de_DE")

    def test_same_result_as_load_records_create(self):
        got, parents, odoo_calls = self._compare(street2=False)
        self.assertEqual(odoo_calls, 0, "the fast path was taken")
        # values really were synced (what makes the comparison meaningful)
        contact = got[1]
        self.assertEqual((contact.vat, contact.street, contact.city), ("SI12345678", "Tržaška 12", "Ljubljana"))
        self.assertEqual(contact.property_payment_term_id, self.env.ref("account.account_payment_term_30days"))
        self.assertEqual((contact.lang, got[3].lang), ("de_DE", "en_US"), "the company's language, or the default")
        self.assertEqual(contact.credit_limit, 1234.5)
        self.assertEqual(got[2].street, "Billing 9", "an invoice address keeps its own address")
        self.assertEqual(got[4].commercial_partner_id.id, parents["full"])
        self.assertEqual(got[4].industry_id, self.env.ref("base.res_partner_industry_A"))
        self.assertEqual(self.env["res.partner"].browse(parents["bare"]).street, "Bare street 1")
        self.assertEqual(got[5].vat, "SI999", "a company under a company is its own commercial entity")

    def test_address_pushed_up_goes_through_odoo(self):
        got, parents, odoo_calls = self._compare(street2="Floor 2")
        self.assertEqual(odoo_calls, 1, "Odoo's own path decides")
        self.assertEqual(self.env["res.partner"].browse(parents["full"]).street2, "Floor 2")
        self.assertEqual(got[4].street2, "Floor 2", "and passes it on to the company's other contacts")
