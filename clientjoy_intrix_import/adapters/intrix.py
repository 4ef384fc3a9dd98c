"""Intrix CRM: no API, one CSV export per object (cp1250 or UTF-8, ; or , dd.mm.yyyy, decimal commas)."""
import re

from ..lib.csv_reader import open_table
from ..lib.i18n import _lt
from ..lib.source_count import count_csv_records
from .base import AdapterError, SourceAdapter, SourceObject, register


@register
class IntrixAdapter(SourceAdapter):
    source = "intrix"
    label = "Intrix CRM (CSV export)"
    xmlid_module = "intrix_import"
    objects = (
        SourceObject("custom_fields", "Custom fields", "custom_field", {
            "Object": "object", "Field name": "name", "Type": "type", "Options": "options"},
            ("custom_field", "customfield", "custom-field", "polja_po_meri", "benutzerdefinierte")),
        SourceObject("users", "Users", "user", {
            "User ID": "ref", "Name": "name", "E-mail": "email", "Active": "active"},
            ("user", "owner", "uporabnik", "benutzer")),
        SourceObject("pipeline_stages", "Pipeline stages", "stage", {
            "Pipeline": "pipeline", "Stage": "name", "Order": "sequence", "Probability (%)": "probability"},
            ("pipeline", "stage", "faze", "stufen")),
        SourceObject("clients", "Clients", "partner_company", {
            "Client ID": "ref", "Client name": "name", "Industry": "industry", "Phone": "phone",
            "E-mail": "email", "Address": "street", "City": "city", "Postal code": "zip", "Country": "country",
            "VAT": "vat", "Owner e-mail": "owner_email", "Created": "created"},
            ("client", "stranke", "kunden", "compan", "account")),
        SourceObject("contacts", "Contacts", "partner_person", {
            "Contact ID": "ref", "Client ID": "parent_ref", "Salutation": "title", "First name": "first_name",
            "Last name": "last_name", "Phone": "phone", "E-mail": "email", "Job title": "function"},
            ("contact", "kontakt", "person")),
        SourceObject("opportunities", "Opportunities", "lead", {
            "Opportunity ID": "ref", "Name": "name", "Client ID": "partner_ref", "Contact ID": "contact_ref",
            "Pipeline": "pipeline", "Stage": "stage", "Value": "expected_revenue", "Currency": "currency",
            "Expected close": "date_deadline", "Owner e-mail": "owner_email", "Description": "description"},
            ("opportunit", "deal", "priloznost", "chance", "lead")),
        SourceObject("projects", "Projects", "project", {
            "Project ID": "ref", "Name": "name", "Client ID": "partner_ref", "Deadline": "date",
            "Owner e-mail": "owner_email", "Description": "description"},
            ("project", "projekt")),
        SourceObject("tasks", "Tasks", "task", {
            "Task ID": "ref", "Project ID": "project_ref", "Name": "name", "Depends on": "depends_on",
            "Assignee e-mail": "assignee_email", "Status": "status", "Deadline": "date_deadline"},
            ("task", "naloge", "aufgabe")),
        SourceObject("activities", "Activities", "activity", {
            "Activity ID": "ref", "Type": "type", "Subject": "subject", "Description": "body",
            "Related to": "related_kind", "Related ID": "related_ref", "Owner e-mail": "owner_email",
            "Date": "date", "Duration (min)": "duration"},
            ("activit", "aktivnost", "engagement")),
        SourceObject("attachments", "Attachments", "attachment", {
            "Attachment ID": "ref", "Related to": "related_kind", "Related ID": "related_ref",
            "File name": "name", "Path": "path", "Content type": "mimetype"},
            ("attachment", "priponk", "anhang", "anhaenge", "files"), chunk_size=20),
        SourceObject("working_hours", "Working hours records", "timesheet", {
            "Employee e-mail": "employee_email", "Project ID": "project_ref", "Task ID": "task_ref",
            "Date": "date", "Hours": "hours", "Note": "name"},
            ("working_hour", "working-hour", "workinghour", "whr", "hours", "timesheet", "delovne_ure", "arbeitszeit")),
        SourceObject("support_tickets", "Support tickets", "ticket", {
            "Ticket ID": "ref", "Client ID": "partner_ref", "Subject": "name", "Description": "description",
            "Status": "status", "Assignee e-mail": "assignee_email", "Created": "created"},
            ("ticket", "support", "zahtevk")),
        SourceObject("integrations", "Integrations", "inventory", {
            "Integration": "name", "Status": "status", "Notes": "notes"},
            ("integration", "integracij")),
    )
    custom_field_models = {
        "client": "res.partner", "clients": "res.partner", "contact": "res.partner", "contacts": "res.partner",
        "opportunity": "crm.lead", "opportunities": "crm.lead", "project": "project.project",
        "projects": "project.project", "task": "project.task", "tasks": "project.task",
    }
    inventory_recommendations = {
        "integrations": _lt("Credentials and sync state cannot migrate. Re-connect in Odoo: e-mail marketing "
                            "(Mailchimp) via the Email Marketing app or a connector module, Google Calendar via "
                            "Settings > Integrations > Google Calendar, accounting connectors via the Invoicing app; "
                            "re-enter the credentials and rebuild the sync settings."),
    }

    def inventory_category(self, object_name):
        return "integration" if object_name == "integrations" else object_name

    def guess_object(self, filename):
        """Object name for an export file name ("Clients_2024-05-01.csv" -> "clients"), or None."""
        stem = re.sub(r"\.(csv|txt)$", "", (filename or "").strip().lower().rsplit("/", 1)[-1])
        stem = re.sub(r"[\s.\-]+", "_", stem)
        if stem in {obj.name for obj in self.objects}:
            return stem
        for obj in self.objects:
            if any(word in stem for word in obj.file_words):
                return obj.name
        return None

    def extract(self, run):
        csv_files = run.file_ids.filtered(lambda f: f.kind == "csv")
        # what cannot be staged is refused before any file is read
        unknown = csv_files.filtered(lambda f: not f.object_name)
        if unknown:
            raise AdapterError(run.env._(
                "Cannot tell which Intrix object these files hold: %(files)s. Name each file after its object "
                "(%(names)s) or choose the object on the file line.",
                files=", ".join(unknown.mapped("name")), names=", ".join(o.name for o in self.objects)))
        for obj in self.objects:
            same = csv_files.filtered(lambda f, name=obj.name: f.object_name == name)
            if len(same) > 1:
                raise AdapterError(run.env._(
                    "%(files)s all hold %(object)s: upload one file per object (join the exports into one file, "
                    "or leave the older one out).", files=", ".join(same.mapped("name")), object=obj.label))
        limits = run.env["clientjoy.intrix.file"]._limits()
        rows = [0]
        for obj in self.objects:
            for file in csv_files.filtered(lambda f, name=obj.name: f.object_name == name):
                # streamed from the attachment's file: the rows are read while the caller consumes
                # the chunks, so the file is closed when the generator moves on (or is closed)
                handle = file._open()
                try:
                    reader = open_table(handle, name=file.name, limits=limits)
                    file.write({"encoding": reader.encoding, "delimiter": reader.delimiter})
                    with file._open() as raw:  # counted apart from the reader: the phase's evidence
                        self._note_source_count(run, obj, count_csv_records(raw, reader.encoding, reader.delimiter),
                                                run.env._("data lines of %(file)s (csv module)", file=file.name))
                    yield obj, reader.headers, self._counted(run, reader.chunks(run.chunk_size or 5000), limits, rows)
                finally:
                    handle.close()

    def _counted(self, run, chunks, limits, rows):
        """The chunks, refused once the run's files hold more rows together than the run's ceiling
        (``rows``: a one-item list, the count of the run so far)."""
        for chunk in chunks:
            rows[0] += len(chunk)
            if rows[0] > limits.max_rows_per_run:
                raise AdapterError(run.env._(
                    "The files of this run hold more than %(limit)s rows together (system parameter %(parameter)s).",
                    limit=limits.max_rows_per_run, parameter=limits.parameter("max_rows_per_run")))
            yield chunk

    def read_blob(self, run, path):
        wanted = (path or "").strip().lstrip("/").lower()
        for file in run.file_ids.filtered(lambda f: f.kind == "blob"):
            name = file.name.lower()
            if name == wanted or name.rsplit("/", 1)[-1] == wanted.rsplit("/", 1)[-1]:
                return file._content()
        return None
