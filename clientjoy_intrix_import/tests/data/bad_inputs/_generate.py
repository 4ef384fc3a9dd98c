"""Writes the malformed-input corpus of tests/test_bad_inputs.py: one file per case and its
``<file name>.expect.json`` (format in README.md beside this script).

    python clientjoy_intrix_import/tests/data/bad_inputs/_generate.py

Deterministic (fixed random seed): running it again rewrites the same bytes. A case added by hand
(a file and its sidecar) needs no change here; cases written by this script are overwritten.
"""
import codecs
import io
import json
import os
import random
import string
import warnings
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.join(HERE, "..", "..", "..", "demo", "intrix")
RNG = random.Random(20261203)

HEADER = "Client ID;Client name;City;E-mail"
ROWS = ["C1;Čebelarstvo Žužek d.o.o.;Ljubljana;info@zuzek.si",
        "C2;Müller GmbH;Köln;info@mueller.de",
        "C3;Padaria São João Ltda.;São Paulo;ola@padaria.br"]
CLIENTS = "\n".join([HEADER] + ROWS) + "\n"
CLIENTS_CP1250 = CLIENTS.replace(ROWS[2], "C3;Zupančič s.p.;Kranj;z@b.si").encode("cp1250")
NAMES = {"C1": "Čebelarstvo Žužek d.o.o.", "C2": "Müller GmbH", "C3": "Padaria São João Ltda."}
EXACT = [{"object": "clients", "ref": ref, "payload": {"Client name": name}, "values": {"name": name}}
         for ref, name in NAMES.items()]
CASES = {}


def case(name, content, expect):
    CASES[name] = (content, expect)


def refused(contains, at="staging", **extra):
    return dict({"outcome": "refused", "refused_at": at, "error_contains": contains}, **extra)


def staged(rows, records=(), **extra):
    return dict({"outcome": "staged", "rows": rows, "records": list(records)}, **extra)


def sample(name):
    with open(os.path.join(SAMPLES, name), "rb") as handle:
        return handle.read()


