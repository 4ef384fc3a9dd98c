"""The proposer's general sources and signals without a database: the multilingual term table, Odoo's
field labels, babel, phonenumbers, python-stdnum, calibrated confidence and the object guess."""
import os
import unittest

from odoo.tests.common import TransactionCase

from ..lib import map_proposer, value_signals, vocabulary
from ..tools.field_labels import installed_field_labels
from ..lib.entity_guess import file_name_notions, guess_entity
from ..lib.map_proposer import normalise_header, profile_values, propose


def keys_of(proposals):
    return {p.column: p.key for p in proposals}


class TestVocabulary(unittest.TestCase):
    def test_term_table_covers_its_languages(self):
        # the same notion in languages none of the bundled samples is written in
        cases = {
            "fr": {"Courriel": "email", "Téléphone": "phone", "Ville": "city", "Code postal": "zip", "Pays": "country"},
            "it": {"Posta elettronica": "email", "Telefono": "phone", "Città": "city", "Paese": "country"},
            "pl": {"Telefon": "phone", "Miasto": "city", "Kod pocztowy": "zip", "NIP": "vat"},
            "hu": {"Telefonszám": "phone", "Város": "city", "Irányítószám": "zip", "Ország": "country",
                   "Adószám": "vat"},
            "sv": {"Telefonnummer": "phone", "Stad": "city", "Postnummer": "zip", "Momsnummer": "vat"},
        }
        for lang, expected in cases.items():
            with self.subTest(lang=lang):
                self.assertEqual(keys_of(propose("partner_company", list(expected), [])), expected)

    def test_cyrillic_is_read_in_latin_letters(self):
        self.assertEqual(normalise_header("Телефон"), "telefon")
        self.assertEqual(propose("partner_company", ["Телефон"], [])[0].key, "phone")

    def test_ambiguous_word_keeps_both_readings(self):
        # Slovenian "naslov" is an address and a title: the entity's keys decide
        self.assertEqual(propose("partner_company", ["Naslov"], [])[0].key, "street")
        self.assertEqual(propose("activity", ["Naslov"], [])[0].key, "subject")

    def test_split_abbreviation_and_compound(self):
        self.assertEqual(normalise_header("USt-IdNr."), "u st id nr")
        self.assertEqual(propose("partner_company", ["USt-IdNr."], [])[0].key, "vat")
        self.assertEqual(propose("partner_person", ["Kontaktnummer"], [])[0].key, "ref")

    def test_terms_ablation_drops_other_languages(self):
        # without the term table's non-English words the Hungarian header means nothing
        saved = vocabulary._terms
        try:
            vocabulary.DISABLED.add("terms")
            vocabulary._terms = None
            vocab = vocabulary.terms()["vocab"]
            self.assertNotIn("varos", vocab)
            self.assertIn("city", vocab)
        finally:
            vocabulary.DISABLED.discard("terms")
            vocabulary._terms = saved

    def test_babel_vocabulary_file_is_what_babel_gives(self):
        """The stored babel vocabulary (read instead of loading every locale in each new process) is what the
        installed babel gives now; when it is not, scripts/build_babel_vocabulary.py rewrites it."""
        import babel
        import json

        with open(vocabulary.BABEL_FILE, encoding="utf-8") as handle:
            stored = json.load(handle)
        self.assertEqual(stored["babel"], babel.__version__, "run scripts/build_babel_vocabulary.py")
        self.assertEqual(stored["data"], json.loads(json.dumps(vocabulary.compute_babel_data())),
                         "run scripts/build_babel_vocabulary.py")
        # and the proposer reads them: a country in Hungarian, a currency symbol, a month in Polish
        self.assertEqual(vocabulary.territory_names().get("nemetorszag"), "DE")
        self.assertEqual(vocabulary.currency_names().get("kč"), "CZK")
        self.assertIn("stycznia", vocabulary.month_names())
        self.assertTrue(any(p.match("31.12.2024") for p in vocabulary.date_patterns()))
        self.assertIn(("\u00a0", ","), vocabulary.number_separators())

    def test_odoo_labels_are_read_from_its_translation_files(self):
        files = vocabulary.odoo_i18n_files()
        if not files:
            self.skipTest("no Odoo source with i18n files next to this Python")
        labels = vocabulary.odoo_field_labels({("res.partner", "vat")})
        self.assertIn("en", labels[("res.partner", "vat")])
        # every language the installed Odoo has a .po file for comes with it (the slim source keeps zh_CN)
        translations = {lang for lang in labels[("res.partner", "vat")] if lang != "en"}
        if translations:
            label = labels[("res.partner", "vat")][sorted(translations)[0]]
            self.assertEqual(propose("partner_company", [label], [])[0].key, "vat")

    def test_extra_labels_from_the_database(self):
        vocabulary.set_extra_labels({("res.partner", "industry_id"): ["Gospodarska grana"]})
        try:
            map_proposer._syn_cache.clear()
            self.assertEqual(propose("partner_company", ["Gospodarska grana"], [])[0].key, "industry")
        finally:
            vocabulary.set_extra_labels({})
            map_proposer._syn_cache.clear()


