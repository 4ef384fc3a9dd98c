"""Spreadsheet (.xlsx, .xlsm, .ods) and XML exports turned into the CSV exports the reader knows.

Many CRMs (and admins) export to Excel, LibreOffice or XML rather than CSV. Each sheet of a workbook,
or the repeated record element of an XML document, becomes one UTF-8 CSV file, so that every later
step (object guess, limits, encoding-free reading, staging, field map) is the one CSV exports go
through. Values are written so that nothing is lost or reinterpreted on the way: dates as ISO
``yyyy-mm-dd`` (datetimes ``yyyy-mm-ddThh:mm:ss``), numbers as Python writes them (``1500``, ``12.5``:
dot decimals, no thousands separator), booleans as ``true``/``false``, formulas by their cached value.

Pure Python (openpyxl from Odoo's requirements, odfpy and xmltodict from the addon's): no Odoo import.
"""
import csv
import datetime
import io
import os
import re

from .i18n import _

SPREADSHEET_EXTENSIONS = (".xlsx", ".xlsm", ".ods")
#: read by nothing here: said so in words (save as .xlsx or CSV)
OLD_SPREADSHEET_EXTENSIONS = (".xls", ".numbers")
XML_EXTENSIONS = (".xml",)


class SheetError(ValueError):
    """A spreadsheet or XML export that cannot be read; the message says why and what to do."""


def is_convertible(name):
    return name.lower().endswith(SPREADSHEET_EXTENSIONS + OLD_SPREADSHEET_EXTENSIONS + XML_EXTENSIONS)


def to_csv_files(name, content, max_rows=None):
    """[(csv file name, UTF-8 CSV bytes)] of a spreadsheet or XML export.

    A workbook with one sheet keeps the file's name (``Clients.xlsx`` -> ``Clients.csv``); with several,
    each sheet that holds data is named after the sheet (``Contacts`` -> ``Contacts.csv``), as one
    sheet per object. ``max_rows`` bounds the rows read per sheet (the run's row limit).
    """
    lower = name.lower()
    try:
        if lower.endswith((".xlsx", ".xlsm")):
            sheets = _xlsx_sheets(content, max_rows)
        elif lower.endswith(".ods"):
            sheets = _ods_sheets(content, max_rows)
        elif lower.endswith(XML_EXTENSIONS):
            sheets = [(None, _xml_rows(name, content, max_rows))]
        elif lower.endswith(OLD_SPREADSHEET_EXTENSIONS):
            raise SheetError(_("%s is in an old spreadsheet format: save it as .xlsx (or CSV) and upload that", name))
        else:
            raise SheetError(_("%s is not a spreadsheet or XML export", name))
    except SheetError:
        raise
    except Exception as exc:  # noqa: BLE001 - any library failure on a damaged file, said in words
        raise SheetError(_("%(name)s cannot be read as a spreadsheet: %(error)s", name=name, error=exc)) from exc
    sheets = [(sheet, rows) for sheet, rows in sheets if rows and any(any(cell for cell in row) for row in rows)]
    if not sheets:
        raise SheetError(_("%s holds no data", name))
    stem = os.path.splitext(os.path.basename(name))[0]
    files = []
    for sheet, rows in sheets:
        file_name = "%s.csv" % (stem if len(sheets) == 1 or not sheet else _safe_name(sheet))
        files.append((file_name, _csv_bytes(rows)))
    return files


def _safe_name(sheet):
    return re.sub(r"[\\/:*?\"<>|]+", "_", sheet).strip() or "sheet"


def _csv_bytes(rows):
    """UTF-8 CSV of ``rows`` with trailing empty columns and rows dropped (what "used range" adds)."""
    rows = [list(row) for row in rows]
    while rows and not any(rows[-1]):
        rows.pop()
    width = max((max((i + 1 for i, cell in enumerate(row) if cell != ""), default=0) for row in rows), default=0)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in rows:
        writer.writerow((row + [""] * width)[:width])
    return out.getvalue().encode("utf-8")


