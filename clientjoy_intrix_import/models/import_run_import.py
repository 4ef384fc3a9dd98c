"""Step 3 of a run: the import itself: custom fields first, then batch after batch in dependency
order (inline in one transaction), each phase closed with its counts, verification at the end."""
import logging

from odoo import _, fields, models

from ..importers import ImportContext, get_importer
from ..lib.concurrency import is_concurrency_error
from ..lib.memory import release_freed_memory
from .import_run import READY_STATES
from .import_side_effect import stop_recording

_logger = logging.getLogger(__name__)


class ImportRun(models.Model):
    _inherit = "clientjoy.intrix.run"

    def _do_import(self):
        """Lock the namespace, create the custom fields, then import every batch here (inline, one
        transaction) or queue the first batch job. A failure keeps nothing of the attempt and says why."""
        self.env["clientjoy.intrix.lock"]._lock_import(self)
        self.write({"state": "importing", "date_start": self.date_start or fields.Datetime.now(), "error_message": False})
        try:
            with self.env.cr.savepoint():
                ctx = ImportContext(self)
                self._ensure_schema(ctx)
                if not self.use_jobs:
                    while self._import_next_chunk(ctx):
                        pass
        except Exception as exc:  # noqa: BLE001 - reported on the run, nothing half-written stays
            self._reset_registry_after_failure()
            if is_concurrency_error(exc):
                raise  # a concurrent transaction got there first: the caller runs this one again
            _logger.exception("import run %s failed", self.name)
            stop_recording(self.env.cr)
            message = _("Import failed, nothing of this attempt was kept: %s", exc.args[0] if exc.args else exc)
            self.write({"state": "failed", "error_message": message})
            self._log(message)
            return False
        if self.use_jobs:
            self._enqueue_next_chunk()
        stop_recording(self.env.cr)  # side effects are recorded while the import writes, not after
        return True

    def _reset_registry_after_failure(self):
        """Set the models up again from the database after a failed attempt was rolled back.

        Custom ``x_`` fields the attempt created are gone from the database with its savepoint, but
        still in this process's registry: every read of their model would fail ("column ... does not
        exist") until a restart. Setting the models up again drops them here, and marks the registry
        changed so that the other workers reload theirs too.
        """
        registry = self.env.registry
        if not registry.registry_invalidated:
            return  # nothing in the registry changed during the attempt
        self.env.invalidate_all()
        registry._setup_models__(self.env.cr)
        registry.registry_invalidated = True

    def _next_chunk(self, ctx=None):
        """(phase, staging records) of the next batch to import, closing the phases that are complete.

        Pending records are the valid/warning ones: an interrupted chunk is simply picked again, and
        what it had committed is recognised by its external ids, so nothing is duplicated or missed.
        """
        adapter = self._get_adapter()
        for phase in self.phase_ids.sorted("sequence").filtered(lambda p: p.state != "done"):
            obj = adapter.object(phase.object_name)
            size = obj.chunk_size or self.chunk_size or 500
            if get_importer(self.env, phase.entity).whole_phase:
                chunk = self._pending_stagings(phase)
            else:
                after = ctx.batch_after.get(phase.id) if ctx else None
                # after the previous batch's last record; from the start again before the phase closes, so a
                # record left pending behind that point is never left out
                chunk = self._pending_batch(phase, size, after) or (after and self._pending_batch(phase, size))
                if chunk and ctx:
                    ctx.batch_after[phase.id] = (chunk[-1].sequence, chunk[-1].id)
            if chunk:
                if phase.state != "running":
                    phase.write({"state": "running", "date_start": fields.Datetime.now()})
                return phase, chunk
            self._close_phase(ctx or ImportContext(self), phase)
        return None, None

    def _pending_batch(self, phase, size, after=None):
        """The next ``size`` pending (valid / warning) staging records of ``phase`` in source order, after
        (sequence, id) ``after`` if given.

        One ordered index scan per state, from ``after`` on: a search for both states at once sorts every
        pending record of the object for each batch, and inside the inline import's one transaction the
        records imported so far stay in the index, so each batch would cost more than the one before
        (quadratic in the object's size).
        """
        Staging = self.env["clientjoy.intrix.staging"]
        Staging.flush_model(["run_id", "object_name", "state", "sequence"])
        where, params = "", []
        if after:
            where, params = "AND (sequence, id) > (%s, %s)", list(after)
        branches = " UNION ALL ".join(f"""(SELECT id, sequence FROM clientjoy_intrix_staging
                                            WHERE run_id = %s AND object_name = %s AND state = %s {where}
                                            ORDER BY sequence, id LIMIT %s)""" for _state in READY_STATES)
        self.env.cr.execute(f"SELECT id FROM ({branches}) pending ORDER BY sequence, id LIMIT %s", [
            value for state in READY_STATES
            for value in [self.id, phase.object_name, state] + params + [size]] + [size])
        return Staging.browse([row[0] for row in self.env.cr.fetchall()])

    def _import_next_chunk(self, ctx):
        """Import one batch; False when nothing is left (the run is then done)."""
        phase, chunk = self._next_chunk(ctx)
        if not phase:
            self._finish_import()
            return False
        importer = get_importer(self.env, phase.entity)
        if not self._parallel_phase(phase):
            importer.prepare_references(ctx, chunk)  # batch after batch: each prepares its own
        elif phase.id not in ctx.prepared_phases:
            # as a phase's start job does (models/import_run_jobs.py): what its batches share, created first
            ctx.prepared_phases.add(phase.id)
            self._prepare_phase_references(ctx, phase, self._pending_stagings(phase))
        importer.import_records(ctx, chunk)
        ctx.flush_ledger()
        # no per-batch recount: nobody sees inside this one transaction; the phase counts when it closes
        # one transaction for the whole run: drop what this batch loaded so memory stays flat
        self.env.invalidate_all(flush=True)
        ctx.clear_batch_caches()
        release_freed_memory()
        return True

    def _close_phase(self, ctx, phase):
        get_importer(self.env, phase.entity).close_phase(ctx, phase)
        ctx.flush_ledger()
        phase._recount()
        phase.write({"state": "done", "date_end": fields.Datetime.now(), "date_start": phase.date_start or fields.Datetime.now()})
        self._log(_("%(object)s: %(staged)s staged, %(imported)s imported, %(skipped)s skipped, %(errored)s errors%(check)s",
                    object=phase.name, staged=phase.staged, imported=phase.imported, skipped=phase.skipped,
                    errored=phase.errored, check="" if phase._counts_reconcile() else _(" (counts do not reconcile!)")))

    def _finish_import(self):
        """Every imported value read back (models/import_run_verify.py), then done. With background jobs
        the verification runs as jobs of its own and its last job marks the run done, so a run never
        shows done while its figures are still being read back."""
        if self._verify_import():
            self._mark_done()

    def _mark_done(self):
        self.write({"state": "done", "date_done": fields.Datetime.now()})
        self._log(_("Import done: %(imported)s imported, %(errors)s errors", imported=self.count_imported,
                    errors=self.count_error))

    def _auto_field(self, line):
        """(model, field, type, label) of the ``x_cji_*`` field a map line's target key lands in, if any
        (declared by the entity's importer)."""
        importer = get_importer(self.env, line.entity) if line.target_id else None
        return importer.auto_fields.get(line.target_id.key) if importer else None

    def _ensure_schema(self, ctx):
        """Create the x_ fields the confirmed map needs before any data import."""
        adapter = self._get_adapter()
        for phase in self.phase_ids.filtered(lambda p: p.entity == "custom_field" and p.state != "done"):
            chunk = self.env["clientjoy.intrix.staging"].search([
                ("run_id", "=", self.id), ("object_name", "=", phase.object_name), ("state", "in", ("valid", "warning"))])
            get_importer(self.env, phase.entity).import_records(ctx, chunk)
            self._close_phase(ctx, phase)
        for line in self.map_ids.filtered(lambda m: m.action == "new_field"):
            obj = adapter.object(line.object_name)
            model = obj.model or adapter.entity_model(obj.entity)
            ctx.ensure_field(model, line.new_field_name, line.new_field_type, line.source_column, ())
        for line in self.map_ids.filtered(lambda m: m.action == "map" and m.target_id):
            auto = self._auto_field(line)
            if auto:
                ctx.ensure_field(*auto)
        ctx.flush_ledger()
