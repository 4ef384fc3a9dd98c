"""Exports as other tools and locales write them (Excel's sep= line, cp1252 Western text, Mac Roman, a DOS
end-of-file mark, two files joined, a delimiter ending every line), and values that a reader must not
misread (a percentage in an amount column, an invisible character in an e-mail address), each next to
what the reader did before: read silently wrong, or refused a file it can read exactly.

The corpus cases of the same files (tests/data/bad_inputs/_generate_real_exports.py) go through the
upload wizard; these tests pin the reader, the independent source count and the parsers one by one.
"""
import codecs
import io
import re
import unittest

from ..lib import map_proposer, parsers
from ..lib.csv_reader import CsvError, read_table
from ..lib.source_count import count_csv_records
from ..models.import_run_mapping import _convert

HEADER = "Client ID;Client name;City"


def rows(table):
    return [(row["Client ID"], row["Client name"]) for row in table.rows]


def source_count(data, table):
    return count_csv_records(io.BytesIO(data), table.encoding, table.delimiter)


class TestEncodings(unittest.TestCase):
    def test_cp1252_western_text_is_not_read_as_cp1250(self):
        """à ê å in cp1252 are ŕ ę ĺ in cp1250: French and Nordic names were stored so without a word."""
        names = ["Fête à Genève SA", "Blåbær Økologisk", "Crème & Café SARL"]
        data = "\r\n".join([HEADER] + ["C%d;%s;X" % (i, n) for i, n in enumerate(names)]).encode("cp1252")
        table = read_table(data, "clients.csv")
        self.assertEqual(table.encoding, "cp1252")
        self.assertEqual([name for _ref, name in rows(table)], names)

    def test_slovene_cp1250_still_cp1250(self):
        data = ("%s\nC1;Čebelarstvo Žužek;Kranj\nC2;Tržaška čokolada;Koper\n" % HEADER).encode("cp1250")
        table = read_table(data, "clients.csv")
        self.assertEqual(table.encoding, "cp1250")
        self.assertEqual(rows(table)[1], ("C2", "Tržaška čokolada"))

    def test_mac_roman_refused_in_words(self):
        """Mac Roman "Café" is cp1250 "CafŽ": refused, naming the word, instead of stored."""
        data = ("%s\rC1;Café Olé;Genève\rC2;Bär AG;Zürich\r" % HEADER).encode("mac_roman")
        with self.assertRaisesRegex(CsvError, 'holds "CafŽ", a capital letter inside a word.*save it as UTF-8'):
            read_table(data, "clients.csv")


class TestStructure(unittest.TestCase):
    def test_excel_sep_line(self):
        """'sep=;' names the delimiter: it was taken for a header with an empty second column."""
        body = "%s\r\nC1;Alpha;Kranj\r\nC2;Beta;Bled\r\n" % HEADER
        for delimiter in (";", ","):
            with self.subTest(delimiter=delimiter):
                data = codecs.BOM_UTF8 + ("sep=%s\r\n" % delimiter + body.replace(";", delimiter)).encode()
                table = read_table(data, "clients.csv")
                self.assertEqual((table.delimiter, table.headers), (delimiter, HEADER.split(";")))
                self.assertEqual(rows(table), [("C1", "Alpha"), ("C2", "Beta")])
                self.assertEqual(source_count(data, table), 2, "the independent count agrees")
        # a value "sep=;" further down is data
        table = read_table(("%s\nC1;sep=;X\n" % HEADER).encode(), "clients.csv")
        self.assertEqual(rows(table), [("C1", "sep=")])

    def test_dos_end_of_file_mark_is_no_record(self):
        data = ("%s\r\nC1;Alpha;Kranj\r\nC2;Beta;Bled\r\n\x1a" % HEADER).encode()
        table = read_table(data, "clients.csv")
        self.assertEqual(rows(table), [("C1", "Alpha"), ("C2", "Beta")], "no record '\\x1a' invented")
        self.assertEqual(source_count(data, table), 2)

    def test_bom_starting_a_later_line_is_two_files_joined(self):
        data = codecs.BOM_UTF8 + ("%s\nC1;Alpha;Kranj\n" % HEADER).encode() + codecs.BOM_UTF8 + b"C2;Beta;Bled\n"
        with self.assertRaisesRegex(CsvError, "line 3 starts with a byte order mark.*two exports joined"):
            read_table(data, "clients.csv")

    def test_delimiter_ending_every_line(self):
        data = ("%s;\r\nC1;Alpha;Kranj;\r\nC2;Beta;Bled;\r\n" % HEADER).encode()
        table = read_table(data, "clients.csv")
        self.assertEqual(table.headers, HEADER.split(";"))
        self.assertEqual(rows(table), [("C1", "Alpha"), ("C2", "Beta")])
        # a value under the empty last header is still refused, as an empty header in the middle is
        with self.assertRaisesRegex(CsvError, "line 3 has 4 fields but the header has 3"):
            read_table(("%s;\nC1;Alpha;Kranj;\nC2;Beta;Bled;oops\n" % HEADER).encode(), "clients.csv")
        with self.assertRaisesRegex(CsvError, "a column has no header"):
            read_table(b"Client ID;;City\nC1;A;B\n", "clients.csv")