def zipped(members, compression=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for member, data in members:
            info = zipfile.ZipInfo(member, date_time=(2026, 1, 1, 0, 0, 0))  # fixed: the same bytes every run
            info.compress_type = compression
            archive.writestr(info, data)
    return buffer.getvalue()


def workbook(rows):
    """An .xlsx of one sheet holding ``rows`` (openpyxl, as Odoo installs it), with fixed timestamps."""
    import datetime

    import openpyxl

    book = openpyxl.Workbook()
    book.properties.created = book.properties.modified = datetime.datetime(2026, 1, 1)
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def random_letters(count):
    return "".join(RNG.choice(string.ascii_letters) for _ in range(count))


def build():
    utf8 = CLIENTS.encode("utf-8")
    # ---------------------------------------------------------------- empty and nearly empty
    case("clients__empty_0_bytes.csv", b"", refused(["is empty (0 bytes)"], "upload", case="A 0-byte file (was a TypeError in the wizard)."))
    case("clients__whitespace_only.csv", b"  \r\n\t\n\n", refused(["the file is empty"], case="Only blanks and line ends."))
    case("clients__bom_only.csv", codecs.BOM_UTF8, refused(["the file is empty"], case="A UTF-8 BOM and nothing else."))
    case("clients__header_only.csv", (HEADER + "\n").encode(), refused(["holds no records"], case="The header line and no row."))
    case("clients__header_only_bom_crlf.csv", codecs.BOM_UTF8 + (HEADER + "\r\n").encode(),
         refused(["holds no records"], case="Header only, with BOM and CRLF."))
    case("clients__blank_lines_before_header.csv", b"\n\n \n" + utf8,
         staged({"clients": 3}, EXACT, case="Blank lines before the header: the first non-blank line is the header."))
    case("clients__trailing_blank_and_delimiter_lines.csv", utf8 + b"\n;;;\n \n;;; ;\n",
         staged({"clients": 3}, EXACT, case="Trailing blank lines and lines of only delimiters hold no data: not rows."))
    # ---------------------------------------------------------------- NUL bytes and binary data
    filler = "".join("C%d;Client number %d;Ljubljana;c%d@example.si\n" % (i, i, i) for i in range(10, 200)).encode()
    assert len(filler) > 4096
    case("clients__nul_after_4k.csv", (HEADER + "\n").encode() + filler + b"C9;Bad\x00name;Kranj;x@example.si\n",
         refused(["line %d contains a NUL character" % (filler.count(b"\n") + 2)],
                 case="A NUL byte after the first 4 KB (was a ValueError)."))
    case("clients__sample_spaces_nul.csv", sample("clients.csv") + b" " * 5000 + b"\x00\n",
         refused(["contains a NUL character"], max_seconds=3,
                 case="The sample clients.csv plus one line of 5 000 spaces and a NUL byte (was ~455 s of CPU, "
                      "then a database error)."))
    case("clients__sample_spaces_line.csv", sample("clients.csv") + b" " * 5000 + b"\r\n",
         staged({"clients": 3}, max_seconds=3, case="The sample plus a line of 5 000 spaces: a blank line, not a row."))
    case("clients__binary_noise.csv", bytes(RNG.randrange(256) for _ in range(3000)),
         refused(["binary data"], case="Random bytes."))
    case("contacts__nul_in_utf16.csv", "Contact ID;Last name\nP1;No\x00vak\n".encode("utf-16"),
         refused(["NUL character"], case="A U+0000 character in a UTF-16 file."))
    # ---------------------------------------------------------------- encodings
    case("clients__mixed_utf8_cp1250.csv",
         (HEADER + "\n" + ROWS[1] + "\n").encode("utf-8") + (ROWS[0] + "\n").encode("cp1250"),
         refused(["mixes encodings", "line 2 is UTF-8", "line 3 is not"],
                 case="UTF-8 with a cp1250 line: read as cp1250 'Müller' became 'MĂĽller' silently."))
    case("clients__mixed_cp1250_then_utf8.csv",
         (HEADER + "\n" + ROWS[0] + "\n").encode("cp1250") + (ROWS[1] + "\n").encode("utf-8"),
         refused(["mixes encodings", "line 3 is UTF-8"], case="cp1250 lines, then a UTF-8 line."))
    case("clients__bom_utf8.csv", codecs.BOM_UTF8 + utf8,
         staged({"clients": 3}, EXACT, case="UTF-8 with BOM: the first header has no BOM in it."))
    case("clients__double_bom.csv", codecs.BOM_UTF8 + "\ufeff".encode() + utf8,
         staged({"clients": 3}, EXACT, case="Two BOMs (a tool that adds one to a file that had one)."))
    case("clients__bom_utf16le.csv", codecs.BOM_UTF16_LE + CLIENTS.encode("utf-16-le"), staged({"clients": 3}, EXACT, case="UTF-16 LE with BOM."))
    case("clients__bom_utf16be.csv", codecs.BOM_UTF16_BE + CLIENTS.encode("utf-16-be"), staged({"clients": 3}, EXACT, case="UTF-16 BE with BOM."))
    case("clients__utf16le_no_bom.csv", CLIENTS.encode("utf-16-le"), staged({"clients": 3}, EXACT, case="UTF-16 LE without BOM."))
    case("clients__utf16be_no_bom.csv", CLIENTS.encode("utf-16-be"), staged({"clients": 3}, EXACT, case="UTF-16 BE without BOM."))
    case("clients__utf32_bom.csv", CLIENTS.encode("utf-32"),
         staged({"clients": 3}, EXACT, case="UTF-32 with BOM (its LE BOM starts like the UTF-16 LE one)."))
    case("clients__utf8_bom_cp1250_body.csv", codecs.BOM_UTF8 + CLIENTS_CP1250,
         refused(["not valid utf-8"], case="A UTF-8 BOM on a cp1250 body."))
    case("clients__utf16_lone_surrogate.csv", codecs.BOM_UTF16_LE + CLIENTS.encode("utf-16-le") + b"\x00\xdc" + "x\n".encode("utf-16-le"),
         refused(["not valid utf-16"], case="UTF-16 with an unpaired surrogate."))
    case("clients__utf16_odd_length.csv", codecs.BOM_UTF16_LE + CLIENTS.encode("utf-16-le") + b"x",
         refused(["not valid utf-16"], case="UTF-16 cut in the middle of a character."))
    case("clients__cp1250.csv", CLIENTS_CP1250, staged({"clients": 3}, EXACT[:2] + [
        {"object": "clients", "ref": "C3", "payload": {"Client name": "Zupančič s.p."}}], case="cp1250 (Č, Ž, ü, č)."))
    case("users__dos_cp437.csv", "User ID;Name;E-mail\nU1;Müller;m@example.de\nU2;Jürgen;j@example.de\n".encode("cp437"),
         refused(["neither UTF-8", "nor cp1250/cp1252"],
                 case="A DOS code page file: its 'ü' (0x81) is undefined in cp1250 and cp1252 (was read as Latin-1: a control character)."))
    ascii_rows = "".join("C%d;Client %d;Kranj;%s\n" % (i, i, "x" * 400_000) for i in range(3)).encode()
    case("clients__late_cp1250_byte.csv", b"Client ID;Client name;City;Notes\n" + ascii_rows + "C9;Zupančič;Kranj;z\n".encode("cp1250"),
         staged({"clients": 4},
                [{"object": "clients", "ref": "C9", "payload": {"Client name": "Zupančič"}}], max_seconds=15,
                case="Encoding detection, pathological: 1.2 MB of ASCII (more than one detection block) and one cp1250 letter on the last line "
                     "(every detection pass reads the whole file; linear)."))
    # ---------------------------------------------------------------- quotes
    case("clients__unterminated_quote_middle.csv",
         (HEADER + '\nC1;"Čebelarstvo Žužek;Ljubljana;info@zuzek.si\nC2;Müller GmbH;Köln;info@mueller.de\n'
          'C3;"Padaria";São Paulo;ola@padaria.br\n').encode(),
         refused(["line 2", "quote"], case="An unterminated quote in the middle (was: next record swallowed, a garbled record imported)."))
    case("clients__unterminated_quote_eof.csv",
         (HEADER + '\nC1;Čebelarstvo;Ljubljana;info@zuzek.si\nC2;"Müller GmbH;Köln;info@mueller.de\nC3;Padaria;São Paulo;ola@padaria.br\n').encode(),
         refused(["never closed"], case="A quote opened and never closed until the end of the file."))
    case("clients__quote_swallows_records.csv",
         (HEADER + '\nC1;"Čebelarstvo;Ljubljana;info@zuzek.si\nC2;Müller GmbH;Köln;info@mueller.de\nC3;Padaria;São Paulo;"\n').encode(),
         refused(["is a closing quote missing"], case="A quote closed two lines later: the value swallowed a whole record."))
    case("opportunities__unterminated_quote_description.csv",
         ('Opportunity ID;Name;Client ID;Description\nO1;Robot arms;C1;"Call back; they want 3\n'
          'O2;Service contract;C1;Yearly\nO3;Spare parts;C2;"Urgent"\n').encode(),
         refused(["quote"], case="An opportunity description with an unterminated quote (was a garbled lead)."))
    case("clients__text_after_closing_quote.csv", (HEADER + '\nC1;"Žužek" d.o.o.;Ljubljana;info@zuzek.si\n').encode(),
         refused(["text follows a closing quote"], case="Text after a closing quote: ambiguous, refused."))
    case("clients__multiline_quoted_value.csv",
         ('Client ID;Client name;City;Notes\nC1;Žužek;Ljubljana;"First line\nsecond; with a semicolon\r\nthird"\nC2;Müller;Köln;plain\n').encode(),
         staged({"clients": 2}, [{"object": "clients", "ref": "C1", "payload": {"Notes": "First line\nsecond; with a semicolon\r\nthird"}},
                                 {"object": "clients", "ref": "C2", "payload": {"Notes": "plain"}}],
                case="A quoted value over three lines (LF and CRLF inside) is one value, exactly."))
    case("clients__quote_inside_unquoted_value.csv", (HEADER + '\nC1;Ab"c d.o.o.;Ljubljana;a@b.si\n').encode(),
         staged({"clients": 1}, [{"object": "clients", "ref": "C1", "payload": {"Client name": 'Ab"c d.o.o.'}}],
                case="A quote inside a value that is not quoted is a character of the value."))
    case("clients__doubled_quotes.csv", (HEADER + '\nC1;"Say ""hi""; now";Ljubljana;a@b.si\n').encode(),
         staged({"clients": 1}, [{"object": "clients", "ref": "C1", "payload": {"Client name": 'Say "hi"; now'}}],
                case="Doubled quotes and a delimiter inside a quoted value."))
    quoted = ('"' * 2 + "x\n;,|\ty") * 30000
    case("clients__quote_handling_pathological.csv",
         ('Client ID;Client name;City;Notes\nC1;Žužek;Ljubljana;"%s"\n' % quoted).encode(),
         staged({"clients": 1}, [{"object": "clients", "ref": "C1", "payload_length": {"Notes": len(quoted.replace('""', '"'))}}],
                max_seconds=5, case="Quote handling, pathological: a 270 KB quoted value of doubled quotes, line breaks and "
                                    "every delimiter (linear)."))
    # ---------------------------------------------------------------- line ends
    case("clients__cr_only_line_ends.csv", CLIENTS.replace("\n", "\r").encode(), staged({"clients": 3}, EXACT, case="Old Mac line ends (CR only)."))
    case("clients__mixed_crlf_lf.csv", (HEADER + "\r\n" + ROWS[0] + "\n" + ROWS[1] + "\r\n" + ROWS[2] + "\n").encode(),
         staged({"clients": 3}, EXACT, case="CRLF and LF lines in one file."))
    case("clients__lone_cr_in_unquoted_value.csv", (HEADER + "\nC1;Žužek\rd.o.o.;Ljubljana;a@b.si\nC2;Müller GmbH;Köln;m@b.de\n").encode(),
         refused(["line 2", "line break character"], case="A lone CR inside a value that is not quoted: refused, not split into two rows."))
    case("clients__lone_cr_in_quoted_value.csv", (HEADER + '\nC1;"Žužek\rd.o.o.";Ljubljana;a@b.si\nC2;Müller GmbH;Köln;m@b.de\n').encode(),
         staged({"clients": 2}, [{"object": "clients", "ref": "C1", "payload": {"Client name": "Žužek\rd.o.o."}}],
                case="A lone CR inside a quoted value stays in the value."))
    case("clients__lone_lf_in_cr_file.csv", (HEADER + "\rC1;Žužek\nd.o.o.;Ljubljana;a@b.si\rC2;Müller GmbH;Köln;m@b.de\r").encode(),
         refused(["line break character"], case="A lone LF inside an unquoted value of a CR-only file."))
    # ---------------------------------------------------------------- structure
    case("clients__duplicate_headers.csv", b"Client ID;Client name;City;Client name\nC1;A;B;C\n", refused(["duplicate column header(s): Client name"], case="Two columns with the same header."))
    case("clients__duplicate_headers_spaces.csv", b"Client ID; Client name;City;Client name \nC1;A;B;C\n", refused(["duplicate column header"], case="Same header but for spaces around it."))
    case("clients__empty_header_cell.csv", b"Client ID;;City\nC1;A;B\n", refused(["a column has no header (column 2)"], case="An empty header cell."))
    case("clients__header_too_long.csv", ("Client ID;%s;City\nC1;A;B\n" % ("Name " * 60)).encode(), refused(["characters long"], case="A 300-character header."))
    case("clients__row_wider_than_header.csv", (HEADER + "\nC1;Žužek;Ljubljana;a@b.si;extra\n").encode(),
         refused(["line 2 has 5 fields but the header has 4"], case="A row with one field more than the header."))
    case("clients__row_wider_empty_extras.csv", (HEADER + "\n" + ROWS[1] + ";;\n").encode(),
         staged({"clients": 1}, [EXACT[1]], case="Trailing empty fields beyond the header carry no data."))
    case("clients__row_shorter_than_header.csv", (HEADER + "\nC1;Müller GmbH\n").encode(),
         staged({"clients": 1}, [{"object": "clients", "ref": "C1", "payload": {"Client name": "Müller GmbH", "City": "", "E-mail": ""}}],
                case="A row with fewer fields: the missing ones are empty, nothing shifts."))
    case("clients__repeated_header.csv", (CLIENTS + HEADER + "\n" + ROWS[0].replace("C1", "C4") + "\n").encode(),
         refused(["line 5 repeats the header line"], case="Two exports concatenated: the header again in the middle."))
    case("clients__tab_delimited.csv", CLIENTS.replace(";", "\t").encode(), staged({"clients": 3}, EXACT, case="Tab delimited."))
    case("clients__pipe_delimited.csv", CLIENTS.replace(";", "|").encode(), staged({"clients": 3}, EXACT, case="Pipe delimited."))
    case("clients__comma_with_quoted_commas.csv",
         'Client ID,Client name,City,E-mail\nC1,"Žužek, d.o.o.",Ljubljana,a@b.si\nC2,"Müller, GmbH",Köln,m@b.de\n'.encode(),
         staged({"clients": 2}, [{"object": "clients", "ref": "C1", "payload": {"Client name": "Žužek, d.o.o."}}], case="Comma delimited with commas in quoted values."))
    case("clients__no_delimiter_single_column.csv", "Client name\nŽužek\nMüller\n".encode(),
         staged({"clients": 2}, [{"object": "clients", "row": 1, "payload": {"Client name": "Žužek"}}], case="A one-column file."))
    case("clients__whitespace_around_values.csv", (HEADER + "\n  C1 ;  Müller GmbH\t;Köln ; m@b.de \n").encode(),
         staged({"clients": 1}, [{"object": "clients", "ref": "C1", "payload": {"Client name": "Müller GmbH", "City": "Köln"}}],
                case="Blanks around values are not part of them."))
    case("clients__missing_required_name.csv", (HEADER + "\nC1;;Ljubljana;a@b.si\nC2;Müller GmbH;Köln;m@b.de\n").encode(),
         staged({"clients": 2}, [{"object": "clients", "ref": "C1", "state": "error", "message_contains": ["Missing required value"]},
                                 {"object": "clients", "ref": "C2", "state": "valid"}],
                case="An empty required name: an error on that record at staging, not at import."))
    wide_header = ";".join(["Client ID", "Client name"] + ["Extra field %d" % i for i in range(298)])
    wide_row = ";".join(["C1", "Müller GmbH"] + ["v%d" % i for i in range(298)])
    case("clients__many_columns.csv", (wide_header + "\n" + wide_row + "\n").encode(),
         staged({"clients": 1}, [{"object": "clients", "ref": "C1", "payload": {"Client name": "Müller GmbH", "Extra field 297": "v297"}}],
                max_seconds=10, case="300 columns."))
    case("clients__too_many_columns.csv", (";".join("Column %d" % i for i in range(1500)) + "\n" + ";".join("v" for _ in range(1500)) + "\n").encode(),
         refused(["1500 columns", "max_columns"], case="1 500 columns, over the limit of 1 000."))
    # ---------------------------------------------------------------- sizes and limits
    long_notes = random_letters(300_000)
    case("clients__very_long_single_value.csv", ("Client ID;Client name;City;Notes\nC1;Müller GmbH;Köln;%s\n" % long_notes).encode(),
         staged({"clients": 1}, [{"object": "clients", "ref": "C1", "payload_length": {"Notes": 300_000}}],
                max_seconds=5, case="A 300 KB value on one line (a long line is linear to read, stage and audit)."))
    case("clients__value_over_field_limit.csv", ("Client ID;Client name;City\nC1;%s;Köln\n" % random_letters(5000)).encode(),
         refused(["5000 characters", "max_field_chars"], params={"max_field_chars": "1000"},
                 case="A value over the field length limit (set to 1 000 for this case)."))
    case("clients__huge_line_without_delimiter.csv", random_letters(300_000).encode(),
         refused(["header of column 1 is 300000 characters long"], case="One 300 KB line, no delimiter, no line end."))
    case("clients__rows_over_limit.csv", (HEADER + "\n" + "".join("C%d;Name %d;Kranj;\n" % (i, i) for i in range(10))).encode(),
         refused(["more than 5 rows", "max_rows_per_file"], params={"max_rows_per_file": "5"}, case="More rows than allowed (5 for this case)."))
    case("clients__unindexable_long_name.csv", (HEADER + "\nC1;%s;Ljubljana;a@b.si\nC2;Müller GmbH;Köln;m@b.de\n" % random_letters(3000)).encode(),
         staged({"clients": 2}, [{"object": "clients", "ref": "C1", "state": "error", "message_contains": ["3000 bytes long"]},
                                 {"object": "clients", "ref": "C2", "state": "valid"}],
                case="A 3 000-byte name: longer than PostgreSQL can index (res.partner.name is indexed): an error at staging, not at import."))
    long_ref = "C" + "".join(RNG.choice(string.digits) for _ in range(2999))
    case("clients__unindexable_long_ref.csv", (HEADER + "\n%s;Long id;Ljubljana;a@b.si\nC2;Müller GmbH;Köln;m@b.de\n" % long_ref).encode(),
         staged({"clients": 2}, [{"object": "clients", "row": 1, "state": "error", "message_contains": ["3000 characters long"]},
                                 {"object": "clients", "ref": "C2", "state": "valid"}],
                case="A 3 000-character source id: an error at staging (it would fail the staging index and collide as an external id)."))
    sniff_value = ";,|\t" * 100_000 + "x"
    case("clients__sniffing_pathological.csv", ('Client ID;Client name;City;Notes\nC1;Žužek;Ljubljana;"%s"\nC2;Müller;Köln;x\n' % sniff_value).encode(),
         staged({"clients": 2}, [{"object": "clients", "ref": "C1", "payload_length": {"Notes": len(sniff_value)}}],
                max_seconds=5, case="Delimiter sniffing, pathological: a 400 KB line made of every candidate delimiter "
                                    "(the sniffer reads a bounded head)."))
    controls = "".join(chr(c) for c in range(1, 32) if chr(c) not in "\r\n") + '\\"/'
    json_value = controls * 10_000
    case("clients__json_encoding_pathological.csv", ("Client ID;Client name;City;Notes\nC1;Žužek;Ljubljana;\"%s\"\n" % json_value.replace('"', '""')).encode(),
         staged({"clients": 1}, [{"object": "clients", "ref": "C1", "payload_length": {"Notes": len(json_value.strip())}}],
                max_seconds=5, case="JSON encoding of staged values, pathological: 320 KB of control characters, backslashes and "
                                    "quotes (6x longer as JSON), stored and read back exactly."))
    # ---------------------------------------------------------------- other formats saved as .csv
    case("clients__xlsx_renamed.csv", zipped([("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>")]),
         refused(["spreadsheet (Excel)"], case="An .xlsx renamed .csv."))
    case("clients__xls_renamed.csv", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + bytes(RNG.randrange(256) for _ in range(1536)),
         refused(["spreadsheet (Excel)"], case="An old .xls (OLE2) renamed .csv."))
    case("clients__html_error_page.csv", b"<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body>Try again</body></html>\n",
         refused(["web page (HTML)"], case="An HTML error page saved as the export."))
    case("clients__html_with_bom_and_blanks.csv", codecs.BOM_UTF8 + b"\r\n  <html>\n<body>Session expired; log in again</body></html>",
         refused(["web page (HTML)"], case="An HTML page after a BOM and blank lines."))
    case("clients__xml.csv", b'<?xml version="1.0"?><clients><client id="C1"/></clients>', refused(["XML"], case="XML saved as .csv."))
    case("clients__json.csv", b'[{"Client ID": "C1", "Client name": "M\\u00fcller"}]', refused(["JSON"], case="JSON saved as .csv."))
    case("clients__pdf.csv", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n", refused(["PDF"], case="A PDF renamed .csv."))
    case("clients__gzip.csv", b"\x1f\x8b\x08\x00" + bytes(RNG.randrange(256) for _ in range(200)), refused(["gzip"], case="A gzipped CSV renamed .csv."))
    case("clients__png.csv", b"\x89PNG\r\n\x1a\n" + bytes(RNG.randrange(256) for _ in range(200)), refused(["image"], case="An image renamed .csv."))
    # ---------------------------------------------------------------- values that look like something else
    case("clients__formula_values.csv",
         (HEADER + "\nC1;=cmd|' /C calc'!A0;Ljubljana;a@b.si\nC2;+SUM(A1:A9);Köln;m@b.de\nC3;@HYPERLINK(\"x\");Kranj;c@b.si\nC4;-2+3;Bled;d@b.si\n").encode(),
         staged({"clients": 4}, [{"object": "clients", "ref": "C1", "values": {"name": "=cmd|' /C calc'!A0"}},
                                 {"object": "clients", "ref": "C2", "values": {"name": "+SUM(A1:A9)"}},
                                 {"object": "clients", "ref": "C3", "values": {"name": '@HYPERLINK("x")'}},
                                 {"object": "clients", "ref": "C4", "values": {"name": "-2+3"}}],
                case="Formula-looking values are data: kept exactly, never evaluated."))
    # ---------------------------------------------------------------- numbers and dates (read per column)
    opp_head = "Opportunity ID;Name;Value;Expected close\n"

    def opportunities(*rows):
        return (opp_head + "".join("%s;%s;%s;%s\n" % row for row in rows)).encode("utf-8")

    def value(ref, amount, **extra):
        return dict({"object": "opportunities", "ref": ref, "values": {"expected_revenue": amount}}, **extra)

    case("opportunities__thousands_dot_no_decimals.csv",
         opportunities(("O1", "A", "1.500", "31.03.2024"), ("O2", "B", "12.000", "15.06.2024"), ("O3", "C", "2.345,50", "01.07.2024")),
         staged({"opportunities": 3}, [value("O1", 1500.0), value("O2", 12000.0), value("O3", 2345.5)],
                case="'1.500' and '12.000' in a column whose other values use a decimal comma: thousands (were 1.5 and 12.0)."))
    case("opportunities__exponent_and_overflow.csv",
         opportunities(("O1", "A", "1e309", "31.03.2024"), ("O2", "B", "1,5e3", "15.06.2024"), ("O3", "C", "9" * 400, "01.07.2024"),
                       ("O4", "D", "100,25", "02.07.2024")),
         staged({"opportunities": 4}, [
             {"object": "opportunities", "ref": "O1", "state": ["warning", "error"], "message_contains": ["finite"]},
             value("O2", 1500.0),
             {"object": "opportunities", "ref": "O3", "state": ["warning", "error"], "message_contains": ["too large"]},
             value("O4", 100.25)],
                case="'1e309' (was 1309), '1,5e3' (was 153), a 400-digit number (was an OverflowError): read right or refused in words."))
    case("opportunities__us_dates_and_amounts.csv",
         (("Opportunity ID,Name,Value,Expected close\n" "O1,A,\"1,500.00\",03/04/2024\n" "O2,B,\"12,000.50\",04/25/2024\n")).encode("utf-8"),
         staged({"opportunities": 2}, [
             {"object": "opportunities", "ref": "O1", "values": {"expected_revenue": 1500.0, "date_deadline": "2024-03-04"}},
             {"object": "opportunities", "ref": "O2", "values": {"expected_revenue": 12000.5, "date_deadline": "2024-04-25"}}],
                case="An American export: '04/25/2024' makes the column month/day, so '03/04/2024' is March 4, never April 3."))
    case("opportunities__space_and_apostrophe_thousands.csv",
         opportunities(("O1", "A", "1\u202f500,50", "31.03.2024"), ("O2", "B", "1 200,00 €", "15.06.2024"), ("O3", "C", "(1.500,00)", "01.07.2024")),
         staged({"opportunities": 3}, [value("O1", 1500.5), value("O2", 1200.0), value("O3", -1500.0)],
                case="Narrow no-break space and space as thousands, a currency sign after, a negative in parentheses."))
    # ---------------------------------------------------------------- file names and zips
    case("clients__spreadsheet_upload.xlsx", zipped([("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>")]),
         refused(["cannot be read as a spreadsheet"], "upload",
                 case="A damaged Excel file (was kept as an attachment file without a word)."))
    case("clients__real_workbook.xlsx", workbook([["Client ID", "Client name", "City", "E-mail"]]
                                               + [[ref, name, "Ljubljana", "%s@example.si" % ref.lower()] for ref, name in NAMES.items()]),
         staged({"clients": 3}, EXACT, case="An Excel export of one object: read like its CSV."))
    case("clients__formula_without_value.xlsx", workbook([["Client ID", "Client name"], ["C1", "=CONCATENATE(\"A\";\"B\")"]]),
         refused(["formula", "without its computed value"], "upload",
                 case="A formula saved without its value (files written by tools, not by Excel): never read as empty."))
    case("clients__old_excel.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504,
         refused(["old spreadsheet format", ".xlsx"], "upload", case="An old .xls workbook: said so in words."))
    case("clients__export.xml", ("<?xml version='1.0' encoding='UTF-8'?><clients>" + "".join(
        "<client><ClientID>%s</ClientID><ClientName>%s</ClientName></client>" % (ref, name.replace("&", "&amp;"))
        for ref, name in NAMES.items()) + "</clients>").encode("utf-8"),
         staged({"clients": 3}, [{"object": "clients", "ref": ref, "payload": {"ClientName": name}, "values": {"name": name}}
                                 for ref, name in NAMES.items()], case="An XML export: the repeated element is one row."))
    case("clients__xml_entity_bomb.xml", b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
         b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><clients><client><ClientID>C1</ClientID><ClientName>&c;</ClientName></client></clients>',
         refused(["XML"], "upload", case="An XML file with entity definitions (billion laughs): entities are never expanded."))
    case("whatever__unknown_name.csv", "Code;Colour;Size\nX1;red;L\nX2;blue;M\nX3;green;S\n".encode(),
         refused(["Cannot tell which Intrix object"], case="A file whose name names no Intrix object and whose columns fit none."))
    case("whatever__clients_by_columns.csv", utf8, staged({"clients": 3}, EXACT, case=(
        "A file whose name names no object, but whose columns and values are plainly clients: taken as clients.")))
    case("clients__same_object_twice.csv", utf8, refused(["all hold Clients", "one file per object"], with_samples=["clients.csv"],
                                                          case="Two files of the same object in one upload."))
    case("export__same_object_twice.zip", zipped([("clients.csv", utf8), ("Clients_2024-05-01.csv", utf8)]),
         refused(["all hold Clients"], case="A zip with two exports of the same object."))
    case("export__plain.zip", zipped([("export/clients.csv", utf8), ("__MACOSX/export/._clients.csv", b"\x00\x05\x16\x07"), ("export/.DS_Store", b"\x00\x00\x00\x01Bud1")]),
         staged({"clients": 3}, EXACT, case="A zip with its folder and the macOS extras (ignored: not part of the export)."))
    case("export__nested.zip", zipped([("clients.csv", utf8), ("more/inner.zip", zipped([("contacts.csv", b"Contact ID;Last name\nP1;Novak\n")]))]),
         refused(["holds another archive (more/inner.zip)"], "upload", case="A zip inside the zip: refused in words, never ignored."))
    bomb = zipped([("clients.csv", (HEADER + "\n").encode() + b" " * (200 << 20))])
    case("export__zip_bomb.zip", bomb, refused(["zip bomb", "zip_max_ratio"], "upload", max_seconds=5,
                                                case="%d KB expanding to 200 MB (was accepted)." % (len(bomb) // 1024)))
    case("export__over_expanded_limit.zip", zipped([("clients.csv", (HEADER + "\n").encode() + b"C1;A;B;c@d.si\n" * 200_000)]),
         refused(["more than 1 MiB unzipped", "zip_max_expanded_mb"], "upload", params={"zip_max_expanded_mb": "1", "zip_max_ratio": "100000"},
                 case="A zip over the expanded size limit (1 MiB for this case, the ratio limit lifted)."))
    case("export__too_many_members.zip", zipped([("attachments/file%d.txt" % i, b"x") for i in range(6)] + [("clients.csv", utf8)]),
         refused(["holds 7 files", "zip_max_members"], "upload", params={"zip_max_members": "5"}, case="More files than allowed (5 for this case)."))
    case("export__path_traversal.zip", zipped([("../clients.csv", utf8)]), refused(["unsafe path (../clients.csv)"], "upload", case="A member named ../clients.csv."))
    case("export__absolute_path.zip", zipped([("/tmp/clients.csv", utf8)]), refused(["unsafe path"], "upload", case="A member with an absolute path."))
    case("export__backslash_traversal.zip", zipped([("export\\..\\..\\clients.csv", utf8)]), refused(["unsafe path"], "upload", case="A member named with Windows separators and '..'."))
    case("export__duplicate_member.zip", _duplicate_member_zip(utf8), refused(["clients.csv twice"], "upload", case="Two members with the same name."))
    case("export__encrypted_member.zip", _encrypted_zip(utf8), refused(["encrypted"], "upload", case="A password-protected member."))
    case("export__not_a_zip.zip", b"Client ID;Client name\nC1;A\n", refused(["not a valid zip file"], "upload", case="A CSV named .zip."))
    case("export__truncated.zip", zipped([("clients.csv", utf8 * 50)])[:200], refused(["not a valid zip file"], "upload", case="A zip cut short."))
    case("export__bad_crc.zip", _bad_crc_zip(utf8), refused(["cannot be unzipped"], "upload", case="A member whose bytes do not match its CRC."))
    case("export__empty.zip", zipped([]), refused(["holds no files"], "upload", case="A zip without files."))
    case("export__unknown_member.zip", zipped([("stuff.csv", sample("clients.csv"))]),
         staged({"clients": 3}, case="A zip with an export whose file name names no object: recognised from its columns and values."))
    case("export__unrecognisable_member.zip", zipped([("stuff.csv", b"Foo;Bar;Baz\n1;2;3\n4;5;6\n")]),
         refused(["Cannot tell which Intrix object"], case="A zip with a file that neither its name nor its columns tie to an object."))


def _duplicate_member_zip(data):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        info = zipfile.ZipInfo("clients.csv", date_time=(2026, 1, 1, 0, 0, 0))
        archive.writestr(info, data)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "Duplicate name": exactly what this case is about
            archive.writestr(info, data)
    return buffer.getvalue()


def _encrypted_zip(data):
    # the "encrypted" flag bit as a password-protecting tool sets it, in the local and the central header
    # (zipfile resets flag bits when writing; the bytes themselves are not really encrypted here)
    content = bytearray(zipped([("clients.csv", data)], zipfile.ZIP_STORED))
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        position = content.index(signature) + offset
        content[position] |= 0x1
    return bytes(content)


def _bad_crc_zip(data):
    content = bytearray(zipped([("clients.csv", data)], zipfile.ZIP_STORED))
    position = content.index(b"Client ID")
    content[position] = ord("X")  # stored member: the bytes change, the CRC in the headers does not
    return bytes(content)


def main():
    build()
    for name, (content, expect) in sorted(CASES.items()):
        with open(os.path.join(HERE, name), "wb") as handle:
            handle.write(content)
        with open(os.path.join(HERE, name + ".expect.json"), "w", encoding="utf-8") as handle:
            json.dump(expect, handle, ensure_ascii=False, indent=1, sort_keys=True)
            handle.write("\n")
    print("%d cases written to %s" % (len(CASES), HERE))


if __name__ == "__main__":
    main()
