"""The source's original creation date of a record, as a note in its chatter dated then.

Odoo's ``create_date`` is the moment of the import and cannot be set; the declared destination of
the ``created`` key (lib/targets.py: "chatter note (original creation date)") is this note. It has
its own external id (``<record's>_created``) and ledger row, so a re-run updates it in place and a
rollback deletes it.
"""
import datetime

import pytz
from markupsafe import Markup


def post_created_notes(ctx, importer, imported):
    """``imported`` = [(staging, record)]: one note per record whose staged values have ``created``."""
    tz = pytz.timezone(ctx.run.env.user.tz or "UTC")
    items = []
    for staging, record in imported:
        created = staging._values().get("created")
        if not created:
            continue
        if isinstance(created, datetime.datetime):
            moment = created
        else:  # a day: its midnight in the user's time zone
            moment = tz.localize(datetime.datetime.combine(created, datetime.time())).astimezone(pytz.utc).replace(tzinfo=None)
        items.append((staging, importer.xmlid(ctx, staging) + "_created", {
            "model": record._name,
            "res_id": record.id,
            "message_type": "comment",
            "subtype_id": ctx._cached("xmlid", "mail.mt_note", lambda: ctx.env.ref("mail.mt_note").id),
            "body": Markup("<p>%s</p>") % ctx.env._(
                "Created in %(origin)s on %(date)s", origin=ctx.adapter.label,
                date=created.isoformat(sep=" ") if isinstance(created, datetime.datetime) else created.isoformat()),
            "date": moment,
            "author_id": ctx.env.user.partner_id.id,
        }))
    if items:
        ctx.upsert("mail.message", items)