class TestValueSignals(unittest.TestCase):
    def test_phone_by_libphonenumber(self):
        if value_signals.phonenumbers is None:
            self.skipTest("phonenumbers is not installed")
        for value in ("+386 41 123 456", "0049 30 1234567", "(030) 1234567", "+1 415 555 2671", "06 12 34 56 78"):
            with self.subTest(value=value):
                self.assertTrue(value_signals.is_phone(value))
        for value in ("12.500,00", "2024-02-05", "10115", "SI12345678", "4711"):
            with self.subTest(value=value):
                self.assertFalse(value_signals.is_phone(value))

    def test_vat_by_stdnum(self):
        self.assertTrue(value_signals.is_vat("DE811907980"))
        self.assertTrue(value_signals.is_vat("SI 1234 5678"), "right format, wrong check digit: still a VAT")
        self.assertTrue(value_signals.is_vat("CHE-116.281.710 MWST"))
        self.assertFalse(value_signals.is_vat("XX12345678"))
        self.assertFalse(value_signals.is_vat("Robot arm"))

    def test_dates_by_the_formats_of_every_locale(self):
        for value in ("05.02.2024", "2024-02-05", "5. 2. 2024", "2024. 02. 05.", "05/02/2024", "5 févr. 2024",
                      "3 marzo 2024", "2024-02-05T10:30:00Z"):
            with self.subTest(value=value):
                self.assertIn(value_signals.date_kind(value), ("date", "datetime"))
        self.assertEqual(value_signals.date_kind("05.02.2024 14:30"), "datetime")
        for value in ("12.500", "Robot 3 arm 2024", "040 123 456", "31.31.2024"):
            with self.subTest(value=value):
                self.assertFalse(value_signals.date_kind(value))

    def test_countries_and_currencies_in_every_language(self):
        for value in ("Nemčija", "Allemagne", "Německo", "Németország", "Tyskland", "DE", "Србија"):
            with self.subTest(value=value):
                self.assertTrue(value_signals.is_country(value))
        self.assertFalse(value_signals.is_country("Ljubljana"))
        for value in ("EUR", "€", "euro", "złoty", "Kč"):
            with self.subTest(value=value):
                self.assertTrue(value_signals.is_currency(value))
        self.assertFalse(value_signals.is_currency("ABC"))

    def test_email_syntax(self):
        self.assertTrue(value_signals.is_email("ana.novak+crm@firma.si"))
        for value in ("ana@firma", "ana novak@firma.si", "@firma.si", "ana@@firma.si"):
            with self.subTest(value=value):
                self.assertFalse(value_signals.is_email(value))

    def test_profile_uses_the_signals(self):
        self.assertGreaterEqual(profile_values(["Allemagne", "Autriche", "Suisse"]).get("country", 0), 0.99)
        self.assertGreaterEqual(profile_values(["FR40303265045", "IT00743110157"]).get("vat", 0), 0.99)


