"""The value parsers and the per-column format decisions on their own (no database)."""
import datetime
import unittest
from decimal import Decimal

from ..importers.schema import custom_field_name, selection_values
from ..lib import column_formats, parsers


def decide(columns, values, **locale):
    """{column: ColumnFormat} for rows given as dicts, numbered from line 1."""
    return column_formats.decide(columns, list(enumerate(values, start=1)), **locale)[0]


class TestNumbers(unittest.TestCase):
    def assertNumber(self, raw, expected, decimal=None):
        self.assertEqual(parsers.parse_number(raw, decimal), Decimal(expected), raw)

    def assertRefused(self, raw, message, decimal=None, parser=parsers.parse_number):
        with self.assertRaises(ValueError) as caught:
            parser(raw, decimal)
        self.assertIn(message, str(caught.exception), raw)

    def test_thousands_without_decimals_follow_the_column(self):
        # "1.500" / "12.000" read 1.5 / 12.0 before: now as the column decides, or refused on their own
        self.assertNumber("1.500", "1500", ",")
        self.assertNumber("12.000", "12000", ",")
        self.assertNumber("1.500", "1.5", ".")
        self.assertRefused("1.500", "ambiguous")
        self.assertEqual(parsers.number_shape("1.500"), "?")

    def test_exponents_and_non_finite(self):
        for raw in ("1e309", "inf", "-Infinity", "NaN", "1E400"):
            self.assertRefused(raw, "is not a finite number")
        self.assertNumber("1,5e3", "1500")  # a decimal comma: 1500, never 153
        self.assertNumber("1,5e3", "1500", ",")
        self.assertRefused("1,5e3", "does not fit", ".")
        self.assertNumber("2.5E-3", "0.0025", ".")

    def test_huge_numbers_are_refused_in_words(self):
        with self.assertRaises(ValueError) as caught:
            parsers.parse_float("9" * 400)
        self.assertIn("too large", str(caught.exception))
        self.assertLess(len(str(caught.exception)), 200, "the message does not repeat 400 digits")
        self.assertRefused("1e20", "too large")
        self.assertRefused("1234567890123456", "too large")
        self.assertNumber("123456789012345", "123456789012345")
        for bad in (float("inf"), float("nan"), 10 ** 400):
            with self.subTest(json=bad), self.assertRaises(ValueError):
                parsers.parse_float(bad)

    def test_integers_fit_postgresql_int4(self):
        self.assertEqual(parsers.parse_int("2147483647"), 2 ** 31 - 1)
        self.assertEqual(parsers.parse_int("1.500", ","), 1500)
        self.assertEqual(parsers.parse_int(3.0), 3)
        self.assertRefused("2147483648", "out of range", parser=parsers.parse_int)
        self.assertRefused("-2147483649", "out of range", parser=parsers.parse_int)
        self.assertRefused("2,5", "not a whole number", ",", parser=parsers.parse_int)
        with self.assertRaises(ValueError):
            parsers.parse_int(2 ** 40)

    def test_separators_of_the_world(self):
        cases = {
            "1 500,50": "1500.50", "1\u00a0500,50": "1500.50", "1\u202f500,50": "1500.50",
            "1'500.50": "1500.50", "1\u2019500.50": "1500.50", "1,50,000": "150000", "12,34,567.5": "1234567.5",
            "1.234.567": "1234567", "1,234,567.89": "1234567.89", "0,500": "0.500", "1234,567": "1234.567",
            ",5": "0.5", "1.500,-": "1500.00", "1'500.-": "1500.00",
        }
        for raw, expected in cases.items():
            with self.subTest(raw=raw):
                self.assertNumber(raw, expected)
        for raw in ("1.2.3", "1,2345.6", "12,34.5", "01.500,5", "1 50,5", "1.500.5", "1,500,5", "--5", "5..0"):
            with self.subTest(raw=raw):
                self.assertRefused(raw, "not a number")

    def test_currencies_percent_negatives(self):
        cases = {
            "€ 1.200,10": "1200.10", "1.200,10 €": "1200.10", "EUR 1.500,00": "1500.00", "1.500,00 EUR": "1500.00",
            "$1,500.00": "1500.00", "US$ 1,500.00": "1500.00", "CHF 1'500.50": "1500.50", "1.500 kn": "1500",
            "15%": "15", "12,5 %": "12.5", "(1.500,00)": "-1500.00", "1500-": "-1500", "-1.234,5": "-1234.5",
            "\u22121.234,5": "-1234.5", "-€1.234,5": "-1234.5", "€-1.234,5": "-1234.5", "(€ 1.234,50)": "-1234.50",
            "+7,5": "7.5",
        }
        for raw, expected in cases.items():
            with self.subTest(raw=raw):
                self.assertNumber(raw, expected, "." if raw.endswith(".00") or raw.endswith(".50") else ",")
        for raw in ("12 pcs", "approx. 1500", "EUR 1.500 USD", "-(5)", "1500--"):
            with self.subTest(raw=raw):
                self.assertRefused(raw, "not a number", ",")

    def test_value_against_its_column(self):
        self.assertRefused("1,234.56", "does not fit the column's number format", ",")
        self.assertRefused("1.5", "does not fit", ",")
        self.assertRefused("7,5", "does not fit", ".")


