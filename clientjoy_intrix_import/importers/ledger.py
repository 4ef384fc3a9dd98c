"""The ledger rows of one import: what it created, updated or matched, and what Odoo did on the side.

Rows are buffered per batch and written in bulk (:meth:`LedgerWriter.flush`); the side-effect recorder
(models/import_side_effect.py) feeds the records Odoo creates and writes on the side of the import
into the same rows. :class:`~.base.ImportContext` delegates to :class:`LedgerWriter`.
"""
import json


class LedgerBuffer(list):
    """The ledger entries of a batch not written yet. Entries dropped from it (an importer rolling a
    record back to a savepoint drops what it had ledgered since) are forgotten by the side-effect
    recorder as well, so the next real change of the same record is recorded again."""

    def __init__(self, recorder):
        super().__init__()
        self.recorder = recorder

    def __delitem__(self, key):
        dropped = self[key] if isinstance(key, slice) else [self[key]]
        super().__delitem__(key)
        self.recorder.discard(dropped)


class LedgerWriter:
    """The ledger of one import of ``run``: its rows in order (``sequence``), buffered until flushed."""

    def __init__(self, run):
        from ..models.import_side_effect import SideEffectRecorder

        self.run_id = run.id
        # what Odoo creates and writes on the side of the import goes to the ledger as well
        self.recorder = SideEffectRecorder(run.env, run.id, self._side_effect)
        self.recorder.__enter__()
        self.buffer = LedgerBuffer(self.recorder)
        self.sequence = run._next_ledger_sequence()

    def record(self, staging, record, operation, xmlid=False, previous=None):
        if not record:
            return {}
        if operation == "create":
            # several records at once (e.g. the lines of an invoice)
            for rec in record[1:]:
                self.record(staging, rec, operation, xmlid=xmlid, previous=previous)
            record = record[:1]
            entry = self.recorder.claim(record)
            if entry is not None:
                # recorded when it was created (its place among the side effects): the importer's own
                entry.update(staging_id=staging.id if staging else False, xmlid=xmlid or False, side_effect=False)
                return entry
        elif operation == "update":
            entry = self.recorder.claim_update(record)
            if entry is not None:
                # the column values Odoo was about to change were read into it already: one entry, placed
                # now (the rollback restores the importer's updates in their order)
                self.sequence += 1
                entry.update(sequence=self.sequence, staging_id=staging.id if staging else False,
                             xmlid=xmlid or False, side_effect=False,
                             previous_values=json.dumps(previous) if previous is not None else False)
                return entry
        self.sequence += 1
        entry = {
            "run_id": self.run_id,
            "sequence": self.sequence,
            "staging_id": staging.id if staging else False,
            "res_model": record._name,
            "res_id": record.id,
            "xmlid": xmlid or False,
            "operation": operation,
            "previous_values": json.dumps(previous) if previous is not None else False,
        }
        self.buffer.append(entry)
        if operation == "update":
            self.recorder.note_update(record, entry)
        return entry

    def _side_effect(self, record, operation, previous):
        entry = self.record(None, record, operation, previous=previous)
        entry["side_effect"] = True
        return entry

    def flush(self, env):
        # what the batch left to write and compute reaches the database while it is recorded
        env.flush_all()
        if self.buffer:
            env["clientjoy.intrix.ledger"]._bulk_insert(self.buffer)
            self.buffer = LedgerBuffer(self.recorder)
            self.recorder.forget()
