"""Where every target key lands in Odoo, and how the import proves it did.

Every key of every entity of lib/targets.py has a :class:`Landing` here: a description for the admin
(``where``) and a ``check`` that reads the imported record back and compares it with the staged
value. A key without a landing (or with ``check=None``) is written by no importer: the field map
refuses a column mapped to it (``action_confirm_map``), and tests/test_verification.py fails for any
key added to lib/targets.py without a landing here.

A check is ``check(vc, target, values, key)`` -> ``None`` (nothing to compare: no value staged) or
``(expected, found)`` display strings, equal when verified, or ``(expected, found, verified)`` when
equal texts can hide a difference (two records of one name). Comparisons are
type-aware (:func:`compare`): dates and datetimes in the user's time zone, floats to the field's
precision, many2one by the record the source reference resolves to, html by its text.
"""
import datetime
import functools
import json
import re
from dataclasses import dataclass

import pytz

from odoo.tools import SQL, float_compare, html2plaintext

from .base import convert_custom_value

MISSING = "∅"
_SAME = ("=", "=", True)  # a comparison that holds: its display strings are never shown


@dataclass(frozen=True)
class Landing:
    where: str
    check: object = None  # function(vc, target, values, key) -> None | (expected, found)


class Target:
    """The imported record of one staging record, with the helpers checks use to find its satellites."""

    def __init__(self, vc, staging, record):
        self.vc, self.staging, self.record = vc, staging, record

    def related(self, model, suffix):
        """The record the importer created next to the main one under xmlid ``<name><suffix>``."""
        name = self.vc.own_name(self.staging) + suffix
        res_id = self.vc.ctx.lookup(model, [name]).get(name)
        return self.vc.existing(model, res_id)


# ---------------------------------------------------------------------------------------------- display
def show(value, field=None, tz=None):
    """A value as the admin reads it: records by name, dates in the user's time zone."""
    if value is None or value is False or value == "":
        return MISSING
    if hasattr(value, "_name"):
        return ", ".join(sorted(str(n) for n in value.mapped("display_name"))) or MISSING
    if isinstance(value, datetime.datetime):
        if tz:
            value = pytz.utc.localize(value).astimezone(tz).replace(tzinfo=None)
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float):
        return ("%.6f" % value).rstrip("0").rstrip(".")
    if isinstance(value, (list, tuple, set)):
        return ", ".join(sorted(str(v) for v in value)) or MISSING
    return str(value)


def _text(value):
    return " ".join(str(value or "").split())


def compare(vc, record, fname, expected):
    """(expected, found) display strings of field ``fname`` of ``record`` against a staged value."""
    field = record._fields[fname]
    if field.type == "html":
        # by their text: Odoo sanitizes and wraps what it stores; staged markup is compared as text too
        text = html2plaintext(str(expected)) if "<" in str(expected or "") else expected
        return _text(text) or MISSING, vc.plain_text(record, fname) or MISSING
    if vc.same_column(record, field, expected):
        return _SAME  # the stored column is the staged value (see same_column); a difference is told below
    found = vc.value(record, fname)
    tz = vc.tz
    # relational values are compared by id; their names (a display_name computed per record, the
    # costliest part of a verification) are only read for a mismatch, the one case the admin sees them
    if field.type == "many2one":
        if (found.id or False) == (expected or False):
            return _SAME
        wanted = vc.env[field.comodel_name].browse(expected) if expected else None
        return show(wanted), show(found), False
    if field.type in ("many2many", "one2many"):
        want = set(expected or [])
        if want <= set(found.ids):
            return _SAME
        return show(vc.env[field.comodel_name].browse(sorted(want))), show(found), False
    if field.type == "float":
        digits = field.get_digits(vc.env)
        precision = digits[1] if digits and digits[1] is not None else 6
        if expected is None:
            return MISSING, show(found)
        same = float_compare(found or 0.0, float(expected), precision_digits=precision) == 0
        shown = ("%%.%df" % precision) % float(expected)
        return shown, shown if same else ("%%.%df" % precision) % (found or 0.0)
    if field.type == "integer":
        return show(int(expected)), show(found if found is not False else None)
    if field.type == "boolean":
        return show(bool(expected)), show(bool(found))
    if field.type == "date":
        if isinstance(expected, datetime.datetime):
            expected = pytz.utc.localize(expected).astimezone(tz).date()
        return show(expected), show(found)
    if field.type == "datetime":
        if isinstance(expected, datetime.datetime):
            return show(expected.replace(microsecond=0), tz=tz), show(found, tz=tz)
        if isinstance(expected, datetime.date):  # a day staged, a moment stored: its day in the user's zone
            return show(expected), show(pytz.utc.localize(found).astimezone(tz).date()) if found else MISSING
        return show(expected), show(found, tz=tz)
    if isinstance(expected, str) and isinstance(found, str) and expected == found:
        return _SAME  # the same text: its display strings would be the same too
    return show(expected), show(found)


# ---------------------------------------------------------------------------------------------- check builders
def columns(check, *fnames):
    """Declare the fields ``check`` reads on the imported record: they are read for the whole chunk in one
    query (:meth:`VerifyContext.read_columns`) instead of through the ORM per record and field."""
    check.columns = tuple(dict.fromkeys(fnames))
    return check


def field(fname, convert=None):
    """The value lands as is in ``fname`` of the record (``convert(vc, value)`` first, if given)."""
    def check(vc, target, values, key):
        value = values.get(key)
        if value in (None, "", []):
            return None
        if convert:
            value = convert(vc, value)
        return compare(vc, target.record, fname, value)
    return columns(check, fname)


def ref(fname, entity):
    """A source reference lands as the many2one to the record imported for it."""
    return field(fname, lambda vc, value: vc.resolve_ref(entity, value) or False)


def owner(fname):
    """An owner e-mail lands as the user it was reconciled with (or the run's fallback owner)."""
    return field(fname, lambda vc, value: vc.ctx.user_for(value) or False)


def country(fname):
    return field(fname, lambda vc, value: vc.ctx.country_id(value) or False)


def by_name(fname):
    """A name lands as the record of that name (industry, team, stage): compared case- and space-blind (a
    stage Odoo has as "offer  SENT" is the source's "Offer sent", importers/crm.py)."""
    def check(vc, target, values, key):
        value = values.get(key)
        if value in (None, ""):
            return None
        names = vc.names(target.record, fname)
        ok = any(" ".join(n.lower().split()) == " ".join(str(value).lower().split()) for n in names)
        return str(value), str(value) if ok else (", ".join(names) or MISSING)
    return columns(check, fname)


