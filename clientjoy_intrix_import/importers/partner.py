"""Companies and contact persons -> res.partner."""

from odoo import models

from ..lib.sql import same_text
from .base import EntityImporter

#: custom field of a state / region Odoo has no res.country.state for (created on demand, ledgered)
STATE_FIELD = "x_cji_state"


def create_partners(Partner, vals_list):
    """Create partners in bulk, ending exactly where ``res.partner._load_records_create`` ends.

    Odoo's bulk path creates the contacts, then writes the commercial fields of each contact's
    commercial entity and the (set) address fields of its parent onto the contacts, one ``write`` per
    parent: with contacts spread over many companies that is one write, and one fetch of the
    company's fields, per contact. Here the companies' values are read once for the whole batch and
    merged into the contacts' own values before the one ``create``, so the written result is the same
    without the writes. The rest of Odoo's bulk path (first contact of an address-less company gives
    it its address) runs as in Odoo. Batches where Odoo's writes would also change the parents (a
    contact with address parts its company lacks, a VAT that differs along the chain) go through
    Odoo's own path: only Odoo's code then decides what lands where. A contact's language, which
    Odoo's create writes after the fact (one write per contact), is given to the create as well.
    """
    if any(vals.get("child_ids") for vals in vals_list):
        return Partner._load_records_create(vals_list)
    commercial_fields = Partner._commercial_fields()
    address_fields = Partner._address_fields()
    parents = Partner.browse(sorted({vals["parent_id"] for vals in vals_list if vals.get("parent_id")}))
    # one read of the parents and of their commercial entities for the whole batch
    parents.fetch(["is_company", "commercial_partner_id", "parent_id", "lang", *address_fields])
    entities = parents.commercial_partner_id
    entities.fetch(commercial_fields)
    commercial_values = {entity.id: entity._convert_fields_to_values(commercial_fields) for entity in entities}
    address_values = {}
    for parent in parents:
        values = {}
        for fname in address_fields:
            value = parent[fname]
            if value:
                values[fname] = value.id if isinstance(value, models.BaseModel) else value
        address_values[parent.id] = values
    merged = []
    default_lang = None
    for vals in vals_list:
        parent_id = vals.get("parent_id")
        if not parent_id:
            merged.append(vals)
            continue
        parent = Partner.browse(parent_id)
        entity = parent.commercial_partner_id
        if parent != entity and any(parent[f] != entity[f] for f in Partner._synced_commercial_fields()):
            # Odoo's write would push the VAT up to the parent: leave such batches to Odoo
            return Partner._load_records_create(vals_list)
        own = dict(vals)
        vals = dict(vals)
        if "lang" not in vals:
            # what res.partner.create computes after the create for a contact without one (_compute_lang), one
            # write per contact: given here, the create stores it at once
            if default_lang is None:
                default_lang = Partner.default_get(["lang"]).get("lang") or Partner.env.lang or False
            vals["lang"] = parent.lang or default_lang
        if not vals.get("is_company"):  # a company is its own commercial entity
            vals.update(commercial_values[entity.id])
        if vals.get("type", "contact") == "contact":
            parent_address = address_values[parent_id]
            if parent_address and any(own.get(f) and not parent_address.get(f) for f in address_fields):
                # the contact has address parts its company lacks: Odoo's write pushes the contact's
                # address up to the company and on to its other contacts; leave such batches to Odoo
                return Partner._load_records_create(vals_list)
            vals.update(parent_address)
        merged.append(vals)
    partners = Partner.with_context(_partners_skip_fields_sync=True).create(merged)
    if any(field.type == "properties" for field in Partner._fields.values()):
        partners._clean_properties()  # as BaseModel._load_records_create
    for partner, vals in zip(partners, merged):
        if vals.get("parent_id") and not address_values[vals["parent_id"]]:
            partner._handle_first_contact_creation()
    return partners.with_env(Partner.env)



def _address(ctx, values, vals):
    for key in ("street", "city", "zip", "email", "phone", "website", "vat"):
        if values.get(key):
            vals[key] = values[key]
    if values.get("country"):
        country_id = ctx.country_id(values["country"])
        if country_id:
            vals["country_id"] = country_id
        else:
            ctx.warn(ctx.env._("Unknown country '%s': left empty", values["country"]))
    if values.get("state"):
        _state(ctx, values, vals)
    if values.get("owner_email"):
        user_id = ctx.user_for(values["owner_email"])
        if user_id:
            vals["user_id"] = user_id
    if values.get("description"):
        vals["comment"] = values["description"]
    vals.update(ctx.custom_values("res.partner", values))
    return vals


def _state(ctx, values, vals):
    """The state of the address, or, when Odoo has no such state for the country (Odoo lists no
    Slovenian regions, for one), the value in the custom field ``x_cji_state``: a region must not vanish."""
    name = values["state"].strip()
    state_id = None
    if vals.get("country_id"):
        state_id = ctx._cached("state", (vals["country_id"], name.lower()), lambda: ctx.env["res.country.state"].search(
            [("country_id", "=", vals["country_id"]), "|", ("name", "=ilike", same_text(name)), ("code", "=ilike", same_text(name))],
            limit=1).id or None)
    if state_id:
        vals["state_id"] = state_id
        return
    ctx._cached("field", STATE_FIELD, lambda: ctx.ensure_field(
        "res.partner", STATE_FIELD, "char", ctx.env._("State / region (source)"), staging=ctx.current).id)
    vals[STATE_FIELD] = name
    ctx.warn(ctx.env._("State '%(state)s' is no state of %(country)s in Odoo: kept in the field %(field)s",
                       state=name, country=values.get("country") or "?", field=STATE_FIELD))


def prepare_state_field(ctx, values):
    """Before parallel batches: the ``x_cji_state`` field a region Odoo does not know needs (see _state)."""
    if not values.get("state"):
        return
    vals = {"country_id": ctx.country_id(values.get("country"))} if values.get("country") else {}
    _state(ctx, values, vals)


class CompanyImporter(EntityImporter):
    entity = "partner_company"
    model = "res.partner"
    parallel_batches = True

    def prepare_references(self, ctx, stagings):
        for staging in stagings:
            values = staging._values()
            if values.get("industry"):
                ctx.industry_id(values["industry"], staging)
            prepare_state_field(ctx, values)

    def prepare(self, ctx, staging, values):
        vals = {"name": values["name"], "is_company": True}
        if values.get("industry"):
            vals["industry_id"] = ctx.industry_id(values["industry"], staging)
        return _address(ctx, values, vals)


class PersonImporter(EntityImporter):
    entity = "partner_person"
    model = "res.partner"
    auto_fields = {"title": ("res.partner", "x_cji_salutation", "char", "Salutation")}
    parallel_batches = True

    def prepare_references(self, ctx, stagings):
        for staging in stagings:
            prepare_state_field(ctx, staging._values())

    def prepare(self, ctx, staging, values):
        name = values.get("name") or " ".join(filter(None, [values.get("first_name"), values.get("last_name")]))
        if not name:
            name = values.get("email")
        vals = {"name": name, "is_company": False, "type": "contact"}
        if values.get("function"):
            vals["function"] = values["function"]
        if values.get("title"):
            vals["x_cji_salutation"] = values["title"]
        parent_id = ctx.resolve_or_warn("partner_company", values.get("parent_ref"),
                                        ctx.env._("Company %s not found: contact imported without company"))
        if parent_id:
            vals["parent_id"] = parent_id
        return _address(ctx, values, vals)
