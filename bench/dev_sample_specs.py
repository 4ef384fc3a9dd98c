"""The generated dev samples: per file its tool, language, headers and the key an Odoo admin would choose.

One line per column: ``Header | key | generator`` (key "-" = no key; generator optional, see
write_dev_samples.GEN, "?0.3" = 30 % empty). The judgement calls follow map_samples/heldout/README.md:
a mobile next to a work phone is no key, a company name in a person file is parent_ref, in a lead file a
company name is partner_name and a company id partner_ref, an owner as name / e-mail / id is owner_email,
probabilities of deals, modified dates, start dates of projects, counts, revenue are no key.
"""

from dev_sample_spec_helpers import collector

SPECS, S = collector(rows=8)


# ================================================================================ companies
S("de_hubspot_unternehmen", "partner_company", "de", "hubspot", """
Datensatz-ID | ref | id:hs
Name des Unternehmens | name
Domain-Name des Unternehmens | website | domain
Telefonnummer | phone
Ort | city
Bundesland/Region | state
Land/Region | country
Branche | industry
Unternehmensinhaber | owner_email | oname
Erstellungsdatum | created | dt
Anzahl der Mitarbeiter | - | int:5-900
Postleitzahl | zip
Straße und Hausnummer | street
Beschreibung | description
Jahresumsatz | - | amount:int
Lebenszyklusphase | - | choice:Lead/Kunde/Opportunity
""", rows=9, opts={"date": "iso", "phone": "intl"}, enc="utf-8-sig")
S("en_salesforce_account_api", "partner_company", "en", "salesforce", """
Id | ref | id:sf001
Name | name
Type | - | choice:Customer - Direct/Prospect/Partner
ParentId | - | empty
BillingStreet | street
BillingCity | city
BillingState | state
BillingPostalCode | zip
BillingCountry | country
Phone | phone
Fax | - | phone?0.7
Website | website
Industry | industry
AnnualRevenue | - | amount:int
NumberOfEmployees | - | int:5-5000
OwnerId | owner_email | id:sf005
CreatedDate | created | dt
LastModifiedDate | - | dt
Description | description
AccountNumber | - | id:pfx:CD######
""", rows=10, opts={"date": "iso", "time": "Tms", "phone": "nat"}, group="sf")
S("fr_salesforce_rapport_comptes", "partner_company", "fr", "salesforce", """
Nom du compte | name
Propriétaire du compte | owner_email | oname
Type | - | choice:Client/Prospect/Partenaire
Secteur d'activité | industry
Téléphone | phone
Site Web | website
Rue de facturation | street
Ville de facturation | city
Code postal de facturation | zip
Pays de facturation | country
Date de création | created | date
Chiffre d'affaires annuel | - | amount:cur
Description | description
""", rows=7, delim=";", enc="cp1252")
S("en_pipedrive_organizations", "partner_company", "en", "pipedrive", """
Organization - ID | ref | id
Organization - Name | name
Organization - Owner | owner_email | oname
Organization - Address | street | address
Organization - City/town/village/locality | city
Organization - ZIP/Postal code | zip
Organization - Country | country
Organization - Label | - | choice:Customer/Hot lead/Warm lead/
Organization - People | - | int:0-12
Organization - Open deals | - | int:0-4
Organization - Web domain | website | domain
Organization - Add time | created | dt:iso
Organization - Update time | - | dt:iso
""", rows=8, opts={"time": "HH:MM:SS"}, locale="gb", group="pd")
S("es_pipedrive_organizaciones", "partner_company", "es", "pipedrive", """
Organización - ID | ref | id
Organización - Nombre | name
Organización - Propietario | owner_email | oname
Organización - Dirección | street | address
Organización - Ciudad | city
Organización - Código postal | zip
Organización - País | country
Organización - Etiqueta | - | choice:Cliente/Potencial/
Organización - Personas | - | int:0-9
Organización - Negocios abiertos | - | int:0-3
Organización - Hora de creación | created | dt:iso
""", rows=6, opts={"time": "HH:MM:SS"})
S("it_zoho_aziende", "partner_company", "it", "zoho", """
ID record | ref | id:zoho
Nome azienda | name
Proprietario azienda | owner_email | oemail
Telefono | phone
Sito Web | website
Settore | industry
Dipendenti | - | int:3-800
Fatturato annuo | - | amount:plain
Via di fatturazione | street
Città di fatturazione | city
CAP di fatturazione | zip
Paese di fatturazione | country
Partita IVA | vat | vat:nat
Ora di creazione | created | dt:iso
Descrizione | description
""", rows=9, opts={"time": "HH:MM:SS"})
S("de_odoo_kontakte_firmen", "partner_company", "de", "odoo", """
Externe ID | ref | id:odoo
Name | name
Ist ein Unternehmen | - | lit:True
Straße | street
Straße 2 | - | empty
PLZ | zip
Stadt | city
Land | country
Telefon | phone
E-Mail | email
Webseite | website
Umsatzsteuer-ID | vat
Verkäufer | owner_email | oname
Schlagwörter | - | choice:Lieferant/Kunde/
Erstellt am | created | dt:iso
""", rows=7, opts={"time": "HH:MM:SS"}, quote_all=True)
S("en_odoo_partner_import_compatible", "partner_company", "en", "odoo", """
id | ref | id:odoo
name | name
is_company | - | lit:1
street | street
street2 | - | empty
zip | zip
city | city
country_id | country
phone | phone
email | email
website | website
vat | vat
user_id | owner_email | oname
category_id | - | choice:Vendor/Prospects/
comment | description
industry_id | industry
""", rows=6, locale="gb", quote_all=True)
S("pl_excel_firmy", "partner_company", "pl", "generic", """
Lp. | - | seqno
Nazwa firmy | name
NIP | vat | vat:nat
REGON | - | regno
Ulica | street
Kod pocztowy | zip
Miejscowość | city
Województwo | state
Kraj | country
Telefon | phone
E-mail | email
Strona www | website
Branża | industry
Opiekun handlowy | owner_email | oname
Data dodania | created | date
Uwagi | description
""", rows=11, enc="cp1250", delim=";")
S("cs_excel_firmy", "partner_company", "cs", "generic", """
IČO | - | regno
Název firmy | name
DIČ | vat
Ulice | street
Město | city
PSČ | zip
Stát | country
Telefon | phone
E-mail | email
Web | website
Obor | industry
Obchodník | owner_email | oname
Datum vytvoření | created | date
Poznámka | description
""", rows=6, enc="cp1250", delim=";")
S("sk_firmy", "partner_company", "sk", "generic", """
Názov spoločnosti | name
IČO | - | regno
IČ DPH | vat
Ulica | street
Mesto | city
PSČ | zip
Krajina | country
Telefón | phone
E-mail | email
Webová stránka | website
Odvetvie | industry
Zodpovedná osoba | owner_email | oname
Vytvorené | created | date
Poznámky | description
""", rows=5, enc="cp1250", delim=";")
S("hu_minicrm_cegek", "partner_company", "hu", "minicrm", """
Azonosító | ref | id
Cégnév | name
Adószám | vat | vat:nat
Irányítószám | zip
Település | city
Cím | street
Ország | country
Telefonszám | phone
E-mail cím | email
Weboldal | website
Iparág | industry
Felelős | owner_email | oname
Létrehozva | created | dt
Megjegyzés | description
""", rows=8, delim=";")
S("ro_firme", "partner_company", "ro", "generic", """
Denumire | name
CUI | vat
Nr. Reg. Com. | - | id:pfx:J40/####/2015
Adresa | street
Localitate | city
Județ | state
Țara | country
Cod poștal | zip
Telefon | phone
Email | email
Website | website
Domeniu de activitate | industry
Responsabil | owner_email | oname
Data creării | created | date
Observații | description
""", rows=7, delim=";")
S("hr_excel_tvrtke", "partner_company", "hr", "generic", """
Naziv tvrtke | name
OIB | vat | vat:nat
Adresa | street
Poštanski broj | zip
Mjesto | city
Država | country
Telefon | phone
E-mail | email
Web | website
Djelatnost | industry
Komercijalist | owner_email | oname
Datum unosa | created | date
Napomena | description
""", rows=6, enc="cp1250", delim=";")
S("sr_partneri", "partner_company", "sr", "generic", """
Šifra partnera | ref | id:pfx:P####
Naziv | name
PIB | vat
Matični broj | - | regno
Adresa | street
Mesto | city
Poštanski broj | zip
Država | country
Telefon | phone
E-mail | email
Sajt | website
Delatnost | industry
Komercijalista | owner_email | oname
Datum kreiranja | created | date
Napomena | description
""", rows=8, enc="cp1250", delim=";")
S("sv_lime_foretag", "partner_company", "sv", "lime", """
Företagsnamn | name
Organisationsnummer | - | id:pfx:556###-####
Momsregistreringsnummer | vat
Besöksadress | street
Postnummer | zip
Ort | city
Land | country
Telefon | phone
E-post | email
Webbplats | website
Bransch | industry
Ansvarig säljare | owner_email | oname
Skapad | created | date
Anteckningar | description
""", rows=7, delim=";")
S("da_economic_kunder", "partner_company", "da", "e-conomic", """
Kundenr. | ref | id
Navn | name
CVR-nr. | vat | vat:nat
Adresse | street
Postnr. | zip
By | city
Land | country
Telefon | phone
E-mail | email
Hjemmeside | website
Branche | industry
Sælger | owner_email | oname
Oprettet | created | date
Bemærkninger | description
""", rows=6, delim=";")
S("fi_yritykset", "partner_company", "fi", "generic", """
Asiakasnumero | ref | id
Yrityksen nimi | name
Y-tunnus | vat | id:pfx:#######-1
Katuosoite | street
Postinumero | zip
Postitoimipaikka | city
Maa | country
Puhelin | phone
Sähköposti | email
Verkkosivut | website
Toimiala | industry
Vastuumyyjä | owner_email | oname
Luotu | created | date
Lisätiedot | description
""", rows=7, delim=";")
S("no_superoffice_firma", "partner_company", "no", "superoffice", """
Firmanavn | name
Organisasjonsnummer | vat | vat
Postadresse | street
Postnummer | zip
Poststed | city
Land | country
Telefon | phone
E-post | email
Nettside | website
Bransje | industry
Vår kontakt | owner_email | oname
Registrert | created | date
Merknad | description
""", rows=5, delim=";")
S("tr_firmalar", "partner_company", "tr", "generic", """
Firma Adı | name
Vergi Dairesi | - | choice:Kadıköy/Beşiktaş/Çankaya/Konak
Vergi No | vat
Adres | street
Şehir | city
Posta Kodu | zip
Ülke | country
Telefon | phone
E-posta | email
Web Sitesi | website
Sektör | industry
Müşteri Temsilcisi | owner_email | oname
Kayıt Tarihi | created | date
Notlar | description
""", rows=6, delim=";")
S("el_pelates", "partner_company", "el", "generic", """
Επωνυμία | name
ΑΦΜ | vat | vat:nat
ΔΟΥ | - | choice:Α' Αθηνών/ΦΑΕ Αθηνών/Δ' Θεσσαλονίκης
Διεύθυνση | street
Πόλη | city
Τ.Κ. | zip
Χώρα | country
Τηλέφωνο | phone
Email | email
Ιστοσελίδα | website
Κλάδος | industry
Υπεύθυνος πωλήσεων | owner_email | oname
Ημερομηνία δημιουργίας | created | date
Σημειώσεις | description
""", rows=6, delim=";")
S("nl_teamleader_bedrijven", "partner_company", "nl", "teamleader", """
Bedrijfsnaam | name
Btw-nummer | vat
KvK-nummer | - | regno
Straat | street
Huisnummer | - | int:1-200
Postcode | zip
Plaats | city
Land | country
Telefoon | phone
E-mailadres | email
Website | website
Sector | industry
Accountmanager | owner_email | oname
Aangemaakt op | created | date
Opmerkingen | description
""", rows=8, delim=";")
S("pt_empresas", "partner_company", "pt", "generic", """
Nome da empresa | name
NIF | vat | vat:nat
Morada | street
Código postal | zip
Localidade | city
País | country
Telefone | phone
Email | email
Website | website
Setor de atividade | industry
Gestor de conta | owner_email | oname
Data de criação | created | date
Observações | description
""", rows=5, delim=";")
S("sl_podjetja_crm", "partner_company", "sl", "generic", """
ID podjetja | ref | id
Ime podjetja | name
Davčna številka | vat
Ulica | street
Poštna številka | zip
Pošta | city
Država | country
Telefonska številka | phone
E-poštni naslov | email
Spletna stran | website
Panoga | industry
Odgovorna oseba | owner_email | oname
Datum vnosa | created | date
Opis | description
""", rows=7, enc="cp1250", delim=";")
S("fr_sellsy_societes", "partner_company", "fr", "sellsy", """
Raison sociale | name
SIRET | - | id:pfx:###########00012
N° TVA intracommunautaire | vat
Adresse | street
Code postal | zip
Ville | city
Pays | country
Téléphone | phone
E-mail | email
Site internet | website
Secteur | industry
Commercial | owner_email | oname
Date de création | created | date
Commentaire | description
""", rows=6, delim=";")
S("en_insightly_organisations", "partner_company", "en", "insightly", """
Organization ID | ref | id
Organization Name | name
Phone | phone
Fax | - | phone?0.8
Website | website
Billing Address Street | street
Billing Address City | city
Billing Address State | state
Billing Address Postcode | zip
Billing Address Country | country
Date Created | created | dt
Date Updated | - | dt
Owner | owner_email | oname
Background | description
Tags | - | tags
""", rows=6, opts={"time": "ampm"})
S("en_freshsales_accounts", "partner_company", "en", "freshsales", """
Id | ref | id
Name | name
Website | website
Phone | phone
Address | street
City | city
State | state
Zipcode | zip
Country | country
Industry type | industry
Business type | - | choice:Customer/Prospect/Partner
Number of employees | - | choice:1-10/11-50/51-200/201-500
Annual revenue | - | amount:plain
Owner | owner_email | oemail
Created at | created | dt:iso
Updated at | - | dt:iso
""", rows=9, opts={"time": "T"}, locale="gb")
S("de_bitrix24_unternehmen", "partner_company", "de", "bitrix24", """
ID | ref | id
Firmenname | name
Firmentyp | - | choice:Kunde/Partner/Lieferant
Branche | industry
Telefon | phone
E-Mail | email
Website | website
Adresse | street | address
Verantwortlich | owner_email | oname
Erstellt am | created | dt
Kommentar | description
""", rows=5, delim=";")
S("en_copper_companies", "partner_company", "en", "copper", """
Name | name
Street | street
City | city
State | state
Postal Code | zip
Country | country | cc
Website | website
Phone Number | phone
Email Domain | - | domain
Owned By | owner_email | oname
Date Added | created | date
Tags | - | tags
Details | description
Industry | industry
""", rows=7)

