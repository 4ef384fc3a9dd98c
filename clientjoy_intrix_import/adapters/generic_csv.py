"""Any CRM's CSV export (HubSpot, Pipedrive, a spreadsheet...): companies, contacts, deals and activities,
one file per object. It has no fixed headers: the map proposer reads each file's columns and values,
and the admin confirms the map as for any source.

It is also the proof of the adapter interface: a source exported as files is this one file and its
object list, made known to the database in models/import_registry.py."""
from .base import SourceObject
from .csv_export import CsvExportAdapter


class GenericCsvAdapter(CsvExportAdapter):
    source = "generic_csv"
    label = "Other CRM (CSV export)"
    system = "CRM export"
    xmlid_module = "csv_import"
    objects = (
        SourceObject("users", "Users", "user", {"Name": "name", "Email": "email"},
                     ("user", "owner", "benutzer", "utilisateur")),
        SourceObject("companies", "Companies", "partner_company", {
            "Company ID": "ref", "Company name": "name", "Email": "email", "Phone": "phone",
            "Country": "country", "Owner email": "owner_email"},
            ("compan", "organi", "account", "firm", "unterneh", "societ")),
        SourceObject("contacts", "Contacts", "partner_person", {
            "Contact ID": "ref", "Company ID": "parent_ref", "First name": "first_name", "Last name": "last_name",
            "Email": "email", "Phone": "phone", "Job title": "function"},
            ("contact", "people", "person", "kontakt")),
        SourceObject("deals", "Deals", "lead", {
            "Deal ID": "ref", "Deal name": "name", "Company ID": "partner_ref", "Contact ID": "contact_ref",
            "Stage": "stage", "Amount": "expected_revenue", "Currency": "currency", "Close date": "date_deadline",
            "Owner email": "owner_email"},
            ("deal", "opportunit", "lead", "chance")),
        SourceObject("activities", "Activities", "activity", {
            "Activity ID": "ref", "Type": "type", "Subject": "subject", "Notes": "body", "Related to": "related_kind",
            "Related ID": "related_ref", "Owner email": "owner_email", "Date": "date"},
            ("activit", "engagement", "note", "call", "task")),
    )