class TestGeneralisation(unittest.TestCase):
    """Mechanisms that carry the proposer to tools and languages it was not written for."""

    def test_languages_beyond_the_first_sixteen(self):
        cases = {
            "fi": {"Yrityksen nimi": "name", "Puhelin": "phone", "Sähköposti": "email", "Postinumero": "zip", "Maa": "country"},
            "tr": {"Firma Adı": "name", "Telefon": "phone", "E-posta": "email", "Posta Kodu": "zip", "Ülke": "country",
                   "Vergi No": "vat"},
            "el": {"Επωνυμία": "name", "Τηλέφωνο": "phone", "Πόλη": "city", "Χώρα": "country", "ΑΦΜ": "vat"},
            "da": {"Navn": "name", "Telefon": "phone", "Postnr.": "zip", "Land": "country", "CVR-nr.": "vat"},
            "no": {"Firmanavn": "name", "Telefon": "phone", "Postnummer": "zip", "Poststed": "city", "Land": "country"},
        }
        for lang, expected in cases.items():
            with self.subTest(lang=lang):
                self.assertEqual(keys_of(propose("partner_company", list(expected), [])), expected)

    def test_the_entitys_own_object_word_is_left_out(self):
        self.assertEqual(keys_of(propose("lead", ["Deal-Inhaber", "Lead-Quelle", "Opportunity ID"], [])),
                         {"Deal-Inhaber": "owner_email", "Lead-Quelle": "source", "Opportunity ID": "ref"})
        self.assertEqual(propose("ticket", ["Ticketeigenaar"], [])[0].key, "assignee_email")

    def test_a_column_about_something_no_key_takes(self):
        rows = [{"Name": "Deal %d" % i, "Annual Revenue": "%d000" % (i + 5), "Amount": "%d00" % (i + 3)} for i in range(6)]
        self.assertEqual(keys_of(propose("lead", ["Name", "Annual Revenue", "Amount"], rows)),
                         {"Name": "name", "Annual Revenue": None, "Amount": "expected_revenue"})
        rows = [{"Company": "Firma %d GmbH" % i, "Number of employees": str(10 + i)} for i in range(6)]
        self.assertIsNone(keys_of(propose("partner_company", ["Company", "Number of employees"], rows))["Number of employees"])

    def test_an_invoice_number_is_not_its_id(self):
        rows = [{"ID": str(900 + i), "Rechnungsnummer": "RE-2024-%04d" % i} for i in range(5)]
        self.assertEqual(keys_of(propose("invoice", ["ID", "Rechnungsnummer"], rows)),
                         {"ID": "ref", "Rechnungsnummer": "number"})
        self.assertEqual(propose("partner_company", ["Kunden-Nr."], [])[0].key, "ref", "elsewhere a number is the id")

    def test_last_segment_and_leading_note(self):
        headers = ["Person - ID", "Person - Postal address - City", "Person - Postal address - Street"]
        self.assertEqual(keys_of(propose("partner_person", headers, [])), {
            "Person - ID": "ref", "Person - Postal address - City": "city", "Person - Postal address - Street": "street"})
        rows = [{"(Do Not Modify) Account": "0b6c1a2e-1f3d-4c5a-9e8f-%012d" % i, "Account Name": "Firma %d" % i,
                 "(Do Not Modify) Modified On": "2024-03-0%d 10:00" % (i + 1)} for i in range(5)]
        self.assertEqual(keys_of(propose("partner_company", list(rows[0]), rows)), {
            "(Do Not Modify) Account": "ref", "Account Name": "name", "(Do Not Modify) Modified On": None})

    def test_compounds_read_from_exact_words(self):
        # "Möteslänk" is möte + länk (not "slänk" of some other language), "Projektin" is Finnish projekti + n
        self.assertEqual(propose("appointment", ["Möteslänk"], [])[0].key, "meeting_link")
        self.assertEqual(propose("project", ["Projektin nimi"], [])[0].key, "name")
        self.assertEqual(propose("partner_company", ["Nazwa firmy"], [])[0].key, "name")

    def test_first_name_beside_a_last_name(self):
        # Italian "Nome" is a name and a first name: beside "Cognome" it is the first name
        self.assertEqual(keys_of(propose("lead", ["Nome", "Cognome"], [])), {"Nome": "contact_name", "Cognome": "last_name"})
        self.assertEqual(propose("lead", ["Nome"], [])[0].key, "name")

    def test_keys_sharing_a_kind_need_their_header(self):
        # three dates of a proposal: values alone cannot tell which is which
        rows = [{"Titel": "Angebot %d" % i, "Gültig bis": "1%d.05.2024" % i} for i in range(5)]
        self.assertIsNone(keys_of(propose("proposal", ["Titel", "Gültig bis"], rows))["Gültig bis"])
        self.assertEqual(propose("proposal", ["Date sent", "Accepted on"], [])[0].key, "sent_at")
        self.assertEqual(propose("proposal", ["Date sent", "Accepted on"], [])[1].key, "accepted_at")

    def test_yes_no_words_of_every_language(self):
        for values in (["Oui", "Non", "Oui"], ["Igen", "Nem", "Igen"], ["Evet", "Hayır"], ["Tak", "Nie"], ["Sí", "No"],
                       ["Kyllä", "Ei"], ["Ναι", "Όχι"]):
            with self.subTest(values=values):
                self.assertGreaterEqual(profile_values(values).get("bool", 0), 0.99)
        self.assertLess(profile_values(["Oui", "Peut-être", "Jamais"]).get("bool", 0), 0.8)

    def test_too_few_values_do_not_decide(self):
        self.assertIsNone(propose("user", ["a"], [{"a": "1"}])[0].key)
        self.assertEqual(propose("user", ["a"], [{"a": v} for v in ("1", "0", "1", "1")])[0].key, "active")


