"""Third batch of generated dev samples (prefix "w_"): the languages and objects the first two batches had
fewest files of (sl sr hr sk pt da no; customers, attachments, custom fields, integrations, appointments,
proposals, invoices), written before the proposer was run on them and scored once as a check of how the
tuning on the first two generalises. Same format as dev_sample_specs.py."""

from dev_sample_spec_helpers import collector

SPECS, S = collector(rows=8)


# ------------------------------------------------------------------------------ Slovenian
S("sl_hubspot_podjetja", "partner_company", "sl", "hubspot", """
ID zapisa | ref | id:hs
Ime podjetja | name
Ime domene podjetja | website | domain
Telefonska številka | phone
Mesto | city
Poštna številka | zip
Država/regija | country
Panoga | industry
Lastnik podjetja | owner_email | oname
Datum ustvarjanja | created | dt:iso
Število zaposlenih | - | int:2-300
""", rows=7)
S("sl_pipedrive_osebe", "partner_person", "sl", "pipedrive", """
Oseba - ID | ref | id
Oseba - Ime | name | full
Oseba - Organizacija | parent_ref | company
Oseba - E-pošta - Služba | email
Oseba - Telefon - Služba | phone
Oseba - Lastnik | owner_email | oname
Oseba - Delovno mesto | function
""", rows=6)
S("sl_zoho_posli", "lead", "sl", "zoho", """
ID zapisa | ref | id:zoho
Ime posla | name
Ime računa | partner_name
Ime kontakta | contact_name
Znesek | expected_revenue | amount:plain
Datum zaključka | date_deadline
Faza | stage
Lastnik posla | owner_email | oname
Vir potencialne stranke | source
Čas ustvarjanja | created | dt
""", rows=7)
S("sl_minimax_kupci", "customer", "sl", "minimax", """
Šifra | ref | id
Naziv | name | company
Davčna številka | vat
Naslov | street
Poštna številka | zip
Pošta | city
Država | country
E-pošta | email
Telefon | phone
Kontaktna oseba | contact_name
""", rows=7, enc="cp1250", delim=";")
S("sl_dogodki", "appointment", "sl", "generic", """
Ime stranke | invitee_name
E-pošta stranke | invitee_email
Vrsta termina | booking_page
Začetek | start | dt
Konec | stop | dt
Izvajalec | owner_email | oname
Status | status
Lokacija | location
Povezava do sestanka | meeting_link
""", rows=5, enc="cp1250", delim=";")
S("sl_polja_po_meri", "custom_field", "sl", "generic", """
Objekt | object
Ime polja | name | label
Vrsta polja | type
Možnosti | options | options:;
""", rows=5, enc="cp1250", delim=";")
S("sl_integracije", "inventory", "sl", "generic", """
Povezava | name | w:integrations
Stanje | status
Opomba | notes
""", rows=4, enc="cp1250", delim=";")
S("sl_uporabniki_odoo", "user", "sl", "odoo", """
Zunanji ID | ref | id:odoo
Ime | name | full
Prijava | email
Aktivno | active | bool:Tf
""", rows=5, opts={"model": "res_users"}, quote_all=True)
# ------------------------------------------------------------------------------ Serbian
S("sr_firme", "partner_company", "sr", "generic", """
Naziv firme | name
PIB | vat
Matični broj | - | regno
Ulica i broj | street
Poštanski broj | zip
Grad | city
Država | country
Telefon | phone
Imejl | email
Veb sajt | website
Delatnost | industry
Odgovorno lice | owner_email | oname
""", rows=7, enc="cp1250", delim=";")
S("sr_kontakt_osobe", "partner_person", "sr", "generic", """
Ime | first_name
Prezime | last_name
Preduzeće | parent_ref | company
Funkcija | function
Imejl | email
Mobilni telefon | phone | mobile
Grad | city
""", rows=6, enc="cp1250", delim=";")
S("sr_prilike", "lead", "sr", "generic", """
Naziv prilike | name
Klijent | partner_name
Kontakt osoba | contact_name
Faza | stage
Vrednost | expected_revenue
Valuta | currency
Očekivani datum zatvaranja | date_deadline
Prodavac | owner_email | oname
Izvor | source
""", rows=6, enc="cp1250", delim=";")
S("sr_zadaci", "task", "sr", "generic", """
ID zadatka | ref | id
Naziv zadatka | name
Projekat | project_ref | project
Izvršilac | assignee_email | oname
Status | status
Rok | date_deadline
Opis | description
""", rows=6, enc="cp1250", delim=";")
S("sr_fakture", "invoice", "sr", "generic", """
Broj fakture | number | id:pfx:2024-###
Kupac | customer_ref | company
Datum izdavanja | invoice_date
Datum dospeća | due_date
Ukupno | total
Valuta | currency
Status | status
Plaćeno | amount_paid
""", rows=6, enc="cp1250", delim=";")
S("sr_aktivnosti", "activity", "sr", "generic", """
Tip aktivnosti | type
Tema | subject | task
Datum | date | dt
Trajanje (min) | duration
Korisnik | owner_email | oname
Klijent | related_ref | company
Beleška | body
""", rows=6, enc="cp1250", delim=";")
# ------------------------------------------------------------------------------ Croatian
S("hr_hubspot_kontakti", "partner_person", "hr", "hubspot", """
ID zapisa | ref | id:hs
Ime | first_name
Prezime | last_name
E-pošta | email
Broj telefona | phone
Naziv tvrtke | parent_ref | company
Naziv radnog mjesta | function
Grad | city
Vlasnik kontakta | owner_email | oname
""", rows=7)
S("hr_ponude", "proposal", "hr", "generic", """
Broj ponude | ref | id:pfx:P-###
Naziv | name
Kupac | customer_ref | company
Status | status
Iznos | amount
Valuta | currency
Datum slanja | sent_at | date
Datum prihvaćanja | accepted_at | date?0.5
""", rows=6, enc="cp1250", delim=";")
S("hr_privitci", "attachment", "hr", "generic", """
Naziv datoteke | name
Vrsta datoteke | mimetype
Veličina | - | size
Povezano s | related_kind
ID zapisa | related_ref | id
Putanja | path | path:privitci
""", rows=5, enc="cp1250", delim=";")
S("hr_racuni", "invoice", "hr", "generic", """
Broj računa | number | id:pfx:###-1-1
Kupac | customer_ref | company
Datum izdavanja | invoice_date
Datum dospijeća | due_date
Iznos s PDV-om | total
Valuta | currency
Plaćeno | amount_paid
""", rows=6, enc="cp1250", delim=";")
S("hr_faze", "stage", "hr", "generic", """
Prodajni proces | pipeline
Faza | name
Redoslijed | sequence
Vjerojatnost (%) | probability
Dobiveno | is_won
Izgubljeno | is_lost
""", rows=6, enc="cp1250", delim=";")
# ------------------------------------------------------------------------------ Slovak
S("sk_zakaznici", "customer", "sk", "generic", """
Názov zákazníka | name | company
Typ | type | kind
Kontaktná osoba | contact_name
E-mail | email
Telefón | phone
Ulica | street
Mesto | city
PSČ | zip
IČ DPH | vat
""", rows=6, enc="cp1250", delim=";")
S("sk_faktury", "invoice", "sk", "generic", """
Číslo faktúry | number | id:pfx:2024###
Odberateľ | customer_ref | company
Dátum vystavenia | invoice_date
Dátum splatnosti | due_date
Suma s DPH | total
Mena | currency
Uhradené | amount_paid
Stav | status
""", rows=6, enc="cp1250", delim=";")
S("sk_prilohy", "attachment", "sk", "generic", """
Názov súboru | name
Typ súboru | mimetype
Veľkosť | - | size
Prepojené s | related_kind
ID záznamu | related_ref | id
Cesta | path | path:prilohy
""", rows=5, enc="cp1250", delim=";")
S("sk_kontakty_pipedrive", "partner_person", "sk", "pipedrive", """
Osoba - ID | ref | id
Osoba - Meno | name | full
Osoba - Organizácia | parent_ref | company
Osoba - E-mail - Práca | email
Osoba - Telefón - Práca | phone
Osoba - Vlastník | owner_email | oname
""", rows=6)
S("sk_stretnutia", "appointment", "sk", "generic", """
Meno klienta | invitee_name
E-mail klienta | invitee_email
Typ stretnutia | booking_page
Začiatok | start | dt
Koniec | stop | dt
Pracovník | owner_email | oname
Stav | status
Miesto | location
""", rows=5, enc="cp1250", delim=";")
S("sk_vlastne_polia", "custom_field", "sk", "generic", """
Objekt | object
Názov poľa | name | label
Typ poľa | type
Možnosti | options | options:|
""", rows=5, enc="cp1250", delim=";")
# ------------------------------------------------------------------------------ Portuguese
S("pt_pipedrive_negocios", "lead", "pt", "pipedrive", """
Negócio - ID | ref | id
Negócio - Título | name
Negócio - Valor | expected_revenue | amount:plain
Negócio - Moeda | currency
Negócio - Organização | partner_name
Negócio - Pessoa de contato | contact_name
Negócio - Etapa | stage
Negócio - Funil | pipeline
Negócio - Proprietário | owner_email | oname
Negócio - Data prevista de fechamento | date_deadline | date:iso
""", rows=7)
S("pt_rdstation_empresas", "partner_company", "pt", "rd station", """
Nome | name | company
Site | website
Telefone | phone
Segmento | industry
Endereço | street
Cidade | city
Estado | state
País | country
Responsável | owner_email | oemail
Data de criação | created | dt
""", rows=7)
S("pt_tickets_freshdesk", "ticket", "pt", "freshdesk", """
ID do ticket | ref | id
Assunto | name
Descrição | description
Status | status
Prioridade | priority
Agente | assignee_email | oname
Empresa | partner_ref | company
Hora de criação | created | dt
""", rows=7)
S("pt_tarefas_asana", "task", "pt", "asana", """
ID da tarefa | ref | id:pfx:1206########
Nome | name
Responsável | assignee_email | oname
Data de conclusão | date_deadline
Projetos | project_ref | project
Notas | description
""", rows=6)
S("pt_clientes_faturacao", "customer", "pt", "generic", """
Nome | name | company
NIF | vat | vat:nat
Morada | street
Código postal | zip
Localidade | city
País | country
Email | email
Telefone | phone
""", rows=6, delim=";")
S("pt_anexos", "attachment", "pt", "generic", """
Nome do ficheiro | name
Tipo MIME | mimetype
Tamanho | - | size
Associado a | related_kind
ID do registo | related_ref | id
Caminho | path | path:anexos
""", rows=5, delim=";")
S("pt_utilizadores", "user", "pt", "generic", """
Nome | name | full
Email | email
Perfil | role | w:roles
Ativo | active | yes
""", rows=5, delim=";")
# ------------------------------------------------------------------------------ Danish, Norwegian
S("da_hubspot_virksomheder", "partner_company", "da", "hubspot", """
Post-id | ref | id:hs
Virksomhedsnavn | name
Domænenavn for virksomhed | website | domain
Telefonnummer | phone
By | city
Postnummer | zip
Land/område | country
Branche | industry
Virksomhedsejer | owner_email | oname
Oprettelsesdato | created | dt:iso
""", rows=7)
S("da_fakturaer", "invoice", "da", "e-conomic", """
Fakturanr. | number | id
Kunde | customer_ref | company
Fakturadato | invoice_date
Forfaldsdato | due_date
Beløb inkl. moms | total
Valuta | currency
Betalt | amount_paid
Status | status
""", rows=6, delim=";")
S("da_tilbud", "proposal", "da", "generic", """
Tilbudsnr. | ref | id
Titel | name
Kunde | customer_ref | company
Status | status
Beløb | amount
Valuta | currency
Sendt | sent_at | date
Accepteret | accepted_at | date?0.5
""", rows=5, delim=";")
S("no_avtaler", "appointment", "no", "generic", """
Navn | invitee_name
E-post | invitee_email
Tjeneste | booking_page
Start | start | dt
Slutt | stop | dt
Ansatt | owner_email | oname
Status | status
Sted | location
""", rows=5, delim=";")
S("no_kunder_tripletex", "customer", "no", "tripletex", """
Kundenummer | ref | id
Navn | name | company
Organisasjonsnummer | vat | vat
E-post | email
Telefon | phone
Postadresse | street
Postnummer | zip
Poststed | city
""", rows=6, delim=";")
S("no_vedlegg", "attachment", "no", "generic", """
Filnavn | name
Filtype | mimetype
Størrelse | - | size
Knyttet til | related_kind
Post-ID | related_ref | id
Sti | path | path:vedlegg
""", rows=5, delim=";")
# ------------------------------------------------------------------------------ more objects in the large languages
S("en_proposify_export", "proposal", "en", "proposify", """
Proposal ID | ref | id
Proposal name | name
Client company | customer_ref | company
Status | status
Proposal value | amount | amount:plain
Sent date | sent_at | date:iso
Signed date | accepted_at | date:iso?0.5
Created date | created | date:iso
Deal | lead_ref
""", rows=6)
S("de_calendly_termine", "appointment", "de", "calendly", """
Name des Eingeladenen | invitee_name
E-Mail des Eingeladenen | invitee_email
Name des Ereignistyps | booking_page
Startdatum und -uhrzeit | start | dt
Enddatum und -uhrzeit | stop | dt
Ort | location
Storniert | status | choice:false/true
Zugewiesen an | owner_email | oname
""", rows=6)
S("fr_rdv_calendly", "appointment", "fr", "calendly", """
Nom de l'invité | invitee_name
E-mail de l'invité | invitee_email
Nom du type d'événement | booking_page
Date et heure de début | start | dt
Date et heure de fin | stop | dt
Lieu | location
Annulé | status | choice:false/true
Attribué à | owner_email | oname
""", rows=6)
S("it_fatture_emesse", "invoice", "it", "generic", """
N. documento | number | id:pfx:###/A
Cliente | customer_ref | company
Data documento | invoice_date
Data scadenza | due_date
Importo totale | total
Importo pagato | amount_paid
Valuta | currency
""", rows=6, delim=";")
S("es_allegados_zoho", "attachment", "es", "zoho", """
ID de adjunto | ref | id:zoho
Nombre de archivo | name
Tamaño | - | size
Módulo principal | related_kind
ID principal | related_ref | id:zoho
Adjuntado por | - | oname
Hora de modificación | - | dt
""", rows=5)
S("en_hubspot_company_properties", "custom_field", "en", "hubspot", """
Property name | name | label
Internal name | - | apiname
Object | object
Field type | type
Property group | - | choice:Company information/Sales properties
Options | options | options:;
""", rows=6)
S("de_make_szenarien", "inventory", "de", "make", """
Szenario | name | w:integrations
Status | status
Letzte Ausführung | - | dt
Beschreibung | notes
""", rows=4)
S("pl_kontrahenci_wfirma", "customer", "pl", "wfirma", """
Nazwa skrócona | name | company
Pełna nazwa | company_name | company
NIP | vat | vat:nat
Ulica | street
Kod pocztowy | zip
Miejscowość | city
E-mail | email
Telefon | phone
""", rows=6, enc="cp1250", delim=";")
S("hu_naptar_foglalasok", "appointment", "hu", "generic", """
Ügyfél neve | invitee_name
Ügyfél e-mail címe | invitee_email
Szolgáltatás | booking_page
Kezdés | start | dt
Befejezés | stop | dt
Munkatárs | owner_email | oname
Állapot | status
Helyszín | location
""", rows=5, delim=";")
S("cs_integrace_make", "inventory", "cs", "make", """
Scénář | name | w:integrations
Stav | status
Poslední běh | - | dt
Poznámka | notes
""", rows=4)
S("ro_clienti_crm", "customer", "ro", "generic", """
Nume client | name | company
Tip client | type | kind
Persoană de contact | contact_name
Email | email
Telefon | phone
Adresă | street
Oraș | city
Țară | country
CUI | vat
Responsabil | owner_email | oemail
""", rows=6, delim=";")
S("nl_campos_velden_hubspot", "custom_field", "nl", "hubspot", """
Eigenschapnaam | name | label
Interne naam | - | apiname
Object | object
Veldtype | type
Opties | options | options:;
""", rows=5)