# ================================================================================ persons
S("fr_hubspot_contacts", "partner_person", "fr", "hubspot", """
ID de fiche d'informations | ref | id:hs
Prénom | first_name
Nom | last_name
E-mail | email
Numéro de téléphone | phone
Numéro de téléphone mobile | - | mobile
Nom de l'entreprise | parent_ref | company
Intitulé du poste | function
Ville | city
Code postal | zip
Pays/Région | country
Propriétaire du contact | owner_email | oname
Date de création | - | dt:iso
Phase du cycle de vie | - | choice:Lead/Client/Opportunité
""", rows=10, enc="utf-8-sig")
S("en_salesforce_contact_api", "partner_person", "en", "salesforce", """
Id | ref | id:sf003
AccountId | parent_ref | fk:sf/partner_company
Salutation | title
FirstName | first_name
LastName | last_name
Title | function
Department | - | w:departments
Email | email
Phone | phone
MobilePhone | - | mobile
MailingStreet | street
MailingCity | city
MailingPostalCode | zip
MailingCountry | country
OwnerId | owner_email | id:sf005
CreatedDate | - | dt:iso
Description | description
""", rows=12, opts={"time": "Tms"}, group="sf")
S("de_pipedrive_personen", "partner_person", "de", "pipedrive", """
Person - ID | ref | id
Person - Name | name | full
Person - Vorname | first_name
Person - Nachname | last_name
Person - Organisation | parent_ref | company
Person - E-Mail - Arbeit | email
Person - Telefon - Arbeit | phone
Person - Telefon - Mobil | - | mobile?0.4
Person - Besitzer | owner_email | oname
Person - Label | - | choice:Kunde/Heißer Lead/
Person - Erstellungszeit | - | dt:iso
""", rows=7, opts={"time": "HH:MM:SS"})
S("es_zoho_contactos", "partner_person", "es", "zoho", """
Id. de registro | ref | id:zoho
Tratamiento | title
Nombre | first_name
Apellidos | last_name
Nombre de cuenta | parent_ref | company
Cargo | function
Correo electrónico | email
Teléfono | phone
Móvil | - | mobile
Calle de correo | street
Ciudad de correo | city
Código postal de correo | zip
País de correo | country
Propietario de contacto | owner_email | oname
Hora de creación | - | dt:iso
Descripción | description
""", rows=8, opts={"time": "HH:MM:SS"})
S("it_odoo_contatti", "partner_person", "it", "odoo", """
ID esterno | ref | id:odoo
Nome | name | full
Azienda correlata | parent_ref | company
Posizione lavorativa | function
E-mail | email
Telefono | phone
Cellulare | - | mobile
Via | street
CAP | zip
Città | city
Nazione | country
Addetto vendite | owner_email | oname
Titolo | title
""", rows=6, quote_all=True)
S("sk_kontakty", "partner_person", "sk", "generic", """
Titul | title
Meno | first_name
Priezvisko | last_name
Firma | parent_ref | company
Pozícia | function
E-mail | email
Telefón | phone
Mobil | - | mobile
Mesto | city
Poznámka | description
""", rows=6, enc="cp1250", delim=";")
S("hu_minicrm_kapcsolattartok", "partner_person", "hu", "minicrm", """
Azonosító | ref | id
Vezetéknév | last_name
Keresztnév | first_name
Cég | parent_ref | company
Beosztás | function
E-mail | email
Telefon | phone
Település | city
Irányítószám | zip
Cím | street
Felelős | owner_email | oname
Megjegyzés | description
""", rows=9, delim=";")
S("ro_contacte", "partner_person", "ro", "generic", """
Nume | last_name
Prenume | first_name
Companie | parent_ref | company
Funcție | function
Email | email
Telefon mobil | phone | mobile
Oraș | city
Județ | - | state
Responsabil | owner_email | oname
Observații | description
""", rows=5, delim=";")
S("hr_freshsales_kontakti", "partner_person", "hr", "freshsales", """
ID | ref | id
Ime | first_name
Prezime | last_name
Tvrtka | parent_ref | company
Radno mjesto | function
E-pošta | email
Poslovni telefon | phone
Mobitel | - | mobile
Grad | city
Država | country
Vlasnik | owner_email | oemail
Kreirano | - | dt
Oznake | - | tags
""", rows=8)
S("sr_kontakti_latinica", "partner_person", "sr", "generic", """
Ime i prezime | name | full
Firma | parent_ref | company
Pozicija | function
Imejl adresa | email
Broj telefona | phone
Grad | city
Napomena | description
""", rows=4, enc="cp1250", delim=";")
S("sv_lime_personer", "partner_person", "sv", "lime", """
Förnamn | first_name
Efternamn | last_name
Företag | parent_ref | company
Titel | function
E-postadress | email
Mobilnummer | - | mobile
Telefon direkt | phone
Postort | city
Kontaktansvarig | owner_email | oname
Anteckning | description
""", rows=7, delim=";")
S("da_kontaktpersoner", "partner_person", "da", "generic", """
Navn | name | full
Virksomhed | parent_ref | company
Stilling | function
E-mail | email
Telefon | phone
Mobil | - | mobile
Adresse | street
Postnr. | zip
By | city
Land | country
Ansvarlig | owner_email | oname
""", rows=6, delim=";")
S("fi_yhteyshenkilot", "partner_person", "fi", "generic", """
Etunimi | first_name
Sukunimi | last_name
Yritys | parent_ref | company
Titteli | function
Sähköposti | email
Matkapuhelin | phone | mobile
Osoite | street
Postinumero | zip
Kaupunki | city
Vastuuhenkilö | owner_email | oname
Lisätietoja | description
""", rows=8, delim=";")
S("no_kontakter", "partner_person", "no", "generic", """
Fornavn | first_name
Etternavn | last_name
Firma | parent_ref | company
Stillingstittel | function
E-post | email
Mobiltelefon | phone | mobile
Sted | city
Ansvarlig | owner_email | oname
Kommentar | description
""", rows=5, delim=";")
S("tr_kisiler", "partner_person", "tr", "generic", """
Adı | first_name
Soyadı | last_name
Şirket | parent_ref | company
Unvan | function
E-posta | email
Cep Telefonu | - | mobile
İş Telefonu | phone
Şehir | city
Ülke | country
Sorumlu | owner_email | oname
Notlar | description
""", rows=7, delim=";")
S("el_epafes", "partner_person", "el", "generic", """
Όνομα | first_name
Επώνυμο | last_name
Εταιρεία | parent_ref | company
Θέση | function
Email | email
Κινητό | phone | mobile
Πόλη | city
Σημειώσεις | description
""", rows=6, delim=";")
S("nl_teamleader_contacten", "partner_person", "nl", "teamleader", """
Voornaam | first_name
Achternaam | last_name
Aanspreking | title
Bedrijf | parent_ref | company
Functie | function
E-mail | email
Telefoon | phone
GSM | - | mobile
Straat | street
Postcode | zip
Gemeente | city
Land | country
Taal | - | choice:Nederlands/Frans/Engels
Geboortedatum | - | date?0.6
""", rows=9, delim=";")
S("pt_rdstation_contatos", "partner_person", "pt", "rd station", """
Nome | name | full
Email | email
Cargo | function
Empresa | parent_ref | company
Telefone | phone
Celular | - | mobile
Cidade | city
Estado | - | state
Responsável | owner_email | oemail
Tags | - | tags
Data de conversão | - | dt
""", rows=8)
S("en_close_contacts", "partner_person", "en", "close", """
lead_name | parent_ref | company
contact_id | ref | id:pfx:cont_##########
name | name | full
title | function
primary_email | email
primary_phone | phone | phone:e164
emails | - | email
phones | - | phone:e164
date_created | - | dt:iso
""", rows=7, opts={"time": "T"})
S("en_agilecrm_contacts", "partner_person", "en", "agile crm", """
First Name | first_name
Last Name | last_name
Company | parent_ref | company
Title | function
Email | email
Phone | phone
Address | street
City | city
State | - | state
Country | country
Zip | zip
Tags | - | tags
Created Date | - | date
Owner | owner_email | oname
""", rows=6)
S("en_keap_contacts", "partner_person", "en", "keap", """
Id | ref | id
First Name | first_name
Last Name | last_name
Company | parent_ref | company
Job Title | function
Email | email
Phone 1 | phone
Phone 2 | - | mobile?0.6
Street Address 1 | street
City | city
Postal Code | zip
Country | country
Owner | owner_email | oname
Date Created | - | dt
Tags | - | tags
""", rows=8, opts={"time": "ampm"})
S("pl_bitrix24_kontakty", "partner_person", "pl", "bitrix24", """
ID | ref | id
Imię | first_name
Nazwisko | last_name
Firma | parent_ref | company
Stanowisko | function
E-mail służbowy | email
Telefon służbowy | phone
Telefon komórkowy | - | mobile
Osoba odpowiedzialna | owner_email | oname
Utworzono | - | dt
Komentarz | description
""", rows=6, delim=";")
S("de_excel_kontakte", "partner_person", "de", "generic", """
Anrede | title
Titel | - | choice:Dr./Prof./
Vorname | first_name
Nachname | last_name
Firma | parent_ref | company
Funktion | function
Tel. | phone
E-Mail | email
Str. | street
PLZ | zip
Ort | city
""", rows=5, enc="cp1252", delim=";")

