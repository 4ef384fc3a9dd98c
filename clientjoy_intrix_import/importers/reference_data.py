"""Reference data an import finds, or creates and ledgers: countries, currencies, industries, tags,
employees. Each value is asked once per import (cached for the run, not just the batch: reference
data does not change under it); :class:`~.base.ImportContext` delegates to :class:`ReferenceData`."""
from ..lib.parsers import country_code_hint
from ..lib.sql import same_text


class ReferenceData:
    def __init__(self, ctx):
        # the import context: its env (which a calendar import swaps for a quieter one), company, claim()
        # and ledger()
        self.ctx = ctx
        self._cache = {}

    def cached(self, kind, key, compute):
        cache = self._cache.setdefault(kind, {})
        if key not in cache:
            cache[key] = compute()
        return cache[key]

    def forget(self, *kinds):
        """Ask again for the values of ``kinds``: the import just created what changes their answer."""
        for kind in kinds:
            self._cache.pop(kind, None)

    def tag_ids(self, model, names, staging):
        ctx = self.ctx
        Tag = ctx.env[model]
        ids = []
        for name in names:
            tag = Tag.search([("name", "=ilike", same_text(name))], limit=1)
            if not tag:
                ctx.claim(model, name)
                tag = Tag.create({"name": name})
                ctx.ledger(staging, tag, "create")
            ids.append(tag.id)
        return ids

    def employee_id(self, user_id, staging):
        ctx = self.ctx
        Employee = ctx.env["hr.employee"]
        employee = Employee.search([("user_id", "=", user_id), ("company_id", "in", [ctx.company.id, False])], limit=1)
        if not employee:
            ctx.claim("hr.employee", "%s/%s" % (ctx.company.id, user_id))
            user = ctx.env["res.users"].browse(user_id)
            employee = Employee.create({"name": user.name, "user_id": user.id, "company_id": ctx.company.id,
                                        "work_email": user.email})
            ctx.ledger(staging, employee, "create")
        return employee.id

    def industry_id(self, name, staging):
        return self.cached("industry", name.strip().lower(), lambda: self._industry_id(name, staging))

    def _industry_id(self, name, staging):
        ctx = self.ctx
        Industry = ctx.env["res.partner.industry"]
        industry = Industry.search([("name", "=ilike", same_text(name.strip()))], limit=1)
        if not industry:
            ctx.claim("res.partner.industry", name)
            industry = Industry.create({"name": name.strip()})
            ctx.ledger(staging, industry, "create")
        return industry.id

    def country_id(self, value):
        if not value:
            return None
        return self.cached("country", value.strip().lower(), lambda: self._country_id(value))

    def _country_id(self, value):
        Country = self.ctx.env["res.country"]
        code = country_code_hint(value)
        country = Country.search([("code", "=ilike", same_text(code))], limit=1) if code else Country
        if not country:
            country = Country.with_context(lang="en_US").search([("name", "=ilike", same_text(value.strip()))], limit=1)
        return country.id or None

    def currency_id(self, code):
        if not code:
            return None
        return self.cached("currency", code.strip().upper(), lambda: self.ctx.env["res.currency"].search(
            [("name", "=ilike", same_text(code.strip()))], limit=1).id or None)
