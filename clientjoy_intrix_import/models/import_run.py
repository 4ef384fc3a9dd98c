import hashlib
import itertools
import json
import logging
import math
import random

import psycopg2

from odoo import _, api, fields, models
from odoo.exceptions import UserError

from odoo.addons.queue_job.exception import RetryableJobError
from odoo.addons.queue_job.job import identity_exact

from ..adapters import AdapterError, NothingChanged, get_adapter
from ..importers import ImportContext, get_importer
from ..importers.base import xmlid_name
from ..importers.schema import custom_field_name
from ..lib import i18n, parsers
from ..lib.concurrency import is_concurrency_error
from ..lib.memory import release_freed_memory
from ..lib.csv_reader import CsvError
from ..lib.limits import REF_CHARS, overlong_values
from ..lib.targets import ENTITIES
from .import_run_formats import decide_column_formats
from .import_field_map_review import sample_values
from .import_side_effect import stop_recording

_logger = logging.getLogger(__name__)

RUN_STATES = [
    ("draft", "Draft"),
    ("staged", "Staged"),
    ("ready", "Ready to import"),
    ("importing", "Importing"),
    ("paused", "Paused"),
    ("cancelled", "Cancelled"),
    ("done", "Done"),
    ("failed", "Failed"),
    ("rolled_back", "Rolled back"),
]
# keys whose value is an owner e-mail that must resolve to a res.users
OWNER_KEYS = ("owner_email", "assignee_email", "employee_email")
#: staging records the map and the audit work on (SQL; first parameter: the run id)
PENDING_SQL = "run_id = %s AND state IN ('new', 'valid', 'warning', 'error') AND res_id IS NULL"
#: characters of each sample value the map proposer sees
PROPOSER_SAMPLE_CHARS = 1000
#: chunk size of validation and of writing audit findings
VALIDATE_CHUNK = 2000
#: duplicate keys of the audit: (what, SQL expression on the mapped values ``v``, entities or None for all)
DUPLICATE_KEYS = (
    ("email", "lower(v->>'email')", None),
    ("vat", "upper(replace(v->>'vat', ' ', ''))", None),
    ("name", r"btrim(regexp_replace(lower(v->>'name'), '\s+', ' ', 'g'))", ("partner_company", "partner_person", "lead")),
)
# canonical keys that land in a custom field the run creates on demand (Community has no Studio)
AUTO_FIELDS = {
    ("partner_person", "title"): ("res.partner", "x_cji_salutation", "char", "Salutation"),
    ("stage", "probability"): ("crm.stage", "x_cji_probability", "float", "Probability (%)"),
    ("lead", "source"): ("crm.lead", "x_cji_source", "char", "Lead source"),
    ("lead", "score"): ("crm.lead", "x_cji_score", "float", "Lead score"),
}