def text_in(fname, fmt="%s", record=None):
    """The value appears in the text of ``fname`` (a chatter note or body that carries it)."""
    def check(vc, target, values, key):
        value = values.get(key)
        if value in (None, "", []):
            return None
        rec = record(target) if record else target.record
        wanted = fmt % (show(value) if not isinstance(value, list) else ", ".join(map(str, value)))
        found = vc.plain_text(rec, fname) if rec else ""
        return _text(wanted), _text(wanted) if _text(wanted) in found else (found[:200] or MISSING)
    return columns(check, fname) if record is None else check


def external_id():
    """The source id is the external id of the record, in the source's own namespace."""
    def check(vc, target, values, key):
        name = vc.own_name(target.staging)
        found = vc.ctx.lookup(target.record._name, [name]).get(name)
        expected = "%s.%s" % (vc.ctx.module, name)
        return expected, expected if found == target.record.id else MISSING
    return check


def staging_id():
    """The source id identifies the staging record (records matched, not created: users)."""
    def check(vc, target, values, key):
        value = values.get(key)
        return (None if value in (None, "") else (str(value), target.staging.external_id or MISSING))
    return check


def all_of(*checks):
    """Several places carry the value: the first one that differs is reported."""
    def check(vc, target, values, key):
        result = None
        for one in checks:
            result = one(vc, target, values, key)
            if result is not None and not (result[2] if len(result) > 2 else result[0] == result[1]):
                return result
        return result
    return columns(check, *(name for one in checks for name in getattr(one, "columns", ())))


def when(condition, then, otherwise=None):
    def check(vc, target, values, key):
        chosen = then if condition(target, values) else otherwise
        return chosen(vc, target, values, key) if chosen else None
    return columns(check, *(getattr(then, "columns", ()) + getattr(otherwise, "columns", ())))


def created_note():
    """The original creation date: a note in the chatter of the record dated then (importers/created_note.py)."""
    def check(vc, target, values, key):
        value = values.get(key)
        if value in (None, ""):
            return None
        note = target.related("mail.message", "_created")
        if not note:
            return show(value), MISSING
        if isinstance(value, datetime.datetime):
            return compare(vc, note, "date", value)
        date = vc.value(note, "date")
        return show(value), show(date.date()) if date else MISSING
    return check


def custom_value(vc, target, values, key):
    """An ``x_`` custom field: the value converted as the importer converts it."""
    record = target.record
    field_def = record._fields.get(key)
    raw = values.get(key)
    if raw in (None, ""):
        return None
    if field_def is None:
        return show(raw), MISSING
    try:
        value = convert_custom_value(field_def, raw)
    except ValueError as exc:
        return show(raw), str(exc)
    return compare(vc, record, key, value)


# ---------------------------------------------------------------------------------------------- entities
def _user_owner(attr):
    def check(vc, target, values, key):
        value = values.get(key)
        if value in (None, ""):
            return None
        line = vc.owner_line(values.get("email"))
        found = line[attr] if line else None
        if isinstance(value, bool):
            return show(value), show(bool(found)) if line else MISSING
        return show(value), show(found)
    return check


def _user_email(vc, target, values, key):
    value = (values.get(key) or "").strip().lower()
    if not value:
        return None
    # the user the owner line resolves to: matched by this e-mail, picked by the admin, or the fallback owner
    user_id = vc.ctx.user_for(value)
    if user_id and target.record.id == user_id:
        return _SAME
    return show(vc.env["res.users"].browse(user_id)) if user_id else value, show(target.record), False


def _cf_model(vc, value):
    return vc.ctx.adapter.custom_field_model(value) or value


def _cf_type(vc, target, values, key):
    from .schema import FIELD_TYPES

    value = values.get(key)
    if value in (None, ""):
        return None
    ttype = FIELD_TYPES.get(str(value).strip().lower())
    if ttype == "selection" and not values.get("options"):
        ttype = "char"  # a dropdown without options: created as text, said on the record
    return show(ttype), show(target.record.ttype)


def _cf_label(vc, target, values, key):
    value = values.get(key)
    found = target.record.field_description or ""
    # a label Odoo already uses on the model gets the source's name appended (ensure_field)
    return str(value), str(value) if found == value or found.startswith("%s (" % value) else found


def _cf_options(vc, target, values, key):
    options = values.get(key)
    if not options or target.record.ttype != "selection":
        return None if not options else (show(options), show(target.record.ttype))
    return show(options), show(target.record.selection_ids.mapped("name"))


def _state(vc, target, values, key):
    from .partner import STATE_FIELD

    value = values.get(key)
    if value in (None, ""):
        return None
    record = target.record
    state = record.state_id
    ok = str(value).strip().lower() in ((state.name or "").lower(), (state.code or "").lower())
    if not ok and not state and STATE_FIELD in record._fields:
        ok = (record[STATE_FIELD] or "") == str(value).strip()  # a region Odoo has no state for
    return str(value), str(value) if ok else show(state or (record[STATE_FIELD] if STATE_FIELD in record._fields
                                                             else None))


def _reused(target):
    """Whether the record is one Odoo already had and the import reused as it is (a pipeline stage of the same
    name, importers/crm.py): it has no external id of the source."""
    return bool(target.record) and not target.related(target.record._name, "")


def unless_reused(check):
    """A reused stage keeps its own order, probability, pipelines and folding: those are not compared."""
    def wrapped(vc, target, values, key):
        return None if _reused(target) else check(vc, target, values, key)
    return columns(wrapped, *getattr(check, "columns", ()))


def _stage_name(vc, target, values, key):
    from .crm import stage_key

    value = values.get(key)
    if value in (None, "") or not _reused(target):
        return field("name")(vc, target, values, key)
    # reused because its name is the same, case and spaces aside
    found = target.record.name
    return str(value), str(value) if stage_key(found) == stage_key(value) else show(found)


def _is_lost_stage(vc, target, values, key):
    if not values.get(key):
        return None
    return show(True), show(bool(target.record.fold))


def _person_name_part(vc, target, values, key):
    value = values.get(key)
    if value in (None, ""):
        return None
    name = vc.value(target.record, "name") or ""
    return str(value), str(value) if str(value) in name else name


def _lead_partner(vc, target, values, key):
    value = values.get(key)
    if value in (None, ""):
        return None
    company = vc.resolve_ref("partner_company", value)
    if company and company == vc.many2one_id(target.record, "partner_id"):
        return _SAME  # the customer itself (without a contact)
    contact = vc.read_along(target.record, "partner_id", ("commercial_partner_id", "parent_id"))
    if company and contact and company in (contact["commercial_partner_id"], contact["parent_id"]):
        return _SAME
    partner = target.record.partner_id
    # with a contact the lead points to the contact, whose company is this customer
    if company and company in (partner.id, partner.commercial_partner_id.id, partner.parent_id.id):
        return _SAME
    # names only for a mismatch, the one case the admin reads them
    return show(vc.env["res.partner"].browse(company)) if company else str(value), show(partner), False