def cell_text(value):
    """The text of one cell value, written so that the CSV reader and parsers read it back exactly."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time(0):
            return value.date().isoformat()
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return str(value)
        # 12500.0 -> "12500"; otherwise the shortest text that reads back as the same float
        return str(int(value)) if value.is_integer() and abs(value) < 1e16 else repr(value)
    return str(value).strip()


def _bounded(rows, max_rows):
    result = []
    for row in rows:
        result.append(row)
        if max_rows is not None and len(result) > max_rows + 1:  # header + max_rows
            raise SheetError(_("a sheet has more than %s rows", max_rows))
    return result


def _xlsx_sheets(content, max_rows):
    import openpyxl

    # read_only streams the sheets; data_only gives the values Excel computed for formulas. A formula a
    # tool wrote without its value reads as empty there: read the formulas alongside to say so instead
    values = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    formulas = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=False)
    try:
        return [(sheet.title, _bounded(_xlsx_rows(sheet, formulas[sheet.title]), max_rows))
                for sheet in values.worksheets]
    finally:
        values.close()
        formulas.close()


def _xlsx_rows(sheet, formula_sheet):
    for number, (row, formula_row) in enumerate(zip(sheet.iter_rows(values_only=True),
                                                    formula_sheet.iter_rows(values_only=True)), start=1):
        for column, (value, formula) in enumerate(zip(row, formula_row), start=1):
            if value is None and isinstance(formula, str) and formula.startswith("="):
                raise SheetError(_(
                    "sheet %(sheet)s, row %(row)s, column %(column)s holds a formula (%(formula)s) without its computed "
                    "value: open the file in Excel or LibreOffice, save it, and upload it again",
                    sheet=sheet.title, row=number, column=column, formula=formula[:60]))
        yield [cell_text(v) for v in row]


def _ods_sheets(content, max_rows):
    from odf import opendocument, table, text

    document = opendocument.load(io.BytesIO(content))
    sheets = []
    for sheet in document.spreadsheet.getElementsByType(table.Table):
        rows = []
        for row in sheet.getElementsByType(table.TableRow):
            values = []
            for cell in row.getElementsByType(table.TableCell):
                repeat = int(cell.getAttribute("numbercolumnsrepeated") or 1)
                values.extend([_ods_cell(cell, text)] * min(repeat, 1024))  # a repeated empty tail
            repeat_rows = int(row.getAttribute("numberrowsrepeated") or 1)
            for _copy in range(min(repeat_rows, 1 if not any(values) else repeat_rows)):
                rows.append(values)
        sheets.append((sheet.getAttribute("name"), _bounded(rows, max_rows)))
    return sheets


def _ods_cell(cell, text):
    kind = cell.getAttribute("valuetype")
    if kind in ("float", "percentage", "currency"):
        return cell_text(float(cell.getAttribute("value")))
    if kind == "date":
        return cell.getAttribute("datevalue")
    if kind == "boolean":
        return cell_text(cell.getAttribute("booleanvalue") == "true")
    return "\n".join(str(p) for p in cell.getElementsByType(text.P))


def _xml_rows(name, content, max_rows):
    """Rows of an XML export: the header is the union of the fields of the repeated record element."""
    import xmltodict

    try:
        # no entity expansion, no external entities: an export is data, never a fetch or a bomb
        document = xmltodict.parse(content, disable_entities=True)
    except Exception as exc:  # noqa: BLE001 - expat errors carry the line and column
        raise SheetError(_("%(name)s is not well-formed XML: %(error)s", name=name, error=exc)) from exc
    records = _find_records(document)
    if records is None:
        raise SheetError(_("%s has no repeated record element (like <client> inside <clients>)", name))
    if max_rows is not None and len(records) > max_rows:
        raise SheetError(_("%(name)s has more than %(max)s records", name=name, max=max_rows))
    flat = [_flatten(record) for record in records]
    headers = []
    for record in flat:
        for key in record:
            if key not in headers:
                headers.append(key)
    return [headers] + [[record.get(h, "") for h in headers] for record in flat]


def _find_records(node):
    """The records of an XML document: the first list of elements met going down from the root
    (breadth first); in a document of one record, the element where the chain of single children ends."""
    queue = [node]
    while queue:
        current = queue.pop(0)
        if isinstance(current, list):
            if current and all(isinstance(item, dict) for item in current):
                return current
            continue
        if isinstance(current, dict):
            queue.extend(value for key, value in current.items() if not key.startswith(("@", "#")))
    while isinstance(node, dict) and len(node) == 1 and isinstance(next(iter(node.values())), dict):
        node = next(iter(node.values()))
    return [node] if isinstance(node, dict) and any(value is not None for value in node.values()) else None


def _flatten(record, prefix=""):
    """{"Name": ..., "Address.City": ..., "@id": ...}: attributes and nested elements as columns."""
    flat = {}
    for key, value in (record or {}).items():
        column = "%s%s" % (prefix, key.lstrip("@") if key.startswith("@") else key)
        if key == "#text":
            column = prefix.rstrip(".") or "value"
        if isinstance(value, dict):
            flat.update(_flatten(value, column + "."))
        elif isinstance(value, list):
            flat[column] = ", ".join(cell_text(v) if not isinstance(v, dict) else str(v.get("#text", "")) for v in value)
        else:
            flat[column] = cell_text(value)
    return flat