# ================================================================================ leads / deals
S("de_hubspot_deals", "lead", "de", "hubspot", """
Datensatz-ID | ref | id:hs
Name des Deals | name
Deal-Phase | stage
Pipeline | pipeline
Betrag | expected_revenue | amount:plain
Abschlussdatum | date_deadline | date:iso
Deal-Inhaber | owner_email | oname
Erstellungsdatum | created | dt:iso
Dealtyp | - | choice:Neugeschäft/Bestandskunde
Zugeordnetes Unternehmen | partner_name
Zugeordneter Kontakt | contact_name
Priorität | - | w:priority
Währung | currency
""", rows=9, enc="utf-8-sig")
S("en_salesforce_opportunity_api", "lead", "en", "salesforce", """
Id | ref | id:sf006
AccountId | partner_ref | fk:sf/partner_company
Name | name
StageName | stage
Amount | expected_revenue | amount:plain
Probability | - | pct
CloseDate | date_deadline | date:iso
Type | - | choice:New Business/Existing Business
LeadSource | source
OwnerId | owner_email | id:sf005
CreatedDate | created | dt:iso
IsWon | - | bool:tf
IsClosed | - | bool:tf
CurrencyIsoCode | currency
Description | description
NextStep | - | choice:Send proposal/Call back/Demo/
""", rows=11, opts={"time": "Tms"}, group="sf")
S("pl_pipedrive_transakcje", "lead", "pl", "pipedrive", """
Transakcja - ID | ref | id
Transakcja - Tytuł | name
Transakcja - Wartość | expected_revenue | amount:plain
Transakcja - Waluta | currency
Transakcja - Organizacja | partner_name
Transakcja - Osoba kontaktowa | contact_name
Transakcja - Etap | stage
Transakcja - Lejek | pipeline
Transakcja - Status | status | choice:Otwarta/Wygrana/Przegrana
Transakcja - Właściciel | owner_email | oname
Transakcja - Oczekiwana data zamknięcia | date_deadline | date:iso
Transakcja - Czas dodania | created | dt:iso
Transakcja - Prawdopodobieństwo | - | pct
""", rows=8)
S("fr_zoho_affaires", "lead", "fr", "zoho", """
ID d'enregistrement | ref | id:zoho
Nom de l'affaire | name
Nom du compte | partner_name
Nom du contact | contact_name
Montant | expected_revenue | amount:plain
Date de clôture | date_deadline
Étape | stage
Type | - | choice:Nouvelle affaire/Affaire existante
Source de prospect | source
Propriétaire de l'affaire | owner_email | oname
Heure de création | created | dt
Probabilité (%) | - | pct
Description | description
""", rows=7)
S("de_zoho_leads", "lead", "de", "zoho", """
Datensatz-ID | ref | id:zoho
Anrede | - | w:titles
Vorname | contact_name | first
Nachname | last_name
Unternehmen | partner_name
E-Mail | email
Telefon | phone
Mobil | - | mobile
Lead-Quelle | source
Lead-Status | status
Branche | - | w:industries
Straße | street
Ort | city
PLZ | zip
Land | country
Lead-Inhaber | owner_email | oname
Erstellungszeit | created | dt
Beschreibung | description
""", rows=10)
S("en_monday_deals", "lead", "en", "monday", """
Name | name
Owner | owner_email | oname
Deal Stage | stage
Deal Value | expected_revenue | amount:plain
Expected Close Date | date_deadline | date:iso
Contacts | contact_name
Accounts | partner_name
Close Probability | - | pct:%
Last updated | - | dt:iso
Item ID | ref | id:pfx:1########
""", rows=6)
S("en_freshsales_deals", "lead", "en", "freshsales", """
Id | ref | id
Name | name
Amount | expected_revenue | amount:plain
Base currency amount | - | amount:plain
Currency | currency
Deal stage | stage
Deal pipeline | pipeline
Account name | partner_name
Contacts | contact_name
Expected close date | date_deadline | date:iso
Owner | owner_email | oemail
Created at | created | dt:iso
Source | source
Probability (%) | - | pct
Lost reason | - | choice:Price/Competitor/No budget/
Tags | tags
""", rows=9, opts={"time": "T"})
S("es_copper_oportunidades", "lead", "es", "copper", """
Nombre | name
Empresa | partner_name
Persona principal | contact_name
Valor | expected_revenue | amount:plain
Etapa | stage
Pipeline | pipeline
Fecha de cierre | date_deadline
Responsable | owner_email | oemail
Estado | status | choice:Abierta/Ganada/Perdida
Prioridad | - | choice:Alta/Media/Baja/Ninguna
Fuente | source
Etiquetas | tags
Fecha de creación | created | date
Detalles | description
""", rows=7)
S("nl_odoo_verkoopkansen", "lead", "nl", "odoo", """
Externe ID | ref | id:odoo
Verkoopkans | name
Klant | partner_name
Contactnaam | contact_name
E-mail | email
Telefoon | phone
Verkoopteam | pipeline
Fase | stage
Verwachte omzet | expected_revenue | amount:plain
Verwachte sluiting | date_deadline | date:iso
Verkoper | owner_email | oname
Labels | tags
Aangemaakt op | created | dt:iso
Kans | - | pct
""", rows=8, opts={"time": "HH:MM:SS", "model": "crm_lead"}, quote_all=True)
S("en_sugarcrm_opportunities", "lead", "en", "sugarcrm", """
ID | ref | id:uuid
Opportunity Name | name
Account Name | partner_name
Sales Stage | stage
Opportunity Amount | expected_revenue | amount:plain
Currency | currency | lit:US Dollar
Expected Close Date | date_deadline
Probability (%) | - | pct
Lead Source | source
Next Step | - | choice:Send proposal/Follow up/
Assigned to | owner_email | ologin
Date Created | created | dt
Type | - | choice:New Business/Existing Business
Description | description
""", rows=7, opts={"time": "ampm"})
S("hr_prilike", "lead", "hr", "generic", """
Naziv prilike | name
Tvrtka | partner_name
Kontakt osoba | contact_name
E-pošta | email
Telefon | phone
Faza | stage
Iznos (EUR) | expected_revenue
Očekivani datum zatvaranja | date_deadline
Vjerojatnost | - | pct:%
Prodavač | owner_email | oname
Izvor | source
Napomena | description
""", rows=6, enc="cp1250", delim=";")
S("cs_raynet_obchodni_pripady", "lead", "cs", "raynet", """
Kód | ref | id:pfx:OP-####
Název obchodního případu | name
Klient | partner_name
Kontaktní osoba | contact_name
Fáze | stage
Hodnota | expected_revenue
Měna | currency
Předpokládané uzavření | date_deadline
Vlastník | owner_email | oname
Zdroj | source
Štítky | tags
Vytvořeno | created | date
Popis | description
""", rows=8, delim=";")
S("hu_lehetosegek", "lead", "hu", "generic", """
Lehetőség neve | name
Ügyfél | partner_name
Kapcsolattartó | contact_name
Szakasz | stage
Érték (HUF) | expected_revenue | amount:int
Várható lezárás | date_deadline
Felelős | owner_email | oname
Forrás | source
Létrehozva | created | date
Leírás | description
""", rows=6, delim=";")
S("ro_oportunitati", "lead", "ro", "generic", """
Oportunitate | name
Client | partner_name
Persoană de contact | contact_name
Etapă | stage
Valoare | expected_revenue
Monedă | currency
Data estimată de închidere | date_deadline
Responsabil | owner_email | oname
Sursă | source
Creat la | created | date
Descriere | description
""", rows=7, delim=";")
S("sv_pipedrive_affarer", "lead", "sv", "pipedrive", """
Affär - ID | ref | id
Affär - Titel | name
Affär - Värde | expected_revenue | amount:plain
Affär - Valuta | currency
Affär - Organisation | partner_name
Affär - Kontaktperson | contact_name
Affär - Steg | stage
Affär - Pipeline | pipeline
Affär - Status | status | choice:Öppen/Vunnen/Förlorad
Affär - Ägare | owner_email | oname
Affär - Förväntat avslutsdatum | date_deadline
Affär - Skapad | created | dt
""", rows=8)
S("da_leads", "lead", "da", "generic", """
Emne | name
Firma | partner_name
Kontaktperson | contact_name
E-mail | email
Telefon | phone
Status | status
Kilde | source
Ansvarlig | owner_email | oname
Oprettet | created | date
Beskrivelse | description
""", rows=5, delim=";")
S("fi_myyntimahdollisuudet", "lead", "fi", "generic", """
Myyntimahdollisuus | name
Asiakas | partner_name
Yhteyshenkilö | contact_name
Vaihe | stage
Arvo (€) | expected_revenue
Arvioitu päättymispäivä | date_deadline
Myyjä | owner_email | oname
Lähde | source
Luotu | created | date
Kuvaus | description
""", rows=7, delim=";")
S("no_salgsmuligheter", "lead", "no", "generic", """
Salgsmulighet | name
Kunde | partner_name
Kontaktperson | contact_name
Fase | stage
Beløp | expected_revenue
Valuta | currency
Forventet lukkedato | date_deadline
Selger | owner_email | oname
Kilde | source
Opprettet | created | date
Beskrivelse | description
""", rows=6, delim=";")
S("tr_firsatlar", "lead", "tr", "generic", """
Fırsat Adı | name
Müşteri | partner_name
İlgili Kişi | contact_name
Aşama | stage
Tutar | expected_revenue
Para Birimi | currency
Tahmini Kapanış Tarihi | date_deadline
Satış Temsilcisi | owner_email | oname
Kaynak | source
Oluşturulma Tarihi | created | date
Açıklama | description
""", rows=8, delim=";")
S("el_eukairies", "lead", "el", "generic", """
Τίτλος ευκαιρίας | name
Πελάτης | partner_name
Επαφή | contact_name
Στάδιο | stage
Αξία | expected_revenue
Νόμισμα | currency
Αναμενόμενη ημερομηνία κλεισίματος | date_deadline
Υπεύθυνος | owner_email | oname
Πηγή | source
Ημερομηνία δημιουργίας | created | date
Περιγραφή | description
""", rows=5, delim=";")
S("en_agilecrm_deals", "lead", "en", "agile crm", """
Name | name
Value | expected_revenue | amount:plain
Probability | - | pct
Milestone | stage
Track | pipeline
Close Date | date_deadline
Owner | owner_email | oname
Contacts | contact_name
Description | description
Created Date | created | date
Tags | tags
""", rows=6)
S("sk_prilezitosti", "lead", "sk", "generic", """
Názov príležitosti | name
Zákazník | partner_name
Kontakt | contact_name
Fáza | stage
Hodnota | expected_revenue
Mena | currency
Očakávané uzavretie | date_deadline
Obchodník | owner_email | oname
Zdroj | source
Vytvorené | created | date
""", rows=6, enc="cp1250", delim=";")
S("pt_rdstation_negociacoes", "lead", "pt", "rd station", """
Nome da negociação | name
Empresa | partner_name
Contato | contact_name
Etapa | stage
Funil | pipeline
Valor total | expected_revenue
Previsão de fechamento | date_deadline
Responsável | owner_email | oname
Fonte | source
Data de criação | created | date
Anotações | description
""", rows=7)
S("en_capsule_opportunities", "lead", "en", "capsule", """
Name | name
Description | description
Party | partner_name
Milestone | stage
Value | expected_revenue | amount:plain
Currency | currency
Expected Close Date | date_deadline
Owner | owner_email | oname
Probability | - | pct
Tags | tags
Created | created | date
""", rows=6, locale="gb")
S("en_amocrm_leads", "lead", "en", "amocrm", """
ID | ref | id
Lead title | name
Budget | expected_revenue | amount:int
Responsible user | owner_email | oname
Status | stage
Pipeline | pipeline
Company | partner_name
Contact | contact_name
Tags | tags
Created | created | dt
Closing date | date_deadline
""", rows=7, locale="gb")
S("it_hubspot_lead", "lead", "it", "hubspot", """
ID record | ref | id:hs
Nome | contact_name | first
Cognome | last_name
E-mail | email
Numero di telefono | phone
Nome dell'azienda | partner_name
Stato del lead | status
Fonte originale | source
Proprietario del contatto | owner_email | oname
Data di creazione | created | dt:iso
Città | city
Paese/regione | country
""", rows=9)

