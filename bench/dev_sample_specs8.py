"""Eighth batch of generated dev samples (prefix "u_"): the 16 languages of the held-out set (en de fr it es
pt nl pl cs sk sl hr sr hu ro sv) and the readings the earlier batches had few files of, all of them
judgement calls of map_samples/heldout/README.md settled by the values or the header's shape:
- a "Status" / "Stav" / "Estado" / "Státusz" column of a lead file that holds the pipeline's stage names
  (amoCRM, Kommo, MiniCRM, hand-kept lists) is the stage; one that holds open / won / lost (Pipedrive,
  Raynet, Teamleader, Close) is the record's status; a status of active / inactive words is a user's
  "active", and in a company or person file (no key for it) nothing;
- "Número de ..." / "Numero di ..." / "Number of ..." / "Anzahl ..." / "Liczba ...": an identifier or a
  document number ("Número de factura", "Número de cliente") against a count ("Número de empleados");
- tax amounts ("ÁFA érték", "MwSt-Betrag", "Montant TVA", "IVA", "Btw-bedrag", "Kwota VAT", "Momsbelopp",
  "Total Tax", "Znesek DDV", "Valoare TVA") beside the net, the gross total and the amount paid;
- "Assigned to" / "Zugewiesen an" / "Přiřazeno" / "Asignado a" / "Atribuído a" / "Toegewezen aan" ...:
  the owner of a lead, a company or an activity, the assignee of a task or a ticket.
Headers as the tools export them (amoCRM / Kommo, MiniCRM, Raynet, Teamleader, Pipedrive, Zoho, Salesforce,
HubSpot, Freshdesk, Jira, Bitrix24, Holded, számlázz.hu, SmartBill, Fakturoid, sevDesk, Xero, QuickBooks,
Fortnox, Odoo) or hand-kept lists. Written from knowledge of the tools and languages before the proposer
was run on them; scored once, blind, before any change was made for them. Same format as
dev_sample_specs.py."""

from dev_sample_spec_helpers import collector, odoo

SPECS, S = collector(rows=7)


