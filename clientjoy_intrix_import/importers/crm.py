"""Pipelines/stages -> crm.team + crm.stage; leads/opportunities -> crm.lead."""
from odoo import Command

from .base import EntityImporter, RecordError

WON_WORDS = {"won", "closed won", "dobljeno", "gewonnen", "converted"}
LOST_WORDS = {"lost", "closed lost", "izgubljeno", "verloren"}


class StageImporter(EntityImporter):
    """One crm.team per pipeline (matched by name or created), one team-scoped crm.stage per stage."""

    entity = "stage"
    model = "crm.stage"

    def import_records(self, ctx, stagings):
        teams = {}
        for pipeline in sorted({st._values().get("pipeline") or ctx.env._("Pipeline") for st in stagings}):
            team = ctx.env["crm.team"].search([("name", "=ilike", pipeline)] + ctx.company_domain("crm.team"), limit=1)
            if not team:
                name = ctx.xmlid_name("pipeline", pipeline)
                found = ctx.lookup("crm.team", [name])
                team = ctx.env["crm.team"].browse(found.get(name)).exists()
                if not team:
                    team = ctx.env["crm.team"].create({"name": pipeline, "use_opportunities": True})
                    ctx.register_created(team, name, stagings[0])
            teams[pipeline.lower()] = team.id
        items = []
        for staging in stagings:
            ctx.current = staging
            values = staging._values()
            name = values["name"]
            pipeline = (values.get("pipeline") or ctx.env._("Pipeline")).lower()
            vals = {"name": name, "team_ids": [Command.set([teams[pipeline]])]}
            if values.get("sequence") is not None:
                vals["sequence"] = int(values["sequence"])
            probability = values.get("probability")
            if probability is not None:
                vals["x_cji_probability"] = probability
            is_won = values.get("is_won")
            if is_won is None:
                is_won = name.strip().lower() in WON_WORDS or probability == 100
            vals["is_won"] = bool(is_won)
            if values.get("is_lost") or name.strip().lower() in LOST_WORDS:
                vals["fold"] = True
            items.append((staging, self.xmlid(ctx, staging), vals))
        results = ctx.upsert(self.model, items)
        ctx.mark_imported(results)
        return results