class TestCalibratedConfidence(unittest.TestCase):
    def test_no_matching_field_is_never_certain(self):
        proposal = propose("partner_person", ["First name", "Zzzz qqq"],
                           [{"First name": "Ana", "Zzzz qqq": "x%d" % i} for i in range(5)])[1]
        self.assertIsNone(proposal.key)
        self.assertTrue(proposal.new_field)
        self.assertLess(proposal.confidence, 1.0)
        self.assertIsNotNone(proposal.raw_score)

    def test_calibration_is_monotone_and_below_certainty(self):
        table = map_proposer.calibration()
        for kind in ("map", "none"):
            with self.subTest(kind=kind):
                probabilities = [p for _upper, p in table.get(kind, [])]
                self.assertTrue(probabilities, "bench/map_proposer_bench.py --calibrate writes the table")
                self.assertEqual(probabilities, sorted(probabilities))
                self.assertLess(max(probabilities), 1.0)
                self.assertGreater(min(probabilities), 0.0)

    def test_weaker_evidence_gets_lower_confidence(self):
        sure = propose("partner_company", ["E-mail"], [{"E-mail": "a%d@b.si" % i} for i in range(5)])[0]
        vague = propose("partner_company", ["Kontakt"], [{"Kontakt": "a%d@b.si" % i} for i in range(5)])[0]
        self.assertEqual((sure.key, vague.key), ("email", "email"))
        self.assertGreater(sure.confidence, vague.confidence)


class TestGuessEntity(unittest.TestCase):
    HEADERS = ["Št. priložnosti", "Naziv priložnosti", "Vrednost (EUR)", "Faza", "Prodajalec"]
    ROWS = [{"Št. priložnosti": "P-%d" % i, "Naziv priložnosti": "Linija %d" % i, "Vrednost (EUR)": "12.500,00",
             "Faza": "Ponudba", "Prodajalec": "ana@firma.si"} for i in range(5)]

    def test_file_name_notions(self):
        self.assertEqual(file_name_notions("priložnosti.csv"), ["@opportunity"])
        self.assertEqual(file_name_notions("Deals-2025-01-01.csv"), ["@opportunity"])
        self.assertEqual(file_name_notions("export(3).csv"), [])
        self.assertIn("@ticket", file_name_notions("zahtevki_2024.csv"))

    def test_name_and_content_agree(self):
        entity, confidence, reason = guess_entity("priložnosti.csv", self.HEADERS, self.ROWS)
        self.assertEqual(entity, "lead")
        self.assertGreaterEqual(confidence, 0.8)
        self.assertIn("file name and columns", reason)

    def test_content_alone(self):
        entity, confidence, reason = guess_entity("export(3).csv", self.HEADERS, self.ROWS)
        self.assertEqual(entity, "lead")
        self.assertIn("columns", reason)
        headers = ["Mitarbeiter (E-Mail)", "Datum", "Std.", "Projekt"]
        rows = [{"Mitarbeiter (E-Mail)": "ana@firma.de", "Datum": "0%d.02.2024" % i, "Std.": "7,5",
                 "Projekt": "PR-1"} for i in range(1, 6)]
        self.assertEqual(guess_entity("Deals-2025-01-01.csv", headers, rows)[0], "timesheet",
                         "clear columns outweigh a misleading file name")

    def test_unsure_says_what_and_why(self):
        entity, confidence, reason = guess_entity("export(3).csv", ["Name", "Status"], [{"Name": "x", "Status": "y"}])
        self.assertLess(confidence, 0.7)
        self.assertTrue(reason)

    def test_candidates_limit_the_choice(self):
        entity = guess_entity("export.csv", self.HEADERS, self.ROWS, candidates=["project", "task"])[0]
        self.assertIn(entity, ("project", "task"))


