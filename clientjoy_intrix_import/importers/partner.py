"""Companies and contact persons -> res.partner."""

from .base import EntityImporter, register


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
    if values.get("state") and vals.get("country_id"):
        state = ctx.env["res.country.state"].search(
            [("country_id", "=", vals["country_id"]), "|", ("name", "=ilike", values["state"]),
             ("code", "=ilike", values["state"])], limit=1)
        if state:
            vals["state_id"] = state.id
    if values.get("owner_email"):
        user_id = ctx.user_for(values["owner_email"])
        if user_id:
            vals["user_id"] = user_id
    if values.get("description"):
        vals["comment"] = values["description"]
    vals.update(ctx.custom_values("res.partner", values))
    return vals


@register
class CompanyImporter(EntityImporter):
    entity = "partner_company"
    model = "res.partner"

    def prepare(self, ctx, staging, values):
        vals = {"name": values["name"], "is_company": True}
        if values.get("industry"):
            vals["industry_id"] = ctx.industry_id(values["industry"], staging)
        return _address(ctx, values, vals)


@register
class PersonImporter(EntityImporter):
    entity = "partner_person"
    model = "res.partner"

    def prepare(self, ctx, staging, values):
        name = values.get("name") or " ".join(filter(None, [values.get("first_name"), values.get("last_name")]))
        if not name:
            name = values.get("email")
        vals = {"name": name, "is_company": False, "type": "contact"}
        if values.get("function"):
            vals["function"] = values["function"]
        if values.get("title"):
            vals["x_cji_salutation"] = values["title"]
        if values.get("parent_ref"):
            parent_id = ctx.resolve_ref("partner_company", values["parent_ref"])
            if parent_id:
                vals["parent_id"] = parent_id
            else:
                ctx.warn(ctx.env._("Company %s not found: contact imported without company", values["parent_ref"]))
        return _address(ctx, values, vals)
