"""Second batch of generated dev samples (prefix "v_"): written after the proposer was tuned on the first
batch and scored once before any further change, as a check of how the changes generalise (the figure is
in bench/README.md); dev like the first batch afterwards. Same format as dev_sample_specs.py."""

from dev_sample_spec_helpers import collector

SPECS, S = collector(rows=8)


# ------------------------------------------------------------------------------ companies
S("en_dynamics_accounts", "partner_company", "en", "dynamics 365", """
(Do Not Modify) Account | ref | id:uuid
(Do Not Modify) Row Checksum | - | id:pfx:Qm9vb2x4YW1w####
(Do Not Modify) Modified On | - | dt:iso
Account Name | name
Main Phone | phone
Address 1: Street 1 | street
Address 1: City | city
Address 1: ZIP/Postal Code | zip
Address 1: Country/Region | country
Website | website
Primary Contact | - | full
Owner | owner_email | oname
Industry | industry
Description | description
""", rows=7)
S("de_salesforce_bericht_accounts", "partner_company", "de", "salesforce", """
Account-Name | name
Account-Inhaber | owner_email | oname
Telefon | phone
Website | website
Rechnungsanschrift Straße | street
Rechnungsanschrift Ort | city
Rechnungsanschrift PLZ | zip
Rechnungsanschrift Land | country
Branche | industry
Erstelldatum | created | date
Jährlicher Umsatz | - | amount
""", rows=8, delim=";", enc="cp1252")
S("nl_hubspot_bedrijven", "partner_company", "nl", "hubspot", """
Record-ID | ref | id:hs
Bedrijfsnaam | name
Domeinnaam bedrijf | website | domain
Telefoonnummer | phone
Plaats | city
Postcode | zip
Land/regio | country
Sector | industry
Bedrijfseigenaar | owner_email | oname
Aanmaakdatum | created | dt:iso
Aantal medewerkers | - | int:2-400
""", rows=8)
S("sl_odoo_partnerji", "partner_company", "sl", "odoo", """
Zunanji ID | ref | id:odoo
Ime | name | company
Ulica | street
Poštna št. | zip
Kraj | city
Država | country
Telefon | phone
E-pošta | email
Spletna stran | website
ID za DDV | vat
Prodajalec | owner_email | oname
""", rows=6, quote_all=True)
S("hr_minimax_kupci", "partner_company", "hr", "generic", """
ŠIFRA | ref | id:pfx:K####
NAZIV | name | company
OIB | vat | vat:nat
ADRESA | street
POŠTA | zip
MJESTO | city
DRŽAVA | country
TELEFON | phone
E-MAIL | email
""", rows=7, enc="cp1250", delim=";")
S("en_snake_companies", "partner_company", "en", "generic", """
company_id | ref | id
company_name | name
industry | industry
phone_number | phone
email_address | email
website_url | website
street_address | street
city | city
postal_code | zip
country_code | country | cc
vat_number | vat
account_owner | owner_email | oemail
created_at | created | dt:iso
updated_at | - | dt:iso
employee_count | - | int:2-900
""", rows=9, locale="gb", opts={"time": "T"})
S("ro_smartbill_clienti", "partner_company", "ro", "smartbill", """
Denumire client | name | company
CIF | vat
Reg. Com. | - | id:pfx:J40/####/2015
Adresă | street
Oraș | city
Județ | state
Țară | country
Email | email
Telefon | phone
Persoană de contact | - | full
""", rows=6, delim=";")
S("sv_fortnox_kunder", "partner_company", "sv", "fortnox", """
Kundnummer | ref | id
Namn | name | company
Organisationsnummer | - | id:pfx:556###-####
Adress | street
Postnummer | zip
Ort | city
Land | country
Telefon | phone
E-post | email
Momsnummer | vat
""", rows=7, delim=";")
S("it_excel_anagrafica_clienti", "partner_company", "it", "generic", """
Cod. cliente | ref | id:pfx:C####
Ragione sociale | name | company
P.IVA | vat | vat:nat
Indirizzo | street
CAP | zip
Comune | city
Prov. | state
Tel. | phone
E-mail | email
PEC | - | cemail
Agente | owner_email | oname
Note | description
""", rows=8, delim=";", enc="cp1252")

