"""Reading CRM CSV exports as people really produce them.

Intrix exports come as UTF-8 (with or without BOM), cp1250 or UTF-16, with ``;`` or ``,`` as the
delimiter and CRLF or LF line ends. ``read_table`` detects all of that and returns plain strings;
value parsing (dates, decimal commas) is in :mod:`parsers`. Every problem raises :class:`CsvError`
with a message an administrator can act on.
"""
import codecs
import csv
import io
from dataclasses import dataclass, field

import pandas

try:  # normal use: inside the addon package
    from .i18n import _
except ImportError:  # loaded by file path (benchmark): load the sibling module the same way
    import importlib.util as _ilu
    import os as _os
    import sys as _sys

    if "_cji_i18n" not in _sys.modules:
        _spec = _ilu.spec_from_file_location("_cji_i18n", _os.path.join(_os.path.dirname(__file__), "i18n.py"))
        _sys.modules["_cji_i18n"] = _ilu.module_from_spec(_spec)
        _spec.loader.exec_module(_sys.modules["_cji_i18n"])
    _ = _sys.modules["_cji_i18n"]._

DELIMITERS = (";", ",", "\t", "|")
# Letters that only make sense in the Central European code page: used to tell cp1250 from cp1252.
CP1250_LETTERS = set("čšžćđČŠŽĆĐřěůŘĚŮťďľĺŕňŤĎĽĹŔŇąęłńśźżĄĘŁŃŚŹŻőűŐŰ")
CP1252_LETTERS = set("èìòùÈÌÒÙãõñÃÕÑåæøÅÆØœŒÿŸ")


class CsvError(ValueError):
    """A file that cannot be read as a CSV export; the message says why and what to do."""


@dataclass
class Table:
    headers: list
    rows: list  # list of dicts header -> str ("" for empty)
    encoding: str = "utf-8"
    delimiter: str = ","
    name: str = ""
    line_numbers: list = field(default_factory=list)  # source line of each row (1-based, header = 1)

    def __len__(self):
        return len(self.rows)


