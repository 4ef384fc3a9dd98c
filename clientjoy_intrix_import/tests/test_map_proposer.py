"""The map proposer without a database: synonyms in three languages, fuzzy headers, value profiling,
memory, custom fields, one-to-one assignment, id sets, and the real Intrix sample exports."""
import csv
import io
import os
import unittest

from ..lib import map_proposer
from ..lib.map_proposer import normalise_header, profile_values, propose
from ..lib.targets import ENTITIES

SAMPLES = os.path.join(os.path.dirname(__file__), "..", "demo", "intrix")

INTRIX_ENTITIES = {
    "clients": "partner_company", "contacts": "partner_person", "opportunities": "lead", "projects": "project",
    "tasks": "task", "activities": "activity", "working_hours": "timesheet", "support_tickets": "ticket",
    "users": "user", "pipeline_stages": "stage", "custom_fields": "custom_field",
}
INTRIX_EXPECTED = {
    "clients": {
        "Client ID": "ref", "Client name": "name", "Industry": "industry", "Phone": "phone", "E-mail": "email",
        "Address": "street", "City": "city", "Postal code": "zip", "Country": "country", "VAT": "vat",
        "Owner e-mail": "owner_email", "Created": "created"},
    "contacts": {
        "Contact ID": "ref", "Client ID": "parent_ref", "Salutation": "title", "First name": "first_name",
        "Last name": "last_name", "Phone": "phone", "E-mail": "email", "Job title": "function", "Department": None},
    "opportunities": {
        "Opportunity ID": "ref", "Name": "name", "Client ID": "partner_ref", "Contact ID": "contact_ref",
        "Pipeline": "pipeline", "Stage": "stage", "Value": "expected_revenue", "Currency": "currency",
        "Expected close": "date_deadline", "Owner e-mail": "owner_email", "Description": "description"},
    "projects": {
        "Project ID": "ref", "Name": "name", "Client ID": "partner_ref", "Deadline": "date",
        "Owner e-mail": "owner_email", "Description": "description"},
    "tasks": {
        "Task ID": "ref", "Project ID": "project_ref", "Name": "name", "Depends on": "depends_on",
        "Assignee e-mail": "assignee_email", "Status": "status", "Deadline": "date_deadline"},
    "activities": {
        "Activity ID": "ref", "Type": "type", "Subject": "subject", "Description": "body",
        "Related to": "related_kind", "Related ID": "related_ref", "Owner e-mail": "owner_email", "Date": "date",
        "Duration (min)": "duration"},
    "working_hours": {
        "Employee e-mail": "employee_email", "Project ID": "project_ref", "Task ID": "task_ref", "Date": "date",
        "Hours": "hours", "Note": "name"},
    "support_tickets": {
        "Ticket ID": "ref", "Client ID": "partner_ref", "Subject": "name", "Description": "description",
        "Status": "status", "Assignee e-mail": "assignee_email", "Created": "created"},
    "users": {"User ID": "ref", "Name": "name", "E-mail": "email", "Active": "active"},
    "pipeline_stages": {"Pipeline": "pipeline", "Stage": "name", "Order": "sequence", "Probability (%)": "probability"},
    "custom_fields": {"Object": "object", "Field name": "name", "Type": "type", "Options": "options"},
}


def read_sample(name):
    """(headers, rows) of a bundled Intrix export (cp1250 or UTF-8, ; or ,)."""
    with open(os.path.join(SAMPLES, name + ".csv"), "rb") as handle:
        data = handle.read()
    try:
        from ..lib.csv_reader import read_table
    except ImportError:  # the project reader needs pandas; the proposer does not
        read_table = None
    if read_table:
        table = read_table(data, name + ".csv")
        return table.headers, table.rows
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1250")
    first = text.splitlines()[0]
    rows = list(csv.reader(io.StringIO(text), delimiter=";" if first.count(";") > first.count(",") else ","))
    return rows[0], [dict(zip(rows[0], row)) for row in rows[1:] if row]


def keys_of(proposals):
    return {p.column: p.key for p in proposals}


def by_column(proposals):
    return {p.column: p for p in proposals}


