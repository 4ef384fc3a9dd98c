"""Chatter messages of an import (activities, creation notes, proposal notes) created in bulk.

``mail.message.create`` computes a message's sender and reply-to one message at a time: one alias
lookup per message. An import writes thousands of messages on a few document models by a few authors,
so :func:`fill_reply_to` computes them per (document model, author) for all the batch's documents at
once, with the same calls, and ``create`` then keeps them as given.
"""


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
    (what ``create`` would compute for each), the others are left to ``create``."""
    # a message on a document (mail.message._is_thread_message) that says neither
    fill_reply_to(Message.env, [vals for vals in vals_list
                                if vals.get("model") not in (None, False, "mail.thread") and vals.get("res_id")
                                and "email_from" not in vals and "reply_to" not in vals])
    return Message._load_records_create(vals_list)
