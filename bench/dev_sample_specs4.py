"""Fourth batch of generated dev samples (prefix "x_"): scripts and regional variants the first three
batches had none of (ru uk ja zh ko ar he; pt-BR es-MX de-CH fr-CA) and tools they did not cover (Bitrix24,
1C, KeyCRM, kintone, Backlog, Kommo, RD Station, bexio, Axonaut, Sellsy, Teamleader, Raynet, Livespace,
MiniCRM, számlázz.hu, SmartBill, Lime, Upsales, vtiger, SuiteCRM, Notion, Airtable, Streak, Nimble,
Capsule, monday.com...), written from knowledge of those tools before the proposer was run on them, and
scored once as out-of-sample evidence before any change was made for them. Same format as
dev_sample_specs.py; values of the new languages in dev_sample_data4.py."""

from dev_sample_spec_helpers import collector

SPECS, S = collector(rows=7)


# ------------------------------------------------------------------------------ Russian
S("ru_bitrix24_kontakty", "partner_person", "ru", "bitrix24", """
ID | ref | id
Имя | first_name
Фамилия | last_name
Отчество | - | empty
Должность | function
Компания | parent_ref | company
Рабочий телефон | phone
Мобильный телефон | - | mobile
Рабочий e-mail | email
Город | city
Ответственный | owner_email | oname
Дата создания | - | dt
Комментарий | description | notes?0.4
""", delim=";", enc="utf-8-sig", opts={"phone": "intl"})
S("ru_bitrix24_sdelki", "lead", "ru", "bitrix24", """
ID | ref | id
Название сделки | name | dealname
Стадия сделки | stage
Направление | pipeline
Сумма | expected_revenue
Валюта | currency
Компания | partner_name
Контакт | contact_name
Ответственный | owner_email | oname
Дата создания | created | dt
Предполагаемая дата закрытия | date_deadline
Источник | source
Комментарий | description
""", delim=";", enc="utf-8-sig")
S("ru_1c_kontragenty", "partner_company", "ru", "1c", """
Код | ref | id:pfx:00-00000###
Наименование | name
ИНН | vat
КПП | - | regno
Юридический адрес | street | address
Город | city
Индекс | zip
Телефон | phone
Электронная почта | email | cemail
Сайт | website
Основной менеджер | owner_email | oname
""", delim=";", enc="cp1251", crlf=True)
S("ru_bitrix24_dela", "activity", "ru", "bitrix24", """
ID | ref | id
Тип | type
Тема | subject
Описание | body
Ответственный | owner_email | oname
Дата начала | date | dt
Крайний срок | due_date | date
Выполнено | status | yes
Направление | direction
Тип сущности | related_kind
ID сущности | related_ref | id
""", delim=";", enc="utf-8-sig")
S("ru_odoo_kontakty", "partner_person", "ru", "odoo", """
Внешний ID | ref | id:odoo
Имя | name | full
Компания | parent_ref | company
Должность | function
Эл. почта | email
Телефон | phone
Город | city
Страна | country
""", quote_all=True)
# ------------------------------------------------------------------------------ Ukrainian
S("uk_kontakty", "partner_person", "uk", "generic", """
Ім'я | first_name
Прізвище | last_name
Посада | function
Компанія | parent_ref | company
Телефон | phone
Електронна пошта | email
Місто | city
Відповідальний | owner_email | oname
""", delim=";")
S("uk_zavdannia", "task", "uk", "generic", """
Назва завдання | name
Проєкт | project_ref
Виконавець | assignee_email | oname
Статус | status
Крайній термін | date_deadline
Опис | description
""", delim=";")
S("uk_keycrm_uhody", "lead", "uk", "keycrm", """
ID | ref | id
Назва угоди | name | dealname
Сума | expected_revenue | amount:plain
Етап воронки | stage
Воронка | pipeline
Клієнт | contact_name | full
Менеджер | owner_email | oname
Джерело | source
Дата створення | created | dt
""")
# ------------------------------------------------------------------------------ Japanese
S("ja_salesforce_torihikisaki", "partner_company", "ja", "salesforce", """
取引先名 | name
取引先 所有者 | owner_email | oname
電話 | phone
Web サイト | website
業種 | industry
郵便番号(請求先) | zip
市区郡(請求先) | city
町名・番地(請求先) | street
従業員数 | - | int:5-900
作成日 | created | date
説明 | description
""", enc="utf-8-sig")
S("ja_salesforce_torihikisaki_sekininsha", "partner_person", "ja", "salesforce", """
姓 | last_name
名 | first_name
取引先名 | parent_ref | company
役職 | function
電話 | phone
携帯電話 | - | mobile
メール | email
取引先責任者 所有者 | owner_email | oname
""", enc="utf-8-sig")
S("ja_hubspot_torihiki", "lead", "ja", "hubspot", """
レコードID | ref | id:hs
取引名 | name | dealname
取引ステージ | stage
パイプライン | pipeline
金額 | expected_revenue | amount:plain
完了予定日 | date_deadline
取引担当者 | owner_email | oname
作成日 | created | dt
関連付けられた会社 | partner_name
""")
S("ja_kintone_katsudo", "activity", "ja", "kintone", """
レコード番号 | ref | id
日時 | date | dt
種別 | type
件名 | subject
内容 | body
担当者 | owner_email | oname
所要時間(分) | duration | minutes
""")
S("ja_backlog_kadai", "task", "ja", "backlog", """
キー | ref | id:pfx:WEB-###
件名 | name
詳細 | description
状態 | status
担当者 | assignee_email | oname
期限日 | date_deadline
親課題 | parent_ref | id?0.6
優先度 | - | w:priority
""")
# ------------------------------------------------------------------------------ Chinese
S("zh_kehu", "partner_company", "zh", "generic", """
客户编号 | ref | id
客户名称 | name
行业 | industry
电话 | phone
网址 | website
城市 | city
详细地址 | street
邮编 | zip
负责人 | owner_email | oname
创建时间 | created | dt
备注 | description
""")
S("zh_lianxiren", "partner_person", "zh", "generic", """
姓名 | name | full
所属客户 | parent_ref | company
职务 | function
手机 | phone | mobile
邮箱 | email
负责人 | owner_email | oname
城市 | city
""")
S("zh_shangji", "lead", "zh", "generic", """
商机名称 | name | dealname
客户名称 | partner_name
销售阶段 | stage
预计金额 | expected_revenue
预计成交日期 | date_deadline
负责人 | owner_email | oname
商机来源 | source
赢率 | - | pct:%
创建时间 | created | dt
""")
S("zh_gongdan", "ticket", "zh", "generic", """
工单编号 | ref | id
标题 | name
描述 | description
状态 | status
优先级 | priority
处理人 | assignee_email | oname
客户 | partner_ref | company
创建时间 | created | date
""")
S("zh_gongshi", "timesheet", "zh", "generic", """
日期 | date
员工 | employee_email | oname
项目 | project_ref | project
任务 | task_ref | task
工时 | hours | hours:dot
工作内容 | name | task
""")
# ------------------------------------------------------------------------------ Korean
S("ko_gogaeksa", "partner_company", "ko", "generic", """
회사명 | name
사업자등록번호 | vat
대표자 | - | full
업종 | industry
전화번호 | phone
이메일 | email | cemail
주소 | street
우편번호 | zip
홈페이지 | website
담당자 | owner_email | oname
등록일 | created | date
""")
S("ko_yeollakcheo", "partner_person", "ko", "generic", """
이름 | name | full
회사 | parent_ref | company
직책 | function
휴대폰 | phone | mobile
이메일 | email
담당 영업 | owner_email | oname
""")
S("ko_yeongeop_gihoe", "lead", "ko", "generic", """
영업기회명 | name | dealname
고객사 | partner_name
단계 | stage
예상 금액 | expected_revenue
예상 마감일 | date_deadline
담당자 | owner_email | oname
출처 | source
""")
# ------------------------------------------------------------------------------ Arabic
S("ar_zoho_jihat_ittisal", "partner_person", "ar", "zoho", """
الاسم الأول | first_name
اسم العائلة | last_name
اسم الحساب | parent_ref | company
المسمى الوظيفي | function
البريد الإلكتروني | email
الهاتف | phone
الجوال | - | mobile
المدينة | city
مالك جهة الاتصال | owner_email | oname
""")
S("ar_sharikat", "partner_company", "ar", "generic", """
اسم الشركة | name
الرقم الضريبي | vat
القطاع | industry
الهاتف | phone
البريد الإلكتروني | email | cemail
الموقع الإلكتروني | website
المدينة | city
الدولة | country
العنوان | street
المسؤول | owner_email | oname
""")
S("ar_odoo_alfuras", "lead", "ar", "odoo", """
الفرصة | name | dealname
العميل | partner_name
المرحلة | stage
الإيرادات المتوقعة | expected_revenue | amount:plain
الإغلاق المتوقع | date_deadline
مندوب المبيعات | owner_email | oname
البريد الإلكتروني | email
الهاتف | phone
""")
# ------------------------------------------------------------------------------ Hebrew
S("he_anshei_kesher", "partner_person", "he", "generic", """
שם פרטי | first_name
שם משפחה | last_name
חברה | parent_ref | company
תפקיד | function
טלפון | phone
דוא"ל | email
עיר | city
""")
S("he_monday_mesimot", "task", "he", "monday", """
שם המשימה | name
פרויקט | project_ref
אחראי | assignee_email | oname
סטטוס | status
תאריך יעד | date_deadline
הערות | description
""")
# ------------------------------------------------------------------------------ Brazilian Portuguese
S("ptbr_rdstation_contatos", "partner_person", "pt", "rdstation", """
Nome | name | full
Email | email
Telefone | phone
Cargo | function
Empresa | parent_ref | company
Responsável | owner_email | oname
Cidade | city
Estado | - | state
Data de criação | - | dt
""", locale="ptbr", country_lang="pt")
S("ptbr_rdstation_negociacoes", "lead", "pt", "rdstation", """
Nome da negociação | name | dealname
Empresa | partner_name
Contato | contact_name
Etapa | stage
Funil de vendas | pipeline
Valor total | expected_revenue
Previsão de fechamento | date_deadline
Responsável | owner_email | oname
Fonte | source
Data de criação | created | dt
""", locale="ptbr")
S("ptbr_pipedrive_atividades", "activity", "pt", "pipedrive", """
Assunto | subject | task
Tipo | type
Data de vencimento | due_date | date
Hora de vencimento | - | time
Duração | duration | hours:hm
Atribuído ao usuário | owner_email | oname
Anotação | body | notes
Concluída | status | yes
""", locale="ptbr")
S("ptbr_bling_clientes", "partner_company", "pt", "bling", """
Código | ref | id
Razão social | name
Nome fantasia | - | company
CNPJ | vat
Inscrição estadual | - | regno
Endereço | street
Bairro | - | lit:Centro
Cidade | city
UF | state
CEP | zip
Fone | phone
E-mail | email | cemail
""", locale="ptbr", delim=";")
# ------------------------------------------------------------------------------ Mexican Spanish
S("esmx_kommo_leads", "lead", "es", "kommo", """
ID | ref | id
Nombre del lead | name | dealname
Presupuesto | expected_revenue | amount:int
Usuario responsable | owner_email | oname
Etapa del lead | stage
Embudo de ventas | pipeline
Fecha de creación | created | dt
Contacto principal | contact_name | full
Compañía del contacto | partner_name
Etiquetas | tags
""", locale="esmx")
S("esmx_alegra_contactos", "partner_company", "es", "alegra", """
Nombre o razón social | name
RFC | vat | rfc
Régimen fiscal | - | choice:601/612/626
Calle | street
Colonia | - | lit:Centro
Municipio | city
Estado | state
Código postal | zip
Teléfono | phone
Correo electrónico | email | cemail
""", locale="esmx")
S("esmx_clickup_tareas", "task", "es", "clickup", """
ID de la tarea | ref | id:uuid
Nombre de la tarea | name
Lista | project_ref | project
Asignado | assignee_email | oname
Estado | status
Fecha límite | date_deadline
Descripción | description
Etiquetas | - | tags
""", locale="esmx")
S("es_odoo_oportunidades", "lead", "es", "odoo", """
ID externo | ref | id:odoo
Oportunidad | name | dealname
Cliente | partner_name
Etapa | stage
Ingreso esperado | expected_revenue | amount:plain
Cierre esperado | date_deadline | date:iso
Comercial | owner_email | oname
Equipo de ventas | pipeline | choice:Ventas/Distribuidores
Probabilidad | - | pct
Etiquetas | tags
""", locale="esmx", opts={"model": "crm_lead"}, quote_all=True)
# ------------------------------------------------------------------------------ Swiss German
S("dech_bexio_kontakte", "partner_company", "de", "bexio", """
Kontaktnr. | ref | id
Firma | name
Adresse | street
PLZ | zip
Ort | city
Land | country
Telefon Geschäft | phone
E-Mail | email | cemail
Website | website
MWST-Nr. | vat
Kontaktart | - | choice:Firma/Privatperson
Branche | industry
Zuständig | owner_email | oname
""", locale="dech", delim=";")
S("dech_bexio_zeiten", "timesheet", "de", "bexio", """
Datum | date
Mitarbeiter | employee_email | oname
Projekt | project_ref | project
Arbeitspaket | task_ref | task
Dauer | hours | hours:hm
Text | name | task
Verrechenbar | - | yes
""", locale="dech", delim=";")
# ------------------------------------------------------------------------------ Canadian French, French
S("frca_dynamics_prospects", "lead", "fr", "dynamics", """
Sujet | name | dealname
Nom complet | contact_name | full
Nom de la société | partner_name
Courriel | email
Téléphone professionnel | phone
Ville | city
Code postal | zip
Pays/région | country
Origine du prospect | source
Propriétaire | owner_email | oname
Créé le | created | dt
""", locale="frca")
S("fr_axonaut_factures", "invoice", "fr", "axonaut", """
Numéro | number | id:pfx:FA-2024-####
Client | customer_ref | company
Date de facturation | invoice_date
Date d'échéance | due_date
Montant TTC | total
Montant HT | - | amount
Montant payé | amount_paid
Statut | status
Devise | currency
""", delim=";")
S("fr_sellsy_devis", "proposal", "fr", "sellsy", """
Référence | ref | id:pfx:DEV-####
Sujet | name
Client | customer_ref | company
Total HT | amount
Statut | status
Date d'envoi | sent_at
Date de création | created
Devise | currency
""", delim=";")
S("fr_teamleader_taches", "task", "fr", "teamleader", """
Titre | name
Échéance | date_deadline
Assigné à | assignee_email | oname
Client | - | company
Projet | project_ref | project
Terminée | status | yes
""", delim=";")
# ------------------------------------------------------------------------------ Polish, Czech
S("pl_livespace_firmy", "partner_company", "pl", "livespace", """
Nazwa | name
NIP | vat | vat:nat
REGON | - | regno
Ulica | street
Kod pocztowy | zip
Miejscowość | city
Województwo | state
Telefon | phone
E-mail | email | cemail
WWW | website
Opiekun | owner_email | oname
Branża | industry
Data utworzenia | created | dt
""", delim=";")
S("pl_dynamics_konta", "partner_company", "pl", "dynamics", """
Nazwa konta | name
Telefon główny | phone
Adres 1: Ulica 1 | street
Adres 1: Miejscowość | city
Adres 1: Kod pocztowy | zip
Główna osoba kontaktowa | - | full
E-mail | email | cemail
Właściciel | owner_email | oname
Utworzono | created | dt
""")
S("pl_projekty", "project", "pl", "generic", """
Nazwa projektu | name
Klient | partner_ref | company
Data rozpoczęcia | - | date
Termin zakończenia | date
Kierownik projektu | owner_email | oname
Opis | description
""", delim=";")
S("cs_raynet_obchodni_pripady", "lead", "cs", "raynet", """
Kód | ref | id:pfx:OP-####
Předmět | name | dealname
Klient | partner_name
Kontaktní osoba | contact_name | full
Fáze | stage
Hodnota | expected_revenue
Měna | currency
Předpokládané uzavření | date_deadline
Vlastník | owner_email | oname
Zdroj | source
Pravděpodobnost | - | pct
Vytvořeno | created | dt
""", delim=";")
S("cs_freelo_ukoly", "task", "cs", "freelo", """
Název úkolu | name
Projekt | project_ref | project
Řešitel | assignee_email | oname
Termín | date_deadline
Stav | status
Popis | description
""", delim=";")
# ------------------------------------------------------------------------------ Hungarian, Romanian
S("hu_minicrm_kapcsolatok", "partner_person", "hu", "minicrm", """
Vezetéknév | last_name
Keresztnév | first_name
Cég | parent_ref | company
Beosztás | function
Telefon | phone
Email | email
Város | city
Felelős | owner_email | oname
""", delim=";")
S("hu_szamlazz_szamlak", "invoice", "hu", "szamlazz", """
Számlaszám | number | id:pfx:E-ABC-2024-##
Vevő neve | customer_ref | company
Kelt | invoice_date
Fizetési határidő | due_date
Bruttó összeg | total
Nettó összeg | - | amount
Pénznem | currency
Fizetett összeg | amount_paid
Állapot | status
""", delim=";")
S("ro_smartbill_clienti", "partner_company", "ro", "smartbill", """
Denumire | name
CIF | vat
Nr. Reg. Com. | - | lit:J40/1234/2015
Adresă | street
Localitate | city
Județ | state
Țară | country
Telefon | phone
Email | email | cemail
Persoană de contact | - | full
""", delim=";")
S("ro_freshdesk_tichete", "ticket", "ro", "freshdesk", """
ID tichet | ref | id
Subiect | name
Descriere | description
Stare | status
Prioritate | priority
Agent | assignee_email | oname
Companie | partner_ref | company
Creat la | created | dt
""")
# ------------------------------------------------------------------------------ Dutch, Swedish, Italian
S("nl_teamleader_deals", "lead", "nl", "teamleader", """
Titel | name | dealname
Bedrijf | partner_name
Contactpersoon | contact_name | full
Fase | stage
Bedrag | expected_revenue
Verwachte sluitingsdatum | date_deadline
Verantwoordelijke | owner_email | oname
Bron | source
Kans | - | pct:%
Aangemaakt op | created | dt
""", delim=";")
S("nl_teamleader_gebruikers", "user", "nl", "teamleader", """
Naam | name | full
E-mailadres | email | oemail
Functie | - | w:functions
Rol | role
Actief | active | yes
""", delim=";")
S("sv_lime_aktiviteter", "activity", "sv", "lime", """
Typ | type
Ämne | subject | task
Anteckning | body | notes
Datum | date | dt
Ansvarig | owner_email | oname
Varaktighet (min) | duration | minutes
Riktning | direction
""", delim=";")
S("sv_upsales_bolag", "partner_company", "sv", "upsales", """
Företagsnamn | name
Organisationsnr | - | regno
Momsregistreringsnummer | vat
Adress | street
Postnummer | zip
Ort | city
Telefon | phone
Hemsida | website
Kontoansvarig | owner_email | oname
Bransch | industry
""", delim=";")
S("it_vtiger_aziende", "partner_company", "it", "vtiger", """
Nome Azienda | name
Partita IVA | vat
Telefono | phone
Email | email | cemail
Sito Web | website
Indirizzo | street
Città | city
CAP | zip
Provincia | state
Settore | industry
Assegnato a | owner_email | oname
Data Creazione | created | dt
Fatturato annuo | - | amount:int
""", delim=";")
S("it_suitecrm_casi", "ticket", "it", "suitecrm", """
Numero | ref | id
Oggetto | name
Stato | status
Priorità | priority
Nome Azienda | partner_ref | company
Assegnato a | assignee_email | oname
Data creazione | created | date
Descrizione | description
""")
# ------------------------------------------------------------------------------ English, tools not covered yet
S("en_notion_tasks", "task", "en", "notion", """
Name | name
Status | status
Assignee | assignee_email | oname
Due | date_deadline
Project | project_ref | project
Tags | - | tags
Created time | - | dt
Blocked by | depends_on | id?0.6
""")
S("en_airtable_contacts", "partner_person", "en", "airtable", """
Name | name | full
Company | parent_ref | company
Title | function
Email | email
Phone | phone
Notes | description
Last Modified | - | dt
""")
S("en_streak_boxes", "lead", "en", "streak", """
Name | name | dealname
Stage | stage
Pipeline | pipeline
Assigned To | owner_email | oemail
Date Created | created | dt
Last Updated | - | dt
Deal Size | expected_revenue
Organization | partner_name
Notes | description
""")
S("en_nimble_contacts", "partner_person", "en", "nimble", """
first name | first_name
last name | last_name
title | function
company | parent_ref | company
email (work) | email
phone (mobile) | phone | mobile
lead source | - | w:sources
rating | - | int:0-5
""")
S("en_suitecrm_users", "user", "en", "suitecrm", """
ID | ref | id:uuid
User Name | - | ologin
Full Name | name | full
Email Address | email | oemail
Status | active | choice:Active/Inactive
Title | - | w:functions
""")
S("en_capsule_opportunities", "lead", "en", "capsule", """
Name | name | dealname
Organisation | partner_name
Milestone | stage
Value | expected_revenue | amount:plain
Currency | currency
Expected Close Date | date_deadline
Owner | owner_email | oname
Probability | - | pct
Description | description
""", locale="gb")
S("en_monday_projects", "project", "en", "monday", """
Name | name
Owner | owner_email | oname
Client | partner_ref | company
Due date | date
Status | - | choice:Working on it/Done/Stuck
Budget | - | amount:int
""")
S("en_sugarcrm_documents", "attachment", "en", "sugarcrm", """
ID | ref | id:uuid
Document Name | name | file
File Mime Type | mimetype
Related To | related_kind | w:objects
Related ID | related_ref | id
""")
S("en_close_statuses", "stage", "en", "close", """
Pipeline | pipeline
Status Label | name
Order | sequence
Win Probability | probability | pct
Type | - | choice:active/won/lost
""", rows=6)
S("en_copper_custom_fields", "custom_field", "en", "copper", """
Field Name | name | label
Data Type | type
Applies To | object
Options | options
""", rows=5)
