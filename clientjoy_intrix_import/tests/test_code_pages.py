"""Windows-1250 or Windows-1252 (lib/code_pages.py): most bytes above 0x7F are a letter in both, a different
one ("Crème" / "Crčme", "Dvořák" / "Dvoøák"). Counting letters typical of each code page read a French
export as Central European and a Czech one as Western, silently; the readings are now weighed by the
letters around them in the languages of each code page, and a guess made on few words is said in words,
with both readings, on the file line and in the run's log.
"""
import base64
import unittest

from odoo.tests import tagged

from ..lib import code_pages
from ..lib.csv_reader import CsvError, open_table, read_table
from .common import IntrixCase

HEADER = "Client ID;Client name;City"
# exports of some twenty names and places per language, as a CRM of that country holds them
EXPORTS = {
    "cp1252": {
        "fr": ["Boulangerie Lefèvre", "Hôtel du Lac", "Pâtisserie Mère Brazier", "Crémerie Saint-Honoré", "Brasserie Léon",
               "Château de Fère", "Côte d'Azur Négoce", "Librairie Gérard", "Maître Bénédicte Fèvre", "Société Générale Brûlé",
               "Fromagerie Pèlerin", "Épicerie Noël", "Clément & Frères", "Bières de Flandre", "Mécanique Hélène"],
        "es": ["Muñoz y Compañía", "Construcciones Peña", "Ibáñez Hermanos", "Viñedos Castaño", "Panadería Núñez",
               "Asesoría Begoña", "Cerámica Albéniz", "Jardinería Logroño", "Transportes Ordóñez", "Óptica Iñigo"],
        "it": ["Caffè Niccolò", "Pasticceria Forlì", "Città Nuova", "Perché No", "Università di Cantù", "Virtù & Co",
               "Trattoria Sarò", "Gelateria Più", "Libreria Così", "Officina Pietà"],
        "sv": ["Åkesson Bygg", "Björkäng Trä", "Sjöström Måleri", "Göteborgs Kök", "Ærø Fiskeri", "Søndergård Møbler",
               "Næstved Tømrer", "Ålesund Båt", "Tromsø Sjømat", "Øresund Frakt"],
        "pt": ["Conceição Gonçalves", "São João Têxteis", "Três Corações", "Açores Peixe", "Panificação Simões",
               "Construções Magalhães", "Padaria Estêvão", "Lãs de Portugal", "Limões do Sul", "Irmãos Guimarães"],
    },
    "cp1250": {
        "cs": ["Dvořák a syn", "Pekárna Řezníček", "Stavby Černý", "Plzeňský pivovar", "Tesařství Kříž", "Účetnictví Nováková",
               "Zámečnictví Šťastný", "Hospoda U Tří růží", "Kovárna Jiří Hruška", "Řeznictví Čermák",
               "Ústí nad Labem", "Hradec Králové", "České Budějovice", "Brno-Líšeň", "Ostrava-Poruba"],
        "pl": ["Piekarnia Łukasz", "Gdańsk Stocznia", "Poznań Handel", "Łódź Tkaniny", "Kraków Żywność", "Wrocław Śruby",
               "Częstochowa Meble", "Józef Piłsudski i syn", "Żywiec Browar", "Słupsk Rybołówstwo"],
        "hu": ["Győri Keksz", "Szőke Bálint", "Erdős Pál és társa", "Kiss Zsófia", "Pécsi Bőrgyár", "Nyíregyháza Ütő",
               "Tűzoltó Kft", "Szűcs Gyula", "Fűszer Bolt", "Kőfaragó Műhely"],
        "sk": ["Ľubomír Šťastný", "Žilina Strojárne", "Košice Oceľ", "Ďurčo a spol", "Prešov Mäso", "Nové Zámky Pekáreň",
               "Trenčín Textil", "Bánovce Ľan", "Poľnohospodárske družstvo", "Tatranská Lomnica"],
        "hr": ["Đurđević d.o.o.", "Čakovec Metal", "Šibenik Ribarstvo", "Varaždin Građa", "Osijek Žito", "Ćiro Pekarna",
               "Karlovac Pivovara", "Međimurje Vino", "Slavonski Brod Željezara", "Dubrovnik Čipka",
               "Kućni aparati", "Ćevapi Mirković", "Pečenjara Kovačić", "Đakovo Konji", "Zagreb Trešnjevka Čistoća"],
    },
}


