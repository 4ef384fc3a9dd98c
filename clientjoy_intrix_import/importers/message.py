"""Chatter messages of an import (activities, creation notes, proposal notes) created in bulk.

``mail.message.create`` computes a message's sender and reply-to one message at a time: one alias
lookup per message. An import writes thousands of messages on a few document models by a few authors,
so :func:`fill_reply_to` computes them per (document model, author) for all the batch's documents at
once, with the same calls, and ``create`` then keeps them as given.

The rest of ``create``'s cost for a plain history message (no attachments, recipients, notifications
or tracking values: a row of ``mail_message`` and nothing else) is the ORM's per-record machinery
around one INSERT: defaults looked up per message, every field put in the cache, each new message
added to its document's cached ``message_ids`` (a domain check per message), the document invalidated
per message. :func:`insert_messages` writes such messages with one multi-row INSERT of the same
values, converted by the same field methods (html sanitized as ``create`` does), then invalidates what
reads them; tests/test_message_bulk.py compares every table after both ways. Messages that are not
plain, or a database where other code takes part in creating a message, go through ``create``.
"""
from collections import defaultdict

from odoo.addons.mail.models.mail_message import _image_dataurl
from odoo.models import LOG_ACCESS_COLUMNS
from odoo.tools import SQL

# The code a mail.message runs through on create, by method: Odoo's (mail, the ORM) and this addon's
# side-effect recorder. Another module overriding one of them (extra rows, other values) is code the
# INSERT would skip: such a database creates its messages through the ORM.
KNOWN_CREATE_CODE = {
    "create": {"odoo.addons.mail.models.mail_message", "odoo.orm.models"},
    "_create": {"odoo.addons.clientjoy_intrix_import.models.import_side_effect", "odoo.orm.models"},
    "_load_records_create": {"odoo.orm.models"},
    "_prepare_create_values": {"odoo.orm.models"},
    "_add_missing_default_values": {"odoo.orm.models"},
    "_add_precomputed_values": {"odoo.orm.models"},
}
# kept out of the values like the ORM does (set by it, or never given by a create)
MAGIC_COLUMNS = {"id", "parent_path", *LOG_ACCESS_COLUMNS}


def fill_reply_to(env, vals_list):
    """Set ``email_from`` and ``reply_to`` of ``vals_list`` the way ``mail.message.create`` would, but
    per (document model, author) for all the batch's documents at once instead of one alias lookup per
    message."""
    groups = {}
    for vals in vals_list:
        groups.setdefault((vals["model"], vals.get("author_id")), []).append(vals)
    Thread = env["mail.thread"]
    for (model, author_id), group in groups.items():
        _author, email_from = Thread._message_compute_author(author_id, email_from=None)
        documents = env[model].browse(sorted({vals["res_id"] for vals in group})).sudo()
        if not hasattr(documents, "_notify_get_reply_to"):
            continue  # not a mail thread: mail.message computes them itself
        reply_to = documents._notify_get_reply_to(default=email_from, author_id=author_id)
        for vals in group:
            vals["email_from"] = email_from
            vals["reply_to"] = reply_to[vals["res_id"]]


def create_messages(Message, vals_list):
    """Create chatter messages in bulk, ending exactly where ``mail.message._load_records_create`` ends:
    the messages of documents that say neither sender nor reply-to get them from :func:`fill_reply_to`
    (what ``create`` would compute for each), the plain ones are inserted by :func:`insert_messages`,
    the others are left to ``create`` (after them: a batch that mixes both gets its ids in another order
    than from ``create`` alone). The records come back in the order of ``vals_list``."""
    # a message on a document (mail.message._is_thread_message) that says neither
    fill_reply_to(Message.env, [vals for vals in vals_list
                                if vals.get("model") not in (None, False, "mail.thread") and vals.get("res_id")
                                and "email_from" not in vals and "reply_to" not in vals])
    if not bulk_insert_allowed(Message):
        return Message._load_records_create(vals_list)
    defaults = {}
    rows = [_row(Message, vals, defaults) for vals in vals_list]
    plain = [index for index, row in enumerate(rows) if row is not None]
    if not plain:
        return Message._load_records_create(vals_list)
    ids = [None] * len(vals_list)
    for index, message in zip(plain, insert_messages(Message, [rows[index] for index in plain])):
        ids[index] = message.id
    others = [index for index, row in enumerate(rows) if row is None]
    if others:
        for index, message in zip(others, Message._load_records_create([vals_list[index] for index in others])):
            ids[index] = message.id
    return Message.browse(ids)


def bulk_insert_allowed(Message):
    """Whether messages may be inserted here: as superuser (no access rule to check), outside a module
    data load, and only the known code takes part in ``mail.message``'s create (see KNOWN_CREATE_CODE),
    with no field computed or set up on create that the INSERT would miss."""
    if not Message.env.su or Message.env.context.get("_import_current_module"):
        return False
    for method, known in KNOWN_CREATE_CODE.items():
        if any(method in vars(cls) and cls.__module__ not in known for cls in type(Message).__mro__):
            return False
    return not (Message._inherits or Message._parent_store or Message._check_company_auto
                or any(field.precompute or field.type == "properties" for field in Message._fields.values()))