# ================================================================================ projects
S("en_jira_projects", "project", "en", "jira", """
Name | name | project
Key | ref | choice:WEB/ERP/APP/MIG/OPS/CRM
Project type | - | choice:software/business/service_desk
Lead | owner_email | oname
Category | - | choice:Internal/Customer/
URL | - | empty
Description | description
""", rows=4)
S("es_odoo_proyectos", "project", "es", "odoo", """
ID externo | ref | id:odoo
Nombre | name
Cliente | partner_ref | company
Responsable del proyecto | owner_email | oname
Fecha de inicio | - | date:iso
Fecha de vencimiento | date | date:iso
Etiquetas | - | tags
Descripción | description
""", rows=6, opts={"model": "project_project"}, quote_all=True)
S("de_excel_projekte", "project", "de", "generic", """
Projektnummer | ref | id:pfx:P-24###
Projektbezeichnung | name
Auftraggeber | partner_ref | company
Projektleiter | owner_email | oname
Beginn | - | date
Ende | date
Budget (€) | - | amount
Status | - | choice:aktiv/abgeschlossen/geplant
Beschreibung | description
""", rows=7, enc="cp1252", delim=";")
S("fr_projets", "project", "fr", "generic", """
Référence | ref | id:pfx:PRJ-###
Nom du projet | name
Client | partner_ref | company
Chef de projet | owner_email | oname
Date de début | - | date
Date de fin prévue | date
Budget | - | amount
Avancement (%) | - | pct
Description | description
""", rows=6, delim=";")
S("pl_projekty", "project", "pl", "generic", """
Nr projektu | ref | id:pfx:PR/###/2024
Nazwa projektu | name
Klient | partner_ref | company
Kierownik projektu | owner_email | oname
Data rozpoczęcia | - | date
Termin zakończenia | date
Budżet | - | amount
Opis | description
""", rows=5, enc="cp1250", delim=";")
S("cs_costlocker_projekty", "project", "cs", "costlocker", """
Projekt | name
Klient | partner_ref | company
Projektový manažer | owner_email | oname
Začátek | - | date
Konec | date
Rozpočet | - | amount
Stav | - | choice:Běžící/Dokončený
""", rows=6)
S("hu_projektek", "project", "hu", "generic", """
Projekt azonosító | ref | id:pfx:PRJ###
Projekt neve | name
Megrendelő | partner_ref | company
Projektvezető | owner_email | oname
Kezdés | - | date
Határidő | date
Leírás | description
""", rows=5, delim=";")
S("sv_projekt", "project", "sv", "generic", """
Projektnummer | ref | id
Projektnamn | name
Kund | partner_ref | company
Projektledare | owner_email | oname
Startdatum | - | date
Slutdatum | date
Beskrivning | description
""", rows=6, delim=";")
S("fi_projektit", "project", "fi", "generic", """
Projektin nimi | name
Asiakas | partner_ref | company
Projektipäällikkö | owner_email | oname
Alkaa | - | date
Päättyy | date
Kuvaus | description
""", rows=4, delim=";")
S("tr_projeler", "project", "tr", "generic", """
Proje Kodu | ref | id:pfx:PRJ-###
Proje Adı | name
Müşteri | partner_ref | company
Proje Yöneticisi | owner_email | oname
Başlangıç Tarihi | - | date
Bitiş Tarihi | date
Açıklama | description
""", rows=5, delim=";")
S("el_erga", "project", "el", "generic", """
Κωδικός έργου | ref | id:pfx:ΕΡΓ-###
Όνομα έργου | name
Πελάτης | partner_ref | company
Υπεύθυνος έργου | owner_email | oname
Προθεσμία | date
Περιγραφή | description
""", rows=5, delim=";")
S("en_monday_projects", "project", "en", "monday", """
Name | name
Owner | owner_email | oname
Status | - | choice:Working on it/Done/Stuck
Timeline - Start | - | date:iso
Timeline - End | date | date:iso
Client | partner_ref | company
Budget | - | amount:plain
Item ID | ref | id:pfx:1########
""", rows=6)
S("it_zoho_progetti", "project", "it", "zoho projects", """
ID progetto | ref | id
Nome progetto | name
Responsabile | owner_email | oname
Data di inizio | - | date
Data di fine | date
Stato | - | choice:Attivo/In ritardo/Completato
Cliente | partner_ref | company
Descrizione | description
""", rows=6)
S("nl_projecten", "project", "nl", "generic", """
Projectcode | ref | id:pfx:PRJ###
Projectnaam | name
Opdrachtgever | partner_ref | company
Projectleider | owner_email | oname
Startdatum | - | date
Einddatum | date
Omschrijving | description
""", rows=5, delim=";")
S("ro_proiecte", "project", "ro", "generic", """
Cod proiect | ref | id:pfx:PR-###
Denumire proiect | name
Client | partner_ref | company
Manager de proiect | owner_email | oname
Data început | - | date
Termen limită | date
Descriere | description
""", rows=6, delim=";")
S("da_projekter", "project", "da", "generic", """
Projektnr. | ref | id
Projektnavn | name
Kunde | partner_ref | company
Projektleder | owner_email | oname
Start | - | date
Deadline | date
Beskrivelse | description
""", rows=5, delim=";")
S("hr_projekti", "project", "hr", "generic", """
Šifra projekta | ref | id:pfx:PRJ-###
Naziv projekta | name
Naručitelj | partner_ref | company
Voditelj projekta | owner_email | oname
Početak | - | date
Rok završetka | date
Opis | description
""", rows=5, enc="cp1250", delim=";")

# ================================================================================ tasks
S("en_asana_tasks", "task", "en", "asana", """
Task ID | ref | id:pfx:1206########
Created At | - | date:iso
Completed At | - | date:iso?0.6
Last Modified | - | date:iso
Name | name
Section/Column | status | w:task_status
Assignee | - | oname
Assignee Email | assignee_email
Start Date | - | date:iso?0.7
Due Date | date_deadline | date:iso
Tags | - | tags
Notes | description
Projects | project_ref | project
Parent task | parent_ref | task?0.7
Blocked By (Dependencies) | depends_on | id:pfx:1206########?0.7
Blocking (Dependencies) | - | id:pfx:1206########?0.8
""", rows=10)
S("de_jira_vorgaenge", "task", "de", "jira", """
Vorgangsschlüssel | ref | id:pfx:WEB-###
Zusammenfassung | name
Vorgangstyp | - | choice:Aufgabe/Bug/Story
Status | status
Priorität | - | w:priority
Bearbeiter | assignee_email | oname
Autor | - | oname
Erstellt | - | dt
Aktualisiert | - | dt
Fälligkeitsdatum | date_deadline
Beschreibung | description
Projektschlüssel | project_ref | lit:WEB
Übergeordnet | parent_ref | id:pfx:WEB-###?0.6
""", rows=9, opts={"date": "DD.MM.YYYY"})
S("en_trello_cards", "task", "en", "trello", """
Card ID | ref | id:pfx:65a1b2c3d4e5f6a7b8c9d###
Card Name | name
Card URL | - | url:trello.com/c
Card Description | description
Labels | - | choice:green/red/yellow/
Members | assignee_email | oname
List Name | status | w:task_status
Due Date | date_deadline | dt:iso
Board Name | project_ref | project
Checklist Items | - | int:0-6
""", rows=7, opts={"time": "T"})
S("en_clickup_tasks", "task", "en", "clickup", """
Task ID | ref | id:pfx:86b####
Task Name | name
Task Content | description
Status | status
Date Created | - | dt
Due Date | date_deadline
Priority | - | choice:urgent/high/normal/low
Assignees | assignee_email | oemail
Parent ID | parent_ref | id:pfx:86b####?0.6
List Name | project_ref | project
Time Estimated | - | hours:hm
""", rows=8)
S("fr_odoo_taches", "task", "fr", "odoo", """
ID externe | ref | id:odoo
Titre | name
Projet | project_ref | project
Assignés | assignee_email | oname
Étape | status
Date limite | date_deadline | date:iso
Étiquettes | - | tags
Tâche parente | parent_ref | task?0.6
Description | description
Priorité | - | choice:Normale/Haute
""", rows=7, opts={"model": "project_task"}, quote_all=True)
S("pt_zoho_tarefas", "task", "pt", "zoho projects", """
ID da tarefa | ref | id
Nome da tarefa | name
Lista de tarefas | - | choice:Geral/Fase 1/Fase 2
Responsável | assignee_email | oname
Data de início | - | date
Data de término | date_deadline
Estado | status
Prioridade | - | w:priority
Duração | - | hours
Dependência | depends_on | id?0.6
Projeto | project_ref | project
""", rows=8)
S("es_planner_tareas", "task", "es", "planner", """
Id. de tarea | ref | id:pfx:tsk#######
Nombre de tarea | name
Nombre del depósito | - | choice:Pendiente/Esta semana/Backlog
Progreso | status | choice:No iniciado/En curso/Completado
Prioridad | - | w:priority
Asignado a | assignee_email | oname
Creado por | - | oname
Fecha de creación | - | date
Fecha de inicio | - | date?0.5
Fecha de vencimiento | date_deadline
Descripción | description
Etiquetas | - | tags
""", rows=7)
S("pl_msproject_zadania", "task", "pl", "ms project", """
Id | ref | seqno
Nazwa zadania | name
Czas trwania | - | choice:1 dzień/3 dni/5 dni/2 tyg.
Rozpoczęcie | - | date
Zakończenie | date_deadline
Poprzedniki | depends_on | int:1-6?0.4
Nazwy zasobów | assignee_email | oname
Projekt | project_ref | project
""", rows=9, delim=";", enc="cp1250")
S("cs_ukoly", "task", "cs", "generic", """
Číslo úkolu | ref | id
Název úkolu | name
Projekt | project_ref | project
Řešitel | assignee_email | oname
Stav | status
Termín | date_deadline
Nadřazený úkol | parent_ref | id?0.6
Popis | description
""", rows=6, enc="cp1250", delim=";")
S("hu_feladatok", "task", "hu", "generic", """
Feladat azonosító | ref | id
Feladat | name
Projekt | project_ref | project
Felelős | assignee_email | oname
Állapot | status
Határidő | date_deadline
Függőség | depends_on | id?0.6
Leírás | description
""", rows=7, delim=";")
S("ro_sarcini", "task", "ro", "generic", """
ID sarcină | ref | id
Titlu | name
Proiect | project_ref | project
Responsabil | assignee_email | oname
Stare | status
Termen | date_deadline
Sarcină părinte | parent_ref | id?0.6
Descriere | description
""", rows=6, delim=";")
S("sk_ulohy", "task", "sk", "generic", """
ID úlohy | ref | id
Názov úlohy | name
Projekt | project_ref | project
Riešiteľ | assignee_email | oname
Stav | status
Termín dokončenia | date_deadline
Popis | description
""", rows=5, enc="cp1250", delim=";")
S("da_opgaver", "task", "da", "generic", """
Opgave-id | ref | id
Opgave | name
Projekt | project_ref | project
Ansvarlig | assignee_email | oname
Status | status
Forfaldsdato | date_deadline
Beskrivelse | description
""", rows=6, delim=";")
S("fi_tehtavat", "task", "fi", "generic", """
Tehtävän tunnus | ref | id
Tehtävä | name
Projekti | project_ref | project
Vastuuhenkilö | assignee_email | oname
Tila | status
Määräpäivä | date_deadline
Kuvaus | description
""", rows=5, delim=";")
S("tr_gorevler", "task", "tr", "generic", """
Görev No | ref | id
Görev Adı | name
Proje | project_ref | project
Atanan Kişi | assignee_email | oname
Durum | status
Bitiş Tarihi | date_deadline
Açıklama | description
Bağlı Olduğu Görev | parent_ref | id?0.6
""", rows=7, delim=";")
S("el_ergasies", "task", "el", "generic", """
Α/Α εργασίας | ref | id
Τίτλος εργασίας | name
Έργο | project_ref | project
Ανατέθηκε σε | assignee_email | oname
Κατάσταση | status
Προθεσμία | date_deadline
Περιγραφή | description
""", rows=5, delim=";")
S("nl_monday_taken", "task", "nl", "monday", """
Naam | name
Persoon | assignee_email | oname
Status | status
Deadline | date_deadline | date:iso
Tijdlijn | - | choice:2024-03-01 - 2024-03-15/2024-04-02 - 2024-04-20
Prioriteit | - | w:priority
Item-ID | ref | id:pfx:1########
""", rows=6)
S("it_wrike_attivita", "task", "it", "wrike", """
ID | ref | id:pfx:IEAB####
Titolo | name
Stato | status
Assegnatario | assignee_email | oname
Data di scadenza | date_deadline
Cartelle | project_ref | project
Descrizione | description
""", rows=6)
S("hr_jira_zadaci", "task", "hr", "jira", """
Ključ zadatka | ref | id:pfx:ERP-###
Sažetak | name
Vrsta zadatka | - | choice:Zadatak/Greška/Priča
Status | status
Prioritet | - | w:priority
Izvršitelj | assignee_email | oname
Prijavitelj | - | oname
Stvoreno | - | dt
Rok | date_deadline
Opis | description
Projekt | project_ref | lit:ERP
Nadređeni | parent_ref | id:pfx:ERP-###?0.6
""", rows=7)