class LeadImporter(EntityImporter):
    entity = "lead"
    model = "crm.lead"

    def prepare(self, ctx, staging, values):
        vals = {"name": values["name"], "type": values.get("type") or "opportunity"}
        team_id = None
        if values.get("pipeline"):
            pipeline = values["pipeline"]
            team_id = ctx._cached("team", pipeline.strip().lower(), lambda: ctx.env["crm.team"].search(
                [("name", "=ilike", pipeline)] + ctx.company_domain("crm.team"), limit=1).id or None)
            if team_id:
                vals["team_id"] = team_id
            else:
                ctx.warn(ctx.env._("Pipeline '%s' not found", values["pipeline"]))
        else:
            # no pipeline column: the lead goes to the team whose pipeline holds its stage
            team_id, note = ctx._cached("stage_team", ((values.get("stage") or "").strip().lower(), bool(values.get("won"))),
                                        lambda: self._team_of_stage(ctx, values))
            if note:
                ctx.warn(note)
            if team_id:
                vals["team_id"] = team_id
        key = (team_id, bool(values.get("won")), (values.get("stage") or "").strip().lower())
        stage_id, fallback = ctx._cached("stage", key, lambda: self._stage(ctx, values, team_id))
        stage = ctx.env["crm.stage"].browse(stage_id)
        if fallback:
            ctx.warn(ctx.env._("Stage '%s' not found: lead put in the first stage", values["stage"]))
        if stage:
            vals["stage_id"] = stage.id
        contact_id = ctx.resolve_ref("partner_person", values.get("contact_ref"))
        company_id = ctx.resolve_ref("partner_company", values.get("partner_ref"))
        if values.get("partner_ref") and not company_id:
            ctx.warn(ctx.env._("Customer %s not found", values["partner_ref"]))
        if values.get("contact_ref") and not contact_id:
            ctx.warn(ctx.env._("Contact %s not found", values["contact_ref"]))
        if contact_id or company_id:
            vals["partner_id"] = contact_id or company_id
        if values.get("expected_revenue") is not None:
            vals["expected_revenue"] = self._amount(ctx, values)
        for key in ("date_deadline", "email", "phone", "street", "city", "zip", "partner_name"):
            if values.get(key):
                vals["email_from" if key == "email" else key] = values[key]
        contact_name = " ".join(filter(None, [values.get("contact_name"), values.get("last_name")]))
        if contact_name:
            vals["contact_name"] = contact_name
        if values.get("country"):
            vals["country_id"] = ctx.country_id(values["country"])
        if values.get("description"):
            vals["description"] = values["description"]
        if values.get("owner_email"):
            vals["user_id"] = ctx.user_for(values["owner_email"]) or False
        elif "owner_email" in values:
            vals["user_id"] = False
        if values.get("source"):
            vals["x_cji_source"] = values["source"]
        if values.get("score") is not None:
            vals["x_cji_score"] = values["score"]
        if values.get("tags"):
            vals["tag_ids"] = [Command.set(ctx.tag_ids("crm.tag", values["tags"], staging))]
        if values.get("lost"):
            vals.update(active=False, probability=0)
        elif stage and stage.is_won:
            vals["probability"] = 100
        vals.update(ctx.custom_values(self.model, values))
        return vals

    def _source_stages(self, ctx):
        """The team-scoped stages this source imported (any run), by lower-case name, in pipeline order."""
        def compute():
            ctx.env.cr.execute(
                "SELECT res_id FROM ir_model_data WHERE module = %s AND model = 'crm.stage' AND name LIKE %s",
                (ctx.module, ctx.prefix.replace("_", "\\_") + "%"))
            stages = ctx.env["crm.stage"].browse([row[0] for row in ctx.env.cr.fetchall()]).exists()
            by_name = {}
            for stage in stages.filtered("team_ids").sorted(lambda s: (s.sequence, s.id)):
                by_name.setdefault(stage.name.strip().lower(), ctx.env["crm.stage"])
                by_name[stage.name.strip().lower()] |= stage
            return by_name
        return ctx._cached("source_stages", None, compute)

    def _team_of_stage(self, ctx, values):
        """(team id or None, warning or None) for a lead without pipeline: the team of the pipeline that
        holds its stage; the only pipeline of the source when the lead has no stage."""
        by_name = self._source_stages(ctx)
        name = (values.get("stage") or "").strip()
        if name and not values.get("won"):
            stages = by_name.get(name.lower())
            if not stages:
                stages = ctx.env["crm.stage"].search([("name", "=ilike", name)]).filtered("team_ids")
            teams = stages.team_ids
            if len(teams) == 1:
                return teams.id, None
            if teams:
                first = stages[:1].team_ids[:1]
                return first.id, ctx.env._(
                    "Stage '%(stage)s' is in several pipelines (%(pipelines)s) and the lead has no pipeline: it was "
                    "put in %(team)s", stage=name, pipelines=", ".join(teams.mapped("name")), team=first.name)
            return None, None
        teams = ctx.env["crm.stage"].browse([s.id for stages in by_name.values() for s in stages]).team_ids
        return (teams.id, None) if len(teams) == 1 else (None, None)

    def _stage(self, ctx, values, team_id):
        """(stage id, True when the named stage was not found and the first stage is used instead)."""
        Stage = ctx.env["crm.stage"]
        # stages shared by every team, or of the run's company's teams: never another company's pipeline
        domain = [("team_ids", "in", [team_id])] if team_id else [
            "|", ("team_ids", "=", False), ("team_ids.company_id", "in", [ctx.company.id, False])]
        if values.get("won"):
            stage = Stage.search(domain + [("is_won", "=", True)], limit=1) or Stage.search(
                ["|", ("team_ids", "=", False), ("team_ids.company_id", "in", [ctx.company.id, False]),
                 ("is_won", "=", True)], limit=1)
            return stage.id, False
        if values.get("stage"):
            stage = Stage.search(domain + [("name", "=ilike", values["stage"])], limit=1)
            if not stage:
                stage = Stage.search(["|", ("team_ids", "=", False), ("team_ids.company_id", "in", [ctx.company.id, False]),
                                      ("name", "=ilike", values["stage"])], limit=1)
            if stage:
                return stage.id, False
        first = Stage.search(domain + [("is_won", "=", False)], order="sequence, id", limit=1)
        return first.id, bool(values.get("stage"))

    def _amount(self, ctx, values):
        amount = values["expected_revenue"] or 0.0
        currency = ctx.currency_id(values.get("currency"))
        company_currency = ctx.company.currency_id
        if currency and currency != company_currency.id:
            source = ctx.env["res.currency"].browse(currency)
            has_rate = ctx._cached("currency_rate", (source.id, company_currency.id), lambda: bool(
                ctx.env["res.currency.rate"].search_count([
                    ("currency_id", "in", (source.id, company_currency.id)),
                    ("company_id", "in", (ctx.company.id, False))], limit=1)))
            if not has_rate:
                ctx.warn(ctx.env._("No exchange rate between %(currency)s and %(company)s: value %(amount)s kept as it "
                                   "is (add rates in Accounting > Configuration > Currencies and re-run to convert)",
                                   amount=amount, currency=source.name, company=company_currency.name))
                return amount
            converted = source._convert(amount, company_currency, ctx.company, values.get("date_deadline") or ctx.today)
            ctx.warn(ctx.env._("Value %(amount)s %(currency)s converted to %(converted)s %(company)s",
                       amount=amount, currency=source.name, converted=converted, company=company_currency.name))
            return converted
        if values.get("currency") and not currency:
            raise RecordError(ctx.env._("Unknown currency '%s'", values["currency"]))
        return amount
