import json

from odoo import _, api, fields, models
from odoo.tools import SQL

from ..importers.base import IMPORT_CONTEXT
from ..importers.ledger_values import from_jsonable
from ..lib.memory import release_freed_memory
from ..lib.sql import insert_rows
from .import_side_effect import SideEffectRecorder, ledger_sink, stop_recording


#: ledger entries undone per page by a rollback
ROLLBACK_PAGE = 1000


class _Undo:
    """The side effects of the rollback's own deletes and writes, to undo at its end (in memory, pruned
    after each page to the records that still exist)."""

    def __init__(self, run):
        self.run_id = run.id
        self.entries = []
        self.ledger = ledger_sink(run, self.entries)


class ImportLedger(models.Model):
    """Every record a run created or updated, in order, with the previous values of updates."""

    _name = "clientjoy.intrix.ledger"
    _description = "Import ledger entry"
    _order = "run_id, sequence"

    run_id = fields.Many2one("clientjoy.intrix.run", required=True, ondelete="cascade", index=True)
    sequence = fields.Integer(required=True, index=True)
    staging_id = fields.Many2one("clientjoy.intrix.staging", ondelete="set null")
    res_model = fields.Char(string="Odoo model", required=True, index=True)
    res_id = fields.Many2oneReference(string="Odoo record", model_field="res_model", required=True, index=True)
    xmlid = fields.Char(string="External ID")
    operation = fields.Selection([("create", "Created"), ("update", "Updated")], required=True)
    previous_values = fields.Text(help="Values before the update (JSON)")
    previous_columns = fields.Text(
        string="Previous stored values",
        help="Everything Odoo changed on the record during the run, as it was stored before (JSON)")
    rolled_back = fields.Boolean(readonly=True)
    side_effect = fields.Boolean(
        readonly=True, help="Created or changed by Odoo on the side of the run's own writes (lead scoring "
                            "frequencies, a new user's partner and to-do, cron triggers...)")

    #: columns of :meth:`_bulk_insert` besides the ones it fills itself
    BULK_COLUMNS = ("run_id", "sequence", "staging_id", "res_model", "res_id", "xmlid", "operation",
                    "previous_values", "previous_columns")

    @api.model
    def _bulk_insert(self, vals_list):
        """Insert ledger entries (dicts of :data:`BULK_COLUMNS`, and ``side_effect``): what ``create`` would store, one INSERT
        per 1000 rows. An import writes one entry per record it touches; this model has no computed
        fields, no inverse one2many to keep in cache besides the run's ``ledger_ids`` (invalidated) and
        no logic on create."""
        insert_rows(self.env, "clientjoy_intrix_ledger", self.BULK_COLUMNS + ("side_effect", "rolled_back"), [
            tuple(vals.get(column) or None for column in self.BULK_COLUMNS) + (bool(vals.get("side_effect")), False)
            for vals in vals_list])
        self.env["clientjoy.intrix.run"].browse({vals["run_id"] for vals in vals_list}).invalidate_recordset(
            ["ledger_ids"])

    def _rollback_run(self, run):
        """Undo the run's entries not rolled back yet, newest first: delete what was created (batched per
        model), restore what was updated; custom fields last. Works page by page (ORM cache dropped
        after each page), so memory does not grow with the size of the run.

        Side effects go in two passes around the run's own entries: the pre-existing records Odoo wrote
        on the side are restored first (so none of them still points to a record about to be deleted),
        and the records Odoo created on the side are deleted last, once the records they came with are
        gone (a user's personal task stages can only go once the user is gone, an invoice's lines go with
        the invoice once it is back to draft). What Odoo does on the side of the rollback itself is
        undone at the end. Last, the column values the run changed are written back as they were in
        the database (what the ORM cannot restore: values Odoo computed, NULLs, microseconds)."""
        env = self.env(su=True, context=dict(self.env.context, **IMPORT_CONTEXT))
        stop_recording(self.env.cr)  # the rollback's own writes are no side effects of an import
        undo = _Undo(run)
        try:
            for condition in ("l.side_effect AND l.operation = 'update'", "l.side_effect IS NOT TRUE",
                              "l.side_effect AND l.operation = 'create'"):
                self._rollback_entries(env, run, condition, undo)
        finally:
            stop_recording(self.env.cr)
        self._undo_rollback_side_effects(env, undo)
        self._restore_columns(env, run)
        fields_to_drop = self.search([("run_id", "=", run.id), ("rolled_back", "=", False), ("operation", "=", "create"),
                                      ("res_model", "=", "ir.model.fields")], order="sequence desc, id desc")
        kept = fields_to_drop._drop_fields(env)
        fields_to_drop.write({"rolled_back": True})
        self.invalidate_model(["rolled_back"])
        return kept

    def _restore(self, record, previous, recorder):
        key = (record._name, record.id)
        recorder.own_write[key] = set(previous)
        try:
            record.write(from_jsonable(record, previous))
        finally:
            recorder.own_write.pop(key, None)

    def _undo_rollback_side_effects(self, env, undo):
        for entry in reversed(undo.entries):
            if entry["res_model"] not in env:
                continue
            record = env[entry["res_model"]].browse(entry["res_id"]).exists()
            if not record:
                continue
            if entry["operation"] == "create":
                record.unlink()
            else:
                record.write(from_jsonable(record, json.loads(entry["previous_values"])))
        env.flush_all()

    def _rollback_entries(self, env, run, condition, undo):
        cr = self.env.cr
        while True:
            env.flush_all()
            cr.execute("""
                SELECT l.id, l.operation, l.res_model, l.res_id, l.previous_values
                  FROM clientjoy_intrix_ledger l
                 WHERE l.run_id = %%s AND l.rolled_back IS NOT TRUE AND %s
                   AND NOT (l.operation = 'create' AND l.res_model = 'ir.model.fields')
                 ORDER BY l.sequence DESC, l.id DESC LIMIT %%s
            """ % condition, [run.id, ROLLBACK_PAGE])
            rows = cr.fetchall()
            if not rows:
                break
            # records already gone (deleted with the records they belonged to) are left out before
            # batching, so the rest is deleted in a few large batches instead of many small ones
            alive = self._existing_ids(env, [(m, i) for _id, op, m, i, _p in rows if op == "create"])
            batch, batch_model = [], None
            # what Odoo does on the side of the rollback's own deletes and writes (a deleted sales team
            # hands its lead scoring counts over to "no team", a restored lead leaving "won" is counted
            # down...) is recorded in ``undo``: the run's side effects are restored already, so these
            # are undone at the end
            recorder = SideEffectRecorder(env, run.id, undo.ledger, capture_columns=False).__enter__()
            for _id, operation, res_model, res_id, previous in rows:
                if operation == "match" or (operation == "create" and (res_model, res_id) not in alive):
                    continue  # a reused record was neither created nor changed: nothing to undo
                if operation == "create":
                    if batch_model not in (None, res_model):
                        self._unlink(env, batch_model, batch)
                        batch = []
                    batch_model = res_model
                    batch.append(res_id)
                    continue
                if batch:
                    self._unlink(env, batch_model, batch)
                    batch, batch_model = [], None
                if not previous:
                    continue  # column values only: written back by _restore_columns
                record = env[res_model].browse(res_id).exists() if res_model in env else None
                if record:
                    self._restore(record, json.loads(previous or "{}"), recorder)
            if batch:
                self._unlink(env, batch_model, batch)
            env.flush_all()
            # tracking messages are written just before commit (a restored invoice going back to "not
            # paid" is tracked): written now, they are the rollback's own side effects, undone below
            self.env.cr.precommit.run()
            env.flush_all()
            recorder.__exit__()
            # side effects on records the rollback has deleted since need no undoing: memory stays flat
            alive = self._existing_ids(env, [(e["res_model"], e["res_id"]) for e in undo.entries])
            undo.entries[:] = [e for e in undo.entries if (e["res_model"], e["res_id"]) in alive]
            env.invalidate_all(flush=True)
            release_freed_memory()
            cr.execute("UPDATE clientjoy_intrix_ledger SET rolled_back = true WHERE id = ANY(%s)", [[r[0] for r in rows]])
            run._notify_progress("rollback")  # the open run form follows (models/import_run_progress.py)

    def _restore_columns(self, env, run):
        """Write back, in SQL, the database values of the columns the run changed on records that existed
        before it: the oldest value of each column wins (several batches may have read a column). The
        ORM restores and their side effects are done: nothing is left to recompute."""
        env.flush_all()
        cr = self.env.cr
        cr.execute("""SELECT DISTINCT res_model FROM clientjoy_intrix_ledger
                       WHERE run_id = %s AND previous_columns IS NOT NULL ORDER BY 1""", [run.id])
        for (model_name,) in cr.fetchall():
            if model_name not in env or not env[model_name]._auto:
                continue
            Model = env[model_name]
            cr.execute("""SELECT DISTINCT e.key FROM clientjoy_intrix_ledger l, jsonb_each(l.previous_columns::jsonb) e
                           WHERE l.run_id = %s AND l.res_model = %s AND l.previous_columns IS NOT NULL""",
                       [run.id, model_name])
            # columns of fields gone since (a custom field dropped) are left out
            names = sorted(row[0] for row in cr.fetchall() if row[0] in Model._fields
                           and Model._fields[row[0]].store and Model._fields[row[0]].column_type)
            if not names:
                continue
            cr.execute(SQL("""
                WITH image AS (
                    SELECT l.res_id AS id, jsonb_object_agg(e.key, e.value ORDER BY l.sequence DESC, l.id DESC) AS cols
                      FROM clientjoy_intrix_ledger l, jsonb_each(l.previous_columns::jsonb) e
                     WHERE l.run_id = %s AND l.res_model = %s AND l.previous_columns IS NOT NULL
                     GROUP BY l.res_id)
                UPDATE %s t SET %s
                  FROM image, LATERAL jsonb_populate_record(NULL::%s, image.cols) r
                 WHERE t.id = image.id
            """, run.id, model_name, SQL.identifier(Model._table), SQL(", ").join(
                SQL("%s = CASE WHEN image.cols ? %s THEN r.%s ELSE t.%s END", SQL.identifier(name), name,
                    SQL.identifier(name), SQL.identifier(name)) for name in names),
                SQL.identifier(Model._table)))
            Model.invalidate_model(names)

    def _existing_ids(self, env, pairs):
        """{(model, id)} of the ``pairs`` whose record still exists (one query per model)."""
        by_model = {}
        for model, res_id in pairs:
            by_model.setdefault(model, set()).add(res_id)
        alive = set()
        for model, ids in by_model.items():
            if model not in env or not env[model]._auto:
                continue
            self.env.cr.execute('SELECT id FROM "%s" WHERE id = ANY(%%s)' % env[model]._table, [list(ids)])
            alive.update((model, row[0]) for row in self.env.cr.fetchall())
        return alive

    def _unlink(self, env, model, ids):
        if model not in env:
            return
        records = env[model].browse(ids).exists()
        if not records:
            return
        if model == "res.users":
            # users keep their partner by default: remove both, as they came together
            partners = records.partner_id
            records.unlink()
            partners.exists().unlink()
            return
        records.unlink()

    def _drop_fields(self, env):
        """Remove the custom fields these entries created, unless data outside the run uses them."""
        kept = []
        for entry in self:
            field = env["ir.model.fields"].browse(entry.res_id).exists()
            if not field:
                continue
            Model = env[field.model].with_context(active_test=False)
            used = Model.search_count([(field.name, "!=", False)]) if field.store else 0
            if used:
                kept.append(field)
                entry.run_id._log(_("Custom field %(field)s of %(model)s kept: %(count)s records outside this run use it",
                                    field=field.field_description, model=entry.run_id._model_words(field.model),
                                    count=used))
                continue
            field.unlink()
        return kept