# ================================================================================ activities
S("es_hubspot_reuniones", "activity", "es", "hubspot", """
ID del registro | ref | id:hs
Tipo de actividad | type
Título de la reunión | subject
Notas | body
Hora de inicio | date | dt:iso
Hora de finalización | end | dt:iso
Propietario de la actividad | owner_email | oname
Resultado | - | choice:Programada/Completada/No asistió
Empresa asociada | related_ref | company
""", rows=7)
S("en_salesforce_task_api", "activity", "en", "salesforce", """
Id | ref | id:sf00T
WhoId | - | id:sf003
WhatId | related_ref | fk:sf/lead
Subject | subject
ActivityDate | date | date:iso
Status | status | choice:Completed/Not Started/In Progress
Priority | - | choice:Normal/High
OwnerId | owner_email | id:sf005
Description | body
TaskSubtype | type | choice:Call/Email/Task
CallDurationInSeconds | duration | seconds?0.4
CallType | direction | choice:Inbound/Outbound/?0.4
CreatedDate | - | dt:iso
""", rows=10, opts={"time": "Tms"}, group="sf")
S("it_pipedrive_attivita", "activity", "it", "pipedrive", """
Attività - ID | ref | id
Attività - Oggetto | subject
Attività - Tipo | type
Attività - Data di scadenza | due_date | date:iso
Attività - Ora di scadenza | - | time
Attività - Durata | duration | hours:hm
Attività - Fatto | status | choice:Fatto/Da fare
Attività - Assegnato all'utente | owner_email | oname
Attività - Nota | body
Attività - Offerta | related_ref | dealname
""", rows=8)
S("sv_zoho_samtal", "activity", "sv", "zoho", """
Samtals-ID | ref | id:zoho
Ämne | subject
Samtalstyp | direction
Samtalets starttid | date | dt
Samtalslängd (minuter) | duration
Relaterat till | related_kind | choice:Affärer/Konton/Kontakter
Kontaktnamn | - | full
Samtalsägare | owner_email | oname
Beskrivning | body
Samtalsresultat | - | choice:Intresserad/Ej svar/Ring tillbaka
""", rows=7)
S("de_odoo_aktivitaeten", "activity", "de", "odoo", """
Aktivitätstyp | type
Zusammenfassung | subject
Fälligkeitsdatum | due_date | date:iso
Zugewiesen an | owner_email | oname
Dokumentmodell | related_kind | choice:Lead/Opportunity/Kontakt
Dokument-ID | related_ref | id
Notiz | body
""", rows=6, quote_all=True)
S("en_copper_activities", "activity", "en", "copper", """
Activity Type | type
Details | body
Date | date | dt
User | owner_email | oname
Related To | related_ref | company
Related To Type | related_kind | choice:Company/Person/Opportunity
""", rows=7, opts={"time": "ampm"})
S("en_close_activities", "activity", "en", "close", """
id | ref | id:pfx:acti_##########
type | type | choice:Call/Email/Note/Meeting
date_created | date | dt:iso
user_name | owner_email | oname
lead_id | related_ref | id:pfx:lead_##########
lead_name | - | company
contact_name | - | full
direction | direction | choice:outbound/inbound/
duration | duration | seconds?0.4
note | body
subject | subject | task?0.4
status | status | choice:completed/scheduled/
""", rows=9, opts={"time": "T"})
S("cs_aktivity", "activity", "cs", "generic", """
Datum a čas | date | dt
Typ aktivity | type
Předmět | subject
Poznámka | body
Firma | related_ref | company
Uživatel | owner_email | oname
Délka (min) | duration
Směr hovoru | direction
""", rows=6, enc="cp1250", delim=";")
S("pl_spotkania", "activity", "pl", "generic", """
Temat | subject
Rodzaj | type
Początek | date | dt
Koniec | end | dt
Uczestnicy | attendees
Miejsce | - | place
Organizator | owner_email | oname
Opis | body
""", rows=6, enc="cp1250", delim=";")
S("hu_tevekenysegek", "activity", "hu", "generic", """
Tevékenység típusa | type
Tárgy | subject
Időpont | date | dt
Időtartam (perc) | duration
Felelős | owner_email | oname
Kapcsolódó ügyfél | related_ref | company
Leírás | body
Állapot | status | choice:Kész/Nyitott
""", rows=7, delim=";")
S("ro_activitati", "activity", "ro", "generic", """
Tip activitate | type
Subiect | subject
Data | date | dt
Durată | duration
Utilizator | owner_email | oname
Legat de | related_kind
Detalii | body
Finalizată | status | yes
""", rows=6, delim=";")
S("hr_aktivnosti", "activity", "hr", "generic", """
Vrsta | type
Predmet | subject
Početak | date | dt
Završetak | end | dt
Sudionici | attendees
Vlasnik | owner_email | oname
Opis | body
Smjer | direction
""", rows=5, enc="cp1250", delim=";")
S("da_aktiviteter", "activity", "da", "generic", """
Aktivitetstype | type
Emne | subject
Dato | date | dt
Varighed (min) | duration
Ejer | owner_email | oname
Relateret til | related_ref | company
Noter | body
""", rows=6, delim=";")
S("no_aktiviteter", "activity", "no", "generic", """
Type | type
Emne | subject
Starttid | date | dt
Sluttid | end | dt
Deltakere | attendees
Eier | owner_email | oname
Notat | body
""", rows=5, delim=";")
S("fi_aktiviteetit", "activity", "fi", "generic", """
Tyyppi | type
Aihe | subject
Päivämäärä | date | dt
Kesto | duration
Käyttäjä | owner_email | oname
Liittyy | related_ref | company
Muistiinpanot | body
""", rows=6, delim=";")
S("tr_aktiviteler", "activity", "tr", "generic", """
Aktivite Türü | type
Konu | subject
Tarih | date | dt
Süre (dk) | duration
Kullanıcı | owner_email | oname
İlgili Kayıt | related_ref | company
Açıklama | body
Yön | direction
""", rows=7, delim=";")
S("el_drastiriotites", "activity", "el", "generic", """
Τύπος | type
Θέμα | subject
Ημερομηνία | date | dt
Διάρκεια (λεπτά) | duration
Χρήστης | owner_email | oname
Σημειώσεις | body
""", rows=5, delim=";")
S("en_insightly_events", "activity", "en", "insightly", """
Event ID | ref | id
Title | subject
Location | - | place
Start Date | date | dt
End Date | end | dt
All Day | - | bool:tf
Details | body
Owner | owner_email | oname
Date Created | - | dt
Linked To | related_ref | company
""", rows=6, locale="gb")
S("en_outlook_calendar", "activity", "en", "outlook", """
Subject | subject
Start Date | date | date
Start Time | - | time
End Date | end | date
End Time | - | time
All day event | - | bool:TF
Meeting Organizer | owner_email | oname
Required Attendees | attendees | names
Optional Attendees | - | names?0.7
Location | - | place
Description | body
Categories | - | choice:Customer/Internal/
Private | - | bool:TF
""", rows=7)
S("fr_freshsales_rendez_vous", "activity", "fr", "freshsales", """
ID | ref | id
Titre | subject
Début | date | dt
Fin | end | dt
Lieu | - | place
Participants | attendees
Propriétaire | owner_email | oemail
Description | body
Lié à | related_kind
""", rows=6)

# ================================================================================ timesheets
S("en_toggl_time_entries", "timesheet", "en", "toggl", """
User | - | oname
Email | employee_email
Client | - | company
Project | project_ref | project
Task | task_ref | task?0.3
Description | name
Billable | - | choice:Yes/No
Start date | date | date:iso
Start time | - | time
End date | - | date:iso
End time | - | time
Duration | hours | hours:hms
Tags | - | tags
Amount (EUR) | - | money:plain
""", rows=12)
S("de_clockify_zeiten", "timesheet", "de", "clockify", """
Projekt | project_ref | project
Kunde | - | company
Beschreibung | name
Aufgabe | task_ref | task?0.3
Benutzer | - | oname
Gruppe | - | choice:Entwicklung/Beratung
E-Mail | employee_email
Tags | - | tags
Abrechenbar | - | yes
Startdatum | date
Startzeit | - | time
Enddatum | - | date
Endzeit | - | time
Dauer (h) | hours | hours:hms
""", rows=10)
S("es_odoo_partes_horas", "timesheet", "es", "odoo", """
Fecha | date | date:iso
Empleado | employee_email | oname
Proyecto | project_ref | project
Tarea | task_ref | task
Descripción | name
Horas dedicadas | hours | hours:dot
""", rows=8, quote_all=True)
S("en_tempo_worklogs", "timesheet", "en", "jira tempo", """
Issue Key | task_ref | id:pfx:WEB-###
Issue summary | - | task
Hours | hours | hours:dot
Work date | date | date:iso
Username | employee_email | ologin
Full name | - | oname
Project Key | project_ref | lit:WEB
Work Description | name
Billed Hours | - | hours:dot
Account Name | - | company
""", rows=9)
S("pl_ewidencja_czasu", "timesheet", "pl", "generic", """
Pracownik | employee_email | oname
Data | date
Projekt | project_ref | project
Zadanie | task_ref | task
Liczba godzin | hours
Opis pracy | name
""", rows=8, enc="cp1250", delim=";")
S("hu_munkaidok", "timesheet", "hu", "generic", """
Munkatárs | employee_email | oname
Dátum | date
Projekt | project_ref | project
Feladat | task_ref | task
Órák | hours
Megjegyzés | name
""", rows=7, delim=";")
S("ro_pontaj", "timesheet", "ro", "generic", """
Angajat | employee_email | oemail
Data | date
Proiect | project_ref | project
Sarcină | task_ref | task
Ore lucrate | hours
Descriere activitate | name
""", rows=6, delim=";")
S("sk_vykaz_prace", "timesheet", "sk", "generic", """
Zamestnanec | employee_email | oname
Dátum | date
Projekt | project_ref | project
Úloha | task_ref | task
Odpracované hodiny | hours
Popis činnosti | name
""", rows=6, enc="cp1250", delim=";")
S("hr_evidencija_rada", "timesheet", "hr", "generic", """
Djelatnik | employee_email | oname
Datum | date
Projekt | project_ref | project
Zadatak | task_ref | task
Sati | hours
Opis rada | name
""", rows=5, enc="cp1250", delim=";")
S("fr_temps_passe", "timesheet", "fr", "generic", """
Collaborateur | employee_email | oname
Date | date
Projet | project_ref | project
Tâche | task_ref | task
Durée (h) | hours
Commentaire | name
Facturable | - | yes
""", rows=7, delim=";")
S("it_ore_lavorate", "timesheet", "it", "generic", """
Dipendente | employee_email | oname
Data | date
Commessa | project_ref | project
Attività | task_ref | task
Ore | hours
Note | name
""", rows=6, delim=";")
S("sv_tidrapport", "timesheet", "sv", "generic", """
Anställd | employee_email | oemail
Datum | date
Projekt | project_ref | project
Aktivitet | task_ref | task
Tid (h) | hours
Kommentar | name
""", rows=6, delim=";")
S("fi_tuntikirjaukset", "timesheet", "fi", "generic", """
Työntekijä | employee_email | oname
Päivä | date
Projekti | project_ref | project
Tehtävä | task_ref | task
Tunnit | hours
Kuvaus | name
""", rows=5, delim=";")
S("tr_zaman_cizelgesi", "timesheet", "tr", "generic", """
Çalışan | employee_email | oname
Tarih | date
Proje | project_ref | project
Görev | task_ref | task
Saat | hours
Açıklama | name
""", rows=6, delim=";")
S("el_parousiologio", "timesheet", "el", "generic", """
Υπάλληλος | employee_email | oname
Ημερομηνία | date
Έργο | project_ref | project
Εργασία | task_ref | task
Ώρες | hours
Περιγραφή | name
""", rows=5, delim=";")
S("no_timeregistrering", "timesheet", "no", "generic", """
Ansatt | employee_email | oname
Dato | date
Prosjekt | project_ref | project
Oppgave | task_ref | task
Timer | hours
Beskrivelse | name
""", rows=5, delim=";")
S("pt_registo_horas", "timesheet", "pt", "generic", """
Colaborador | employee_email | oemail
Data | date
Projeto | project_ref | project
Tarefa | task_ref | task
Horas | hours
Descrição | name
""", rows=6, delim=";")
S("nl_urenregistratie", "timesheet", "nl", "generic", """
Medewerker | employee_email | oname
Datum | date
Project | project_ref | project
Taak | task_ref | task
Uren | hours
Omschrijving | name
""", rows=6, delim=";")

