"""Customers that are a company or a person (Clientjoy) -> res.partner.

A company customer becomes a company partner (address, website, VAT, owner, custom fields) with its
contact person as a child contact (name, e-mail, phone); both carry an external id
(``customers_<id>`` and ``customers_<id>_contact``) and a ledger row. An individual becomes one
person partner with everything on it.
"""
from .base import EntityImporter
from .partner import _address

COMPANY_TYPES = {"company", "business", "organisation", "organization", "b2b"}
PERSON_TYPES = {"individual", "person", "private", "b2c", ""}
CONTACT_KEYS = ("email", "phone")


class CustomerImporter(EntityImporter):
    entity = "customer"
    model = "res.partner"

    def contact_xmlid(self, ctx, staging):
        return self.xmlid(ctx, staging) + "_contact"

    def prepare(self, ctx, staging, values):
        kind = str(values.get("type") or "").strip().lower()
        if kind not in COMPANY_TYPES | PERSON_TYPES:
            ctx.warn(ctx.env._("Unknown customer type '%s': imported as an individual", values.get("type")))
        if kind not in COMPANY_TYPES:
            return self._person(ctx, values)
        vals, contact = self._company(ctx, staging, values)
        if contact:
            ctx.batch.setdefault("contacts", {})[staging.id] = contact
        return vals

    def _post_write(self, ctx, prepared, results):
        """The contact person of each company customer, under the company just written."""
        contacts = ctx.batch.get("contacts", {})
        contact_items = []
        for staging, _values in prepared:
            if staging.id in results and staging.id in contacts:
                vals = dict(contacts[staging.id], parent_id=results[staging.id].id)
                contact_items.append((staging, self.contact_xmlid(ctx, staging), vals))
        ctx.upsert(self.model, contact_items)

    def _company(self, ctx, staging, values):
        name = values.get("company_name") or values.get("name")
        person = values.get("contact_name")
        company_values = {k: v for k, v in values.items() if not (person and k in CONTACT_KEYS)}
        vals = _address(ctx, company_values, {"name": name, "is_company": True})
        if not person:
            return vals, None
        contact = {"name": person, "is_company": False, "type": "contact"}
        for key in CONTACT_KEYS:
            if values.get(key):
                contact[key] = values[key]
        if vals.get("user_id"):
            contact["user_id"] = vals["user_id"]
        return vals, contact

    def _person(self, ctx, values):
        vals = {"name": values.get("name") or values.get("contact_name") or values.get("email"),
                "is_company": False, "type": "contact"}
        if values.get("company_name"):
            vals["company_name"] = values["company_name"]
        return _address(ctx, values, vals)
