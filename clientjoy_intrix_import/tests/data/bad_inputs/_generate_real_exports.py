"""Writes the cases of the malformed-input corpus that imitate real exports of other tools and locales
(Excel in German/French/US locale, Google Sheets, LibreOffice, Salesforce, Mac, DOS...): one file per
case and its ``<file name>.expect.json`` (format in README.md beside this script).

    python clientjoy_intrix_import/tests/data/bad_inputs/_generate_real_exports.py

Written from how those tools write files, not from what the reader does: each expectation is what a
careful administrator expects (read exactly, or refused / flagged in words). Deterministic.
"""
import codecs
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = {}

OPP = ["Opportunity ID", "Name", "Client ID", "Contact ID", "Pipeline", "Stage", "Value", "Currency",
       "Expected close", "Owner e-mail", "Description"]
CLIENTS = ["Client ID", "Client name", "Industry", "Phone", "E-mail", "Address", "City", "Postal code", "Country",
           "VAT", "Owner e-mail", "Created"]
OWNER = "ana.novak@example.si"


def case(name, content, expect):
    CASES[name] = (content, expect)


def staged(rows, records=(), **extra):
    return dict({"outcome": "staged", "rows": rows, "records": list(records)}, **extra)


def refused(contains, **extra):
    return dict({"outcome": "refused", "error_contains": contains}, **extra)


def quote(value, delimiter, always=False):
    if always or any(c in value for c in (delimiter, '"', "\n", "\r")):
        return '"%s"' % value.replace('"', '""')
    return value


def lines(rows, delimiter=";", end="\r\n", always=False, final=True):
    text = end.join(delimiter.join(quote(v, delimiter, always) for v in row) for row in rows)
    return text + (end if final else "")


def opportunities(values, dates, currency="EUR", description=None):
    """Rows O1.. of an opportunities export with the given Value and Expected close cells."""
    rows = [OPP]
    for index, (value, date) in enumerate(zip(values, dates), start=1):
        rows.append(["O%d" % index, "Deal %d" % index, "C1", "", "Sales", "New", value, currency, date, OWNER,
                     (description or [""] * len(values))[index - 1]])
    return rows


def amounts(expected, date=None):
    """Record checks: O1.. have these expected revenues (None: flagged in words, see flagged())."""
    checks = []
    for index, amount in enumerate(expected, start=1):
        if amount is None:
            continue
        values = {"expected_revenue": amount}
        if date:
            values["date_deadline"] = date
        checks.append({"object": "opportunities", "ref": "O%d" % index, "values": values})
    return checks


def flagged(ref, *words, obj="opportunities"):
    return {"object": obj, "ref": ref, "state": ["warning", "error"], "message_contains": list(words)}


def clients(names, delimiter=";", extra=None):
    rows = [CLIENTS]
    for index, name in enumerate(names, start=1):
        row = ["C%d" % index, name, "Retail", "+386 1 234 5678", "c%d@example.com" % index, "Main St. %d" % index,
               "Ljubljana", "1000", "Slovenia", "", OWNER, "03.02.2023"]
        rows.append(row)
    return rows


def exact_names(names, obj="clients", column="Client name"):
    return [{"object": obj, "ref": "C%d" % i, "payload": {column: n}} for i, n in enumerate(names, start=1)]


