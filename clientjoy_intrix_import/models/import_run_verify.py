"""Verification after the import: every imported record read back and compared with its staged values.

``_verify_import`` runs when a run's import ends (from ``_finish_import``: inline in the import's
transaction, or as a chain of jobs after the last batch job). It pages through the run's imported staging records by id (keyset), ``VERIFY_CHUNK`` at a time, reads
their Odoo records through the ORM and compares every mapped value with the check its target key
declares (importers/verify.py). Mismatches go on the staging record (flag + message), per field on
the phases, and into the completion report. The ORM cache is dropped after every chunk, so a run
of 100 000 records holds one chunk at a time.
"""
import logging
import uuid
from collections import Counter
from contextlib import contextmanager

from psycopg2.extras import execute_values

from odoo import _, fields, models
from odoo.exceptions import UserError
from odoo.tools.misc import format_datetime

from odoo.addons.queue_job.job import identity_exact

from ..importers import ImportContext
from ..importers.verify import VerifyContext, entity_columns, landing, prefetch_refs, verify_record
from ..lib.memory import release_freed_memory
from ..lib.targets import ENTITIES
from .import_staging import decode_values

_logger = logging.getLogger(__name__)

VERIFY_CHUNK = 1000
#: records one verification job reads back (background jobs)
VERIFY_JOB_SIZE = 5000
#: mismatching records listed in the completion report (all of them are in the staging list)
REPORT_MISMATCH_LIMIT = 200
#: staging records the verification reads: imported ones, and configuration listed in the inventory
VERIFY_SQL = """run_id = %s AND (state = 'imported' OR (state = 'skipped' AND entity = 'inventory'))"""


class _Staged:
    """What the verification reads of a staging record, from one query per chunk, as the ORM gives it (an empty
    text False, no id 0): the checks read it as they would the record, without the ORM's cost per field and
    record (the verification reads ~10 of them per record)."""

    __slots__ = ("id", "entity", "object_name", "external_id", "res_model", "res_id", "values")

    def __init__(self, row):
        self.id, self.entity, self.object_name, external_id, res_model, res_id, self.values = row
        self.external_id = False if external_id is None else external_id
        self.res_model = False if res_model is None else res_model
        self.res_id = res_id or 0


