"""Clientjoy: REST API (Agency plan and above), pulled through lib/clientjoy_client.py.

``extract`` pulls every object of the run's connection (only what changed since ``updated_since``
on a delta run) and yields flat rows: nested dicts become dotted columns (``billing_address.street``,
``custom_fields.<key>``), lists stay lists. A few derived columns resolve Clientjoy ids the admin
could not read (``owner_email`` from ``owner_id`` via the pulled users, ``pipeline``/``stage`` names,
``booking_page`` name, the lead/customer of a document's proposal) and configuration objects get a
readable ``notes`` summary for the written inventory. ``transform`` turns lead statuses into Odoo's
type/won/lost, links activities and documents to their lead or customer, and gives records without
a ``ref`` key (stages, definitions, inventory items) their Clientjoy id as external id.
"""
import threading
from datetime import timezone

from ..lib import parsers
from ..lib.clientjoy_client import ClientjoyError, ClientjoyNotFound, ClientjoyPlanError
from ..lib.clientjoy_contract import OBJECT_FIELDS
from ..lib.i18n import _, _lt
from ..lib.lead_status import apply_lead_status
from ..lib.map_proposer import memory_reason
from ..lib.targets import ENTITIES
from .base import AdapterError, NothingChanged, SourceAdapter, SourceObject, missing_owner

INVENTORY_HINTS = {"name": "name", "status": "status", "notes": "notes"}
#: Clientjoy object -> the ``object`` value of its custom field definitions
CUSTOM_FIELD_OBJECTS = {"leads": "lead", "customers": "customer"}
#: columns an object gets besides its contract fields (see _row)
DERIVED = {
    "leads": ("owner_email", "pipeline", "stage"),
    "customers": ("owner_email",),
    "activities": ("owner_email",),
    "appointments": ("owner_email", "booking_page"),
    "documents": ("proposal_lead_id", "proposal_customer_id"),
    "pipelines": ("pipeline", "pipeline_id"),
}
#: objects read in full on every run (small, and needed to resolve ids); filtered locally on deltas
LOOKUPS = ("users", "custom_fields", "pipelines", "booking_pages")
#: merge fields of Clientjoy templates -> QWeb expression on the record the Odoo report is for
MERGE_FIELDS = {
    "client.name": "object.partner_id.name",
    "client.company": "object.partner_id.commercial_company_name",
    "client.email": "object.partner_id.email",
    "owner.name": "object.user_id.name",
    "proposal.title": "object.name",
    "proposal.total": "object.amount_total",
    "invoice.number": "object.name",
    "invoice.total": "object.amount_total",
    "invoice.due_date": "object.invoice_date_due",
    "lead.first_name": "object.contact_name",
    "lead.name": "object.name",
    "lead.email": "object.email_from",
}
#: lead fields a Clientjoy web form can fill -> crm.lead field
FORM_TARGETS = {
    "name": "name", "email": "email_from", "phone": "phone", "description": "description",
    "first_name": "contact_name", "last_name": "contact_name", "company_name": "partner_name",
    "street": "street", "city": "city", "zip": "zip", "country": "country_id", "source": "x_cji_source",
}

_local = threading.local()


def clientjoy_error_message(env, exc):
    """The message for the admin of a Clientjoy failure (the client already says what to do)."""
    message = getattr(exc, "message", None) or str(exc)
    if isinstance(exc, ClientjoyPlanError):
        message += " " + env._(
            "In Odoo: export every object from Clientjoy as a CSV file and load the files with CRM Import > "
            "Upload Intrix exports (the CSV import: one file per object, named after it, e.g. clients.csv for "
            "the customers and opportunities.csv for the leads); the field map is proposed from the CSV headers.")
    return message


def flatten(record, prefix=""):
    """Nested dicts -> dotted keys (``billing_address.street``); lists and scalars stay as they are."""
    row = {}
    for key, value in (record or {}).items():
        name = "%s%s" % (prefix, key)
        if isinstance(value, dict):
            row.update(flatten(value, name + "."))
        else:
            row[name] = value
    return row