class TestNormalisation(unittest.TestCase):
    def test_normalise_header(self):
        cases = {
            "E-mail": "email", "E-Mail-Adresse": "email adresse", "EMAIL": "email", "e_mail": "email",
            "Tel. številka": "tel stevilka", "Poštna številka": "postna stevilka", "Straße": "strasse",
            "firstName": "first name", "POSTAL_CODE": "postal code", "VATNumber": "vat number",
            "Probability (%)": "probability %", "Opp #": "opp #", "  Država  ": "drzava", "Währung": "wahrung",
            "E-pošta": "eposta", "Čas trajanja": "cas trajanja",
        }
        for header, expected in cases.items():
            with self.subTest(header=header):
                self.assertEqual(normalise_header(header), expected)

    def test_normalise_is_stable_for_memory(self):
        self.assertEqual(normalise_header(normalise_header("Kunden-Nr.")), normalise_header("Kunden-Nr."))
        self.assertEqual(normalise_header("Client ID"), normalise_header("client_id"))
        self.assertEqual(normalise_header("clientId"), "client id")


class TestProfileValues(unittest.TestCase):
    def test_kinds(self):
        cases = [
            (["ana@example.si", "hans@acme.de", "x.y@z.co.uk"], "email"),
            (["+386 1 234 5678", "040 123 456", "+49 (30) 123456", "01 234 56 78"], "phone"),
            (["05.02.2024", "31.12.2023", "1. 3. 2024"], "date"),
            (["2024-02-05", "2023-12-31"], "date"),
            (["05/02/2024", "28/11/2023"], "date"),
            (["05.02.2024 10:30", "2024-02-05T10:30:00Z", "2024-02-05 14:00"], "datetime"),
            (["12.500,00", "48.000,50", "7,5", "1,234.56", "€ 1.200"], "amount"),
            (["Yes", "No", "Yes"], "bool"), (["Da", "Ne"], "bool"), (["Ja", "Nein", "Ja"], "bool"),
            (["1", "0", "1"], "bool"), (["true", "false"], "bool"),
            (["Slovenia", "Germany", "Österreich", "Hrvaška", "Deutschland"], "country"),
            (["SI", "DE", "AT", "HR"], "country"),
            (["EUR", "USD", "CHF"], "currency"),
            (["C1", "O12", "ST-0001", "PRJ-2024-001", "4711"], "id"),
            (["T1|T2", "vip; hot", "WEB-2, WEB-3"], "list"),
            (["1:30", "0:45", "2h 30m", "90 min", "1.5 h"], "duration"),
            (["www.acme.de", "https://zuzek.si/kontakt", "example.com"], "url"),
            (["Customer asked for 3-year pricing and on-site training in Ljubljana."], "text"),
            (["Mr.", "Mrs.", "Dr.", "g.", "ga."], "salutation"),
            (["1000", "10115", "SI-1000", "EC1A 1BB"], "zip"),
            (["SI12345678", "DE811907980", "ATU12345678"], "vat"),
        ]
        for values, kind in cases:
            with self.subTest(values=values):
                profile = profile_values(values)
                self.assertGreaterEqual(profile.get(kind, 0), 0.99, profile)

    def test_not_confused(self):
        dates = profile_values(["05.02.2024", "31.12.2023"])
        self.assertFalse(dates.get("phone"), "dates are not phone numbers")
        self.assertFalse(dates.get("number"), "dates are not numbers")
        phones = profile_values(["+386 41 111 222", "040 123 456"])
        self.assertFalse(phones.get("date"))
        many = profile_values(["1", "2", "3", "4", "5"])
        self.assertFalse(many.get("bool"), "a column of 1..5 is not a yes/no flag")
        self.assertEqual(profile_values(["", "", "x@y.si", ""])["empty"], 0.75)
        self.assertFalse(profile_values(["Robot arm stops", "Send offer"]).get("vat"))