# ================================================================================ tickets
S("en_freshdesk_tickets", "ticket", "en", "freshdesk", """
Ticket ID | ref | id
Subject | name
Description | description
Status | status
Priority | priority
Source | - | choice:Email/Portal/Phone
Type | - | choice:Question/Incident/Problem
Agent | assignee_email | oname
Group | - | choice:Billing/Tier 1/Tier 2
Created time | created | dt:iso
Due by Time | - | dt:iso
Resolved time | - | dt:iso?0.5
Last update time | - | dt:iso
Requester Name | - | full
Requester Email | - | email
Company Name | partner_ref | company
Tags | - | tags
""", rows=11, opts={"time": "HH:MM:SS"})
S("de_zendesk_tickets", "ticket", "de", "zendesk", """
ID | ref | id
Betreff | name
Beschreibung | description
Status | status
Priorität | priority
Typ | - | choice:Frage/Vorfall/Problem
Anfragender | - | full
Zugewiesener Mitarbeiter | assignee_email | oname
Organisation | partner_ref | company
Erstellt | created | dt
Aktualisiert | - | dt
Gruppe | - | choice:Support/Technik
Tags | - | tags
""", rows=8)
S("fr_jsm_demandes", "ticket", "fr", "jira service management", """
Clé | ref | id:pfx:SUP-###
Résumé | name
Statut | status
Priorité | priority
Responsable | assignee_email | oname
Rapporteur | - | full
Organisations | partner_ref | company
Création | created | dt
Mise à jour | - | dt
Description | description
""", rows=7)
S("it_zoho_desk_ticket", "ticket", "it", "zoho desk", """
ID ticket | ref | id
Oggetto | name
Descrizione | description
Stato | status
Priorità | priority
Canale | - | choice:Email/Telefono/Web
Nome account | partner_ref | company
Nome contatto | - | full
Proprietario del ticket | assignee_email | oname
Ora di creazione | created | dt
Categoria | - | choice:Fatturazione/Tecnico
""", rows=7)
S("nl_hubspot_tickets", "ticket", "nl", "hubspot", """
Ticket-ID | ref | id:hs
Ticketnaam | name
Ticketbeschrijving | description
Ticketstatus | status
Prioriteit | priority
Ticketeigenaar | assignee_email | oname
Aanmaakdatum | created | dt:iso
Bron | - | choice:E-mail/Chat/Formulier
Gekoppeld bedrijf | partner_ref | company
""", rows=8)
S("es_odoo_helpdesk", "ticket", "es", "odoo", """
ID externo | ref | id:odoo
Asunto | name
Cliente | partner_ref | company
Equipo de soporte | - | choice:Soporte/Facturación
Asignado a | assignee_email | oname
Etapa | status
Prioridad | priority
Creado el | created | dt:iso
Descripción | description
""", rows=6, opts={"model": "helpdesk_ticket"}, quote_all=True)
S("pl_zgloszenia", "ticket", "pl", "generic", """
Nr zgłoszenia | ref | id:pfx:ZG/####
Temat | name
Klient | partner_ref | company
Opis | description
Status | status
Priorytet | priority
Osoba przypisana | assignee_email | oname
Data zgłoszenia | created | dt
""", rows=7, enc="cp1250", delim=";")
S("cs_pozadavky", "ticket", "cs", "generic", """
Číslo požadavku | ref | id
Předmět | name
Zákazník | partner_ref | company
Popis | description
Stav | status
Priorita | priority
Řešitel | assignee_email | oname
Vytvořeno | created | dt
""", rows=6, enc="cp1250", delim=";")
S("ro_tichete", "ticket", "ro", "generic", """
Nr. tichet | ref | id
Subiect | name
Client | partner_ref | company
Descriere | description
Stare | status
Prioritate | priority
Alocat către | assignee_email | oname
Data deschiderii | created | dt
""", rows=6, delim=";")
S("sv_arenden", "ticket", "sv", "generic", """
Ärendenummer | ref | id
Rubrik | name
Kund | partner_ref | company
Beskrivning | description
Status | status
Prioritet | priority
Handläggare | assignee_email | oname
Registrerat | created | dt
""", rows=7, delim=";")
S("fi_tiketit", "ticket", "fi", "generic", """
Tiketin numero | ref | id
Otsikko | name
Asiakas | partner_ref | company
Kuvaus | description
Tila | status
Prioriteetti | priority
Käsittelijä | assignee_email | oname
Avattu | created | dt
""", rows=6, delim=";")
S("tr_talepler", "ticket", "tr", "generic", """
Talep No | ref | id
Konu | name
Müşteri | partner_ref | company
Açıklama | description
Durum | status
Öncelik | priority
Atanan | assignee_email | oname
Oluşturulma Tarihi | created | dt
Kategori | - | choice:Fatura/Teknik/Genel
""", rows=7, delim=";")
S("el_aitimata", "ticket", "el", "generic", """
Αρ. αιτήματος | ref | id
Θέμα | name
Πελάτης | partner_ref | company
Περιγραφή | description
Κατάσταση | status
Προτεραιότητα | priority
Ανατέθηκε σε | assignee_email | oname
Ημερομηνία δημιουργίας | created | dt
""", rows=5, delim=";")
S("sr_tiketi", "ticket", "sr", "generic", """
Broj tiketa | ref | id
Naslov | name
Klijent | partner_ref | company
Opis problema | description
Status | status
Prioritet | priority
Zadužen | assignee_email | oname
Kreirano | created | dt
""", rows=6, enc="cp1250", delim=";")
S("no_saker", "ticket", "no", "generic", """
Saksnummer | ref | id
Emne | name
Kunde | partner_ref | company
Beskrivelse | description
Status | status
Prioritet | priority
Saksbehandler | assignee_email | oname
Opprettet | created | dt
""", rows=5, delim=";")
S("sk_tikety", "ticket", "sk", "generic", """
Číslo tiketu | ref | id
Predmet | name
Zákazník | partner_ref | company
Popis | description
Stav | status
Priorita | priority
Riešiteľ | assignee_email | oname
Vytvorené | created | dt
""", rows=5, enc="cp1250", delim=";")

# ================================================================================ users
S("en_salesforce_users_report", "user", "en", "salesforce", """
Full Name | name | full
Username | - | email
Email | email
Active | active | bool:tf
Profile | - | choice:System Administrator/Standard User
Role | role
Title | - | w:functions
Last Login | - | dt?0.3
""", rows=6, opts={"time": "ampm"})
S("de_hubspot_benutzer", "user", "de", "hubspot", """
Name | name | full
E-Mail | email
Team | - | choice:Vertrieb Nord/Vertrieb Süd/
Rolle | role
Status | active | choice:Aktiv/Deaktiviert
Zuletzt aktiv | - | date
""", rows=5)
S("fr_pipedrive_utilisateurs", "user", "fr", "pipedrive", """
ID | ref | id
Nom | name | full
E-mail | email
Actif | active | yes
Administrateur | - | yes
Groupe de visibilité | - | choice:Équipe commerciale/Direction
Dernière connexion | - | dt
Rôle | role
""", rows=6)
S("it_zoho_utenti", "user", "it", "zoho", """
ID utente | ref | id:zoho
Nome completo | name | full
Email | email
Ruolo | role
Stato | active | choice:Attivo/Disattivato
Telefono | - | phone
""", rows=5)
S("en_m365_users", "user", "en", "microsoft 365", """
Display name | name | full
User principal name | email
First name | - | first
Last name | - | last
Title | - | w:functions
Department | - | w:departments
Office | - | city
Mobile phone | - | mobile
Block credential | - | bool:Tf
Licenses | - | choice:Microsoft 365 Business Standard/Microsoft 365 Business Basic
""", rows=7)
S("pl_uzytkownicy", "user", "pl", "generic", """
Login | - | ologin
Imię i nazwisko | name | full
E-mail | email
Rola | role
Aktywny | active | yes
Dział | - | w:departments
""", rows=5, enc="cp1250", delim=";")
S("hu_felhasznalok", "user", "hu", "generic", """
Felhasználónév | - | ologin
Teljes név | name | full
E-mail | email
Jogosultság | role
Aktív | active | yes
Utolsó belépés | - | dt
""", rows=5, delim=";")
S("ro_utilizatori", "user", "ro", "generic", """
Utilizator | - | ologin
Nume complet | name | full
Email | email
Rol | role
Activ | active | yes
""", rows=4, delim=";")
S("sv_anvandare", "user", "sv", "generic", """
Användare | name | full
E-post | email
Behörighet | role
Aktiv | active | yes
Avdelning | - | w:departments
""", rows=5, delim=";")
S("tr_kullanicilar", "user", "tr", "generic", """
Kullanıcı Adı | - | ologin
Ad Soyad | name | full
E-posta | email
Rol | role
Durum | active | choice:Aktif/Pasif
""", rows=5, delim=";")
S("el_xristes", "user", "el", "generic", """
Ονοματεπώνυμο | name | full
Email | email
Ρόλος | role
Ενεργός | active | yes
""", rows=4, delim=";")
S("fi_kayttajat", "user", "fi", "generic", """
Nimi | name | full
Sähköposti | email
Käyttöoikeus | role
Tila | active | choice:Aktiivinen/Poistettu käytöstä
""", rows=4, delim=";")
S("da_brugere", "user", "da", "generic", """
Navn | name | full
E-mail | email
Rolle | role
Aktiv | active | yes
Afdeling | - | w:departments
""", rows=5, delim=";")
S("nl_gebruikers", "user", "nl", "generic", """
Naam | name | full
E-mailadres | email
Rol | role
Actief | active | yes
Team | - | w:departments
""", rows=5, delim=";")
S("sk_pouzivatelia", "user", "sk", "generic", """
Meno a priezvisko | name | full
E-mail | email
Rola | role
Aktívny | active | yes
""", rows=4, enc="cp1250", delim=";")

# ================================================================================ stages
S("de_vertriebsphasen", "stage", "de", "generic", """
Vertriebsprozess | pipeline
Phasenname | name
Position | sequence
Abschlusswahrscheinlichkeit (%) | probability
Abschluss gewonnen | is_won
Abschluss verloren | is_lost
""", rows=6, delim=";")
S("fr_etapes", "stage", "fr", "generic", """
Pipeline | pipeline
Étape | name
Ordre | sequence
Probabilité | probability | pct:%
Étape gagnée | is_won
Étape perdue | is_lost
""", rows=6, delim=";")
S("it_fasi", "stage", "it", "generic", """
Pipeline | pipeline
Fase | name
Posizione | sequence
Probabilità (%) | probability
Vinta | is_won
Persa | is_lost
""", rows=6, delim=";")
S("es_etapas", "stage", "es", "generic", """
Embudo | pipeline
Etapa | name
Orden | sequence
Probabilidad | probability | pct:%
Ganada | is_won
Perdida | is_lost
""", rows=6, delim=";")
S("pt_etapas", "stage", "pt", "generic", """
Funil | pipeline
Etapa | name
Ordem | sequence
Probabilidade (%) | probability
Ganho | is_won
Perdido | is_lost
""", rows=6, delim=";")
S("nl_fases", "stage", "nl", "generic", """
Pijplijn | pipeline
Fase | name
Volgorde | sequence
Kans (%) | probability
Gewonnen | is_won
Verloren | is_lost
""", rows=6, delim=";")
S("pl_etapy", "stage", "pl", "generic", """
Lejek sprzedaży | pipeline
Etap | name
Kolejność | sequence
Prawdopodobieństwo | probability | pct:%
Wygrana | is_won
Przegrana | is_lost
""", rows=6, enc="cp1250", delim=";")
S("cs_faze", "stage", "cs", "generic", """
Obchodní proces | pipeline
Fáze | name
Pořadí | sequence
Pravděpodobnost | probability | pct:%
Vyhráno | is_won
Prohráno | is_lost
""", rows=6, enc="cp1250", delim=";")
S("hu_szakaszok", "stage", "hu", "generic", """
Értékesítési folyamat | pipeline
Szakasz | name
Sorrend | sequence
Valószínűség (%) | probability
Megnyert | is_won
Elvesztett | is_lost
""", rows=6, delim=";")
S("sv_steg", "stage", "sv", "generic", """
Pipeline | pipeline
Steg | name
Ordning | sequence
Sannolikhet | probability | pct:%
Vunnen | is_won
Förlorad | is_lost
""", rows=6, delim=";")
S("fi_vaiheet", "stage", "fi", "generic", """
Myyntiputki | pipeline
Vaihe | name
Järjestys | sequence
Todennäköisyys (%) | probability
Voitettu | is_won
Hävitty | is_lost
""", rows=6, delim=";")
S("tr_asamalar", "stage", "tr", "generic", """
Satış Hunisi | pipeline
Aşama | name
Sıra | sequence
Olasılık (%) | probability
Kazanıldı | is_won
Kaybedildi | is_lost
""", rows=6, delim=";")
S("el_stadia", "stage", "el", "generic", """
Διαδικασία πωλήσεων | pipeline
Στάδιο | name
Σειρά | sequence
Πιθανότητα (%) | probability
Κερδισμένο | is_won
Χαμένο | is_lost
""", rows=6, delim=";")
S("en_hubspot_pipeline_stages", "stage", "en", "hubspot", """
Pipeline name | pipeline
Stage name | name
Display order | sequence
Deal probability | probability | choice:0.1/0.2/0.4/0.6/0.8/1.0
Is closed | - | bool:tf
Stage ID | - | id:pfx:appointmentscheduled#
""", rows=6)
S("en_odoo_crm_stages", "stage", "en", "odoo", """
Stage Name | name
Sequence | sequence
Is Won Stage? | is_won | bool:Tf
Folded in Pipeline | - | bool:Tf
Sales Team | pipeline
Requirements | - | notes?0.7
""", rows=6, quote_all=True)