# ------------------------------------------------------------------------------ persons
S("pt_hubspot_contatos", "partner_person", "pt", "hubspot", """
ID do registro | ref | id:hs
Nome | first_name
Sobrenome | last_name
E-mail | email
Número de telefone | phone
Nome da empresa | parent_ref | company
Cargo | function
Cidade | city
País/região | country
Proprietário do contato | owner_email | oname
Data de criação | - | dt:iso
""", rows=9, locale="pt")
S("cs_pipedrive_osoby", "partner_person", "cs", "pipedrive", """
Osoba - ID | ref | id
Osoba - Jméno | name | full
Osoba - Organizace | parent_ref | company
Osoba - E-mail - Práce | email
Osoba - Telefon - Práce | phone
Osoba - Vlastník | owner_email | oname
Osoba - Pracovní pozice | function
""", rows=6)
S("en_dynamics_contacts", "partner_person", "en", "dynamics 365", """
(Do Not Modify) Contact | ref | id:uuid
(Do Not Modify) Row Checksum | - | id:pfx:Zm9vYmFy####
(Do Not Modify) Modified On | - | dt:iso
Full Name | name | full
Company Name | parent_ref | company
Job Title | function
Email | email
Business Phone | phone
Mobile Phone | - | mobile
Address 1: City | city
Owner | owner_email | oname
""", rows=8)
S("hu_excel_ugyfelkapcsolatok", "partner_person", "hu", "generic", """
Név | name | full
Cégnév | parent_ref | company
Beosztás | function
E-mail | email
Mobil | phone | mobile
Város | city
Megjegyzés | description
""", rows=6, enc="cp1250", delim=";")
S("sr_odoo_kontakti", "partner_person", "sr", "odoo", """
Spoljni ID | ref | id:odoo
Ime | name | full
Povezana kompanija | parent_ref | company
Radno mesto | function
E-pošta | email
Telefon | phone
Grad | city
Država | country
Prodavac | owner_email | oname
""", rows=6, quote_all=True)
S("en_caps_contacts", "partner_person", "en", "generic", """
FIRST NAME | first_name
LAST NAME | last_name
COMPANY | parent_ref | company
POSITION | function
E-MAIL | email
PHONE | phone
CITY | city
COUNTRY | country
""", rows=5)
S("de_outlook_kontakte", "partner_person", "de", "outlook", """
Anrede | title
Vorname | first_name
Weitere Vornamen | - | empty
Nachname | last_name
Firma | parent_ref | company
Position | function
Straße geschäftlich | street
Ort geschäftlich | city
Postleitzahl geschäftlich | zip
Land/Region geschäftlich | country
Telefon geschäftlich | phone
Mobiltelefon | - | mobile
E-Mail-Adresse | email
E-Mail-Anzeigename | - | full
Notizen | description
""", rows=7, enc="cp1252")
S("sl_kontakti_excel", "partner_person", "sl", "generic", """
Priimek in ime | name | lastfirst
Podjetje | parent_ref | company
Delovno mesto | function
Elektronska pošta | email
GSM | phone | mobile
Kraj | city
""", rows=6, enc="cp1250", delim=";")
S("es_salesforce_informe_contactos", "partner_person", "es", "salesforce", """
Saludo | title
Nombre | first_name
Apellidos | last_name
Nombre de la cuenta | parent_ref | company
Cargo | function
Correo electrónico | email
Teléfono | phone
Ciudad de correo | city
Propietario del contacto | owner_email | oname
""", rows=7)