class TestSynonyms(unittest.TestCase):
    def assert_maps(self, entity, expected, rows=()):
        got = keys_of(propose(entity, list(expected), list(rows)))
        self.assertEqual(got, expected)

    def test_exact_english(self):
        self.assert_maps("partner_company", {"Company name": "name", "E-mail": "email", "Postal code": "zip",
                                             "Country": "country", "VAT number": "vat"})

    def test_exact_slovenian_with_and_without_diacritics(self):
        for variant in ({"Naziv podjetja": "name", "Država": "country", "Poštna številka": "zip",
                         "Davčna številka": "vat", "E-pošta": "email"},
                        {"Naziv podjetja": "name", "Drzava": "country", "Postna stevilka": "zip",
                         "Davcna stevilka": "vat", "E-posta": "email"},
                        {"NAZIV PODJETJA": "name", "DRŽAVA": "country", "POŠTNA ŠTEVILKA": "zip",
                         "DAVČNA ŠTEVILKA": "vat", "E-POŠTA": "email"}):
            with self.subTest(variant=list(variant)):
                self.assert_maps("partner_company", variant)

    def test_exact_german_with_and_without_umlauts(self):
        for variant in ({"Firmenname": "name", "Straße": "street", "PLZ": "zip", "Ort": "city", "Land": "country",
                         "USt-IdNr.": "vat", "Zuständig": "owner_email"},
                        {"Firmenname": "name", "Strasse": "street", "PLZ": "zip", "Ort": "city", "Land": "country",
                         "UST-IDNR": "vat", "Zustaendig": "owner_email"}):
            with self.subTest(variant=list(variant)):
                self.assert_maps("partner_company", variant)
        for currency in ("Währung", "Waehrung", "WÄHRUNG"):
            self.assert_maps("lead", {currency: "currency", "Erwarteter Abschluss": "date_deadline",
                                      "Betrag": "expected_revenue"})
        self.assert_maps("task", {"Fälligkeitsdatum": "date_deadline", "Vorgänger": "depends_on",
                                  "Übergeordnete Aufgabe": "parent_ref"})
        self.assert_maps("task", {"Faelligkeitsdatum": "date_deadline", "Vorgaenger": "depends_on",
                                  "Uebergeordnete Aufgabe": "parent_ref"})

    def test_reason_names_the_synonym(self):
        proposal = propose("partner_company", ["E-mail"], [])[0]
        self.assertEqual(proposal.key, "email")
        # the synonym is the notion "email" of the term table (was the literal synonym 'e-mail')
        self.assertIn("same meaning as 'email'", proposal.reason)
        self.assertGreaterEqual(proposal.confidence, 0.85)


class TestFuzzyHeaders(unittest.TestCase):
    def test_typos_and_variants(self):
        cases = {"Emial": "email", "Adress": "street", "Telephon": "phone", "Postcode": "zip", "Citty": "city",
                 "Comapny name": "name", "Countri": "country", "Company Name (legal)": "name",
                 "Phone Number (main)": "phone", "Organisation name": "name"}
        for header, key in cases.items():
            with self.subTest(header=header):
                proposal = propose("partner_company", [header], [])[0]
                self.assertEqual(proposal.key, key, proposal.reason)
                self.assertLess(proposal.confidence, 1.0, "a fuzzy match is never certain")

    def test_fuzzy_reason(self):
        proposal = propose("partner_company", ["Postal cdoe"], [])[0]
        self.assertEqual(proposal.key, "zip")
        self.assertLess(proposal.confidence, 1.0)
        # a typo is read as the nearest word of the vocabulary (was: a fuzzy match with the literal synonym)
        proposal = propose("partner_company", ["Telephon numbr"], [])[0]
        self.assertEqual(proposal.key, "phone")
        self.assertIn("'phone id'", proposal.reason)

    def test_compounds_and_translations(self):
        self.assertEqual(keys_of(propose("partner_company", ["Kunden-Nr.", "Telefonnummer", "Anlagedatum"], [])),
                         {"Kunden-Nr.": "ref", "Telefonnummer": "phone", "Anlagedatum": "created"})
        self.assertEqual(propose("lead", ["Deal amount €"], [])[0].key, "expected_revenue")
        self.assertEqual(propose("partner_person", ["Tel. številka"], [])[0].key, "phone")
        self.assertEqual(propose("partner_person", ["Ansprechpartner-Nr."], [])[0].key, "ref")

    def test_common_prefix_of_all_headers_is_ignored(self):
        headers = ["Person - ID", "Person - Name", "Person - Email", "Person - Phone", "Person - Job title"]
        self.assertEqual(keys_of(propose("partner_person", headers, [])), {
            "Person - ID": "ref", "Person - Name": "name", "Person - Email": "email", "Person - Phone": "phone",
            "Person - Job title": "function"})