def _lead_revenue(vc, target, values, key):
    value = values.get(key)
    if value is None:
        return None
    # in another currency: as the admin chose (values converted by apply_currency_choice, or kept)
    return compare(vc, target.record, "expected_revenue", value)


def _lead_currency(vc, target, values, key):
    value = values.get(key)
    if value in (None, ""):
        return None
    # kept (a currency Odoo knows) or converted into the company's currency at the admin's rate
    return str(value).upper(), str(value).upper() if vc.ctx.currency_id(value) else MISSING


def _contains(fname):
    def check(vc, target, values, key):
        value = values.get(key)
        if value in (None, ""):
            return None
        found = vc.value(target.record, fname) or ""
        return str(value), str(value) if str(value) in found else (found or MISSING)
    return columns(check, fname)


def _lead_status(vc, target, values, key):
    if values.get(key) in (None, ""):
        return None
    lead = target.record
    expected = [values.get("type") or "opportunity"]
    found = [lead.type]
    if values.get("won"):
        expected.append("won")
        found.append("won" if lead.stage_id.is_won else "not won")
    if values.get("lost"):
        expected.append("lost")
        found.append("lost" if not lead.active else "active")
    return " / ".join(expected), " / ".join(found)


def _tags(vc, target, values, key):
    tags = values.get(key) or []
    if not tags:
        return None
    names = {n.lower() for n in target.record.tag_ids.mapped("name")}
    missing = [t for t in tags if str(t).lower() not in names]
    return show(tags), show(tags) if not missing else show(target.record.tag_ids.mapped("name"))


def _task_deps(vc, target, values, key):
    refs = values.get(key) or []
    if not refs:
        return None
    ids = [vc.ctx.resolve_ref("task", r) for r in refs]
    return compare(vc, target.record, "depend_on_ids", [i for i in ids if i] or [0])


def _task_status(vc, target, values, key):
    from .project import TASK_STATES

    value = values.get(key)
    if value in (None, ""):
        return None
    return TASK_STATES.get(str(value).strip().lower(), "01_in_progress"), target.record.state


def _task_assignee(vc, target, values, key):
    value = values.get(key)
    if value in (None, ""):
        return None
    user = vc.ctx.user_for(value)
    users = target.record.user_ids
    if user in users.ids if user else not users:
        return _SAME
    return show(vc.env["res.users"].browse(user)) if user else MISSING, show(users), False


def _timesheet_employee(vc, target, values, key):
    value = values.get(key)
    user = vc.ctx.user_for(value)
    line = target.record
    if user and line.user_id.id == user and line.employee_id.user_id.id == user:
        return _SAME
    return show(vc.env["res.users"].browse(user)) if user else str(value), show(line.employee_id), False


# activities: a message (calls, e-mails, notes, done tasks, meetings) or a scheduled activity (open tasks)
def _is_activity(target, values):
    return target.record._name == "mail.activity"


def _activity_kind(vc, target, values, key):
    from .activity import TYPES

    value = values.get(key)
    if value in (None, ""):
        return None
    kind = TYPES.get(str(value).strip().lower(), "note")
    open_task = kind == "task" and (values.get("status") or "open").lower() not in ("done", "completed", "closed")
    expected = "mail.activity" if open_task else "mail.message"
    found = target.record._name
    if kind == "meeting":
        expected += " + calendar.event"
        if target.related("calendar.event", "_event"):
            found += " + calendar.event"
    return expected, found


def _related_target(vc, target, values, key):
    """The record an activity or an attachment hangs on (model and id), by the source reference."""
    from .activity import RELATED

    entity = RELATED.get((values.get("related_kind") or "").strip().lower())
    if not entity or values.get(key) in (None, ""):
        return None
    model = vc.ctx.adapter.entity_model(entity)
    res_id = vc.resolve_ref(entity, values.get("related_ref"))
    record = target.record
    found_model = vc.value(record, "res_model" if "res_model" in record._fields and record._name != "mail.message"
                           else "model")
    return "%s,%s" % (model, res_id), "%s,%s" % (found_model, vc.value(record, "res_id"))


def _activity_owner(vc, target, values, key):
    value = values.get(key)
    if value in (None, ""):
        return None
    user = vc.ctx.user_for(value)
    record = target.record
    if record._name == "mail.activity":
        return compare(vc, record, "user_id", user or vc.env.user.id)
    return compare(vc, record, "author_id", vc.partner_for_user(user) or vc.env.user.partner_id.id)


def _activity_date(vc, target, values, key):
    if values.get(key) in (None, ""):
        return None
    if target.record._name == "mail.activity":
        if values.get("due_date"):
            return None  # the due date is the deadline
        return compare(vc, target.record, "date_deadline", values[key])
    return compare(vc, target.record, "date", values[key])


def _event(vc, target, values, key):
    event = target.related("calendar.event", "_event")
    if values.get(key) in (None, "") or not event:
        return None
    return compare(vc, event, "stop", values[key])


def _body_or_note(fmt="%s"):
    return when(_is_activity, text_in("note", fmt), text_in("body", fmt))


def _duration(vc, target, values, key):
    from .activity import _num

    value = values.get(key)
    if value in (None, ""):
        return None
    return _body_or_note("duration: %s min")(vc, target, dict(values, **{key: _num(value)}), key)


def _ticket_stage(vc, target, values, key):
    from .helpdesk import STATUS_WORDS

    value = values.get(key)
    if value in (None, ""):
        return None
    stage = target.record.stage_id
    words = {str(value).strip().lower()} | set(STATUS_WORDS.get(str(value).strip().lower(), ()))
    ok = any(w in (stage.name or "").lower() for w in words)
    return str(value), str(value) if ok else show(stage)


def _ticket_priority(vc, target, values, key):
    from .helpdesk import priority_key

    value = values.get(key)
    if value in (None, ""):
        return None
    return compare(vc, target.record, "priority", priority_key(target.record, value) or str(value))


def _attachment_content(vc, target, values, key):
    value = values.get(key)
    if value in (None, ""):
        return None
    record = target.record
    return str(value), str(value) if record.file_size else MISSING


# inventory items: looked up by name on the run (configuration is listed, not imported)
def _inventory(fname):
    def check(vc, target, values, key):
        value = values.get(key)
        if value in (None, ""):
            return None
        found = target.record[fname] or ""
        return str(value), str(value) if str(value) in found else (found[:200] or MISSING)
    return check


# customers: a company (+ its contact person) or an individual
def _company(target, values):
    from .customer import COMPANY_TYPES

    return str(values.get("type") or "").strip().lower() in COMPANY_TYPES


