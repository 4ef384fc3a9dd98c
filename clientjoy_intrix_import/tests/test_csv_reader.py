"""CSV reading and value parsing on real bytes, every encoding/delimiter/bad-input class."""
import codecs
import contextlib
import datetime
import io
import os
import tempfile
import tracemalloc
import unittest
from unittest.mock import patch

from odoo.tests import tagged

from ..lib import csv_reader, parsers
from ..lib.csv_reader import CsvError, open_table, read_table
from ..lib.limits import Limits, overlong_values
from ..lib.toposort import dependency_levels
from .common import IntrixCase, sample_files

ROWS = "Client ID;Client name;City\nC1;Čebelarstvo Žužek d.o.o.;Ljubljana\nC2;Müller GmbH;Köln\n"


@contextlib.contextmanager
def traced_peak():
    """Yield a one-item list that holds, after the block, the peak of Python memory it allocated (bytes)."""
    tracing = tracemalloc.is_tracing()
    if not tracing:
        tracemalloc.start()
    result = [0]
    try:
        tracemalloc.reset_peak()
        baseline = tracemalloc.get_traced_memory()[0]
        yield result
        result[0] = tracemalloc.get_traced_memory()[1] - baseline
    finally:
        if not tracing:
            tracemalloc.stop()


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

    def test_cyrillic_code_page(self):
        """A Russian or Serbian Windows export (cp1251) is read as cp1251, not as cp1250 look-alike letters
        ("Телефон" would become "Ňĺëĺôîí" without a word); Central European text stays cp1250."""
        cyrillic = {
            "ru": "Код;Наименование;Телефон;Город\n00-0001;ООО Стройресурс;8 (495) 123-45-67;Москва\n",
            "sr": "ID;Naziv;Grad\n1;Предузеће Ђурђевић д.о.о.;Београд\n2;Јелена Шћекић;Нови Сад\n",
            "uk": "ID;Назва;Місто\n1;ТОВ «Будінвест»;Київ\n2;Агросвіт;Львів\n",
        }
        for language, text in cyrillic.items():
            with self.subTest(language=language):
                table = read_table(text.encode("cp1251"), "export.csv")
                self.assertEqual(table.encoding, "cp1251")
                self.assertEqual([table.headers] + [list(r.values()) for r in table.rows],
                                 [line.split(";") for line in text.splitlines()])
        # every byte of these decodes in cp1251 too, as Cyrillic letters inside Latin words
        latin = "Client ID;Client name;City\nC1;Zupančič s.p.;Kranj\nC2;Příchozí Žluťoučký kůň;Brno\nC3;Łódź Spółka;Kraków\n"
        table = read_table(latin.encode("cp1250"), "clients.csv")
        self.assertEqual(table.encoding, "cp1250")
        self.assertEqual(table.rows[1]["Client name"], "Příchozí Žluťoučký kůň")

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


    def test_limits_from_system_parameters(self):
        params = {"clientjoy_intrix_import.max_field_chars": "1000", "clientjoy_intrix_import.max_columns": "abc",
                  "clientjoy_intrix_import.zip_max_ratio": "0", "clientjoy_intrix_import.max_rows_per_file": " 7 "}
        limits = Limits.from_params(params.get)
        self.assertEqual((limits.max_field_chars, limits.max_rows_per_file), (1000, 7))
        # unreadable or zero: the default stays (a typo must not lift or zero a ceiling)
        self.assertEqual((limits.max_columns, limits.zip_max_ratio), (Limits().max_columns, Limits().zip_max_ratio))
        with self.assertRaises(CsvError) as caught:
            read_table(b"a;b\n1;" + b"x" * 1001 + b"\n", "x.csv", limits=limits)
        self.assertIn("1001 characters, more than the limit of 1000 (system parameter "
                      "clientjoy_intrix_import.max_field_chars)", str(caught.exception))

    def test_cost_bounded_on_huge_lines(self):
        """The sniffing head is bounded whatever the line length; a value of millions of short lines is
        checked for swallowed records without a list of its lines."""
        big = b"Client ID;Notes\nC1;" + b"abc;" * (1 << 20) + b"\n"
        with csv_reader._text_stream(csv_reader._detect(io.BytesIO(big), "x.csv"), "") as text:
            head, whole = csv_reader._head(text)
        self.assertEqual(len(head), csv_reader.SNIFF_CHARS)
        self.assertFalse(whole)
        lines = b'"' + b"x;\n" * (1 << 18) + b'"'  # every line has a delimiter: all are looked at
        data = b"Client ID;Notes;City\nC1;" + lines + b";Kranj\n"
        with traced_peak() as peak:
            table = read_table(data, "x.csv", limits=Limits(max_field_chars=4 << 20))
        peak = peak[0]
        self.assertEqual(len(table.rows[0]["Notes"]), 3 * (1 << 18) - 1)  # the last line end is stripped
        # ~5.6 MiB: the value in UCS-4 while the csv module builds it, and a few copies; the list of its
        # 262 144 lines that the check used to make was 15 MiB more
        self.assertLess(peak, 10 << 20, "peak %.1f MiB" % (peak / 2 ** 20))

    def test_overlong_values_are_staging_errors(self):
        from ..lib.targets import ENTITIES

        entity = ENTITIES["partner_company"]
        self.assertEqual(overlong_values(entity, {"name": "x" * 2000, "ref": "C" * 120, "description": "y" * 10 ** 6}), [])
        problems = overlong_values(entity, {"name": "ž" * 1001, "ref": "C" * 121})
        self.assertEqual(len(problems), 2, problems)
        self.assertIn("2002 bytes long", problems[0] + problems[1])
        self.assertIn("121 characters long", problems[0] + problems[1])


