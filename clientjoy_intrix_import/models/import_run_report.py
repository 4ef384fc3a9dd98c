import re

from odoo import api, fields, models
from odoo.tools import SQL
from odoo.tools.misc import format_datetime

from ..lib import audit_export
from .import_run import OWNER_KEYS

#: staging records the audit report reads at a time
REPORT_CHUNK = 1000

AUDIT_FLAGS = {
    "duplicate": "audit_duplicate",
    "missing": "audit_missing",
    "invalid": "audit_invalid",
    "orphan": "audit_orphan",
    "stale": "audit_stale",
    "owner": "audit_owner",
}
XLSX_MIMETYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CUSTOM_FIELD_RE = re.compile(r"(?:^|\.)(x_\w+)")


class ImportRunReport(models.Model):
    """Pre-migration audit report (PDF, CSV, XLSX) and migration completion report (PDF, HTML) of a run.

    The ``_audit_report_data`` / ``_completion_report_data`` dicts hold plain values only: the QWeb
    templates render them, ``lib/audit_export.py`` turns the audit into spreadsheet tables.
    """

    _inherit = "clientjoy.intrix.run"

    # ------------------------------------------------------------------ labels
    def _report_category_labels(self):
        return {
            "duplicate": self.env._("Duplicates"),
            "missing": self.env._("Missing required values"),
            "invalid": self.env._("Invalid values"),
            "orphan": self.env._("Orphans"),
            "stale": self.env._("Stale opportunities"),
            "owner": self.env._("Unknown owners"),
        }

    def _report_export_labels(self):
        labels = {
            "run": self.env._("Run"), "source": self.env._("Source"), "state": self.env._("State"),
            "company": self.env._("Company"), "generated": self.env._("Generated"),
            "summary": self.env._("Summary"), "findings": self.env._("Findings"), "owners": self.env._("Owners"),
            "object": self.env._("Object"), "records": self.env._("Records"),
            "clean": self.env._("Without findings"), "errors": self.env._("Errors"),
            "finding": self.env._("Finding"), "source_id": self.env._("Source ID"), "name": self.env._("Name"),
            "message": self.env._("Message"), "email": self.env._("E-mail"),
            "source_name": self.env._("Name in source"), "source_active": self.env._("Active in source"),
            "references": self.env._("References"), "user": self.env._("Odoo user"), "status": self.env._("Status"),
            "yes": self.env._("Yes"), "no": self.env._("No"),
        }
        labels.update(self._report_category_labels())
        return labels

    def _report_selection_label(self, record, field_name):
        value = record[field_name]
        return dict(record._fields[field_name]._description_selection(self.env)).get(value, value or "")

    def _report_header(self):
        self.ensure_one()
        return {
            "name": self.name,
            "source": self._report_selection_label(self, "source"),
            "state": self._report_selection_label(self, "state"),
            "company": self.company_id.name or "",
            "generated": format_datetime(self.env, fields.Datetime.now()),
            "date_start": format_datetime(self.env, self.date_start) if self.date_start else "",
            "date_done": format_datetime(self.env, self.date_done) if self.date_done else "",
            "fallback_user": self.fallback_user_id.name or "",
        }

    # ------------------------------------------------------------------ pre-migration audit
    @api.model
    def _report_duplicate_keys(self, entity, values):
        """The keys the audit compares (same as ``_audit``): e-mail, VAT, normalised name."""
        keys = []
        if values.get("email"):
            keys.append(("email", str(values["email"]).lower()))
        if values.get("vat"):
            keys.append(("vat", str(values["vat"]).replace(" ", "").upper()))
        if values.get("name") and entity in ("partner_company", "partner_person", "lead"):
            keys.append(("name", " ".join(str(values["name"]).lower().split())))
        return keys

    def _report_duplicate_messages(self, stagings, values_of):
        """{staging id: message} naming the other records each flagged duplicate collides with."""
        what_labels = {"email": self.env._("e-mail"), "vat": self.env._("VAT"), "name": self.env._("name")}
        groups = {}
        for staging in stagings:
            for what, value in self._report_duplicate_keys(staging.entity, values_of[staging.id]):
                groups.setdefault((staging.entity, what, value), []).append(staging)
        peers = {}
        for (_entity, what, _value), group in groups.items():
            if len(group) < 2:
                continue
            for staging in group:
                for other in group:
                    if other != staging:
                        whats = peers.setdefault(staging.id, {}).setdefault(other.external_id, [])
                        if what_labels[what] not in whats:
                            whats.append(what_labels[what])
        return {
            staging_id: "\n".join(
                self.env._("Possible duplicate of %(ref)s (same %(what)s)", ref=ref, what=", ".join(whats))
                for ref, whats in others.items())
            for staging_id, others in peers.items()
        }

    def _report_staging_chunks(self, size=None):
        """The run's staging records in their list order (object, line), ``size`` at a time: the ids come
        from a server-side cursor and the ORM cache is dropped after every chunk, so a report on a
        2M-record run holds one chunk of records (plus what it reports), not the whole run."""
        Staging = self.env["clientjoy.intrix.staging"]
        self.env.flush_all()
        query = Staging._search([("run_id", "=", self.id)], order=Staging._order)
        with self.env.cr._cnx.cursor("cji_report_%s" % self.id) as ids_cursor:
            size = size or REPORT_CHUNK
            ids_cursor.itersize = size
            select = query.select(SQL.identifier(Staging._table, "id"))
            ids_cursor.execute(select.code, select.params)
            while True:
                rows = ids_cursor.fetchmany(size)
                if not rows:
                    break
                yield Staging.browse([row[0] for row in rows])
                Staging.invalidate_model()

    def _audit_report_data(self):
        """The pre-migration audit of the run as plain values (see ``lib.audit_export.audit_tables``)."""
        self.ensure_one()
        categories = self._report_category_labels()
        Staging = self.env["clientjoy.intrix.staging"]
        # only the flagged duplicates are compared with each other: read them alone
        flagged = Staging.search([("run_id", "=", self.id), ("audit_duplicate", "=", True)])
        duplicates = self._report_duplicate_messages(flagged, {s.id: s._values() for s in flagged})
        unresolved = {o.email: o for o in self.owner_ids if not o.user_id}
        labels = {p.object_name: p.name for p in self.phase_ids}
        state_labels = dict(Staging._fields["state"]._description_selection(self.env))
        objects, findings = {}, {}
        for staging in (staging for chunk in self._report_staging_chunks() for staging in chunk):
            label = labels.get(staging.object_name) or staging.object_name
            counts = objects.setdefault(staging.object_name, dict(
                {"object_name": staging.object_name, "label": label, "records": 0, "clean": 0, "errors": 0},
                **dict.fromkeys(audit_export.CATEGORIES, 0)))
            counts["records"] += 1
            if staging.state == "error":
                counts["errors"] += 1
            values = staging._values()
            found = {}
            for category, flag in AUDIT_FLAGS.items():
                if category == "owner":
                    continue
                if staging[flag]:
                    found[category] = staging.message or ""
            if "duplicate" in found:
                found["duplicate"] = duplicates.get(staging.id) or found["duplicate"]
            if "stale" in found:
                deadline = values.get("date_deadline")
                found["stale"] = self.env._(
                    "Expected closing %(date)s is more than %(months)s months ago: review before importing",
                    date=fields.Date.to_string(deadline) if hasattr(deadline, "isoformat") else deadline or "?",
                    months=self.stale_months)
            emails = [str(values[k]).lower() for k in OWNER_KEYS if values.get(k)]
            missing_owners = [e for e in dict.fromkeys(emails) if e in unresolved]
            if missing_owners:
                # from the owner table as it is now (the audit_owner flag waits for the next validation)
                messages = []
                for email in missing_owners:
                    if self.fallback_user_id:
                        messages.append(self.env._("Owner %(email)s has no Odoo user: the record goes to the fallback "
                                                   "owner %(user)s", email=email, user=self.fallback_user_id.name))
                    else:
                        messages.append(self.env._("Owner %s has no Odoo user", email))
                found["owner"] = "\n".join(messages)
            if not found and staging.state != "error":
                counts["clean"] += 1
            for category, message in found.items():
                counts[category] += 1
                findings.setdefault(staging.object_name, {}).setdefault(category, []).append({
                    "object_name": staging.object_name,
                    "object": label,
                    "category": category,
                    "category_label": categories[category],
                    "source_id": staging.external_id or "",
                    "name": staging.name or "",
                    "state": state_labels.get(staging.state, staging.state),
                    "message": message,
                })
        ordered_findings = []
        for object_name in objects:
            for category in audit_export.CATEGORIES:
                ordered_findings.extend(findings.get(object_name, {}).get(category, []))
        owners = [{
            "email": owner.email,
            "name": owner.name or "",
            "source_active": owner.source_active,
            "references": owner.reference_count,
            "user": owner.user_id.name or (self.fallback_user_id.name if owner.state == "fallback" else "") or "",
            "status": self._report_selection_label(owner, "state"),
            "state": owner.state,
        } for owner in self.owner_ids]
        totals = {key: sum(o[key] for o in objects.values())
                  for key in ("records", "clean", "errors") + audit_export.CATEGORIES}
        return {
            "run": self._report_header(),
            "categories": [(c, categories[c]) for c in audit_export.CATEGORIES],
            "objects": list(objects.values()),
            "totals": totals,
            "findings": ordered_findings,
            "owners": owners,
        }

    def _audit_export(self, file_format):
        """(file name, content, mimetype) of the audit as CSV or XLSX."""
        self.ensure_one()
        data = self._audit_report_data()
        labels = self._report_export_labels()
        name = "%s-audit" % re.sub(r"[^\w.-]+", "_", self.name or "run")
        if file_format == "csv":
            return name + ".csv", audit_export.to_csv(audit_export.audit_rows(data, labels)), "text/csv; charset=utf-8"
        if file_format == "xlsx":
            return name + ".xlsx", audit_export.to_xlsx(audit_export.audit_tables(data, labels)), XLSX_MIMETYPE
        raise ValueError(file_format)

    # ------------------------------------------------------------------ completion report
    def _completion_report_data(self):
        """Record counts per object, schema gaps, configuration inventory and custom field map."""
        self.ensure_one()
        phases = [{
            "name": phase.name or phase.object_name,
            "object_name": phase.object_name,
            "target_model": phase.target_model or "",
            "state": self._report_selection_label(phase, "state"),
            "source_rows": phase.source_rows,
            "staged": phase.staged,
            "imported": phase.imported,
            "skipped": phase.skipped,
            "errored": phase.errored,
            "warnings": phase.warnings,
            "rolled_back": phase.rolled_back,
            "reconciled": phase.reconciled,
        } for phase in self.phase_ids.sorted("sequence")]
        totals = {key: sum(p[key] for p in phases) for key in
                  ("source_rows", "staged", "imported", "skipped", "errored", "warnings", "rolled_back")}
        totals["reconciled"] = bool(phases) and all(p["reconciled"] for p in phases)
        schema_gaps = [{"name": item.name, "details": item.details or "", "recommendation": item.recommendation or ""}
                       for item in self.inventory_ids.filtered(lambda i: i.category == "schema_gap")]
        # field metadata only (model, name, label, type): readable whatever the user's technical rights
        Fields = self.env["ir.model.fields"].sudo()
        new_fields = []
        for entry in self.env["clientjoy.intrix.ledger"].search([
                ("run_id", "=", self.id), ("res_model", "=", "ir.model.fields"), ("operation", "=", "create")]):
            field = Fields.browse(entry.res_id).exists()
            if entry.rolled_back or not field:
                status = self.env._("Rolled back") if entry.rolled_back else self.env._("Removed")
            else:
                status = self.env._("Created")
            new_fields.append({
                "model": field.model if field else "",
                "name": field.name if field else (entry.xmlid or "#%s" % entry.res_id),
                "label": field.field_description if field else "",
                "type": self._report_selection_label(field, "ttype") if field else "",
                "status": status,
                "rolled_back": entry.rolled_back,
            })
        inventory = [{
            "category": self._report_selection_label(item, "category"),
            "name": item.name,
            "details": item.details or "",
            "recommendation": item.recommendation or "",
            "done": item.done,
        } for item in self.inventory_ids]
        labels = {p.object_name: p.name for p in self.phase_ids}
        field_map = []
        for line in self.map_ids:
            auto = self._auto_field(line) if line.action == "map" else None
            if line.action == "new_field" and line.new_field_name:
                field_name = line.new_field_name
                destination = "%s.%s" % (line.target_model, field_name) if line.target_model else field_name
            elif auto:
                # keys the run stores in a custom field it creates on demand (e.g. salutation)
                field_name = auto[1]
                destination = "%s.%s" % (auto[0], auto[1])
            elif line.action == "map" and line.target_id.target and CUSTOM_FIELD_RE.search(line.target_id.target):
                field_name = CUSTOM_FIELD_RE.search(line.target_id.target).group(1)
                destination = line.target_id.target
            else:
                continue
            field_map.append({
                "object": labels.get(line.object_name) or line.object_name,
                "field_name": field_name,
                "source_column": line.source_column,
                "sample": line.sample or "",
                "destination": destination,
                "action": self._report_selection_label(line, "action"),
                "confirmed": line.confirmed,
            })
        return {
            "run": self._report_header(),
            "phases": phases,
            "totals": totals,
            "schema_gaps": schema_gaps,
            "new_fields": new_fields,
            "inventory": inventory,
            "field_map": field_map,
        }

    # ------------------------------------------------------------------ buttons
    def _audit_download_url(self, file_format):
        self.ensure_one()
        return "/clientjoy_intrix_import/run/%d/audit.%s" % (self.id, file_format)

    def action_download_audit_csv(self):
        self.ensure_one()
        return {"type": "ir.actions.act_url", "url": self._audit_download_url("csv"), "target": "download"}

    def action_download_audit_xlsx(self):
        self.ensure_one()
        return {"type": "ir.actions.act_url", "url": self._audit_download_url("xlsx"), "target": "download"}