class TestValueProfiling(unittest.TestCase):
    def rows(self, values, other="Firma %d d.o.o."):
        return [{"Naziv": other % i, "Kontakt": value} for i, value in enumerate(values)]

    def test_values_decide_an_ambiguous_header(self):
        emails = ["info%d@firma.si" % i for i in range(8)]
        phones = ["+386 41 %03d 222" % i for i in range(8)]
        for entity in ("partner_company", "lead"):
            with self.subTest(entity=entity, values="emails"):
                proposal = by_column(propose(entity, ["Naziv", "Kontakt"], self.rows(emails)))["Kontakt"]
                self.assertEqual(proposal.key, "email")
                self.assertIn("values look like e-mail addresses (100% of 8)", proposal.reason)
            with self.subTest(entity=entity, values="phones"):
                proposal = by_column(propose(entity, ["Naziv", "Kontakt"], self.rows(phones)))["Kontakt"]
                self.assertEqual(proposal.key, "phone")
                self.assertIn("values look like phone numbers", proposal.reason)

    def test_values_alone_map_a_meaningless_header(self):
        rows = [{"Col A": "ana%d@example.si" % i, "Col B": "%02d.03.2024" % (i + 1), "Col C": "Slovenija"}
                for i in range(6)]
        self.assertEqual(keys_of(propose("partner_company", ["Col A", "Col B", "Col C"], rows)),
                         {"Col A": "email", "Col B": "created", "Col C": "country"})

    def test_values_contradicting_the_header(self):
        # Slovenian "Naziv" is a company/lead name, but these values are salutations
        rows = [{"Naziv": t, "Ime": n, "Priimek": "Novak"} for t, n in
                (("g.", "Marko"), ("ga.", "Ana"), ("dr.", "Luka"), ("g.", "Rok"), ("ga.", "Maja"))]
        self.assertEqual(keys_of(propose("partner_person", ["Naziv", "Ime", "Priimek"], rows)),
                         {"Naziv": "title", "Ime": "first_name", "Priimek": "last_name"})

    def test_names_in_an_owner_column(self):
        # the importer finds the user by e-mail, name, login or id: names do not contradict an owner header,
        # but they are weaker evidence than e-mail addresses
        names = propose("lead", ["Owner"], [{"Owner": "Ana Novak"}, {"Owner": "Marko Kranjc"}])[0]
        emails = propose("lead", ["Owner"], [{"Owner": "ana@firma.si"}, {"Owner": "marko@firma.si"}])[0]
        self.assertEqual((names.key, emails.key), ("owner_email", "owner_email"))
        self.assertNotIn("values do not fit", names.reason)
        self.assertLess(names.raw_score, emails.raw_score)
        # dates are no owner: the header alone does not carry the column
        dates = propose("lead", ["Owner"], [{"Owner": "0%d.03.2024" % i} for i in range(1, 6)])[0]
        self.assertIsNone(dates.key)

    def test_an_email_column_of_another_party_is_not_the_owner(self):
        rows = [{"Subject": "Login %d" % i, "Customer Email": "c%d@kunde.de" % i, "Agent": "Ana Novak"} for i in range(5)]
        self.assertEqual(keys_of(propose("ticket", ["Subject", "Customer Email", "Agent"], rows)),
                         {"Subject": "name", "Customer Email": None, "Agent": "assignee_email"})


