"""Test import: the real import of a run in a savepoint that is always rolled back.

What Odoo would refuse only at import time (a constraint, a company rule, a value an importer cannot
place) shows on each staging record before anything moves: *Would fail* with the reason, *Would be
created*, *Would be changed* (which fields) or *Would stay unchanged*. Nothing of the attempt is kept:
not the records, not the custom fields (the registry is set up again), not the run's state.
"""
import json

from odoo import _, fields, models

from ..importers import ImportContext
from .import_side_effect import stop_recording

#: outcome rows written back per UPDATE
STORE_CHUNK = 2000


class _TrialDone(Exception):
    """Raised at the end of a test import to roll its savepoint back."""


class ImportRunTrial(models.Model):
    _inherit = "clientjoy.intrix.run"

    trial_date = fields.Datetime(string="Last test import", readonly=True, copy=False)
    trial_summary = fields.Text(string="Test import result", readonly=True, copy=False)

    def action_test_import(self):
        """Run the import as it would run now, keep nothing, and say per record what would happen."""
        self.check_access("write")
        for run in self:
            run._check_can_import()
            pending = run._trial_pending_ids()
            outcomes, failure = run._trial_run(pending)
            run._trial_store(pending, outcomes, failure)
        return True

    def _trial_pending_ids(self):
        """Ids of the records the import would work on (the outcome of the others is already known)."""
        self.env.flush_all()
        self.env.cr.execute("SELECT id FROM clientjoy_intrix_staging WHERE run_id = %s AND state IN ('valid', 'warning')",
                            [self.id])
        return [row[0] for row in self.env.cr.fetchall()]

    def _trial_run(self, pending):
        """({staging id: (outcome, message)}, failure message or None) of the import, rolled back."""
        outcomes, failure = {}, None
        try:
            with self.env.cr.savepoint():
                ctx = ImportContext(self)
                self._ensure_schema(ctx)
                while self._import_next_chunk(ctx):
                    pass
                self.env.flush_all()
                outcomes = self._trial_outcomes(pending)
                raise _TrialDone
        except _TrialDone:
            pass
        except Exception as exc:  # noqa: BLE001 - what the real import would report, said before it runs
            failure = exc.args[0] if exc.args else str(exc)
        # the savepoint took back the rows; the caches, the side-effect recorder and the registry (custom
        # fields) follow
        stop_recording(self.env.cr)
        self.env.invalidate_all()
        self._reset_registry_after_failure()
        return outcomes, failure

    def _trial_outcomes(self, pending):
        cr = self.env.cr
        cr.execute("""
            SELECT s.id, s.state, s.message,
                   bool_or(l.operation = 'create'), array_remove(array_agg(l.previous_values), NULL)
              FROM clientjoy_intrix_staging s
              LEFT JOIN clientjoy_intrix_ledger l ON l.staging_id = s.id AND l.run_id = s.run_id
             WHERE s.id = ANY(%s)
             GROUP BY s.id
        """, [pending])
        outcomes = {}
        for staging_id, state, message, created, previous in cr.fetchall():
            if state == "error":
                outcomes[staging_id] = ("error", message)
            elif created:
                outcomes[staging_id] = ("create", message)
            elif previous:
                changed = sorted({name for text in previous for name in json.loads(text)})
                outcomes[staging_id] = ("update", _("Fields that would change: %s", ", ".join(changed)))
            else:
                outcomes[staging_id] = ("unchanged", message)
        return outcomes

    def _trial_store(self, pending, outcomes, failure):
        Staging = self.env["clientjoy.intrix.staging"]
        self.env.flush_all()
        self.env.cr.execute("UPDATE clientjoy_intrix_staging SET trial_outcome = NULL, trial_message = NULL "
                            "WHERE run_id = %s AND trial_outcome IS NOT NULL", [self.id])
        Staging.invalidate_model(["trial_outcome", "trial_message"])
        rows = [(staging_id,) + outcomes[staging_id] for staging_id in pending if staging_id in outcomes]
        for start in range(0, len(rows), STORE_CHUNK):
            chunk = rows[start:start + STORE_CHUNK]
            Staging.browse([row[0] for row in chunk])._bulk_update(chunk, ("trial_outcome", "trial_message"))
        counts = {}
        for outcome, _message in outcomes.values():
            counts[outcome] = counts.get(outcome, 0) + 1
        if failure:
            summary = _("The import would stop with: %s", failure)
        else:
            summary = _("%(create)s would be created, %(update)s changed, %(unchanged)s unchanged, %(error)s would fail "
                        "(see the Test import filter of the staging records). Nothing was kept.",
                        create=counts.get("create", 0), update=counts.get("update", 0),
                        unchanged=counts.get("unchanged", 0), error=counts.get("error", 0))
        self.write({"trial_date": fields.Datetime.now(), "trial_summary": summary})
        self._log(_("Test import: %s", summary))