class ImportRunVerify(models.Model):
    _inherit = "clientjoy.intrix.run"

    verify_date = fields.Datetime(string="Verified on", readonly=True)
    verify_mismatches = fields.Integer(string="Verification mismatches", readonly=True)

    # ------------------------------------------------------------------ field map: nothing mapped is dropped
    def action_confirm_map(self):
        for run in self:
            dropped = run.map_ids.filtered(
                lambda m: m.action == "map" and m.target_id and not landing(m.target_id.entity, m.target_id.key))
            if dropped:
                raise UserError(_(
                    "These columns are mapped to a field the import writes nowhere, so their values would be "
                    "lost: %(columns)s.\nMap them to another field, to a new custom field, or mark them "
                    "'Do not import'.",
                    columns=", ".join("%s.%s -> %s" % (m.object_name, m.source_column, m.target_id.label)
                                      for m in dropped)))
        return super().action_confirm_map()

    # ------------------------------------------------------------------ owners: the source role lands on the line
    def _reconcile_owners(self):
        res = super()._reconcile_owners()
        cr = self.env.cr
        for run in self:
            cr.execute("""
                UPDATE clientjoy_intrix_owner o SET source_role = r.role
                  FROM (SELECT DISTINCT ON (lower(v->>'email')) lower(v->>'email') AS email, v->>'role' AS role
                          FROM clientjoy_intrix_staging, LATERAL (SELECT ("values")::jsonb AS v) j
                         WHERE run_id = %s AND entity = 'user' AND state != 'skipped'
                           AND COALESCE(v->>'email', '') <> ''
                         ORDER BY lower(v->>'email'), id) r
                 WHERE o.run_id = %s AND o.email = r.email AND o.source_role IS DISTINCT FROM r.role
            """, [run.id, run.id])
        self.env["clientjoy.intrix.owner"].invalidate_model(["source_role"])
        return res

    # ------------------------------------------------------------------ source rows counted at the source
    def _source_count_vals(self, adapter, obj, staged):
        """Phase values of the independent count of ``obj`` (see adapters' ``source_count``)."""
        counted = adapter.source_count(self, obj)
        if not counted:
            return {"source_rows": staged, "source_evidence": False}
        count, how = counted
        if count != staged:
            self._log(_("%(object)s: %(count)s records at the source (%(how)s), %(staged)s staged",
                        object=obj.label, count=count, how=how, staged=staged))
        return {"source_rows": count, "source_evidence": how}

    # ------------------------------------------------------------------ verification
    def _verify_import(self):
        """Verify the run's import: inline in this transaction, or (background jobs) as a chain of jobs
        of ``VERIFY_JOB_SIZE`` records each, so no job runs longer than an import batch does.
        True when the verification ended here, False when it was queued."""
        ended = True
        for run in self:
            run._verify_start()
            if run.use_jobs and not self.env.context.get("cji_verify_inline"):
                run._enqueue_verify(0)
                ended = False
                continue
            last_id = 0
            with run._verify_context() as ctx:
                for ids in run._verify_id_chunks():
                    last_id = run._verify_step(last_id, ctx, ids=ids)
            run._verify_end()
        return ended

    @contextmanager
    def _verify_context(self):
        """One import context for a whole verification (inline) or job: its look-ups are dropped after each
        chunk (``_verify_step``), its side-effect recorder detached at the end. A context per chunk was
        garbage that only the cyclic collector frees (it refers to itself), which runs rarely on a process
        of Odoo's size: the chunks' external ids piled up, some 0.3 KB per record verified."""
        ctx = ImportContext(self)
        try:
            yield ctx
        finally:
            ctx.stop_recording()

    def _verify_id_chunks(self):
        """The ids of the staging records to verify, ``VERIFY_CHUNK`` at a time in id order, read in one
        pass over the run's staging rows (a cursor of this transaction) instead of one search of them per
        chunk: inline, the whole verification runs in this transaction."""
        self.ensure_one()
        cr = self.env.cr
        self.env.flush_all()
        name = "cji_verify_%s" % uuid.uuid4().hex  # a verification that failed leaves its cursor to the transaction
        cr.execute("DECLARE %s NO SCROLL CURSOR FOR SELECT id FROM clientjoy_intrix_staging WHERE %s ORDER BY id"
                   % (name, VERIFY_SQL), [self.id])
        while True:
            cr.execute("FETCH %s FROM %s" % (VERIFY_CHUNK, name))
            ids = [row[0] for row in cr.fetchall()]
            if not ids:
                break
            yield ids
        cr.execute("CLOSE %s" % name)

    def _enqueue_verify(self, last_id):
        self.with_delay(
            identity_key=identity_exact, max_retries=10,  # channel and retry pattern: data/queue_job_data.xml
            description=_("%(run)s: verification from staging record %(id)s", run=self.name, id=last_id),
        )._job_verify(last_id)

    def _job_verify(self, last_id):
        """Job: verify the next records after staging id ``last_id``, then queue the rest (or finish)."""
        self.ensure_one()
        if self.verify_date or self.state in ("rolled_back", "cancelled", "paused", "failed"):
            # paused: Resume starts the verification again; the others have nothing left to read back
            return _("Run %(run)s is %(state)s: nothing to verify", run=self.name, state=self.state)
        with self._verify_context() as ctx:
            for _chunk in range(VERIFY_JOB_SIZE // VERIFY_CHUNK):
                last_id = self._verify_step(last_id, ctx)
                if last_id is None:
                    break
        if last_id is None:
            self._verify_end()
            if self.state == "importing":  # the import's own verification: the run is done now
                self._mark_done()
            return _("Verification of %(run)s done", run=self.name)
        self._enqueue_verify(last_id)
        return _("Verified up to staging record %(id)s", id=last_id)

    def _verify_start(self):
        self.ensure_one()
        self.env.flush_all()
        self.env.cr.execute("""UPDATE clientjoy_intrix_staging SET verify_mismatch = NULL, verify_message = NULL
                                WHERE run_id = %s AND (verify_mismatch IS NOT NULL OR verify_message IS NOT NULL)""",
                            [self.id])
        self.env["clientjoy.intrix.staging"].invalidate_model(["verify_mismatch", "verify_message"])
        self.phase_ids.write({"verify_state": "none", "verified": 0, "verified_values": 0, "verify_mismatches": 0,
                              "verify_mismatched_records": 0, "verify_details": False})
        self.write({"verify_date": False, "verify_mismatches": 0})

    def _verify_step(self, last_id, ctx, ids=None):
        """Verify the next ``VERIFY_CHUNK`` records after staging id ``last_id`` (or the staging records
        ``ids``, the next ones read by the caller) and add their figures to the phases; the last id
        verified, or None when there was nothing left.

        ``ctx``: the import context of the whole verification (``_verify_context``), whose look-ups of the
        chunk are dropped after it."""
        self.ensure_one()
        cr = self.env.cr
        self.env.flush_all()
        if ids is None:
            cr.execute("SELECT id FROM clientjoy_intrix_staging WHERE %s AND id > %%s ORDER BY id LIMIT %%s"
                       % VERIFY_SQL, [self.id, last_id, VERIFY_CHUNK])
            ids = [row[0] for row in cr.fetchall()]
        if not ids:
            return None
        stats = {}
        try:
            rows = self._verify_chunk(VerifyContext(self, ctx), self.env["clientjoy.intrix.staging"].browse(ids),
                                      stats)
        finally:
            ctx.clear_batch_caches()
        if rows:
            execute_values(cr._obj, """
                UPDATE clientjoy_intrix_staging s SET verify_mismatch = TRUE, verify_message = v.message
                  FROM (VALUES %s) AS v(id, message) WHERE s.id = v.id
            """, rows, template="(%s::int4, %s::text)", page_size=1000)
        for phase in self.phase_ids.filtered(lambda p: p.object_name in stats):
            figures = stats[phase.object_name]
            details = Counter()
            for line in (phase.verify_details or "").splitlines():
                label, _sep, count = line.rpartition(": ")
                details[label] += int(count)
            details.update(figures["fields"])
            phase.write({
                "verified": phase.verified + figures["records"],
                "verified_values": phase.verified_values + figures["values"],
                "verify_mismatches": phase.verify_mismatches + figures["mismatches"],
                "verify_mismatched_records": phase.verify_mismatched_records + figures["bad_records"],
                "verify_details": "\n".join("%s: %s" % item for item in sorted(details.items())) or False,
            })
        # one chunk in memory at a time, whatever the size of the run
        self.env.invalidate_all(flush=True)
        release_freed_memory()
        return ids[-1]

    def _verify_end(self):
        self.ensure_one()
        phases = self.phase_ids
        phases.write({"verify_state": "done"})
        total = sum(phases.mapped("verify_mismatches"))
        self.write({"verify_date": fields.Datetime.now(), "verify_mismatches": total})
        self._log(_("Verification: %(records)s records read back, %(values)s values compared, %(mismatches)s "
                    "mismatches", records=sum(phases.mapped("verified")), values=sum(phases.mapped("verified_values")),
                    mismatches=total))
        return total

    def _verify_chunk(self, vc, stagings, stats):
        """[(staging id, message)] of the records of one chunk that differ; adds its figures to ``stats``.
        The records found as staged are not marked: a mark on every row would give each staging row one
        more version (the mark is indexed); "Verified" is an imported record of a verified run without one."""
        ctx = vc.ctx
        # the columns the verification reads, in one query (not the source payloads and messages)
        self.env.cr.execute("""SELECT id, entity, object_name, external_id, res_model, res_id, "values"
                                 FROM clientjoy_intrix_staging WHERE id = ANY(%s)""", [stagings.ids])
        by_id = {row[0]: _Staged(row) for row in self.env.cr.fetchall()}
        stagings = [by_id[staging_id] for staging_id in stagings.ids if staging_id in by_id]
        staged = {staging.id: decode_values(staging.values or "{}", staging.entity) for staging in stagings}
        prefetch_refs(vc, stagings, staged)
        by_model, names, fnames = {}, {}, {}
        for staging in stagings:
            if staging.entity != "inventory" and staging.res_model and staging.res_id:
                by_model.setdefault(staging.res_model, []).append(staging.res_id)
                # the fields the record's checks read, custom fields included: one query per model and chunk
                model_fnames = fnames.setdefault(staging.res_model, {})
                model_fnames.update(dict.fromkeys(entity_columns(staging.entity)))
                model_fnames.update(dict.fromkeys(key for key in staged[staging.id] if key.startswith("x_")))
                # the records' own external ids and their creation notes: one query per model, not per record
                name = vc.own_name(staging)
                names.setdefault(staging.res_model, []).append(name)
                if staged[staging.id].get("created") not in (None, ""):  # (created_note)
                    names.setdefault("mail.message", []).append(name + "_created")
        for model, model_names in names.items():
            found = ctx.lookup(model, model_names)
            if model not in by_model and model in vc.env:  # satellites (creation notes...): read together
                vc.prefetch(model, list(found.values()))
        existing = {}  # model -> {id: record}, iterated from one recordset so that reads are prefetched
        for model, res_ids in by_model.items():
            if model in vc.env:
                existing[model] = {record.id: record for record in vc.read_columns(model, res_ids, fnames[model])}
        rows = []
        for staging in stagings:
            figures = stats.setdefault(staging.object_name, {"records": 0, "values": 0, "mismatches": 0,
                                                             "bad_records": 0, "fields": Counter()})
            figures["records"] += 1
            values = staged[staging.id]
            record = self._verify_target(ctx, staging, values, existing)
            if record is None:
                mismatches, compared = [("record", staging.res_model or "?", _("deleted"))], 1
            else:
                try:
                    mismatches, compared = verify_record(vc, staging, record, values)
                    compared = len(compared)
                except Exception as exc:  # noqa: BLE001 - a check that cannot read is a finding, not a crash
                    _logger.exception("verification of staging %s failed", staging.id)
                    mismatches, compared = [("record", _("readable"), str(exc)[:200])], 1
            figures["values"] += compared
            if mismatches:
                figures["bad_records"] += 1
                figures["mismatches"] += len(mismatches)
                entity = ENTITIES.get(staging.entity)
                lines = []
                for key, expected, found in mismatches:
                    spec = entity.key(key) if entity else None
                    label = spec.label if spec else key
                    figures["fields"][label] += 1
                    lines.append(_("%(field)s: staged %(expected)s, in Odoo %(found)s",
                                   field=label, expected=expected, found=found))
                rows.append((staging.id, "\n".join(lines)))
        return rows

    def _verify_target(self, ctx, staging, values, existing):
        """The Odoo record a staging record became (None when it is gone)."""
        if staging.entity == "inventory":
            item = ctx.env["clientjoy.intrix.inventory"].search(
                [("run_id", "=", self.id), ("name", "=", values.get("name") or "")], limit=1)
            return item or None
        return existing.get(staging.res_model, {}).get(staging.res_id)

    # ------------------------------------------------------------------ completion report
    def _completion_report_data(self):
        data = super()._completion_report_data()
        data["verification"] = self._verification_report_data()
        return data

    def _verification_report_data(self, limit=REPORT_MISMATCH_LIMIT):
        """The Verification section: figures per phase and the first ``limit`` records that differ."""
        self.ensure_one()
        phases = [{
            "name": phase.name or phase.object_name,
            "object_name": phase.object_name,
            "evidence": phase.source_evidence or self.env._("none: counted from the staging only"),
            "source_rows": phase.source_rows,
            "verified": phase.verified,
            "values": phase.verified_values,
            "mismatches": phase.verify_mismatches,
            "details": phase.verify_details or "",
            "done": phase.verify_state == "done",
        } for phase in self.phase_ids.sorted("sequence")]
        Staging = self.env["clientjoy.intrix.staging"]
        domain = [("run_id", "=", self.id), ("verify_mismatch", "=", True)]
        labels = {p.object_name: p.name for p in self.phase_ids}
        records = [{
            "object": labels.get(staging.object_name) or staging.object_name,
            "source_id": staging.external_id or "",
            "name": staging.name or "",
            "message": staging.verify_message or "",
        } for staging in Staging.search(domain, order="object_sequence, sequence, id", limit=limit)]
        return {
            "done": bool(self.verify_date),
            "date": self.verify_date and format_datetime(self.env, self.verify_date) or "",
            "phases": phases,
            "records": records,
            "more": max(0, Staging.search_count(domain) - len(records)),
            "totals": {key: sum(p[key] for p in phases) for key in ("verified", "values", "mismatches")},
        }

    def action_open_verify_mismatches(self):
        return self._open("clientjoy.intrix.staging", _("Verification mismatches"), [("verify_mismatch", "=", True)])