def _row(Message, vals, defaults):
    """The column values ``mail.message.create`` writes for ``vals``, or None when it would write more
    than one row of ``mail_message`` (attachments, recipients, tracking values, an inline image of the
    body turned into an attachment) or set a field that is no column. ``defaults``: the defaults of the
    batch so far, by the set of fields not given."""
    fields_ = Message._fields
    for name, value in vals.items():
        field = fields_.get(name)
        if field is None or name in MAGIC_COLUMNS or not field.store:
            return None  # the ORM says why (unknown field), drops it (log column) or calls its inverse
        if not field.column_type and value:
            return None  # rows of another table
    if vals.get("body") and _image_dataurl.search(vals["body"]):
        return None
    env = Message.env
    # what mail.message.create adds before the ORM's create, in its order
    vals = dict(vals)
    if "email_from" not in vals:
        vals["email_from"] = env["mail.thread"]._message_compute_author(vals.get("author_id"), email_from=None)[1]
    if not vals.get("message_id"):
        vals["message_id"] = Message._get_message_id(vals)
    if "reply_to" not in vals:
        vals["reply_to"] = Message._get_reply_to(vals)
    if not vals.get("attachment_ids", True):
        del vals["attachment_ids"]
    if "body" in vals:
        # no inline image here: substituted as create does, for the same value
        vals["body"] = _image_dataurl.sub(lambda match: match.group(0), vals["body"] or "")
    vals.pop("tracking_value_ids", None)  # popped by create (empty here)
    # then the ORM's: the defaults of the fields not given (one look-up per batch and set of fields:
    # the same context gives the same defaults; a missing date is the batch's second, not each
    # message's), the log columns
    missing = frozenset(name for name in fields_ if name not in vals)
    if missing not in defaults:
        defaults[missing] = Message.default_get(list(missing))
    row = {}
    for name, value in dict(defaults[missing], **vals).items():
        field = fields_[name]
        if field.store and field.column_type:
            row[name] = value
        elif field.inverse or (value and field.store):
            return None  # a field written by its inverse, or rows of another table (x2many)
    row.update(create_uid=env.uid, create_date=env.cr.now(), write_uid=env.uid, write_date=env.cr.now())
    return row


def insert_messages(Message, rows):
    """Insert messages of column values ``rows`` (:func:`_row`) in one INSERT per 1000, and leave the
    ORM as ``mail.message.create`` leaves it."""
    from ..models.import_side_effect import SideEffectRecorder  # (imports the importers package)

    env = Message.env
    ids = []
    for start in range(0, len(rows), 1000):
        chunk = rows[start:start + 1000]
        columns = sorted({name for row in chunk for name in row})
        # the ORM's own conversion, as in its _create (html sanitized, selections checked...)
        values = [
            SQL("(%s)", SQL(", ").join(
                Message._fields[name].convert_to_column_insert(row[name], Message, row) if name in row
                else SQL("DEFAULT") for name in columns))
            for row in chunk]
        env.cr.execute(SQL("INSERT INTO %s (%s) VALUES %s RETURNING id", SQL.identifier(Message._table),
                           SQL(", ").join(map(SQL.identifier, columns)), SQL(", ").join(values)))
        ids.extend(row[0] for row in env.cr.fetchall())
    messages = Message.browse(ids)
    # what the ORM's _create does after its INSERT, but for the cache: nothing of these messages is put
    # in it, they are read from the database when asked
    messages.modified(Message._fields, create=True)
    messages._validate_fields({name for row in rows for name in row})
    _invalidate_documents(messages, rows)
    recorder = SideEffectRecorder.active(Message)
    if recorder:
        recorder.on_create(messages)
    return messages


def _invalidate_documents(messages, rows):
    """Drop from the cache what reads the new messages: what ``create`` drops on their documents
    (``_invalidate_documents``, once per document instead of once per message), and the lists the
    ORM's create would have extended in the cache, the inverses of the messages' many2one fields (a
    document's ``message_ids``, a parent's ``child_ids``...)."""
    documents = {}  # (model, res_id) -> a message of it
    for message, row in zip(messages, rows):
        if message._is_thread_message_visible(vals=row):
            documents.setdefault((row.get("model"), row.get("res_id")), message)
    for (model, res_id), message in documents.items():
        message._invalidate_documents(model, res_id)
    env = messages.env
    for name in {name for row in rows for name in row}:
        field = messages._fields[name]
        inverses = messages.pool.field_inverses[field]
        if not inverses:
            continue
        targets = defaultdict(set)  # comodel -> ids
        for row in rows:
            value = field.convert_to_cache(row.get(name), messages)
            if value:
                comodel = row.get(field.model_field) if field.type == "many2one_reference" else field.comodel_name
                targets[comodel].add(value)
        for inverse in inverses:
            if targets.get(inverse.model_name):
                env[inverse.model_name].browse(targets[inverse.model_name]).invalidate_recordset([inverse.name])
