"""Fifth batch of generated dev samples (prefix "y_"): languages no batch had (bg et lv lt ca id vi) and
tools' exports in languages of the first batches (Pipedrive, HubSpot, Salesforce, Zendesk, Tripletex,
Exact Online, Freshsales...), written before the proposer was run on them and scored once, after the
changes made for batch 4, as out-of-sample evidence of how those carry. Same format as dev_sample_specs.py;
values of the new languages in dev_sample_data5.py."""

from dev_sample_spec_helpers import collector

SPECS, S = collector(rows=7)


# ------------------------------------------------------------------------------ Bulgarian
S("bg_kontakti", "partner_person", "bg", "generic", """
Име | first_name
Фамилия | last_name
Фирма | parent_ref | company
Длъжност | function
Телефон | phone
Имейл | email
Град | city
Отговорник | owner_email | oname
""", delim=";")
S("bg_pipedrive_sdelki", "lead", "bg", "pipedrive", """
Сделка - Заглавие | name | dealname
Сделка - Стойност | expected_revenue
Сделка - Валута | currency
Сделка - Организация | partner_name
Сделка - Лице за контакт | contact_name | full
Сделка - Етап | stage
Сделка - Собственик | owner_email | oname
Сделка - Очаквана дата на приключване | date_deadline
""")
S("bg_firmi", "partner_company", "bg", "generic", """
Наименование | name
ЕИК | - | regno
ДДС номер | vat
Адрес | street
Град | city
Пощенски код | zip
Телефон | phone
Уебсайт | website
""", delim=";", enc="cp1251")
# ------------------------------------------------------------------------------ Baltic
S("et_kontaktid", "partner_person", "et", "generic", """
Eesnimi | first_name
Perekonnanimi | last_name
Ettevõte | parent_ref | company
Ametikoht | function
E-post | email
Telefon | phone
Linn | city
""", delim=";")
S("et_ulesanded", "task", "et", "generic", """
Ülesanne | name
Projekt | project_ref | project
Vastutaja | assignee_email | oname
Tähtaeg | date_deadline
Olek | status
Kirjeldus | description
""", delim=";")
S("et_ettevotted", "partner_company", "et", "generic", """
Nimi | name
Registrikood | - | regno
KMKR number | vat
Aadress | street
Linn | city
Postiindeks | zip
Telefon | phone
Koduleht | website
""", delim=";")
S("lv_darijumi", "lead", "lv", "generic", """
Darījuma nosaukums | name | dealname
Uzņēmums | partner_name
Summa | expected_revenue
Posms | stage
Atbildīgais | owner_email | oname
Plānotais noslēgšanas datums | date_deadline
Avots | source
""", delim=";")
S("lv_klienti", "partner_company", "lv", "generic", """
Nosaukums | name
Reģistrācijas numurs | - | regno
PVN numurs | vat
Adrese | street
Pilsēta | city
Pasta indekss | zip
Tālrunis | phone
E-pasts | email | cemail
""", delim=";")
S("lt_kontaktai", "partner_person", "lt", "generic", """
Vardas | first_name
Pavardė | last_name
Įmonė | parent_ref | company
Pareigos | function
El. paštas | email
Telefonas | phone
Miestas | city
Atsakingas | owner_email | oname
""", delim=";")
S("lt_uzduotys", "task", "lt", "generic", """
Pavadinimas | name
Projektas | project_ref | project
Vykdytojas | assignee_email | oname
Terminas | date_deadline
Būsena | status
Aprašymas | description
""", delim=";")
S("lt_imones", "partner_company", "lt", "generic", """
Įmonės pavadinimas | name
Įmonės kodas | - | regno
PVM kodas | vat
Adresas | street
Miestas | city
Pašto kodas | zip
Telefonas | phone
Svetainė | website
""", delim=";")
# ------------------------------------------------------------------------------ Catalan
S("ca_contactes", "partner_person", "ca", "generic", """
Nom | first_name
Cognoms | last_name
Empresa | parent_ref | company
Càrrec | function
Correu electrònic | email
Telèfon | phone
Població | city
""", delim=";")
S("ca_oportunitats", "lead", "ca", "generic", """
Nom de l'oportunitat | name | dealname
Client | partner_name
Import | expected_revenue
Etapa | stage
Data de tancament prevista | date_deadline
Responsable | owner_email | oname
Origen | source
""", delim=";")
S("ca_tiquets", "ticket", "ca", "generic", """
Núm. | ref | id
Assumpte | name
Descripció | description
Estat | status
Prioritat | priority
Agent assignat | assignee_email | oname
Data de creació | created | date
""", delim=";")
# ------------------------------------------------------------------------------ Indonesian, Vietnamese
S("id_kontak", "partner_person", "id", "generic", """
Nama Depan | first_name
Nama Belakang | last_name
Perusahaan | parent_ref | company
Jabatan | function
Email | email
Nomor Telepon | phone
Kota | city
Pemilik | owner_email | oname
""")
S("id_peluang", "lead", "id", "generic", """
Nama Peluang | name | dealname
Nama Perusahaan | partner_name
Nilai | expected_revenue
Tahap | stage
Tanggal Tutup | date_deadline
Pemilik | owner_email | oname
Sumber | source
""")
S("id_tugas", "task", "id", "generic", """
Judul Tugas | name
Proyek | project_ref | project
Penanggung Jawab | assignee_email | oname
Tenggat Waktu | date_deadline
Status | status
Deskripsi | description
""")
S("id_jam_kerja", "timesheet", "id", "generic", """
Tanggal | date
Karyawan | employee_email | oname
Proyek | project_ref | project
Tugas | task_ref | task
Jam | hours
Keterangan | name | task
""")
S("vi_khach_hang", "partner_company", "vi", "generic", """
Tên công ty | name
Mã số thuế | vat
Địa chỉ | street
Thành phố | city
Điện thoại | phone
Email | email | cemail
Website | website
Người phụ trách | owner_email | oname
Ngành nghề | industry
""")
S("vi_lien_he", "partner_person", "vi", "generic", """
Họ và tên | name | full
Công ty | parent_ref | company
Chức vụ | function
Điện thoại di động | phone | mobile
Email | email
""")
S("vi_co_hoi", "lead", "vi", "generic", """
Tên cơ hội | name | dealname
Khách hàng | partner_name
Giá trị | expected_revenue
Giai đoạn | stage
Ngày dự kiến chốt | date_deadline
Người phụ trách | owner_email | oname
""")
# ------------------------------------------------------------------------------ tools, languages of the first batches
S("sk_pipedrive_obchody", "lead", "sk", "pipedrive", """
Obchod - Názov | name | dealname
Obchod - Hodnota | expected_revenue
Obchod - Mena | currency
Obchod - Organizácia | partner_name
Obchod - Kontaktná osoba | contact_name | full
Obchod - Fáza | stage
Obchod - Vlastník | owner_email | oname
Obchod - Očakávaný dátum uzavretia | date_deadline
Obchod - Pravdepodobnosť | - | pct
""")
S("hr_hubspot_kontakti", "partner_person", "hr", "hubspot", """
ID zapisa | ref | id:hs
Ime | first_name
Prezime | last_name
Adresa e-pošte | email
Broj telefona | phone
Naziv tvrtke | parent_ref | company
Radno mjesto | function
Vlasnik kontakta | owner_email | oname
Datum izrade | - | dt
""")
S("da_salesforce_kundeemner", "lead", "da", "salesforce", """
Fornavn | contact_name | first
Efternavn | last_name
Firma | partner_name
E-mail | email
Telefon | phone
Kundeemnestatus | status | w:lead_status
Kundeemnekilde | source
Ejer af kundeemne | owner_email | oname
""")
S("fi_zendesk_tiketit", "ticket", "fi", "zendesk", """
Tiketin tunnus | ref | id
Aihe | name
Kuvaus | description
Tila | status
Prioriteetti | priority
Käsittelijä | assignee_email | oname
Organisaatio | partner_ref | company
Luotu | created | dt
""")
S("no_tripletex_timer", "timesheet", "no", "tripletex", """
Dato | date
Ansatt | employee_email | oname
Prosjekt | project_ref | project
Aktivitet | task_ref | task
Timer | hours
Kommentar | name | task
""", delim=";")
S("tr_asana_gorevler", "task", "tr", "asana", """
Görev Adı | name
Proje | project_ref | project
Atanan Kişi | assignee_email | oname
Bitiş Tarihi | date_deadline
Durum | status
Açıklama | description
""")
S("el_pelates", "partner_company", "el", "generic", """
Επωνυμία | name
ΑΦΜ | vat | vat:nat
ΔΟΥ | - | lit:Α' Αθηνών
Διεύθυνση | street
Πόλη | city
ΤΚ | zip
Τηλέφωνο | phone
Email | email | cemail
""", delim=";")
S("sl_aktivnosti", "activity", "sl", "generic", """
Vrsta | type
Zadeva | subject | task
Opis | body | notes
Datum in čas | date | dt
Trajanje (min) | duration | minutes
Izvajalec | owner_email | oname
""", delim=";")
S("de_pipedrive_aktivitaeten", "activity", "de", "pipedrive", """
Aktivität - Betreff | subject | task
Aktivität - Typ | type
Aktivität - Fälligkeitsdatum | due_date | date
Aktivität - Dauer | duration | hours:hm
Aktivität - Zugewiesen an Benutzer | owner_email | oname
Aktivität - Notiz | body | notes
Aktivität - Erledigt | status | yes
""")
S("en_freshsales_accounts", "partner_company", "en", "freshsales", """
Name | name
Website | website
Phone | phone
Address | street
City | city
Zipcode | zip
Country | country
Industry type | industry
Sales owner | owner_email | oname
Number of employees | - | int:2-900
Annual revenue | - | amount:int
""")
S("nl_exact_relaties", "partner_company", "nl", "exact", """
Code | ref | id
Naam | name
Adres | street
Postcode | zip
Plaats | city
Land | country
Telefoon | phone
E-mail | email | cemail
Btw-nummer | vat
KvK-nummer | - | regno
Accountmanager | owner_email | oname
""", delim=";")
