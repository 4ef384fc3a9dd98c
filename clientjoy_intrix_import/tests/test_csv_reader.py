"""CSV reading and value parsing on real bytes, every encoding/delimiter/bad-input class."""
import codecs
import datetime
import unittest

from ..lib import parsers
from ..lib.csv_reader import CsvError, read_table
from ..lib.toposort import dependency_levels

ROWS = "Client ID;Client name;City\nC1;Čebelarstvo Žužek d.o.o.;Ljubljana\nC2;Müller GmbH;Köln\n"


class TestCsvReader(unittest.TestCase):
    def assert_rows(self, table, delimiter):
        self.assertEqual(table.headers, ["Client ID", "Client name", "City"])
        self.assertEqual(table.delimiter, delimiter)
        self.assertEqual([r["Client name"] for r in table.rows], ["Čebelarstvo Žužek d.o.o.", "Müller GmbH"])

    def test_encodings(self):
        cases = {
            "utf-8": ROWS.encode("utf-8"),
            "utf-8-sig": codecs.BOM_UTF8 + ROWS.encode("utf-8"),
            "cp1250": ROWS.replace("ü", "ü").encode("cp1250"),
            "utf-16": ROWS.encode("utf-16"),
            "utf-16-le": ROWS.encode("utf-16-le"),
        }
        for name, data in cases.items():
            with self.subTest(encoding=name):
                table = read_table(data, "clients.csv")
                self.assert_rows(table, ";")
                self.assertTrue(table.encoding.startswith(name.split("-")[0].replace("cp", "cp")), table.encoding)

    def test_comma_crlf_and_quotes(self):
        data = 'Client ID,Client name,City\r\nC1,"Žužek, d.o.o.",Ljubljana\r\nC2,"Say ""hi""",Köln\r\n'.encode("cp1250")
        table = read_table(data, "clients.csv")
        self.assertEqual(table.delimiter, ",")
        self.assertEqual(table.rows[0]["Client name"], "Žužek, d.o.o.")
        self.assertEqual(table.rows[1]["Client name"], 'Say "hi"')

    def test_real_sample_files(self):
        import os

        folder = os.path.join(os.path.dirname(__file__), "..", "demo", "intrix")
        clients = read_table(open(os.path.join(folder, "clients.csv"), "rb").read(), "clients.csv")
        self.assertEqual(clients.encoding, "cp1250")
        self.assertEqual(clients.rows[0]["Client name"], "Čebelarstvo Žužek d.o.o.")
        self.assertEqual(clients.rows[0]["Address"], "Tržaška 12")

    def test_bad_inputs(self):
        bad = {
            b"": "empty",
            b"   \n\n": "empty",
            b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 40: "spreadsheet",
            b"\x00\x01\x02\x03\xff\xfe\x00\x00" * 20: "binary",
            b"a;b;c\n1;2;3\n1;2;3;4;5\n": "line 3 has 5 fields but the header has 3",
            b"a;b\nC1;A;extra;fields\n": "line 2 has 4 fields",
            b"a;b;a\n1;2;3\n": "duplicate column",
            b"a;;c\n1;2;3\n": "no header",
        }
        for data, words in bad.items():
            with self.subTest(data=data[:20]):
                with self.assertRaises(CsvError) as caught:
                    read_table(data, "broken.csv")
                self.assertIn(words, str(caught.exception))
                self.assertIn("broken.csv", str(caught.exception))

    def test_invalid_utf16(self):
        with self.assertRaises(CsvError):
            read_table(codecs.BOM_UTF16_LE + b"a\x00;\x00\x00\xd8", "x.csv")


class TestParsers(unittest.TestCase):
    def test_numbers(self):
        cases = {"12.500,00": 12500.0, "48.000,50": 48000.5, "7,5": 7.5, "3": 3.0, "1,234.56": 1234.56,
                 "1.234.567": 1234567.0, "€ 1.200,10": 1200.1, "-5,25": -5.25, "1 234,5": 1234.5}
        for raw, expected in cases.items():
            with self.subTest(raw=raw):
                self.assertAlmostEqual(parsers.parse_float(raw), expected)
        self.assertIsNone(parsers.parse_float(""))
        with self.assertRaises(ValueError):
            parsers.parse_float("abc")
        with self.assertRaises(ValueError):
            parsers.parse_float("1.2.3,4,5")

    def test_decimal_detection(self):
        self.assertEqual(parsers.detect_decimal_separator(["1.234,50", "7,5", "3"]), ",")
        self.assertEqual(parsers.detect_decimal_separator(["1,234.50", "7.5"]), ".")
        self.assertAlmostEqual(parsers.parse_float("1.234", ","), 1234.0)
        self.assertAlmostEqual(parsers.parse_float("1.234", "."), 1.234)

    def test_dates(self):
        self.assertEqual(parsers.parse_date("31.03.2024"), datetime.date(2024, 3, 31))
        self.assertEqual(parsers.parse_date("2024-03-31"), datetime.date(2024, 3, 31))
        self.assertEqual(parsers.parse_date("1.3.2024"), datetime.date(2024, 3, 1))
        self.assertEqual(parsers.parse_datetime("05.02.2024 10:30"), datetime.datetime(2024, 2, 5, 10, 30))
        self.assertEqual(parsers.parse_datetime("2024-02-05T10:30:00+01:00"), datetime.datetime(2024, 2, 5, 9, 30))
        for bad in ("31.02.2024", "tomorrow", "2024-13-01"):
            with self.subTest(bad=bad), self.assertRaises(ValueError):
                parsers.parse_date(bad)

    def test_bool_email_list(self):
        self.assertTrue(parsers.parse_bool("Yes"))
        self.assertTrue(parsers.parse_bool("da"))
        self.assertFalse(parsers.parse_bool("Nein"))
        with self.assertRaises(ValueError):
            parsers.parse_bool("maybe")
        self.assertEqual(parsers.parse_email(" Ana.Novak@Example.si "), "ana.novak@example.si")
        with self.assertRaises(ValueError):
            parsers.parse_email("not-an-email")
        self.assertEqual(parsers.parse_list("T1, T2|T3"), ["T1", "T2", "T3"])


class TestToposort(unittest.TestCase):
    def test_levels(self):
        levels, cycles = dependency_levels({"T3": ["T2"], "T1": [], "T2": ["T1"], "X": ["missing"]})
        self.assertEqual(levels, [["T1", "X"], ["T2"], ["T3"]])
        self.assertEqual(cycles, [])

    def test_cycles(self):
        levels, cycles = dependency_levels({"A": ["B"], "B": ["C"], "C": ["A"], "D": ["A"], "E": [], "S": ["S"]})
        self.assertEqual(levels, [["E"]])
        self.assertEqual(sorted(map(sorted, cycles)), [["A", "B", "C"], ["S"]])