def decode(data, name=""):
    """Return (text, encoding) for the raw bytes of an export."""
    if not data:
        raise CsvError(_msg(name, _("the file is empty")))
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict"), "utf-8-sig"
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return _strict(data[len(bom):], enc, name), "utf-16"
    sample = data[:4096]
    if b"\x00" in sample:
        # UTF-16 without BOM: every other byte of ASCII text is NUL.
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if odd > len(sample) / 4 and even < odd / 4:
            return _strict(data, "utf-16-le", name), "utf-16-le"
        if even > len(sample) / 4 and odd < even / 4:
            return _strict(data, "utf-16-be", name), "utf-16-be"
        if data.startswith(b"PK\x03\x04") or data.startswith(b"\xd0\xcf\x11\xe0"):
            raise CsvError(_msg(name, _("this is a spreadsheet (Excel) file, not a CSV export: "
                                        "export the object from Intrix as CSV and upload that")))
        raise CsvError(_msg(name, _("the file contains binary data and is not a CSV export")))
    if data.startswith(b"PK\x03\x04"):
        raise CsvError(_msg(name, _("this is a zip or Excel file, not a CSV export")))
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = []
    for enc in ("cp1250", "cp1252"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        letters = CP1250_LETTERS if enc == "cp1250" else CP1252_LETTERS
        candidates.append((sum(ch in letters for ch in text), enc == "cp1250", text, enc))
    if not candidates:
        return data.decode("latin-1"), "latin-1"
    best = max(candidates, key=lambda c: (c[0], c[1]))
    return best[2], best[3]


def _strict(data, encoding, name):
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise CsvError(_msg(name, _("the file is not valid %(encoding)s text (byte %(byte)s)",
                                    encoding=encoding, byte=exc.start))) from exc


def _msg(name, text):
    return "%s: %s" % (name, text) if name else text


def sniff_delimiter(text, name=""):
    """Pick the delimiter that splits the header and the first lines into the same number of fields."""
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    if not lines:
        raise CsvError(_msg(name, _("the file has no header line")))
    best, best_score = None, -1
    for delim in DELIMITERS:
        try:
            parsed = list(csv.reader(io.StringIO("\n".join(lines)), delimiter=delim))
        except csv.Error:
            continue
        width = len(parsed[0])
        if width < 2:
            continue
        consistent = sum(1 for row in parsed if len(row) == width)
        score = consistent * 100 + width
        if score > best_score:
            best, best_score = delim, score
    if best is None:
        if len(lines) >= 1 and not any(d in lines[0] for d in DELIMITERS):
            return ","  # a single-column file
        raise CsvError(_msg(name, _("could not detect the column delimiter (tried ; , tab |)")))
    return best


def read_table(data, name="", delimiter=None, encoding=None):
    """Read a whole export (bytes or str) into a :class:`Table` of strings (see :func:`open_table`)."""
    reader = open_table(data, name, delimiter, encoding)
    rows = [row for chunk in reader.chunks() for row in chunk]
    return Table(headers=reader.headers, rows=rows, encoding=reader.encoding, delimiter=reader.delimiter, name=name)


class TableReader:
    """An export whose rows are read chunk by chunk, so memory stays flat whatever the row count."""

    def __init__(self, text, name, encoding, delimiter):
        self.text, self.name, self.encoding, self.delimiter = text, name, encoding, delimiter
        self.headers = self._headers()

    def _frames(self, chunksize):
        try:
            yield from pandas.read_csv(
                io.StringIO(self.text), sep=self.delimiter, dtype=str, keep_default_na=False, na_filter=False,
                skip_blank_lines=True, engine="c", quotechar='"', doublequote=True, index_col=False,
                chunksize=chunksize,
            )
        except pandas.errors.ParserError as exc:
            raise CsvError(_msg(self.name, _("malformed CSV: %s", _pandas_error(exc)))) from exc
        except pandas.errors.EmptyDataError as exc:
            raise CsvError(_msg(self.name, _("the file is empty"))) from exc

    def _headers(self):
        header_line = next(csv.reader(io.StringIO(self.text), delimiter=self.delimiter))
        for frame in self._frames(1):
            headers = [str(h).strip() for h in frame.columns]
            break
        else:
            headers = [h.strip() for h in header_line]
        if any(not h or h.startswith("Unnamed: ") for h in headers) or any(not h.strip() for h in header_line):
            position = next(i for i, h in enumerate(header_line) if not h.strip()) if any(
                not h.strip() for h in header_line) else next(i for i, h in enumerate(headers) if h.startswith("Unnamed: "))
            raise CsvError(_msg(self.name, _("a column has no header (column %d)", position + 1)))
        stripped = [h.strip() for h in header_line]
        dupes = sorted({h for h in stripped if stripped.count(h) > 1})
        if dupes:
            raise CsvError(_msg(self.name, _("duplicate column header(s): %s", ", ".join(dupes))))
        return stripped

    def chunks(self, size=5000):
        """Yield lists of row dicts (header -> stripped string), ``size`` rows at a time."""
        for frame in self._frames(size):
            yield [{h: (v or "").strip() for h, v in zip(self.headers, values)}
                   for values in frame.itertuples(index=False, name=None)]


def open_table(data, name="", delimiter=None, encoding=None):
    """Detect encoding and delimiter, check the structure, and return a :class:`TableReader`.

    Raises :class:`CsvError` for empty files, binary files, duplicate or empty headers and rows with
    more fields than the header.
    """
    if isinstance(data, str):
        text, encoding = data, encoding or "utf-8"
    elif encoding:
        text = _strict(data, encoding, name)
    else:
        text, encoding = decode(data, name)
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise CsvError(_msg(name, _("the file is empty")))
    delimiter = delimiter or sniff_delimiter(text, name)
    _check_widths(text, delimiter, name)
    return TableReader(text, name, encoding, delimiter)


def _check_widths(text, delimiter, name):
    """Refuse rows with more (non-empty) fields than the header: pandas would shift or drop them."""
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    width = None
    try:
        for fields in reader:
            if width is None:
                width = len(fields)
            elif len(fields) > width and any(f.strip() for f in fields[width:]):
                raise CsvError(_msg(name, _(
                    "line %(line)d has %(count)d fields but the header has %(width)d (a %(delimiter)r inside a value "
                    "without quotes?)", line=reader.line_num, count=len(fields), width=width, delimiter=delimiter)))
    except csv.Error as exc:
        raise CsvError(_msg(name, _("malformed CSV near line %(line)d: %(error)s",
                                    line=reader.line_num, error=exc))) from exc


def _pandas_error(exc):
    text = str(exc).strip()
    # "Error tokenizing data. C error: Expected 4 fields in line 3, saw 5"
    if "C error:" in text:
        text = text.split("C error:", 1)[1].strip()
    return text
