"""Activities / engagements -> chatter messages with their original date and author.

Calls, e-mails and notes become messages; meetings that took place also become calendar events
(attendees kept: users, partners found by e-mail, or contacts created for them) that do not schedule
anything; open tasks and future meetings are the only open work: scheduled activities (mail.activity)
on the record; done tasks become a message.
"""
import datetime

from markupsafe import Markup, escape

from odoo import Command, fields
from odoo.tools.mail import email_split_tuples

from ..lib.sql import same_text
from .appointment import LINK_FIELDS, quiet_calendar
from .base import EntityImporter, RecordError
from .message import fill_reply_to

RELATED = {
    # words a source uses for the object an activity hangs on -> entity
    "opportunity": "lead", "lead": "lead", "deal": "lead", "priložnost": "lead",
    "client": "partner_company", "customer": "partner_company", "company": "partner_company",
    "account": "partner_company", "stranka": "partner_company", "kunde": "partner_company",
    "contact": "partner_person", "person": "partner_person", "kontakt": "partner_person",
    "project": "project", "projekt": "project", "task": "task", "naloga": "task",
}
TYPES = {
    "call": "call", "phone call": "call", "klic": "call", "anruf": "call",
    "meeting": "meeting", "sestanek": "meeting", "termin": "meeting", "besprechung": "meeting",
    "email": "email", "e-mail": "email", "mail": "email",
    "task": "task", "naloga": "task", "aufgabe": "task", "to-do": "task", "todo": "task",
    "note": "note", "opomba": "note", "notiz": "note",
}


DONE_STATUSES = ("done", "completed", "closed", "cancelled", "canceled", "held", "opravljeno", "erledigt")


def related_pairs(values_list):
    """{(entity, source ref)} of the records staged ``values`` (activities, attachments) hang on."""
    pairs = set()
    for values in values_list:
        entity = RELATED.get((values.get("related_kind") or "").strip().lower())
        if entity and values.get("related_ref") not in (None, ""):
            pairs.add((entity, values["related_ref"]))
    return pairs


