"""What Odoo does on the side of a run's creates and writes, recorded in the run's ledger.

Creating a lead updates the predictive lead scoring frequencies, an employee gets an ``hr.version``,
a user gets a partner, a welcome to-do, personal task stages, followers and messages; activating a
currency implies groups; creates queue cron triggers. None of that is the importer's own doing, and a
rollback that only deletes what the importer created leaves it all behind.

So while a run writes (the import, *Create missing users* of the owners queue), every record created
through the ORM is recorded in creation order, and every pre-existing record written gets the previous
values of the written fields (the first time only). The ledger then holds them like the importer's own
entries (flagged ``side_effect``): the rollback restores the written records first, then undoes the
run's own entries, then deletes the side-effect records newest first (see ``_rollback_run``).

What ``write`` is given is not all that changes on a record: Odoo computes stored fields on the side
(a lead's sales team, its probabilities), and the ORM cannot write every value back as it was (a NULL
float becomes 0, a date-time loses its microseconds). So every time the ORM is about to UPDATE columns of
a pre-existing record (``_write_multi``, the one place where writes and recomputations reach the
database), the columns' values are read from the database first, the first time only, as PostgreSQL's own
JSON (``previous_columns``, numbers and date-times exactly as stored). The rollback writes them back in SQL
last, once the ORM restores and their side effects are done (``_restore_columns``).

The recorder is attached to the transaction's cursor (``cr.cache``), not to a context key: Odoo code
that replaces the whole context (the new user's welcome to-do is created under
``with_context({...})``) is recorded all the same, and nothing outside the run's own transaction ever
is. It is detached when the import (or the batch job) ends, see :func:`stop_recording`.
"""
import json

from odoo import api, models
from odoo.tools import SQL

from ..importers.ledger_values import to_jsonable

_RECORDER = "clientjoy_intrix_recorder"

# Not recorded, and why:
# - the addon's own models: the run, staging, ledger... stay after a rollback by design, and so does
#   the run's own chatter (messages, followers, notifications on clientjoy.intrix.* records);
# - ir.model.data: external ids go with their records (unlink deletes them);
# - the schema models (ir.model, ir.model.fields, selections, constraints, relations): custom fields are
#   ledgered by the schema phase and dropped last, only when no data outside the run uses them;
# - bus.bus: real-time notifications already sent to browsers, vacuumed by Odoo after a minute;
# - transient models: wizards, vacuumed by Odoo (and not referenced by lasting data).
SKIPPED_MODELS = {
    "ir.model.data", "ir.model", "ir.model.fields", "ir.model.fields.selection", "ir.model.constraint",
    "ir.model.relation", "ir.model.inherit", "bus.bus",
}
# Writes not recorded on these (their creates are): Odoo's accounting engine keeps journal entries
# balanced and derives the receivable, tax and rounding lines, the residuals and the payment state from
# the invoice lines and states that the importer ledgers itself. Restored one by one, the derived
# lines would unbalance the entry; restored from the importer's entries, Odoo derives them again.
UPDATES_SKIPPED_MODELS = {"account.move", "account.move.line"}
SKIPPED_PREFIX = "clientjoy.intrix."
LOG_COLUMNS = {"id", "create_uid", "create_date", "write_uid", "write_date"}


def _skipped(model):
    return model._transient or model._abstract or model._name in SKIPPED_MODELS \
        or model._name.startswith(SKIPPED_PREFIX)


def _run_chatter(record):
    """Whether ``record`` is chatter of the addon's own records (a message posted on the run...)."""
    for name in ("model", "res_model"):
        field = record._fields.get(name)
        if field is not None and field.type == "char" and (record[name] or "").startswith(SKIPPED_PREFIX):
            return True
    message = record._fields.get("mail_message_id")
    return bool(message is not None and (record.mail_message_id.model or "").startswith(SKIPPED_PREFIX))