class TestNumberColumns(unittest.TestCase):
    def test_a_value_decides_and_the_note_says_which(self):
        fmt = decide({"Value": "float"}, [{"Value": "1.500"}, {"Value": "3"}, {"Value": "1.234,50"}])["Value"]
        self.assertEqual(fmt.decimal, ",")
        self.assertIn("decimal comma, thousands dot (from '1.234,50' in line 3)", fmt.note)
        self.assertIn("'1.500' in line 1 is read as 1500", fmt.note)

    def test_every_value_counts_not_a_sample(self):
        values = [{"V": "%s.000" % n} for n in range(1, 200)] + [{"V": "0.25"}]
        fmt = decide({"V": "float"}, values, delimiter=";")["V"]
        self.assertEqual(fmt.decimal, ".", "the one decisive value is the 200th")
        self.assertIn("'0.25' in line 200", fmt.note)

    def test_contradicting_values_are_named(self):
        values = [{"V": "1.234,50"}, {"V": "7,5"}, {"V": "1,234.50"}]
        fmt = decide({"V": "float"}, values)["V"]
        self.assertEqual(fmt.decimal, ",")
        self.assertIn("1 value(s) written with a decimal dot are refused (first: '1,234.50' in line 3)", fmt.note)
        with self.assertRaisesRegex(ValueError, "does not fit the column's number format"):
            parsers.parse_number("1,234.50", fmt.decimal, fmt.label)

    def test_ambiguous_column_decided_by_the_file(self):
        signals = {
            "the file has dd.mm.yyyy dates": dict(columns={"V": "float", "D": "date"}, extra={"D": "31.03.2024"}),
            "separated by ';'": dict(locale={"delimiter": ";"}),
            "encoded in cp1250": dict(locale={"encoding": "cp1250"}),
            "language of the administrator (de_DE)": dict(locale={"lang": "de_DE"}),
        }
        for reason, case in signals.items():
            with self.subTest(reason=reason):
                columns = case.get("columns", {"V": "float"})
                fmt = decide(columns, [dict({"V": "1.500"}, **case.get("extra", {}))], **case.get("locale", {}))["V"]
                self.assertEqual(fmt.decimal, ",")
                self.assertIn(reason, fmt.note)
                self.assertIn("is read as 1500", fmt.note)
        fmt = decide({"V": "float"}, [{"V": "1.500"}], lang="en_US")["V"]
        self.assertEqual(fmt.decimal, ".")
        self.assertIn("'1.500' in line 1 is read as 1.5", fmt.note)

    def test_other_amount_column_decides(self):
        rows = [{"Price": "1.500", "Total": "1.234,56"}]
        fmt = decide({"Price": "float", "Total": "float"}, rows, lang="en_US")["Price"]
        self.assertEqual(fmt.decimal, ",")
        self.assertIn("column 'Total' of the file has '1.234,56' in line 1", fmt.note)

    def test_whole_column_of_three_decimals_is_thousands(self):
        fmt = decide({"V": "float"}, [{"V": "1.500"}, {"V": "12.000"}], lang="en_US")["V"]
        self.assertEqual(fmt.decimal, ",")
        self.assertIn("as thousands do", fmt.note)

    def test_integers_say_nothing(self):
        self.assertEqual(decide({"V": "float"}, [{"V": "1500"}, {"V": "1 500"}, {"V": ""}, {"V": None}]), {})