# ------------------------------------------------------------------------------ English
S("en_amocrm_leads", "lead", "en", "amocrm", """
ID | ref | id
Lead title | name | dealname
Budget $ | expected_revenue | amount:int
Responsible user | owner_email | oname
Status | stage | w:stages
Pipeline | pipeline | w:pipelines
Date Created | created | dt
Created by | - | oname
Last modified | - | dt
Tags | tags
Company | partner_name | company
Main contact | contact_name | full
Closed at | - | date?0.6
""", rows=9, opts={"date": "DD.MM.YYYY"})
S("en_close_opportunities", "lead", "en", "close", """
id | ref | id:pfx:oppo_###
lead_name | partner_name | company
status_type | status | choice:active/won/lost
status_label | stage | w:stages
value | expected_revenue | amount:int
value_currency | currency
confidence | - | pct
user_name | owner_email | oname
date_won | - | date:iso?0.6
date_created | created | dt:iso
contact_name | contact_name | full
""", rows=8)
S("en_xero_invoices", "invoice", "en", "xero", """
InvoiceNumber | number | id:pfx:INV-####
Reference | - | choice:PO 4411/PO 4412/Q3 retainer/
Contact | customer_ref | company
InvoiceDate | invoice_date | date:DD/MM/YYYY
DueDate | due_date | date:DD/MM/YYYY
SubTotal | - | amount:plain
TotalTax | - | money:plain
Total | total | amount:plain
AmountPaid | amount_paid | amount:plain
AmountDue | - | amount:plain
Currency | currency
Status | status | choice:PAID/AUTHORISED/DRAFT/VOIDED
""", rows=8, locale="gb")
S("en_hubspot_companies_counts", "partner_company", "en", "hubspot", """
Record ID | ref | id:hs
Company name | name | company
Company Domain Name | website | domain
Phone Number | phone
City | city
Country/Region | country
Industry | industry | w:industries
Number of Employees | - | int:5-2000
Number of Associated Contacts | - | int:0-40
Number of Sales Activities | - | int:0-120
Annual Revenue | - | amount:int
Company owner | owner_email | oname
Create Date | created | dt:iso
""", rows=8)
S("en_salesforce_tasks", "activity", "en", "salesforce", """
Subject | subject | task
Activity Type | type | w:act_types
Due Date | due_date | date
Assigned | owner_email | oname
Status | status | choice:Not Started/In Progress/Completed
Priority | - | w:priority
Related To | related_ref | company
Comments | body | notes
""", rows=8)
S("en_users_status", "user", "en", "generic", """
Full name | name | full
Login email | email | oemail
Profile | role | w:roles
Status | active | choice:Active/Inactive
Last login | - | dt
""", rows=5)
# ------------------------------------------------------------------------------ German
S("de_sevdesk_rechnungen", "invoice", "de", "sevdesk", """
Rechnungsnummer | number | id:pfx:RE-####
Rechnungsdatum | invoice_date
Fällig am | due_date
Kunde | - | company
Kundennummer | customer_ref | id:pfx:K-####
Netto | - | amount
MwSt-Betrag | - | money
Brutto | total | amount
Bezahlt | amount_paid | amount
Offen | - | amount
Status | status | w:inv_status
""", rows=8, delim=";")
S("de_jira_aufgaben_zugewiesen", "task", "de", "jira", """
Schlüssel | ref | id:pfx:OPS-###
Zusammenfassung | name | task
Status | status | w:task_status
Zugewiesen an | assignee_email | oname
Berichterstatter | - | oname
Fällig | date_deadline | date
Projekt | project_ref | project
""", rows=8)
S("de_aktivitaeten_zugeordnet", "activity", "de", "generic", """
Betreff | subject | task
Aktivitätstyp | type | w:act_types
Datum | date | dt
Zugeordnet zu | owner_email | oname
Firma | related_ref | company
Erledigt | status | yes
Notiz | body | notes
""", rows=8, delim=";")
S("de_firmen_anzahl", "partner_company", "de", "generic", """
Kundennummer | ref | id:pfx:K-####
Firmenname | name | company
Straße | street
PLZ | zip
Ort | city
Branche | industry | w:industries
Anzahl Mitarbeiter | - | int:3-900
Anzahl Ansprechpartner | - | int:1-12
Status | - | choice:Aktiv/Inaktiv
Betreuer | owner_email | oname
""", rows=8, delim=";")
# ------------------------------------------------------------------------------ French
S("fr_factures_tva", "invoice", "fr", "generic", """
N° facture | number | id:pfx:F2024-###
Date d'émission | invoice_date
Date d'échéance | due_date
Client | customer_ref | company
Montant HT | - | amount
Montant TVA | - | money
Montant TTC | total | amount
Montant réglé | amount_paid | amount
Statut | status | w:inv_status
""", rows=8, delim=";")
S("fr_tickets_attribues", "ticket", "fr", "freshdesk", """
N° du ticket | ref | id
Objet | name | ticket
Statut | status | w:ticket_status
Priorité | priority
Attribué à | assignee_email | oname
Société | partner_ref | company
Date de création | created | dt
Nombre de réponses | - | int:0-14
""", rows=8)
S("fr_entreprises_effectifs", "partner_company", "fr", "generic", """
Raison sociale | name | company
SIRET | - | id:pfx:552100554#####
N° TVA intracommunautaire | vat
Adresse | street
Code postal | zip
Ville | city
Nombre de salariés | - | int:3-500
Secteur d'activité | industry | w:industries
Commercial | owner_email | oname
""", rows=7, delim=";")
# ------------------------------------------------------------------------------ Italian
S("it_fatture_iva", "invoice", "it", "generic", """
Numero | number | id:pfx:###/2024
Data | invoice_date
Scadenza | due_date
Cliente | customer_ref | company
Imponibile | - | amount
IVA | - | money
Totale documento | total | amount
Pagato | amount_paid | amount
Stato | status | w:inv_status
""", rows=8, delim=";")
S("it_attivita_assegnate", "task", "it", "generic", """
ID | ref | id
Titolo | name | task
Progetto | project_ref | project
Assegnato a | assignee_email | oname
Stato | status | w:task_status
Scadenza | date_deadline | date
Numero di commenti | - | int:0-9
""", rows=8, delim=";")
S("it_trattative_stato", "lead", "it", "generic", """
Trattativa | name | dealname
Azienda | partner_name | company
Valore (€) | expected_revenue | amount
Stato | stage | w:stages
Commerciale | owner_email | oname
Data chiusura prevista | date_deadline | date
""", rows=8, delim=";")
# ------------------------------------------------------------------------------ Spanish
S("es_kommo_leads", "lead", "es", "kommo", """
ID | ref | id
Nombre del lead | name | dealname
Presupuesto | expected_revenue | amount:int
Usuario responsable | owner_email | oname
Estado | stage | w:stages
Embudo | pipeline | w:pipelines
Fecha de creación | created | dt
Etiquetas | tags
Empresa | partner_name | company
Contacto principal | contact_name | full
""", rows=9, delim=";")
S("es_holded_facturas", "invoice", "es", "holded", """
Num factura | number | id:pfx:F24####
Fecha | invoice_date
Vencimiento | due_date
Contacto | customer_ref | company
NIF | - | vat
Subtotal | - | amount
IVA | - | money
Total | total | amount
Cobrado | amount_paid | amount
Estado | status | w:inv_status
""", rows=8, delim=";")
S("es_clientes_numero", "customer", "es", "generic", """
Número de cliente | ref | id:pfx:CL-####
Razón social | name | company
CIF | vat
Número de teléfono | phone
Correo electrónico | email | cemail
Dirección | street
Código postal | zip
Localidad | city
Número de empleados | - | int:2-400
""", rows=8, delim=";")
S("es_tickets_asignado", "ticket", "es", "zendesk", """
Número de ticket | ref | id
Asunto | name | ticket
Estado | status | w:ticket_status
Prioridad | priority
Asignado a | assignee_email | oname
Organización | partner_ref | company
Creado | created | dt
Número de respuestas | - | int:0-11
""", rows=8)
S("es_usuarios_estado", "user", "es", "generic", """
Nombre completo | name | full
Correo | email | oemail
Perfil | role | w:roles
Estado | active | choice:Activo/Inactivo
""", rows=5, delim=";")
# ------------------------------------------------------------------------------ Portuguese
S("pt_kommo_leads", "lead", "pt", "kommo", """
ID | ref | id
Título do lead | name | dealname
Venda | expected_revenue | amount
Usuário responsável | owner_email | oname
Status | stage | w:stages
Funil | pipeline | w:pipelines
Data de criação | created | dt
Empresa do lead | partner_name | company
Contato principal | contact_name | full
""", rows=9, delim=";")
S("pt_faturas_iva", "invoice", "pt", "generic", """
Número da fatura | number | id:pfx:FT A/###
Data de emissão | invoice_date
Data de vencimento | due_date
Cliente | customer_ref | company
Número de contribuinte | - | vat:nat
Valor sem IVA | - | amount
Valor do IVA | - | money
Valor total | total | amount
Valor pago | amount_paid | amount
Estado | status | w:inv_status
""", rows=8, delim=";")
S("pt_empresas_numero", "partner_company", "pt", "generic", """
Nome da empresa | name | company
NIF | vat | vat:nat
Morada | street
Código postal | zip
Localidade | city
Número de funcionários | - | int:2-300
Número de contactos | - | int:1-9
Telefone | phone
Responsável | owner_email | oname
""", rows=7, delim=";")
S("pt_tickets_atribuido", "ticket", "pt", "freshdesk", """
ID do ticket | ref | id
Assunto | name | ticket
Estado | status | w:ticket_status
Prioridade | priority
Atribuído a | assignee_email | oname
Empresa | partner_ref | company
Data de criação | created | dt
""", rows=8)
# ------------------------------------------------------------------------------ Dutch
S("nl_teamleader_deals", "lead", "nl", "teamleader", """
Titel | name | dealname
Klant | partner_name | company
Fase | stage | w:stages
Status | status | choice:Open/Gewonnen/Verloren
Verantwoordelijke | owner_email | oname
Bedrag | expected_revenue | amount
Verwachte datum | date_deadline | date
Bron | source
""", rows=8, delim=";")
S("nl_facturen_btw", "invoice", "nl", "generic", """
Factuurnummer | number | id:pfx:2024-####
Factuurdatum | invoice_date
Vervaldatum | due_date
Klant | customer_ref | company
Bedrag excl. btw | - | amount
Btw-bedrag | - | money
Totaal incl. btw | total | amount
Betaald bedrag | amount_paid | amount
Status | status | w:inv_status
""", rows=8, delim=";")
S("nl_tickets_toegewezen", "ticket", "nl", "generic", """
Ticketnummer | ref | id
Onderwerp | name | ticket
Status | status | w:ticket_status
Toegewezen aan | assignee_email | oname
Klant | partner_ref | company
Aangemaakt op | created | dt
""", rows=8, delim=";")
# ------------------------------------------------------------------------------ Polish
S("pl_faktury_vat", "invoice", "pl", "generic", """
Numer faktury | number | id:pfx:FV/###/2024
Data wystawienia | invoice_date
Termin płatności | due_date
Kontrahent | customer_ref | company
Netto | - | amount
Kwota VAT | - | money
Brutto | total | amount
Zapłacono | amount_paid | amount
Status | status | w:inv_status
""", rows=8, delim=";")
S("pl_zadania_przypisane", "task", "pl", "generic", """
ID zadania | ref | id
Tytuł | name | task
Projekt | project_ref | project
Przypisane do | assignee_email | oname
Status | status | w:task_status
Termin | date_deadline | date
Liczba komentarzy | - | int:0-8
""", rows=8, delim=";")
S("pl_bitrix24_deale", "lead", "pl", "bitrix24", """
ID | ref | id
Nazwa | name | dealname
Etap | stage | w:stages
Lejek | pipeline | w:pipelines
Kwota | expected_revenue | amount
Waluta | currency
Osoba odpowiedzialna | owner_email | oname
Firma | partner_name | company
Data utworzenia | created | dt
""", rows=8, delim=";")
# ------------------------------------------------------------------------------ Czech
S("cs_raynet_obchody", "lead", "cs", "raynet", """
Kód | ref | id:pfx:OP-###
Předmět | name | dealname
Klient | partner_name | company
Fáze | stage | w:stages
Stav | status | choice:Otevřený/Vyhraný/Prohraný
Vlastník | owner_email | oname
Hodnota | expected_revenue | amount
Předpokládaná realizace | date_deadline | date
""", rows=8, delim=";")
S("cs_fakturoid_faktury", "invoice", "cs", "fakturoid", """
Číslo | number | id:pfx:2024-####
Vystaveno | invoice_date
Splatnost | due_date
Odběratel | customer_ref | company
Základ | - | amount
DPH | - | money
Celkem | total | amount
Uhrazeno | amount_paid | amount
Stav | status | w:inv_status
""", rows=8, delim=";", enc="cp1250")
S("cs_ukoly_prirazeno", "task", "cs", "generic", """
Úkol | name | task
Projekt | project_ref | project
Přiřazeno | assignee_email | oname
Stav | status | w:task_status
Termín | date_deadline | date
""", rows=8, delim=";", enc="cp1250")
S("cs_kontakty_stav", "partner_person", "cs", "generic", """
Jméno | first_name
Příjmení | last_name
Firma | parent_ref | company
Pozice | function
E-mail | email
Telefon | phone
Stav | - | choice:Aktivní/Neaktivní
Obchodník | owner_email | oname
""", rows=8, delim=";")
# ------------------------------------------------------------------------------ Slovak
S("sk_obchody_stav", "lead", "sk", "generic", """
Obchod | name | dealname
Firma | partner_name | company
Stav | stage | w:stages
Suma | expected_revenue | amount
Zodpovedný | owner_email | oname
Dátum vytvorenia | created | dt
""", rows=8, delim=";")
S("sk_faktury_dph", "invoice", "sk", "generic", """
Číslo faktúry | number | id:pfx:2024####
Dátum vystavenia | invoice_date
Dátum splatnosti | due_date
Odberateľ | customer_ref | company
Suma bez DPH | - | amount
DPH | - | money
Suma s DPH | total | amount
Uhradené | amount_paid | amount
""", rows=8, delim=";")
S("sk_ulohy_priradene", "task", "sk", "generic", """
Názov úlohy | name | task
Projekt | project_ref | project
Priradené | assignee_email | oname
Stav | status | w:task_status
Termín | date_deadline | date
""", rows=8, delim=";")
# ------------------------------------------------------------------------------ Slovenian
S("sl_racuni_ddv", "invoice", "sl", "generic", """
Številka računa | number | id:pfx:2024-###
Datum računa | invoice_date
Rok plačila | due_date
Kupec | customer_ref | company
Osnova | - | amount
Znesek DDV | - | money
Skupaj z DDV | total | amount
Plačano | amount_paid | amount
""", rows=8, delim=";", enc="cp1250")
S("sl_zahtevki_dodeljeno", "ticket", "sl", "generic", """
Številka zahtevka | ref | id
Zadeva | name | ticket
Status | status | w:ticket_status
Dodeljeno | assignee_email | oname
Stranka | partner_ref | company
Ustvarjeno | created | dt
""", rows=8, delim=";")
S("sl_prilaznosti_status", "lead", "sl", "generic", """
Naziv priložnosti | name | dealname
Podjetje | partner_name | company
Status | status | choice:Odprta/Dobljena/Izgubljena
Faza | stage | w:stages
Vrednost | expected_revenue | amount
Prodajnik | owner_email | oname
""", rows=8, delim=";")
# ------------------------------------------------------------------------------ Croatian
S("hr_zadaci_dodijeljeno", "task", "hr", "generic", """
Zadatak | name | task
Projekt | project_ref | project
Dodijeljeno | assignee_email | oname
Status | status | w:task_status
Rok | date_deadline | date
""", rows=8, delim=";")
S("hr_prilike_status", "lead", "hr", "generic", """
Naziv prilike | name | dealname
Tvrtka | partner_name | company
Status | stage | w:stages
Iznos | expected_revenue | amount
Vlasnik | owner_email | oname
Očekivani datum zatvaranja | date_deadline | date
""", rows=8, delim=";")
S("hr_ponude_pdv", "proposal", "hr", "generic", """
Broj ponude | ref | id:pfx:P-###-2024
Kupac | customer_ref | company
Naziv | name | dealname
Datum ponude | sent_at | date
Iznos bez PDV-a | amount | amount
Iznos PDV-a | - | money
Ukupno s PDV-om | - | amount
Status | status | w:prop_status
""", rows=7, delim=";")
# ------------------------------------------------------------------------------ Serbian (Latin)
S("sr_fakture_pdv", "invoice", "sr", "generic", """
Broj fakture | number | id:pfx:###/2024
Datum izdavanja | invoice_date
Valuta plaćanja | due_date
Kupac | customer_ref | company
Osnovica | - | amount
Iznos PDV | - | money
Ukupno za plaćanje | total | amount
Uplaćeno | amount_paid | amount
""", rows=8, delim=";")
S("sr_aktivnosti_dodeljeno", "activity", "sr", "generic", """
Naslov | subject | task
Tip | type | w:act_types
Datum | date | dt
Dodeljeno | owner_email | oname
Klijent | related_ref | company
Status | status | choice:Završeno/Otvoreno
""", rows=8, delim=";")
# ------------------------------------------------------------------------------ Hungarian
S("hu_szamlazz_szamlak", "invoice", "hu", "számlázz.hu", """
Számlaszám | number | id:pfx:E-ABC-2024-###
Kelt | invoice_date
Teljesítés | - | date
Fizetési határidő | due_date
Vevő neve | customer_ref | company
Vevő adószáma | - | vat:nat
Nettó | - | amount
ÁFA érték | - | money
Bruttó | total | amount
Pénznem | currency
""", rows=8, delim=";")
S("hu_minicrm_projektek", "lead", "hu", "minicrm", """
Azonosító | ref | id
Név | name | dealname
Státusz | stage | w:stages
Felelős | owner_email | oname
Cég | partner_name | company
Összeg | expected_revenue | amount
Létrehozva | created | dt
""", rows=8, delim=";")
S("hu_jegyek_hozzarendelve", "ticket", "hu", "generic", """
Jegyszám | ref | id
Tárgy | name | ticket
Státusz | status | w:ticket_status
Hozzárendelve | assignee_email | oname
Ügyfél | partner_ref | company
Létrehozás dátuma | created | dt
""", rows=8, delim=";")
S("hu_cegek_letszam", "partner_company", "hu", "generic", """
Cégnév | name | company
Adószám | vat | vat:nat
Irányítószám | zip
Város | city
Cím | street
Alkalmazottak száma | - | int:2-400
Státusz | - | choice:Aktív/Inaktív
Kapcsolattartó felelős | owner_email | oname
""", rows=7, delim=";")
# ------------------------------------------------------------------------------ Romanian
S("ro_smartbill_facturi", "invoice", "ro", "smartbill", """
Serie | - | lit:FCT
Numar | number | id:pfx:0###
Data | invoice_date
Data scadenta | due_date
Client | customer_ref | company
CIF client | - | vat:nat
Valoare fara TVA | - | amount
Valoare TVA | - | money
Total | total | amount
Incasat | amount_paid | amount
Moneda | currency
""", rows=8)
S("ro_sarcini_atribuite", "task", "ro", "generic", """
Sarcină | name | task
Proiect | project_ref | project
Atribuit lui | assignee_email | oname
Stare | status | w:task_status
Termen limită | date_deadline | date
""", rows=8)
S("ro_oportunitati_status", "lead", "ro", "generic", """
Oportunitate | name | dealname
Companie | partner_name | company
Status | stage | w:stages
Valoare | expected_revenue | amount
Responsabil | owner_email | oname
Data estimată de închidere | date_deadline | date
""", rows=8)
# ------------------------------------------------------------------------------ Swedish
S("sv_fakturor_moms", "invoice", "sv", "generic", """
Fakturanummer | number | id
Fakturadatum | invoice_date
Förfallodatum | due_date
Kund | customer_ref | company
Belopp exkl. moms | - | amount
Momsbelopp | - | money
Att betala | total | amount
Betalt belopp | amount_paid | amount
""", rows=8, delim=";")
S("sv_arenden_tilldelad", "ticket", "sv", "generic", """
Ärendenummer | ref | id
Rubrik | name | ticket
Status | status | w:ticket_status
Tilldelad | assignee_email | oname
Kund | partner_ref | company
Skapad | created | dt
""", rows=8, delim=";")
S("sv_pipedrive_affarer_status", "lead", "sv", "pipedrive", """
Affär - ID | ref | id
Affär - Titel | name | dealname
Affär - Värde | expected_revenue | amount
Affär - Organisation | partner_name | company
Affär - Steg | stage | w:stages
Affär - Status | status | choice:Öppen/Vunnen/Förlorad
Affär - Ägare | owner_email | oname
Affär - Antal aktiviteter | - | int:0-15
""", rows=8)
