"""Pre-migration audit as spreadsheet tables (CSV and XLSX), safe against formula injection.

Pure Python (no Odoo import): ``audit_tables`` turns the plain audit data of a run (built by
``clientjoy.intrix.run._audit_report_data``) into tables of cells, ``to_csv`` and ``to_xlsx`` write
them. Every text cell goes through ``safe_cell``: a value a spreadsheet would evaluate (starting with
= + - @ TAB CR or their full-width forms) is prefixed with a single quote, so a source record named
``=HYPERLINK(...)`` is shown as text, never run as a formula. The XLSX writer also writes every text
cell with ``write_string`` and turns off xlsxwriter's string-to-formula/number/URL conversions.
"""
import csv
import io
import re

# characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP CSV
# injection), with their full-width forms (U+FF1D = U+FF0B + U+FF0D - U+FF20 @)
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")

CATEGORIES = ("duplicate", "missing", "invalid", "orphan", "stale", "owner")

# English defaults of every label the tables use; the Odoo side passes the translated ones
LABELS = {
    "run": "Run",
    "source": "Source",
    "state": "State",
    "company": "Company",
    "generated": "Generated",
    "summary": "Summary",
    "findings": "Findings",
    "owners": "Owners",
    "object": "Object",
    "records": "Records",
    "clean": "Without findings",
    "errors": "Errors",
    "finding": "Finding",
    "source_id": "Source ID",
    "name": "Name",
    "message": "Message",
    "email": "E-mail",
    "source_name": "Name in source",
    "source_active": "Active in source",
    "references": "References",
    "user": "Odoo user",
    "status": "Status",
    "yes": "Yes",
    "no": "No",
    "duplicate": "Duplicates",
    "missing": "Missing required values",
    "invalid": "Invalid values",
    "orphan": "Orphans",
    "stale": "Stale opportunities",
    "owner": "Unknown owners",
}


def safe_cell(value):
    """The cell value to write: numbers as they are, everything else as text that no spreadsheet
    evaluates. Idempotent (a quote-prefixed value stays as it is)."""
    if value is None or value is False:
        return ""
    if value is True:
        return "1"
    if isinstance(value, (int, float)):
        return value
    text = str(value)
    if text.startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text


def _label(labels, key):
    return (labels or {}).get(key) or LABELS[key]


def audit_tables(data, labels=None):
    """[(title, header, rows)] of the audit: summary per object, findings, owner reconciliation.

    ``data`` is the dict of ``_audit_report_data`` (plain values only): ``run`` (name, source, state,
    company, generated), ``objects`` (object label, records, clean (without findings), errors and one count
    per finding category), ``findings`` (object label, category label, source id, name, state, message),
    ``owners`` (email, name, source_active, references, user, status). Every cell is already safe.
    """
    yes, no = _label(labels, "yes"), _label(labels, "no")
    run = data.get("run") or {}
    summary_header = [_label(labels, k) for k in ("object", "records", "clean", "errors")]
    summary_header += [_label(labels, c) for c in CATEGORIES]
    summary_rows = [
        [_label(labels, "run"), run.get("name")],
        [_label(labels, "source"), run.get("source")],
        [_label(labels, "state"), run.get("state")],
        [_label(labels, "company"), run.get("company")],
        [_label(labels, "generated"), run.get("generated")],
        [],
        summary_header,
    ]
    for obj in data.get("objects") or []:
        summary_rows.append([obj.get("label"), obj.get("records", 0), obj.get("clean", 0), obj.get("errors", 0)]
                            + [obj.get(c, 0) for c in CATEGORIES])
    findings_header = [_label(labels, k) for k in ("object", "finding", "source_id", "name", "state", "message")]
    findings_rows = [
        [f.get("object"), f.get("category_label") or _label(labels, f.get("category")), f.get("source_id"),
         f.get("name"), f.get("state"), f.get("message")]
        for f in data.get("findings") or []
    ]
    owners_header = [_label(labels, k)
                     for k in ("email", "source_name", "source_active", "references", "user", "status")]
    owners_rows = [
        [o.get("email"), o.get("name"), yes if o.get("source_active") else no, o.get("references", 0),
         o.get("user"), o.get("status")]
        for o in data.get("owners") or []
    ]
    tables = [
        (_label(labels, "summary"), None, summary_rows),
        (_label(labels, "findings"), findings_header, findings_rows),
        (_label(labels, "owners"), owners_header, owners_rows),
    ]
    return [(title, [safe_cell(c) for c in header] if header else None,
             [[safe_cell(c) for c in row] for row in rows]) for title, header, rows in tables]


def audit_rows(data, labels=None):
    """All tables as one list of CSV rows: a title row, the header, the rows, a blank row between."""
    rows = []
    for title, header, body in audit_tables(data, labels):
        if rows:
            rows.append([])
        rows.append([safe_cell(title)])
        if header:
            rows.append(header)
        rows.extend(body)
    return rows


def to_csv(rows):
    """UTF-8 CSV (with BOM, so spreadsheets read the accents) of already safe rows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    for row in rows:
        writer.writerow([safe_cell(c) for c in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _sheet_name(title, used):
    name = re.sub(r"[\[\]:*?/\\]", " ", str(title or "Sheet")).strip("'")[:31] or "Sheet"
    base, index = name, 2
    while name.lower() in used:
        suffix = " (%d)" % index
        name = base[:31 - len(suffix)] + suffix
        index += 1
    used.add(name.lower())
    return name


def to_xlsx(tables):
    """XLSX bytes, one worksheet per table; text is always written as a string, never a formula."""
    import xlsxwriter

    output = io.BytesIO()
    workbook = xlsxwriter.Workbook(output, {
        "in_memory": True, "strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False,
    })
    bold = workbook.add_format({"bold": True})
    used = set()
    for title, header, rows in tables:
        sheet = workbook.add_worksheet(_sheet_name(title, used))
        widths = {}
        row_index = 0
        if header:
            for col, cell in enumerate(header):
                sheet.write_string(row_index, col, str(safe_cell(cell)), bold)
                widths[col] = max(widths.get(col, 0), len(str(cell)))
            sheet.freeze_panes(1, 0)
            row_index += 1
        for row in rows:
            for col, cell in enumerate(row):
                cell = safe_cell(cell)
                if isinstance(cell, (int, float)):
                    sheet.write_number(row_index, col, cell)
                else:
                    sheet.write_string(row_index, col, cell)
                widths[col] = max(widths.get(col, 0), min(len(str(cell)), 80))
            row_index += 1
        for col, width in widths.items():
            sheet.set_column(col, col, max(width + 2, 8))
    workbook.close()
    return output.getvalue()