class TestInstalledFieldLabels(TransactionCase):
    def test_labels_of_every_installed_language_feed_the_proposer(self):
        field = self.env["ir.model.fields"]._get("res.partner", "industry_id")
        # a translation as a language pack would write it (no language install in a test)
        self.env.cr.execute("UPDATE ir_model_fields SET field_description = field_description || %s::jsonb "
                            "WHERE id = %s", ('{"hr_HR": "Gospodarska grana"}', field.id))
        labels = installed_field_labels(self.env)
        self.assertIn("Gospodarska grana", labels[("res.partner", "industry_id")])
        self.assertIn("Email", labels[("res.partner", "email")])
        try:
            proposal = propose("partner_company", ["Gospodarska grana"], [], field_labels=labels)[0]
            self.assertEqual(proposal.key, "industry")
            self.assertIn("Gospodarska grana", proposal.reason)
            self.assertNotEqual(propose("partner_company", ["Gospodarska grana"], [], field_labels={})[0].key,
                                "industry", "without the database's label the header means nothing")
        finally:
            propose("partner_company", [], [], field_labels={})


class TestUploadGuessesTheObject(TransactionCase):
    def _sample(self, name):
        with open(os.path.join(os.path.dirname(__file__), "..", "demo", "intrix", name), "rb") as handle:
            return handle.read()

    def test_object_from_content_when_the_name_says_nothing(self):
        from ..wizards.intrix_upload_wizard import add_files

        run = self.env["clientjoy.intrix.run"].create({"source": "intrix"})
        files = add_files(run, [("export(3).csv", self._sample("contacts.csv")),
                                ("Deals-2025-01-01.csv", self._sample("opportunities.csv")),
                                ("whatever.csv", b"a,b\n1,2\n")])
        by_name = {f.name: f for f in files}
        self.assertEqual(by_name["export(3).csv"].object_name, "contacts")
        self.assertEqual(by_name["Deals-2025-01-01.csv"].object_name, "opportunities")
        self.assertFalse(by_name["whatever.csv"].object_name, "too unsure: the admin chooses")
        self.assertIn("neither the file name nor the columns name an object", by_name["whatever.csv"].object_guess)

    def test_own_export_by_name_and_columns_is_not_guessed(self):
        """A file named after an object whose every column is that object's own is decided without the
        content guess (it runs the proposer for every candidate object: the upload's cost); a named file
        with another object's columns is still guessed and said on the file line."""
        from unittest import mock

        from ..lib import entity_guess
        from ..wizards.intrix_upload_wizard import add_files

        run = self.env["clientjoy.intrix.run"].create({"source": "intrix"})
        with mock.patch.object(entity_guess, "guess_entity", wraps=entity_guess.guess_entity) as guess:
            own, = add_files(run, [("clients.csv", self._sample("clients.csv"))])
            self.assertEqual(guess.call_count, 0)
            self.assertEqual((own.object_name, own.object_guess), ("clients", False))
            other, = add_files(run, [("clients_2.csv", self._sample("contacts.csv"))])
            self.assertEqual(guess.call_count, 1)
        self.assertEqual(other.object_name, "clients", "the name decides; the columns are said, not decided")
        self.assertTrue(other.object_guess)

    def test_large_export_is_guessed_from_its_first_lines(self):
        """A file larger than what the guess reads is guessed from its first lines, in a single-byte code page
        and in UTF-16 (whose start cut after a line feed does not decode: the whole file is read then)."""
        from ..adapters.base import GUESS_BYTES
        from ..wizards.intrix_upload_wizard import add_files

        head, *lines = self._sample("contacts.csv").decode("cp1250").splitlines(keepends=True)
        text = head + "".join(lines) * (GUESS_BYTES // len("".join(lines).encode("cp1250")) + 2)
        run = self.env["clientjoy.intrix.run"].create({"source": "intrix"})
        for name, content in (("export(3).csv", text.encode("cp1250")),
                              ("export(4).csv", text.encode("utf-16"))):
            with self.subTest(name=name):
                self.assertGreater(len(content), GUESS_BYTES)
                upload, = add_files(run, [(name, content)])
                self.assertEqual(upload.object_name, "contacts")
