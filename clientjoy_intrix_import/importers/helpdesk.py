"""Support tickets -> helpdesk.ticket (OCA helpdesk_mgmt), or the written inventory without it."""
from markupsafe import Markup, escape


from ..lib.sql import same_text
from .base import EntityImporter

#: source priority words -> helpdesk_mgmt priority key ("0" low .. "3" very high)
PRIORITY_WORDS = {
    "low": "0", "nizka": "0", "niedrig": "0", "normal": "1", "medium": "1", "srednja": "1", "mittel": "1",
    "high": "2", "visoka": "2", "hoch": "2", "urgent": "3", "very high": "3", "critical": "3", "nujno": "3",
    "dringend": "3", "kritisch": "3",
}
STATUS_WORDS = {
    "open": ("new", "open"), "new": ("new", "open"), "in progress": ("in progress",),
    "waiting": ("awaiting", "waiting"), "closed": ("done", "closed", "solved"), "resolved": ("done", "solved"),
    "done": ("done", "solved", "closed"), "cancelled": ("cancelled", "canceled"),
}


class TicketImporter(EntityImporter):
    entity = "ticket"
    model = "helpdesk.ticket"

    def _skip(self, ctx, staging):
        if ctx.helpdesk_available:
            return False
        values = staging._values()
        ctx.inventory(
            "ticket", values.get("name") or staging.external_id,
            ctx.env._("Ticket %(ref)s (%(status)s) for %(customer)s: %(description)s", ref=staging.external_id,
              status=values.get("status") or "?", customer=values.get("partner_ref") or "?",
              description=values.get("description") or ""),
            ctx.env._("Install a helpdesk app (OCA helpdesk_mgmt in Community) and re-run the import, or "
              "re-create the ticket by hand."))
        staging.write({"state": "skipped", "message": ctx.env._("No helpdesk app installed: listed in the inventory")})
        return True

    def prepare(self, ctx, staging, values):
        description = values.get("description") or values["name"]
        vals = {
            "name": values["name"],
            "description": Markup("<p>%s</p>") % escape(description).replace("\n", Markup("<br/>")),
        }
        partner_id = ctx.resolve_or_warn("partner_company", values.get("partner_ref"), ctx.env._("Customer %s not found"))
        if partner_id:
            vals["partner_id"] = partner_id
        if values.get("assignee_email"):
            vals["user_id"] = ctx.user_for(values["assignee_email"]) or False
        if values.get("priority"):
            priority = priority_key(ctx.env[self.model], values["priority"])
            if priority:
                vals["priority"] = priority
            else:
                ctx.warn(ctx.env._("Ticket priority '%(priority)s' has no Odoo equivalent: the default priority is used",
                                   priority=values["priority"]))
        stage = self._stage(ctx, values.get("status"))
        if stage:
            vals["stage_id"] = stage.id
        return vals

    def _stage(self, ctx, status):
        if not status:
            return None
        Stage = ctx.env["helpdesk.ticket.stage"]
        stage = Stage.search([("name", "=ilike", same_text(status.strip()))], limit=1)
        if stage:
            return stage
        for word in STATUS_WORDS.get(status.strip().lower(), ()):
            stage = Stage.search([("name", "ilike", word)], order="sequence", limit=1)
            if stage:
                return stage
        ctx.warn(ctx.env._("Ticket status '%s' has no matching stage: the default stage is used", status))
        return None


def priority_key(Ticket, value):
    """The priority key of ``helpdesk.ticket`` for a source priority (key, label or common word), or None."""
    text = str(value).strip().lower()
    field = Ticket._fields.get("priority")
    options = field.selection if field and isinstance(field.selection, list) else []
    for key, label in options:
        if text in (str(key).lower(), str(label).lower()):
            return key
    key = PRIORITY_WORDS.get(text)
    return key if key in dict(options) else None