class ActivityImporter(EntityImporter):
    entity = "activity"
    model = "mail.message"
    # an attendee two batches create at once meets its external id: one batch runs again and finds it
    parallel_batches = True

    created_note = False  # an activity carries its own date

    def _prefetch(self, ctx, stagings):
        """The records the batch's activities hang on, in one query per model (not one per activity)."""
        ctx.prefetch_ref_pairs(related_pairs(staging._values() for staging in stagings))

    def _start_batch(self, ctx, stagings):
        ctx.batch["now"] = fields.Datetime.now()  # one moment tells the batch's future meetings from past ones

    def prepare(self, ctx, staging, values):
        """{model: vals} of what the activity becomes: a scheduled activity (an open task), a calendar event
        (a future meeting), or a message in the chatter (with a calendar event for a past meeting)."""
        kind = TYPES.get((values.get("type") or "").strip().lower(), "note")
        model, res_id = self._target(ctx, values)
        author_user = ctx.user_for(values.get("owner_email"))
        date = values.get("date")
        status = (values.get("status") or "open").strip().lower()
        if kind == "task" and status not in DONE_STATUSES:
            return {"mail.activity": self._activity_vals(ctx, values, model, res_id, author_user)}
        if kind == "meeting" and date and date > ctx.batch["now"] and status not in DONE_STATUSES:
            # open, future work: a calendar event linked to the record, which schedules the
            # meeting activity there; nothing in the chatter before it happens
            return {"calendar.event": self._event_vals(ctx, values, model, res_id, author_user)}
        writes = {"mail.message": {
            "model": model,
            "res_id": res_id,
            "message_type": "comment",
            "subtype_id": ctx._cached("xmlid", "mail.mt_note", lambda: ctx.env.ref("mail.mt_note").id),
            "subject": values.get("subject") or False,
            "body": self._body(ctx, kind, values),
            "date": date,
            "author_id": ctx.partner_for_user(author_user) or ctx.env.user.partner_id.id,
        }}
        if kind == "meeting":
            writes["calendar.event"] = self._event_vals(ctx, values, model, res_id, author_user)
        return writes

    def _write(self, ctx, items):
        """Scheduled activities, then messages, then the calendar events (a past meeting's only once its
        message is written), their attendees resolved for the whole batch."""
        activities, messages, events, scheduled = [], [], [], []
        for staging, name, writes in items:
            if "mail.activity" in writes:
                activities.append((staging, name, writes["mail.activity"]))
            elif "mail.message" in writes:
                messages.append((staging, name, writes["mail.message"]))
                if "calendar.event" in writes:
                    events.append((staging, name + "_event", writes["calendar.event"]))
            else:
                scheduled.append((staging, name + "_event", writes["calendar.event"]))
        results = {}
        results.update(ctx.upsert("mail.activity", activities))
        self._fill_reply_to(ctx, [vals for _st, _name, vals in messages])
        message_results = ctx.upsert("mail.message", messages)
        results.update(message_results)
        past = [item for item in events if item[0].id in message_results]
        attendees = self._attendee_partners(ctx, past + scheduled)
        with quiet_calendar(ctx):
            for item in scheduled:
                item[2]["partner_ids"] = [Command.set(self._partner_ids(ctx, item, attendees))]
            results.update(ctx.upsert("calendar.event", scheduled))
            self._upsert_past_events(ctx, past, attendees)
        return results

    def _upsert_past_events(self, ctx, events, attendees):
        """Events of meetings that took place: linked to their record only after the creation, since
        creating an event on a record schedules a meeting activity there (an overdue to-do for history)."""
        names = [name for _staging, name, _vals in events]
        Event = ctx.env["calendar.event"]
        known = {name for name, res_id in ctx.lookup("calendar.event", names).items() if Event.browse(res_id).exists()}
        links = {}
        for item in events:
            staging, name, vals = item
            ctx.current = staging
            vals["partner_ids"] = [Command.set(self._partner_ids(ctx, item, attendees))]
            if name not in known:
                links[staging.id] = {key: vals.pop(key) for key in LINK_FIELDS if key in vals}
        created = ctx.upsert("calendar.event", events)
        for staging_id, link in links.items():
            if staging_id in created and link:
                created[staging_id].write(link)  # created by this run: the ledger deletes it whole

    def _attendee_partners(self, ctx, events):
        """{attendee key: partner id} of the meetings' attendees: the user's partner, else a partner with
        that e-mail (or, for a name without e-mail, the one partner of that name), else a contact created
        for it, in the ledger of the meeting's record so a rollback removes it."""
        wanted = {}
        for staging, _name, vals in events:
            for key, email, name in vals.pop("_attendees", []):
                wanted.setdefault(key, (staging, email, name))
        if not wanted:
            return {}
        found = {}
        emails = {email for _staging, email, _name in wanted.values() if email}
        if emails:
            Users = ctx.env["res.users"].with_context(active_test=False)
            for user in Users.search(["|", ("login", "in", list(emails)), ("email", "in", list(emails))],
                                     order="active desc, id"):
                for value in (user.login, user.email):
                    if (value or "").strip().lower() in emails:
                        found.setdefault(value.strip().lower(), user.partner_id.id)
        Partner = ctx.env["res.partner"]
        rounds = {}
        for key, (staging, email, name) in wanted.items():
            if key in found:
                continue
            xmlid = ctx.xmlid_name("attendee", key)
            known = ctx.lookup("res.partner", [xmlid]).get(xmlid)
            partner = Partner.browse(known).exists() if known else Partner
            if not partner and email:
                partner = Partner.search([("email", "=ilike", same_text(email))] + ctx.company_domain("res.partner"), order="is_company, id", limit=1)
            elif not partner:
                partner = Partner.search([("name", "=ilike", same_text(name))] + ctx.company_domain("res.partner"), limit=2)
                partner = partner if len(partner) == 1 else Partner
            if partner:
                found[key] = partner.id
                continue
            # upsert answers per staging record: one round per new attendee of the same meeting
            vals = {"name": name or email, "email": email or False, "company_type": "person"}
            rounds.setdefault(staging.id, []).append((staging, xmlid, vals, key))
        depth = max((len(items) for items in rounds.values()), default=0)
        for position in range(depth):
            batch = [items[position] for items in rounds.values() if len(items) > position]
            created = ctx.upsert("res.partner", [item[:3] for item in batch])
            for staging, _xmlid, vals, key in batch:
                if staging.id in created:
                    found[key] = created[staging.id].id
                    ctx._warnings.setdefault(staging.id, []).append(ctx.env._(
                        "Attendee %(attendee)s is not in Odoo: created as a contact", attendee=vals["email"] or vals["name"]))
        return found

    def _partner_ids(self, ctx, item, attendees):
        staging, _name, vals = item
        partner_ids = set(vals.pop("_partner_ids", []))
        for key in vals.pop("_attendee_keys", []):
            if attendees.get(key):
                partner_ids.add(attendees[key])
            else:
                ctx._warnings.setdefault(staging.id, []).append(ctx.env._(
                    "Attendee %(attendee)s could not be added to the meeting", attendee=key))
        return sorted(partner_ids)

    def _fill_reply_to(self, ctx, vals_list):
        """Sender and reply-to of the batch's messages, computed per (document model, author) before the
        upsert (importers/message.py), so that a re-run compares them too."""
        fill_reply_to(ctx.env, vals_list)

    def _target(self, ctx, values):
        kind = (values.get("related_kind") or "").strip().lower()
        entity = RELATED.get(kind)
        if not entity:
            raise RecordError(ctx.env._("Unknown related object '%s'", values.get("related_kind") or ""))
        res_id = ctx.resolve_ref(entity, values.get("related_ref"))
        if not res_id:
            raise RecordError(ctx.env._("%(object)s %(ref)s not found: the activity has nothing to attach to",
                                object=values.get("related_kind"), ref=values.get("related_ref")))
        return ctx.adapter.entity_model(entity), res_id

    def _body(self, ctx, kind, values):
        parts = [Markup("<p><b>%s</b></p>") % (values.get("subject") or kind.title())]
        if values.get("body"):
            parts.append(Markup("<p>%s</p>") % escape(values["body"]).replace("\n", Markup("<br/>")))
        meta = []
        label = {"call": ctx.env._("Call"), "meeting": ctx.env._("Meeting"), "email": ctx.env._("E-mail"), "task": ctx.env._("Task"), "note": ctx.env._("Note")}
        meta.append(label.get(kind, kind))
        if values.get("direction"):
            meta.append(ctx.env._("direction: %s", values["direction"]))
        if values.get("duration") is not None:
            meta.append(ctx.env._("duration: %s min", _num(values["duration"])))
        if values.get("attendees"):
            meta.append(ctx.env._("attendees: %s", ", ".join(values["attendees"])))
        if values.get("status"):
            meta.append(ctx.env._("status: %s", values["status"]))
        if values.get("due_date"):
            meta.append(ctx.env._("due: %s", values["due_date"]))
        parts.append(Markup("<p><i>%s</i></p>") % " · ".join(meta))
        return Markup("").join(parts)

    def _event_vals(self, ctx, values, model, res_id, user_id):
        start = values["date"]
        if values.get("end"):
            stop = values["end"]
        else:
            stop = start + datetime.timedelta(minutes=values.get("duration") or 60)
        partner_ids = set()
        if user_id:
            partner_ids.add(ctx.partner_for_user(user_id))
        attendees = list(dict.fromkeys(filter(None, (_attendee(text) for text in values.get("attendees") or []))))
        vals = {
            "name": values.get("subject") or ctx.env._("Meeting"),
            "start": start,
            "stop": stop,
            "user_id": user_id or False,
            # resolved for the whole batch by _attendee_partners, then replaced by partner_ids
            "_partner_ids": sorted(partner_ids),
            "_attendees": attendees,
            "_attendee_keys": [key for key, _email, _name in attendees],
            "res_model_id": ctx.env["ir.model"]._get_id(model),
            "res_id": res_id,
        }
        if values.get("body"):
            vals["description"] = values["body"]
        if model == "crm.lead":
            vals["opportunity_id"] = res_id
        return vals

    def _activity_vals(self, ctx, values, model, res_id, user_id):
        deadline = values.get("due_date") or (values.get("date") and values["date"].date()) or ctx.today
        return {
            "res_model_id": ctx.env["ir.model"]._get_id(model),
            "res_id": res_id,
            "activity_type_id": ctx._cached("xmlid", "mail.mail_activity_data_todo",
                                            lambda: ctx.env.ref("mail.mail_activity_data_todo").id),
            "summary": values.get("subject") or ctx.env._("Task"),
            # the same text as a message would have: nothing of the source record is dropped
            "note": self._body(ctx, "task", values),
            "date_deadline": deadline,
            "user_id": user_id or ctx.env.user.id,
        }


def _attendee(text):
    """(key, e-mail, name) of an attendee as sources write them: an e-mail, "Name <e-mail>", or a name."""
    text = str(text or "").strip()
    if not text:
        return None
    pairs = email_split_tuples(text)
    if pairs:
        name, email = pairs[0]
        email = email.strip().lower()
        return email, email, (name or "").strip() or email
    return text.lower(), None, text


def _num(value):
    return ("%g" % value) if isinstance(value, float) else value
