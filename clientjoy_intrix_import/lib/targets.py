"""Source-independent description of what the import writes into Odoo.

Every source object (an Intrix CSV, a Clientjoy API object) is mapped onto one *entity* below. An
entity has *target keys*: the canonical values its Odoo importer understands. The field map of a run
maps each source column (CSV header or API key) onto one target key, onto a new ``x_`` custom field,
or onto nothing. The synonyms feed the map proposer (they cover English, Slovenian and German CRM
headers); a source adapter only adds what is specific to it.

Pure Python: no Odoo import, so the proposer and its benchmark run without a database.
"""
from dataclasses import dataclass, field


@dataclass(frozen=True)
class TargetKey:
    key: str
    label: str
    target: str  # what it becomes in Odoo, shown to the admin ("res.partner.email")
    kind: str = "char"  # char text email phone date datetime float int bool country currency ref list id
    required: bool = False
    synonyms: tuple = ()
    ref: str = ""  # for kind == "ref": the entity the value points to


@dataclass(frozen=True)
class Entity:
    name: str
    label: str
    model: str
    keys: tuple = field(default_factory=tuple)

    def key(self, name):
        for k in self.keys:
            if k.key == name:
                return k
        return None

    @property
    def key_names(self):
        return [k.key for k in self.keys]


def K(key, label, target, kind="char", required=False, synonyms=(), ref=""):
    return TargetKey(key, label, target, kind, required, tuple(synonyms), ref)


ID_SYNONYMS = ("id", "external id", "record id", "uid", "key", "šifra", "sifra", "nummer", "nr", "no", "number")
OWNER_SYNONYMS = ("owner e-mail", "owner email", "owner", "assigned to", "responsible", "salesperson",
                  "account manager", "lastnik", "odgovorna oseba", "skrbnik", "zuständig", "verantwortlich",
                  "besitzer", "owner_id", "user email", "user e-mail")
EMAIL_SYNONYMS = ("e-mail", "email", "email address", "e-mail address", "mail", "e-pošta", "e-posta",
                  "epošta", "elektronska pošta", "e-mail-adresse", "emailadresse")
PHONE_SYNONYMS = ("phone", "telephone", "phone number", "tel", "tel.", "telefon", "telefonska številka",
                  "telefonnummer", "gsm", "mobile", "mobitel", "handy", "work phone")
STREET_SYNONYMS = ("address", "street", "street address", "address line 1", "naslov", "ulica", "adresse",
                   "straße", "strasse", "billing street")
CITY_SYNONYMS = ("city", "town", "kraj", "mesto", "pošta kraj", "ort", "stadt", "billing city")
ZIP_SYNONYMS = ("postal code", "zip", "zip code", "postcode", "post code", "poštna številka", "postna stevilka",
                "plz", "postleitzahl", "billing zip")
COUNTRY_SYNONYMS = ("country", "country code", "država", "drzava", "land", "billing country")
CREATED_SYNONYMS = ("created", "created at", "created on", "creation date", "date created", "ustvarjeno",
                    "datum vnosa", "erstellt", "erstellt am", "angelegt am")
DESCRIPTION_SYNONYMS = ("description", "notes", "note", "comment", "comments", "details", "opis", "opombe",
                        "opomba", "beschreibung", "notiz", "bemerkung", "body")
CLIENT_REF_SYNONYMS = ("client id", "client", "company id", "account id", "customer id", "id stranke",
                       "stranka", "kunden-id", "kundennummer", "firma id", "organization id")

ENTITIES = {}


def _entity(name, label, model, *keys):
    ENTITIES[name] = Entity(name, label, model, tuple(keys))