def _contact(target):
    return target.related("res.partner", "_contact")


def _customer_type(vc, target, values, key):
    if values.get(key) in (None, ""):
        return None
    company = _company(target, values)
    expected = "company" if company else "person"
    found = "company" if target.record.is_company else "person"
    if company and values.get("contact_name"):
        expected += " + contact"
        if _contact(target):
            found += " + contact"
    return expected, found


def _on_contact(fname):
    return when(lambda t, v: _company(t, v) and bool(v.get("contact_name")),
                field_on(_contact, fname), field(fname))


def field_on(locate, fname):
    def check(vc, target, values, key):
        value = values.get(key)
        if value in (None, ""):
            return None
        record = locate(target)
        if not record:
            return show(value), MISSING
        return compare(vc, record, fname, value)
    return check


def _customer_name(vc, target, values, key):
    value = values.get(key)
    if value in (None, ""):
        return None
    if _company(target, values):
        expected = values.get("company_name") or value
    else:
        expected = value
    return show(value), show(value) if expected == value and target.record.name == value else show(target.record.name)


def _customer_company_name(vc, target, values, key):
    value = values.get(key)
    if value in (None, ""):
        return None
    fname = "name" if _company(target, values) else "company_name"
    return compare(vc, target.record, fname, value)


def _customer_contact_name(vc, target, values, key):
    value = values.get(key)
    if value in (None, ""):
        return None
    if _company(target, values):
        return field_on(_contact, "name")(vc, target, values, key)
    # an individual is named after the person when the record has no other name
    return compare(vc, target.record, "name", value) if not values.get("name") else (show(value), show(value)) if (
        target.record.name == values.get("name")) else (show(value), show(target.record.name))


# invoices
def _invoice_status(vc, target, values, key):
    from .accounting import VOID_STATUSES

    status = str(values.get(key) or "").strip().lower()
    if not status:
        return None
    move = target.record
    expected = "draft" if status == "draft" else "cancel" if status in VOID_STATUSES else "posted"
    found = move.state
    if status == "paid":
        expected += " / paid"
        found += " / %s" % ("paid" if move.payment_state in ("paid", "in_payment") else move.payment_state)
    return expected, found


def _invoice_lines(vc, target, values, key):
    from .accounting import _decimal

    items = values.get(key)
    if not isinstance(items, list):
        return None
    lines = target.record.invoice_line_ids.filtered(lambda l: l.display_type == "product").sorted(
        lambda l: (l.sequence, l.id))
    expected = ["%s × %s" % (show(_decimal(i.get("quantity"), 1.0, "")), show(_decimal(i.get("unit_price"), 0.0, "")))
                for i in items]
    found = ["%s × %s" % (show(line.quantity), show(line.price_unit)) for line in lines]
    return "; ".join(expected) or MISSING, "; ".join(found) or MISSING


def _invoice_total(vc, target, values, key):
    from .accounting import _tolerance

    total = values.get(key)
    if total is None:
        return None
    move = target.record
    ok = abs(move.amount_total - float(total)) <= _tolerance(move, values) + 1e-9
    return show(float(total)), show(float(total)) if ok else show(move.amount_total)


def _invoice_paid(vc, target, values, key):
    from .accounting import _tolerance

    paid = values.get(key)
    if paid is None or str(values.get("status") or "").lower() not in ("paid", "partially_paid"):
        return None  # only paid and partially paid invoices register a payment
    move = target.record
    found = move.amount_total - move.amount_residual
    expected = move.amount_total if str(values.get("status")).lower() == "paid" else min(float(paid), move.amount_total)
    ok = abs(found - expected) <= _tolerance(move, values) + 1e-9
    return show(float(expected)), show(float(expected)) if ok else show(found)


def _recurrence(vc, target, values, key):
    from .accounting import RECURRENCE_FIELD

    value = values.get(key)
    if value in (None, "") or not values.get("recurring_interval"):
        return None
    stored = target.record[RECURRENCE_FIELD] if RECURRENCE_FIELD in target.record._fields else None
    try:
        data = json.loads(stored) if stored else {}
    except ValueError:
        data = {}
    name = {"recurring_interval": "interval", "recurring_every": "every", "recurring_next_date": "next_date"}[key]
    expected = value.isoformat() if hasattr(value, "isoformat") else value
    return show(expected), show(data.get(name))


# proposals: the document (ir.attachment) and its chatter note
def _proposal_note(target):
    return target.related("mail.message", "_note")


def _proposal_name(vc, target, values, key):
    value = values.get(key)
    name = "%s.html" % str(value).replace("/", "-")
    note = _proposal_note(target)
    return "%s | %s" % (name, value), "%s | %s" % (target.record.name, note.subject if note else MISSING)


def _proposal_target(entity, model):
    def check(vc, target, values, key):
        value = values.get(key)
        if value in (None, ""):
            return None
        if model == "res.partner" and values.get("lead_ref") and vc.ctx.resolve_ref("lead", values["lead_ref"]):
            return None  # hangs on the lead; the customer is the lead's
        res_id = vc.ctx.resolve_ref(entity, value)
        record = target.record
        found = "%s,%s" % (record.res_model, record.res_id)
        return "%s,%s" % (model, res_id), found
    return check


def _proposal_content(vc, target, values, key):
    value = values.get(key)
    if value in (None, ""):
        return None
    raw = target.record.raw or b""
    found = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    return _text(html2plaintext(value)) or MISSING, _text(html2plaintext(found)) or MISSING


def _proposal_date(vc, target, values, key):
    value = values.get(key)
    if value in (None, "") or (key == "created" and values.get("sent_at")):
        return None
    note = _proposal_note(target)
    return compare(vc, note, "date", value) if note else (show(value), MISSING)


def _note_text(fmt):
    def check(vc, target, values, key):
        value = values.get(key)
        if value in (None, ""):
            return None
        from .proposal import _num

        note = _proposal_note(target)
        wanted = _text(fmt % (_num(value) if isinstance(value, float) else show(value)))
        found = vc.plain_text(note, "body") if note else ""
        return wanted, wanted if wanted in found else (found[:200] or MISSING)
    return check


# appointments
def _appointment_attendee(vc, target, values, key):
    value = (values.get(key) or "").strip().lower()
    if not value:
        return None
    emails = {(p.email or "").lower() for p in target.record.partner_ids}
    return value, value if value in emails else show(target.record.partner_ids)


def _appointment_status(vc, target, values, key):
    from .appointment import FREE_STATUSES

    status = str(values.get(key) or "").strip().lower()
    if not status:
        return None
    return ("free" if status in FREE_STATUSES else "busy"), target.record.show_as


