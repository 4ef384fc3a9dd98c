"""Sixth batch of generated dev samples (prefix "z_"): the 16 languages of the held-out set (en de fr it es
pt nl pl cs sk sl hr sr hu ro sv) in header styles the earlier batches had few of: Odoo's own exports
with "Field/Subfield" and "External ID" headers, Dynamics 365 "(Do Not Modify)" columns, Salesforce API
names with relationship paths ("Account.Name", "Owner.Email", "__c"), localized report exports, prefixed
headers ("Deal - Value", "Contact: E-mail"), units and currencies in headers ("Amount (EUR)", "Hours [h]"),
abbreviations, mixed case and underscores, and columns no key takes (modified dates, counts,
probabilities, revenue, inverse relations). Written from knowledge of the tools and languages before the
proposer was run on them, and scored once, blind, before any change was made for them. Same format as
dev_sample_specs.py; extra word lists in dev_sample_data6.py."""

from dev_sample_spec_helpers import collector, odoo

SPECS, S = collector(rows=7)


ODOO = dict(opts={"date": "iso", "time": "HH:MM:SS"}, quote_all=True)


# ------------------------------------------------------------------------------ English
S("en_odoo_contacts_subfields", "partner_person", "en", "odoo", """
External ID | ref | id:odoo
Title | title
Name | name | full
Related Company/External ID | parent_ref | id:pfx:__export__.res_partner_####
Job Position | function
Email | email
Phone | phone
Mobile | - | mobile
Street | street
Street2 | - | empty
City | city
ZIP | zip
Country/Country Code | country | cc
Salesperson/Email | owner_email | oemail
Tags/Tag Name | - | tags
Last Updated on | - | dt:iso
Notes | description | notes?0.5
""", rows=7, **odoo("res_partner"))
S("en_dynamics_cases", "ticket", "en", "dynamics 365", """
(Do Not Modify) Case | ref | id:uuid
(Do Not Modify) Row Checksum | - | id:pfx:cm93Y2hr####
(Do Not Modify) Modified On | - | dt:iso
Case Title | name | ticket
Customer | partner_ref | company
Priority | priority
Status Reason | status | w:ticket_status
Owner | assignee_email | oname
Origin | - | choice:Phone/Email/Web
Created On | created | dt
Description | description | notes
""", rows=8, opts={"date": "MM/DD/YYYY", "time": "ampm"})
S("en_salesforce_opportunities_soql", "lead", "en", "salesforce", """
Id | ref | id:sf006
Name | name | dealname
AccountId | partner_ref | id:sf001
Account.Name | partner_name | company
StageName | stage
Amount | expected_revenue | amount:plain
CurrencyIsoCode | currency
CloseDate | date_deadline | date:iso
Probability | - | pct
ForecastCategoryName | - | choice:Pipeline/Best Case/Commit/Closed
Owner.Email | owner_email | oemail
LeadSource | source
Type | - | w:deal_types
Region__c | - | choice:EMEA/APAC/NA
Loss_Reason__c | - | w:lost_reasons?0.6
CreatedDate | created | dt
LastModifiedDate | - | dt
""", rows=9, opts={"date": "iso", "time": "Tms"})
S("en_salesforce_contacts_api", "partner_person", "en", "salesforce", """
Id | ref | id:sf003
Salutation | title
FirstName | first_name
LastName | last_name
Account.Name | parent_ref | company
Title | function
Email | email
Phone | phone
MobilePhone | - | mobile
MailingStreet | street
MailingCity | city
MailingPostalCode | zip
MailingCountry | country
Owner.Name | owner_email | oname
Birthdate | - | date:iso
HasOptedOutOfEmail | - | bool
Preferred_Language__c | - | choice:English/German/French
LastActivityDate | - | date:iso
""", rows=8, opts={"date": "iso", "time": "Tms", "phone": "nat"})
S("en_report_deals_prefixed", "lead", "en", "generic", """
Deal - Name | name | dealname
Deal - Value (USD) | expected_revenue | amount:plain
Deal - Stage | stage
Deal - Expected Close | date_deadline
Deal - Owner | owner_email | oname
Deal - Probability (%) | - | pct
Deal - # of Activities | - | int:0-25
Deal - Last Modified | - | dt
Organization: Name | partner_name | company
Contact: Full Name | contact_name | full
Contact: E-mail | email
Contact: Phone | phone
""", rows=8)
S("en_jira_issues", "task", "en", "jira", """
Summary | name | task
Issue key | ref | id:pfx:OPS-###
Issue id | - | id
Issue Type | - | choice:Task/Bug/Story
Status | status | w:task_status
Project name | project_ref | project
Priority | - | w:priority
Assignee | assignee_email | oname
Reporter | - | oname
Created | - | dt
Updated | - | dt
Due Date | date_deadline | date
Original Estimate | - | seconds
Time Spent | - | seconds
Parent id | parent_ref | id?0.6
Inward issue link (Blocks) | depends_on | id?0.7
Outward issue link (Blocks) | - | id?0.7
Description | description | notes
""", rows=8, opts={"date": "DD/MM/YYYY"})
# ------------------------------------------------------------------------------ German
S("de_odoo_verkaufschancen", "lead", "de", "odoo", """
Externe ID | ref | id:odoo
Verkaufschance | name | deal
Kunde/Externe ID | partner_ref | id:pfx:__export__.res_partner_####
Firmenname | partner_name | company
Kontaktname | contact_name | full
E-Mail | email
Telefon | phone
Verkaufsteam | pipeline | w:pipelines
Phase/Phasenname | stage
Erwarteter Umsatz | expected_revenue | amount:plain
Erwarteter Abschluss | date_deadline | date:iso
Verkäufer/E-Mail | owner_email | oemail
Wahrscheinlichkeit | - | pct
Zuletzt aktualisiert am | - | dt:iso
Erstellt am | created | dt:iso
Schlagwörter | tags | tags
""", rows=8, **odoo("crm_lead"))
S("de_dynamics_kontakte", "partner_person", "de", "dynamics 365", """
(Nicht ändern) Kontakt | ref | id:uuid
(Nicht ändern) Zeilenprüfsumme | - | id:pfx:a2FzdGVu####
(Nicht ändern) Geändert am | - | dt
Vollständiger Name | name | full
Firmenname | parent_ref | company
Position | function
E-Mail | email
Telefon geschäftlich | phone
Mobiltelefon | - | mobile
Adresse 1: Straße 1 | street
Adresse 1: Ort | city
Adresse 1: Postleitzahl | zip
Adresse 1: Land/Region | country
Besitzer | owner_email | oname
Erstellt am | - | dt
""", rows=8)
S("de_pipedrive_deals", "lead", "de", "pipedrive", """
Deal - ID | ref | id
Deal - Titel | name | dealname
Deal - Wert | expected_revenue | amount:plain
Deal - Währung | currency
Deal - Organisation | partner_name | company
Deal - Kontaktperson | contact_name | full
Person - E-Mail | email
Person - Telefon | phone
Deal - Pipeline | pipeline | w:pipelines
Deal - Phase | stage
Deal - Status | status | choice:offen/gewonnen/verloren
Deal - Besitzer | owner_email | oname
Deal - Erwartetes Abschlussdatum | date_deadline | date:iso
Deal - Wahrscheinlichkeit | - | pct
Deal - Anzahl Aktivitäten | - | int:0-20
Deal - Aktualisierungszeit | - | dt:iso
Deal - Deal erstellt | created | dt:iso
""", rows=8, opts={"time": "HH:MM:SS"})
S("de_sevdesk_rechnungen", "invoice", "de", "sevdesk", """
Rechnungsnummer | number | id:pfx:RE-2024-####
Rechnungsdatum | invoice_date
Fällig am | due_date
Kunde | customer_ref | company
Betrag netto (EUR) | - | amount
USt. (EUR) | - | money
Betrag brutto (EUR) | total | amount
Offener Betrag (EUR) | - | amount
Status | status | w:inv_status
Währung | currency
""", rows=8, delim=";", enc="utf-8-sig")
S("de_excel_stundenzettel", "timesheet", "de", "generic", """
Datum | date
Mitarbeiter (E-Mail) | employee_email | oemail
Projekt-Nr. | project_ref | id:pfx:P-24###
Tätigkeit | name | task
Stunden [h] | hours
Stundensatz [€/h] | - | money
Betrag [€] | - | amount
abrechenbar (j/n) | - | choice:j/n
""", rows=9, delim=";", enc="cp1252")
# ------------------------------------------------------------------------------ French
S("fr_odoo_societes", "partner_company", "fr", "odoo", """
ID externe | ref | id:odoo
Nom | name | company
Est une société | - | lit:True
Rue | street
Code postal | zip
Ville | city
Pays/Code du pays | country | cc
Téléphone | phone
Courriel | email | cemail
Site Web | website
N° TVA | vat
Vendeur/Identifiant | owner_email | oemail
Secteur d'activité/Nom | industry | w:industries
Dernière mise à jour le | - | dt:iso
Créé le | created | dt:iso
""", rows=7, **odoo("res_partner"))
S("fr_dynamics_opportunites", "lead", "fr", "dynamics 365", """
(Ne pas modifier) Opportunité | ref | id:uuid
(Ne pas modifier) Somme de contrôle de ligne | - | id:pfx:b3Bwb3J0####
(Ne pas modifier) Date de modification | - | dt
Rubrique | name | dealname
Client potentiel | partner_name | company
Contact | contact_name | full
Chiffre d'affaires estimé | expected_revenue
Devise | currency
Date de clôture estimée | date_deadline
Probabilité | - | pct
Évaluation | - | choice:Chaud/Tiède/Froid
Propriétaire | owner_email | oname
Créé le | created | dt
""", rows=8)
S("fr_pipedrive_personnes", "partner_person", "fr", "pipedrive", """
Personne - ID | ref | id
Personne - Nom | name | full
Personne - Prénom | first_name
Personne - Nom de famille | last_name
Personne - Organisation | parent_ref | company
Personne - E-mail - Travail | email
Personne - Téléphone - Travail | phone
Personne - Téléphone - Mobile | - | mobile
Personne - Propriétaire | owner_email | oname
Personne - Nombre d'affaires ouvertes | - | int:0-6
Personne - Date de mise à jour | - | dt:iso
""", rows=8, opts={"time": "HH:MM:SS"})
S("fr_agenda_rdv", "appointment", "fr", "generic", """
Réf. | ref | id
Type de RDV | booking_page | w:meeting_types
Client | invitee_name | full
E-mail client | invitee_email | email
Début | start | dt
Fin | stop | dt
Lieu | location | place
Lien visio | meeting_link | meet
Statut | status | w:appt_status
Conseiller | owner_email | oname
Durée (min) | - | minutes
""", rows=7, delim=";")
# ------------------------------------------------------------------------------ Italian
S("it_salesforce_report_opportunita", "lead", "it", "salesforce", """
Nome opportunità | name | dealname
Nome account | partner_name | company
Proprietario opportunità | owner_email | oname
Fase | stage
Importo (EUR) | expected_revenue
Valuta opportunità | currency
Data di chiusura | date_deadline
Probabilità (%) | - | pct
Origine lead | source
Tipo | - | w:deal_types
Data ultima modifica | - | date
Data creazione | created | date
Età | - | int:1-400
""", rows=8)
S("it_odoo_attivita_progetto", "task", "it", "odoo", """
ID esterno | ref | id:odoo
Titolo | name | task
Progetto/ID esterno | project_ref | id:pfx:__export__.project_project_###
Assegnatari | assignee_email | oname
Fase | status | w:task_status
Scadenza | date_deadline | date:iso
Bloccato da/ID esterno | depends_on | id:odoo?0.6
Blocca/ID esterno | - | id:odoo?0.7
Attività principale | parent_ref | task?0.6
Ore assegnate | - | hours:dot
Ultimo aggiornamento il | - | dt:iso
""", rows=8, **odoo("project_task"))
S("it_fatture_emesse", "invoice", "it", "generic", """
Numero | number | id:pfx:FT/2024/###
Data | invoice_date
Cliente | customer_ref | company
P.IVA cliente | - | vat
Imponibile (€) | - | amount
IVA (€) | - | money
Totale (€) | total | amount
Scadenza | due_date
Stato pagamento | status | w:inv_status
Valuta | currency
""", rows=8, delim=";")
# ------------------------------------------------------------------------------ Spanish
S("es_odoo_contactos", "partner_person", "es", "odoo", """
ID externo | ref | id:odoo
Título | title
Nombre | name | full
Empresa relacionada/ID externo | parent_ref | id:pfx:__export__.res_partner_####
Puesto de trabajo | function
Correo electrónico | email
Teléfono | phone
Móvil | - | mobile
Calle | street
Ciudad | city
Código Postal | zip
País/Nombre del país | country
Comercial | owner_email | oname
Última actualización el | - | dt:iso
""", rows=7, **odoo("res_partner"))
S("es_hubspot_negocios", "lead", "es", "hubspot", """
ID del registro | ref | id:hs
Nombre del negocio | name | dealname
Etapa del negocio | stage
Pipeline | pipeline | w:pipelines
Importe | expected_revenue | amount:plain
Moneda | currency
Fecha de cierre | date_deadline | date:iso
Propietario del negocio | owner_email | oname
Empresa asociada | partner_name | company
Tipo de negocio | - | w:deal_types
Probabilidad del negocio | - | pct
Número de contactos asociados | - | int:0-5
Fecha de la última modificación | - | dt:iso
Fecha de creación | created | dt:iso
""", rows=8)
S("es_holded_facturas", "invoice", "es", "holded", """
Num. | number | id:pfx:F24####
Fecha | invoice_date
Vencimiento | due_date
Cliente | customer_ref | company
NIF | - | vat
Subtotal | - | amount
IVA | - | money
Total | total | amount
Cobrado | amount_paid | amount
Pendiente | - | amount
Estado | status | w:inv_status
Moneda | currency
""", rows=8, delim=";")
# ------------------------------------------------------------------------------ Portuguese
S("pt_odoo_oportunidades", "lead", "pt", "odoo", """
ID Externo | ref | id:odoo
Oportunidade | name | deal
Cliente/ID Externo | partner_ref | id:pfx:__export__.res_partner_####
Nome da empresa | partner_name | company
Nome do contato | contact_name | full
E-mail | email
Telefone | phone
Equipa de vendas | pipeline | w:pipelines
Etapa | stage
Receita esperada | expected_revenue | amount:plain
Fecho previsto | date_deadline | date:iso
Comercial | owner_email | oname
Probabilidade | - | pct
Última atualização em | - | dt:iso
""", rows=7, **odoo("crm_lead"))
S("pt_pipedrive_organizacoes", "partner_company", "pt", "pipedrive", """
Organização - ID | ref | id
Organização - Nome | name | company
Organização - Endereço | street
Organização - Cidade/município/vila/localidade do Endereço | city
Organização - CEP/Código postal do Endereço | zip
Organização - País do Endereço | country
Organização - Proprietário | owner_email | oname
Organização - Negócios abertos | - | int:0-5
Organização - Negócios ganhos | - | int:0-9
Organização - Hora de atualização | - | dt:iso
Organização - Organização criada | created | dt:iso
""", rows=7, opts={"time": "HH:MM:SS"})
S("pt_clientes_excel", "partner_company", "pt", "generic", """
Cód. | ref | id
Designação social | name | company
NIF | vat | vat:nat
Morada | street
Cód. Postal | zip
Localidade | city
Tel. | phone
Email geral | email | cemail
Sítio web | website
Volume de negócios (€) | - | amount:int
N.º de colaboradores | - | int:3-400
""", rows=8, delim=";")
# ------------------------------------------------------------------------------ Dutch
S("nl_dynamics_verkoopkansen", "lead", "nl", "dynamics 365", """
(Niet wijzigen) Verkoopkans | ref | id:uuid
(Niet wijzigen) Rijcontrolesom | - | id:pfx:dmVya29vcA####
(Niet wijzigen) Gewijzigd op | - | dt
Onderwerp | name | dealname
Potentiële klant | partner_name | company
Contactpersoon | contact_name | full
Geschatte opbrengst (€) | expected_revenue
Geschatte sluitingsdatum | date_deadline
Waarschijnlijkheid | - | pct
Eigenaar | owner_email | oname
Status | status | choice:Open/Gewonnen/Verloren
Gemaakt op | created | dt
""", rows=8)
S("nl_teamleader_contacten", "partner_person", "nl", "teamleader", """
ID | ref | id:uuid
Aanspreking | title
Voornaam | first_name
Familienaam | last_name
Bedrijf | parent_ref | company
Functie | function
E-mailadres | email
Tel. | phone
GSM | - | mobile
Adres - straat | street
Adres - postcode | zip
Adres - gemeente | city
Adres - land | country
Accountmanager | owner_email | oname
Laatst gewijzigd | - | dt
""", rows=7, delim=";")
S("nl_odoo_urenstaten", "timesheet", "nl", "odoo", """
ID | ref | id:odoo
Datum | date | date:iso
Werknemer/Werk e-mail | employee_email | oemail
Project/ID | project_ref | id:pfx:__export__.project_project_###
Taak | task_ref | task
Omschrijving | name | task
Bestede uren | hours | hours:dot
Bedrag | - | money:plain
""", rows=9, **odoo("account_analytic_line"))
# ------------------------------------------------------------------------------ Polish
S("pl_dynamics_konta", "partner_company", "pl", "dynamics 365", """
(Nie modyfikować) Konto | ref | id:uuid
(Nie modyfikować) Suma kontrolna wiersza | - | id:pfx:a29udG8####
(Nie modyfikować) Data modyfikacji | - | dt
Nazwa konta | name | company
Telefon główny | phone
Adres 1: Ulica 1 | street
Adres 1: Miejscowość | city
Adres 1: Kod pocztowy | zip
Adres 1: Kraj/region | country
Witryna sieci Web | website
Branża | industry
Właściciel | owner_email | oname
Roczny przychód | - | amount:int
Liczba pracowników | - | int:5-900
""", rows=7)
S("pl_livespace_szanse", "lead", "pl", "livespace", """
Id | ref | id
Nazwa szansy | name | dealname
Firma | partner_name | company
Osoba kontaktowa | contact_name | full
Wartość [PLN] | expected_revenue
Etap | stage
Lejek sprzedaży | pipeline | w:pipelines
Szansa na wygranie [%] | - | pct
Opiekun | owner_email | oname
Przewidywana data zamknięcia | date_deadline
Data utworzenia | created | dt
Data ostatniej zmiany | - | dt
""", rows=8, delim=";")
S("pl_zadania_excel", "task", "pl", "generic", """
Lp. | - | seqno
Nr zadania | ref | id:pfx:ZAD-###
Tytuł zadania | name | task
Projekt | project_ref | project
Wykonawca | assignee_email | oname
Termin | date_deadline
Status | status | w:task_status
Zależy od | depends_on | id?0.6
Czas planowany [h] | - | hours
Opis | description | notes?0.3
""", rows=8, delim=";", enc="cp1250")
# ------------------------------------------------------------------------------ Czech
S("cs_raynet_obchodni_pripady", "lead", "cs", "raynet", """
ID | ref | id
Kód | - | id:pfx:OP-####
Předmět | name | dealname
Klient | partner_name | company
Kontaktní osoba | contact_name | full
Fáze | stage
Pravděpodobnost | - | pct
Hodnota (CZK) | expected_revenue | amount:int
Měna | currency
Očekávané uzavření | date_deadline
Vlastník | owner_email | oname
Zdroj | source
Vytvořeno | created | dt
Upraveno | - | dt
""", rows=8, delim=";")
S("cs_fakturoid_faktury", "invoice", "cs", "fakturoid", """
Číslo | number | id:pfx:2024-####
Odběratel | customer_ref | company
IČO | - | regno
DIČ | - | vat
Vystaveno | invoice_date
Splatnost | due_date
Celkem bez DPH | - | amount
Celkem s DPH | total | amount
Měna | currency
Stav | status | w:inv_status
Uhrazeno dne | - | date?0.4
""", rows=8, delim=";")
S("cs_kontakty_excel", "partner_person", "cs", "generic", """
Titul | title
Jméno | first_name
Příjmení | last_name
Společnost | parent_ref | company
Funkce | function
E-mail | email
Tel. (pevná) | phone
Mobil | - | mobile
Ulice a č.p. | street
PSČ | zip
Obec | city
Obchodník | owner_email | oname
""", rows=8, delim=";", enc="cp1250")
# ------------------------------------------------------------------------------ Slovak
S("sk_odoo_kontakty", "partner_company", "sk", "odoo", """
Externé ID | ref | id:odoo
Názov | name | company
Ulica | street
PSČ | zip
Mesto | city
Krajina/Kód krajiny | country | cc
Telefón | phone
E-mail | email | cemail
Webstránka | website
DIČ | vat
Obchodník/Prihlásenie | owner_email | ologin
Naposledy upravené | - | dt:iso
""", rows=7, **odoo("res_partner"))
S("sk_ulohy", "task", "sk", "generic", """
ID úlohy | ref | id
Názov úlohy | name | task
Projekt | project_ref | project
Riešiteľ | assignee_email | oname
Stav | status | w:task_status
Termín dokončenia | date_deadline
Nadradená úloha | parent_ref | task?0.6
Odhad (hod.) | - | hours
Popis | description | notes?0.4
""", rows=8, delim=";")
S("sk_faktury", "invoice", "sk", "generic", """
Č. faktúry | number | id:pfx:FA2024###
Odberateľ | customer_ref | company
IČ DPH | - | vat
Dátum vystavenia | invoice_date
Dátum splatnosti | due_date
Suma bez DPH (€) | - | amount
Suma s DPH (€) | total | amount
Uhradené (€) | amount_paid | amount
Stav úhrady | status | w:inv_status
""", rows=7, delim=";", enc="cp1250")
# ------------------------------------------------------------------------------ Slovenian
S("sl_pantheon_partnerji", "partner_company", "sl", "pantheon", """
Šifra | ref | id
Naziv | name | company
Naslov | street
Poštna št. | zip
Kraj | city
Država | country
ID za DDV | vat
Matična št. | - | regno
Telefon | phone
E-pošta | email | cemail
Skrbnik | owner_email | oname
Spremenil | - | oname
Datum spremembe | - | date
""", rows=8, delim=";", enc="cp1250")
S("sl_priloznosti", "lead", "sl", "generic", """
ID | ref | id
Naziv priložnosti | name | dealname
Stranka | partner_name | company
Kontakt | contact_name | full
Vrednost (EUR) | expected_revenue
Faza | stage
Verjetnost (%) | - | pct
Predviden zaključek | date_deadline
Odgovorna oseba | owner_email | oname
Vir | source
Ustvarjeno | created | dt
""", rows=8, delim=";")
S("sl_opravila", "activity", "sl", "generic", """
ID | ref | id
Vrsta | type | w:act_types
Zadeva | subject | task
Opis | body | notes
Datum in ura | date | dt
Trajanje (min) | duration | minutes
Izvajalec | owner_email | oname
Opravljeno | status | yes
""", rows=8, delim=";")
# ------------------------------------------------------------------------------ Croatian
S("hr_kupci", "partner_company", "hr", "generic", """
Šifra kupca | ref | id
Naziv tvrtke | name | company
OIB | vat | vat:nat
Adresa | street
Pošt. br. | zip
Grad | city
Tel. | phone
E-pošta | email | cemail
Web | website
Djelatnost | industry
Komercijalist | owner_email | oname
Broj zaposlenih | - | int:3-800
""", rows=8, delim=";", enc="cp1250")
S("hr_prilike", "lead", "hr", "generic", """
ID prilike | ref | id
Naziv | name | dealname
Tvrtka | partner_name | company
Kontakt osoba | contact_name | full
Iznos (EUR) | expected_revenue
Faza prodaje | stage
Vjerojatnost (%) | - | pct
Očekivani datum zatvaranja | date_deadline
Vlasnik | owner_email | oname
Izvor | source
Izmijenjeno | - | dt
""", rows=8, delim=";")
S("hr_evidencija_sati", "timesheet", "hr", "generic", """
Datum | date
Djelatnik | - | oname
E-mail djelatnika | employee_email | oemail
Projekt | project_ref | project
Zadatak | task_ref | task
Opis rada | name | task
Sati | hours
""", rows=9, delim=";")
# ------------------------------------------------------------------------------ Serbian (Latin)
S("sr_kontakti", "partner_person", "sr", "generic", """
Ime | first_name
Prezime | last_name
Preduzeće | parent_ref | company
Radno mesto | function
Imejl | email
Telefon (posao) | phone
Mobilni | - | mobile
Grad | city
Zadužen | owner_email | oname
""", rows=8, delim=";")
S("sr_tiketi", "ticket", "sr", "generic", """
Br. tiketa | ref | id
Naslov | name | ticket
Klijent | partner_ref | company
Status | status | w:ticket_status
Prioritet | priority
Dodeljeno | assignee_email | oname
Otvoren | created | dt
Poslednja izmena | - | dt
Opis problema | description | notes
""", rows=8, delim=";")
S("sr_projekti", "project", "sr", "generic", """
Šifra projekta | ref | id:pfx:PR-###
Naziv projekta | name | project
Naručilac | partner_ref | company
Rukovodilac projekta | owner_email | oname
Početak | - | date
Rok | date
Budžet (RSD) | - | amount:int
Opis | description | notes?0.4
""", rows=7, delim=";")
# ------------------------------------------------------------------------------ Hungarian
S("hu_minicrm_ugyfelek", "partner_company", "hu", "minicrm", """
Azonosító | ref | id
Cégnév | name | company
Adószám | vat | vat:nat
Székhely - Irányítószám | zip
Székhely - Település | city
Székhely - Utca, házszám | street
Telefonszám | phone
E-mail cím | email | cemail
Weboldal | website
Felelős | owner_email | oname
Létrehozva | created | dt
Módosítva | - | dt
""", rows=8, delim=";")
S("hu_lehetosegek", "lead", "hu", "generic", """
Lehetőség neve | name | dealname
Ügyfél | partner_name | company
Kapcsolattartó | contact_name | full
Érték (HUF) | expected_revenue | amount:int
Szakasz | stage
Valószínűség % | - | pct
Várható lezárás | date_deadline
Felelős értékesítő | owner_email | oname
Forrás | source
""", rows=8, delim=";")
S("hu_szamlazz_szamlak", "invoice", "hu", "számlázz.hu", """
Számlaszám | number | id:pfx:E-ABC-2024-###
Vevő neve | customer_ref | company
Vevő adószáma | - | vat:nat
Kelte | invoice_date
Teljesítés | - | date
Fizetési határidő | due_date
Nettó érték | - | amount:int
ÁFA érték | - | amount:int
Bruttó érték | total | amount:int
Pénznem | currency
Fizetve | status | yes
""", rows=8, delim=";")
# ------------------------------------------------------------------------------ Romanian
S("ro_smartbill_facturi", "invoice", "ro", "smartbill", """
Serie | - | choice:FCT/SB
Număr | number | id:pfx:0###
Data emiterii | invoice_date
Data scadenței | due_date
Client | customer_ref | company
CIF client | - | vat:nat
Valoare fără TVA (RON) | - | amount
TVA (RON) | - | money
Total (RON) | total | amount
Încasat (RON) | amount_paid | amount
Rest de plată (RON) | - | amount
Monedă | currency
""", rows=8)
S("ro_contacte_crm", "partner_person", "ro", "generic", """
Prenume | first_name
Nume | last_name
Companie | parent_ref | company
Funcție | function
Adresă e-mail | email
Telefon fix | phone
Telefon mobil | - | mobile
Oraș | city
Județ | - | choice:Cluj/Ilfov/Timiș/Iași
Responsabil | owner_email | oname
Data ultimei modificări | - | dt
""", rows=8)
S("ro_oportunitati", "lead", "ro", "generic", """
ID | ref | id
Denumire oportunitate | name | dealname
Companie | partner_name | company
Persoană de contact | contact_name | full
Valoare estimată (EUR) | expected_revenue
Etapă | stage
Probabilitate (%) | - | pct
Data estimată de închidere | date_deadline
Responsabil | owner_email | oname
Sursa | source
Creat la | created | dt
""", rows=8)
# ------------------------------------------------------------------------------ Swedish
S("sv_lime_foretag", "partner_company", "sv", "lime", """
Id | ref | id
Företagsnamn | name | company
Organisationsnummer | - | regno
Momsreg.nr | vat
Besöksadress | street
Postnr | zip
Postort | city
Land | country
Telefon växel | phone
Hemsida | website
Ansvarig säljare | owner_email | oname
Antal anställda | - | int:3-900
Omsättning (tkr) | - | amount:int
Senast ändrad | - | dt
""", rows=8, delim=";")
S("sv_upsales_affarer", "lead", "sv", "upsales", """
Affärs-ID | ref | id
Affär | name | dealname
Företag | partner_name | company
Kontakt | contact_name | full
Värde (SEK) | expected_revenue | amount:int
Sannolikhet | - | pct
Steg | stage
Stängningsdatum | date_deadline
Säljare | owner_email | oname
Skapad | created | dt
Uppdaterad | - | dt
""", rows=8, delim=";")
S("sv_tidrapport", "timesheet", "sv", "generic", """
Datum | date
Anställd | employee_email | oemail
Kund | - | company
Projekt | project_ref | project
Aktivitet | task_ref | task
Kommentar | name | task
Tid (h) | hours
Debiterbar | - | yes
""", rows=9, delim=";")
