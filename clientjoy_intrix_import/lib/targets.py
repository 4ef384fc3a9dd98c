"""Source-independent description of what the import writes into Odoo.

Every source object (an Intrix CSV, a Clientjoy API object) is mapped onto one *entity* below. An
entity has *target keys*: the canonical values its Odoo importer understands. The field map of a run
maps each source column (CSV header or API key) onto one target key, onto a new ``x_`` custom field,
or onto nothing. The synonyms feed the map proposer (English phrases and notions of its multilingual
term table); a source adapter only adds what is specific to it.

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


# Synonyms are English phrases or sequences of notions of the multilingual term table
# (lib/data/crm_terms.json): "@expected @end @date" matches "Expected closing date", "Voraussichtliches
# Abschlussdatum", "Data prevista di chiusura"... A synonym starting with "~" is a weaker match (a mobile is a phone, but
# a plain phone column is the better one). Odoo's own label of the field a key writes is added by the
# proposer (in every language the installed Odoo has), so it is not repeated here.
ID_SYNONYMS = ("@id", "@external @id", "uid", "@object @id")
# the record's own id where the file also points to another record ("Record ID" of an attachment)
OWN_ID_SYNONYMS = ("@id", "@external @id", "uid")
OWNER_SYNONYMS = ("@owner", "@owner @email", "@sales @owner", "@owner @id", "@user @email",
                  "@assignee", "@owner @name", "~@user")
EMAIL_SYNONYMS = ("@email", "@email @street", "@email @id")
PHONE_SYNONYMS = ("@phone", "@phone @id", "~@mobile", "~@mobile @id")
STREET_SYNONYMS = ("@street", "@street @id", "address line", "@street @name")
CITY_SYNONYMS = ("@city", "@city @name", "~@zip")  # the post office of an address ("Pošta") is its town
ZIP_SYNONYMS = ("@zip", "@zip @id")
COUNTRY_SYNONYMS = ("@country", "@country @id", "@country @region")
CREATED_SYNONYMS = ("@created", "@created @date", "@created @time", "@date @created")
DESCRIPTION_SYNONYMS = ("@description",)
CLIENT_REF_SYNONYMS = ("@company @id", "@company", "@company @object", "@company @name")
# whom an invoice or a proposal is addressed to is its customer
BILLED_SYNONYMS = CLIENT_REF_SYNONYMS + ("~@recipient", "~@recipient @name", "~@contact", "~@contact @name")

ENTITIES = {}


def _entity(name, label, model, *keys):
    ENTITIES[name] = Entity(name, label, model, tuple(keys))


_entity(
    "user", "Owner / user", "res.users",
    K("ref", "Source user id", "external id", "id", synonyms=("@user @id", "@owner @id") + ID_SYNONYMS),
    K("name", "Name", "res.users.name", synonyms=("@name", "@user @name", "@first @last")),
    K("email", "E-mail", "res.users.login / email", "email", True, EMAIL_SYNONYMS + ("@login", "@login @name")),
    K("active", "Active", "res.users.active", "bool", synonyms=("@active", "@status")),
    K("role", "Role", "access rights (informative)", synonyms=("@role", "@user @role", "~@profile")),
)
_entity(
    "custom_field", "Custom field definition", "ir.model.fields",
    K("object", "Object", "target model", required=True, synonyms=("@object", "@object @type")),
    K("name", "Field name", "ir.model.fields.field_description", required=True,
      synonyms=("@field @name", "@name", "@tags")),
    K("type", "Type", "ir.model.fields.ttype", required=True, synonyms=("@type", "@field @type")),
    K("options", "Options", "ir.model.fields.selection_ids", "list", synonyms=("@options",)),
)
_entity(
    "stage", "Pipeline stage", "crm.stage",
    K("pipeline", "Pipeline", "crm.team.name", required=True,
      synonyms=("@pipeline", "@pipeline @name", "@sales @pipeline", "@sales @department")),
    K("name", "Stage", "crm.stage.name", required=True, synonyms=("@stage", "@stage @name", "@stage @tags")),
    K("sequence", "Order", "crm.stage.sequence", "int", synonyms=("@sequence", "@sequence @id")),
    K("probability", "Probability (%)", "crm.stage.x_cji_probability", "float",
      synonyms=("@probability", "@probability %", "@won @probability")),
    K("is_won", "Won stage", "crm.stage.is_won", "bool", synonyms=("@won", "@won @stage")),
    K("is_lost", "Lost stage", "stage is folded, leads archived lost", "bool", synonyms=("@lost", "@lost @stage")),
)
_entity(
    "partner_company", "Company", "res.partner",
    K("ref", "Source id", "external id", "id", synonyms=("@company @id",) + ID_SYNONYMS),
    K("name", "Name", "res.partner.name", required=True,
      synonyms=("@company @name", "@company", "@name", "@object @name")),
    K("industry", "Industry", "res.partner.industry_id", synonyms=("@industry",)),
    K("email", "E-mail", "res.partner.email", "email", synonyms=EMAIL_SYNONYMS),
    K("phone", "Phone", "res.partner.phone", "phone", synonyms=PHONE_SYNONYMS),
    K("website", "Website", "res.partner.website", synonyms=("@website", "@website @street")),
    K("street", "Street", "res.partner.street", synonyms=STREET_SYNONYMS),
    K("city", "City", "res.partner.city", synonyms=CITY_SYNONYMS),
    K("zip", "ZIP", "res.partner.zip", synonyms=ZIP_SYNONYMS),
    K("state", "State", "res.partner.state_id", synonyms=("@region",)),
    K("country", "Country", "res.partner.country_id", "country", synonyms=COUNTRY_SYNONYMS),
    K("vat", "VAT", "res.partner.vat", synonyms=("@vat", "@vat @id", "@vat @registration")),
    K("owner_email", "Owner e-mail", "res.partner.user_id", "email", synonyms=OWNER_SYNONYMS),
    K("created", "Created", "chatter note (original creation date)", "date", synonyms=CREATED_SYNONYMS),
    K("description", "Notes", "res.partner.comment", "text", synonyms=DESCRIPTION_SYNONYMS),
)
_entity(
    "partner_person", "Contact person", "res.partner",
    K("ref", "Source id", "external id", "id", synonyms=("@contact @id", "@person @id") + ID_SYNONYMS),
    K("parent_ref", "Company", "res.partner.parent_id", "ref", synonyms=CLIENT_REF_SYNONYMS, ref="partner_company"),
    K("title", "Salutation", "res.partner.title", synonyms=("@salutation", "@title")),
    K("first_name", "First name", "res.partner.name", synonyms=("@first @name", "@first")),
    K("last_name", "Last name", "res.partner.name", synonyms=("@last @name", "@last")),
    K("name", "Full name", "res.partner.name",
      synonyms=("@name", "@contact @name", "@person @name", "@first @last")),
    K("email", "E-mail", "res.partner.email", "email", synonyms=EMAIL_SYNONYMS),
    K("phone", "Phone", "res.partner.phone", "phone", synonyms=PHONE_SYNONYMS),
    # a person's role at the company is the job title (the user roles of the product are another entity's)
    K("function", "Job title", "res.partner.function",
      synonyms=("@function", "@function @title", "@function @company", "~@role")),
    K("street", "Street", "res.partner.street", synonyms=STREET_SYNONYMS),
    K("city", "City", "res.partner.city", synonyms=CITY_SYNONYMS),
    K("zip", "ZIP", "res.partner.zip", synonyms=ZIP_SYNONYMS),
    K("country", "Country", "res.partner.country_id", "country", synonyms=COUNTRY_SYNONYMS),
    K("owner_email", "Owner e-mail", "res.partner.user_id", "email", synonyms=OWNER_SYNONYMS),
    K("description", "Notes", "res.partner.comment", "text", synonyms=DESCRIPTION_SYNONYMS),
)
_entity(
    "lead", "Lead / opportunity", "crm.lead",
    K("ref", "Source id", "external id", "id", synonyms=("@opportunity @id", "@lead @id") + ID_SYNONYMS),
    K("name", "Name", "crm.lead.name", required=True,
      synonyms=("@opportunity @name", "@opportunity", "@name", "@opportunity @title", "@title", "@subject")),
    K("partner_ref", "Customer", "crm.lead.partner_id", "ref", synonyms=CLIENT_REF_SYNONYMS, ref="partner_company"),
    K("contact_ref", "Contact", "crm.lead.partner_id (contact)", "ref",
      synonyms=("@contact @id", "@contact", "@person @id"), ref="partner_person"),
    K("pipeline", "Pipeline", "crm.lead.team_id", synonyms=("@pipeline", "@pipeline @name", "@sales @department")),
    K("stage", "Stage", "crm.lead.stage_id", synonyms=("@stage", "@stage @name", "@sales @stage", "@pipeline @stage")),
    K("expected_revenue", "Value", "crm.lead.expected_revenue", "float",
      synonyms=("@value", "@opportunity @value", "@expected @value", "@expected @revenue", "~@revenue", "~@total",
                "~@value @net", "~@budget")),
    K("currency", "Currency", "crm.lead (value kept, or converted at the run's rate)", "currency", synonyms=("@currency",)),
    K("date_deadline", "Expected close", "crm.lead.date_deadline", "date",
      synonyms=("@expected @end @date", "@end @date", "@expected @end", "@deadline", "@end",
                "~@sales @date")),  # the date of a sale is when it closes (SuperOffice's "Sale date")
    K("owner_email", "Owner e-mail", "crm.lead.user_id", "email", synonyms=OWNER_SYNONYMS),
    K("description", "Description", "crm.lead.description", "text", synonyms=DESCRIPTION_SYNONYMS),
    K("contact_name", "Contact name", "crm.lead.contact_name",
      synonyms=("@contact @name", "@first @name", "@contact @person", "~@contact", "~@first")),
    K("last_name", "Last name", "crm.lead.contact_name", synonyms=("@last @name", "@last")),
    K("partner_name", "Company name", "crm.lead.partner_name", synonyms=("@company @name", "@company")),
    K("email", "E-mail", "crm.lead.email_from", "email", synonyms=EMAIL_SYNONYMS),
    K("phone", "Phone", "crm.lead.phone", "phone", synonyms=PHONE_SYNONYMS),
    K("street", "Street", "crm.lead.street", synonyms=STREET_SYNONYMS),
    K("city", "City", "crm.lead.city", synonyms=CITY_SYNONYMS),
    K("zip", "ZIP", "crm.lead.zip", synonyms=ZIP_SYNONYMS),
    K("country", "Country", "crm.lead.country_id", "country", synonyms=COUNTRY_SYNONYMS),
    K("source", "Lead source", "crm.lead.x_cji_source", synonyms=("@source", "@lead @source")),
    K("score", "Score", "crm.lead.x_cji_score", "float", synonyms=("@score", "@lead @score")),
    K("status", "Lifecycle status", "crm.lead type / won / lost",
      synonyms=("@status", "@lifecycle", "@lifecycle @status", "@lead @status")),
    K("tags", "Tags", "crm.lead.tag_ids", "list", synonyms=("@tags",)),
    K("created", "Created", "chatter note (original creation date)", "datetime", synonyms=CREATED_SYNONYMS),
)
_entity(
    "project", "Project", "project.project",
    K("ref", "Source id", "external id", "id", synonyms=("@project @id",) + ID_SYNONYMS),
    K("name", "Name", "project.project.name", required=True,
      synonyms=("@project @name", "@project", "@name", "@project @title")),
    K("partner_ref", "Customer", "project.project.partner_id", "ref", synonyms=CLIENT_REF_SYNONYMS, ref="partner_company"),
    K("date", "Deadline", "project.project.date", "date",
      synonyms=("@deadline", "@end @date", "@expected @end @date", "@deadline @end", "@end")),
    K("owner_email", "Owner e-mail", "project.project.user_id", "email", synonyms=OWNER_SYNONYMS + ("@project @owner",)),
    K("description", "Description", "project.project.description", "text", synonyms=DESCRIPTION_SYNONYMS),
)
_entity(
    "task", "Task", "project.task",
    K("ref", "Source id", "external id", "id", synonyms=("@task @id",) + ID_SYNONYMS),
    K("project_ref", "Project", "project.task.project_id", "ref", synonyms=("@project @id", "@project"), ref="project"),
    K("name", "Name", "project.task.name", required=True,
      synonyms=("@task @name", "@task", "@name", "@title", "@subject", "@task @title")),
    K("depends_on", "Depends on", "project.task.depend_on_ids", "list", synonyms=("@depends", "@depends @task"), ref="task"),
    K("assignee_email", "Assignee e-mail", "project.task.user_ids", "email",
      synonyms=("@assignee", "@assignee @email") + OWNER_SYNONYMS + ("~@person",)),
    K("status", "Status", "project.task.state / stage", synonyms=("@status", "@task @status", "@stage")),
    K("date_deadline", "Deadline", "project.task.date_deadline", "date",
      synonyms=("@deadline", "@deadline @date", "@end @date", "@end")),
    K("description", "Description", "project.task.description", "text", synonyms=DESCRIPTION_SYNONYMS),
    K("parent_ref", "Parent task", "project.task.parent_id", "ref", synonyms=("@parent @task", "@parent"), ref="task"),
)
_entity(
    "activity", "Activity / engagement", "mail.message",
    K("ref", "Source id", "external id", "id", synonyms=("@activity @id",) + ID_SYNONYMS),
    K("type", "Type", "message subtype / calendar.event / project.task", required=True,
      synonyms=("@type", "@activity @type")),
    K("subject", "Subject", "mail.message.subject", synonyms=("@subject", "@title", "@name")),
    K("body", "Body", "mail.message.body", "text", synonyms=DESCRIPTION_SYNONYMS),
    K("related_kind", "Related to (object)", "mail.message.model",
      synonyms=("@related", "@related @object", "@object", "@related @type")),
    K("related_ref", "Related id", "mail.message.res_id", "ref",
      synonyms=("@related @id", "@object @id", "@related @object @id", "~@related", "~@related @company", "~@company",
                "~@opportunity @id", "~@lead @id", "~@company @id", "~@contact @id", "~@company @name")),
    K("owner_email", "Owner e-mail", "mail.message.author_id", "email", synonyms=OWNER_SYNONYMS),
    K("date", "Date", "mail.message.date", "datetime", required=True,
      synonyms=("@date", "@date @time", "@start", "@start @time", "@start @date")),
    K("end", "End", "calendar.event.stop", "datetime", synonyms=("@end", "@end @time", "@end @date")),
    K("duration", "Duration (min)", "call/meeting duration", "float",
      synonyms=("@duration", "@duration @minutes", "@minutes", "@duration @time", "@count @minutes")),
    K("attendees", "Attendees", "calendar.event.partner_ids", "list", synonyms=("@attendees",)),
    K("status", "Status", "done / open", synonyms=("@status", "@done")),
    K("due_date", "Due date", "mail.activity.date_deadline", "date", synonyms=("@deadline", "@deadline @date")),
    K("direction", "Direction", "call/email direction", synonyms=("@direction", "in/out", "~@meeting @type")),
)
_entity(
    "timesheet", "Working hours record", "account.analytic.line",
    K("employee_email", "Employee e-mail", "account.analytic.line.employee_id", "email", True,
      synonyms=("@user @email", "@user", "~@login", "~@person") + EMAIL_SYNONYMS),
    K("project_ref", "Project", "account.analytic.line.project_id", "ref", synonyms=("@project @id", "@project"), ref="project"),
    K("task_ref", "Task", "account.analytic.line.task_id", "ref", synonyms=("@task @id", "@task", "~@activity"),
      ref="task"),
    K("date", "Date", "account.analytic.line.date", "date", True, synonyms=("@date", "~@start @date", "~@start")),
    K("hours", "Hours", "account.analytic.line.unit_amount", "float", True,
      synonyms=("@hours", "@duration", "@time", "@hours @duration", "@count @hours")),
    K("name", "Note", "account.analytic.line.name",
      synonyms=("@description", "@activity", "@activity @description")),
    K("ref", "Source id", "external id", "id", synonyms=("entry id",) + OWN_ID_SYNONYMS),
)
_entity(
    "ticket", "Support ticket", "helpdesk.ticket",
    K("ref", "Source id", "external id", "id", synonyms=("@ticket @id",) + ID_SYNONYMS),
    K("partner_ref", "Customer", "helpdesk.ticket.partner_id", "ref", synonyms=CLIENT_REF_SYNONYMS, ref="partner_company"),
    K("name", "Subject", "helpdesk.ticket.name", required=True, synonyms=("@subject", "@title", "@name", "@ticket @subject")),
    K("description", "Description", "helpdesk.ticket.description", "text", synonyms=DESCRIPTION_SYNONYMS),
    K("status", "Status", "helpdesk.ticket.stage_id", synonyms=("@status", "@stage", "@ticket @status")),
    K("assignee_email", "Assignee e-mail", "helpdesk.ticket.user_id", "email",
      synonyms=("@assignee", "@assignee @email") + OWNER_SYNONYMS),
    K("created", "Created", "chatter note (original creation date)", "date", synonyms=CREATED_SYNONYMS),
    K("priority", "Priority", "helpdesk.ticket.priority", synonyms=("@priority",)),
)
_entity(
    "attachment", "Attachment", "ir.attachment",
    K("ref", "Source id", "external id", "id", synonyms=("@file @id",) + OWN_ID_SYNONYMS),
    K("related_kind", "Related to (object)", "ir.attachment.res_model",
      synonyms=("@related", "@related @object", "@object", "@object @type", "@related @type")),
    K("related_ref", "Related id", "ir.attachment.res_id", "ref",
      synonyms=("@related @id", "@object @id", "~@opportunity @id", "~@lead @id", "~@company @id", "~@contact @id",
                "~@task @id", "~@ticket @id", "~@project @id")),
    K("name", "File name", "ir.attachment.name", required=True, synonyms=("@file @name", "@file", "@name")),
    K("path", "Path in export", "ir.attachment.datas", synonyms=("@path", "@file @path", "~@link", "~@website", "~@location")),
    K("mimetype", "Content type", "ir.attachment.mimetype",
      synonyms=("@mimetype", "@mimetype @type", "@file @type", "@description @type")),
)
_entity(
    "inventory", "Configuration inventory item", "clientjoy.intrix.inventory",
    K("name", "Name", "inventory item", required=True, synonyms=("@integration", "@integration @name", "@name", "@title")),
    K("status", "Status", "inventory detail", synonyms=("@status", "~@active")),
    K("notes", "Notes", "inventory detail", "text", synonyms=("@description",)),
)

# ---------------------------------------------------------------------------------------------- Clientjoy
# Entities of the Clientjoy source (REST API). Customers are companies *or* individuals (one entity,
# the importer decides); invoices, proposals and appointments have no Intrix counterpart.
_entity(
    "customer", "Customer (company or individual)", "res.partner",
    K("ref", "Source id", "external id", "id", synonyms=("@company @id",) + ID_SYNONYMS),
    K("type", "Type", "company + contact person / individual person", synonyms=("@type", "@company @type")),
    K("name", "Name", "res.partner.name", required=True, synonyms=("@name", "@company @name", "@company")),
    K("company_name", "Company name", "res.partner.name (company)", synonyms=("@company @name", "@company")),
    K("contact_name", "Contact person", "res.partner.name (contact of the company)",
      synonyms=("@contact @name", "@contact @person", "@contact")),
    K("email", "E-mail", "res.partner.email (contact person)", "email", synonyms=EMAIL_SYNONYMS),
    K("phone", "Phone", "res.partner.phone (contact person)", "phone", synonyms=PHONE_SYNONYMS),
    K("website", "Website", "res.partner.website", synonyms=("@website",)),
    K("street", "Street", "res.partner.street", synonyms=STREET_SYNONYMS),
    K("city", "City", "res.partner.city", synonyms=CITY_SYNONYMS),
    K("zip", "ZIP", "res.partner.zip", synonyms=ZIP_SYNONYMS),
    K("state", "State", "res.partner.state_id", synonyms=("@region",)),
    K("country", "Country", "res.partner.country_id", "country", synonyms=COUNTRY_SYNONYMS),
    K("vat", "VAT", "res.partner.vat", synonyms=("@vat", "@vat @id", "@vat @registration")),
    K("owner_email", "Owner e-mail", "res.partner.user_id", "email", synonyms=OWNER_SYNONYMS),
    K("description", "Notes", "res.partner.comment", "text", synonyms=DESCRIPTION_SYNONYMS),
)
_entity(
    "invoice", "Invoice", "account.move",
    K("ref", "Source id", "external id", "id", synonyms=OWN_ID_SYNONYMS),
    K("number", "Invoice number", "account.move.name / ref", required=True,
      synonyms=("@number", "@invoice @number", "@invoice", "@invoice @id", "~@file @number")),
    K("customer_ref", "Customer", "account.move.partner_id", "ref", True,
      synonyms=BILLED_SYNONYMS, ref="customer"),
    K("invoice_date", "Issue date", "account.move.invoice_date", "date", True,
      synonyms=("@issued @date", "@invoice @date", "@date", "@issued")),
    K("due_date", "Due date", "account.move.invoice_date_due", "date",
      synonyms=("@deadline @date", "@deadline", "@payment @deadline")),
    K("currency", "Currency", "account.move.currency_id", "currency", synonyms=("@currency",)),
    K("status", "Status", "draft / posted / cancelled, payment", synonyms=("@status", "@payment @status", "~@paid")),
    K("lines", "Line items", "account.move.invoice_line_ids", "json", True, synonyms=("line items", "lines", "items")),
    K("total", "Total", "checked against account.move.amount_total", "float",
      synonyms=("@total", "@value @gross", "@gross", "@total @value", "~@value")),
    K("amount_paid", "Amount paid", "payment registered on the invoice", "float",
      synonyms=("@paid", "@value @paid", "@paid @value")),
    K("recurring_interval", "Recurrence interval", "account.move.x_cji_recurrence",
      synonyms=("@recurring @interval", "@interval")),
    K("recurring_every", "Recurrence every", "account.move.x_cji_recurrence", "int",
      synonyms=("@recurring", "@recurring @number", "every")),
    K("recurring_next_date", "Next recurrence", "account.move.x_cji_recurrence", "date",
      synonyms=("@next @date", "@next @invoice @date", "@next @invoice", "@recurring @date")),
)
_entity(
    "proposal", "Proposal", "ir.attachment",
    K("ref", "Source id", "external id", "id",
      synonyms=("@proposal @id", "@proposal @number") + OWN_ID_SYNONYMS + ("~@file @id",)),
    K("name", "Title", "ir.attachment.name / note subject", required=True,
      synonyms=("@title", "@name", "@subject", "@proposal", "@proposal @name", "@proposal @title", "~@file @name", "~@file")),
    K("lead_ref", "Lead", "attached to crm.lead", "ref",
      synonyms=("@lead @id", "@lead", "@opportunity", "@opportunity @id", "@opportunity @name"), ref="lead"),
    K("customer_ref", "Customer", "attached to res.partner", "ref", synonyms=BILLED_SYNONYMS, ref="customer"),
    K("status", "Status", "note", synonyms=("@status",)),
    K("amount", "Amount", "note", "float", synonyms=("@value", "@total", "@value @net", "@total @value", "@value @gross")),
    K("currency", "Currency", "note", "currency", synonyms=("@currency",)),
    # a proposal is issued when it is sent; its document's own date is that day
    K("sent_at", "Sent", "note date", "datetime",
      synonyms=("@sent", "@sent @date", "@sent @time", "~@issued", "~@issued @date", "~@file @date", "~@date")),
    K("accepted_at", "Accepted", "note", "datetime",
      synonyms=("@accepted", "@accepted @date", "@accepted @time", "~@won", "~@won @date", "~@done", "~@done @date")),
    K("content_html", "Content (HTML)", "ir.attachment.datas (text/html)", "text", synonyms=("content html", "@description")),
    K("created", "Created", "note date when never sent", "datetime", synonyms=CREATED_SYNONYMS),
)
_entity(
    "appointment", "Appointment", "calendar.event",
    K("ref", "Source id", "external id", "id", synonyms=("@meeting @id",) + OWN_ID_SYNONYMS),
    K("booking_page", "Booking page", "calendar.event.name",
      synonyms=("@meeting @type", "@service", "@meeting @type @name", "@service @name", "@meeting @name", "@meeting")),
    K("invitee_name", "Invitee", "attendee res.partner.name",
      synonyms=("@invitee @name", "@invitee", "@attendees", "~@contact @name", "~@contact", "~@person @name", "~@company @name",
                "~@company", "~@name", "~@first @last")),
    K("invitee_email", "Invitee e-mail", "attendee res.partner.email", "email",
      synonyms=("@invitee @email", "@attendees @email", "@email", "@contact @email", "~@company @email", "~@person @email")),
    K("start", "Starts at", "calendar.event.start", "datetime", True,
      synonyms=("@start", "@start @date", "@start @time", "@start @date @time", "~@date")),
    K("stop", "Ends at", "calendar.event.stop", "datetime", synonyms=("@end", "@end @date", "@end @time", "@end @date @time")),
    K("status", "Status", "calendar.event (name, availability)", synonyms=("@status", "@canceled")),
    K("location", "Location", "calendar.event.location", synonyms=("@location",)),
    K("meeting_link", "Meeting link", "calendar.event.videocall_location",
      synonyms=("@meeting @link", "@link", "~@website", "@meeting @website")),
    K("lead_ref", "Lead", "calendar.event.opportunity_id", "ref",
      synonyms=("@lead @id", "@lead", "@opportunity", "@opportunity @id"), ref="lead"),
    K("customer_ref", "Customer", "calendar.event (related partner)", "ref", synonyms=CLIENT_REF_SYNONYMS, ref="customer"),
    K("owner_email", "Owner e-mail", "calendar.event.user_id", "email", synonyms=OWNER_SYNONYMS),
)
