"""Pipelines/stages -> crm.team + crm.stage; leads/opportunities -> crm.lead."""
from odoo import Command

from ..lib.sql import same_text
from .base import EntityImporter, RecordError
from .currency import apply_currency_choice

WON_WORDS = {"won", "closed won", "dobljeno", "gewonnen", "converted"}
LOST_WORDS = {"lost", "closed lost", "izgubljeno", "verloren"}


def stage_key(name):
    """A stage name as compared for reuse: case and spaces do not make two stages."""
    return " ".join(str(name or "").lower().split())


class StageImporter(EntityImporter):
    """One crm.team per pipeline (matched by name or created), one team-scoped crm.stage per stage.

    A stage of the same name that Odoo already shows in the pipeline (a stage of that team, or a stage
    shared by every team, such as Odoo's own New and Won) is reused as it is instead of being created a
    second time, so the pipeline never shows New, New ... Won, Won. Reused stages are not written: the
    ledger records them as matches, which a rollback leaves alone, and the staging record says so.
    """

    entity = "stage"
    model = "crm.stage"
    auto_fields = {"probability": ("crm.stage", "x_cji_probability", "float", "Probability (%)")}

    def _start_batch(self, ctx, stagings):
        teams = ctx.batch["teams"] = {}
        for pipeline in sorted({st._values().get("pipeline") or ctx.env._("Pipeline") for st in stagings}):
            team = ctx.env["crm.team"].search([("name", "=ilike", same_text(pipeline))] + ctx.company_domain("crm.team"), limit=1)
            if not team:
                name = ctx.xmlid_name("pipeline", pipeline)
                found = ctx.lookup("crm.team", [name])
                team = ctx.env["crm.team"].browse(found.get(name)).exists()
                if not team:
                    team = ctx.env["crm.team"].create({"name": pipeline, "use_opportunities": True})
                    ctx.register_created(team, name, stagings[0])
            teams[pipeline.lower()] = team.id
        # the stages this source imported before, in one query (prepare asks the cache per record)
        ctx.lookup(self.model, [self.xmlid(ctx, staging) for staging in stagings])

    def prepare(self, ctx, staging, values):
        teams = ctx.batch["teams"]
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
        # a stage this source imported before is updated as usual; any other stage is Odoo's or the admin's
        xmlid = self.xmlid(ctx, staging)
        if ctx.run.reuse_stages and not ctx.env[self.model].browse(ctx.lookup(self.model, [xmlid]).get(xmlid)).exists():
            stage = self._existing_stage(ctx, name, teams[pipeline], vals["is_won"])
            if stage:
                ctx.ledger(staging, stage, "match")
                ctx.warn(ctx.env._(
                    "Odoo already has the stage '%(stage)s' in this pipeline%(shared)s: reused as it is (its order, "
                    "won flag and folding stay as they are in Odoo)", stage=stage.name,
                    shared="" if stage.team_ids else ctx.env._(" (a stage shared by every pipeline)")))
                return stage
        return vals

    def _existing_stage(self, ctx, name, team_id, is_won):
        """The stage of the same name Odoo shows in the team's pipeline (the team's own first, then a shared
        one), with the same won flag: leads of a won stage must not land in an open one, nor the reverse."""
        key = stage_key(name)
        candidates = ctx.env[self.model].search(["|", ("team_ids", "=", False), ("team_ids", "in", [team_id])],
                                                order="sequence, id")
        same = candidates.filtered(lambda s: stage_key(s.name) == key and bool(s.is_won) == bool(is_won))
        return (same.filtered("team_ids") or same)[:1]


