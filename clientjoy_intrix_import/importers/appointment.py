"""Booked appointments -> calendar.event: date, time, duration, invitee (an attendee partner, found by
e-mail or created, ledgered), owner, location / meeting link, status, and the lead or customer."""
import contextlib
import datetime

from markupsafe import Markup, escape

from odoo import Command

from ..lib.sql import same_text
from .base import EntityImporter, RecordError
from .proposal import target_of

STATUS_LABELS = {"cancelled": "cancelled", "canceled": "cancelled", "no_show": "no-show", "no-show": "no-show"}
LINK_FIELDS = ("res_model_id", "res_id", "opportunity_id")
FREE_STATUSES = {"cancelled", "canceled", "no_show", "no-show", "declined"}


@contextlib.contextmanager
def quiet_calendar(ctx):
    """Write calendar events without invitation mails or alarms (they are history, not new bookings)."""
    env = ctx.env
    ctx.env = env(context=dict(env.context, no_mail_to_attendees=True, dont_notify=True, skip_contact_description=True))
    try:
        yield
    finally:
        ctx.env = env


class AppointmentImporter(EntityImporter):
    entity = "appointment"
    model = "calendar.event"

    def _start_batch(self, ctx, stagings):
        """The record each appointment hangs on, and its invitee partners, for the whole batch at once."""
        prepared, failed = [], {}
        for staging in stagings:
            ctx.current = staging
            values = staging._values()
            try:
                target = target_of(ctx, values, ctx.env._("Appointment"))
            except RecordError as exc:
                if values.get("lead_ref") or values.get("customer_ref"):
                    failed[staging.id] = exc  # a record error when the batch is prepared
                    continue
                target = (None, None)
            prepared.append((staging, values, target))
        ctx.batch.update(targets={staging.id: target for staging, _values, target in prepared}, failed=failed,
                         invitees=self._invitees(ctx, prepared), links={})
        # the events this run or an earlier one imported, in one query (prepare asks the cache per record)
        ctx.lookup(self.model, [self.xmlid(ctx, staging) for staging, _values, _target in prepared])

    def prepare(self, ctx, staging, values):
        if staging.id in ctx.batch["failed"]:
            raise ctx.batch["failed"][staging.id]
        model, res_id = ctx.batch["targets"][staging.id]
        vals = self._event_vals(ctx, values, model, res_id, ctx.batch["invitees"])
        name = self.xmlid(ctx, staging)
        known = ctx.lookup(self.model, [name]).get(name)
        if not (known and ctx.env[self.model].browse(known).exists()):
            # linked after the creation: creating an event on a record schedules a meeting activity
            # there (or logs "meeting scheduled" on the lead), which history must not do
            ctx.batch["links"][staging.id] = {key: vals.pop(key) for key in LINK_FIELDS if key in vals}
        return vals

    def _write(self, ctx, items):
        with quiet_calendar(ctx):
            results = ctx.upsert(self.model, items)
            for staging_id, link in ctx.batch["links"].items():
                if staging_id in results and link:
                    results[staging_id].write(link)  # created by this run: the ledger deletes it whole
        return results

    def _invitees(self, ctx, prepared):
        """{e-mail: partner id} of every invitee: an existing partner with that e-mail, else a new one."""
        Partner = ctx.env["res.partner"]
        found, to_create = {}, {}
        for staging, values, _target in prepared:
            email = (values.get("invitee_email") or "").strip().lower()
            if not email or email in found or email in to_create:
                continue
            name = ctx.xmlid_name("invitee", email)
            known = ctx.lookup("res.partner", [name]).get(name)
            partner = Partner.browse(known).exists() if known else Partner
            if not partner:
                partner = Partner.search([("email", "=ilike", same_text(email))] + ctx.company_domain("res.partner"), order="is_company, id", limit=1)
            if partner:
                found[email] = partner.id
            else:
                to_create[email] = (staging, name, {"name": values.get("invitee_name") or email, "email": email,
                                                    "company_type": "person"})
        created = ctx.upsert("res.partner", list(to_create.values()))
        for email, (staging, _name, _vals) in to_create.items():
            if staging.id in created:
                found[email] = created[staging.id].id
        return found

    def _event_vals(self, ctx, values, model, res_id, invitees):
        start = values["start"]
        stop = values.get("stop") or start + datetime.timedelta(minutes=30)
        if stop <= start:
            stop = start + datetime.timedelta(minutes=30)
        status = str(values.get("status") or "").strip().lower()
        user_id = ctx.user_for(values.get("owner_email"))
        partner_ids = set()
        if user_id:
            partner_ids.add(ctx.partner_for_user(user_id))
        email = (values.get("invitee_email") or "").strip().lower()
        if email and invitees.get(email):
            partner_ids.add(invitees[email])
        elif email:
            ctx.warn(ctx.env._("Invitee %s could not be added as attendee", email))
        title = values.get("booking_page") or ctx.env._("Appointment")
        if values.get("invitee_name"):
            title = "%s: %s" % (title, values["invitee_name"])
        if status in STATUS_LABELS:
            title = "%s (%s)" % (title, STATUS_LABELS[status])
        lines = [ctx.env._("Clientjoy appointment, status: %s", status or "-")]
        if values.get("booking_page"):
            lines.append(ctx.env._("Booking page: %s", values["booking_page"]))
        if values.get("invitee_name") or email:
            lines.append(ctx.env._("Invitee: %(name)s <%(email)s>", name=values.get("invitee_name") or "", email=email))
        if values.get("meeting_link"):
            lines.append(ctx.env._("Meeting link: %s", values["meeting_link"]))
        vals = {
            "name": title,
            "start": start,
            "stop": stop,
            "user_id": user_id or False,
            "partner_ids": [Command.set(sorted(partner_ids))],
            "location": values.get("location") or False,
            "videocall_location": values.get("meeting_link") or False,
            "description": Markup("<p>%s</p>") % Markup("<br/>").join(escape(line) for line in lines),
            "show_as": "free" if status in FREE_STATUSES else "busy",
        }
        if model:
            vals.update(res_model_id=ctx.env["ir.model"]._get_id(model), res_id=res_id)
            if model == "crm.lead":
                vals["opportunity_id"] = res_id
        return vals