def build():
    # ------------------------------------------------------------------ Excel
    rows = opportunities(["1.234,56", "12.500,00", "99,90"], ["31.12.2024", "01.02.2025", "15.06.2024"])
    case("opportunities__excel_utf8_bom_sep_line.csv",
         codecs.BOM_UTF8 + ("sep=;\r\n" + lines(rows)).encode(),
         staged({"opportunities": 3}, amounts([1234.56, 12500.0, 99.9]) + [
             {"object": "opportunities", "ref": "O2", "values": {"date_deadline": "2025-02-01"}}],
             case="Excel 'CSV UTF-8' prepared for Excel with a 'sep=;' first line (BOM, CRLF, decimal comma): "
                  "the sep= line names the delimiter, it is neither the header nor a record."))

    descriptions = ["Angebot für Müller – „Premium“", "Kunde sagt: “später”", "Rabatt 5 % … ok"]
    rows = opportunities(["1.234,56 €", "99,90 €", "12.500,00 €"], ["31.12.2024", "01.02.2025", "15.06.2024"],
                         description=descriptions)
    case("opportunities__excel_de_cp1252_euro_after.csv", lines(rows).encode("cp1252"),
         staged({"opportunities": 3}, amounts([1234.56, 99.9, 12500.0]) + [
             {"object": "opportunities", "ref": "O%d" % i, "payload": {"Description": d}}
             for i, d in enumerate(descriptions, start=1)],
             case="German Excel 'CSV (Trennzeichen-getrennt)': cp1252, ';', amounts '1.234,56 €' (symbol after the "
                  "amount), dd.mm.yyyy, typographic quotes and dashes (cp1252 0x84/0x93/0x94/0x96/0x85)."))

    rows = opportunities(["1\u00a0234,56\u00a0€", "12\u202f500,00\u00a0€", "999,5"],
                         ["31/12/2024", "01/02/2025", "15/06/2024"])
    case("opportunities__excel_fr_nbsp_groups.csv", codecs.BOM_UTF8 + lines(rows).encode(),
         staged({"opportunities": 3}, amounts([1234.56, 12500.0, 999.5]) + [
             {"object": "opportunities", "ref": "O2", "values": {"date_deadline": "2025-02-01"}}],
             case="French Excel: thousands grouped with a no-break space (U+00A0) or a narrow no-break space "
                  "(U+202F), decimal comma, '€' after, dd/mm/yyyy (31/12 decides day first, so 01/02 is 1 February)."))

    rows = opportunities(["45657", "45659", "45458"], ["45657", "45659", "45458"])
    case("opportunities__excel_serial_dates.csv", lines(rows, ",").encode(),
         staged({"opportunities": 3}, [flagged("O1", "45657"), flagged("O2", "45659")] + [
             {"object": "opportunities", "ref": "O1", "values": {"expected_revenue": 45657.0}}],
             case="Dates saved by Excel as serial numbers (45657 = 31.12.2024, a cell without date format): "
                  "never a silently wrong date: flagged in words (or read as the serial's date)."))

    rows = opportunities(["(1.234,56)", "1.234,56-", "\u22121.234,56"], ["31.12.2024"] * 3)
    case("opportunities__parentheses_negative.csv", lines(rows).encode(),
         staged({"opportunities": 3}, amounts([-1234.56] * 3, "2024-12-31"),
                case="Accounting exports: negative amounts in parentheses, with a trailing minus (SAP) and with "
                     "the Unicode minus sign U+2212 (Numbers, LibreOffice)."))

    rows = opportunities(["1'234.50", "CHF 12'500.00", "1\u2019500.\u2013"], ["31.12.2024"] * 3, currency="CHF")
    case("opportunities__swiss_apostrophe.csv", lines(rows).encode(),
         staged({"opportunities": 3}, amounts([1234.5, 12500.0, 1500.0]),
                case="Swiss exports: thousands with an apostrophe (ASCII or U+2019), 'CHF' before, '1'500.–' "
                     "(whole francs)."))

    rows = opportunities(["\u20b912,34,567.89", "1,00,000", "5,00,00,000.50"], ["2024-12-31"] * 3, currency="INR")
    case("opportunities__indian_grouping.csv", lines(rows, ",").encode(),
         staged({"opportunities": 3}, amounts([1234567.89, 100000.0, 50000000.5], "2024-12-31"),
                case="Indian digit grouping (lakh/crore: 12,34,567.89), rupee sign before."))

    rows = opportunities(["1.234,56", "2.500,00", "99,90", "1,234.56"], ["31.12.2024"] * 4)
    case("opportunities__value_pasted_other_locale.csv", lines(rows).encode(),
         staged({"opportunities": 4}, amounts([1234.56, 2500.0, 99.9]) + [flagged("O4", "1,234.56")],
                case="A decimal-comma column with one amount pasted from a US sheet ('1,234.56'): that value is "
                     "flagged, never read as 1.23456."))

    rows = opportunities(["1.500,00", "2.000,00", "15%", "12,5 %"], ["31.12.2024"] * 4)
    case("opportunities__percent_in_amount.csv", lines(rows).encode(),
         staged({"opportunities": 4}, amounts([1500.0, 2000.0]) + [flagged("O3", "15%"), flagged("O4", "12,5 %")],
                case="A percentage typed into the amount column (a discount, not an amount): flagged in words, "
                     "not stored as 15 EUR."))

    rows = opportunities(["1,5E+06", "2.000,00", "3,25E+03"], ["31.12.2024"] * 3)
    case("opportunities__excel_scientific.csv", lines(rows).encode(),
         staged({"opportunities": 3}, amounts([1500000.0, 2000.0, 3250.0]),
                case="German Excel writes large numbers of a cell in 'General' format in scientific notation "
                     "('1,5E+06')."))

    rows = opportunities(["EUR 1.234,56", "EUR -500,00", "-€ 99,00"], ["31.12.2024"] * 3)
    case("opportunities__currency_code_before.csv", lines(rows).encode(),
         staged({"opportunities": 3}, amounts([1234.56, -500.0, -99.0]),
                case="Currency code or symbol before the amount, with the minus before or after it."))

    # ------------------------------------------------------------------ Google Sheets, LibreOffice, Salesforce
    rows = opportunities(["$1,234.56", "$12,500.00", "$999.50"], ["12/31/2024", "1/2/2025", "6/15/2024"],
                         currency="USD")
    case("opportunities__google_sheets_us.csv", lines(rows, ",", final=False).encode(),
         staged({"opportunities": 3}, amounts([1234.56, 12500.0, 999.5]) + [
             {"object": "opportunities", "ref": "O1", "values": {"date_deadline": "2024-12-31"}},
             {"object": "opportunities", "ref": "O2", "values": {"date_deadline": "2025-01-02"}}],
             case="Google Sheets 'Download as CSV' from a US sheet: ',', CRLF, no line end after the last row, "
                  "'$1,234.56', m/d/yyyy without leading zeros (12/31 decides month first: 1/2/2025 is 2 January)."))

    rows = opportunities(["$1,500", "$2,000", "$12,500"], ["12/31/2024", "01/15/2025", "06/15/2024"], currency="USD")
    case("opportunities__us_thousands_only.csv", lines(rows, ",").encode(),
         staged({"opportunities": 3}, amounts([1500.0, 2000.0, 12500.0]),
                case="A US export of whole dollars: '$1,500' (thousands comma, no cents) in a ',' file with m/d/yyyy "
                     "dates: 1500, not 1.5."))

    rows = opportunities(["1234,56", "12500", "99,9"], ["31.12.24", "01.02.25", "15.06.24"])
    case("opportunities__libreoffice_two_digit_years.csv", lines(rows, ",", end="\n", always=True).encode(),
         staged({"opportunities": 3}, [
             {"object": "opportunities", "ref": "O1", "values": {"expected_revenue": 1234.56,
                                                                 "date_deadline": "2024-12-31"}},
             {"object": "opportunities", "ref": "O2", "values": {"expected_revenue": 12500.0,
                                                                 "date_deadline": "2025-02-01"}}],
             case="LibreOffice Calc (German locale) with 'Quote all text cells': ',' delimiter, every value "
                  "quoted, LF, decimal comma without thousands, dd.mm.yy dates."))

    rows = opportunities(["1234.56", "12500", "999.5"],
                         ["2024-12-31T10:00:00.000Z", "2025-01-02T09:30:00Z", "2024-06-15T10:00:00+02:00"])
    case("opportunities__salesforce_iso_timestamps.csv", lines(rows, ",", always=True).encode(),
         staged({"opportunities": 3}, [
             {"object": "opportunities", "ref": "O1", "values": {"date_deadline": "2024-12-31"}},
             {"object": "opportunities", "ref": "O2", "values": {"date_deadline": "2025-01-02"}},
             {"object": "opportunities", "ref": "O3", "values": {"date_deadline": "2024-06-15"}}],
             case="Salesforce Data Loader: every value quoted, ISO-8601 timestamps with milliseconds, 'Z' or an "
                  "offset."))

    rows = opportunities(["1.234,56"] * 4, ["31.12.2024", "2024-12-31", "12/31/2024", "31 Dec 2024"])
    case("opportunities__dates_mixed_formats.csv", lines(rows).encode(),
         staged({"opportunities": 4}, amounts([1234.56] * 4, "2024-12-31"),
                case="A sheet merged from several tools: one date column holding dd.mm.yyyy, ISO, m/d/yyyy and "
                     "'31 Dec 2024' (each one reads one way only)."))

    # ------------------------------------------------------------------ encodings
    names = ["Žužek “Čebelarstvo” d.o.o.", "東京商事株式会社", 'Acme "Best"\tLtd.', "Café Zoë"]
    rows = clients(names)
    case("clients__excel_unicode_text_utf16.csv", codecs.BOM_UTF16_LE + lines(rows, "\t").encode("utf-16-le"),
         staged({"clients": 4}, exact_names(names),
                case="Excel 'Unicode Text (*.txt)' renamed .csv: UTF-16 LE with BOM, tab separated, CRLF, values "
                     "with quotes or tabs quoted."))

    names = ["Crème & Café SARL", "Fête à Genève SA", "Bjørn Ærø AS", "Blåbær Økologisk", "“Le Petit” – Boulangerie"]
    rows = clients(names)
    case("clients__cp1252_western_names.csv", lines(rows).encode("cp1252"),
         staged({"clients": 5}, exact_names(names),
                case="A French/Norwegian Windows export in cp1252 (ANSI): à ê è ø Æ å read as cp1250 would be "
                     "ŕ ę č ř Ć ĺ without a word."))

    mac = "Client ID;Client name;City\rC1;Müller AG;Zürich\rC2;Café Olé;Genève\r".encode("mac_roman")
    case("clients__mac_roman.csv", mac,
         refused(["clients__mac_roman.csv"],
                 case="Excel for Mac 2011 'CSV (Macintosh)': Mac Roman, CR line ends. 'ü' is 0x9F, 'é' 0x8E: read "
                      "as cp1250 they become 'ź' and 'Ž'. Not readable exactly: refused in words."))

    names = ["🍯 Honey & Co 👩\u200d💻", "شركة الأمل للتجارة", 'חברת אור בע"מ', "Zoe\u0308 Ltd (NFD)"]
    rows = clients(names, ",")
    case("clients__emoji_rtl_combining.csv", lines(rows, ",", end="\n").encode(),
         staged({"clients": 4}, exact_names(names),
                case="UTF-8 without BOM: emoji (4-byte, ZWJ sequence), Arabic and Hebrew (RTL, a quote inside), "
                     "a combining diaeresis (NFD): every code point kept as it is."))

    # ------------------------------------------------------------------ structure
    rows = clients(["Alpha d.o.o.", "Beta GmbH", "Gamma SpA"])
    text = "\r\n".join(";".join(row) + ";" for row in rows) + "\r\n"
    case("clients__trailing_delimiter_every_line.csv", text.encode(),
         staged({"clients": 3}, exact_names(["Alpha d.o.o.", "Beta GmbH", "Gamma SpA"]),
                case="An export that ends every line, the header too, with the delimiter (an empty last column "
                     "that holds nothing anywhere)."))

    text = ('"Client ID", "Client name", "City", "E-mail"\n'
            '"C1", "Acme, Inc.", "Boston", "info@acme.com"\n'
            '"C2", "Smith & Sons, LLC", "Austin", "hello@smith.com"\n')
    case("clients__quoted_after_space.csv", text.encode(),
         refused(["line 2", "fields but the header has 4"],
                 case="A hand-written or scripted export with a blank after each comma before the quote "
                      "('\"C1\", \"Acme, Inc.\"'): for the csv module the quote is then text, the comma inside "
                      "splits the value. Refused in words (the row is wider than the header), never misread."))

    body = lines(clients(["Alpha d.o.o.", "Beta GmbH", "Gamma SpA"]))
    more = lines([["C4", "Delta AG", "Retail", "", "c4@example.com", "", "Graz", "8010", "Austria", "", OWNER,
                   "03.02.2023"]])
    case("clients__bom_mid_file_concatenated.csv", codecs.BOM_UTF8 + body.encode() + codecs.BOM_UTF8 + more.encode(),
         refused(["line 5"],
                 case="Two UTF-8 exports joined with 'copy /b a.csv+b.csv' (the second without its header): a BOM "
                      "starts line 5. Read as data, the id would be '\\ufeffC4'; the join is refused, naming the line."))

    text = lines(clients(["Alpha d.o.o.", "Beta GmbH", "Gamma SpA"])) + "\x1a"
    case("clients__dos_eof_marker.csv", text.encode("cp1250"),
         staged({"clients": 3}, exact_names(["Alpha d.o.o.", "Beta GmbH", "Gamma SpA"]),
                case="A DOS-era export tool ends the file with Ctrl-Z (0x1A): no record is invented from it."))

    rows = [CLIENTS + ["Custom_Field_%03d__c" % i for i in range(388)]]
    for index in range(1, 51):
        rows.append(["C%d" % index, "Account %d" % index, "Retail", "", "a%d@example.com" % index, "", "Lyon", "69001",
                     "France", "", OWNER, "03.02.2023"] + ["v%d_%d" % (index, i) for i in range(388)])
    case("clients__wide_salesforce_export.csv", lines(rows, ",").encode(),
         staged({"clients": 50}, [{"object": "clients", "ref": "C50", "payload": {
             "Client name": "Account 50", "Custom_Field_387__c": "v50_387"}}],
             max_seconds=30, case="A Salesforce report of accounts with 400 columns (388 custom fields): "
                                  "every column gets a map proposal (about 9 s on the shared test machine)."))

    # ------------------------------------------------------------------ values
    rows = clients(["Acme Corp", "Beta GmbH", "Gamma SpA"])
    rows[1][4] = "info@acme\u200b.com"
    rows[2][4] = "\u200binfo@gamma.it"
    case("clients__zero_width_in_email.csv", lines(rows).encode(),
         staged({"clients": 3}, [flagged("C1", "info@acme", obj="clients"), flagged("C2", "info@gamma", obj="clients")],
                case="E-mail addresses copied from a web page carry a zero-width space (U+200B): invisible, but "
                     "never deliverable; flagged, not stored silently."))

    rows = clients(["   ", "\u00a0\u00a0", "\t", "Delta AG"])
    case("clients__whitespace_only_values.csv", lines(rows).encode(),
         staged({"clients": 4}, [
             {"object": "clients", "ref": "C%d" % i, "state": "error"} for i in (1, 2, 3)] + [
             {"object": "clients", "ref": "C4", "payload": {"Client name": "Delta AG"}}],
             case="Names of only spaces, no-break spaces or a tab: a missing name (an error on the record), "
                  "never a client called ' '."))

    rows = [["User ID", "Name", "E-mail", "Active"], ["U1", "Ana Novak", OWNER, "VRAI"],
            ["U2", "Marko Kranjc", "marko@example.si", "FAUX"], ["U3", "Eva Horvat", "eva@example.si", "WAHR"]]
    case("users__excel_fr_de_booleans.csv", lines(rows).encode(),
         staged({"users": 3}, [
             {"object": "users", "ref": "U1", "values": {"active": True}},
             {"object": "users", "ref": "U2", "values": {"active": False}},
             {"object": "users", "ref": "U3", "values": {"active": True}}],
             case="Booleans as French and German Excel write them (VRAI/FAUX, WAHR/FALSCH)."))

    # ------------------------------------------------------------------ size
    rows = [["Employee e-mail", "Project ID", "Task ID", "Date", "Hours", "Note"]]
    rows += [["e%d@example.si" % (i % 7), "J1", "T1", "01.04.2024", "0,%d" % (i % 10), ""] for i in range(30000)]
    case("working_hours__many_tiny_rows.csv", lines(rows, ";", end="\n").encode(),
         staged({"working_hours": 30000}, [
             {"object": "working_hours", "row": 30000, "values": {"hours": 0.9}}],
             max_seconds=120, case="30 000 rows of tiny values (a timesheet export of a year)."))

    # ------------------------------------------------------------------ pathological number parsing (#20)
    big = 300000
    values = ["1" * 100000, "1" + " " * big + "2x", "1" + "\u00a0" * big + "234,56 €", "0," + "0" * 100000 + "1",
              "EUR" + " " * big + "1.5x", "1.234,56"]
    rows = opportunities(values, ["31.12.2024"] * len(values))
    case("opportunities__number_parsing_pathological.csv", lines(rows).encode(),
         staged({"opportunities": len(values)}, [
             flagged("O1", "too large"), flagged("O2", "not a number"), flagged("O3", "not a number"),
             flagged("O4", "too small"), flagged("O5", "not a number"),
             {"object": "opportunities", "ref": "O6", "values": {"expected_revenue": 1234.56}}],
             max_seconds=20,
             case="Pathological number parsing: 100 000 digits, 300 000 blanks between two digits before a "
                  "letter (a backtracking regular expression would be quadratic), a tiny fraction of 100 000 "
                  "zeros; each flagged in words, linear in the value's length."))


def main():
    build()
    for name, (content, expect) in sorted(CASES.items()):
        with open(os.path.join(HERE, name), "wb") as handle:
            handle.write(content)
        with open(os.path.join(HERE, name + ".expect.json"), "w", encoding="utf-8") as handle:
            json.dump(expect, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
    print("%d cases written" % len(CASES))


if __name__ == "__main__":
    main()