# ================================================================================ custom fields
S("en_hubspot_properties", "custom_field", "en", "hubspot", """
Label | name | label
Internal name | - | apiname
Object type | object
Field type | type
Group | - | choice:Contact information/Deal information/Company information
Description | - | notes?0.5
Options | options | options:;
""", rows=8)
S("de_pipedrive_felder", "custom_field", "de", "pipedrive", """
Feldname | name | label
Feldtyp | type
Objekt | object
Optionen | options | options:,
API-Schlüssel | - | id:pfx:a1b2c3d4e5f6####
Pflichtfeld | - | yes
""", rows=6)
S("fr_zoho_champs", "custom_field", "fr", "zoho", """
Libellé du champ | name | label
Nom API | - | apiname
Module | object
Type de données | type
Valeurs de la liste de sélection | options | options:;
Obligatoire | - | yes
""", rows=6)
S("en_salesforce_fields", "custom_field", "en", "salesforce", """
Field Label | name | label
Field Name | - | apiname:sf
Data Type | type | choice:Text(255)/Number(18, 0)/Date/Picklist/Checkbox
Object | object | choice:Account/Contact/Opportunity
Picklist Values | options | options:;
Required | - | bool:tf
Help Text | - | notes?0.6
""", rows=7)
S("es_campos_personalizados", "custom_field", "es", "generic", """
Entidad | object
Nombre del campo | name | label
Tipo | type
Opciones | options | options:|
""", rows=5, delim=";")
S("pl_pola_dodatkowe", "custom_field", "pl", "generic", """
Obiekt | object
Nazwa pola | name | label
Typ pola | type
Wartości | options | options:;
""", rows=5, enc="cp1250", delim=";")
S("hu_egyedi_mezok", "custom_field", "hu", "generic", """
Objektum | object
Mező neve | name | label
Mező típusa | type
Választható értékek | options | options:,
""", rows=5, delim=";")
S("sv_anpassade_falt", "custom_field", "sv", "generic", """
Objekt | object
Fältnamn | name | label
Fälttyp | type
Alternativ | options | options:;
""", rows=4, delim=";")
S("cs_vlastni_pole", "custom_field", "cs", "generic", """
Entita | object
Název pole | name | label
Typ | type
Možnosti | options | options:|
""", rows=5, enc="cp1250", delim=";")
S("tr_ozel_alanlar", "custom_field", "tr", "generic", """
Modül | object
Alan Adı | name | label
Alan Türü | type
Seçenekler | options | options:,
""", rows=4, delim=";")
S("it_campi_personalizzati", "custom_field", "it", "generic", """
Oggetto | object
Etichetta campo | name | label
Tipo di campo | type
Valori | options | options:;
""", rows=5, delim=";")
S("nl_aangepaste_velden", "custom_field", "nl", "generic", """
Object | object
Veldnaam | name | label
Veldtype | type
Keuzelijstwaarden | options | options:;
""", rows=5, delim=";")

# ================================================================================ attachments
S("en_salesforce_attachments", "attachment", "en", "salesforce", """
Id | ref | id:sf00P
ParentId | related_ref | fk:sf/partner_company
Name | name
ContentType | mimetype
BodyLength | - | size
OwnerId | - | id:sf005
CreatedDate | - | dt:iso
Description | - | notes?0.7
IsPrivate | - | bool:tf
""", rows=7, opts={"time": "Tms"}, group="sf")
S("en_hubspot_files", "attachment", "en", "hubspot", """
File ID | ref | id:hs
File name | name
Extension | - | ext
Size | - | size
Folder | - | choice:Contracts/Offers/
URL | path | url:f.hubspotusercontent-eu1.net/hubfs
Associated object type | related_kind | choice:Company/Contact/Deal
Associated record ID | related_ref | id:hs
Uploaded | - | dt:iso
""", rows=7)
S("de_dateien", "attachment", "de", "generic", """
Datei-ID | ref | id
Dateiname | name
Dateityp | mimetype
Größe (KB) | - | int:12-4800
Zugeordnet zu | related_kind
Datensatz-ID | related_ref | id:pfx:K-####
Pfad | path | path:anhaenge
Hochgeladen am | - | dt
""", rows=6, delim=";")
S("fr_pieces_jointes", "attachment", "fr", "generic", """
Nom du fichier | name
Type MIME | mimetype
Taille | - | size
Objet lié | related_kind
ID de l'enregistrement | related_ref | id
Chemin | path | path:pieces_jointes
Date d'ajout | - | date
""", rows=6, delim=";")
S("pl_zalaczniki", "attachment", "pl", "generic", """
Nazwa pliku | name
Typ pliku | mimetype
Rozmiar | - | size
Powiązany obiekt | related_kind
ID rekordu | related_ref | id
Ścieżka | path | path:zalaczniki
""", rows=5, enc="cp1250", delim=";")
S("es_adjuntos", "attachment", "es", "generic", """
ID | ref | id
Nombre de archivo | name
Tipo de contenido | mimetype
Tamaño | - | size
Relacionado con | related_kind
ID relacionado | related_ref | id
Ruta del archivo | path | path:adjuntos
""", rows=6, delim=";")
S("sv_bilagor", "attachment", "sv", "generic", """
Filnamn | name
Filtyp | mimetype
Storlek | - | size
Kopplad till | related_kind
Post-ID | related_ref | id
Sökväg | path | path:bilagor
""", rows=5, delim=";")
S("hu_csatolmanyok", "attachment", "hu", "generic", """
Fájlnév | name
Fájltípus | mimetype
Méret | - | size
Kapcsolódó objektum | related_kind
Rekord azonosító | related_ref | id
Elérési út | path | path:csatolmanyok
""", rows=5, delim=";")
S("it_odoo_allegati", "attachment", "it", "odoo", """
ID esterno | ref | id:odoo
Nome | name
Modello risorsa | related_kind | choice:res.partner/crm.lead/project.task
ID risorsa | related_ref | id
Tipo MIME | mimetype
Nome file archiviato | path | path:filestore
""", rows=6, opts={"model": "ir_attachment"}, quote_all=True)
S("cs_prilohy", "attachment", "cs", "generic", """
Název souboru | name
Typ souboru | mimetype
Velikost | - | size
Vazba na | related_kind
ID záznamu | related_ref | id
Cesta | path | path:prilohy
""", rows=5, enc="cp1250", delim=";")

# ================================================================================ inventory
S("en_zapier_zaps", "inventory", "en", "zapier", """
Zap name | name | w:integrations
Status | status
Trigger app | - | choice:HubSpot/Gmail/Typeform/Calendly
Action apps | - | choice:Slack/Google Sheets/Mailchimp
Last edited | - | date
Owner | - | oemail
Folder | - | choice:Sales/Marketing/
""", rows=6)
S("de_hubspot_workflows", "inventory", "de", "hubspot", """
Name | name | w:integrations
Status | status
Typ | - | choice:Kontaktbasiert/Unternehmensbasiert/Dealbasiert
Objekt | - | w:objects
Eingeschrieben | - | int:0-900
Zuletzt aktualisiert | - | date
Erstellt von | - | oname
""", rows=6)
S("fr_make_scenarios", "inventory", "fr", "make", """
Nom du scénario | name | w:integrations
Statut | status
Applications | - | choice:HubSpot, Slack/Gmail, Google Sheets/Stripe
Dernière exécution | - | dt
Opérations | - | int:0-5000
Remarques | notes
""", rows=5)
S("es_automatizaciones", "inventory", "es", "pipedrive", """
Automatización | name | w:integrations
Estado | status
Disparador | - | choice:Negocio creado/Persona actualizada/Actividad añadida
Acciones | - | choice:Enviar correo/Crear actividad/Notificar en Slack
Última ejecución | - | dt
Notas | notes
""", rows=5)
S("en_integrations_inventory", "inventory", "en", "generic", """
Integration | name | w:integrations
Connected app | - | choice:Mailchimp/Slack/Google/Stripe
Status | status
Owner | - | oname
Notes | notes
""", rows=5)
S("pl_integracje", "inventory", "pl", "generic", """
Nazwa integracji | name | w:integrations
Status | status
Uwagi | notes
""", rows=4, enc="cp1250", delim=";")
S("hu_integraciok", "inventory", "hu", "generic", """
Integráció | name | w:integrations
Állapot | status
Megjegyzés | notes
""", rows=4, delim=";")
S("it_automazioni", "inventory", "it", "generic", """
Nome automazione | name | w:integrations
Stato | status
Note | notes
""", rows=4, delim=";")
S("nl_koppelingen", "inventory", "nl", "generic", """
Koppeling | name | w:integrations
Status | status
Opmerkingen | notes
""", rows=4, delim=";")
S("cs_integrace", "inventory", "cs", "generic", """
Název | name | w:integrations
Stav | status
Poznámka | notes
""", rows=4, enc="cp1250", delim=";")

# ================================================================================ customers
S("en_quickbooks_customers", "customer", "en", "quickbooks", """
Customer | name | company
Company | company_name
Street Address | street
City | city
State | state
Country | country
Zip | zip
Phone | phone
Email | email
Attachments | - | empty
Open Balance | - | amount:plain
Notes | description
Website | website
""", rows=7)
S("es_holded_contactos", "customer", "es", "holded", """
Nombre | name | company
NIF | vat
Email | email
Teléfono | phone
Móvil | - | mobile?0.5
Dirección | street
Población | city
Código postal | zip
Provincia | state
País | country
Tipo de persona | type
Etiquetas | - | tags
Notas | description
""", rows=8)
S("en_clients_list", "customer", "en", "generic", """
Client Name | name | company
Client Type | type
Company Name | company_name
Contact Person | contact_name
Email | email
Phone | phone
Website | website
Address | street
City | city
State | state
Postal Code | zip
Country | country
Tax ID | vat
Account Manager | owner_email | oemail
Notes | description
""", rows=6, locale="gb")
S("de_lexoffice_kontakte", "customer", "de", "lexoffice", """
Kundennummer | ref | id:pfx:100##
Name | name | company
Ansprechpartner | contact_name
Straße | street
PLZ | zip
Ort | city
Land | country
E-Mail | email
Telefon | phone
USt-IdNr. | vat
Notiz | description
Kundentyp | type
""", rows=7, delim=";")
S("cs_fakturoid_kontakty", "customer", "cs", "fakturoid", """
Název | name | company
IČO | - | regno
DIČ | vat
Ulice | street
Město | city
PSČ | zip
Země | country
E-mail | email
Telefon | phone
Web | website
Kontaktní osoba | contact_name
Poznámka | description
""", rows=6)
S("pl_kontrahenci", "customer", "pl", "fakturownia", """
Nazwa | name | company
NIP | vat | vat:nat
Ulica | street
Kod pocztowy | zip
Miasto | city
Kraj | country
E-mail | email
Telefon | phone
Osoba kontaktowa | contact_name
Uwagi | description
Rodzaj | type
""", rows=7, enc="cp1250", delim=";")
S("sl_stranke_clientjoy", "customer", "sl", "generic", """
Ime stranke | name | company
Vrsta | type
Kontaktna oseba | contact_name
E-pošta | email
Telefon | phone
Naslov | street
Kraj | city
Poštna številka | zip
Država | country
Davčna številka | vat
Skrbnik | owner_email | oemail
Opombe | description
""", rows=6, enc="cp1250", delim=";")
S("it_fatture_in_cloud_clienti", "customer", "it", "fatture in cloud", """
Denominazione | name | company
Partita IVA | vat | vat:nat
Codice fiscale | - | regno
Indirizzo | street
CAP | zip
Città | city
Provincia | state
Paese | country
Email | email
Telefono | phone
Referente | contact_name
Note | description
""", rows=7, delim=";")
S("nl_moneybird_contacten", "customer", "nl", "moneybird", """
Klantnummer | ref | id
Bedrijfsnaam | name | company
Contactpersoon | contact_name
Adres | street
Postcode | zip
Plaats | city
Land | country
E-mail | email
Telefoonnummer | phone
Btw-nummer | vat
""", rows=6)