# ------------------------------------------------------------------------------ leads
S("en_dynamics_opportunities", "lead", "en", "dynamics 365", """
(Do Not Modify) Opportunity | ref | id:uuid
(Do Not Modify) Row Checksum | - | id:pfx:YWJjZGVm####
(Do Not Modify) Modified On | - | dt:iso
Topic | name | deal
Potential Customer | partner_name | company
Est. Revenue | expected_revenue | amount:plain
Est. Close Date | date_deadline
Probability | - | pct
Rating | - | rating
Owner | owner_email | oname
Status | status | choice:Open/Won/Lost
Created On | created | dt
""", rows=8)
S("fr_pipedrive_affaires", "lead", "fr", "pipedrive", """
Affaire - ID | ref | id
Affaire - Titre | name
Affaire - Valeur | expected_revenue | amount:plain
Affaire - Devise | currency
Affaire - Organisation | partner_name
Affaire - Personne à contacter | contact_name
Affaire - Étape | stage
Affaire - Pipeline | pipeline
Affaire - Statut | status | choice:Ouverte/Gagnée/Perdue
Affaire - Propriétaire | owner_email | oname
Affaire - Date de clôture prévue | date_deadline | date:iso
Affaire - Date de création | created | dt:iso
""", rows=8)
S("sv_hubspot_affarer", "lead", "sv", "hubspot", """
Post-ID | ref | id:hs
Affärsnamn | name
Affärsfas | stage
Pipeline | pipeline
Belopp | expected_revenue | amount:plain
Stängningsdatum | date_deadline | date:iso
Affärsägare | owner_email | oname
Skapad den | created | dt:iso
Associerat företag | partner_name
""", rows=7)
S("sl_crm_prilike", "lead", "sl", "generic", """
Naziv | name
Stranka | partner_name
Kontakt | contact_name
Faza prodaje | stage
Znesek | expected_revenue
Valuta | currency
Datum zaključka | date_deadline
Odgovoren | owner_email | oname
Vir | source
Oznake | tags
""", rows=7, enc="cp1250", delim=";")
S("pl_zoho_potencjalni_klienci", "lead", "pl", "zoho", """
Identyfikator rekordu | ref | id:zoho
Imię | contact_name | first
Nazwisko | last_name
Firma | partner_name
E-mail | email
Telefon | phone
Źródło potencjalnego klienta | source
Status potencjalnego klienta | status
Właściciel potencjalnego klienta | owner_email | oname
Czas utworzenia | created | dt
Opis | description
""", rows=9, enc="cp1250", delim=";")
S("en_snake_deals", "lead", "en", "generic", """
deal_id | ref | id
deal_name | name
amount | expected_revenue | amount:plain
currency_code | currency
stage_name | stage
pipeline_name | pipeline
close_date | date_deadline | date:iso
owner_email | owner_email
company_id | partner_ref | id
contact_id | contact_ref | id
created_at | created | dt:iso
probability | - | pct
""", rows=8, opts={"time": "T"})
S("hu_minicrm_adatlapok", "lead", "hu", "minicrm", """
Adatlap azonosító | ref | id
Adatlap neve | name
Cég | partner_name
Kapcsolattartó neve | contact_name
Státusz | stage
Összeg | expected_revenue | amount:int
Pénznem | currency
Felelős | owner_email | oname
Létrehozás dátuma | created | dt
""", rows=7, delim=";")
S("it_zoho_potenziali", "lead", "it", "zoho", """
ID record | ref | id:zoho
Nome | contact_name | first
Cognome | last_name
Azienda | partner_name
E-mail | email
Telefono | phone
Fonte potenziale | source
Stato potenziale | status
Proprietario potenziale | owner_email | oname
Ora di creazione | created | dt
""", rows=8)
S("ro_pipedrive_tranzactii", "lead", "ro", "pipedrive", """
Tranzacție - ID | ref | id
Tranzacție - Titlu | name
Tranzacție - Valoare | expected_revenue | amount:plain
Tranzacție - Monedă | currency
Tranzacție - Organizație | partner_name
Tranzacție - Etapă | stage
Tranzacție - Proprietar | owner_email | oname
Tranzacție - Data estimată de închidere | date_deadline | date:iso
""", rows=7)
S("sk_obchodne_prilezitosti", "lead", "sk", "generic", """
Obchodný prípad | name
Firma | partner_name
Kontaktná osoba | contact_name
Štádium | stage
Predpokladaná hodnota | expected_revenue
Dátum uzavretia | date_deadline
Zodpovedný | owner_email | oname
""", rows=6, enc="cp1250", delim=";")