class TestMemoryHintsCustomFields(unittest.TestCase):
    ROWS = [{"Kontakt": "info%d@firma.si" % i, "Regija": "Sever"} for i in range(5)]

    def test_memory_wins(self):
        proposals = propose("partner_company", ["Kontakt"], self.ROWS, memory={"kontakt": "phone"})
        self.assertEqual(proposals[0].key, "phone")
        self.assertEqual(proposals[0].confidence, 1.0)
        self.assertEqual(proposals[0].reason, "confirmed before for this source")

    def test_memory_keys_are_normalised_and_one_to_one(self):
        proposals = propose("partner_company", ["KONTAKT", "E-mail"], [{"KONTAKT": "a@b.si", "E-mail": "c@d.si"}],
                            memory={"Kontakt": "email"})
        self.assertEqual(keys_of(proposals), {"KONTAKT": "email", "E-mail": None})
        self.assertIn("'email' went to column 'KONTAKT'", proposals[1].reason)

    def test_memory_of_no_key(self):
        proposals = propose("partner_company", ["E-mail", "Notes"], [{"E-mail": "a@b.si", "Notes": "x"}],
                            memory={"e-mail": None, "notes": map_proposer.IGNORE})
        self.assertEqual([(p.key, p.new_field) for p in proposals], [(None, True), (None, False)])
        self.assertTrue(all("confirmed before" in p.reason for p in proposals))
        proposal = propose("partner_company", ["Notes"], [], memory={"Notes": map_proposer.NEW_FIELD})[0]
        self.assertEqual((proposal.key, proposal.new_field), (None, True))

    def test_a_custom_field_of_the_source_by_its_very_name_wins_over_a_synonym(self):
        """The source defines a "Segment" dropdown for clients: the column is that field, whatever Odoo key its
        name may suggest ("Region" and state: test_custom_field_that_also_matches_a_key); a hint of the adapter
        for the very header still decides."""
        rows = [{"Segment": value} for value in ("A/B", "a b", "north", "A-B")]
        proposal = propose("partner_company", ["Segment"], rows, custom_field_labels=["Segment"])[0]
        self.assertEqual((proposal.key, proposal.new_field), (None, True))
        self.assertIn("custom field 'Segment' of the source", proposal.reason)
        proposal = propose("partner_company", ["Segment"], rows, custom_field_labels=["Segment"],
                           source_hints={"Segment": "industry"})[0]
        self.assertEqual(proposal.key, "industry")

    def test_stale_memory_is_ignored(self):
        proposal = propose("partner_company", ["E-mail"], [], memory={"e-mail": "no_such_key"})[0]
        self.assertEqual(proposal.key, "email")
        self.assertNotIn("confirmed", proposal.reason)

    def test_source_hints(self):
        proposal = propose("partner_company", ["Weird col"], [{"Weird col": "SI123"}],
                           source_hints={"Weird col": "vat"})[0]
        self.assertEqual((proposal.key, proposal.confidence), ("vat", 0.99))
        self.assertIn("known header", proposal.reason)
        proposal = propose("partner_company", ["Weird col"], [], source_hints={"Weird col": "vat"},
                           memory={"weird col": "industry"})[0]
        self.assertEqual(proposal.key, "industry", "the admin's confirmation beats the adapter's hint")

    def test_custom_field_label_becomes_new_field(self):
        headers = ["Name", "Budget approved"]
        rows = [{"Name": "Line installation", "Budget approved": "Yes"}]
        proposals = propose("project", headers, rows, custom_field_labels=["Budget approved"])
        proposal = by_column(proposals)["Budget approved"]
        self.assertIsNone(proposal.key)
        self.assertTrue(proposal.new_field)
        self.assertIn("custom field 'Budget approved' of the source", proposal.reason)
        self.assertGreaterEqual(proposal.confidence, 0.85)
        # diacritics / case do not matter, and a custom field is offered even when the sample is empty
        proposal = propose("project", ["BUDGET-APPROVED"], [], custom_field_labels=["Budget approved"])[0]
        self.assertTrue(proposal.new_field)

    def test_custom_field_that_also_matches_a_key(self):
        # the source defines "Region" itself: its own field (values such as "North" are no Odoo state)
        proposal = propose("partner_company", ["Region"], [{"Region": "North"}], custom_field_labels=["Region"])[0]
        self.assertEqual((proposal.key, proposal.new_field), (None, True))
        self.assertIn("custom field 'Region' of the source", proposal.reason)
        # a definition that only resembles the header leaves the key, said in the reason
        proposal = propose("partner_company", ["Region"], [{"Region": "North"}], custom_field_labels=["Regions"])[0]
        self.assertEqual(proposal.key, "state")
        self.assertIn("also a custom field of the source", proposal.reason)


