"""Translations: the messages of lib/ follow the user's language, and the committed .pot is complete.

lib/ is pure Python: its messages go through ``lib.i18n._``, which reads the addon's code translations
(the same ones Odoo's ``_`` reads) for the language the Odoo side set at the entry point (run steps,
import context, Clientjoy connection). The tests put fake French translations into Odoo's code
translation cache, so they need no fr.po file.
"""
import os

from babel.messages.pofile import read_po

from odoo.exceptions import UserError
from odoo.tests import tagged
from odoo.tools.translate import TranslationModuleReader, code_translations

from ..lib import i18n, map_proposer, parsers
from ..lib.clientjoy_contract import build_contract
from ..lib.csv_reader import CsvError, read_table
from .common import IntrixCase

MODULE = "clientjoy_intrix_import"
POT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "i18n", MODULE + ".pot")
POT_COMMAND = "bash scripts/update_pot.sh"

NOT_A_DATE = "'%s' is not a date (expected dd.mm.yyyy or yyyy-mm-dd)"
FRENCH = {
    NOT_A_DATE: "'%s' n'est pas une date (attendu jj.mm.aaaa ou aaaa-mm-jj)",
    "the file is empty": "le fichier est vide",
    "values look like %(kind)s (%(share)d%% of %(count)d)": "les valeurs ressemblent à des %(kind)s (%(share)d%% sur %(count)d)",
    "e-mail addresses": "adresses e-mail",
    "known header of this source's export": "en-tête connu de l'export de cette source",
    "The Clientjoy contract overrides are not valid JSON: %s": "Les surcharges du contrat Clientjoy ne sont pas du JSON valide : %s",
}