class TestDates(unittest.TestCase):
    def test_a_date_is_the_day_as_written_and_a_dropped_time_is_named(self):
        # a date field keeps the source's calendar day, whatever the offset (not the UTC day)
        self.assertEqual(parsers.parse_date("2025-03-31T23:30:00-05:00"), datetime.date(2025, 3, 31))
        self.assertEqual(parsers.parse_date("2025-04-01T00:30:00+02:00"), datetime.date(2025, 4, 1))
        # a date-time field converts to UTC as before
        self.assertEqual(parsers.parse_datetime("2025-03-31T23:30:00-05:00"), datetime.datetime(2025, 4, 1, 4, 30))
        for raw, clock in [("03.02.2023 14:05", "14:05"), ("2024-03-01 10:00:05", "10:00:05"),
                           ("2025-03-31T23:30:00-05:00", "23:30"), ("03.02.2023", None), ("2024-03-01", None),
                           ("2024-03-01T00:00:00Z", None), ("not a date", None)]:
            self.assertEqual(parsers.dropped_time(raw, True), clock, raw)

    def test_api_decimals_have_a_dot(self):
        for raw, number in [("1,000", 1000.0), ("1.500", 1.5), ("21%", 21.0), ("10 %", 10.0), (2.5, 2.5), ("-5", -5.0)]:
            self.assertEqual(parsers.parse_api_decimal(raw), number, raw)
        with self.assertRaisesRegex(ValueError, "does not fit"):
            parsers.parse_api_decimal("1,5")

    def test_day_month_order_from_all_values(self):
        fmt = decide({"D": "date"}, [{"D": "03/04/2024"}, {"D": "25/04/2024"}])["D"]
        self.assertTrue(fmt.day_first)
        self.assertIn("day/month/year (from '25/04/2024' in line 2)", fmt.note)
        self.assertEqual(parsers.parse_date("03/04/2024", fmt.day_first), datetime.date(2024, 4, 3))
        fmt = decide({"D": "date"}, [{"D": "03/04/2024"}, {"D": "04/25/2024"}])["D"]
        self.assertFalse(fmt.day_first)
        self.assertEqual(parsers.parse_date("03/04/2024", fmt.day_first), datetime.date(2024, 3, 4))

    def test_all_ambiguous_decided_by_the_locale_and_said(self):
        fmt = decide({"D": "date"}, [{"D": "03/04/2024"}], lang="en_US")["D"]
        self.assertFalse(fmt.day_first)
        self.assertIn("the language of the administrator (en_US)", fmt.note)
        fmt = decide({"D": "date"}, [{"D": "03/04/2024"}], delimiter=";")["D"]
        self.assertTrue(fmt.day_first)
        self.assertIn("separated by ';'", fmt.note)

    def test_no_silent_swap(self):
        with self.assertRaisesRegex(ValueError, "ambiguous"):
            parsers.parse_date("03/04/2024")
        with self.assertRaisesRegex(ValueError, r"not a date in the column's order \(day/month/year\)"):
            parsers.parse_date("04/25/2024", True)
        fmt = decide({"D": "date"}, [{"D": "25/04/2024"}, {"D": "26/04/2024"}, {"D": "04/27/2024"}])["D"]
        self.assertIn("1 date(s) only readable the other way are refused (first: '04/27/2024' in line 3)", fmt.note)

    def test_two_digit_years_are_stated(self):
        fmt = decide({"D": "date"}, [{"D": "03.04.24"}, {"D": "01.01.1999"}])["D"]
        self.assertIn("two-digit years: 00-68 are 2000-2068, 69-99 are 1969-1999 ('03.04.24' in line 1)", fmt.note)
        self.assertEqual(parsers.parse_date("03.04.24"), datetime.date(2024, 4, 3))
        self.assertEqual(parsers.parse_date("03.04.71"), datetime.date(1971, 4, 3))

    def test_formats(self):
        cases = {
            "31.03.2024": datetime.date(2024, 3, 31), "1. 3. 2024": datetime.date(2024, 3, 1),
            "2024-03-31": datetime.date(2024, 3, 31), "2024/03/31": datetime.date(2024, 3, 31),
            "31-03-2024": datetime.date(2024, 3, 31), "25 Apr 2024": datetime.date(2024, 4, 25),
        }
        for raw, expected in cases.items():
            with self.subTest(raw=raw):
                self.assertEqual(parsers.parse_date(raw), expected)
        self.assertEqual(parsers.parse_datetime("04/25/2024 2:30 PM"), datetime.datetime(2024, 4, 25, 14, 30))
        self.assertEqual(parsers.parse_datetime("05.02.2024 10:30"), datetime.datetime(2024, 2, 5, 10, 30))
        for bad in ("31.02.2024", "2024-13-01", "13/13/2024", "05.02.2024 25:00", "1.3.024"):
            with self.subTest(bad=bad), self.assertRaises(ValueError):
                parsers.parse_datetime(bad)