_entity(
    "user", "Owner / user", "res.users",
    K("ref", "Source user id", "external id", "id", synonyms=("user id", "owner id", "employee id") + ID_SYNONYMS),
    K("name", "Name", "res.users.name", synonyms=("name", "full name", "user name", "ime", "ime in priimek", "name")),
    K("email", "E-mail", "res.users.login / email", "email", True, EMAIL_SYNONYMS),
    K("active", "Active", "res.users.active", "bool", synonyms=("active", "status", "enabled", "aktiven", "aktiv")),
    K("role", "Role", "access rights (informative)", synonyms=("role", "vloga", "rolle", "permission", "profile")),
)
_entity(
    "custom_field", "Custom field definition", "ir.model.fields",
    K("object", "Object", "target model", required=True, synonyms=("object", "module", "entity", "objekt", "record type")),
    K("name", "Field name", "ir.model.fields.field_description", required=True,
      synonyms=("field name", "name", "label", "ime polja", "feldname", "key")),
    K("type", "Type", "ir.model.fields.ttype", required=True, synonyms=("type", "field type", "tip", "feldtyp", "data type")),
    K("options", "Options", "ir.model.fields.selection_ids", "list", synonyms=("options", "values", "choices", "možnosti", "werte")),
)
_entity(
    "stage", "Pipeline stage", "crm.stage",
    K("pipeline", "Pipeline", "crm.team.name", required=True, synonyms=("pipeline", "pipeline name", "prodajni lijak", "vertriebspipeline", "team")),
    K("name", "Stage", "crm.stage.name", required=True, synonyms=("stage", "stage name", "faza", "stopnja", "phase", "stufe")),
    K("sequence", "Order", "crm.stage.sequence", "int", synonyms=("order", "sequence", "position", "vrstni red", "reihenfolge", "sort")),
    K("probability", "Probability (%)", "crm.stage.x_cji_probability", "float",
      synonyms=("probability (%)", "probability", "verjetnost", "wahrscheinlichkeit", "win probability")),
    K("is_won", "Won stage", "crm.stage.is_won", "bool", synonyms=("is won", "won", "dobljeno", "gewonnen")),
    K("is_lost", "Lost stage", "stage is folded, leads archived lost", "bool", synonyms=("is lost", "lost", "izgubljeno", "verloren")),
)
_entity(
    "partner_company", "Company", "res.partner",
    K("ref", "Source id", "external id", "id", synonyms=("client id", "company id", "customer id") + ID_SYNONYMS),
    K("name", "Name", "res.partner.name", required=True,
      synonyms=("client name", "company name", "company", "name", "organization", "account name", "naziv",
                "naziv podjetja", "podjetje", "firma", "firmenname", "unternehmen", "customer name")),
    K("industry", "Industry", "res.partner.industry_id", synonyms=("industry", "sector", "panoga", "dejavnost", "branche")),
    K("email", "E-mail", "res.partner.email", "email", synonyms=EMAIL_SYNONYMS),
    K("phone", "Phone", "res.partner.phone", "phone", synonyms=PHONE_SYNONYMS),
    K("website", "Website", "res.partner.website", synonyms=("website", "web", "url", "spletna stran", "webseite", "homepage")),
    K("street", "Street", "res.partner.street", synonyms=STREET_SYNONYMS),
    K("city", "City", "res.partner.city", synonyms=CITY_SYNONYMS),
    K("zip", "ZIP", "res.partner.zip", synonyms=ZIP_SYNONYMS),
    K("state", "State", "res.partner.state_id", synonyms=("state", "region", "province", "regija", "bundesland", "billing state")),
    K("country", "Country", "res.partner.country_id", "country", synonyms=COUNTRY_SYNONYMS),
    K("vat", "VAT", "res.partner.vat", synonyms=("vat", "vat id", "vat number", "tax id", "davčna številka",
                                                  "davcna", "id za ddv", "ust-idnr", "ust-id", "umsatzsteuer-id")),
    K("owner_email", "Owner e-mail", "res.partner.user_id", "email", synonyms=OWNER_SYNONYMS),
    K("created", "Created", "chatter note (original creation date)", "date", synonyms=CREATED_SYNONYMS),
    K("description", "Notes", "res.partner.comment", "text", synonyms=DESCRIPTION_SYNONYMS),
)
_entity(
    "partner_person", "Contact person", "res.partner",
    K("ref", "Source id", "external id", "id", synonyms=("contact id", "person id") + ID_SYNONYMS),
    K("parent_ref", "Company", "res.partner.parent_id", "ref", synonyms=CLIENT_REF_SYNONYMS, ref="partner_company"),
    K("title", "Salutation", "res.partner.title", synonyms=("salutation", "title", "nagovor", "naziv osebe", "anrede")),
    K("first_name", "First name", "res.partner.name", synonyms=("first name", "firstname", "given name", "ime", "vorname")),
    K("last_name", "Last name", "res.partner.name", synonyms=("last name", "lastname", "surname", "family name", "priimek", "nachname")),
    K("name", "Full name", "res.partner.name", synonyms=("name", "full name", "contact name", "ime in priimek", "kontaktperson")),
    K("email", "E-mail", "res.partner.email", "email", synonyms=EMAIL_SYNONYMS),
    K("phone", "Phone", "res.partner.phone", "phone", synonyms=PHONE_SYNONYMS),
    K("function", "Job title", "res.partner.function", synonyms=("job title", "position", "job position", "function",
                                                                  "delovno mesto", "funkcija", "position", "berufsbezeichnung")),
    K("street", "Street", "res.partner.street", synonyms=STREET_SYNONYMS),
    K("city", "City", "res.partner.city", synonyms=CITY_SYNONYMS),
    K("zip", "ZIP", "res.partner.zip", synonyms=ZIP_SYNONYMS),
    K("country", "Country", "res.partner.country_id", "country", synonyms=COUNTRY_SYNONYMS),
    K("owner_email", "Owner e-mail", "res.partner.user_id", "email", synonyms=OWNER_SYNONYMS),
    K("description", "Notes", "res.partner.comment", "text", synonyms=DESCRIPTION_SYNONYMS),
)
_entity(
    "lead", "Lead / opportunity", "crm.lead",
    K("ref", "Source id", "external id", "id", synonyms=("opportunity id", "lead id", "deal id") + ID_SYNONYMS),
    K("name", "Name", "crm.lead.name", required=True, synonyms=("name", "opportunity", "opportunity name", "deal",
                                                                 "deal name", "title", "subject", "priložnost", "naziv", "chance", "verkaufschance")),
    K("partner_ref", "Customer", "crm.lead.partner_id", "ref", synonyms=CLIENT_REF_SYNONYMS, ref="partner_company"),
    K("contact_ref", "Contact", "crm.lead.partner_id (contact)", "ref",
      synonyms=("contact id", "contact", "person id", "kontakt", "kontaktna oseba", "ansprechpartner"), ref="partner_person"),
    K("pipeline", "Pipeline", "crm.lead.team_id", synonyms=("pipeline", "pipeline name", "prodajni lijak", "team", "sales team")),
    K("stage", "Stage", "crm.lead.stage_id", synonyms=("stage", "stage name", "faza", "stopnja", "phase", "status")),
    K("expected_revenue", "Value", "crm.lead.expected_revenue", "float",
      synonyms=("value", "amount", "deal value", "expected revenue", "revenue", "vrednost", "znesek", "betrag", "wert", "volumen")),
    K("currency", "Currency", "crm.lead (converted to company currency)", "currency", synonyms=("currency", "valuta", "währung", "waehrung")),
    K("date_deadline", "Expected close", "crm.lead.date_deadline", "date",
      synonyms=("expected close", "close date", "expected close date", "closing date", "rok", "predviden zaključek",
                "datum zaključka", "abschlussdatum", "erwarteter abschluss")),
    K("owner_email", "Owner e-mail", "crm.lead.user_id", "email", synonyms=OWNER_SYNONYMS),
    K("description", "Description", "crm.lead.description", "text", synonyms=DESCRIPTION_SYNONYMS),
    K("contact_name", "Contact name", "crm.lead.contact_name", synonyms=("contact name", "first name", "ime", "vorname")),
    K("last_name", "Last name", "crm.lead.contact_name", synonyms=("last name", "surname", "priimek", "nachname")),
    K("partner_name", "Company name", "crm.lead.partner_name", synonyms=("company name", "company", "podjetje", "firma")),
    K("email", "E-mail", "crm.lead.email_from", "email", synonyms=EMAIL_SYNONYMS),
    K("phone", "Phone", "crm.lead.phone", "phone", synonyms=PHONE_SYNONYMS),
    K("street", "Street", "crm.lead.street", synonyms=STREET_SYNONYMS),
    K("city", "City", "crm.lead.city", synonyms=CITY_SYNONYMS),
    K("zip", "ZIP", "crm.lead.zip", synonyms=ZIP_SYNONYMS),
    K("country", "Country", "crm.lead.country_id", "country", synonyms=COUNTRY_SYNONYMS),
    K("source", "Lead source", "crm.lead.x_cji_source", synonyms=("source", "lead source", "vir", "quelle", "origin")),
    K("score", "Score", "crm.lead.x_cji_score", "float", synonyms=("score", "lead score", "ocena", "bewertung")),
    K("status", "Lifecycle status", "crm.lead type / won / lost", synonyms=("status", "lifecycle", "lifecycle status", "state")),
    K("tags", "Tags", "crm.lead.tag_ids", "list", synonyms=("tags", "labels", "oznake", "schlagwörter")),
    K("created", "Created", "chatter note (original creation date)", "datetime", synonyms=CREATED_SYNONYMS),
)
_entity(
    "project", "Project", "project.project",
    K("ref", "Source id", "external id", "id", synonyms=("project id",) + ID_SYNONYMS),
    K("name", "Name", "project.project.name", required=True, synonyms=("name", "project", "project name", "projekt", "naziv projekta", "projektname")),
    K("partner_ref", "Customer", "project.project.partner_id", "ref", synonyms=CLIENT_REF_SYNONYMS, ref="partner_company"),
    K("date", "Deadline", "project.project.date", "date", synonyms=("deadline", "due date", "end date", "rok", "rok izvedbe", "frist", "enddatum")),
    K("owner_email", "Owner e-mail", "project.project.user_id", "email", synonyms=OWNER_SYNONYMS + ("project manager", "vodja projekta", "projektleiter")),
    K("description", "Description", "project.project.description", "text", synonyms=DESCRIPTION_SYNONYMS),
)
_entity(
    "task", "Task", "project.task",
    K("ref", "Source id", "external id", "id", synonyms=("task id",) + ID_SYNONYMS),
    K("project_ref", "Project", "project.task.project_id", "ref", synonyms=("project id", "project", "projekt", "projekt-id"), ref="project"),
    K("name", "Name", "project.task.name", required=True, synonyms=("name", "task", "task name", "title", "subject", "naloga", "aufgabe", "titel")),
    K("depends_on", "Depends on", "project.task.depend_on_ids", "list",
      synonyms=("depends on", "dependencies", "predecessor", "predecessors", "blocked by", "odvisno od", "predhodnik", "abhängig von", "vorgänger")),
    K("assignee_email", "Assignee e-mail", "project.task.user_ids", "email",
      synonyms=("assignee e-mail", "assignee email", "assignee", "assigned to", "responsible", "izvajalec", "zugewiesen an", "bearbeiter") + OWNER_SYNONYMS),
    K("status", "Status", "project.task.state / stage", synonyms=("status", "state", "stanje", "zustand")),
    K("date_deadline", "Deadline", "project.task.date_deadline", "date", synonyms=("deadline", "due date", "due", "rok", "fällig", "fälligkeitsdatum")),
    K("description", "Description", "project.task.description", "text", synonyms=DESCRIPTION_SYNONYMS),
    K("parent_ref", "Parent task", "project.task.parent_id", "ref", synonyms=("parent task", "parent", "nadrejena naloga", "übergeordnete aufgabe"), ref="task"),
)
_entity(
    "activity", "Activity / engagement", "mail.message",
    K("ref", "Source id", "external id", "id", synonyms=("activity id", "engagement id") + ID_SYNONYMS),
    K("type", "Type", "message subtype / calendar.event / project.task", required=True, synonyms=("type", "activity type", "tip", "vrsta", "art", "typ")),
    K("subject", "Subject", "mail.message.subject", synonyms=("subject", "title", "name", "zadeva", "betreff", "naslov")),
    K("body", "Body", "mail.message.body", "text", synonyms=DESCRIPTION_SYNONYMS),
    K("related_kind", "Related to (object)", "mail.message.model", synonyms=("related to", "related object", "object", "povezano z", "bezogen auf", "regarding")),
    K("related_ref", "Related id", "mail.message.res_id", "ref", synonyms=("related id", "record id", "object id", "id zapisa", "bezug-id")),
    K("owner_email", "Owner e-mail", "mail.message.author_id", "email", synonyms=OWNER_SYNONYMS),
    K("date", "Date", "mail.message.date", "datetime", required=True,
      synonyms=("date", "date/time", "datetime", "starts at", "start", "datum", "čas", "datum in čas", "zeitpunkt")),
    K("end", "End", "calendar.event.stop", "datetime", synonyms=("end", "ends at", "end date", "konec", "ende")),
    K("duration", "Duration (min)", "call/meeting duration", "float",
      synonyms=("duration (min)", "duration", "minutes", "trajanje", "trajanje (min)", "dauer", "dauer (min)")),
    K("attendees", "Attendees", "calendar.event.partner_ids", "list", synonyms=("attendees", "participants", "udeleženci", "teilnehmer")),
    K("status", "Status", "done / open", synonyms=("status", "state", "stanje", "zustand")),
    K("due_date", "Due date", "mail.activity.date_deadline", "date", synonyms=("due date", "due", "rok", "fällig")),
    K("direction", "Direction", "call/email direction", synonyms=("direction", "smer", "richtung", "in/out")),
)
_entity(
    "timesheet", "Working hours record", "account.analytic.line",
    K("employee_email", "Employee e-mail", "account.analytic.line.employee_id", "email", True,
      synonyms=("employee e-mail", "employee email", "employee", "user", "zaposleni", "mitarbeiter") + EMAIL_SYNONYMS),
    K("project_ref", "Project", "account.analytic.line.project_id", "ref", synonyms=("project id", "project", "projekt"), ref="project"),
    K("task_ref", "Task", "account.analytic.line.task_id", "ref", synonyms=("task id", "task", "naloga", "aufgabe"), ref="task"),
    K("date", "Date", "account.analytic.line.date", "date", True, synonyms=("date", "day", "datum", "dan", "tag")),
    K("hours", "Hours", "account.analytic.line.unit_amount", "float", True,
      synonyms=("hours", "duration", "time", "ure", "število ur", "stunden", "time spent", "dauer")),
    K("name", "Note", "account.analytic.line.name", synonyms=("note", "description", "comment", "opis", "opomba", "notiz", "beschreibung", "work done")),
    K("ref", "Source id", "external id", "id", synonyms=("record id", "entry id", "whr id") + ID_SYNONYMS),
)
_entity(
    "ticket", "Support ticket", "helpdesk.ticket",
    K("ref", "Source id", "external id", "id", synonyms=("ticket id", "case id", "ticket number") + ID_SYNONYMS),
    K("partner_ref", "Customer", "helpdesk.ticket.partner_id", "ref", synonyms=CLIENT_REF_SYNONYMS, ref="partner_company"),
    K("name", "Subject", "helpdesk.ticket.name", required=True, synonyms=("subject", "title", "name", "zadeva", "betreff")),
    K("description", "Description", "helpdesk.ticket.description", "text", synonyms=DESCRIPTION_SYNONYMS),
    K("status", "Status", "helpdesk.ticket.stage_id", synonyms=("status", "state", "stage", "stanje", "zustand")),
    K("assignee_email", "Assignee e-mail", "helpdesk.ticket.user_id", "email",
      synonyms=("assignee e-mail", "assignee email", "assignee", "assigned to", "agent") + OWNER_SYNONYMS),
    K("created", "Created", "chatter note (original creation date)", "date", synonyms=CREATED_SYNONYMS),
    K("priority", "Priority", "helpdesk.ticket.priority", synonyms=("priority", "prioriteta", "priorität")),
)
_entity(
    "attachment", "Attachment", "ir.attachment",
    K("ref", "Source id", "external id", "id", synonyms=("attachment id", "file id", "document id") + ID_SYNONYMS),
    K("related_kind", "Related to (object)", "ir.attachment.res_model", synonyms=("related to", "object", "povezano z", "bezogen auf")),
    K("related_ref", "Related id", "ir.attachment.res_id", "ref", synonyms=("related id", "record id", "object id")),
    K("name", "File name", "ir.attachment.name", required=True, synonyms=("file name", "filename", "name", "ime datoteke", "dateiname")),
    K("path", "Path in export", "ir.attachment.datas", synonyms=("path", "file", "file path", "pot", "pfad")),
    K("mimetype", "Content type", "ir.attachment.mimetype", synonyms=("content type", "mime type", "mimetype", "type")),
)
_entity(
    "inventory", "Configuration inventory item", "clientjoy.intrix.inventory",
    K("name", "Name", "inventory item", required=True, synonyms=("integration", "name", "title")),
    K("status", "Status", "inventory detail", synonyms=("status", "state")),
    K("notes", "Notes", "inventory detail", "text", synonyms=("notes", "note", "description", "details")),
)