def _appointment_stop(vc, target, values, key):
    value = values.get(key)
    start = values.get("start")
    if value in (None, "") or (start and value <= start):
        return None  # no real end: the importer makes it a 30-minute slot (said on the record)
    return compare(vc, target.record, "stop", value)


def _appointment_lead(vc, target, values, key):
    value = values.get(key)
    if value in (None, ""):
        return None
    return compare(vc, target.record, "opportunity_id", vc.ctx.resolve_ref("lead", value) or False)


# the fields these checks read on the imported record (see columns())
for _check, _fnames in ((_person_name_part, ("name",)), (_lead_partner, ("partner_id",)),
                        (_lead_revenue, ("expected_revenue",)), (_related_target, ("model", "res_model", "res_id")),
                        (_activity_owner, ("author_id", "user_id")), (_activity_date, ("date", "date_deadline")),
                        (_duration, ("note", "body")), (_ticket_priority, ("priority",)),
                        (_customer_company_name, ("name", "company_name")), (_appointment_stop, ("stop",)),
                        (_appointment_lead, ("opportunity_id",))):
    columns(_check, *_fnames)

E = "external id (source namespace)"
#: where the address, tax id and owner of a partner land (companies of Intrix, customers of Clientjoy)
PARTNER_LANDINGS = {
    "website": Landing("res.partner.website", field("website")),
    "street": Landing("res.partner.street", field("street")),
    "city": Landing("res.partner.city", field("city")),
    "zip": Landing("res.partner.zip", field("zip")),
    "state": Landing("res.partner.state_id (by name or code), else res.partner.x_cji_state", _state),
    "country": Landing("res.partner.country_id", country("country_id")),
    "vat": Landing("res.partner.vat", field("vat")),
    "owner_email": Landing("res.partner.user_id", owner("user_id")),
}


