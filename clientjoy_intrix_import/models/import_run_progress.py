"""Live progress of a run's long steps on the open run form, through Odoo's bus.

An inline import, the staging of a source, the audit and a rollback each run in one transaction:
what they write is invisible to every other transaction until they commit, so an open form can
neither read their progress nor see it by reloading. Their progress is *published* instead: a bus
notification carrying the figures (state, records done of the total, counts per phase), sent from a
cursor of its own that holds nothing but the notification and commits at once. It never touches the
step's transaction, which still commits or rolls back as a whole.

Inside a background job, and at the end of a step, the notification goes out with the caller's own
commit instead (``reload``): the form reloads the run when it arrives and shows what that commit made
visible. A step that fails says so at once from its own cursor (its transaction is rolled back, a
notification sent with it would be lost), so no form keeps showing a step that is over.

Notifications of one step of one run are throttled to one per ``PROGRESS_INTERVAL`` seconds, or
more rarely when counting the figures took long (at most ``1 / COST_SHARE`` of the step's time goes
to them); the start and the end of a step always go out. The channel is the run: a browser listens
to it when its user may read the run (models/ir_websocket.py). A step started from a wizard or a
Clientjoy connection, before the run exists for any browser, goes to the user's own channel instead,
tagged with that record (``origin``).
"""
import logging
import time
from contextlib import contextmanager

from odoo import SUPERUSER_ID, api, models

from .import_run_verify import VERIFY_SQL

_logger = logging.getLogger(__name__)

NOTIFICATION_TYPE = "clientjoy_intrix_import/progress"
#: channel name a browser asks for to follow run <id> (see models/ir_websocket.py)
CHANNEL_PREFIX = "clientjoy_intrix_import.run_"
#: seconds between two notifications of one step of one run (its start and end always go out)
PROGRESS_INTERVAL = 1.0
#: counting the figures may take at most this share of a step's time
COST_SHARE = 0.05
#: a notification waits at most this long for a lock, then is dropped: progress never holds a step up
LOCK_TIMEOUT = "2s"
#: run states in which a step goes on after the request that started it (background jobs)
ACTIVE_STATES = ("importing",)
#: context key: {"model": ..., "id": ...} of the wizard or connection a step was started from
ORIGIN_KEY = "cji_progress_origin"
#: context key: {run id: [records mapped, records to map]} while the audit maps the records
AUDIT_KEY = "cji_progress_audit"
#: context key set during a test import (its steps are shown as such, its ends are rolled back)
TRIAL_KEY = "cji_progress_trial"

# (database, run id, step) -> (time.monotonic() of its last notification, seconds its figures took)
_last_sent = {}
STAGING_DONE = ("imported", "skipped", "error", "rolled_back")