class TestAssignment(unittest.TestCase):
    def test_one_key_one_column(self):
        headers = ["E-mail", "Email address", "Phone", "Mobile"]
        rows = [{"E-mail": "a@b.si", "Email address": "c@d.si", "Phone": "+386 1 234 5678", "Mobile": "041 111 222"}]
        proposals = by_column(propose("partner_person", headers, rows))
        self.assertEqual(proposals["E-mail"].key, "email")
        self.assertEqual(proposals["Phone"].key, "phone")
        self.assertIsNone(proposals["Mobile"].key)
        self.assertTrue(proposals["Mobile"].new_field)
        self.assertIn("'phone' went to column 'Phone'", proposals["Mobile"].reason)
        used = [p.key for p in proposals.values() if p.key]
        self.assertEqual(len(used), len(set(used)))

    def test_a_second_email_column_is_not_the_owner(self):
        # values alone cannot tell the record's e-mail from its owner's: the owner key needs an owner word
        rows = [{"E-mail": "a%d@b.si" % i, "Email address": "c%d@d.si" % i, "Sales rep": "ana@x.si"} for i in range(4)]
        proposals = by_column(propose("partner_company", ["E-mail", "Email address"], rows))
        self.assertEqual(proposals["E-mail"].key, "email")
        self.assertIsNone(proposals["Email address"].key)
        self.assertTrue(proposals["Email address"].new_field)
        proposals = by_column(propose("partner_company", ["E-mail", "Sales rep"], rows))
        self.assertEqual(proposals["Sales rep"].key, "owner_email")

    def test_conflict_goes_to_the_better_column(self):
        # both look like a name; the exact synonym wins even when it comes second
        proposals = by_column(propose("partner_company", ["Name 2", "Company name"], [
            {"Name 2": "Niederlassung Süd", "Company name": "Acme GmbH"}]))
        self.assertEqual(proposals["Company name"].key, "name")
        self.assertIsNone(proposals["Name 2"].key)

    def test_list_keys_take_several_columns(self):
        proposals = propose("lead", ["Name", "Tags", "Labels"], [{"Name": "x", "Tags": "a|b", "Labels": "c"}])
        self.assertEqual(keys_of(proposals), {"Name": "name", "Tags": "tags", "Labels": "tags"})

    def test_every_column_gets_one_proposal_in_order(self):
        headers = ["Zzz", "E-mail", "Qqq"]
        proposals = propose("user", headers, [])
        self.assertEqual([p.column for p in proposals], headers)
        for p in proposals:
            self.assertGreaterEqual(p.confidence, 0.0)
            self.assertLessEqual(p.confidence, 1.0)
            self.assertTrue(p.reason)

    def test_lists_of_row_values_are_accepted(self):
        proposals = propose("user", ["Login", "Enabled?"], [["ana@x.si", "TRUE"], ["marko@x.si", "FALSE"]])
        self.assertEqual(keys_of(proposals), {"Login": "email", "Enabled?": "active"})


class TestIdSets(unittest.TestCase):
    HEADERS = ["Title", "Link 1", "Link 2"]
    ROWS = [{"Title": "Deal %d" % i, "Link 1": "C%d" % (i % 3 + 1), "Link 2": "P%d" % (i % 4 + 1)} for i in range(8)]
    ID_SETS = {"partner_company": {"C1", "C2", "C3"}, "partner_person": {"P1", "P2", "P3", "P4"}}

    def test_id_sets_pick_the_ref_key(self):
        without = keys_of(propose("lead", self.HEADERS, self.ROWS))
        self.assertNotEqual(without["Link 1"], "partner_ref")
        proposals = by_column(propose("lead", self.HEADERS, self.ROWS, id_sets=self.ID_SETS))
        self.assertEqual(proposals["Link 1"].key, "partner_ref")
        self.assertEqual(proposals["Link 2"].key, "contact_ref")
        self.assertIn("values are ids of Company (100% of 8)", proposals["Link 1"].reason)

    def test_id_sets_decide_between_refs(self):
        # "Client ID" would normally be the customer, but its values are contacts
        rows = [{"Name": "Deal", "Client ID": "P%d" % i} for i in range(1, 5)]
        proposal = by_column(propose("lead", ["Name", "Client ID"], rows, id_sets=self.ID_SETS))["Client ID"]
        self.assertEqual(proposal.key, "contact_ref")

    def test_own_ids_are_the_ref(self):
        rows = [{"Nr": "T%d" % i, "Parent": "T1" if i > 1 else "", "Name": "Task %d" % i} for i in range(1, 6)]
        proposals = keys_of(propose("task", ["Nr", "Parent", "Name"], rows,
                                    id_sets={"task": {"T1", "T2", "T3", "T4", "T5"}}))
        self.assertEqual(proposals, {"Nr": "ref", "Parent": "parent_ref", "Name": "name"})