class ImportRun(models.Model):
    _name = "clientjoy.intrix.run"
    _description = "CRM import run"
    _inherit = ["mail.thread"]
    _order = "id desc"

    name = fields.Char(required=True, readonly=True, copy=False, default=lambda self: _("New"))
    source = fields.Selection(selection="_selection_source", required=True, readonly=True)
    state = fields.Selection(RUN_STATES, default="draft", required=True, readonly=True, tracking=True, index=True)
    company_id = fields.Many2one("res.company", required=True, default=lambda self: self.env.company)
    fallback_user_id = fields.Many2one(
        "res.users", string="Fallback owner",
        help="Owner of the records whose source owner has no Odoo user. Leave empty to resolve every owner.")
    chunk_size = fields.Integer(string="Batch size", default=500, required=True)
    use_jobs = fields.Boolean(
        string="Background jobs",
        help="Import batch by batch in queue_job jobs (channel crm_import): each batch commits on its own, "
             "the run can be paused, resumed or cancelled, and a crashed server resumes where it stopped. "
             "Without it the whole import is one transaction.")
    job_count = fields.Integer(string="Jobs", compute="_compute_job_count")
    stale_months = fields.Integer(string="Stale after (months)", default=6, help="Opportunities without activity for this long are flagged stale")
    xmlid_prefix = fields.Char(
        string="External ID prefix",
        help="Prefix of the external ids of this source account (when several accounts of one source are migrated)")
    backend_id = fields.Many2one("clientjoy.intrix.backend", string="Clientjoy connection", readonly=True, index=True)
    previous_run_id = fields.Many2one(
        "clientjoy.intrix.run", string="Delta of", readonly=True,
        help="This run only pulls what changed since that run started")
    updated_since = fields.Datetime(readonly=True, help="Delta run: only source records changed since then")
    error_message = fields.Text(readonly=True)
    map_signature = fields.Char(
        readonly=True, copy=False,
        help="Fingerprint of the field map the staging records were last validated with: confirming an "
             "unchanged map does not map every record again")
    log = fields.Text(readonly=True)
    date_start = fields.Datetime(readonly=True)
    date_done = fields.Datetime(readonly=True)

    file_ids = fields.One2many("clientjoy.intrix.file", "run_id", string="Files")
    staging_ids = fields.One2many("clientjoy.intrix.staging", "run_id", string="Staging records")
    map_ids = fields.One2many("clientjoy.intrix.field.map", "run_id", string="Field map")
    owner_ids = fields.One2many("clientjoy.intrix.owner", "run_id", string="Owners")
    phase_ids = fields.One2many("clientjoy.intrix.phase", "run_id", string="Phases")
    ledger_ids = fields.One2many("clientjoy.intrix.ledger", "run_id", string="Ledger")
    inventory_ids = fields.One2many("clientjoy.intrix.inventory", "run_id", string="Inventory")

    count_staged = fields.Integer(string="Staged records", compute="_compute_counts")
    count_error = fields.Integer(string="Records in error", compute="_compute_counts")
    count_warning = fields.Integer(string="Records with a warning", compute="_compute_counts")
    count_imported = fields.Integer(string="Imported records", compute="_compute_counts")
    count_ledger = fields.Integer(string="Ledger entries", compute="_compute_counts")
    count_unmatched_owners = fields.Integer(string="Owners without a user", compute="_compute_counts")
    count_unconfirmed_map = fields.Integer(string="Map lines to confirm", compute="_compute_counts")
    progress = fields.Float(string="Progress (%)", compute="_compute_counts", help="Share of the staged records already processed")

    @api.model
    def _selection_source(self):
        return [(key, adapter.label) for key, adapter in self.env["clientjoy.intrix.registry"]._adapters().items()]

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", _("New")) == _("New"):
                vals["name"] = self.env["ir.sequence"].next_by_code("clientjoy.intrix.run") or _("New")
        return super().create(vals_list)

    def _compute_counts(self):
        # counted in the database: a run of 2M records must not load its ledger to show a number
        Staging = self.env["clientjoy.intrix.staging"]
        ledger_counts = {run.id: count for run, count in self.env["clientjoy.intrix.ledger"]._read_group(
            [("run_id", "in", self.ids)], ["run_id"], ["__count"])}
        for run in self:
            counts = Staging._state_counts([("run_id", "=", run.id)]) if run.id else {}
            total = sum(counts.values())
            run.count_staged = total
            run.count_error = counts.get("error", 0)
            run.count_warning = counts.get("warning", 0)
            run.count_imported = counts.get("imported", 0)
            run.count_ledger = ledger_counts.get(run.id, 0)
            run.count_unmatched_owners = len(run.owner_ids.filtered(lambda o: o.state == "unmatched"))
            run.count_unconfirmed_map = len(run.map_ids.filtered(lambda m: not m.confirmed))
            done = sum(counts.get(s, 0) for s in ("imported", "skipped", "error", "rolled_back"))
            run.progress = 100.0 * done / total if total else 0.0

    def _get_adapter(self):
        self.ensure_one()
        # every step that runs lib/ code (read, map, validate, import) gets the adapter first: from here
        # on the messages of lib/ (CSV reader, parsers, proposer, Clientjoy client) are in the user's language
        i18n.set_lang(self.env.lang)
        return get_adapter(self.env, self.source)

    def _log(self, message):
        for run in self:
            line = "%s %s" % (fields.Datetime.to_string(fields.Datetime.now()), message)
            run.log = "%s\n%s" % (run.log, line) if run.log else line

    def _next_ledger_sequence(self):
        self.env["clientjoy.intrix.ledger"].flush_model(["sequence"])
        self.env.cr.execute("SELECT COALESCE(MAX(sequence), 0) FROM clientjoy_intrix_ledger WHERE run_id = %s", (self.id,))
        return self.env.cr.fetchone()[0]

    def _add_files(self, files):
        """Attach [(name, bytes)] source files to the run (object guessed from the file name)."""
        from ..wizards.intrix_upload_wizard import add_files

        return add_files(self, files)

    # ------------------------------------------------------------------ 1. extract into staging
    def action_stage(self):
        """Read the source into staging records and propose the field map.

        Any unreadable input leaves the run without a single staging record and with the reason in
        ``error_message``: never a traceback, never half a file.
        """
        self.check_access("write")  # rights first: what follows runs partly as superuser or in SQL
        for run in self:
            if run.state not in ("draft", "staged", "ready", "failed"):
                raise UserError(_("Run %(run)s is %(state)s: it cannot be staged again.", run=run.name, state=run.state))
            if self.env["clientjoy.intrix.ledger"].search_count(
                    [("run_id", "=", run.id), ("rolled_back", "=", False)], limit=1):
                raise UserError(_("Run %s has imported records: start a new run (delta) instead.", run.name))
            try:
                with self.env.cr.savepoint():
                    run.staging_ids.unlink()
                    run.map_ids.unlink()
                    run.phase_ids.unlink()
                    run.owner_ids.unlink()
                    run.inventory_ids.unlink()
                    run._stage()
            except NothingChanged:
                raise  # no failure of the run: whoever started the pull says so calmly (and keeps no run)
            except (CsvError, AdapterError, UserError) as exc:
                message = exc.args[0] if exc.args else str(exc)
                run.write({"state": "draft", "error_message": message})
                run._log(_("Staging failed: %s", message))
                continue
            run.write({"state": "staged", "error_message": False})
            run.action_validate()
        return True

    def _stage(self):
        adapter = self._get_adapter()
        Staging = self.env["clientjoy.intrix.staging"]
        self.env["clientjoy.intrix.target"]._sync_targets()
        id_sets = {}  # entity -> source ids seen so far: lets the proposer spot reference columns
        for obj, headers, rows in adapter.extract(self):
            chunks = iter([rows] if isinstance(rows, list) else rows)
            first = next(chunks, [])
            sequence = 10 * (adapter.objects.index(obj) + 1)
            lines = self._propose_map(obj, headers, first, sequence, id_sets)
            ref_columns = [line.source_column for line in lines if line.action == "map" and line.target_id.key == "ref"]
            if ref_columns:
                id_sets.setdefault(obj.entity, set()).update(str(r.get(ref_columns[0])) for r in first)
            count = 0
            for chunk in itertools.chain([first], chunks):
                Staging._bulk_insert(self, [
                    (obj.name, sequence, obj.entity, count + line, json.dumps(row, ensure_ascii=False, default=str))
                    for line, row in enumerate(chunk, start=1)])
                count += len(chunk)
            self.file_ids.filtered(lambda f, name=obj.name: f.object_name == name and f.kind == "csv").write(
                {"row_count": count})
            self.env["clientjoy.intrix.phase"].create({
                "run_id": self.id, "sequence": sequence, "object_name": obj.name, "name": obj.label,
                "entity": obj.entity, "target_model": obj.model or adapter.entity_model(obj.entity),
                "source_rows": count, "staged": count, **self._source_count_vals(adapter, obj, count),
            })
            self._log(_("Staged %(count)s %(object)s", count=count, object=obj.label))
        self.invalidate_recordset(["staging_ids", "map_ids", "phase_ids"])
        # fresh statistics for the planner: the audit's queries join staging records with each other
        self.env.flush_all()
        self.env.cr.execute("ANALYZE clientjoy_intrix_staging")
        if not Staging.search_count([("run_id", "=", self.id)], limit=1):
            raise AdapterError(_("The source holds no records to import."))

    # ------------------------------------------------------------------ 2. map, validate, audit
    def _propose_map(self, obj, headers, rows, sequence, id_sets=None):
        """Field map lines of one object from the proposer (header, sample values, memory, hints)."""
        from ..lib.map_proposer import propose
        from ..tools.field_labels import installed_field_labels

        adapter = self._get_adapter()
        Target = self.env["clientjoy.intrix.target"]
        # the proposer classifies sample values character by character: a prefix tells as much as a
        # megabyte of description and keeps the cost of a proposal independent of the values' length
        samples = [{column: value[:PROPOSER_SAMPLE_CHARS] if isinstance(value, str) else value
                    for column, value in row.items()} for row in rows[:50]]
        proposals = propose(
            obj.entity, headers, samples,
            memory=self.env["clientjoy.intrix.map.memory"]._memory_for(self.source, obj.entity),
            custom_field_labels=adapter.custom_field_labels(self, obj), source_hints=obj.hints, id_sets=id_sets,
            field_labels=installed_field_labels(self.env))
        map_vals, field_names = [], set()
        for position, proposal in enumerate(proposals):
            vals = {
                "run_id": self.id, "object_name": obj.name, "object_sequence": sequence, "entity": obj.entity,
                "sequence": position, "source_column": proposal.column, "confidence": proposal.confidence,
                "reason": proposal.reason, "sample": sample_values(rows, proposal.column),
            }
            if proposal.key:
                vals.update(action="map", target_id=Target._get(obj.entity, proposal.key).id)
            elif proposal.new_field:
                # two columns of one object that slug alike keep two fields (no column's values lost)
                name = custom_field_name(proposal.column, field_names)
                field_names.add(name)
                vals.update(action="new_field", new_field_name=name, new_field_type="char")
            else:
                vals.update(action="ignore")
            map_vals.append(vals)
        return self.env["clientjoy.intrix.field.map"].create(map_vals)

    def _on_map_changed(self):
        for run in self.filtered(lambda r: r.state in ("staged", "ready")):
            run.action_validate()

    def action_confirm_map(self):
        self.check_access("write")
        for run in self:
            lines = run.map_ids.filtered(lambda m: not m.confirmed)
            bad = lines.filtered(lambda m: m.action == "map" and not m.target_id)
            if bad:
                raise UserError(_("Pick a target for %s or mark it 'Do not import'.",
                                  ", ".join("%s.%s" % (m.object_name, m.source_column) for m in bad)))
            lines.with_context(skip_revalidate=True).write({"confirmed": True})
            self.env["clientjoy.intrix.map.memory"]._remember(run.source, run.map_ids)
            run._log(_("Field map confirmed (%s columns)", len(run.map_ids)))
            # the records were mapped with exactly this map already: audit and owners again (Odoo may
            # have changed since), but do not map every record a second time
            run.action_validate(remap=run.map_signature != run._map_signature())
        return True

    def _map_signature(self):
        """Fingerprint of what _apply_map reads from the map lines."""
        self.ensure_one()
        lines = sorted((line.object_name, line.source_column, line.action, line.target_id.entity or "",
                        line.target_id.key or "", line.new_field_name or "", line.new_field_type or "")
                       for line in self.map_ids)
        return hashlib.sha1(json.dumps(lines).encode()).hexdigest()

    def action_validate(self, remap=True):
        """Apply the field map to every pending staging record, audit, and reconcile owners.

        Works through the staging records in chunks of ``VALIDATE_CHUNK`` (keyset paging, ORM cache
        dropped after each chunk) and audits in SQL, so memory does not grow with the size of the run.
        ``remap=False`` only audits and reconciles owners (the records were mapped with this map).
        """
        self.check_access("write")
        Staging = self.env["clientjoy.intrix.staging"]
        cr = self.env.cr
        for run in self:
            maps = {}
            for line in run.map_ids:
                maps.setdefault(line.object_name, []).append(line)
            self.env.flush_all()
            cr.execute("""SELECT object_name FROM clientjoy_intrix_staging WHERE run_id = %s
                          GROUP BY object_name ORDER BY min(object_sequence), object_name""", [run.id])
            for (object_name,) in (cr.fetchall() if remap else ()):
                decimals, last_id = None, 0
                while True:
                    cr.execute(f"""
                        SELECT id FROM clientjoy_intrix_staging
                         WHERE {PENDING_SQL} AND object_name = %s AND id > %s ORDER BY id LIMIT %s
                    """, [run.id, object_name, last_id, VALIDATE_CHUNK])
                    ids = [row[0] for row in cr.fetchall()]
                    if not ids:
                        break
                    decimals = run._apply_map(object_name, maps.get(object_name, []), Staging.browse(ids), decimals)
                    last_id = ids[-1]
                    Staging.invalidate_model()  # keep the ORM cache from growing with the run
            if remap:
                run.map_signature = run._map_signature()
            run._audit()
            run._reconcile_owners()
            if run.state in ("staged", "ready"):
                ready = not run.map_ids.filtered(lambda m: not m.confirmed)
                run.state = "ready" if ready else "staged"
        return True

    def _apply_map(self, object_name, lines, stagings, decimals=None):
        """Map one chunk of staging records of ``object_name``; returns the number and date formats per
        column (decided on all the object's values with the first chunk, reused for the following ones)."""
        adapter = self._get_adapter()
        obj = adapter.object(object_name)
        entity = ENTITIES[obj.entity]
        payloads = {s.id: s._payload() for s in stagings}
        required = [spec for spec in entity.keys if spec.required]
        mapped_keys = {line.target_id.key for line in lines if line.action == "map" and line.target_id}
        if decimals is None:
            decimals = decide_column_formats(self, object_name, lines)
        # the map as plain tuples: read once per chunk, not once per record and column
        plan = []
        for line in lines:
            kind, fmt = decimals.get(line.source_column, (None, None))
            if line.action == "new_field":
                plan.append((line.source_column, line.new_field_name, kind, fmt))
            elif line.action == "map" and line.target_id:
                plan.append((line.source_column, None, entity.key(line.target_id.key), fmt))
        rows = []
        for staging in stagings:
            row = payloads[staging.id]
            values, errors, warnings, missing = {}, [], [], []
            for column, new_field_name, spec, fmt in plan:
                raw = row.get(column)
                if raw in (None, "", [], {}):
                    continue
                if new_field_name:
                    # numbers and dates of a new field are read here, with their column's format
                    try:
                        values[new_field_name] = _convert(spec, raw, fmt) if spec else _finite(raw)
                    except ValueError as exc:
                        warnings.append(_("%(column)s: %(error)s", column=column, error=exc))
                    continue
                try:
                    value = _convert(spec.kind, raw, fmt)
                except ValueError as exc:
                    problem = _("%(column)s: %(error)s", column=column, error=exc)
                    (errors if spec.required else warnings).append(problem)
                    continue
                if spec.kind == "list" and spec.key in values:
                    values[spec.key] = values[spec.key] + value
                elif spec.kind == "text" and isinstance(value, str) and isinstance(values.get(spec.key), str):
                    # several columns of one object to a text (notes): every text kept, in column order
                    values[spec.key] = "%s\n\n%s" % (values[spec.key], value)
                else:
                    values[spec.key] = value
            adapter.transform(obj, values, row)
            errors += overlong_values(entity, values)  # caught here, not as a database error at import
            for spec in required:
                if values.get(spec.key) in (None, "", []):
                    if spec.key not in mapped_keys:
                        missing.append(_("No column is mapped to the required field %s", spec.label))
                    else:
                        missing.append(_("Missing required value: %s", spec.label))
            invalid = bool(warnings) or bool(errors)  # values that could not be read
            errors += missing
            ref = values.get("ref")
            external_id = str(ref) if ref not in (None, "") and len(str(ref)) <= REF_CHARS else adapter.synthetic_ref(row)
            name = values.get("name") or values.get("subject") or values.get("email") or external_id
            state = "error" if errors else ("warning" if warnings else "valid")
            rows.append((
                staging.id, json.dumps(values, ensure_ascii=False, default=_json_default), external_id,
                str(name)[:200], state, "\n".join(errors + warnings) or None,
                bool(missing), invalid,
            ))
        stagings._bulk_update(rows, ("values", "external_id", "name", "state", "message", "audit_missing", "audit_invalid"))
        return decimals

    def _audit(self):
        """Pre-import audit: duplicates, orphans, stale opportunities (unknown owners: _reconcile_owners).

        Runs in SQL over the JSON of the mapped values, so it costs the same memory for 1 000 or
        2 000 000 staging records; only the findings travel to Python.
        """
        self.ensure_one()
        self._audit_same_source_id()  # first: its errors stand beside the findings below (import_same_source_id.py)
        cr = self.env.cr
        self.env.flush_all()
        cr.execute(f"""UPDATE clientjoy_intrix_staging SET audit_duplicate = false, audit_orphan = false, audit_stale = false
                        WHERE {PENDING_SQL} AND (audit_duplicate OR audit_orphan OR audit_stale)""", [self.id])
        flags, warnings = {}, {}

        def note(staging_id, flag, message=None):
            flags.setdefault(staging_id, set()).add(flag)
            if message:
                warnings.setdefault(staging_id, []).append(message)

        # duplicates: same e-mail / VAT / normalised name within one entity; the first one (source
        # order) is the original, every later one says whose duplicate it is
        for what, expression, entities in DUPLICATE_KEYS:
            entity_filter = "AND entity IN %s" if entities else ""
            cr.execute(f"""
                SELECT id, first_id, first_ref FROM (
                    SELECT id, count(*) OVER w AS n,
                           first_value(id) OVER (w ORDER BY object_sequence, sequence, id) AS first_id,
                           first_value(external_id) OVER (w ORDER BY object_sequence, sequence, id) AS first_ref
                      FROM (SELECT id, entity, external_id, object_sequence, sequence, {expression} AS key
                              FROM clientjoy_intrix_staging, LATERAL (SELECT COALESCE("values", '{{}}')::jsonb AS v) j
                             WHERE {PENDING_SQL} {entity_filter}) k
                     WHERE key IS NOT NULL AND key <> ''
                    WINDOW w AS (PARTITION BY entity, key)
                ) d WHERE n > 1 ORDER BY id
            """, [self.id] + ([tuple(entities)] if entities else []))
            for staging_id, first_id, first_ref in cr.fetchall():
                note(staging_id, "audit_duplicate", None if staging_id == first_id else _(
                    "Possible duplicate of %(ref)s (same %(what)s)", ref=first_ref, what=what))

        # orphans: a reference to a record that is neither in this run nor imported by an earlier one
        cr.execute("SELECT DISTINCT entity FROM clientjoy_intrix_staging WHERE run_id = %s", [self.id])
        in_odoo = {}
        for (entity_name,) in cr.fetchall():
            entity = ENTITIES.get(entity_name)
            for spec in entity.keys if entity else ():
                if spec.kind != "ref" or not spec.ref:
                    continue
                cr.execute("""
                    SELECT s.id, j.v->>%s FROM clientjoy_intrix_staging s,
                           LATERAL (SELECT COALESCE(s."values", '{}')::jsonb AS v) j
                     WHERE s.run_id = %s AND s.state IN ('new', 'valid', 'warning', 'error') AND s.res_id IS NULL
                       AND s.entity = %s AND COALESCE(j.v->>%s, '') <> ''
                       AND j.v->>%s NOT IN (SELECT o.external_id FROM clientjoy_intrix_staging o
                                             WHERE o.run_id = %s AND o.entity = %s AND o.external_id IS NOT NULL)
                     ORDER BY s.id
                """, [spec.key, self.id, entity_name, spec.key, spec.key, self.id, spec.ref])
                for staging_id, ref in cr.fetchall():
                    key = (spec.ref, ref)
                    if key not in in_odoo:
                        in_odoo[key] = self._ref_exists_in_odoo(spec.ref, ref)
                    if not in_odoo[key]:
                        note(staging_id, "audit_orphan", _("%(field)s %(ref)s is not in the source data",
                                                           field=spec.label, ref=ref))

        # stale opportunities: expected closing more than N months ago
        if self.stale_months:
            limit = fields.Date.subtract(fields.Date.context_today(self), months=self.stale_months)
            cr.execute(f"""
                SELECT id FROM clientjoy_intrix_staging
                 WHERE {PENDING_SQL} AND entity = 'lead'
                   AND COALESCE(("values")::jsonb->>'date_deadline', '') <> ''
                   AND left(("values")::jsonb->>'date_deadline', 10) < %s
            """, [self.id, fields.Date.to_string(limit)])
            for (staging_id,) in cr.fetchall():
                note(staging_id, "audit_stale")
        self._apply_audit_findings(flags, warnings)
        self._audit_task_cycles()
        self._audit_stage_pipelines()

    def _apply_audit_findings(self, flags, warnings):
        """Write the audit flags and warnings (valid records with a warning become 'warning'), in chunks."""
        Staging = self.env["clientjoy.intrix.staging"]
        ids = sorted(flags)
        for start in range(0, len(ids), VALIDATE_CHUNK):
            chunk = ids[start:start + VALIDATE_CHUNK]
            self.env.cr.execute("SELECT id, state, message FROM clientjoy_intrix_staging WHERE id = ANY(%s)", [chunk])
            rows = []
            for staging_id, state, message in self.env.cr.fetchall():
                notes = warnings.get(staging_id, [])
                if notes and state == "valid":
                    state = "warning"
                rows.append((staging_id, state, "\n".join(filter(None, [message] + notes)) or None,
                             "audit_duplicate" in flags[staging_id], "audit_orphan" in flags[staging_id],
                             "audit_stale" in flags[staging_id]))
            Staging.browse(chunk)._bulk_update(rows, ("state", "message", "audit_duplicate", "audit_orphan", "audit_stale"))
        Staging.invalidate_model(["audit_duplicate", "audit_orphan", "audit_stale", "state", "message"])

    def _xmlid_namespace(self):
        """Start of the external id names of this run's records: the company, then the source account's
        prefix. Two companies importing the same source ids get distinct records, and a delta run
        (same company and prefix) finds the records of the runs before it."""
        self.ensure_one()
        return "c%d_%s" % (self.company_id.id, self.xmlid_prefix or "")

    def _ref_exists_in_odoo(self, entity, ref):
        """Whether an earlier run already imported source record ``ref`` of ``entity``."""
        adapter = self._get_adapter()
        names = [xmlid_name(self._xmlid_namespace(), obj.name, ref) for obj in adapter.objects_for_entity(entity)]
        return bool(self.env["ir.model.data"].sudo().search_count(
            [("module", "=", adapter.xmlid_module), ("name", "in", names)]))

    def _reconcile_owners(self):
        """One owner line per distinct owner e-mail referenced; matched against res.users by e-mail."""
        cr = self.env.cr
        self.env.flush_all()
        references, names, active = {}, {}, {}
        cr.execute("""SELECT "values" FROM clientjoy_intrix_staging
                       WHERE run_id = %s AND state != 'skipped' AND entity = 'user'
                         AND COALESCE(("values")::jsonb->>'email', '') <> ''""", [self.id])
        for (text,) in cr.fetchall():
            values = json.loads(text)
            email = values["email"].lower()
            names[email] = values.get("name")
            active[email] = values.get("active", True)
        for key in OWNER_KEYS:
            cr.execute("""
                SELECT lower(v->>%s), count(*) FROM clientjoy_intrix_staging,
                       LATERAL (SELECT COALESCE("values", '{}')::jsonb AS v) j
                 WHERE run_id = %s AND state != 'skipped' AND COALESCE(v->>%s, '') <> ''
                   AND NOT (entity = 'user' AND COALESCE(v->>'email', '') <> '')
                 GROUP BY 1
            """, [key, self.id, key])
            for email, count in cr.fetchall():
                references[email] = references.get(email, 0) + count
        matches = self.env["clientjoy.intrix.owner"]._match_users(set(references), self.company_id)
        existing = {o.email: o for o in self.owner_ids}
        names.update(self.env["clientjoy.intrix.owner"]._missing_owner_names(references))
        for email, count in references.items():
            owner = existing.pop(email, None)
            vals = {"reference_count": count, "name": names.get(email) or (owner.name if owner else False),
                    "source_active": active.get(email, True)}
            if owner:
                if not owner.user_id and matches.get(email):
                    vals["user_id"] = matches[email]
                owner.write(vals)
            else:
                self.env["clientjoy.intrix.owner"].create(dict(vals, run_id=self.id, email=email, user_id=matches.get(email)))
        for owner in existing.values():
            owner.unlink()
        unknown = sorted(self.owner_ids.filtered(lambda o: o.state == "unmatched").mapped("email"))
        self.env.flush_all()
        condition = " OR ".join(["lower(COALESCE((\"values\")::jsonb->>%s, '')) = ANY(%s)"] * len(OWNER_KEYS))
        params = [p for key in OWNER_KEYS for p in (key, unknown)]
        cr.execute(f"""
            UPDATE clientjoy_intrix_staging SET audit_owner = ({condition})
             WHERE run_id = %s AND state IN ('valid', 'warning', 'error')
               AND audit_owner IS DISTINCT FROM ({condition})
        """, params + [self.id] + params)
        self.env["clientjoy.intrix.staging"].invalidate_model(["audit_owner"])

    # ------------------------------------------------------------------ 3. import
    def _check_can_import(self):
        self.ensure_one()
        if self.state not in ("ready", "failed", "staged"):
            raise UserError(_("Run %(run)s is %(state)s: nothing to import.", run=self.name,
                              state=dict(RUN_STATES)[self.state]))
        if self.map_ids.filtered(lambda m: not m.confirmed):
            raise UserError(_("Confirm the field map first: no record moves before the admin has confirmed it."))
        unmatched = self.owner_ids.filtered(lambda o: o.state == "unmatched")
        if unmatched:
            raise UserError(_(
                "These owners have no Odoo user: %s.\nPick a user on the Owners tab, provision them, or set a "
                "fallback owner on the run.", ", ".join(unmatched.mapped("email"))))

    def action_import(self):
        """Import the run: inline in this transaction, or as a chain of queue_job chunk jobs.

        One import per external-id namespace (company, source, source account) at a time: a second
        run of the same records is refused with the name of the run that imports them, it does not
        wait. Waiting would hold a web worker (and its transaction, which cannot see what the first
        run commits) for as long as the first import lasts, and retrying two imports of the same
        records against each other only repeats the same conflicts batch after batch; two admins
        uploading the same export, or a delta started too early, is a mistake the admin should hear
        about. The batches of a background run do wait (retried later), see ``_job_import_chunk``.
        Conflicts with anything else (a user editing a record, another company's import creating the
        same tag) raise a serialization failure or deadlock that is never reported as a failed run:
        the whole transaction runs again (Odoo retries every request, with backoff).
        """
        self.check_access("write")
        for run in self:
            run._check_can_import()
            self.env["clientjoy.intrix.lock"]._lock_import(run)
            run.write({"state": "importing", "date_start": run.date_start or fields.Datetime.now(), "error_message": False})
            try:
                with self.env.cr.savepoint():
                    ctx = ImportContext(run)
                    run._ensure_schema(ctx)
                    if not run.use_jobs:
                        while run._import_next_chunk(ctx):
                            pass
            except Exception as exc:  # noqa: BLE001 - reported on the run, nothing half-written stays
                run._reset_registry_after_failure()
                if is_concurrency_error(exc):
                    raise  # a concurrent transaction got there first: the caller runs this one again
                _logger.exception("import run %s failed", run.name)
                stop_recording(self.env.cr)
                message = _("Import failed, nothing of this attempt was kept: %s", exc.args[0] if exc.args else exc)
                run.write({"state": "failed", "error_message": message})
                run._log(message)
                continue
            if run.use_jobs:
                run._enqueue_next_chunk()
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
        Staging = self.env["clientjoy.intrix.staging"]
        for phase in self.phase_ids.sorted("sequence").filtered(lambda p: p.state != "done"):
            obj = adapter.object(phase.object_name)
            size = obj.chunk_size or self.chunk_size or 500
            domain = [("run_id", "=", self.id), ("object_name", "=", phase.object_name), ("state", "in", ("valid", "warning"))]
            chunk = Staging.search(domain, order="sequence, id", limit=None if phase.entity == "task" else size)
            if chunk:
                if phase.state != "running":
                    phase.write({"state": "running", "date_start": fields.Datetime.now()})
                return phase, chunk
            self._close_phase(ctx or ImportContext(self), phase)
        return None, None

    def _import_next_chunk(self, ctx):
        """Import one batch; False when nothing is left (the run is then done)."""
        phase, chunk = self._next_chunk(ctx)
        if not phase:
            self._finish_import()
            return False
        get_importer(self.env, phase.entity).import_records(ctx, chunk)
        ctx.flush_ledger()
        # no per-batch recount: nobody sees inside this one transaction; the phase counts when it closes
        # one transaction for the whole run: drop what this batch loaded so memory stays flat
        self.env.invalidate_all(flush=True)
        ctx.clear_batch_caches()
        release_freed_memory()
        return True

    def _close_phase(self, ctx, phase):
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
            auto = AUTO_FIELDS.get((line.entity, line.target_id.key))
            if auto:
                ctx.ensure_field(*auto)
        ctx.flush_ledger()

    # ------------------------------------------------------------------ 3b. background jobs
    def _enqueue_next_chunk(self):
        """Queue the job of the next batch (or finish the run). Identity keys keep a batch from ever
        being queued twice, even when a crashed job is re-run by the job runner."""
        self.ensure_one()
        phase, chunk = self._next_chunk()
        stop_recording(self.env.cr)  # closing the phases may have recorded side effects: they are flushed
        if not phase:
            self._finish_import()
            return False
        self.with_delay(
            identity_key=identity_exact, max_retries=10,  # channel and retry pattern: data/queue_job_data.xml
            description=_("%(run)s: %(object)s, %(count)s records from line %(line)s",
                          run=self.name, object=phase.name, count=len(chunk), line=chunk[:1].sequence),
        )._job_import_chunk(phase.id, chunk.ids)
        return True

    def _job_import_chunk(self, phase_id, staging_ids):
        """Job: import one batch in its own transaction, then queue the next one."""
        self.ensure_one()
        if self.state != "importing":
            return _("Run %(run)s is %(state)s: batch not imported", run=self.name, state=self.state)
        acquired, holder = self.env["clientjoy.intrix.lock"]._acquire_import(self)
        if not acquired:
            # an inline import or a batch of the same records is in its transaction: this batch waits for
            # it (not counted as a retry); it runs again in a new transaction, which sees what that one did
            raise RetryableJobError(self.env["clientjoy.intrix.lock"]._busy_message(holder),
                                    seconds=random.randint(5, 30), ignore_retry=True)
        phase = self.env["clientjoy.intrix.phase"].browse(phase_id)
        stagings = self.env["clientjoy.intrix.staging"].browse(staging_ids).filtered(
            lambda s: s.state in ("valid", "warning"))
        ctx = ImportContext(self)
        try:
            with self.env.cr.savepoint():
                if stagings:
                    get_importer(self.env, phase.entity).import_records(ctx, stagings)
                    ctx.flush_ledger()
                    phase._recount()
        except Exception as exc:  # noqa: BLE001 - the batch is rolled back, the run says why
            if is_concurrency_error(exc):
                # nothing of the batch was kept: run it again later, in a new transaction
                message = (_("Deadlock, retried: %s", exc) if isinstance(exc, psycopg2.errors.DeadlockDetected)
                           else _("Concurrent update, retried: %s", exc))
                raise RetryableJobError(message, seconds=self._job_retry_seconds()) from exc
            _logger.exception("import run %s: batch failed", self.name)
            message = _("Batch of %(object)s failed and was not kept: %(error)s. Fix the cause and press Import "
                        "to resume.", object=phase.name, error=exc.args[0] if exc.args else exc)
            stop_recording(self.env.cr)
            self.write({"state": "failed", "error_message": message})
            self._log(message)
            return message
        self._enqueue_next_chunk()
        release_freed_memory()  # a job worker lives on after the job: give its batch back to the system
        return _("%(count)s records of %(object)s processed", count=len(stagings), object=phase.name)

    def action_pause(self):
        self.check_access("write")
        self.filtered(lambda r: r.state == "importing").write({"state": "paused"})
        self._log(_("Paused by %s", self.env.user.name))
        return True

    def action_resume(self):
        self.check_access("write")
        for run in self.filtered(lambda r: r.state == "paused"):
            self.env["clientjoy.intrix.lock"]._lock_import(run)
            run.state = "importing"
            run._log(_("Resumed by %s", self.env.user.name))
            run._enqueue_next_chunk()
        return True

    def action_cancel(self):
        self.check_access("write")
        self.filtered(lambda r: r.state in ("importing", "paused")).write({"state": "cancelled"})
        self._log(_("Cancelled by %s: what was imported stays until the run is rolled back", self.env.user.name))
        return True

    def _job_retry_seconds(self):
        """Random exponential backoff of a batch job that met a concurrent transaction: the conflicting
        jobs spread out instead of meeting again at the same moment."""
        uuid = self.env.context.get("job_uuid")
        tries = self.env["queue.job"].sudo().search([("uuid", "=", uuid)], limit=1).retry if uuid else 0
        return random.uniform(1, min(300, 5 * 2 ** tries))

    def _job_domain(self):
        return [("model_name", "=", self._name), ("func_string", "=like", "%s(%d,)%%" % (self._name, self.id))]

    def _compute_job_count(self):
        Job = self.env["queue.job"].sudo()
        for run in self:
            run.job_count = Job.search_count(run._job_domain()) if run.id else 0

    def action_open_jobs(self):
        return {"type": "ir.actions.act_window", "name": _("Jobs"), "res_model": "queue.job",
                "view_mode": "list,form", "domain": self._job_domain()}

    # ------------------------------------------------------------------ 4. rollback
    def _check_can_rollback(self):
        self.ensure_one()
        if self.state not in ("done", "failed", "cancelled"):
            raise UserError(_("Only a finished, failed or cancelled run can be rolled back."))
        self.env.flush_all()
        # a later run (not rolled back) that updated records of this run: its previous values would be lost
        self.env.cr.execute("""
            SELECT DISTINCT r.name FROM clientjoy_intrix_ledger l JOIN clientjoy_intrix_run r ON r.id = l.run_id
             WHERE l.run_id > %s AND r.state != 'rolled_back' AND l.rolled_back IS NOT TRUE AND l.operation = 'update'
               AND EXISTS (SELECT 1 FROM clientjoy_intrix_ledger m
                            WHERE m.run_id = %s AND m.res_model = l.res_model AND m.res_id = l.res_id)
             ORDER BY 1
        """, [self.id, self.id])
        clash = [row[0] for row in self.env.cr.fetchall()]
        if clash:
            raise UserError(_("Run %s changed records of this run afterwards: roll that run back first.",
                              ", ".join(clash)))
        # records created afterwards (by a user or a later run) that point to records of this run
        self.env["clientjoy.intrix.ledger"]._check_no_dependents(self)

    def action_rollback(self):
        self.check_access("write")
        for run in self:
            run._check_can_rollback()
            counts = run._rollback_counts()
            try:
                with self.env.cr.savepoint():
                    kept = self.env["clientjoy.intrix.ledger"]._rollback_run(run)
            except psycopg2.errors.ForeignKeyViolation as exc:
                self.env.invalidate_all(flush=False)
                # what the guard cannot foresee (a reference the ORM does not declare): said in words
                raise UserError(_(
                    "Run %(run)s was not rolled back, nothing was changed: records in the table %(table)s still "
                    "point to records of this run (%(detail)s). Delete them or link them to other records, then "
                    "roll back again.", run=run.name, table=exc.diag.table_name or "?",
                    detail=exc.diag.message_detail or exc.diag.constraint_name or "")) from exc
            self.env.flush_all()
            self.env.cr.execute("UPDATE clientjoy_intrix_staging SET state = 'rolled_back' WHERE run_id = %s AND state = 'imported'",
                                [run.id])
            self.env["clientjoy.intrix.staging"].invalidate_model(["state"])
            run.phase_ids.write({"state": "pending"})
            run.phase_ids._recount()
            run.write({"state": "rolled_back"})
            run._log_rollback(counts, kept)
        return True

    # ------------------------------------------------------------------ UI helpers
    def _open(self, model, name, extra_domain=None, context=None):
        return {
            "type": "ir.actions.act_window", "name": name, "res_model": model, "view_mode": "list,form",
            "domain": [("run_id", "=", self.id)] + (extra_domain or []),
            "context": dict({"default_run_id": self.id}, **(context or {})),
        }

    def action_open_staging(self):
        return self._open("clientjoy.intrix.staging", _("Staging records"),
                          context={"search_default_group_object": 1})

    def action_open_errors(self):
        return self._open("clientjoy.intrix.staging", _("Errors"), [("state", "=", "error")])

    def action_open_map(self):
        return self._open("clientjoy.intrix.field.map", _("Field map"), context={"search_default_group_object": 1})

    def action_open_ledger(self):
        return self._open("clientjoy.intrix.ledger", _("Ledger"))

    def action_open_rollback_wizard(self):
        self._check_can_rollback()
        return {
            "type": "ir.actions.act_window", "res_model": "clientjoy.intrix.rollback.wizard", "view_mode": "form",
            "target": "new", "context": {"default_run_id": self.id},
        }