class SideEffectRecorder:
    """Records the creates and writes of one run in one transaction as ledger entry dicts.

    ``ledger(record, operation, previous)`` appends one entry (with the next ledger sequence) and
    returns the dict, so the importer can claim an entry as its own (staging record, external id).
    """

    def __init__(self, env, run_id, ledger, capture_columns=True):
        self.env = env
        self.run_id = run_id
        self.ledger = ledger
        # the rollback's own recorder reads no column values: the run's are written back after it
        self.capture_columns = capture_columns
        self.columns_done = {}  # (model, id) -> columns whose value before the run is recorded
        # (model, id) -> the update entry of this batch that holds the record's column values (forgotten
        # at each flush of the ledger, like ``created``)
        self.updated = {}
        # (model, id) -> entry dict of the records created since the last flush of the ledger: the
        # importer claims its own among them, writes on them are no side effects (forgotten at each
        # flush so memory stays flat: a later batch's write on them is recorded, and skipped by the
        # rollback, which deletes them anyway)
        self.created = {}
        self.captured = {}  # (model, id) -> field names whose previous value is recorded
        # (model, id) -> the fields its caller (the importer, the rollback) writes and ledgers itself;
        # what Odoo adds to the same write (a lead's stage change date...) is recorded here
        self.own_write = {}

    def __enter__(self):
        """Record this transaction's creates and writes from now on (for one run at a time)."""
        self.previous = self.env.cr.cache.get(_RECORDER)
        self.env.cr.cache[_RECORDER] = self
        return self

    def __exit__(self, *exc):
        if self.env.cr.cache.get(_RECORDER) is self:
            self.env.cr.cache[_RECORDER] = self.previous

    @staticmethod
    def active(records):
        recorder = records.env.cr.cache.get(_RECORDER)
        if recorder is None or _skipped(records):
            return None
        return recorder

    def on_create(self, records):
        for record in records:
            if _run_chatter(record):
                continue
            self.created[(record._name, record.id)] = self.ledger(record, "create", None)

    def forget(self):
        """The entries so far are in the database: nothing to claim any more."""
        self.created = {}
        self.updated = {}

    def discard(self, entries):
        """These entries were dropped with a savepoint rollback: their records and values are as before."""
        for entry in entries:
            key = (entry.get("res_model"), entry.get("res_id"))
            if entry.get("operation") == "create":
                self.created.pop(key, None)
                continue
            if entry.get("previous_values"):
                self.captured.get(key, set()).difference_update(json.loads(entry["previous_values"]))
            if entry.get("previous_columns"):
                self.columns_done.get(key, set()).difference_update(json.loads(entry["previous_columns"]))
            if self.updated.get(key) is entry:
                del self.updated[key]

    def note_update(self, record, entry):
        """``entry`` updates ``record``: column values read later in this batch go to it."""
        self.updated.setdefault((record._name, record.id), entry)

    def claim_update(self, record):
        """The entry of this batch holding only column values of ``record``, to take over, if any."""
        entry = self.updated.get((record._name, record.id))
        if entry is not None and entry.get("columns_only"):
            entry["columns_only"] = False
            return entry
        return None

    def _created_before(self, model_name, ids):
        """Ids among ``ids`` of records this run created in an earlier batch (the rollback deletes them)."""
        self.env.cr.execute("""
            SELECT res_id FROM clientjoy_intrix_ledger
             WHERE run_id = %s AND res_model = %s AND operation = 'create' AND res_id = ANY(%s)
        """, [self.run_id, model_name, list(ids)])
        return {row[0] for row in self.env.cr.fetchall()}

    def before_update(self, records, vals_list):
        """The ORM is about to UPDATE ``records`` with ``vals_list`` (column values per record): record
        the database values of these columns for the pre-existing records, the first time."""
        if not self.capture_columns or not records._auto:
            return
        fields_ = records._fields
        wanted = {}
        for record, vals in zip(records, vals_list):
            key = (records._name, record.id)
            if not record.id or key in self.created:
                continue
            done = self.columns_done.get(key, ())
            # write_uid is set with every update: restored as well, write_date is the rollback's
            names = {name for name in vals if name in fields_ and fields_[name].store and fields_[name].column_type
                     and name not in ("id", "write_date")}
            if records._log_access:
                names.add("write_uid")
            names.difference_update(done)
            if names:
                wanted[record.id] = names
        if not wanted:
            return
        for rec_id in self._created_before(records._name, wanted):
            del wanted[rec_id]
        if not wanted:
            return
        # PostgreSQL's JSON of the row keeps every value as stored (numeric scale, microseconds, NULL)
        self.env.cr.execute(SQL("""
            SELECT t.id, (SELECT jsonb_object_agg(e.key, e.value) FROM jsonb_each(to_jsonb(t)) e
                           WHERE c.names ? e.key)::text
              FROM jsonb_each(%s::jsonb) c(id, names) JOIN %s t ON t.id = c.id::int
        """, json.dumps({str(rec_id): sorted(names) for rec_id, names in wanted.items()}),
            SQL.identifier(records._table)))
        for rec_id, values in self.env.cr.fetchall():
            if not values:
                continue
            record = records.browse(rec_id)
            key = (records._name, rec_id)
            self.columns_done.setdefault(key, set()).update(wanted[rec_id])
            entry = self.updated.get(key)
            if entry is None:
                entry = self.ledger(record, "update", None)
                entry["columns_only"] = True
                self.updated[key] = entry
            if entry.get("previous_columns"):
                # disjoint columns (each is read once): merged in the database, where numbers stay exact
                self.env.cr.execute("SELECT (%s::jsonb || %s::jsonb)::text", [entry["previous_columns"], values])
                values = self.env.cr.fetchone()[0]
            entry["previous_columns"] = values

    def claim(self, record):
        """The importer ledgers ``record`` as created: the entry recorded at its creation, if any."""
        return self.created.get((record._name, record.id))

    def before_write(self, records, vals):
        if records._name in UPDATES_SKIPPED_MODELS:
            return
        names = [name for name in vals if name in records._fields and records._fields[name].store
                 and records._fields[name].type not in ("one2many", "properties")
                 and name not in LOG_COLUMNS]
        if not names:
            return
        candidates = [record for record in records if record.id and (record._name, record.id) not in self.created
                      and not set(names) <= self.own_write.get((record._name, record.id), set())]
        if not candidates:
            return
        # records the run created in an earlier batch are deleted by the rollback: no values to restore
        created_before = self._created_before(records._name, [record.id for record in candidates])
        for record in candidates:
            key = (record._name, record.id)
            if record.id in created_before:
                continue
            done = self.captured.setdefault(key, set())
            own = self.own_write.get(key, ())
            new = [name for name in names if name not in done and name not in own]
            if not new:
                continue
            done.update(new)
            self.ledger(record, "update", to_jsonable(record, new))