class TestStreamedReading(unittest.TestCase):
    """Files are streamed: an open file reads as its bytes do, decisions cover the whole file, memory is flat."""

    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.addCleanup(self.folder.cleanup)

    def write(self, data, name="export.csv"):
        path = os.path.join(self.folder.name, name)
        with open(path, "wb") as handle:
            handle.write(data)
        return path

    def outcome(self, data, name="clients.csv"):
        """(headers, rows, encoding, delimiter) of an export, or the CsvError message."""
        try:
            table = read_table(data, name)
        except CsvError as exc:
            return str(exc)
        return table.headers, table.rows, table.encoding, table.delimiter

    def test_file_same_as_bytes(self):
        portuguese = "Client ID;Client name;City\nC1;Padaria São João Ltda.;São Paulo\nC2;Müller GmbH;Köln\n"
        cases = {  # name: (bytes, encoding reported, text)
            "utf-8-sig": (codecs.BOM_UTF8 + ROWS.encode("utf-8"), "utf-8-sig", ROWS),
            "utf-8": (ROWS.encode("utf-8"), "utf-8", ROWS),
            "cp1250": (ROWS.encode("cp1250"), "cp1250", ROWS),
            "cp1252": (portuguese.encode("cp1252"), "cp1252", portuguese),
            "utf-16-le with BOM": (codecs.BOM_UTF16_LE + ROWS.encode("utf-16-le"), "utf-16", ROWS),
            "utf-16-be with BOM": (codecs.BOM_UTF16_BE + ROWS.encode("utf-16-be"), "utf-16", ROWS),
            "utf-16-le": (ROWS.encode("utf-16-le"), "utf-16-le", ROWS),
            "utf-16-be": (ROWS.encode("utf-16-be"), "utf-16-be", ROWS),
        }
        for label, (data, encoding, text) in cases.items():
            with self.subTest(encoding=label):
                expected = self.outcome(data)
                self.assertEqual(expected[2], encoding)
                self.assertEqual(expected[1][0]["Client name"], text.splitlines()[1].split(";")[1])
                self.assertEqual(self.outcome(io.BytesIO(data)), expected)
                with open(self.write(data), "rb") as handle:
                    handle.seek(7)  # read from the start whatever the position
                    self.assertEqual(self.outcome(handle), expected)
                    self.assertFalse(handle.closed, "the file stays open for its owner")
                    reader = open_table(handle, "clients.csv")
                    first = [row for chunk in reader.chunks(1) for row in chunk]
                    self.assertEqual(first, expected[1], "every read is a fresh stream")
                    self.assertEqual([row for chunk in reader.chunks() for row in chunk], expected[1])
                    del reader
                    self.assertFalse(handle.closed)

    def test_file_same_errors_as_bytes(self):
        for data in (b"", b"   \n\n", codecs.BOM_UTF8, b"a;b;a\n1;2;3\n", b"a;b;c\n1;2;3\n1;2;3;4;5\n",
                     b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 40, b"\x00\x01\x02\x03\xff\xfe\x00\x00" * 20):
            with self.subTest(data=data[:20]):
                expected = self.outcome(data, "broken.csv")
                self.assertIsInstance(expected, str)
                with open(self.write(data), "rb") as handle:
                    self.assertEqual(self.outcome(handle, "broken.csv"), expected)

    def test_late_invalid_byte(self):
        """The encoding is decided on the whole file, not on its first block."""
        block = csv_reader.BLOCK_SIZE
        filler = b"".join(b"C%07d;Ana Novak;Ljubljana\n" % i for i in range(3 * block // 26 + 1))
        self.assertGreater(len(filler), 3 * block)
        # ASCII up to 3 MiB, then a cp1250 byte: cp1250, as when the whole file was decoded at once
        data = b"Client ID;Client name;City\nC0;Novak;Kranj\n" + filler + b"C9;Zupan\xe8i\xe8;Kranj\n"
        text, encoding = csv_reader.decode(data, "clients.csv")
        self.assertEqual((text, encoding), (data.decode("cp1250"), "cp1250"))
        with open(self.write(data), "rb") as handle:
            table = read_table(handle, "clients.csv")
        self.assertEqual(table.encoding, "cp1250")
        self.assertEqual(table.rows[-1]["Client name"], "Zupančič")
        self.assertEqual(len(table.rows), filler.count(b"\n") + 2)
        # UTF-8 up to 3 MiB, then a cp1250 byte: mixed encodings, refused naming both lines (read as
        # cp1250 it would turn "Žužek" into "Ĺ˝uĹľek" without a word)
        mixed = "Client ID;Client name;City\nC0;Žužek;Kranj\n".encode("utf-8") + filler + b"C9;Zupan\xe8i\xe8;Kranj\n"
        last_line = mixed.count(b"\n")
        for data in (mixed, io.BytesIO(mixed)):
            with self.assertRaises(CsvError) as caught:
                read_table(data, "clients.csv")
            self.assertIn("mixes encodings: line 2 is UTF-8 (\"Ž\") but line %d is not (byte %d)"
                          % (last_line, mixed.index(b"\xe8")), str(caught.exception))

        # UTF-16 with an unpaired surrogate or cut short after 3 MiB: the message of a whole-file decode,
        # offset included
        clean = ("Client ID;Client name;City\n" + filler.decode()).encode("utf-16-le")
        surrogate = clean + b"\x00\xdc" + "x\n".encode("utf-16-le")  # U+DC00 without its high surrogate
        cases = {"BOM, surrogate": (codecs.BOM_UTF16_LE, surrogate), "no BOM, surrogate": (b"", surrogate),
                 "BOM, odd size": (codecs.BOM_UTF16_LE, clean + b"x")}
        for label, (bom, body) in cases.items():
            with self.subTest(label):
                with self.assertRaises(UnicodeDecodeError) as caught:
                    body.decode("utf-16-le")
                self.assertGreater(caught.exception.start, 3 * block)
                message = "big.csv: the file is not valid utf-16-le text (byte %d)" % caught.exception.start
                with self.assertRaises(CsvError) as bytes_error:
                    read_table(bom + body, "big.csv")
                self.assertEqual(str(bytes_error.exception), message)
                with open(self.write(bom + body), "rb") as handle, self.assertRaises(CsvError) as file_error:
                    read_table(handle, "big.csv")
                self.assertEqual(str(file_error.exception), message)

        # a UTF-8 file with a BOM is checked the same way (the whole-file decode used to raise a bare
        # UnicodeDecodeError there, which no caller handled)
        with self.assertRaises(CsvError) as caught:
            read_table(codecs.BOM_UTF8 + filler + b"\xe8\n", "big.csv")
        self.assertEqual(str(caught.exception), "big.csv: the file is not valid utf-8 text (byte %d)" % len(filler))

    def test_memory_independent_of_file_size(self):
        """A ~50 MiB cp1250 export read chunk by chunk: the traced peak stays far below the file size
        (the whole-file reader held the bytes plus two or three decoded copies: ~360 MiB here)."""
        row = "C%%06d;Čebelarstvo Žužek d.o.o.;Ljubljana;%s\n" % ("Tržaška cesta 12, Šmarje " * 20)
        block = "".join(row % i for i in range(2000)).encode("cp1250")
        path = self.write(b"Client ID;Client name;City;Note\n")
        with open(path, "ab") as handle:
            for _ in range((50 << 20) // len(block) + 1):
                handle.write(block)
        size = os.path.getsize(path)
        self.assertGreater(size, 50 << 20)
        rows = 0
        with traced_peak() as peak, open(path, "rb") as handle:
            reader = open_table(handle, "clients.csv")
            for chunk in reader.chunks(1000):
                rows += len(chunk)
                last = chunk[-1]
        peak = peak[0]
        self.assertEqual(reader.encoding, "cp1250")
        self.assertEqual(rows, size // len(block) * 2000)
        self.assertEqual(last["Client name"], "Čebelarstvo Žužek d.o.o.")
        # about 4 MiB; 12 MiB also catches a reader whose buffers grow with the file (pandas reading a text
        # stream: its re-encoding wrapper keeps a growing overflow, 20 MiB for this file)
        self.assertLess(peak, 12 << 20, "peak %.1f MiB for a %.1f MiB file" % (peak / 2 ** 20, size / 2 ** 20))


@tagged("post_install", "-at_install")
class TestImportFileStream(IntrixCase):
    def test_open_reads_the_attachment(self):
        """``_open`` gives the stored bytes from the filestore, or from the database when attachments live there."""
        data = ROWS.encode("cp1250")
        run = self.env["clientjoy.intrix.run"].create({"source": "intrix"})
        run._add_files([("clients.csv", data)])
        file = run.file_ids
        with file._open() as handle:
            self.assertIsInstance(handle, io.BufferedReader, "opened in the filestore, not loaded")
            self.assertEqual(handle.read(), data)
        self.assertEqual(file._content(), data)

        self.env["ir.config_parameter"].sudo().set_param("ir_attachment.location", "db")
        run._add_files([("contacts.csv", b"Contact ID;Last name\nP1;Novak\n")])
        in_db = (run.file_ids - file).with_context(bin_size=True)  # as the web client reads records
        with in_db._open() as handle:
            self.assertIsInstance(handle, io.BytesIO)
            self.assertEqual(handle.read(), b"Contact ID;Last name\nP1;Novak\n")

    def test_staging_closes_the_files(self):
        File = type(self.env["clientjoy.intrix.file"])
        opened = []
        original = File._open

        def spy(record):
            handle = original(record)
            opened.append(handle)
            return handle

        with patch.object(File, "_open", spy):
            run = self.make_run(sample_files("clients.csv", "contacts.csv"))
        self.assertFalse(run.error_message, run.error_message)
        # each file twice: once by the reader, once by the independent source count of verification
        self.assertEqual(len(opened), 4)
        self.assertTrue(all(handle.closed for handle in opened))
        self.assertEqual(run.file_ids.filtered(lambda f: f.name == "clients.csv").encoding, "cp1250")


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