def _convert(kind, raw, fmt=None):
    """The value of ``kind`` of one raw source value, read with its column's format (a
    ``lib.column_formats.ColumnFormat`` or None); ValueError says in words why it cannot be read."""
    if isinstance(raw, (dict, list)) and kind not in ("list", "json"):
        return raw
    _finite(raw)
    if kind in ("date", "datetime"):
        day_first, order = (fmt.day_first, fmt.label) if fmt else (None, None)
        parse = parsers.parse_date if kind == "date" else parsers.parse_datetime
        return parse(str(raw), day_first, order)
    if kind in ("float", "int"):
        decimal, label = (fmt.decimal, fmt.label) if fmt else (None, None)
        value = raw if isinstance(raw, (int, float)) and not isinstance(raw, bool) else str(raw)
        parse = parsers.parse_float if kind == "float" else parsers.parse_int
        return parse(value, decimal, label)
    if kind == "bool":
        return raw if isinstance(raw, bool) else parsers.parse_bool(str(raw))
    if kind == "email":
        return parsers.parse_email(str(raw))
    if kind == "list":
        return parsers.parse_list(raw)
    if kind == "phone":
        if not parsers.is_phone(str(raw)):
            raise ValueError(i18n._("'%s' does not look like a phone number", raw))
        return str(raw).strip()
    if kind in ("id", "ref", "currency", "country"):
        return str(raw).strip()
    return raw.strip() if isinstance(raw, str) else raw


def _finite(raw):
    """``raw``, unless it is a NaN/infinite float from JSON (it would make the staging values invalid jsonb)."""
    if isinstance(raw, float) and not math.isfinite(raw):
        raise ValueError(i18n._("'%(value)s' is not a finite number", value=raw))
    return raw


def _json_default(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)