def custom_fields_dict(value):
    """A record's ``custom_fields`` as the contract's ``{key: value}``: that object itself, or the list
    of ``{"key" (or "name", "id"): ..., "value": ...}`` pairs some accounts send; None for any other shape."""
    if isinstance(value, dict):
        return value
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        return None
    pairs = {}
    for item in value:
        key = next((item[name] for name in ("key", "name", "id") if item.get(name) not in (None, "")), None)
        if key is None or "value" not in item or str(key) in pairs:
            return None
        pairs[str(key)] = item["value"]
    return pairs


def _line_number_errors(items):
    """Unreadable numbers of an invoice's line items, said at staging (the import would refuse them)."""
    errors = []
    for position, item in enumerate(items if isinstance(items, list) else (), 1):
        for key in ("quantity", "unit_price", "tax_rate", "discount"):
            value = item.get(key) if isinstance(item, dict) else None
            if value in (None, ""):
                continue
            try:
                parsers.parse_api_decimal(value)
            except ValueError as exc:
                errors.append(_("Line %(line)s, %(field)s: %(error)s", line=position, field=key, error=exc))
    return errors


def _moment(value):
    try:
        return parsers.parse_datetime(str(value)) if value else None
    except ValueError:
        return None


class ClientjoyAdapter(SourceAdapter):
    source = "clientjoy"
    label = "Clientjoy (REST API)"
    system = "Clientjoy"
    xmlid_module = "clientjoy_import"
    objects = (
        SourceObject("custom_fields", "Custom fields", "custom_field", {
            "object": "object", "label": "name", "type": "type", "options": "options"}),
        SourceObject("users", "Users", "user", {
            "id": "ref", "name": "name", "email": "email", "active": "active", "role": "role"}),
        SourceObject("pipelines", "Pipelines and stages", "stage", {
            "pipeline": "pipeline", "name": "name", "sequence": "sequence", "probability": "probability",
            "is_won": "is_won", "is_lost": "is_lost"}),
        SourceObject("customers", "Customers", "customer", {
            "id": "ref", "type": "type", "name": "name", "company_name": "company_name",
            "contact_name": "contact_name", "email": "email", "phone": "phone", "website": "website",
            "billing_address.street": "street", "billing_address.city": "city", "billing_address.zip": "zip",
            "billing_address.state": "state", "billing_address.country": "country", "vat": "vat",
            "owner_email": "owner_email"}),
        SourceObject("leads", "Leads", "lead", {
            "id": "ref", "name": "name", "first_name": "contact_name", "last_name": "last_name", "email": "email",
            "phone": "phone", "company_name": "partner_name", "street": "street", "city": "city", "zip": "zip",
            "country": "country", "source": "source", "status": "status", "pipeline": "pipeline", "stage": "stage",
            "value": "expected_revenue", "currency": "currency", "score": "score", "owner_email": "owner_email",
            "tags": "tags"}),
        SourceObject("proposals", "Proposals", "proposal", {
            "id": "ref", "title": "name", "lead_id": "lead_ref", "customer_id": "customer_ref", "status": "status",
            "amount": "amount", "currency": "currency", "sent_at": "sent_at", "accepted_at": "accepted_at",
            "content_html": "content_html", "created_at": "created"}),
        SourceObject("appointments", "Appointments", "appointment", {
            "id": "ref", "booking_page": "booking_page", "invitee_name": "invitee_name",
            "invitee_email": "invitee_email", "starts_at": "start", "ends_at": "stop", "status": "status",
            "location": "location", "meeting_link": "meeting_link", "lead_id": "lead_ref",
            "customer_id": "customer_ref", "owner_email": "owner_email"}),
        SourceObject("booking_pages", "Booking pages", "inventory", INVENTORY_HINTS),
        SourceObject("activities", "Activities", "activity", {
            "id": "ref", "type": "type", "subject": "subject", "body": "body", "owner_email": "owner_email",
            "starts_at": "date", "ends_at": "end", "duration_minutes": "duration", "attendees": "attendees",
            "status": "status", "due_date": "due_date", "direction": "direction"}),
        SourceObject("documents", "Documents", "attachment", {
            "id": "ref", "name": "name", "mime_type": "mimetype"}, chunk_size=20),
        SourceObject("invoices", "Invoices", "invoice", {
            "id": "ref", "number": "number", "customer_id": "customer_ref", "issue_date": "invoice_date",
            "due_date": "due_date", "currency": "currency", "status": "status", "line_items": "lines",
            "total": "total", "amount_paid": "amount_paid", "recurring.interval": "recurring_interval",
            "recurring.every": "recurring_every", "recurring.next_date": "recurring_next_date"}),
        SourceObject("templates", "Document templates", "inventory", INVENTORY_HINTS),
        SourceObject("sequences", "Email sequences", "inventory", INVENTORY_HINTS),
        SourceObject("forms", "Web forms", "inventory", INVENTORY_HINTS),
        SourceObject("portal", "Client portal", "inventory", INVENTORY_HINTS),
        SourceObject("esign_documents", "E-sign documents", "inventory", INVENTORY_HINTS),
    )
    custom_field_models = {"lead": "crm.lead", "leads": "crm.lead", "customer": "res.partner",
                           "customers": "res.partner"}
    inventory_categories = {"booking_pages": "booking_page", "templates": "template", "sequences": "sequence",
                            "forms": "form", "portal": "portal", "esign_documents": "esign"}
    inventory_recommendations = {
        "booking_pages": _lt(
            "Appointment types are an Odoo Enterprise app (Calendar > Appointment types, module "
            "appointment): re-create this booking page there with the duration, location and "
            "availability in the details. On Community, publish the availability through a Website "
            "form that creates a lead, and book the meeting as a calendar event. The booked "
            "appointments themselves were imported as calendar events."),
        "templates": _lt(
            "Rebuild as a QWeb report on the model the document is for (Settings > Technical > Reports; "
            "proposals on crm.lead, invoices on account.move), or as a mail.template for e-mail "
            "templates, with the merge field map in the details. Build it fresh rather than translating "
            "the Clientjoy template literally."),
        "sequences": _lt(
            "Odoo has no e-mail cadence model: create one mail.template per step (subject and body in the "
            "details) and an automation rule (ir.actions.server, Settings > Technical > Automation rules, "
            "module base_automation) on the trigger event that sends each step after its delay."),
        "forms": _lt(
            "Rebuild with the Website form builder (website.form): action 'Create an Opportunity' on "
            "crm.lead, with the field routing in the details (custom fields become the x_cji_* fields)."),
        "portal": _lt(
            "Configure the Odoo customer portal (/my, Website and portal modules): custom domain in Website "
            "settings, branding (logo, colours) in the website theme, the CSS as custom SCSS; widgets map to "
            "portal pages (invoices: Invoicing, proposals: quotations, documents, appointments). Hiding "
            "'Powered by' needs Odoo's white-label hosting options."),
        "esign_documents": _lt(
            "E-sign audit trails are Clientjoy-specific and cannot be re-created in Odoo: download "
            "each document with its audit trail from Clientjoy by hand before the account closes, "
            "then attach the PDF to the customer in Odoo (or re-sign with Odoo Sign)."),
    }

    # ------------------------------------------------------------------ description
    def objects_for_entity(self, entity):
        """Customers stand in for the companies and contact persons the generic importers point to
        (activities and attachments "related to customer" resolve to the customer's partner)."""
        objs = super().objects_for_entity(entity)
        if entity in ("partner_company", "partner_person"):
            objs = objs + super().objects_for_entity("customer")
        return objs

    def custom_field_labels(self, run, obj):
        kind = CUSTOM_FIELD_OBJECTS.get(obj.name)
        if not kind:
            return []
        stagings = run.env["clientjoy.intrix.staging"].search(
            [("run_id", "=", run.id), ("object_name", "=", "custom_fields")])
        labels = []
        for staging in stagings:
            payload = staging._payload()
            if str(payload.get("object") or "").strip().lower() == kind and payload.get("label"):
                labels.append(str(payload["label"]))
        return labels

    def inventory_category(self, object_name):
        return self.inventory_categories.get(object_name, "other")

    # ------------------------------------------------------------------ reading
    def extract(self, run):
        backend = run.backend_id
        if not backend:
            raise AdapterError(run.env._(
                "This run has no Clientjoy connection. Start Clientjoy runs from CRM Import > Clientjoy "
                "connections (New import run / Delta run)."))
        client = backend._get_client()
        try:
            with client:
                yield from self._pull(run, client)
                stats = client.stats
                run._log(run.env._(
                    "Clientjoy pull: %(requests)s requests, %(retries)s retried, %(limited)s rate limited, %(kb)s kB",
                    requests=stats["requests"], retries=stats["retries"], limited=stats["rate_limited"],
                    kb=stats["bytes"] // 1024))
        except ClientjoyError as exc:
            raise AdapterError(run.env._("Reading Clientjoy failed, nothing was staged: %s",
                                         clientjoy_error_message(run.env, exc))) from None

    def _pull(self, run, client):
        env = run.env
        since = run.updated_since

        def changed(record):
            if not since:
                return True
            moment = _moment(record.get("updated_at") or record.get("created_at"))
            return moment is None or moment >= since

        lookups = {name: self._once(run, client, name) for name in LOOKUPS}
        context = {
            "emails": {str(u.get("id")): (u.get("email") or "").strip() for u in lookups["users"]},
            "pipelines": {str(p.get("id")): p for p in lookups["pipelines"]},
            "stages": {str(s.get("id")): s.get("name") for p in lookups["pipelines"] for s in p.get("stages") or ()},
            "pages": {str(b.get("id")): b.get("name") for b in lookups["booking_pages"]},
            "definitions": lookups["custom_fields"],
            "proposals": {},
        }
        yielded = 0
        for obj in self.objects:
            if obj.name in LOOKUPS:
                records = [r for r in lookups[obj.name] if changed(r)]
            elif client.contract.is_single(obj.name):
                records = [r for r in client.iter_records(obj.name) if changed(r)]
            else:
                records = self._once(run, client, obj.name, since)
            if obj.name == "proposals":
                context["proposals"].update({str(p.get("id")): p for p in records})
            if obj.name == "documents":
                self._complete_proposals(client, records, context["proposals"])
            rows = []
            for record in records:
                rows.extend(self._rows(obj.name, record, context))
            if not rows:
                continue
            self._count_at_source(run, client, obj, records, since, lookups.get(obj.name))
            yield obj, self._headers(obj, rows, client.contract), rows
            yielded += 1
            if obj.name in CUSTOM_FIELD_OBJECTS:
                self._map_custom_field_columns(run, obj, context["definitions"])
        if not yielded:
            if since:
                raise NothingChanged(env._("Nothing changed in Clientjoy since %s: there is nothing to import.",
                                           _format_utc(since)), since=since)
            raise AdapterError(env._("The Clientjoy workspace holds no records to import."))

    def _once(self, run, client, name, since=None):
        """The records of ``name`` with every Clientjoy id once, in its latest version.

        A list that moved while it was paged (an id served twice, or ``meta.total`` changing between
        pages) may also have skipped a record: one shifted back across a page boundary by a deletion.
        It is paged a second time and both passes are merged (see :func:`keep_latest`), so a record
        present throughout the pull is staged. The run's log says what happened.
        """
        records, twice = keep_latest(client.iter_records(name, updated_since=since))
        if not twice and len(client.totals.get(name, ())) < 2:
            return records
        first_pass = len(records)
        again = [r for r in client.iter_records(name, updated_since=since) if r.get("id") not in (None, "")]
        records, _twice = keep_latest(records + again)  # records without an id: from the first pass only
        run._log(run.env._(
            "Clientjoy %(object)s changed while they were paged (%(count)s record(s) served twice: %(ids)s): "
            "they were paged a second time; each record was staged once, in its latest version (%(first)s "
            "record(s) after the first pass, %(total)s after the second).",
            object=name, count=len(twice), ids=", ".join(twice[:20]) + (" ..." if len(twice) > 20 else "") or "-",
            first=first_pass, total=len(records)))
        return records

    def _count_at_source(self, run, client, obj, records, since, received=None):
        """The phase's evidence: the server's ``meta.total``, not the records the pager gathered."""
        env = run.env
        total = client.first_totals.get(obj.name)
        if client.contract.is_single(obj.name):
            self._note_source_count(run, obj, 1, env._("single object endpoint"))
        elif not isinstance(total, int) or isinstance(total, bool):
            return  # the account's API gives no total: no independent evidence
        elif obj.name in LOOKUPS and since:
            # read in full and filtered here: evidence only when the full read is complete
            if total == len(received or ()):
                count = sum(len(p.get("stages") or ()) for p in records) if obj.name == "pipelines" else len(records)
                self._note_source_count(run, obj, count, env._(
                    "%(changed)s changed of the %(total)s of meta.total", changed=len(records), total=total))
        elif obj.name == "pipelines":
            # one staging record per stage: the stages of the pipelines the server counted
            if total == len(records):
                self._note_source_count(run, obj, sum(len(p.get("stages") or ()) for p in records),
                                        env._("stages of the %(count)s pipelines of meta.total", count=total))
            else:
                self._note_source_count(run, obj, total, env._("meta.total (pipelines, not stages)"))
        else:
            self._note_source_count(run, obj, total, env._("API meta.total"))

    def _complete_proposals(self, client, documents, proposals):
        """Fetch the proposals documents hang on that the (delta) pull did not bring."""
        for document in documents:
            proposal_id = document.get("proposal_id")
            if proposal_id and str(proposal_id) not in proposals:
                try:
                    proposals[str(proposal_id)] = client.get("proposals", proposal_id)
                except ClientjoyNotFound:
                    proposals[str(proposal_id)] = {}

    def _rows(self, name, record, context):
        """Flat staging rows of one API record (a pipeline gives one row per stage)."""
        if name == "pipelines":
            rows = []
            for stage in record.get("stages") or ():
                row = {"id": stage.get("id"), "pipeline_id": record.get("id"), "pipeline": record.get("name")}
                row.update(flatten({k: v for k, v in stage.items() if k != "id"}))
                row["updated_at"] = record.get("updated_at")
                rows.append(row)
            return rows
        custom = record.get("custom_fields")
        pairs = custom_fields_dict(custom) if custom is not None and not isinstance(custom, dict) else None
        if pairs is not None:
            record = dict(record, custom_fields=pairs)
        row = flatten(record)
        if "owner_id" in record:
            row["owner_email"] = context["emails"].get(str(record.get("owner_id")), "")
        if name == "leads":
            pipeline = context["pipelines"].get(str(record.get("pipeline_id")))
            row["pipeline"] = pipeline.get("name") if pipeline else ""
            row["stage"] = context["stages"].get(str(record.get("stage_id")), "")
        elif name == "appointments":
            row["booking_page"] = context["pages"].get(str(record.get("booking_page_id")), "")
        elif name == "documents" and record.get("proposal_id"):
            proposal = context["proposals"].get(str(record["proposal_id"])) or {}
            row["proposal_lead_id"] = proposal.get("lead_id")
            row["proposal_customer_id"] = proposal.get("customer_id")
        elif self.inventory_categories.get(name):
            row.update(self._inventory_row(name, record, context))
        return [row]

    def _headers(self, obj, rows, contract=None):
        """The columns offered to the field map: the known ones, custom fields, and fields this account
        has beyond the contract (offered as new custom fields); ids and timestamps stay in the payload."""
        keys = list(dict.fromkeys(key for row in rows for key in row))
        hinted = [key for key in obj.hints if key in keys]
        custom = sorted(key for key in keys if key.startswith("custom_fields."))
        extras = []
        if obj.entity != "inventory":
            known = set(OBJECT_FIELDS.get(obj.name, ())) | set(DERIVED.get(obj.name, ()))
            if obj.name == "pipelines":
                known |= set(OBJECT_FIELDS["pipelines.stages"])
            if obj.name == "documents" and contract and contract.document_checksum_field:
                known.add(contract.document_checksum_field)  # checks the download, is no data
            # custom fields in a shape neither the contract's nor a list of pairs: offered as they are
            extras = [key for key in keys if key not in obj.hints and not key.startswith("custom_fields.")
                      and (key.split(".")[0] not in known or key == "custom_fields")]
        return hinted + custom + extras

    def _map_custom_field_columns(self, run, obj, definitions):
        """Point the ``custom_fields.<key>`` columns at the x_cji field their definition creates.

        The proposer names a new field after the column; a Clientjoy custom field is created from its
        definition (label and type) in the custom field phase, so its values must land in that field.
        """
        from ..importers.schema import FIELD_TYPES, custom_field_name

        kind = CUSTOM_FIELD_OBJECTS[obj.name]
        by_key = {str(d.get("key")): d for d in definitions if str(d.get("object") or "").strip().lower() == kind}
        lines = run.env["clientjoy.intrix.field.map"].search([("run_id", "=", run.id), ("object_name", "=", obj.name)])
        for line in lines.filtered(lambda m: m.source_column.startswith("custom_fields.")):
            definition = by_key.get(line.source_column.split(".", 1)[1])
            if not definition or not definition.get("label"):
                continue
            if line.action != "new_field" and (line.reason or "").startswith(("confirmed before", memory_reason())):
                continue  # the admin decided otherwise in an earlier run: keep it
            ttype = FIELD_TYPES.get(str(definition.get("type") or "").strip().lower(), "char")
            if ttype == "selection" and not definition.get("options"):
                ttype = "char"
            if ttype not in dict(line._fields["new_field_type"].selection):
                ttype = "char"
            name = custom_field_name(definition["label"])
            line.write({
                "action": "new_field", "target_id": False, "new_field_name": name, "new_field_type": ttype,
                "confidence": 1.0,
                "reason": run.env._("Clientjoy custom field '%(label)s' (%(type)s) -> %(field)s",
                                    label=definition["label"], type=definition.get("type"), field=name),
            })

    # ------------------------------------------------------------------ inventory rows
    def _inventory_row(self, name, record, context):
        return getattr(self, "_inventory_%s" % name)(record, context)

    def _inventory_booking_pages(self, record, context):
        slots = ", ".join("%s %s-%s" % (a.get("weekday"), a.get("from"), a.get("to"))
                          for a in record.get("availability") or () if isinstance(a, dict))
        notes = _("Duration: %(duration)s min\nLocation: %(location)s\nAvailability: %(availability)s",
                  duration=record.get("duration_minutes"), location=record.get("location") or "-",
                  availability=slots or "-")
        return {"notes": notes}

    def _inventory_templates(self, record, context):
        lines = ["%s -> %s" % (field, MERGE_FIELDS.get(field) or _("(no direct equivalent: map by hand)"))
                 for field in record.get("merge_fields") or ()]
        notes = _("Kind: %(kind)s\nMerge fields:\n%(fields)s\n\nContent (HTML):\n%(content)s",
                  kind=record.get("kind") or "-", fields="\n".join("- " + line for line in lines) or "-",
                  content=record.get("content_html") or "")
        return {"status": record.get("kind") or "", "notes": notes}

    def _inventory_sequences(self, record, context):
        steps = sorted((s for s in record.get("steps") or () if isinstance(s, dict)), key=lambda s: s.get("order") or 0)
        lines = [_("Step %(order)s, after %(days)s day(s): %(subject)s\n  %(body)s", order=s.get("order"),
                   days=s.get("delay_days"), subject=s.get("subject"), body=s.get("body"))
                 for s in steps]
        notes = _("Trigger: %(trigger)s\n%(steps)s", trigger=record.get("trigger") or "-", steps="\n".join(lines))
        return {"status": _("%s step(s)", len(steps)), "notes": notes}

    def _inventory_forms(self, record, context):
        from ..importers.schema import custom_field_name

        labels = {str(d.get("key")): d.get("label") for d in context["definitions"]
                  if str(d.get("object") or "").lower() == "lead"}
        lines = []
        for field in record.get("fields") or ():
            target = str(field.get("maps_to") or "")
            parts = target.split(".")
            if len(parts) == 3 and parts[:2] == ["lead", "custom_fields"] and labels.get(parts[2]):
                odoo = "crm.lead.%s" % custom_field_name(labels[parts[2]])
            elif len(parts) == 2 and parts[0] == "lead" and parts[1] in FORM_TARGETS:
                odoo = "crm.lead.%s" % FORM_TARGETS[parts[1]]
            else:
                odoo = _("(no direct equivalent: route by hand)")
            lines.append("- %s (%s%s): %s -> %s" % (field.get("label"), field.get("type"),
                                                      _(", required") if field.get("required") else "", target or "-",
                                                      odoo))
        return {"notes": _("Field routing:\n%s", "\n".join(lines))}

    def _inventory_portal(self, record, context):
        branding = record.get("branding") or {}
        notes = _("Domain: %(domain)s\nBranding: %(branding)s\nCSS:\n%(css)s\nWidgets: %(widgets)s",
                  domain=record.get("domain") or "-",
                  branding=", ".join("%s=%s" % item for item in branding.items()) if isinstance(branding, dict)
                  else branding,
                  css=record.get("css") or "-", widgets=", ".join(map(str, record.get("widgets") or ())) or "-")
        return {"name": _("Client portal %s", record.get("domain") or ""), "notes": notes}

    def _inventory_esign_documents(self, record, context):
        status = record.get("status") or ""
        if record.get("signed_at"):
            status = "%s %s" % (status, record["signed_at"])
        return {"status": status.strip(),
                "notes": _("Download the document and its audit trail from Clientjoy by hand.")}

    # ------------------------------------------------------------------ files
    def read_blob(self, run, path, expected_size=None, expected_checksum=None):
        """The bytes of Clientjoy document ``path`` (its id), downloaded through the client, which
        refuses a body shorter than its Content-Length, or of another size or checksum than declared."""
        from ..importers.base import RecordError

        try:
            return self._blob_client(run).download(path, expected_size=expected_size,
                                                   expected_checksum=expected_checksum)[0]
        except ClientjoyNotFound:
            raise RecordError(run.env._("Clientjoy has no file for document %s (HTTP 404)", path)) from None
        except ClientjoyError as exc:
            raise RecordError(run.env._("Download of document %(doc)s failed: %(error)s", doc=path,
                                        error=clientjoy_error_message(run.env, exc))) from None

    def read_staged_blob(self, run, staging, path):
        """The document's bytes, checked against the size (and checksum, when the contract names a
        checksum field) its Clientjoy record declares."""
        payload = staging._payload()
        checksum_field = self._blob_client(run).contract.document_checksum_field
        return self.read_blob(run, path, expected_size=payload.get("size"),
                              expected_checksum=payload.get(checksum_field) if checksum_field else None)

    def _blob_client(self, run):
        """One client per run and thread, reused for every file of the documents phase."""
        backend = run.backend_id
        key = (run.env.cr.dbname, run.id, backend.id, str(backend.write_date))
        cached = getattr(_local, "client", None)
        if cached and cached[0] == key:
            return cached[1]
        if cached:
            cached[1].close()
        client = backend._get_client()
        _local.client = (key, client)
        return client

    # ------------------------------------------------------------------ finishing
    def transform(self, obj, values, row):
        if "ref" not in ENTITIES[obj.entity].key_names:
            ref = "portal" if obj.name == "portal" else row.get("id")
            if ref not in (None, ""):
                values["ref"] = str(ref)
        if "owner_id" in row and not row.get("owner_email") and not values.get("owner_email"):
            values["owner_email"] = missing_owner(row["owner_id"])  # listed in the owners queue
        handler = getattr(self, "_transform_%s" % obj.name, None)
        if handler:
            handler(values, row)
        return values

    def value_problems(self, obj, values, row):
        errors, warnings = super().value_problems(obj, values, row)
        if obj.name == "invoices":
            errors += _line_number_errors(values.get("lines"))
        return errors, warnings

    def _transform_leads(self, values, row):
        """Lifecycle status -> Odoo: new/contacted stay leads in the first stage, qualified and converted
        become opportunities (converted = won), lost ones are archived as lost (lib/lead_status.py)."""
        status = apply_lead_status(values)
        if status and status[0] == "lead":
            values.pop("stage", None)

    def _transform_customers(self, values, row):
        if values.get("type"):
            values["type"] = str(values["type"]).strip().lower()

    def _transform_activities(self, values, row):
        _relate(values, row.get("lead_id"), row.get("customer_id"))
        if not values.get("date"):
            # tasks and notes have no start: they happened when they were created
            values["date"] = _moment(row.get("created_at")) or _moment(row.get("updated_at"))

    def _transform_documents(self, values, row):
        _relate(values, row.get("lead_id") or row.get("proposal_lead_id"),
                row.get("customer_id") or row.get("proposal_customer_id"))
        if row.get("id") not in (None, ""):
            values["path"] = str(row["id"])


def keep_latest(records):
    """``(records, ids seen twice)``: each id once, at the place it was first served.

    A list endpoint pages over a moving set: a record inserted or updated during the pull shifts the
    pages, so a record can come on two pages. The later copy wins unless its ``updated_at`` is older
    than the earlier one's (same, missing or unreadable timestamps: the later page, which was read
    last). Records without an id are kept as they are (they get a synthetic id).
    """
    chosen, order, twice = {}, [], []
    for record in records:
        record_id = record.get("id") if isinstance(record, dict) else None
        if record_id in (None, ""):
            order.append((None, record))
            continue
        key = str(record_id)
        if key not in chosen:
            chosen[key] = record
            order.append((key, None))
            continue
        if key not in twice:
            twice.append(key)
        earlier, later = _moment(chosen[key].get("updated_at")), _moment(record.get("updated_at"))
        if not (earlier and later and _comparable(later) < _comparable(earlier)):
            chosen[key] = record
    return [record if key is None else chosen[key] for key, record in order], twice


def _comparable(moment):
    """Naive UTC datetimes compare with aware ones (sources mix ``Z`` and bare timestamps)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment


def _relate(values, lead_id, customer_id):
    if lead_id:
        values.update(related_kind="lead", related_ref=str(lead_id))
    elif customer_id:
        values.update(related_kind="customer", related_ref=str(customer_id))


def _format_utc(moment):
    return moment.strftime("%Y-%m-%d %H:%M:%S UTC") if hasattr(moment, "strftime") else str(moment)