@tagged("post_install", "-at_install")
class TestI18n(IntrixCase):
    def setUp(self):
        super().setUp()
        key = (MODULE, "fr_FR")
        previous = code_translations.python_translations.get(key)
        code_translations.python_translations[key] = dict(FRENCH)

        def restore():
            if previous is None:
                code_translations.python_translations.pop(key, None)
            else:
                code_translations.python_translations[key] = previous

        self.addCleanup(restore)
        # whatever an entry point sets during a test, the next test starts in English again
        self.addCleanup(i18n.set_lang, "en_US")

    @property
    def emails(self):
        return map_proposer.Profile(["a%d@example.si" % i for i in range(4)])

    def error_of(self, function, *args, exception=ValueError):
        with self.assertRaises(exception) as caught:
            function(*args)
        return str(caught.exception)

    # ------------------------------------------------------------------ lib/ on its own
    def test_lib_message_follows_the_language(self):
        with i18n.language("fr_FR"):
            self.assertEqual(i18n.get_lang(), "fr_FR")
            self.assertEqual(self.error_of(parsers.parse_date, "xx"),
                             "'xx' n'est pas une date (attendu jj.mm.aaaa ou aaaa-mm-jj)")
            self.assertEqual(self.error_of(read_table, b"", "clients.csv", exception=CsvError),
                             "clients.csv: le fichier est vide")
            self.assertEqual(self.error_of(build_contract, "{"), "Les surcharges du contrat Clientjoy ne sont pas "
                             "du JSON valide : Expecting property name enclosed in double quotes: line 1 column 2 (char 1)")
            # a text without translation stays English, formatting included
            self.assertEqual(self.error_of(parsers.parse_bool, "maybe"), "'maybe' is not yes/no")
            # reasons of the map proposer, with a label of a constant table translated when it is used (lazy)
            self.assertEqual(map_proposer._evidence("email", self.emails),
                             "les valeurs ressemblent à des adresses e-mail (100% sur 4)")
        with i18n.language("en_US"):
            self.assertEqual(self.error_of(parsers.parse_date, "xx"), NOT_A_DATE % "xx")
            self.assertEqual(self.error_of(read_table, b"", "clients.csv", exception=CsvError),
                             "clients.csv: the file is empty")
            self.assertEqual(map_proposer._evidence("email", self.emails), "values look like e-mail addresses (100% of 4)")

    def test_language_scope(self):
        with i18n.language("en_US"):
            with i18n.language("fr_FR"):
                i18n.set_lang("de_DE")  # an entry point inside the block
                self.assertEqual(i18n.get_lang(), "de_DE")
            self.assertEqual(i18n.get_lang(), "en_US", "the block restores the language it found")
            i18n.set_lang(False)
            self.assertEqual(i18n.get_lang(), "en_US", "no language is English")
            tr = i18n._  # under another name, so these test texts stay out of the .pot
            self.assertEqual(tr("%(n)s rows of %(what)s", n=3, what="clients"), "3 rows of clients")
            self.assertEqual(tr("%s rows", 3), "3 rows")
            self.assertEqual(tr("100% done"), "100% done", "no argument, no formatting")

    # ------------------------------------------------------------------ from the Odoo side
    def test_staging_message_in_the_user_language(self):
        """A run started by a French user: the parser error on its staging record, and the field map
        reasons of the proposer, are French; the audit flags do not depend on the language."""
        self.assertTrue(self.env["res.lang"]._activate_lang("fr_FR"))
        env_fr = self.env(context=dict(self.env.context, lang="fr_FR"))
        self.assertEqual(env_fr.lang, "fr_FR")
        clients = "Client ID;Client name;Created\nK1;Alfa d.o.o.;soon\nK2;Beta d.o.o.;01.02.2020\n".encode()
        with i18n.language("en_US"):
            run = env_fr["clientjoy.intrix.run"].create({"source": "intrix"})
            run._add_files([("clients.csv", clients)])
            run.action_stage()
        self.assertFalse(run.error_message, run.error_message)
        k1 = run.staging_ids.filtered(lambda s: s.external_id == "K1")
        self.assertEqual(k1.state, "warning")
        self.assertEqual(k1.message, "Created: 'soon' n'est pas une date (attendu jj.mm.aaaa ou aaaa-mm-jj)")
        self.assertTrue(k1.audit_invalid)
        self.assertFalse(k1.audit_missing)
        reason = run.map_ids.filtered(lambda m: m.source_column == "Created").reason
        self.assertEqual(reason, "en-tête connu de l'export de cette source")
        self.assertEqual(i18n.get_lang(), "en_US", "the language of the run does not leak out of the block")

        # the same file for an English user
        run_en = self.make_run([("clients.csv", clients)])
        k1_en = run_en.staging_ids.filtered(lambda s: s.external_id == "K1")
        self.assertEqual(k1_en.message, "Created: " + NOT_A_DATE % "soon")

    def test_clientjoy_connection_in_the_user_language(self):
        self.assertTrue(self.env["res.lang"]._activate_lang("fr_FR"))
        backend = self.env["clientjoy.intrix.backend"].with_context(lang="fr_FR").create({
            "name": "Broken", "api_key": "secret", "contract_overrides": "{"})
        with i18n.language("en_US"):
            with self.assertRaises(UserError) as caught:
                backend._get_client()
        self.assertIn("Les surcharges du contrat Clientjoy ne sont pas du JSON valide", str(caught.exception))

    # ------------------------------------------------------------------ the .pot
    def test_pot_is_up_to_date(self):
        """Every term Odoo exports for the addon (code, views, fields...) is in the committed .pot."""
        reader = TranslationModuleReader(self.env.cr, modules=[MODULE], lang=None)
        sources = {source for module, _type, _name, _res_id, source, _value, _comments in reader if module == MODULE}
        self.assertIn(NOT_A_DATE, sources, "the messages of lib/ are extracted")
        self.assertIn("e-mail addresses", sources, "lazy texts of lib/ are extracted")
        with open(POT, "rb") as handle:
            catalog = read_po(handle)
        msgids = {message.id for message in catalog if message.id}
        missing = sorted(sources - msgids)
        self.assertFalse(missing, "%d translatable term(s) missing from %s; regenerate it with `%s` (from the "
                                  "repository root) and commit it. Missing:\n%s"
                         % (len(missing), os.path.relpath(POT), POT_COMMAND, "\n".join(map(repr, missing))))
