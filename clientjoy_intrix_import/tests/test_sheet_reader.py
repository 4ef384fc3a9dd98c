"""Spreadsheet and XML exports become the CSV exports the reader knows, value for value."""
import io
import os
import unittest

import openpyxl

from odoo.tests import tagged

from ..lib.csv_reader import read_table
from ..lib.sheet_reader import SheetError, cell_text, to_csv_files
from .common import IntrixCase

FORMATS = os.path.join(os.path.dirname(__file__), "..", "demo", "intrix_formats")


def sample(name):
    with open(os.path.join(FORMATS, name), "rb") as handle:
        return handle.read()


def table(files, name):
    content = dict(files)[name]
    return read_table(content, name)


class TestSheetReader(unittest.TestCase):
    def test_workbook_one_sheet_per_object(self):
        files = to_csv_files("intrix_export.xlsx", sample("intrix_export.xlsx"))
        self.assertEqual(len(files), 12)
        self.assertIn("opportunities.csv", dict(files))
        clients = table(files, "clients.csv")
        c1 = clients.rows[0]
        self.assertEqual(c1["Client name"], "Čebelarstvo Žužek d.o.o.")
        self.assertEqual(c1["Created"], "2023-02-03", "a date cell becomes an ISO date, never a serial number")
        self.assertEqual(c1["Postal code"], "1000")
        opportunities = table(files, "opportunities.csv")
        self.assertEqual([r["Value"] for r in opportunities.rows[:2]], ["12500", "48000.5"],
                         "number cells are written exactly: no thousands separator, dot decimals")

    def test_single_sheet_keeps_the_file_name(self):
        book = openpyxl.Workbook()
        book.active.title = "Sheet1"
        book.active.append(["Client ID", "Client name", "Active", "Score"])
        book.active.append(["C1", "Acme", True, 1234.5678])
        book.active.append([None, None, None, None])  # an empty used-range row Excel leaves behind
        data = io.BytesIO()
        book.save(data)
        files = to_csv_files("Stranke 2024.xlsx", data.getvalue())
        self.assertEqual([name for name, _content in files], ["Stranke 2024.csv"])
        rows = table(files, "Stranke 2024.csv").rows
        self.assertEqual(rows, [{"Client ID": "C1", "Client name": "Acme", "Active": "true",
                                 "Score": "1234.5678"}])

    def test_formula_without_value_is_refused_not_emptied(self):
        book = openpyxl.Workbook()
        book.active.append(["Opportunity ID", "Value"])
        book.active.append(["O1", "=100*12"])  # openpyxl writes the formula, not its value
        data = io.BytesIO()
        book.save(data)
        with self.assertRaises(SheetError) as caught:
            to_csv_files("deals.xlsx", data.getvalue())
        self.assertIn("=100*12", str(caught.exception))
        self.assertIn("row 2, column 2", str(caught.exception))

    def test_libreoffice_sheet(self):
        files = to_csv_files("clients.ods", sample("clients.ods"))
        self.assertEqual([name for name, _content in files], ["clients.csv"])
        rows = table(files, "clients.csv").rows
        self.assertEqual((rows[0]["Client ID"], rows[0]["Created"]), ("C1", "2023-02-03"))
        self.assertEqual(len(rows), 3)

    def test_xml_export(self):
        files = to_csv_files("contacts.xml", sample("contacts.xml"))
        contacts = table(files, "contacts.csv")
        self.assertEqual(contacts.headers[:3], ["id", "Client_ID", "Salutation"])
        self.assertEqual((contacts.rows[0]["id"], contacts.rows[0]["First_name"]), ("P1", "Špela"))

    def test_xml_nested_and_single_record(self):
        xml = (b"<export><deals><deal id='D1'><title>One &amp; only</title><amount currency='EUR'>1500.50</amount>"
               b"<owner><email>ana@example.si</email></owner></deal></deals></export>")
        rows = table(to_csv_files("deals.xml", xml), "deals.csv").rows
        self.assertEqual(rows, [{"id": "D1", "title": "One & only", "amount.currency": "EUR", "amount": "1500.50",
                                 "owner.email": "ana@example.si"}])

    def test_hostile_and_broken_files(self):
        bomb = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
                b"<rows><row><a>&lol2;</a></row><row><a>x</a></row></rows>")
        for name, content, words in (
            ("bomb.xml", bomb, "XML"),
            ("broken.xml", b"<rows><row><a>1</a></row>", "not well-formed"),
            ("empty.xml", b"<rows/>", "no repeated record"),
            ("broken.xlsx", b"PK\x03\x04 not really a workbook", "cannot be read"),
            ("old.xls", b"\xd0\xcf\x11\xe0 anything", "save it as .xlsx"),
        ):
            with self.subTest(name=name), self.assertRaises(SheetError) as caught:
                to_csv_files(name, content)
            self.assertIn(words, str(caught.exception))

    def test_row_limit(self):
        book = openpyxl.Workbook()
        for i in range(12):
            book.active.append(["id", "name"] if i == 0 else [str(i), "x"])
        data = io.BytesIO()
        book.save(data)
        with self.assertRaises(SheetError):
            to_csv_files("big.xlsx", data.getvalue(), max_rows=10)
        self.assertEqual(len(table(to_csv_files("big.xlsx", data.getvalue(), max_rows=11), "big.csv").rows), 11)

    def test_cell_text(self):
        self.assertEqual(cell_text(12500.0), "12500")
        self.assertEqual(cell_text(1e20), "1e+20")
        self.assertEqual(cell_text(None), "")


@tagged("post_install", "-at_install")
class TestWorkbookImport(IntrixCase):
    def test_workbook_upload_imports_like_the_csv_exports(self):
        wizard = self.env["clientjoy.intrix.upload.wizard"].create({
            "attachment_ids": [(0, 0, {"name": "intrix_export.xlsx", "raw": sample("intrix_export.xlsx")})],
            "fallback_user_id": self.env.ref("base.user_admin").id,
        })
        run = self.env["clientjoy.intrix.run"].browse(wizard.action_upload()["res_id"])
        self.assertFalse(run.error_message, run.error_message)
        self.assertEqual(len(run.file_ids.filtered(lambda f: f.kind == "csv")), 12, "one export per sheet")
        run.action_confirm_map()
        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        c1, _st = self.record(run, "clients", "C1")
        self.assertEqual((c1.name, c1.vat), ("Čebelarstvo Žužek d.o.o.", "SI12345678"))
        o1, _st = self.record(run, "opportunities", "O1")
        self.assertEqual(o1.expected_revenue, 12500.0, "a number cell is read as the number it is")
        self.assertEqual(str(o1.date_deadline), "2024-03-31", "a date cell is read as the date it is")
