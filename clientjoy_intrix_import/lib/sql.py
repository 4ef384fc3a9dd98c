"""Bulk SQL writes for the addon's own bookkeeping tables (staging records, ledger entries)."""
from psycopg2.extras import execute_values

#: rows per INSERT statement
PAGE_SIZE = 1000


def insert_rows(env, table, columns, rows):
    """INSERT ``rows`` (tuples of ``columns``) into ``table`` the way ``create`` stores them, plus the
    creating user and date, one statement per :data:`PAGE_SIZE` rows. Pending ORM writes are flushed
    first; the caller invalidates what it has in cache. Only for tables without computed fields or
    logic on create."""
    if not rows:
        return
    env.flush_all()
    uid, now = env.uid, env.cr.now()
    execute_values(env.cr._obj, "INSERT INTO %s (%s, create_uid, create_date, write_uid, write_date) VALUES %%s" % (
        table, ", ".join(columns)), [tuple(row) + (uid, now, uid, now) for row in rows], page_size=PAGE_SIZE)


def same_text(text):
    """A pattern for the ``=ilike`` operator that matches ``text`` itself, case aside: its ``%``, ``_``
    and ``\\`` are escaped (a tag "50%_off" must not find "50 % off", nor an e-mail "a_b@x" find "aXb@x")."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