# ------------------------------------------------------------------------------ projects, tasks
S("en_basecamp_projects", "project", "en", "basecamp", """
Project | name | project
Description | description
Client | partner_ref | company
Created by | - | oname
Created at | - | dt:iso
Due on | date | date:iso
""", rows=5)
S("de_personio_projekte", "project", "de", "generic", """
Projekt-ID | ref | id
Projekt | name | project
Kunde | partner_ref | company
Verantwortlicher | owner_email | oname
Startdatum | - | date
Enddatum | date
Stundenbudget | - | int:10-400
""", rows=6, delim=";")
S("sk_projekty", "project", "sk", "generic", """
Kód projektu | ref | id:pfx:P-###
Názov projektu | name
Zákazník | partner_ref | company
Manažér projektu | owner_email | oname
Začiatok | - | date
Termín ukončenia | date
Popis | description
""", rows=5, enc="cp1250", delim=";")
S("sr_projekti", "project", "sr", "generic", """
Šifra | ref | id:pfx:PR-###
Naziv projekta | name
Naručilac | partner_ref | company
Rukovodilac projekta | owner_email | oname
Rok | date
Opis | description
""", rows=5, enc="cp1250", delim=";")
S("en_teamwork_tasks", "task", "en", "teamwork", """
Task ID | ref | id
Task Name | name
Tasklist | - | choice:Phase 1/Phase 2/Backlog
Project | project_ref | project
Assigned to | assignee_email | oname
Start date | - | date
Due date | date_deadline
Status | status
Priority | - | w:priority
Description | description
Estimated time | - | hours:hm
Parent Task | parent_ref | task?0.7
""", rows=9)
S("es_jira_incidencias", "task", "es", "jira", """
Clave de incidencia | ref | id:pfx:APP-###
Resumen | name
Tipo de incidencia | - | choice:Tarea/Error/Historia
Estado | status
Prioridad | - | w:priority
Persona asignada | assignee_email | oname
Informador | - | oname
Creada | - | dt
Fecha de vencimiento | date_deadline
Descripción | description
Clave del proyecto | project_ref | lit:APP
""", rows=8)
S("pl_asana_zadania", "task", "pl", "asana", """
Identyfikator zadania | ref | id:pfx:1206########
Nazwa | name
Osoba przypisana | assignee_email | oname
Termin | date_deadline
Projekty | project_ref | project
Notatki | description
Zadanie nadrzędne | parent_ref | task?0.6
""", rows=7)
S("sl_opravila", "task", "sl", "generic", """
Št. | ref | seqno
Opravilo | name
Projekt | project_ref | project
Nosilec | assignee_email | oname
Status | status
Rok izvedbe | date_deadline
Opis | description
""", rows=6, enc="cp1250", delim=";")
S("nl_odoo_taken", "task", "nl", "odoo", """
Externe ID | ref | id:odoo
Titel | name
Project | project_ref | project
Toegewezen aan | assignee_email | oname
Fase | status
Deadline | date_deadline | date:iso
Bovenliggende taak | parent_ref | task?0.6
Omschrijving | description
""", rows=6, quote_all=True)
S("hu_jira_feladatok", "task", "hu", "jira", """
Kulcs | ref | id:pfx:WEB-###
Összefoglalás | name
Állapot | status
Felelős | assignee_email | oname
Határidő | date_deadline
Projekt | project_ref | lit:WEB
Leírás | description
""", rows=7)

# ------------------------------------------------------------------------------ activities
S("de_hubspot_aktivitaeten", "activity", "de", "hubspot", """
Datensatz-ID | ref | id:hs
Aktivitätstyp | type
Titel | subject | task
Notizen | body
Aktivitätsdatum | date | dt:iso
Aktivitätsinhaber | owner_email | oname
Anrufrichtung | direction
Dauer (ms) | duration | int:30000-3600000
Zugeordnetes Unternehmen | related_ref | company
""", rows=8)
S("fr_zoho_appels", "activity", "fr", "zoho", """
ID d'enregistrement | ref | id:zoho
Sujet | subject | task
Type d'appel | direction
Heure de début de l'appel | date | dt
Durée de l'appel (minutes) | duration
Associé à | related_kind
Propriétaire de l'appel | owner_email | oname
Description | body
""", rows=7)
S("pl_aktywnosci", "activity", "pl", "generic", """
Typ | type
Temat | subject | task
Data | date | dt
Czas trwania (min) | duration
Użytkownik | owner_email | oname
Firma | related_ref | company
Notatka | body
Zakończone | status | yes
""", rows=6, enc="cp1250", delim=";")
S("sk_aktivity", "activity", "sk", "generic", """
Druh aktivity | type
Predmet | subject | task
Dátum a čas | date | dt
Trvanie | duration
Vlastník | owner_email | oname
Poznámka | body
""", rows=5, enc="cp1250", delim=";")
S("en_hubspot_calls", "activity", "en", "hubspot", """
Record ID | ref | id:hs
Call Title | subject | task
Call notes | body
Activity date | date | dt:iso
Call direction | direction | choice:INBOUND/OUTBOUND
Call duration (HH:mm:ss) | duration | hours:hms
Activity assigned to | owner_email | oname
Call outcome | - | choice:Connected/No answer/Left voicemail
Associated Company | related_ref | company
""", rows=8)
S("hr_sastanci", "activity", "hr", "generic", """
Naslov | subject | task
Početak | date | dt
Kraj | end | dt
Mjesto | - | place
Organizator | owner_email | oname
Sudionici | attendees
Bilješke | body
""", rows=5, enc="cp1250", delim=";")