LANDINGS = {
    "user": {
        "ref": Landing("staging record Source ID (users are matched, not created)", staging_id()),
        "name": Landing("owner line name (the name of a user created from the owners queue)", _user_owner("name")),
        "email": Landing("res.users the owner line resolves to (by e-mail, the admin's pick or the fallback)",
                         _user_email),
        "active": Landing("owner line 'Active in source'", _user_owner("source_active")),
        "role": Landing("owner line 'Role in source' (access rights are set by hand)", _user_owner("source_role")),
    },
    "custom_field": {
        "object": Landing("ir.model.fields.model", field("model", _cf_model)),
        "name": Landing("ir.model.fields.field_description", _cf_label),
        "type": Landing("ir.model.fields.ttype", _cf_type),
        "options": Landing("ir.model.fields.selection_ids", _cf_options),
    },
    "stage": {
        # a stage Odoo already has in the pipeline is reused as it is: only its name and won flag are its own
        "pipeline": Landing("crm.stage.team_ids (crm.team by name)", unless_reused(by_name("team_ids"))),
        "name": Landing("crm.stage.name (an existing stage of that name is reused)", _stage_name),
        "sequence": Landing("crm.stage.sequence", unless_reused(field("sequence"))),
        "probability": Landing("crm.stage.x_cji_probability", unless_reused(field("x_cji_probability"))),
        "is_won": Landing("crm.stage.is_won", field("is_won")),
        "is_lost": Landing("crm.stage.fold (lost stages are folded)", unless_reused(_is_lost_stage)),
    },
    "partner_company": {
        "ref": Landing(E, external_id()),
        "name": Landing("res.partner.name", field("name")),
        "industry": Landing("res.partner.industry_id (by name)", by_name("industry_id")),
        "email": Landing("res.partner.email", field("email")),
        "phone": Landing("res.partner.phone", field("phone")),
        **PARTNER_LANDINGS,
        "created": Landing("chatter note (original creation date)", created_note()),
        "description": Landing("res.partner.comment", field("comment")),
    },
    "partner_person": {
        "ref": Landing(E, external_id()),
        "parent_ref": Landing("res.partner.parent_id", ref("parent_id", "partner_company")),
        "title": Landing("res.partner.x_cji_salutation", field("x_cji_salutation")),
        "first_name": Landing("res.partner.name (first part)", _person_name_part),
        "last_name": Landing("res.partner.name (last part)", _person_name_part),
        "name": Landing("res.partner.name", field("name")),
        "email": Landing("res.partner.email", field("email")),
        "phone": Landing("res.partner.phone", field("phone")),
        "function": Landing("res.partner.function", field("function")),
        "street": Landing("res.partner.street", field("street")),
        "city": Landing("res.partner.city", field("city")),
        "zip": Landing("res.partner.zip", field("zip")),
        "country": Landing("res.partner.country_id", country("country_id")),
        "owner_email": Landing("res.partner.user_id", owner("user_id")),
        "description": Landing("res.partner.comment", field("comment")),
    },
    "lead": {
        "ref": Landing(E, external_id()),
        "name": Landing("crm.lead.name", field("name")),
        "partner_ref": Landing("crm.lead.partner_id (the customer, or the company of the contact)", _lead_partner),
        "contact_ref": Landing("crm.lead.partner_id (contact)", ref("partner_id", "partner_person")),
        "pipeline": Landing("crm.lead.team_id (by name)", by_name("team_id")),
        "stage": Landing("crm.lead.stage_id (by name)", when(lambda t, v: not v.get("won"), by_name("stage_id"))),
        "expected_revenue": Landing("crm.lead.expected_revenue (kept, or converted at the run's rate)", _lead_revenue),
        "currency": Landing("crm.lead.expected_revenue (kept, or converted at the run's rate)", _lead_currency),
        "date_deadline": Landing("crm.lead.date_deadline", field("date_deadline")),
        "owner_email": Landing("crm.lead.user_id", owner("user_id")),
        "description": Landing("crm.lead.description", field("description")),
        "contact_name": Landing("crm.lead.contact_name", _contains("contact_name")),
        "last_name": Landing("crm.lead.contact_name", _contains("contact_name")),
        "partner_name": Landing("crm.lead.partner_name", field("partner_name")),
        "email": Landing("crm.lead.email_from", field("email_from")),
        "phone": Landing("crm.lead.phone", field("phone")),
        "street": Landing("crm.lead.street", field("street")),
        "city": Landing("crm.lead.city", field("city")),
        "zip": Landing("crm.lead.zip", field("zip")),
        "country": Landing("crm.lead.country_id", country("country_id")),
        "source": Landing("crm.lead.x_cji_source", field("x_cji_source")),
        "score": Landing("crm.lead.x_cji_score", field("x_cji_score")),
        "status": Landing("crm.lead type / won / lost", _lead_status),
        "tags": Landing("crm.lead.tag_ids (by name)", _tags),
        "created": Landing("chatter note (original creation date)", created_note()),
    },
    "project": {
        "ref": Landing(E, external_id()),
        "name": Landing("project.project.name", field("name")),
        "partner_ref": Landing("project.project.partner_id", ref("partner_id", "partner_company")),
        "date": Landing("project.project.date", field("date")),
        "owner_email": Landing("project.project.user_id", owner("user_id")),
        "description": Landing("project.project.description", field("description")),
    },
    "task": {
        "ref": Landing(E, external_id()),
        "project_ref": Landing("project.task.project_id", ref("project_id", "project")),
        "name": Landing("project.task.name", field("name")),
        "depends_on": Landing("project.task.depend_on_ids", _task_deps),
        "assignee_email": Landing("project.task.user_ids", _task_assignee),
        "status": Landing("project.task.state", _task_status),
        "date_deadline": Landing("project.task.date_deadline", field("date_deadline")),
        "description": Landing("project.task.description", field("description")),
        "parent_ref": Landing("project.task.parent_id", ref("parent_id", "task")),
    },
    "activity": {
        "ref": Landing(E, external_id()),
        "type": Landing("mail.message / mail.activity (open tasks) / + calendar.event (meetings)", _activity_kind),
        "subject": Landing("mail.message.subject / mail.activity.summary",
                           when(_is_activity, field("summary"), field("subject"))),
        "body": Landing("mail.message.body / mail.activity.note", _body_or_note()),
        "related_kind": Landing("mail.message.model / mail.activity.res_model", _related_target),
        "related_ref": Landing("mail.message.res_id / mail.activity.res_id", _related_target),
        "owner_email": Landing("mail.message.author_id / mail.activity.user_id", _activity_owner),
        "date": Landing("mail.message.date / mail.activity.date_deadline", _activity_date),
        "end": Landing("calendar.event.stop", _event),
        "duration": Landing("note text 'duration: N min' (+ calendar.event.stop)", _duration),
        "attendees": Landing("note text 'attendees: ...' (+ calendar.event.partner_ids)", _body_or_note("attendees: %s")),
        "status": Landing("note text 'status: ...' / open tasks as mail.activity", _body_or_note("status: %s")),
        "due_date": Landing("mail.activity.date_deadline / note text 'due: ...'", when(
            _is_activity, field("date_deadline"), text_in("body", "due: %s"))),
        "direction": Landing("note text 'direction: ...'", _body_or_note("direction: %s")),
    },
    "timesheet": {
        "employee_email": Landing("account.analytic.line.employee_id / user_id", _timesheet_employee),
        "project_ref": Landing("account.analytic.line.project_id", ref("project_id", "project")),
        "task_ref": Landing("account.analytic.line.task_id", ref("task_id", "task")),
        "date": Landing("account.analytic.line.date", field("date")),
        "hours": Landing("account.analytic.line.unit_amount", field("unit_amount")),
        "name": Landing("account.analytic.line.name", field("name")),
        "ref": Landing(E, external_id()),
    },
    "ticket": {
        "ref": Landing(E, external_id()),
        "partner_ref": Landing("helpdesk.ticket.partner_id", ref("partner_id", "partner_company")),
        "name": Landing("helpdesk.ticket.name", field("name")),
        "description": Landing("helpdesk.ticket.description", field("description")),
        "status": Landing("helpdesk.ticket.stage_id (by name)", _ticket_stage),
        "assignee_email": Landing("helpdesk.ticket.user_id", owner("user_id")),
        "created": Landing("chatter note (original creation date)", created_note()),
        "priority": Landing("helpdesk.ticket.priority", _ticket_priority),
    },
    "attachment": {
        "ref": Landing(E, external_id()),
        "related_kind": Landing("ir.attachment.res_model", _related_target),
        "related_ref": Landing("ir.attachment.res_id", _related_target),
        "name": Landing("ir.attachment.name", field("name")),
        "path": Landing("ir.attachment.datas (the file's content)", _attachment_content),
        "mimetype": Landing("ir.attachment.mimetype", field("mimetype")),
    },
    "inventory": {
        "name": Landing("clientjoy.intrix.inventory.name", _inventory("name")),
        "status": Landing("clientjoy.intrix.inventory.details", _inventory("details")),
        "notes": Landing("clientjoy.intrix.inventory.details", _inventory("details")),
    },
    "customer": {
        "ref": Landing(E, external_id()),
        "type": Landing("res.partner company + contact person / individual person", _customer_type),
        "name": Landing("res.partner.name", _customer_name),
        "company_name": Landing("res.partner.name (company) / company_name (individual)", _customer_company_name),
        "contact_name": Landing("res.partner.name of the contact person", _customer_contact_name),
        "email": Landing("res.partner.email (of the contact person when there is one)", _on_contact("email")),
        "phone": Landing("res.partner.phone (of the contact person when there is one)", _on_contact("phone")),
        **PARTNER_LANDINGS,
        "description": Landing("res.partner.comment", field("comment")),
    },
    "invoice": {
        "ref": Landing(E, external_id()),
        "number": Landing("account.move.name and ref", all_of(field("ref"), field("name"))),
        "customer_ref": Landing("account.move.partner_id", ref("partner_id", "customer")),
        "invoice_date": Landing("account.move.invoice_date", field("invoice_date")),
        "due_date": Landing("account.move.invoice_date_due", field("invoice_date_due")),
        "currency": Landing("account.move.currency_id", by_name("currency_id")),
        "status": Landing("account.move.state / payment_state", _invoice_status),
        "lines": Landing("account.move.invoice_line_ids (quantity × unit price)", _invoice_lines),
        "total": Landing("account.move.amount_total (Odoo rounds per line)", _invoice_total),
        "amount_paid": Landing("payment registered on the invoice", _invoice_paid),
        "recurring_interval": Landing("account.move.x_cji_recurrence (interval)", _recurrence),
        "recurring_every": Landing("account.move.x_cji_recurrence (every)", _recurrence),
        "recurring_next_date": Landing("account.move.x_cji_recurrence (next date)", _recurrence),
    },
    "proposal": {
        "ref": Landing(E, external_id()),
        "name": Landing("ir.attachment.name + note subject", _proposal_name),
        "lead_ref": Landing("attached to crm.lead", _proposal_target("lead", "crm.lead")),
        "customer_ref": Landing("attached to res.partner", _proposal_target("customer", "res.partner")),
        "status": Landing("note text 'status: ...'", _note_text("status: %s")),
        "amount": Landing("note text 'amount: ...'", _note_text("amount: %s")),
        "currency": Landing("note text 'amount: ... <currency>'", _note_text("%s")),
        "sent_at": Landing("note date", _proposal_date),
        "accepted_at": Landing("note text 'accepted: ...'", _note_text("accepted: %s")),
        "content_html": Landing("ir.attachment.datas (text/html)", _proposal_content),
        "created": Landing("note date when never sent", _proposal_date),
    },
    "appointment": {
        "ref": Landing(E, external_id()),
        "booking_page": Landing("calendar.event.name", _contains("name")),
        "invitee_name": Landing("calendar.event.name", _contains("name")),
        "invitee_email": Landing("calendar.event.partner_ids (attendee e-mail)", _appointment_attendee),
        "start": Landing("calendar.event.start", field("start")),
        "stop": Landing("calendar.event.stop", _appointment_stop),
        "status": Landing("calendar.event.show_as (free when cancelled / no-show)", _appointment_status),
        "location": Landing("calendar.event.location", field("location")),
        "meeting_link": Landing("calendar.event.videocall_location", field("videocall_location")),
        "lead_ref": Landing("calendar.event.opportunity_id", _appointment_lead),
        "customer_ref": Landing("calendar.event.res_model / res_id", _proposal_target("customer", "res.partner")),
        "owner_email": Landing("calendar.event.user_id", owner("user_id")),
    },
}


