"""Reading CRM CSV exports as people really produce them.

Intrix exports come as UTF-8 (with or without BOM), cp1250 or UTF-16, with ``;`` or ``,`` as the
delimiter and CRLF or LF line ends. ``read_table`` detects all of that and returns plain strings;
value parsing (dates, decimal commas) is in :mod:`parsers`. Every problem raises :class:`CsvError`
with a message an administrator can act on.

Files are streamed, never held whole: the encoding is detected block by block with incremental
decoders, and every later pass (delimiter, structure check, rows) reads its own text stream over the
same binary file, so memory does not depend on the file size (migrations reach millions of rows).
"""
import codecs
import contextlib
import csv
import functools
import io
import itertools
import re
import sys
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
BLOCK_SIZE = 1 << 20  # bytes decoded at a time while detecting the encoding
SAMPLE_SIZE = 4096  # bytes the BOM and binary (NUL byte) checks look at
SNIFF_LINES = 20  # lines the delimiter is sniffed on
TEXT_CHUNK = 1 << 16  # characters read at a time to find those lines
# what str.splitlines() splits on ("\r\n" is "\r" then "\n")
_LINE_BREAK = re.compile("[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def _other_bytes(encoding, letters):
    """The bytes of a single-byte code page that do not decode to one of ``letters``: deleting them
    from a block leaves as many bytes as the decoded block has such letters."""
    return bytes(b for b in range(256) if bytes([b]).decode(encoding, "replace") not in letters)


_NOT_LETTERS = {"cp1250": _other_bytes("cp1250", CP1250_LETTERS), "cp1252": _other_bytes("cp1252", CP1252_LETTERS)}


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


@dataclass
class _Source:
    """A binary export and how to read it as text."""

    binary: object  # seekable binary file object
    codec: str  # the codec its text is read with
    encoding: str  # the encoding reported (Table.encoding, the import file's encoding)
    start: int = 0  # bytes before the text (a BOM the codec does not consume)
    boms: int = 0  # U+FEFF characters at the start of the text, skipped too
    content: bool = False  # the text holds more than white space


class _TextScan:
    """Fed the decoded text block by block, keeps only what is checked on the whole text."""

    def __init__(self):
        self.boms, self.content, self._at_start = 0, False, True

    def feed(self, text):
        if self._at_start and text:
            stripped = text.lstrip("\ufeff")
            self.boms += len(text) - len(stripped)
            self._at_start, text = not stripped, stripped
        if not self.content and text and not text.isspace():
            self.content = True


def decode(data, name=""):
    """Return (text, encoding) for the raw bytes of an export (the whole text: :func:`open_table` streams)."""
    source = _detect(io.BytesIO(data or b""), name)
    return bytes(data[source.start:]).decode(source.codec), source.encoding


def _read(binary, size):
    """Up to ``size`` bytes, fewer only at the end of the file (a raw file may return less per call)."""
    parts, missing = [], size
    while missing > 0:
        part = binary.read(missing)
        if not part:
            break
        parts.append(part)
        missing -= len(part)
    return b"".join(parts)


def _blocks(binary, start=0):
    binary.seek(start)
    while True:
        block = _read(binary, BLOCK_SIZE)
        if not block:
            return
        yield block


def _scan(binary, start, codec):
    """Decode the file from byte ``start`` strictly, block by block.

    Returns (:class:`_TextScan`, None), or (None, offset of the first invalid byte counted from ``start``).
    """
    decoder = codecs.getincrementaldecoder(codec)()
    scan, offset = _TextScan(), 0
    for block in itertools.chain(_blocks(binary, start), [None]):  # None: the end, flush the decoder
        pending = len(decoder.getstate()[0])  # bytes of a character begun in the previous block
        try:
            scan.feed(decoder.decode(block or b"", final=block is None))
        except UnicodeDecodeError as exc:
            return None, offset - pending + exc.start
        offset += len(block or b"")
    return scan, None


def _strict_source(binary, codec, name, start=0, encoding=None, shown=None):
    """Check that the file decodes with ``codec`` from byte ``start``: its :class:`_Source`.

    ``encoding`` is the encoding reported, ``shown`` the one an error names (both default to ``codec``).
    """
    scan, error = _scan(binary, start, codec)
    if scan is None:
        raise _invalid_text(name, shown or codec, error)
    return _Source(binary, codec, encoding or codec, start, scan.boms, scan.content)


def _detect(binary, name):
    """The :class:`_Source` of a binary export: its encoding detected, the whole file checked to decode."""
    binary.seek(0)
    sample = _read(binary, SAMPLE_SIZE)
    if not sample:
        raise CsvError(_msg(name, _("the file is empty")))
    if sample.startswith(codecs.BOM_UTF8):
        return _strict_source(binary, "utf-8", name, len(codecs.BOM_UTF8), "utf-8-sig")
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if sample.startswith(bom):
            return _strict_source(binary, enc, name, len(bom), "utf-16")
    if b"\x00" in sample:
        # UTF-16 without BOM: every other byte of ASCII text is NUL.
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if odd > len(sample) / 4 and even < odd / 4:
            return _strict_source(binary, "utf-16-le", name)
        if even > len(sample) / 4 and odd < even / 4:
            return _strict_source(binary, "utf-16-be", name)
        if sample.startswith(b"PK\x03\x04") or sample.startswith(b"\xd0\xcf\x11\xe0"):
            raise CsvError(_msg(name, _("this is a spreadsheet (Excel) file, not a CSV export: "
                                        "export the object from Intrix as CSV and upload that")))
        raise CsvError(_msg(name, _("the file contains binary data and is not a CSV export")))
    if sample.startswith(b"PK\x03\x04"):
        raise CsvError(_msg(name, _("this is a zip or Excel file, not a CSV export")))
    scan, _error = _scan(binary, 0, "utf-8")
    if scan is not None:
        return _Source(binary, "utf-8", "utf-8", 0, scan.boms, scan.content)
    # cp1250 or cp1252, whichever has more letters typical of it (cp1250 on a tie); one that cannot
    # decode the file drops out. Both are read in the same pass.
    candidates = {enc: [codecs.getincrementaldecoder(enc)(), _TextScan(), 0] for enc in ("cp1250", "cp1252")}
    for block in itertools.chain(_blocks(binary), [None]):
        for enc, (decoder, scan, _count) in list(candidates.items()):
            try:
                scan.feed(decoder.decode(block or b"", final=block is None))
            except UnicodeDecodeError:
                del candidates[enc]
                continue
            if block:
                candidates[enc][2] += len(block.translate(None, _NOT_LETTERS[enc]))
        if not candidates:
            break
    if not candidates:
        scan, _error = _scan(binary, 0, "latin-1")  # decodes any byte
        return _Source(binary, "latin-1", "latin-1", 0, scan.boms, scan.content)
    best = max(candidates, key=lambda enc: (candidates[enc][2], enc == "cp1250"))
    scan = candidates[best][1]
    return _Source(binary, best, best, 0, scan.boms, scan.content)


def _given_codec(binary, encoding):
    """(codec, start) that read a file as ``bytes.decode(encoding)`` does, error offsets included.

    "utf-16" and "utf-32" without a BOM are native byte order there, while their incremental decoders
    require the BOM; "utf-8-sig" counts offsets after its BOM.
    """
    codec = codecs.lookup(encoding).name
    binary.seek(0)
    head = _read(binary, 4)
    if codec == "utf-8-sig":
        return "utf-8", len(codecs.BOM_UTF8) if head.startswith(codecs.BOM_UTF8) else 0
    boms = {"utf-16": (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE),
            "utf-32": (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)}.get(codec)
    if boms and not head.startswith(boms):
        return "%s-%s" % (codec, "le" if sys.byteorder == "little" else "be"), 0
    return encoding, 0


def _strict(data, encoding, name):
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise _invalid_text(name, encoding, exc.start) from exc


def _invalid_text(name, encoding, byte):
    return CsvError(_msg(name, _("the file is not valid %(encoding)s text (byte %(byte)s)",
                                 encoding=encoding, byte=byte)))


def _msg(name, text):
    return "%s: %s" % (name, text) if name else text


class _FileView(io.RawIOBase):
    """A binary file read from a position of its own.

    Each text stream of an export reads the shared file through its own view, so streams do not move
    each other's position, and closing one (TextIOWrapper closes its buffer when it is closed or
    garbage collected) closes the view only: the file stays open for its owner to close.
    """

    def __init__(self, binary, start=0):
        super().__init__()
        self._binary, self._position = binary, start

    def readable(self):
        return True

    def seekable(self):
        return True

    def tell(self):
        return self._position

    def seek(self, offset, whence=io.SEEK_SET):
        if whence == io.SEEK_CUR:
            offset += self._position
        elif whence == io.SEEK_END:
            offset += self._binary.seek(0, io.SEEK_END)
        if offset < 0:
            raise ValueError("negative seek position %d" % offset)
        self._position = offset
        return offset

    def readinto(self, buffer):
        self._binary.seek(self._position)
        data = self._binary.read(len(buffer))
        buffer[:len(data)] = data
        self._position += len(data)
        return len(data)


class _Utf8Reader(io.RawIOBase):
    """The UTF-8 bytes of a text stream, a block at a time: what pandas' C parser reads.

    Given a text stream, pandas wraps it in a re-encoder whose left-over bytes are carried from read
    to read and grow with every non-ASCII character (pandas 3 ``_BytesIOWrapper``): memory would grow
    with the file again. Closing this reader closes the text stream.
    """

    def __init__(self, text):
        super().__init__()
        self._text, self._pending, self._offset = text, b"", 0

    def readable(self):
        return True

    def readinto(self, buffer):
        if self._offset >= len(self._pending):
            self._pending, self._offset = self._text.read(len(buffer)).encode("utf-8"), 0
        count = min(len(buffer), len(self._pending) - self._offset)
        buffer[:count] = self._pending[self._offset:self._offset + count]
        self._offset += count
        return count

    def close(self):
        if not self.closed:
            self._text.close()
        super().close()


def _text_stream(source):
    r"""A fresh text stream over the whole text of ``source`` (BOMs skipped).

    ``newline="\n"``: lines end at "\n" only and are not translated, as in the ``io.StringIO`` the
    whole text used to be read from (a lone "\r" stays inside a line, where the csv module refuses it).
    """
    text = io.TextIOWrapper(io.BufferedReader(_FileView(source.binary, source.start), 1 << 16),
                            encoding=source.codec, newline="\n")
    if source.boms:
        text.read(source.boms)
    return text


def _head(text, lines=SNIFF_LINES):
    """The start of a text stream that holds its first ``lines`` lines whole, or the whole text."""
    head = ""
    while True:
        chunk = text.read(TEXT_CHUNK)
        if not chunk:
            return head
        head += chunk
        # more lines than wanted: the first ones cannot change any more (the next one has begun)
        if _LINE_BREAK.search(chunk) and len(head.splitlines()) > lines:
            return head


def sniff_delimiter(text, name=""):
    """Pick the delimiter that splits the header and the first lines into the same number of fields."""
    lines = [line for line in text.splitlines()[:SNIFF_LINES] if line.strip()]
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
    """Read a whole export (bytes, str or binary file) into a :class:`Table` of strings (see :func:`open_table`)."""
    reader = open_table(data, name, delimiter, encoding)
    rows = [row for chunk in reader.chunks() for row in chunk]
    return Table(headers=reader.headers, rows=rows, encoding=reader.encoding, delimiter=reader.delimiter, name=name)


class TableReader:
    """An export whose rows are read chunk by chunk, so memory stays flat whatever the row count.

    ``opener`` returns a fresh text stream of the whole text at every call (a str is read from memory).
    """

    def __init__(self, opener, name, encoding, delimiter):
        if isinstance(opener, str):
            opener = functools.partial(io.StringIO, opener)
        self._open, self.name, self.encoding, self.delimiter = opener, name, encoding, delimiter
        self.headers = self._headers()

    def _frames(self, chunksize):
        with io.BufferedReader(_Utf8Reader(self._open()), 1 << 16) as utf8:
            try:
                with pandas.read_csv(
                    utf8, encoding="utf-8", sep=self.delimiter, dtype=str, keep_default_na=False, na_filter=False,
                    skip_blank_lines=True, engine="c", quotechar='"', doublequote=True, index_col=False,
                    chunksize=chunksize,
                ) as frames:
                    yield from frames
            except pandas.errors.ParserError as exc:
                raise CsvError(_msg(self.name, _("malformed CSV: %s", _pandas_error(exc)))) from exc
            except pandas.errors.EmptyDataError as exc:
                raise CsvError(_msg(self.name, _("the file is empty"))) from exc

    def _headers(self):
        with self._open() as text:
            header_line = next(csv.reader(text, delimiter=self.delimiter))
        with contextlib.closing(self._frames(1)) as frames:
            frame = next(frames, None)
        if frame is not None:
            headers = [str(h).strip() for h in frame.columns]
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

    ``data`` is bytes, a str, or a seekable binary file object (read from its start, left open: the
    reader reads it again for its rows, so close it only when they have been read). Raises
    :class:`CsvError` for empty files, binary files, duplicate or empty headers and rows with more
    fields than the header.
    """
    if isinstance(data, str):
        source = _strict_source(io.BytesIO(data.encode("utf-8")), "utf-8", name, encoding=encoding or "utf-8")
    else:
        binary = data if hasattr(data, "read") else io.BytesIO(data or b"")
        if encoding:
            codec, start = _given_codec(binary, encoding)
            source = _strict_source(binary, codec, name, start, encoding=encoding, shown=encoding)
        else:
            source = _detect(binary, name)
    if not source.content:
        raise CsvError(_msg(name, _("the file is empty")))
    opener = functools.partial(_text_stream, source)
    if not delimiter:
        with opener() as text:
            delimiter = sniff_delimiter(_head(text), name)
    with opener() as text:
        _check_widths(text, delimiter, name)
    return TableReader(opener, name, source.encoding, delimiter)


def _check_widths(text, delimiter, name):
    """Refuse rows with more (non-empty) fields than the header: pandas would shift or drop them.

    ``text`` is a text stream (or a str).
    """
    reader = csv.reader(io.StringIO(text) if isinstance(text, str) else text, delimiter=delimiter)
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