class TestValues(unittest.TestCase):
    def test_percentage_in_an_amount_column(self):
        """'15%' in the Value column was stored as 15 (EUR) without a word."""
        with self.assertRaisesRegex(ValueError, "'15%' is a percentage, not an amount"):
            _convert("float", "15%", percent=False)
        with self.assertRaisesRegex(ValueError, "is a percentage"):
            parsers.parse_float("12,5 %", ",", percent=False)
        self.assertEqual(_convert("float", "40 %"), 40.0, "a probability (%) column reads it")
        self.assertEqual(_convert("float", "1.500,00 €", percent=False), 1500.0)

    def test_invisible_character_in_email(self):
        for value in ("info@acme\u200b.com", "\u200binfo@acme.com", "in\u00adfo@acme.com", "info@acme.com\ufeff"):
            with self.subTest(value=repr(value)), self.assertRaisesRegex(ValueError, "invisible character"):
                parsers.parse_email(value)
        self.assertEqual(parsers.parse_email(" Info@Acme.com "), "info@acme.com")

    def test_trailing_currency_same_as_before(self):
        """The trailing currency is peeled without a regex searched from every position (quadratic in a
        run of blanks); what it reads is unchanged."""
        for value, number, decimal in (
                ("1.234,56 €", 1234.56, ","), ("99,90 EUR", 99.9, ","), ("12 500 kn", 12500.0, ","),
                ("1'500.- CHF", 1500.0, "."), ("1.500,-", 1500.0, ","), ("€ 1.200,10", 1200.1, ","),
                ("1.234,56€", 1234.56, ","), ("(1.234,56 €)", -1234.56, ","), ("250 Fr.", 250.0, ",")):
            with self.subTest(value=value):
                self.assertEqual(parsers.parse_float(value, decimal), number)
        for value in ("EUR", "1 2x", "1" + " " * 50000 + "2x", "EUR" + " " * 50000 + "1x"):
            with self.subTest(value=value[:10]), self.assertRaisesRegex(ValueError, "is not a number"):
                parsers.parse_float(value, ",")

    def test_proposer_affixes_same_as_before(self):
        """map_proposer's amount affixes, peeled step by step, as the former (cubic) pattern did."""
        old = re.compile(r"^\(?\s*%s?\s*|\s*%s?\s*\)?$" % (map_proposer.CURRENCY_WORD, map_proposer.CURRENCY_WORD))
        for value in ("€ 1.234,56", "1.234,56 €", "(1 500 eur)", "usd 12", "12 fr.", "chf", "(15%)", "1 500",
                      "amateur", " 12 $ ", "$12", "12kn)", "x"):
            with self.subTest(value=value):
                self.assertEqual(map_proposer._strip_amount_affixes(value).strip(), old.sub("", value).strip())

    def test_spreadsheet_booleans_of_other_languages(self):
        """French and Spanish Excel write VRAI/FAUX, VERDADERO/FALSO: they were 'not yes/no' warnings."""
        for value, expected in (("VRAI", True), ("FAUX", False), ("Verdadero", True), ("FALSO", False),
                                ("WAHR", True), ("FALSCH", False)):
            with self.subTest(value=value):
                self.assertIs(parsers.parse_bool(value), expected)
        with self.assertRaisesRegex(ValueError, "is not yes/no"):
            parsers.parse_bool("peut-être")

    def test_long_values_are_not_kept_by_the_shape_caches(self):
        """The column-format caches kept every value they saw (up to 65536 values of up to a million
        characters each) alive in the worker after the import; long values are no longer cached."""
        long_value = "1" * 5000 + "x"
        sizes = (parsers._cached_number_shape.cache_info().currsize, parsers._cached_date_shape.cache_info().currsize)
        self.assertIsNone(parsers.number_shape(long_value))
        self.assertIsNone(parsers.date_shape(long_value))
        self.assertEqual((parsers._cached_number_shape.cache_info().currsize,
                          parsers._cached_date_shape.cache_info().currsize), sizes)
        self.assertEqual(parsers.number_shape("1.500"), "?", "short values are still read (and cached)")
        self.assertEqual(parsers.date_shape("25/04/2024"), "dmy")