class LeadImporter(EntityImporter):
    entity = "lead"
    model = "crm.lead"
    auto_fields = {"source": ("crm.lead", "x_cji_source", "char", "Lead source"),
                   "score": ("crm.lead", "x_cji_score", "float", "Lead score")}
    stage_entity = StageImporter.entity
    parallel_batches = True

    def _write(self, ctx, items):
        from ..models.import_lead_scoring import deferred_lead_scoring

        # counted for predictive lead scoring when the phase closes: batches side by side share no row
        with deferred_lead_scoring(ctx.env, ctx.run.id):
            return super()._write(ctx, items)

    def close_phase(self, ctx, phase):
        ctx.env["clientjoy.intrix.lead.scoring"]._settle(ctx.run)

    def prepare_references(self, ctx, stagings):
        first = {}  # each tag once, in the ledger of the first lead that names it
        for staging in stagings:
            for name in staging._values().get("tags") or ():
                first.setdefault(name.lower(), (name, staging))
        for name, staging in first.values():
            ctx.tag_ids("crm.tag", [name], staging)
        self._create_missing_stages(ctx, stagings)

    # ------------------------------------------------------------------ stages the source names, Odoo lacks
    def missing_stages(self, ctx, leads):
        """{staging id: (stage name, crm.team)} of the leads in ``leads`` = [(staging id, values)] whose stage
        neither the source's pipelines nor Odoo have (as :meth:`_stage` resolves it), in order of first
        appearance, with the team the stage is to be created in: the lead's (:meth:`_lead_team`), else the
        company's first pipeline. A lead that no pipeline of the company could take is left out (it keeps
        the first stage, said at import)."""
        found, seen = {}, {}
        for staging_id, values in leads:
            name = (values.get("stage") or "").strip()
            if not name or values.get("won"):
                continue  # a won lead goes to its pipeline's won stage whatever its stage is called
            team_id, _note = self._lead_team(ctx, values)
            key = (team_id, (values.get("pipeline") or "").strip().lower(), stage_key(name))
            if key not in seen:
                _stage_id, fallback = self._stage(ctx, values, team_id)
                team = ctx.env["crm.team"].browse(team_id) if team_id else self._default_team(ctx)
                seen[key] = (name, team) if fallback and team else None
            if seen[key]:
                found[staging_id] = seen[key]
        return found

    def _default_team(self, ctx):
        """The company's first pipeline: where a stage goes that a lead without pipeline names."""
        return ctx._cached("default_team", None, lambda: ctx.env["crm.team"].search(
            [("use_opportunities", "=", True)] + ctx.company_domain("crm.team"), order="sequence, id", limit=1))

    def _create_missing_stages(self, ctx, stagings):
        """Create the stages the leads name that Odoo does not have, once each, in the team the leads go to
        and in order of first appearance, before any lead is written (serially: the phase's batches may then
        run side by side). Each is in the ledger of the first lead that names it: a rollback removes it."""
        found = self.missing_stages(ctx, [(staging.id, staging._values()) for staging in stagings])
        if not found:
            return
        Stage = ctx.env["crm.stage"]
        created = set()
        for staging_id, (name, team) in found.items():
            key = (team.id, stage_key(name))
            if key in created:
                continue
            created.add(key)
            ctx.claim("crm.stage", "%s/%s" % key)  # another import creating it now: one stage, not two
            visible = Stage.search(["|", ("team_ids", "=", False), ("team_ids", "in", team.ids)])
            if visible.filtered(lambda s: s.team_ids and stage_key(s.name) == key[1]):
                continue
            # after the pipeline's open stages, before its won stage
            sequence = max([s.sequence for s in visible if not s.is_won] or [0]) + 1
            stage = Stage.create({"name": name, "team_ids": [Command.set(team.ids)], "sequence": sequence})
            # the run in the name: a stage an earlier run created and the admin renamed since is no obstacle
            xmlid = ctx.xmlid_name("lead_stage", "r%s_t%s_%s" % (ctx.run.id, team.id, key[1]))
            ctx.register_created(stage, xmlid, ctx.env["clientjoy.intrix.staging"].browse(staging_id))
        # the leads' teams and stages are resolved again, now with these stages
        ctx.reference_data.forget("stage_team", "stage")

    def prepare(self, ctx, staging, values):
        # amounts in another currency: kept or converted at the admin's rate (Currencies tab of the run)
        values, note = apply_currency_choice(ctx, self.entity, values)
        if note:
            ctx.warn(note)
        vals = {"name": values["name"], "type": values.get("type") or "opportunity"}
        team_id, note = self._lead_team(ctx, values)
        if note:
            ctx.warn(note)
        if team_id:
            vals["team_id"] = team_id
        key = (team_id, (values.get("pipeline") or "").strip().lower(), bool(values.get("won")),
               (values.get("stage") or "").strip().lower())
        stage_id, fallback = ctx._cached("stage", key, lambda: self._stage(ctx, values, team_id))
        stage = ctx.env["crm.stage"].browse(stage_id)
        if fallback:
            ctx.warn(ctx.env._("Stage '%s' not found: lead put in the first stage", values["stage"]))
        if stage:
            vals["stage_id"] = stage.id
        company_id = ctx.resolve_or_warn("partner_company", values.get("partner_ref"), ctx.env._("Customer %s not found"))
        contact_id = ctx.resolve_or_warn("partner_person", values.get("contact_ref"), ctx.env._("Contact %s not found"))
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
        if "iap_enrich_done" in ctx.env[self.model]._fields:
            # no data leaves the database: Odoo's lead enrichment (crm_iap_enrich) would send the e-mail
            # domain of every lead created in the last day to Odoo's IAP service; imported leads are not new
            vals["iap_enrich_done"] = True
        vals.update(ctx.custom_values(self.model, values))
        return vals

    def _pipelines(self, ctx):
        """{pipeline (lower case): (pipeline name, [crm.stage in the source's order])}: the stages the
        source's pipelines landed in, created or reused, from the stage records this source imported
        into this company (any run; a later run's stage of the same pipeline and name wins)."""
        def compute():
            run = ctx.run
            ctx.env.flush_all()
            # by run and object name, which the staging index starts with: a run of millions of records is
            # not scanned for its few stages (once per batch job)
            ctx.env.cr.execute("""
                SELECT s.res_id, v->>'pipeline', v->>'name', v->>'sequence'
                  FROM clientjoy_intrix_staging s,
                       LATERAL (SELECT COALESCE(s."values", '{}')::jsonb AS v) j
                 WHERE s.run_id IN (SELECT id FROM clientjoy_intrix_run WHERE source = %s AND company_id = %s
                                       AND COALESCE(xmlid_prefix, '') = %s)
                   AND s.object_name = ANY(%s) AND s.entity = 'stage' AND s.state = 'imported'
                   AND s.res_model = 'crm.stage' AND s.res_id IS NOT NULL
                 ORDER BY s.run_id, s.object_sequence, s.sequence, s.id
            """, [run.source, run.company_id.id, run.xmlid_prefix or "",
                  [obj.name for obj in ctx.adapter.objects_for_entity(self.stage_entity)]])
            found = {}
            for position, (stage_id, pipeline, name, sequence) in enumerate(ctx.env.cr.fetchall()):
                pipeline = (pipeline or "").strip() or ctx.env._("Pipeline")
                try:
                    order = (0, float(sequence), position)
                except (TypeError, ValueError):
                    order = (1, 0.0, position)
                found.setdefault(pipeline.lower(), (pipeline, {}))[1][stage_key(name)] = (order, stage_id)
            Stage = ctx.env["crm.stage"]
            result = {}
            for key, (pipeline, stages) in found.items():
                ordered = Stage.browse([stage_id for _order, stage_id in sorted(stages.values())]).exists()
                if ordered:
                    result[key] = (pipeline, ordered)
            return result
        return ctx._cached("source_pipelines", None, compute)

    def _lead_team(self, ctx, values):
        """(team id or None, warning or None): the team of the lead's pipeline; without a pipeline column, the
        team whose pipeline holds its stage."""
        if values.get("pipeline"):
            team_id = self._team_of_pipeline(ctx, values["pipeline"])
            return team_id, None if team_id else ctx.env._("Pipeline '%s' not found", values["pipeline"])
        return ctx._cached("stage_team", ((values.get("stage") or "").strip().lower(), bool(values.get("won"))),
                           lambda: self._team_of_stage(ctx, values))

    def _team_of_pipeline(self, ctx, pipeline):
        return ctx._cached("team", pipeline.strip().lower(), lambda: ctx.env["crm.team"].search(
            [("name", "=ilike", same_text(pipeline))] + ctx.company_domain("crm.team"), limit=1).id or None)

    def _team_of_stage(self, ctx, values):
        """(team id or None, warning or None) for a lead without pipeline: the team of the pipeline that
        holds its stage; the only pipeline of the source when the lead has no stage."""
        pipelines = self._pipelines(ctx)
        name = (values.get("stage") or "").strip()
        if name and not values.get("won"):
            holding = [pipeline for key, (pipeline, stages) in sorted(pipelines.items())
                       if any(stage_key(stage.name) == stage_key(name) for stage in stages)]
            teams = [team for team in (self._team_of_pipeline(ctx, pipeline) for pipeline in holding) if team]
            if not teams:
                # not a stage of the source's pipelines: the team whose own stage it is, if only one
                stages = ctx.env["crm.stage"].search([("name", "=ilike", same_text(name))])
                # never a pipeline of another company: a stage of that name there must not pull the lead in
                owned = stages.team_ids.filtered(lambda team: not team.company_id or team.company_id == ctx.company)
                teams = owned.ids
                holding = owned.mapped("name")
            if len(teams) == 1:
                return teams[0], None
            if teams:
                first = ctx.env["crm.team"].browse(teams[0])
                return first.id, ctx.env._(
                    "Stage '%(stage)s' is in several pipelines (%(pipelines)s) and the lead has no pipeline: it was "
                    "put in %(team)s", stage=name, pipelines=", ".join(holding), team=first.name)
            return None, None
        teams = {self._team_of_pipeline(ctx, pipeline) for pipeline, _stages in pipelines.values()} - {None}
        return (teams.pop(), None) if len(teams) == 1 else (None, None)

    def _stage(self, ctx, values, team_id):
        """(stage id, True when the named stage was not found and the first stage is used instead)."""
        Stage = ctx.env["crm.stage"]
        # the stages the lead's pipeline has at the source (created or reused), in the source's order
        pipeline = values.get("pipeline") or (ctx.env["crm.team"].browse(team_id).name if team_id else "")
        _name, own = self._pipelines(ctx).get((pipeline or "").strip().lower(), ("", Stage))
        # stages shared by every team, or of the run's company's teams: never another company's pipeline
        domain = [("team_ids", "in", [team_id])] if team_id else [
            "|", ("team_ids", "=", False), ("team_ids.company_id", "in", [ctx.company.id, False])]
        if values.get("won"):
            stage = own.filtered("is_won")[:1] or Stage.search(domain + [("is_won", "=", True)], limit=1) or Stage.search(
                ["|", ("team_ids", "=", False), ("team_ids.company_id", "in", [ctx.company.id, False]),
                 ("is_won", "=", True)], limit=1)
            return stage.id, False
        if values.get("stage"):
            stage = own.filtered(lambda s: stage_key(s.name) == stage_key(values["stage"]))[:1]
            if not stage:
                stage = Stage.search(domain + [("name", "=ilike", same_text(values["stage"]))], limit=1)
            if not stage:
                stage = Stage.search(["|", ("team_ids", "=", False), ("team_ids.company_id", "in", [ctx.company.id, False]),
                                      ("name", "=ilike", same_text(values["stage"]))], limit=1)
            if stage:
                return stage.id, False
        first = own.filtered(lambda s: not s.is_won)[:1] or Stage.search(
            domain + [("is_won", "=", False)], order="sequence, id", limit=1)
        return first.id, bool(values.get("stage"))

    def _amount(self, ctx, values):
        """The value as the admin chose for its currency (already converted by apply_currency_choice when
        chosen); a currency Odoo does not know can only be converted."""
        amount = values["expected_revenue"] or 0.0
        if values.get("currency") and not ctx.currency_id(values["currency"]):
            raise RecordError(ctx.env._(
                "Unknown currency '%s': enter a rate on the Currencies tab of the run to convert the value",
                values["currency"]))
        return amount