# ------------------------------------------------------------------------------ timesheets
S("en_harvest_time", "timesheet", "en", "harvest", """
Date | date | date:iso
Client | - | company
Project | project_ref | project
Project Code | - | id:pfx:P####
Task | task_ref | task
Notes | name
Hours | hours | hours:dot
Billable? | - | choice:Yes/No
Person | employee_email | oname
Billable Rate | - | money:plain
""", rows=10)
S("cs_toggl_zaznamy", "timesheet", "cs", "toggl", """
Uživatel | - | oname
E-mail | employee_email
Klient | - | company
Projekt | project_ref | project
Úkol | task_ref | task?0.3
Popis | name
Fakturovatelné | - | yes
Datum začátku | date
Čas začátku | - | time
Trvání | hours | hours:hms
""", rows=9)
S("sl_delovni_cas", "timesheet", "sl", "generic", """
Zaposleni | employee_email | oname
Dan | date
Projekt | project_ref | project
Naloga | task_ref | task
Ure | hours
Opomba | name
""", rows=7, enc="cp1250", delim=";")
S("sr_evidencija_sati", "timesheet", "sr", "generic", """
Radnik | employee_email | oname
Datum rada | date
Projekat | project_ref | project
Zadatak | task_ref | task
Sati | hours
Opis posla | name
""", rows=6, enc="cp1250", delim=";")
S("de_jira_tempo_arbeitsprotokolle", "timesheet", "de", "jira tempo", """
Vorgangsschlüssel | task_ref | id:pfx:WEB-###
Stunden | hours | hours:dot
Arbeitsdatum | date | date:iso
Benutzername | employee_email | ologin
Projektschlüssel | project_ref | lit:WEB
Tätigkeitsbeschreibung | name
""", rows=8)

# ------------------------------------------------------------------------------ tickets
S("fr_zendesk_tickets", "ticket", "fr", "zendesk", """
ID | ref | id
Sujet | name
Description | description
Statut | status
Priorité | priority
Type | - | choice:Question/Incident/Problème
Demandeur | - | full
Assigné | assignee_email | oname
Organisation | partner_ref | company
Créé le | created | dt
Mis à jour le | - | dt
""", rows=8)
S("es_freshdesk_tickets", "ticket", "es", "freshdesk", """
ID del ticket | ref | id
Asunto | name
Descripción | description
Estado | status
Prioridad | priority
Agente | assignee_email | oname
Grupo | - | choice:Soporte/Facturación
Hora de creación | created | dt
Nombre del solicitante | - | full
Correo del solicitante | - | email
Empresa | partner_ref | company
""", rows=9)
S("en_helpscout_conversations", "ticket", "en", "help scout", """
Conversation ID | ref | id
Subject | name
Status | status | choice:active/pending/closed
Assignee | assignee_email | oname
Customer Name | - | full
Customer Email | - | email
Company | partner_ref | company
Created At | created | dt:iso
Tags | - | tags
""", rows=8, opts={"time": "T"})
S("hu_zendesk_jegyek", "ticket", "hu", "zendesk", """
Azonosító | ref | id
Tárgy | name
Leírás | description
Állapot | status
Prioritás | priority
Kérelmező | - | full
Megbízott | assignee_email | oname
Szervezet | partner_ref | company
Létrehozva | created | dt
""", rows=7, delim=";")
S("pt_zendesk_tickets", "ticket", "pt", "zendesk", """
ID | ref | id
Assunto | name
Descrição | description
Estado | status
Prioridade | priority
Solicitante | - | full
Atribuído | assignee_email | oname
Organização | partner_ref | company
Criado | created | dt
""", rows=6, delim=";")
S("sl_helpdesk_zahtevki", "ticket", "sl", "generic", """
ID | ref | id
Naslov | name
Naročnik | partner_ref | company
Opis | description
Status | status
Nujnost | priority
Dodeljen | assignee_email | oname
Odprt | created | dt
""", rows=6, enc="cp1250", delim=";")