class TestUnmapped(unittest.TestCase):
    def test_unmapped_with_values_is_offered_as_new_field(self):
        proposal = by_column(propose("partner_person", ["First name", "Department"],
                                     [{"First name": "Ana", "Department": "Sales"}]))["Department"]
        self.assertIsNone(proposal.key)
        self.assertTrue(proposal.new_field)
        self.assertEqual(proposal.reason, "no matching Odoo field: offered as new custom field")

    def test_unmapped_without_values_is_not_imported(self):
        proposal = by_column(propose("partner_person", ["First name", "Fax"],
                                     [{"First name": "Ana", "Fax": ""}, {"First name": "Rok", "Fax": " "}]))["Fax"]
        self.assertIsNone(proposal.key)
        self.assertFalse(proposal.new_field)
        self.assertIn("no values", proposal.reason)

    def test_empty_column_with_a_good_header_is_still_mapped(self):
        proposal = propose("partner_company", ["VAT"], [{"VAT": ""}])[0]
        self.assertEqual(proposal.key, "vat")


class TestIntrixSamples(unittest.TestCase):
    def test_every_sample_maps_as_expected(self):
        for name, entity in INTRIX_ENTITIES.items():
            with self.subTest(sample=name):
                self.assertIn(entity, ENTITIES)
                headers, rows = read_sample(name)
                proposals = propose(entity, headers, rows)
                self.assertEqual(keys_of(proposals), INTRIX_EXPECTED[name])
                for proposal in proposals:
                    if proposal.key:
                        self.assertGreaterEqual(proposal.confidence, 0.7, proposal)
                        self.assertFalse(proposal.new_field)

    def test_contacts_department_is_a_new_field(self):
        headers, rows = read_sample("contacts")
        proposal = by_column(propose("partner_person", headers, rows))["Department"]
        self.assertTrue(proposal.new_field)

    def test_custom_field_definitions_feed_the_proposer(self):
        headers, rows = read_sample("custom_fields")
        labels = [row["Field name"] for row in rows if row["Object"] == "Client"]
        self.assertEqual(labels, ["Region"])
        headers, rows = read_sample("clients")
        proposals = by_column(propose("partner_company", headers + ["Region"],
                                      [dict(row, Region="North") for row in rows], custom_field_labels=labels))
        self.assertIn("custom field", proposals["Region"].reason)


class TestCustomFieldNames(unittest.TestCase):
    def test_accents_are_folded_not_dropped(self):
        from ..importers.schema import custom_field_name, selection_key

        self.assertEqual(custom_field_name("Število zaposlenih"), "x_cji_stevilo_zaposlenih")
        self.assertEqual(custom_field_name("Größe (m²)"), "x_cji_grosse_m2")
        self.assertEqual(custom_field_name("Đak čćžš"), "x_cji_dak_cczs")
        self.assertEqual(selection_key("Športna oprema"), "sportna_oprema")
        # no Latin letter at all: a stable, non-empty name
        name = custom_field_name("Отрасль")
        self.assertRegex(name, r"^x_cji_f_[0-9a-f]{8}$")
        self.assertEqual(name, custom_field_name(" Отрасль "))
        self.assertNotEqual(name, custom_field_name("Регион"))