# ---------------------------------------------------------------------------------------------- Clientjoy
# Entities of the Clientjoy source (REST API). Customers are companies *or* individuals (one entity,
# the importer decides); invoices, proposals and appointments have no Intrix counterpart.
_entity(
    "customer", "Customer (company or individual)", "res.partner",
    K("ref", "Source id", "external id", "id", synonyms=("customer id", "client id") + ID_SYNONYMS),
    K("type", "Type", "company + contact person / individual person", synonyms=("type", "customer type", "kind")),
    K("name", "Name", "res.partner.name", required=True, synonyms=("name", "customer name", "client name", "naziv")),
    K("company_name", "Company name", "res.partner.name (company)", synonyms=("company name", "company", "firma", "podjetje")),
    K("contact_name", "Contact person", "res.partner.name (contact of the company)",
      synonyms=("contact name", "contact person", "kontaktna oseba", "ansprechpartner")),
    K("email", "E-mail", "res.partner.email (contact person)", "email", synonyms=EMAIL_SYNONYMS),
    K("phone", "Phone", "res.partner.phone (contact person)", "phone", synonyms=PHONE_SYNONYMS),
    K("website", "Website", "res.partner.website", synonyms=("website", "web", "url", "homepage")),
    K("street", "Street", "res.partner.street", synonyms=STREET_SYNONYMS),
    K("city", "City", "res.partner.city", synonyms=CITY_SYNONYMS),
    K("zip", "ZIP", "res.partner.zip", synonyms=ZIP_SYNONYMS),
    K("state", "State", "res.partner.state_id", synonyms=("state", "region", "province", "billing state")),
    K("country", "Country", "res.partner.country_id", "country", synonyms=COUNTRY_SYNONYMS),
    K("vat", "VAT", "res.partner.vat", synonyms=("vat", "vat id", "vat number", "tax id")),
    K("owner_email", "Owner e-mail", "res.partner.user_id", "email", synonyms=OWNER_SYNONYMS),
    K("description", "Notes", "res.partner.comment", "text", synonyms=DESCRIPTION_SYNONYMS),
)
_entity(
    "invoice", "Invoice", "account.move",
    K("ref", "Source id", "external id", "id", synonyms=("invoice id",) + ID_SYNONYMS),
    K("number", "Invoice number", "account.move.name / ref", required=True,
      synonyms=("number", "invoice number", "invoice no", "številka računa", "rechnungsnummer")),
    K("customer_ref", "Customer", "account.move.partner_id", "ref", True,
      synonyms=("customer id", "customer", "client id"), ref="customer"),
    K("invoice_date", "Issue date", "account.move.invoice_date", "date", True,
      synonyms=("issue date", "invoice date", "date", "datum računa", "rechnungsdatum")),
    K("due_date", "Due date", "account.move.invoice_date_due", "date", synonyms=("due date", "due", "rok plačila", "fällig")),
    K("currency", "Currency", "account.move.currency_id", "currency", synonyms=("currency", "valuta", "währung")),
    K("status", "Status", "draft / posted / cancelled, payment", synonyms=("status", "state", "stanje")),
    K("lines", "Line items", "account.move.invoice_line_ids", "json", True, synonyms=("line items", "lines", "items")),
    K("total", "Total", "checked against account.move.amount_total", "float", synonyms=("total", "amount", "znesek", "betrag")),
    K("amount_paid", "Amount paid", "payment registered on the invoice", "float", synonyms=("amount paid", "paid", "plačano")),
    K("recurring_interval", "Recurrence interval", "account.move.x_cji_recurrence", synonyms=("recurring interval", "interval")),
    K("recurring_every", "Recurrence every", "account.move.x_cji_recurrence", "int", synonyms=("recurring every", "every")),
    K("recurring_next_date", "Next recurrence", "account.move.x_cji_recurrence", "date", synonyms=("next date", "recurring next date")),
)
_entity(
    "proposal", "Proposal", "ir.attachment",
    K("ref", "Source id", "external id", "id", synonyms=("proposal id",) + ID_SYNONYMS),
    K("name", "Title", "ir.attachment.name / note subject", required=True, synonyms=("title", "name", "subject", "naslov")),
    K("lead_ref", "Lead", "attached to crm.lead", "ref", synonyms=("lead id", "lead"), ref="lead"),
    K("customer_ref", "Customer", "attached to res.partner", "ref", synonyms=("customer id", "customer"), ref="customer"),
    K("status", "Status", "note", synonyms=("status", "state")),
    K("amount", "Amount", "note", "float", synonyms=("amount", "value", "total")),
    K("currency", "Currency", "note", "currency", synonyms=("currency",)),
    K("sent_at", "Sent", "note date", "datetime", synonyms=("sent at", "sent", "sent on")),
    K("accepted_at", "Accepted", "note", "datetime", synonyms=("accepted at", "accepted")),
    K("content_html", "Content (HTML)", "ir.attachment.datas (text/html)", "text", synonyms=("content html", "content", "body")),
    K("created", "Created", "note date when never sent", "datetime", synonyms=CREATED_SYNONYMS),
)
_entity(
    "appointment", "Appointment", "calendar.event",
    K("ref", "Source id", "external id", "id", synonyms=("appointment id",) + ID_SYNONYMS),
    K("booking_page", "Booking page", "calendar.event.name", synonyms=("booking page", "appointment type")),
    K("invitee_name", "Invitee", "attendee res.partner.name", synonyms=("invitee name", "invitee", "guest")),
    K("invitee_email", "Invitee e-mail", "attendee res.partner.email", "email", synonyms=("invitee email", "guest email")),
    K("start", "Starts at", "calendar.event.start", "datetime", True, synonyms=("starts at", "start", "begin")),
    K("stop", "Ends at", "calendar.event.stop", "datetime", synonyms=("ends at", "end", "stop")),
    K("status", "Status", "calendar.event (name, availability)", synonyms=("status", "state")),
    K("location", "Location", "calendar.event.location", synonyms=("location", "place", "kraj")),
    K("meeting_link", "Meeting link", "calendar.event.videocall_location", synonyms=("meeting link", "video link", "url")),
    K("lead_ref", "Lead", "calendar.event.opportunity_id", "ref", synonyms=("lead id", "lead"), ref="lead"),
    K("customer_ref", "Customer", "calendar.event (related partner)", "ref", synonyms=("customer id", "customer"), ref="customer"),
    K("owner_email", "Owner e-mail", "calendar.event.user_id", "email", synonyms=OWNER_SYNONYMS),
)