# ------------------------------------------------------------------------------ users, stages, custom fields
S("en_pipedrive_users", "user", "en", "pipedrive", """
ID | ref | id
Name | name | full
Email | email
Active | active | choice:true/false
Admin | - | choice:true/false
Role | role
Last login | - | dt:iso
""", rows=6)
S("cs_uzivatele", "user", "cs", "generic", """
Jméno a příjmení | name | full
E-mail | email
Role | role
Aktivní | active | yes
Poslední přihlášení | - | dt
""", rows=5, enc="cp1250", delim=";")
S("hr_korisnici", "user", "hr", "generic", """
Ime i prezime | name | full
Korisničko ime | - | ologin
E-pošta | email
Uloga | role
Aktivan | active | yes
""", rows=5, enc="cp1250", delim=";")
S("es_usuarios", "user", "es", "generic", """
Nombre completo | name | full
Correo electrónico | email
Perfil | role | w:roles
Activo | active | yes
Departamento | - | w:departments
""", rows=5, delim=";")
S("sr_faze_prodaje", "stage", "sr", "generic", """
Proces prodaje | pipeline
Faza | name
Redni broj | sequence
Verovatnoća (%) | probability
Dobijeno | is_won
Izgubljeno | is_lost
""", rows=6, enc="cp1250", delim=";")
S("sk_fazy", "stage", "sk", "generic", """
Obchodný proces | pipeline
Fáza | name
Poradie | sequence
Pravdepodobnosť (%) | probability
Vyhraté | is_won
Prehraté | is_lost
""", rows=6, enc="cp1250", delim=";")
S("en_pipedrive_stages", "stage", "en", "pipedrive", """
Pipeline | pipeline
Stage | name
Order | sequence
Deal probability | probability
Rotting (days) | - | int:7-60
""", rows=6)
S("de_zoho_felder", "custom_field", "de", "zoho", """
Modul | object
Feldbezeichnung | name | label
API-Name | - | apiname
Datentyp | type
Auswahllistenwerte | options | options:;
""", rows=6)
S("ro_campuri_personalizate", "custom_field", "ro", "generic", """
Obiect | object
Nume câmp | name | label
Tip câmp | type
Opțiuni | options | options:;
""", rows=5, delim=";")

# ------------------------------------------------------------------------------ attachments, inventory
S("en_pipedrive_files", "attachment", "en", "pipedrive", """
ID | ref | id
File name | name
File type | mimetype | ext
File size | - | size
Deal ID | related_ref | id
Add time | - | dt:iso
URL | path | url:app.pipedrive.com/files
""", rows=6)
S("sl_priponke", "attachment", "sl", "generic", """
Ime datoteke | name
Vrsta datoteke | mimetype
Velikost | - | size
Povezano z | related_kind
ID zapisa | related_ref | id
Pot | path | path:priponke
""", rows=5, enc="cp1250", delim=";")
S("ro_atasamente", "attachment", "ro", "generic", """
Nume fișier | name
Tip | mimetype
Dimensiune | - | size
Obiect asociat | related_kind
ID înregistrare | related_ref | id
Cale | path | path:atasamente
""", rows=5, delim=";")
S("de_integrationen", "inventory", "de", "generic", """
Integration | name | w:integrations
Status | status
Anmerkung | notes
""", rows=4, delim=";")
S("sv_automatiseringar", "inventory", "sv", "generic", """
Automatisering | name | w:integrations
Status | status
Kommentar | notes
""", rows=4, delim=";")