def export(encoding, names):
    return "\r\n".join([HEADER] + ["C%d;%s;X" % (i, name) for i, name in enumerate(names)]).encode(encoding)


class TestCodePages(unittest.TestCase):
    def test_an_export_of_each_language_is_read_in_its_code_page(self):
        for encoding, languages in EXPORTS.items():
            for language, names in languages.items():
                with self.subTest(language=language):
                    reader = open_table(export(encoding, names), "clients.csv")
                    self.assertEqual(reader.encoding, encoding)
                    self.assertEqual([row["Client name"] for row in read_table(export(encoding, names)).rows], names)
                    self.assertEqual(reader.encoding_note, "", "an export of this size is read without doubt")

    def test_a_guess_on_few_words_is_said_with_both_readings(self):
        """Four French names: whichever reading wins, the admin reads both and is told what to do."""
        names = ["Crème Brûlée SARL", "Élodie Lefèvre", "Genève"]
        reader = open_table(export("cp1252", names), "clients.csv")
        self.assertIn("Encoding guessed from few words", reader.encoding_note)
        for word in ("Crème", "Brûlée", "Lefèvre"):
            self.assertIn('"%s"' % word, reader.encoding_note)
        for word in ("Crčme", "Brűlée", "Lefčvre"):
            self.assertIn('"%s"' % word, reader.encoding_note)
        self.assertIn("save the file as UTF-8", reader.encoding_note)

    def test_same_text_in_both_readings_needs_no_guess(self):
        """German umlauts are the same bytes in both code pages: nothing to weigh, nothing to say."""
        reader = open_table(export("cp1252", ["Müller GmbH", "Köln Süd", "Groß & Söhne"]), "clients.csv")
        self.assertEqual(reader.encoding_note, "")
        self.assertEqual(read_table(export("cp1252", ["Müller GmbH"])).rows[0]["Client name"], "Müller GmbH")

    def test_a_symbol_inside_a_word_is_another_encoding(self):
        """Mac Roman "Straße" reads "Stra§e" in both Windows code pages (ö is š in both, so "Köln" alone is no
        evidence): refused in words instead of stored. Marks that do stand inside words are no symbol."""
        data = export("mac_roman", ["Gießerei Köln", "Möbel Straße"])
        with self.assertRaisesRegex(CsvError, 'holds "Gie§erei", a symbol inside a word.*save it as UTF-8'):
            read_table(data, "clients.csv")
        names = ["Col·legi Sant Jordi", "O’Brien Ltd", "Nº 5 Café", "Paris–Berlin Transports", "1ª Avenida"]
        self.assertEqual([row["Client name"] for row in read_table(export("cp1252", names)).rows], names)

    def test_the_words_weighed_are_bounded(self):
        """A file of a million different ambiguous words costs no more than MAX_WORDS of them."""
        block = b" ".join(b"W%s\xe8x" % "".join("abcdefghij"[int(d)] for d in str(i)).encode() for i in range(5000))
        self.assertEqual(len(code_pages.ambiguous_words(block)), code_pages.MAX_WORDS)


@tagged("post_install", "-at_install")
class TestCodePageOnTheFileLine(IntrixCase):
    def test_the_guess_is_on_the_file_line_and_in_the_log(self):
        data = ("Client ID;Client name;Industry;Phone;E-mail;Address;City;Postal code;Country;VAT;Owner e-mail;Created\r\n"
                "C1;Crème & Café SARL;Retail;;c1@example.com;Rue 1;Genève;1200;Switzerland;;;03.02.2023\r\n")
        attachment = self.env["ir.attachment"].create({"name": "clients.csv",
                                                       "datas": base64.b64encode(data.encode("cp1252"))})
        wizard = self.env["clientjoy.intrix.upload.wizard"].create({"attachment_ids": [(6, 0, attachment.ids)]})
        run = self.env["clientjoy.intrix.run"].browse(wizard.action_upload()["res_id"])
        file = run.file_ids.filtered(lambda f: f.name == "clients.csv")
        self.assertIn('"Crème"', file.encoding_note)
        self.assertIn("Encoding guessed from few words", run.log)