@functools.cache  # LANDINGS is fixed at import
def entity_columns(entity):
    """The fields the checks of ``entity`` read on its imported records (see :func:`columns`)."""
    return tuple(dict.fromkeys(
        name for spec in LANDINGS.get(entity, {}).values() for name in getattr(spec.check, "columns", ())))


def landing(entity, key):
    """The :class:`Landing` of a target key, or None when no importer writes it."""
    found = LANDINGS.get(entity, {}).get(key)
    return found if found and found.check else None


#: field types whose column holds the value the ORM gives for the record (None read as the field's empty value):
#: read for a whole chunk in one query (VerifyContext.read_columns); relations to many and jsonb columns (translated,
#: company-dependent) are read through the ORM
COLUMN_TYPES = frozenset(("char", "text", "html", "selection", "integer", "float", "monetary", "date", "datetime",
                          "boolean", "many2one", "many2one_reference"))
#: the fields the checks read on the records created next to an imported one (creation notes, events)
SATELLITE_COLUMNS = {"mail.message": ("date", "body"), "calendar.event": ("stop",)}


def _is_column(field):
    return field.type in COLUMN_TYPES and field.store and bool(field.column_type) and field.column_type[0] != "jsonb"


def same_column(field, raw, expected):
    """Whether :func:`compare` finds ``expected`` equal to the column value ``raw`` of ``field``, decided without
    the ORM for the plain cases; False also when unsure (compare() then reads the record and decides, and
    writes what the admin reads). True only where compare() would say equal: the fast path never hides a
    difference (tests/test_verify_columns.py)."""
    ftype = field.type
    if ftype == "many2one":
        return (raw or False) == (expected or False)
    if raw is None or expected is None or isinstance(expected, bool) != (ftype == "boolean"):
        return False
    if ftype == "boolean":
        return raw == expected
    if ftype == "float":
        return isinstance(expected, (int, float)) and float(raw) == float(expected)
    if ftype == "integer":
        return type(expected) is int and raw == expected
    if ftype == "date":
        return type(expected) is datetime.date and raw == expected
    if ftype == "datetime":
        return (type(expected) is datetime.datetime and expected.tzinfo is None
                and raw == expected.replace(microsecond=0))
    if ftype == "html":
        return False  # compared by its text
    # text, selection, monetary...: the same value of the same type shows the same
    return type(raw) is type(expected) and type(raw) in (str, int, float) and raw == expected


