"""Step 2 of a run: the field map proposed per object and applied to every staged record (type
conversion with the column's decided formats), re-validated when the admin changes the map."""
import hashlib
import json
import logging
import math

from odoo import _, models

from ..importers.schema import custom_field_name
from ..lib import i18n, parsers
from ..lib.limits import REF_CHARS, overlong_values
from ..lib.targets import ENTITIES
from .import_run_formats import decide_column_formats
from .import_field_map_review import sample_values
from .import_run import PENDING_SQL, PROPOSER_SAMPLE_CHARS, VALIDATE_CHUNK

_logger = logging.getLogger(__name__)


class ImportRun(models.Model):
    _inherit = "clientjoy.intrix.run"

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
                    value = _convert(spec.kind, raw, fmt, percent="%" in spec.label)
                except ValueError as exc:
                    problem = _("%(column)s: %(error)s", column=column, error=exc)
                    (errors if spec.required else warnings).append(problem)
                    continue
                # a clock follows the day after a blank or a 'T': only such values are read a second time
                if spec.kind == "date" and isinstance(raw, str) and (" " in raw.strip() or "T" in raw):
                    clock = parsers.dropped_time(raw, fmt.day_first if fmt else None, fmt.label if fmt else None)
                    if clock:
                        warnings.append(_("%(column)s: the time of day %(time)s is not kept (%(field)s holds a date)",
                                          column=column, time=clock, field=spec.label))
                if spec.kind == "list" and spec.key in values:
                    values[spec.key] = values[spec.key] + value
                elif spec.kind == "text" and isinstance(value, str) and isinstance(values.get(spec.key), str):
                    # several columns of one object to a text (notes): every text kept, in column order
                    values[spec.key] = "%s\n\n%s" % (values[spec.key], value)
                else:
                    values[spec.key] = value
            adapter.transform(obj, values, row)
            problems, cautions = adapter.value_problems(obj, values, row)
            errors += problems
            warnings += cautions
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
            if ref in (None, "") and "ref" in mapped_keys:
                # the source gives ids, this record has none: kept under an id made of its content, which a
                # later change at the source no longer matches (a delta run would then import it again)
                warnings.append(_(
                    "The source gives this record no id: it is kept under the id %(id)s, made of its values. If it "
                    "changes at the source, a later run cannot recognise it and imports it as a new record.",
                    id=external_id))
            name = values.get("name") or values.get("subject") or values.get("email") or external_id
            state = "error" if errors else ("warning" if warnings else "valid")
            rows.append((
                staging.id, json.dumps(values, ensure_ascii=False, default=_json_default), external_id,
                str(name)[:200], state, "\n".join(errors + warnings) or None,
                bool(missing), invalid,
            ))
        stagings._bulk_update(rows, ("values", "external_id", "name", "state", "message", "audit_missing", "audit_invalid"))
        return decimals


def _convert(kind, raw, fmt=None, percent=True):
    """The value of ``kind`` of one raw source value, read with its column's format (a
    ``lib.column_formats.ColumnFormat`` or None); ValueError says in words why it cannot be read.
    ``percent``: a number may be written as a percentage ("15%": a probability, not an amount)."""
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
        return parse(value, decimal, label, percent)
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