class Base(models.AbstractModel):
    _inherit = "base"

    @api.model
    def _create(self, data_list):
        records = super()._create(data_list)
        recorder = SideEffectRecorder.active(self)
        if recorder:
            recorder.on_create(records)
        return records

    def write(self, vals):
        recorder = SideEffectRecorder.active(self) if self else None
        if recorder:
            recorder.before_write(self, vals)
        return super().write(vals)

    def _write_multi(self, vals_list):
        recorder = SideEffectRecorder.active(self) if self else None
        if recorder:
            recorder.before_update(self, vals_list)
        return super()._write_multi(vals_list)


def stop_recording(cr):
    """Record nothing more in this transaction (the import or its batch is over)."""
    cr.cache.pop(_RECORDER, None)


def ledger_sink(run, entries):
    """A ``ledger`` function for :class:`SideEffectRecorder` outside an import: entries collected in
    ``entries`` (inserted by the caller with :meth:`insert_entries`)."""
    def ledger(record, operation, previous):
        entry = {"run_id": run.id, "res_model": record._name, "res_id": record.id, "operation": operation,
                 "side_effect": True,
                 "previous_values": json.dumps(previous) if previous is not None else False}
        entries.append(entry)
        return entry
    return ledger


def insert_entries(run, entries):
    sequence = run._next_ledger_sequence()
    for entry in entries:
        sequence += 1
        entry["sequence"] = sequence
    if entries:
        run.env["clientjoy.intrix.ledger"]._bulk_insert(entries)
