"""Intrix CRM: no API, one CSV export per object (cp1250 or UTF-8, ; or , dd.mm.yyyy, decimal commas)."""
from ..lib.i18n import _lt
from .base import SourceObject
from .csv_export import CsvExportAdapter


class IntrixAdapter(CsvExportAdapter):
    source = "intrix"
    label = "Intrix CRM (CSV export)"
    system = "Intrix"
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