_TAG = re.compile(r"(<[^<>]*>)")
_UNSAFE = re.compile("[<>&\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_INLINE = {"<b>": "*", "</b>": "*", "<i>": " ", "</i>": " "}


def simple_html_text(html):
    """``_text(html2plaintext(html))`` without parsing, for html of the shape the importers and Odoo's sanitizer
    write: paragraphs of text with bold, italic (not nested, not empty) and line breaks, nothing escaped. None for any
    other html (html2plaintext reads it then). html2plaintext parses and serializes the html with lxml, which
    gives such html back as it is, then turns ``<b>`` into ``*``, ``</p>`` and ``<br>`` into line breaks and
    any other tag into a space (tests/test_verify_columns.py compares the two)."""
    parts = _TAG.split(html)
    out = []
    in_p, inline = False, None
    for index, part in enumerate(parts):
        if not index % 2:  # text between tags
            if part and (not in_p or _UNSAFE.search(part)) or inline and not part:
                return None  # (lxml drops an empty bold or italic)
            out.append(part)
        elif part == "<p>" and not in_p:
            in_p = True
            out.append(" ")
        elif part == "</p>" and in_p and not inline:
            in_p = False
            out.append("\n")
        elif part in ("<b>", "<i>") and in_p and not inline:
            inline = part
            out.append(_INLINE[part])
        elif part in ("</b>", "</i>") and inline == part.replace("/", ""):
            inline = None
            out.append(_INLINE[part])
        elif part in ("<br>", "<br/>") and in_p:
            out.append("\n")
        else:
            return None
    return None if in_p else _text("".join(out))


class VerifyContext:
    """What the checks of one run share: the import context (lookups, owners), time zone, owner lines, and the
    values of the chunk read in one query per model."""

    #: compare plain columns and simple html from the chunk's rows (tests switch it off: every value is then
    #: read through the ORM and html parsed, the reference the fast path is held to)
    fast = True

    def __init__(self, run, ctx):
        self.run = run
        self.ctx = ctx
        # a record's first field read fetches only that field for the whole chunk, not all its columns: a
        # check reads a few of a model's ~100 fields (values come from the database all the same)
        self.env = ctx.env(context=dict(ctx.env.context, prefetch_fields=False))
        # once per verification, not per chunk (the ORM's cache is dropped after each chunk)
        self.tz = ctx._cached("verify", "tz", lambda: pytz.timezone(run.env.user.tz or "UTC"))
        self._owners = ctx._cached("verify", "owners", lambda: {o.email: o for o in run.owner_ids})
        self._existing = {}  # model -> the records of a chunk known to exist, read together
        self._texts = {}  # (model, id, field) -> the text of an html value (a VerifyContext lives for one chunk)
        self._rows = {}  # model -> {id: {field: column value}} of the chunk (read_columns)
        self._own = {}  # staging id -> name of the external id of the record it became
        self._refs = {}  # (entity, source id) -> Odoo id
        self._along = set()  # (model, many2one field) whose targets' columns are read (read_along)

    def read_columns(self, model, res_ids, fnames=()):
        """The records ``res_ids`` of ``model`` that exist, with the column fields among ``fnames``: one query for
        the chunk, whose values :func:`compare` and :meth:`value` then use instead of reading each record and
        field through the ORM."""
        Model = self.env[model]
        fields_ = [Model._fields[name] for name in dict.fromkeys(fnames)
                   if self.fast and name in Model._fields and _is_column(Model._fields[name])]
        names = [f.name for f in fields_]
        self.env.cr.execute(SQL("SELECT %s FROM %s WHERE id = ANY(%s)",
                                SQL(", ").join(SQL.identifier(name) for name in ["id"] + names),
                                SQL.identifier(Model._table), list(res_ids)))
        rows = self._rows.setdefault(model, {})
        found = []
        for row in self.env.cr.fetchall():
            found.append(row[0])
            rows.setdefault(row[0], {}).update(zip(names, row[1:]))
        return Model.browse(found)

    def _row(self, record):
        return self._rows.get(record._name, {}).get(record.id)

    def same_column(self, record, field, expected):
        """Whether the chunk's column value of ``field`` of ``record`` is ``expected`` (False: unknown or not)."""
        row = self._row(record)
        return row is not None and field.name in row and same_column(field, row[field.name], expected)

    def value(self, record, fname):
        """``record[fname]``, from the chunk's row when it was read there (relations and html from the ORM)."""
        row = self._row(record)
        if row is None or fname not in row:
            return record[fname]
        raw, ftype = row[fname], record._fields[fname].type
        if ftype in ("integer", "many2one_reference"):
            return raw or 0
        if ftype in ("float", "monetary"):
            return raw or 0.0
        if ftype in ("char", "text", "selection", "date", "datetime", "boolean"):
            return False if raw is None else raw
        return record[fname]

    def read_along(self, record, fname, fnames):
        """The columns ``fnames`` of the record ``record[fname]`` points to (None when it points to none or they
        cannot be read so), read at once for the records the chunk's rows of that model point to."""
        target_id = self.many2one_id(record, fname)
        if not target_id:
            return None
        comodel = record._fields[fname].comodel_name
        if (record._name, fname) not in self._along:
            self._along.add((record._name, fname))
            ids = {row.get(fname) for row in self._rows.get(record._name, {}).values()} | {target_id}
            self.read_columns(comodel, ids - {None, False}, fnames)
        row = self._rows.get(comodel, {}).get(target_id)
        return row if row is not None and all(name in row for name in fnames) else None

    def many2one_id(self, record, fname):
        """The id ``record[fname]`` points to (False for none)."""
        row = self._row(record)
        if row is None or fname not in row:
            return record[fname].id or False
        return row[fname] or False

    def names(self, record, fname):
        """The names of the records ``record[fname]`` points to, read once per record of a chunk."""
        field = record._fields[fname]
        row = self._row(record)
        if field.type != "many2one" or row is None or fname not in row:
            return [str(name) for name in record[fname].mapped("name")]
        if not row[fname]:
            return []
        # industries, teams, stages: a few records named again and again, read once per verification (job)
        return self.ctx._cached("verify_names", (field.comodel_name, row[fname]), lambda: [
            str(name) for name in self.env[field.comodel_name].browse(row[fname]).mapped("name")])

    def own_name(self, staging):
        """The name of the external id of the record ``staging`` became (computed once per chunk)."""
        name = self._own.get(staging.id)
        if name is None:
            name = self._own[staging.id] = self.ctx.xmlid_name(staging.object_name, staging.external_id)
        return name

    def resolve_ref(self, entity, ref):
        """``ctx.resolve_ref``, once per source reference of a chunk."""
        key = (entity, ref)
        try:
            return self._refs[key]
        except KeyError:
            found = self._refs[key] = self.ctx.resolve_ref(entity, ref)
            return found
        except TypeError:  # not hashable: not a reference a record was imported for
            return self.ctx.resolve_ref(entity, ref)

    def partner_for_user(self, user_id):
        """``ctx.partner_for_user``, once per user of a verification (job)."""
        return self.ctx._cached("verify_partners", user_id, lambda: self.ctx.partner_for_user(user_id))

    def prefetch(self, model, res_ids):
        """Check at once which of ``res_ids`` exist and read them together later (one query per chunk,
        not one per record)."""
        self._existing[model] = self.read_columns(model, res_ids, SATELLITE_COLUMNS.get(model, ()))

    def existing(self, model, res_id):
        """The record ``res_id`` of ``model`` if it exists (empty otherwise), prefetched with its chunk."""
        if not res_id:
            return self.env[model]
        records = self._existing.get(model)
        if records is not None and res_id in records._ids:
            return records.browse(res_id).with_prefetch(records._prefetch_ids)
        return self.env[model].browse(res_id).exists()  # not among the prefetched (another satellite)

    def plain_text(self, record, fname):
        """The text of html field ``fname`` of ``record``, spaces folded: parsed once per record and field
        (an activity's body carries its duration, attendees, status and direction)."""
        key = (record._name, record.id, fname)
        if key not in self._texts:
            row = self._row(record)
            html = str((row[fname] if row is not None and fname in row else record[fname]) or "")
            text = simple_html_text(html) if self.fast else None
            self._texts[key] = text if text is not None else _text(html2plaintext(html))
        return self._texts[key]

    def owner_line(self, email):
        return self._owners.get((email or "").strip().lower())


def prefetch_refs(vc, stagings, values):
    """Load the external ids every reference of a chunk points to, in one query per model: the declared
    references and what activities and attachments hang on (``related_kind`` / ``related_ref``), which
    were otherwise looked up one query per record. ``values``: {staging id: staged values}."""
    from .activity import related_pairs

    vc.ctx.prefetch_refs(stagings, values)
    vc.ctx.prefetch_ref_pairs(related_pairs(values[staging.id] for staging in stagings))


def verify_record(vc, staging, record, values):
    """([(key, expected, found)] of the values of one staging record that did not land as staged,
    [keys compared])."""
    from .currency import apply_currency_choice

    entity = LANDINGS.get(staging.entity, {})
    target = Target(vc, staging, record)
    # amounts in another currency land as the admin chose (kept, or converted at the admin's rate)
    values, _note = apply_currency_choice(vc.ctx, staging.entity, values)
    mismatches, compared = [], []
    for key in values:
        if key.startswith("x_"):
            check = custom_value
        else:
            spec = entity.get(key)
            if not spec or not spec.check:
                continue  # a helper value of the adapter (type, won, lost...), checked through its source key
            check = spec.check
        result = check(vc, target, values, key)
        if result is None:
            continue
        compared.append(key)
        expected, found = result[:2]
        if not (result[2] if len(result) > 2 else expected == found):
            mismatches.append((key, expected, found))
    return mismatches, compared