# ------------------------------------------------------------------------------ customers, invoices, proposals, appointments
S("de_sevdesk_kontakte", "customer", "de", "sevdesk", """
Kundennummer | ref | id
Kategorie | type | kind
Organisation | name | company
Ansprechpartner | contact_name
Straße | street
PLZ | zip
Ort | city
Land | country
E-Mail | email
Telefon | phone
USt-IdNr. | vat
""", rows=7, delim=";")
S("fr_axonaut_clients", "customer", "fr", "axonaut", """
Nom | name | company
Type | type | kind
Contact principal | contact_name
Email | email
Téléphone | phone
Adresse | street
Code postal | zip
Ville | city
Pays | country
Numéro de TVA | vat
""", rows=6, delim=";")
S("sk_odberatelia", "customer", "sk", "generic", """
Názov | name | company
IČO | - | regno
IČ DPH | vat
Ulica | street
Mesto | city
PSČ | zip
E-mail | email
Telefón | phone
""", rows=6, enc="cp1250", delim=";")
S("en_freshbooks_invoices", "invoice", "en", "freshbooks", """
Invoice Number | number | id:pfx:0000###
Client Name | customer_ref | company
Date Issued | invoice_date
Due Date | due_date
Currency | currency
Invoice Total | total | amount:plain
Amount Paid | amount_paid | amount:plain
Outstanding | - | amount:plain
Status | status
""", rows=8)
S("pt_faturas", "invoice", "pt", "generic", """
N.º fatura | number | id:pfx:FT 2024/###
Cliente | customer_ref | company
Data de emissão | invoice_date
Data de vencimento | due_date
Total | total
Moeda | currency
Estado | status
Valor pago | amount_paid
""", rows=7, delim=";")
S("ro_facturi", "invoice", "ro", "smartbill", """
Serie | - | lit:FCT
Număr | number | id
Client | customer_ref | company
Data emiterii | invoice_date
Data scadenței | due_date
Total | total
Monedă | currency
Încasat | amount_paid
""", rows=7, delim=";")
S("nl_facturen", "invoice", "nl", "moneybird", """
Factuurnummer | number | id:pfx:2024-####
Contact | customer_ref | company
Factuurdatum | invoice_date
Vervaldatum | due_date
Totaal incl. btw | total
Totaal excl. btw | - | amount
Valuta | currency
Status | status
""", rows=7, delim=";")
S("cs_nabidky", "proposal", "cs", "generic", """
Číslo nabídky | ref | id:pfx:NAB-###
Předmět | name
Zákazník | customer_ref | company
Stav | status
Částka | amount
Měna | currency
Odesláno | sent_at | date
Přijato | accepted_at | date?0.5
Vytvořeno | created | date
""", rows=6, enc="cp1250", delim=";")
S("hu_ajanlatok", "proposal", "hu", "generic", """
Ajánlat száma | ref | id:pfx:AJ-###
Megnevezés | name
Ügyfél | customer_ref | company
Állapot | status
Összeg | amount | amount:int
Pénznem | currency
Elküldve | sent_at | date
Elfogadva | accepted_at | date?0.5
""", rows=6, delim=";")
S("sl_ponudbe", "proposal", "sl", "generic", """
Številka ponudbe | ref | id:pfx:PON-###
Predmet | name
Kupec | customer_ref | company
Status | status
Vrednost | amount
Valuta | currency
Poslano | sent_at | date
Sprejeto | accepted_at | date?0.5
Priložnost | lead_ref
""", rows=6, enc="cp1250", delim=";")
S("en_zoho_bookings", "appointment", "en", "zoho bookings", """
Booking Id | ref | id:pfx:BK-#####
Customer Name | invitee_name
Customer Email | invitee_email
Service Name | booking_page
Staff Name | owner_email | oname
Start Time | start | dt
End Time | stop | dt
Status | status | choice:Upcoming/Cancelled/Completed
""", rows=7)
S("hr_rezervacije", "appointment", "hr", "generic", """
Ime klijenta | invitee_name
E-pošta klijenta | invitee_email
Usluga | booking_page
Početak | start | dt
Završetak | stop | dt
Djelatnik | owner_email | oname
Status | status
Lokacija | location
""", rows=5, enc="cp1250", delim=";")
S("ro_programari", "appointment", "ro", "generic", """
Nume client | invitee_name
Email client | invitee_email
Serviciu | booking_page
Început | start | dt
Sfârșit | stop | dt
Angajat | owner_email | oname
Stare | status
Locație | location
Link întâlnire | meeting_link
""", rows=5, delim=";")