# ================================================================================ invoices
S("en_quickbooks_invoices", "invoice", "en", "quickbooks", """
Date | invoice_date
Transaction type | - | lit:Invoice
No. | number | id:pfx:10##
Customer | customer_ref | company
Due date | due_date
Amount | total | amount:plain
Open balance | - | amount:plain
Status | status
Currency | currency
""", rows=8)
S("cs_fakturoid_faktury", "invoice", "cs", "fakturoid", """
Číslo | number | id:pfx:2024-####
Odběratel | customer_ref | company
Datum vystavení | invoice_date
Datum splatnosti | due_date
Celkem | total
Měna | currency
Stav | status
Zaplaceno (Kč) | amount_paid
Variabilní symbol | - | id:pfx:2024####
""", rows=7, delim=";")
S("de_lexoffice_rechnungen", "invoice", "de", "lexoffice", """
Rechnungsnummer | number | id:pfx:RE-2024-####
Kunde | customer_ref | company
Rechnungsdatum | invoice_date
Fälligkeitsdatum | due_date
Betrag (brutto) | total
Betrag (netto) | - | amount
Währung | currency
Status | status
Offener Betrag | - | amount
""", rows=8, delim=";")
S("es_holded_facturas", "invoice", "es", "holded", """
Núm. factura | number | id:pfx:F24####
Fecha | invoice_date
Vencimiento | due_date
Cliente | customer_ref | company
NIF | - | vat
Subtotal | - | amount
IVA | - | money
Total | total
Cobrado | amount_paid
Pendiente | - | amount
Estado | status
""", rows=7)
S("en_xero_invoices", "invoice", "en", "xero", """
ContactName | customer_ref | company
InvoiceNumber | number | id:pfx:INV-####
Reference | - | choice:PO 4411/Website/
InvoiceDate | invoice_date
DueDate | due_date
Total | total | amount:plain
TaxTotal | - | money:plain
InvoiceAmountPaid | amount_paid | amount:plain
InvoiceAmountDue | - | amount:plain
Currency | currency
Status | status | choice:PAID/AUTHORISED/DRAFT
""", rows=7, locale="gb")
S("fr_factures", "invoice", "fr", "sellsy", """
N° de facture | number | id:pfx:FA-2024-###
Client | customer_ref | company
Date de facturation | invoice_date
Date d'échéance | due_date
Montant HT | - | amount
Montant TTC | total
Devise | currency
Statut | status
Montant payé | amount_paid
""", rows=7, delim=";")
S("pl_faktury", "invoice", "pl", "generic", """
Numer faktury | number | id:pfx:FV/###/2024
Kontrahent | customer_ref | company
Data wystawienia | invoice_date
Termin płatności | due_date
Wartość brutto | total
Waluta | currency
Status płatności | status
Zapłacono | amount_paid
""", rows=7, enc="cp1250", delim=";")
S("it_fatture", "invoice", "it", "fatture in cloud", """
Numero | number | id:pfx:###/2024
Cliente | customer_ref | company
Data | invoice_date
Scadenza | due_date
Imponibile | - | amount
Totale | total
Valuta | currency
Stato | status
""", rows=6, delim=";")
S("sl_racuni", "invoice", "sl", "generic", """
Številka računa | number | id:pfx:2024-####
Kupec | customer_ref | company
Datum izdaje | invoice_date
Rok plačila | due_date
Znesek z DDV | total
Valuta | currency
Stanje | status
Plačano | amount_paid
""", rows=7, enc="cp1250", delim=";")
S("hu_szamlak", "invoice", "hu", "szamlazz.hu", """
Számlaszám | number | id:pfx:E-2024-###
Vevő neve | customer_ref | company
Kiállítás dátuma | invoice_date
Fizetési határidő | due_date
Bruttó összeg | total | amount:int
Pénznem | currency
Fizetve | amount_paid | amount:int
Státusz | status
""", rows=6, delim=";")
S("sv_fortnox_fakturor", "invoice", "sv", "fortnox", """
Fakturanummer | number | id
Kundnamn | customer_ref | company
Fakturadatum | invoice_date
Förfallodatum | due_date
Totalt | total
Valuta | currency
Betalt belopp | amount_paid
Status | status
""", rows=6, delim=";")
S("en_recurring_invoices", "invoice", "en", "generic", """
Invoice # | number | id:pfx:INV-####
Client | customer_ref | company
Issue Date | invoice_date
Due Date | due_date
Total | total | amount:plain
Currency | currency
Status | status
Repeat every | recurring_every
Repeat interval | recurring_interval
Next invoice date | recurring_next_date
""", rows=5, locale="gb")

# ================================================================================ proposals
S("en_pandadoc_documents", "proposal", "en", "pandadoc", """
Document ID | ref | id:pfx:msFYActMfJHqNTKH8Y##
Document name | name
Status | status | choice:document.completed/document.sent/document.draft/document.viewed
Date created | created | dt:iso
Date sent | sent_at | dt:iso
Date completed | accepted_at | dt:iso?0.5
Grand total | amount | amount:plain
Currency | currency
Recipient | customer_ref | company
Recipient email | - | email
Owner | - | oemail
Template | - | choice:Standard proposal/Service agreement
""", rows=8, opts={"time": "T"})
S("en_proposify_proposals", "proposal", "en", "proposify", """
Proposal | name
Company | customer_ref | company
Status | status
Value | amount | amount:cur
Sent | sent_at | date
Viewed | - | date?0.4
Won | accepted_at | date?0.5
Created | created | date
Owner | - | oname
""", rows=6)
S("de_angebote", "proposal", "de", "sevdesk", """
Angebotsnummer | ref | id:pfx:AN-####
Titel | name
Kunde | customer_ref | company
Angebotsdatum | sent_at | date
Gültig bis | - | date
Betrag (netto) | amount
Währung | currency
Status | status
Angenommen am | accepted_at | date?0.5
Verkaufschance | lead_ref
""", rows=7, delim=";")
S("fr_devis", "proposal", "fr", "generic", """
N° devis | ref | id:pfx:DE-2024-###
Objet | name
Client | customer_ref | company
Date d'envoi | sent_at | date
Date de signature | accepted_at | date?0.5
Montant HT | amount
Devise | currency
Statut | status
Opportunité | lead_ref
""", rows=6, delim=";")
S("es_propuestas", "proposal", "es", "generic", """
ID | ref | id
Título de la propuesta | name
Cliente | customer_ref | company
Estado | status
Importe | amount
Moneda | currency
Fecha de envío | sent_at | date
Fecha de aceptación | accepted_at | date?0.5
Creada el | created | date
Negocio | lead_ref
""", rows=6, delim=";")
S("it_preventivi", "proposal", "it", "generic", """
Numero preventivo | ref | id:pfx:PR-###
Oggetto | name
Cliente | customer_ref | company
Data invio | sent_at | date
Data accettazione | accepted_at | date?0.5
Importo | amount
Valuta | currency
Stato | status
Trattativa | lead_ref
""", rows=6, delim=";")
S("pl_oferty", "proposal", "pl", "generic", """
Numer oferty | ref | id:pfx:OF/###/2024
Tytuł | name
Klient | customer_ref | company
Status | status
Kwota | amount
Waluta | currency
Wysłano | sent_at | date
Zaakceptowano | accepted_at | date?0.5
Utworzono | created | date
""", rows=6, enc="cp1250", delim=";")
S("pt_propostas", "proposal", "pt", "generic", """
Proposta | name
Cliente | customer_ref | company
Estado | status
Valor | amount
Moeda | currency
Enviada em | sent_at | date
Aceite em | accepted_at | date?0.5
Criada em | created | date
Negócio | lead_ref
""", rows=5, delim=";")
S("sv_offerter", "proposal", "sv", "generic", """
Offertnummer | ref | id
Rubrik | name
Kund | customer_ref | company
Status | status
Belopp | amount
Valuta | currency
Skickad | sent_at | date
Accepterad | accepted_at | date?0.5
Skapad | created | date
""", rows=6, delim=";")
S("nl_offertes", "proposal", "nl", "generic", """
Offertenummer | ref | id:pfx:OFF-####
Onderwerp | name
Klant | customer_ref | company
Status | status
Bedrag | amount
Valuta | currency
Verzonden op | sent_at | date
Geaccepteerd op | accepted_at | date?0.5
Deal | lead_ref
""", rows=6, delim=";")
S("ro_oferte", "proposal", "ro", "generic", """
Nr. ofertă | ref | id
Titlu | name
Client | customer_ref | company
Stare | status
Valoare | amount
Monedă | currency
Trimisă la | sent_at | date
Acceptată la | accepted_at | date?0.5
Creată la | created | date
""", rows=5, delim=";")

# ================================================================================ appointments
S("en_calendly_events", "appointment", "en", "calendly", """
Invitee Name | invitee_name
Invitee Email | invitee_email
Event Type Name | booking_page
Start Date & Time | start | dt:iso
End Date & Time | stop | dt:iso
Location | location
Canceled | status | bool:tf
Cancellation reason | - | choice:Schedule conflict/?0.7
Assigned To | owner_email | oname
Invitee Time Zone | - | tz
Event Created Date & Time | - | dt:iso
Questions 1 | - | lit:Company
Response 1 | - | company
""", rows=8)
S("de_bookings_termine", "appointment", "de", "microsoft bookings", """
Kundenname | invitee_name
Kunden-E-Mail | invitee_email
Dienst | booking_page
Beginn | start | dt
Ende | stop | dt
Mitarbeiter | owner_email | oname
Status | status
Ort | location
Teams-Besprechungslink | meeting_link
Notizen | - | notes?0.6
""", rows=7)
S("fr_zoho_bookings_rdv", "appointment", "fr", "zoho bookings", """
ID de réservation | ref | id:pfx:BK-#####
Nom du client | invitee_name
E-mail du client | invitee_email
Service | booking_page
Heure de début | start | dt
Heure de fin | stop | dt
Membre du personnel | owner_email | oname
Statut | status
Lieu | location
Lien de la réunion | meeting_link
""", rows=7)
S("es_hubspot_reuniones_agendadas", "appointment", "es", "hubspot", """
Nombre del invitado | invitee_name
Correo del invitado | invitee_email
Tipo de reunión | booking_page
Inicio | start | dt:iso
Fin | stop | dt:iso
Propietario | owner_email | oname
Resultado | status
Enlace de videoconferencia | meeting_link
Empresa | customer_ref | company
""", rows=6)
S("it_appuntamenti", "appointment", "it", "generic", """
Cliente | invitee_name
Email cliente | invitee_email
Tipo appuntamento | booking_page
Data e ora inizio | start | dt
Data e ora fine | stop | dt
Operatore | owner_email | oname
Stato | status
Luogo | location
Link videochiamata | meeting_link
""", rows=6, delim=";")
S("pl_rezerwacje", "appointment", "pl", "generic", """
Imię i nazwisko klienta | invitee_name
E-mail | invitee_email
Usługa | booking_page
Początek | start | dt
Koniec | stop | dt
Pracownik | owner_email | oname
Status | status
Miejsce | location
Link do spotkania | meeting_link
""", rows=6, enc="cp1250", delim=";")
S("nl_afspraken", "appointment", "nl", "generic", """
Naam | invitee_name
E-mailadres | invitee_email
Type afspraak | booking_page
Begintijd | start | dt
Eindtijd | stop | dt
Medewerker | owner_email | oname
Status | status
Locatie | location
Vergaderlink | meeting_link
""", rows=6, delim=";")
S("pt_agendamentos", "appointment", "pt", "generic", """
Nome do convidado | invitee_name
Email do convidado | invitee_email
Tipo de evento | booking_page
Início | start | dt
Fim | stop | dt
Anfitrião | owner_email | oname
Estado | status
Local | location
Link da reunião | meeting_link
""", rows=5, delim=";")
S("sv_bokningar", "appointment", "sv", "generic", """
Namn | invitee_name
E-post | invitee_email
Mötestyp | booking_page
Starttid | start | dt
Sluttid | stop | dt
Värd | owner_email | oname
Status | status
Plats | location
Möteslänk | meeting_link
""", rows=5, delim=";")
S("cs_schuzky", "appointment", "cs", "generic", """
Jméno klienta | invitee_name
E-mail klienta | invitee_email
Typ schůzky | booking_page
Začátek | start | dt
Konec | stop | dt
Pracovník | owner_email | oname
Stav | status
Místo | location
Odkaz na schůzku | meeting_link
""", rows=5, enc="cp1250", delim=";")
S("tr_randevular", "appointment", "tr", "generic", """
Misafir Adı | invitee_name
Misafir E-posta | invitee_email
Etkinlik Türü | booking_page
Başlangıç | start | dt
Bitiş | stop | dt
Sorumlu | owner_email | oname
Durum | status
Konum | location
Toplantı Bağlantısı | meeting_link
""", rows=5, delim=";")
