"""What two transactions doing the same work at once need: the errors to retry, and lock keys.

Odoo runs every transaction in REPEATABLE READ: a transaction sees the database as it was at its
first query, whatever other transactions commit afterwards. Waiting on a lock therefore never makes
the work done by the lock's previous holder visible, and a search that found nothing may be stale by
the time its transaction creates the record. The only safe outcome when two transactions race for
the same row is that one of them fails with a serialization failure and runs again from the start,
with a fresh view: Odoo does that for every HTTP and RPC request (``odoo.service.model.retrying``,
up to 5 times with random exponential backoff), queue_job for every job.
"""
import zlib

import psycopg2.errors

#: errors that mean "another transaction got there first: run the whole transaction again". Never
#: caught and turned into a record error or a failed run: that would report a conflict as bad data.
CONCURRENCY_ERRORS = (
    psycopg2.errors.SerializationFailure,
    psycopg2.errors.DeadlockDetected,
    psycopg2.errors.LockNotAvailable,
)

#: first key of the PostgreSQL advisory lock of the import of one external-id namespace
IMPORT_LOCK_CLASS = 0x434A4931  # "CJI1"
#: first key of the advisory lock that tells which run holds an import lock (second key: run id)
RUN_MARK_CLASS = 0x434A4932  # "CJI2"


#: the unique index of external ids: an import looks its external ids up before it creates them, so
#: meeting this index means a concurrent transaction (another batch of the same phase) created that
#: record first; the batch runs again and finds it, instead of reporting the record as an error
XMLID_UNIQUE_INDEX = "ir_model_data_module_name_uniq_index"
#: unique constraints of rows Odoo writes on the side of a create, after looking for them in its own
#: snapshot: two batches of one phase may both add the same follower (an activity subscribes its user
#: to the record), so meeting one of these also means "run the batch again", never a record error
SIDE_ROW_UNIQUE = {XMLID_UNIQUE_INDEX, "mail_followers_mail_followers_res_partner_res_model_id_uniq"}


def is_concurrency_error(exc):
    """Whether ``exc`` (or the error it was raised from) is a conflict with a concurrent transaction."""
    while exc is not None:
        if isinstance(exc, CONCURRENCY_ERRORS):
            return True
        if isinstance(exc, psycopg2.errors.UniqueViolation) and getattr(
                exc.diag, "constraint_name", None) in SIDE_ROW_UNIQUE:
            return True
        exc = exc.__cause__
    return False


def lock_key(text):
    """A stable, non-negative 31-bit key for an advisory lock on ``text`` (shows as is in pg_locks)."""
    return zlib.crc32(text.encode()) & 0x7FFFFFFF
