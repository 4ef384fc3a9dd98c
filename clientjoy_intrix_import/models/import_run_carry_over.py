"""A delta run takes over the decisions the admin made for the run it continues.

The field map lines the previous run had confirmed (same object and column), its fallback owner and
the owners the admin mapped by hand are applied to the delta run, which says so in its log: a delta
of an unchanged source is ready to import without asking again. Columns the previous run did not
have still wait for a confirmation.
"""
from odoo import _, models


class ImportRunCarryOver(models.Model):
    _inherit = "clientjoy.intrix.run"

    def _stage(self):
        result = super()._stage()
        self._carry_over_map()
        return result

    def _reconcile_owners(self):
        result = super()._reconcile_owners()
        self._carry_over_owners()
        return result

    def _carry_over_map(self):
        previous = self.previous_run_id
        if not previous:
            return
        confirmed = {(line.object_name, line.source_column): line for line in previous.map_ids if line.confirmed}
        carried = 0
        for line in self.map_ids:
            old = confirmed.get((line.object_name, line.source_column))
            if not old:
                continue
            line.with_context(skip_revalidate=True).write({
                "action": old.action, "target_id": old.target_id.id, "new_field_name": old.new_field_name,
                "new_field_type": old.new_field_type, "confirmed": True,
                "reason": _("Confirmed for %s", previous.name),
            })
            carried += 1
        if not self.fallback_user_id and previous.fallback_user_id:
            self.fallback_user_id = previous.fallback_user_id
            self._log(_("Fallback owner %(user)s taken over from %(run)s", user=previous.fallback_user_id.name,
                        run=previous.name))
        if carried:
            self._log(_("%(count)s field map lines confirmed for %(run)s taken over", count=carried, run=previous.name))

    def _carry_over_owners(self):
        for run in self.filtered("previous_run_id"):
            chosen = {owner.email: owner.user_id for owner in run.previous_run_id.owner_ids
                      if owner.state == "mapped" and owner.user_id.active}
            for owner in run.owner_ids.filtered(lambda o: not o.user_id and o.email in chosen):
                owner.user_id = chosen[owner.email]
                run._log(_("Owner %(email)s mapped to %(user)s as in %(run)s", email=owner.email,
                           user=owner.user_id.name, run=run.previous_run_id.name))