class TestCustomFieldNames(unittest.TestCase):
    def test_long_headers_keep_apart(self):
        first = "Annual revenue forecast for the next fiscal year in the region (EUR)"
        second = "Annual revenue forecast for the next fiscal year in the region (USD)"
        self.assertNotEqual(custom_field_name(first), custom_field_name(second))
        self.assertLessEqual(len(custom_field_name(first)), 60)
        self.assertEqual(custom_field_name(first), custom_field_name(first), "stable from run to run")
        self.assertEqual(custom_field_name("Region"), "x_cji_region")

    def test_alike_headers_of_one_object(self):
        taken = {custom_field_name("E-mail 2")}
        self.assertEqual(custom_field_name("E mail 2", taken), "x_cji_e_mail_2_2")

    def test_selection_keys_are_distinct(self):
        values = selection_values(["A-B", "A/B", "a b", "North", "north", "North", " "])
        keys = [key for key, _label in values]
        self.assertEqual(len(keys), len(set(keys)))
        self.assertEqual([label for _key, label in values], ["A-B", "A/B", "a b", "North", "north"])


class TestConvert(unittest.TestCase):
    """The value conversion of the field map on values from JSON (the Clientjoy API)."""

    def test_json_numbers_are_checked(self):
        from ..models.import_run_mapping import _convert

        for kind in ("float", "int", "char", "text"):
            for raw in (float("nan"), float("inf")):
                with self.subTest(kind=kind, raw=raw), self.assertRaisesRegex(ValueError, "not a finite number"):
                    _convert(kind, raw)
        with self.assertRaisesRegex(ValueError, "too large"):
            _convert("float", 10 ** 400)
        with self.assertRaisesRegex(ValueError, "out of range"):
            _convert("int", 2 ** 31)
        self.assertEqual(_convert("float", 12), 12.0)
        self.assertEqual(_convert("int", 7.0), 7)
        self.assertEqual(_convert("float", "1.500", column_formats.ColumnFormat(decimal=",")), 1500.0)