class ImportRunProgress(models.Model):
    _inherit = "clientjoy.intrix.run"

    # ------------------------------------------------------------------ publishing
    def _notify_progress(self, step, *, message=None, force=False, final=False, with_commit=None, failed=False):
        """Publish the progress of ``step`` of these runs (throttled unless ``force`` or ``final``).

        ``final``: the step is over (the form hides its progress and reloads the run).
        ``with_commit``: sent with this transaction's commit, the form then reloads the run; by default
        at the end of a step and inside a background job, otherwise at once from a cursor of its own.
        ``failed``: the step failed, its transaction is about to be rolled back: said at once, without
        reading anything in this transaction.
        """
        trial = self.env.context.get(TRIAL_KEY)
        if trial:
            step = "trial" if step == "import" else step
            if final and not failed:
                return  # rolled back with the test import: action_test_import says when it is over
        in_job = bool(self.env.context.get("job_uuid"))
        if with_commit is None:
            with_commit = (final or in_job) and not failed
        for run in self:
            if not isinstance(run.id, int):
                continue
            key = (self.env.cr.dbname, run.id, step)
            now = time.monotonic()
            last, cost = _last_sent.get(key, (None, 0.0))
            if not (force or final) and last is not None and now - last < max(PROGRESS_INTERVAL, cost / COST_SHARE):
                continue
            try:
                if failed:
                    payload = run._progress_failed_payload(step)
                else:
                    payload = run._progress_payload(step, message=message, final=final, reload=with_commit)
            except Exception:  # noqa: BLE001 - progress is never worth failing a step
                _logger.warning("run %s: progress of %s not published", run.id, step, exc_info=True)
                continue
            if final:
                _last_sent.pop(key, None)
            else:
                _last_sent[key] = (now, time.monotonic() - now)
            channels = run._progress_channels()
            if with_commit:
                for channel in channels:
                    self.env["bus.bus"]._sendone(channel, NOTIFICATION_TYPE, payload)
            else:
                run._publish_now(channels, payload)

    def _progress_channels(self):
        dbname = self.env.cr.dbname
        if self.env.context.get(ORIGIN_KEY):
            # the run is created in this very transaction: nobody can follow it yet but its creator
            return [(dbname, "res.partner", self.env.user.partner_id.id)]
        return [(dbname, self._name, self.id)]

    def _publish_now(self, channels, payload):
        """Send ``payload`` from a cursor of its own that commits at once: it holds the notification only."""
        try:
            with self.env.registry.cursor() as cr:
                cr.execute("SHOW lock_timeout")
                previous = cr.fetchone()[0]
                cr.execute("SET LOCAL lock_timeout = %s", [LOCK_TIMEOUT])
                env = api.Environment(cr, SUPERUSER_ID, {})
                for channel in channels:
                    env["bus.bus"]._sendone(channel, NOTIFICATION_TYPE, payload)
                cr.precommit.run()  # the notification rows, written under the lock timeout
                # as it was: under tests this cursor can be a savepoint of the caller's transaction
                cr.execute("SET LOCAL lock_timeout = %s", [previous])
        except Exception:  # noqa: BLE001 - progress is never worth failing a step
            _logger.warning("run %s: progress not published", self.id, exc_info=True)

    @contextmanager
    def _progress_step(self, step):
        """Say when ``step`` of these runs starts and ends (or fails) around the block."""
        self.check_access("write")  # as every step does first: nothing is said of a step that cannot start
        self._notify_progress(step, force=True)
        try:
            yield
        except Exception:
            self._notify_progress(step, final=True, failed=True)
            raise
        for run in self.exists():
            active = run.state in ACTIVE_STATES and step == "import"
            run._notify_progress(step, final=not active, force=True, with_commit=True)

    # ------------------------------------------------------------------ what is published
    def _progress_titles(self):
        _ = self.env._
        return {
            "stage": _("Reading the source"),
            "audit": _("Checking the records"),
            "import": _("Importing"),
            "trial": _("Test import"),
            "verify": _("Reading back what was imported"),
            "rollback": _("Rolling back"),
        }

    def _progress_failed_payload(self, step):
        # nothing read: the transaction may be aborted
        return {"run_id": self.id, "step": step, "active": False, "reload": True, "failed": True,
                "origin": self.env.context.get(ORIGIN_KEY) or False}

    def _progress_payload(self, step, message=None, final=False, reload=False):
        self.ensure_one()
        self.env.flush_all()
        phases, by_object = self._progress_phases()
        done, total, default_message = self._progress_figures(step, phases, by_object)
        state = self.state
        return {
            "run_id": self.id,
            "step": step,
            "title": self._progress_titles().get(step, step),
            "message": message or default_message,
            "done": done,
            "total": total,
            "percent": round(min(100.0, 100.0 * done / total), 1) if total else None,
            "state": state,
            "state_label": dict(self._fields["state"]._description_selection(self.env)).get(state, state),
            "phases": phases,
            "active": not final,
            "reload": bool(reload),
            "origin": self.env.context.get(ORIGIN_KEY) or False,
        }

    def _progress_phases(self):
        """[counts of each object, in import order] and {object: {staging state: count}}, counted in the
        database (the phases' own figures are only updated when a phase closes)."""
        cr = self.env.cr
        cr.execute("""SELECT object_name, state, count(*) FROM clientjoy_intrix_staging
                       WHERE run_id = %s GROUP BY object_name, state""", [self.id])
        by_object = {}
        for object_name, state, count in cr.fetchall():
            by_object.setdefault(object_name, {})[state] = count
        phases = self.env["clientjoy.intrix.phase"].search([("run_id", "=", self.id)])
        labels = dict(self.env["clientjoy.intrix.phase"]._fields["state"]._description_selection(self.env))
        rows, seen = [], set()
        for phase in phases.sorted("sequence"):
            seen.add(phase.object_name)
            rows.append(self._progress_phase_row(phase.object_name, phase.name, phase.state,
                                                 labels.get(phase.state), by_object.get(phase.object_name, {})))
        for object_name in sorted(set(by_object) - seen):  # being staged: no phase yet
            rows.append(self._progress_phase_row(object_name, self._progress_object_label(object_name), False,
                                                 self.env._("Reading"), by_object[object_name]))
        return rows, by_object

    def _progress_phase_row(self, object_name, name, state, state_label, counts):
        return {
            "object": object_name, "name": name or object_name, "state": state, "state_label": state_label or "",
            "staged": sum(counts.values()), "imported": counts.get("imported", 0),
            "skipped": counts.get("skipped", 0), "errored": counts.get("error", 0),
            "rolled_back": counts.get("rolled_back", 0),
        }

    def _progress_object_label(self, object_name):
        try:
            return self._get_adapter().object(object_name).label
        except Exception:  # noqa: BLE001 - an object the adapter does not know keeps its name
            return object_name

    def _progress_figures(self, step, phases, by_object):
        """(done, total, message) of ``step``."""
        _ = self.env._
        cr = self.env.cr
        if step in ("import", "trial"):
            # as the form's progress field counts them: every record with an outcome is done
            total = sum(sum(counts.values()) for counts in by_object.values())
            done = sum(counts.get(state, 0) for counts in by_object.values() for state in STAGING_DONE)
            running = [row for row in phases if row["state"] == "running"]
            if running:
                row = running[0]
                return done, total, _("%(object)s: %(done)s of %(total)s records; %(all_done)s of %(all)s in all",
                                      object=row["name"], done=sum(row[k] for k in ("imported", "skipped", "errored")),
                                      total=row["staged"], all_done=done, all=total)
            return done, total, _("%(done)s of %(total)s records processed", done=done, total=total)
        if step == "verify":
            cr.execute("SELECT count(*) FROM clientjoy_intrix_staging WHERE %s" % VERIFY_SQL, [self.id])
            total = cr.fetchone()[0]
            cr.execute("SELECT COALESCE(sum(verified), 0) FROM clientjoy_intrix_phase WHERE run_id = %s", [self.id])
            done = cr.fetchone()[0]
            return done, total, _("%(done)s of %(total)s imported records read back and compared", done=done, total=total)
        if step == "stage":
            records = sum(sum(counts.values()) for counts in by_object.values())
            done = len([row for row in phases if row["state"]])  # objects with their phase: staged
            objects = {f.object_name for f in self.file_ids if f.kind == "csv" and f.object_name}
            if not objects and not self.file_ids:  # an API: every object of the source is pulled
                objects = {obj.name for obj in self._get_adapter().objects}
            total = max(len(objects), len(phases))
            return done, total, _("%(records)s records read; %(done)s of %(total)s objects staged",
                                  records=records, done=done, total=total)
        if step == "audit":
            done, total = (self.env.context.get(AUDIT_KEY) or {}).get(self.id, (0, 0))
            if not total:  # the records are mapped with this map already: only the audit runs again
                return 0, 0, _("Looking for duplicates, orphans and stale opportunities")
            return done, total, _("%(done)s of %(total)s records mapped and checked", done=done, total=total)
        if step == "rollback":
            cr.execute("""SELECT count(*) FILTER (WHERE rolled_back), count(*) FROM clientjoy_intrix_ledger
                           WHERE run_id = %s""", [self.id])
            done, total = cr.fetchone()
            return done, total, _("%(done)s of %(total)s ledger entries undone", done=done, total=total)
        return 0, 0, ""

    # ------------------------------------------------------------------ staging
    def action_stage(self):
        with self._progress_step("stage"):
            return super().action_stage()

    # ------------------------------------------------------------------ audit
    def action_validate(self, remap=True):
        counters = {}
        if remap:
            self.env.flush_all()
            for run in self:
                self.env.cr.execute("SELECT count(*) FROM clientjoy_intrix_staging WHERE run_id = %s", [run.id])
                counters[run.id] = [0, self.env.cr.fetchone()[0]]
        runs = self.with_context(**{AUDIT_KEY: counters})
        with runs._progress_step("audit"):
            return super(ImportRunProgress, runs).action_validate(remap=remap)

    def _apply_map(self, object_name, lines, stagings, decimals=None):
        decimals = super()._apply_map(object_name, lines, stagings, decimals)
        counter = (self.env.context.get(AUDIT_KEY) or {}).get(self.id)
        if counter:
            counter[0] += len(stagings)
            self._notify_progress("audit")
        return decimals

    def _audit(self):
        self._notify_progress("audit", message=self.env._("Looking for duplicates, orphans and stale opportunities"))
        return super()._audit()

    def _reconcile_owners(self):
        self._notify_progress("audit", message=self.env._("Matching the owners with Odoo users"))
        return super()._reconcile_owners()

    # ------------------------------------------------------------------ import, inline and as jobs
    def action_import(self):
        with self._progress_step("import"):
            return super().action_import()

    def action_test_import(self):
        runs = self.with_context(**{TRIAL_KEY: True})
        with runs._progress_step("import"):
            result = super(ImportRunProgress, runs).action_test_import()
        self._notify_progress("trial", final=True, force=True)  # outside the test import: it is kept
        return result

    def _import_next_chunk(self, ctx):
        more = super()._import_next_chunk(ctx)
        if more:
            self._notify_progress("import")
        return more

    def _job_import_chunk(self, phase_id, staging_ids):
        result = super()._job_import_chunk(phase_id, staging_ids)
        if self.state == "importing" and self.phase_ids.filtered(lambda p: p.state != "done"):
            self._notify_progress("import")  # (once every phase is done, _finish_import said the step is over)
        elif self.state == "failed":
            self._notify_progress("import", final=True)
        return result

    def _finish_import(self):
        result = super()._finish_import()
        if self.env.context.get("job_uuid"):
            # inline, the import step says when it ends (action_import)
            self._notify_progress("import", final=True)
        return result

    def _mark_done(self):
        result = super()._mark_done()
        if self.env.context.get("job_uuid"):
            # a job run is done once its verification is: the last verification job says so
            self._notify_progress("verify", final=True, force=True)
        return result

    def action_pause(self):
        result = super().action_pause()
        self._notify_progress("import", final=True, force=True)
        return result

    def action_resume(self):
        with self._progress_step("import"):
            return super().action_resume()

    def action_cancel(self):
        result = super().action_cancel()
        self._notify_progress("import", final=True, force=True)
        return result

    # ------------------------------------------------------------------ verification
    def _verify_step(self, last_id, ctx, ids=None):
        last_id = super()._verify_step(last_id, ctx, ids=ids)
        if last_id is not None:
            self._notify_progress("verify")
        return last_id

    def _verify_end(self):
        total = super()._verify_end()
        # the import's own verification: _mark_done follows in this job and says the run is done (once)
        if self.env.context.get("job_uuid") and self.state != "importing":
            self._notify_progress("verify", final=True)
        return total

    # ------------------------------------------------------------------ rollback
    def action_rollback(self):
        with self._progress_step("rollback"):
            return super().action_rollback()


class ImportStagingProgress(models.Model):
    _inherit = "clientjoy.intrix.staging"

    def _bulk_insert(self, run, rows):
        result = super()._bulk_insert(run, rows)
        run._notify_progress("stage")
        return result

