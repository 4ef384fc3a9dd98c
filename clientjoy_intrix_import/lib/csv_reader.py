"""Reading CRM CSV exports as people really produce them, and refusing in words what cannot be read.

Intrix exports come as UTF-8 (with or without BOM), cp1250, UTF-16 or UTF-32, with ``;``, ``,``, tab or
``|`` as the delimiter and CRLF, LF or CR line ends. ``read_table`` detects all of that and returns
plain strings; value parsing (dates, decimal commas) is in :mod:`parsers`. Every problem raises
:class:`CsvError` with a message an administrator can act on: a file is read exactly or refused,
never guessed at (mixed encodings, unterminated quotes, NUL bytes, other formats saved as .csv).

Files are streamed, never held whole: the encoding is detected block by block with incremental
decoders, and every later pass (delimiter, structure check, rows) reads its own text stream over the
same binary file, so memory does not depend on the file size (migrations reach millions of rows).
Every pass is linear in the size of the file: the delimiter is sniffed on a bounded head, rows are
parsed once by the ``csv`` module (the same parser checks and reads them), and a value is bounded by
:attr:`Limits.max_field_chars`.
"""
import codecs
import csv
import functools
import io
import itertools
import re
import sys
from dataclasses import dataclass, field

from . import code_pages
from .i18n import _
from .limits import DEFAULT_LIMITS, Limits

DELIMITERS = (";", ",", "\t", "|")
# Letters that only make sense in the Central European code page: used to tell cp1250 from cp1252.
CP1250_LETTERS = set("čšžćđČŠŽĆĐřěůŘĚŮťľŤĽąęłńśźżĄĘŁŃŚŹŻőűŐŰ")
CP1252_LETTERS = set("àèìòùÀÈÌÒÙêÊûÛïÏãõñÃÕÑåæøÅÆØœŒÿŸ")
BLOCK_SIZE = 1 << 20  # bytes decoded at a time while detecting the encoding
SAMPLE_SIZE = 4096  # bytes the BOM and file signature checks look at
SNIFF_LINES = 20  # lines the delimiter is sniffed on
SNIFF_CHARS = 1 << 18  # ... and at most this many characters of them (one huge line costs no more)
TEXT_CHUNK = 1 << 16  # characters read at a time to find those lines
MAX_HEADER_CHARS = 255  # a column header longer than this is data, not a header
# UTF-8 encoded Latin letters (U+00C0-U+017F) and typographic punctuation (dashes, quotes, ellipsis,
# euro): in a file that is not UTF-8 as a whole they mean parts of it are UTF-8 and parts are not.
_UTF8_TEXT = re.compile(rb"[\xc3-\xc5][\x80-\xbf]|\xe2(?:\x80[\x93-\xa6]|\x82\xac)")
_LINE_BREAKS = re.compile("\r\n|\r|\n")
# a capital of the 0x8A-0x9F block of cp1250/cp1252 right after a small ASCII letter: no word is written so,
# it is another code page's small letter ("CafŽ" is Mac Roman "Café")
_CAPITAL_IN_WORD = re.compile("[a-z][\u0160\u015a\u0164\u017d\u0179\u0152\u0178]")
# a symbol of the upper half of cp1250/cp1252 between two letters: no word is written so either, it is another
# code page's letter ("Stra§e" is Mac Roman "Straße", "Pi³sudski" cp1250 "Piłsudski" read as cp1252). Not the
# marks that do stand in words (apostrophes, dashes, Catalan's middle dot, ordinal indicators)
_SYMBOL_IN_WORD = re.compile("[^\\W\\d_][\u00a7\u00b6\u00b9\u00b2\u00b3\u00bc\u00bd\u00be\u2021\u2020\u2030"
                             "\u2039\u203a\u2122\u2022\u00a4\u00a6\u00ac\u00b1][^\\W\\d_]")
# Excel's first line naming the delimiter of the file ("sep=;"), written for Excel by many tools
_SEP_LINE = re.compile("^sep=([;,\t|])(?:\r\n|\r|\n|$)")
# files that are not CSV exports but get saved or renamed as .csv: (leading bytes, what they are)
_SIGNATURES = (
    (b"PK\x03\x04", "xlsx"), (b"PK\x05\x06", "xlsx"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "xls"),
    (b"%PDF-", "pdf"), (b"\x1f\x8b", "gzip"), (b"7z\xbc\xaf\x27\x1c", "archive"), (b"Rar!\x1a\x07", "archive"),
    (b"\x89PNG", "image"), (b"\xff\xd8\xff", "image"), (b"GIF8", "image"), (b"SQLite format 3\x00", "database"),
)
# text formats that are not CSV: (start of the text in lower case, what it is)
_TEXT_SIGNATURES = (
    ("<!doctype html", "html"), ("<html", "html"), ("<head", "html"), ("<body", "html"), ("<?xml", "xml"),
    ("{\\rtf", "rtf"), ("[{", "json"), ('{"', "json"), ("{\n", "json"), ("{\r", "json"),
)


def _other_bytes(encoding, letters):
    """The bytes of a single-byte code page that do not decode to one of ``letters``: deleting them
    from a block leaves as many bytes as the decoded block has such letters."""
    return bytes(b for b in range(256) if bytes([b]).decode(encoding, "replace") not in letters)


_NOT_LETTERS = {"cp1250": _other_bytes("cp1250", CP1250_LETTERS), "cp1252": _other_bytes("cp1252", CP1252_LETTERS)}
# cp1251 (Russian, Ukrainian, Bulgarian, Serbian exports): bytes 0xC0-0xFF are its Cyrillic letters (А-я).
# Next to an ASCII letter they are the accented letters of a Latin text in another code page ("Zupanиiи")
_NOT_CYRILLIC = bytes(range(0xC0))
_LATIN_NEXT_TO_HIGH = re.compile(rb"[A-Za-z][\xc0-\xff]|[\xc0-\xff][A-Za-z]")


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
    note: str = ""  # what the admin should check about the reading (a guess made on little evidence)


class _TextScan:
    """Fed the decoded text block by block, keeps only what is checked on the whole text.

    A NUL character is refused here, in the first pass over the text: no text export holds one,
    PostgreSQL cannot store one, and a file with one is damaged or binary.
    """

    def __init__(self, name=""):
        self.boms, self.content, self._at_start = 0, False, True
        self.name, self.line = name, 1  # line of the next character fed (for messages)

    def feed(self, text):
        if self._at_start and text:
            stripped = text.lstrip("\ufeff")
            self.boms += len(text) - len(stripped)
            self._at_start = not stripped
        nul = text.find("\x00")
        if nul >= 0:
            raise CsvError(_msg(self.name, _(
                "line %(line)d contains a NUL character (binary data): the file is damaged or is not a text "
                "export; export it again as CSV", line=self.line + text.count("\n", 0, nul))))
        self.line += text.count("\n")
        if not self.content and text and not text.isspace() and text.strip("\ufeff \t\r\n\v\f"):
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


def _scan(binary, start, codec, name=""):
    """Decode the file from byte ``start`` strictly, block by block.

    Returns (:class:`_TextScan`, None), or (None, offset of the first invalid byte counted from ``start``).
    """
    decoder = codecs.getincrementaldecoder(codec)()
    scan, offset = _TextScan(name), 0
    for block in itertools.chain(_blocks(binary, start), [None]):  # None: the end, flush the decoder
        pending = len(decoder.getstate()[0])  # bytes of a character begun in the previous block
        try:
            text = decoder.decode(block or b"", final=block is None)
        except UnicodeDecodeError as exc:
            return None, offset - pending + exc.start
        scan.feed(text)
        offset += len(block or b"")
    return scan, None


def _strict_source(binary, codec, name, start=0, encoding=None, shown=None):
    """Check that the file decodes with ``codec`` from byte ``start``: its :class:`_Source`.

    ``encoding`` is the encoding reported, ``shown`` the one an error names (both default to ``codec``).
    """
    scan, error = _scan(binary, start, codec, name)
    if scan is None:
        raise _invalid_text(name, shown or codec, error)
    return _Source(binary, codec, encoding or codec, start, scan.boms, scan.content)


def _refuse_signature(sample, name):
    """Refuse files of another format saved or renamed as .csv (spreadsheets, PDF, archives, images)."""
    kind = next((kind for magic, kind in _SIGNATURES if sample.startswith(magic)), None)
    if kind in ("xlsx", "xls"):
        raise CsvError(_msg(name, _("this is a spreadsheet (Excel) or zip file, not a CSV export: export the object "
                                    "from Intrix as CSV and upload that (a zip of exports must be named .zip)")))
    if kind:
        raise CsvError(_msg(name, _("this is a %(kind)s file, not a CSV export: export the object from Intrix "
                                    "as CSV and upload that", kind=kind.upper() if kind == "pdf" else kind)))


def _line_of(binary, offset):
    """Line (1-based) of the byte at ``offset``, counting LF bytes before it."""
    line, seen = 1, 0
    for block in _blocks(binary):
        part = block[:max(0, offset - seen)]
        line += part.count(b"\n")
        seen += len(block)
        if seen >= offset:
            break
    return line


def _word_at(text, start, end, most=20):
    """The word of ``text`` around ``start:end`` (at most ``most`` letters more on each side)."""
    first, last = start, end
    while first > 0 and start - first < most and text[first - 1].isalpha():
        first -= 1
    while last < len(text) and last - end < most and text[last].isalpha():
        last += 1
    return text[first:last]


def _utf8_text(binary):
    """(line, text) of the first UTF-8 encoded letter or typographic sign of a file, or None."""
    line, tail = 1, b""
    for block in _blocks(binary):
        data = tail + block
        match = _UTF8_TEXT.search(data)
        if match:
            return line + data.count(b"\n", 0, match.start()), match.group().decode("utf-8")
        tail = data[-3:]  # a sequence cut by the block boundary is matched with the next block
        line += data.count(b"\n", 0, len(data) - len(tail))
    return None


def _detect(binary, name):
    """The :class:`_Source` of a binary export: its encoding detected, the whole file checked to decode."""
    binary.seek(0)
    sample = _read(binary, SAMPLE_SIZE)
    if not sample:
        raise CsvError(_msg(name, _("the file is empty")))
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be")):
        if sample.startswith(bom):  # before UTF-16: the UTF-32 LE BOM starts with the UTF-16 LE one
            return _strict_source(binary, enc, name, len(bom), "utf-32")
    if sample.startswith(codecs.BOM_UTF8):
        return _strict_source(binary, "utf-8", name, len(codecs.BOM_UTF8), "utf-8-sig")
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if sample.startswith(bom):
            return _strict_source(binary, enc, name, len(bom), "utf-16")
    _refuse_signature(sample, name)
    if b"\x00" in sample:
        # UTF-16 without BOM: every other byte of ASCII text is NUL.
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if odd > len(sample) / 4 and even < odd / 4:
            return _strict_source(binary, "utf-16-le", name)
        if even > len(sample) / 4 and odd < even / 4:
            return _strict_source(binary, "utf-16-be", name)
        raise CsvError(_msg(name, _("the file contains binary data and is not a CSV export")))
    scan, error = _scan(binary, 0, "utf-8", name)
    if scan is not None:
        return _Source(binary, "utf-8", "utf-8", 0, scan.boms, scan.content)
    # Not UTF-8 as a whole. If parts of it are UTF-8, reading it in a single-byte code page would turn
    # "Müller" into "MĂĽller" without a word: refuse, naming both lines.
    found = _utf8_text(binary)
    if found:
        raise CsvError(_msg(name, _(
            "the file mixes encodings: line %(utf8_line)d is UTF-8 (\"%(sample)s\") but line %(line)d is not "
            "(byte %(byte)d); save the whole file in one encoding (UTF-8) and upload it again",
            utf8_line=found[0], sample=found[1], line=_line_of(binary, error), byte=error)))
    # cp1251 when its reading is Cyrillic words (its letters count, unless words mixing Latin and Cyrillic
    # letters show a Latin text: every byte above 0xBF is a Cyrillic letter in cp1251), else cp1250 or
    # cp1252 by the languages their readings of the words that differ fit (lib/code_pages.py); one that
    # cannot decode the file drops out. All are read in the same pass; the fourth item is a word with a
    # capital inside (refused).
    candidates = {enc: [codecs.getincrementaldecoder(enc)(), _TextScan(name), 0, None]
                  for enc in ("cp1250", "cp1252", "cp1251")}
    mixed = 0  # places where a cp1251 letter touches an ASCII letter
    words = []  # words that read differently in cp1250 and cp1252 (a bounded sample)
    for block in itertools.chain(_blocks(binary), [None]):
        if block and len(words) < code_pages.MAX_WORDS:
            words.extend(code_pages.ambiguous_words(block, code_pages.MAX_WORDS - len(words)))
        for enc, (decoder, scan, _count, odd) in list(candidates.items()):
            try:
                text = decoder.decode(block or b"", final=block is None)
            except UnicodeDecodeError:
                del candidates[enc]
                continue
            match = None if odd else (_CAPITAL_IN_WORD.search(text) or _SYMBOL_IN_WORD.search(text))
            if match:
                candidates[enc][3] = _word_at(text, match.start(), match.end())
            scan.feed(text)
            if enc == "cp1251" and block:
                candidates[enc][2] += len(block.translate(None, _NOT_CYRILLIC))
                mixed += _LATIN_NEXT_TO_HIGH.subn(b"", block)[1]
                if candidates[enc][2] >= 20 and mixed * 4 > candidates[enc][2]:
                    del candidates[enc]  # Latin words with letters above 0xBF: not Cyrillic text
            elif block:
                candidates[enc][2] += len(block.translate(None, _NOT_LETTERS[enc]))
        if not candidates:
            break
    if "cp1251" in candidates and (not candidates["cp1251"][2] or mixed * 4 > candidates["cp1251"][2]):
        del candidates["cp1251"]  # no Cyrillic text: a Latin one (or a DOS code page) read in the wrong code page
    if not candidates:
        # bytes no Windows code page defines (DOS code pages put "ü" there): reading them as Latin-1
        # would store control characters in place of letters
        raise CsvError(_msg(name, _(
            "the file is neither UTF-8 text (byte %(byte)d on line %(line)d is not) nor cp1250/cp1252 text: "
            "save it as UTF-8 and upload it again", byte=error, line=_line_of(binary, error))))
    latin, scores = code_pages.western_or_central(words) if {"cp1250", "cp1252"} <= set(candidates) else (None, {})
    if latin:
        # the reading that fits its languages worse is out; the other keeps the larger count of typical
        # letters (weighed against a Cyrillic reading)
        loser = "cp1252" if latin == "cp1250" else "cp1250"
        candidates[latin][2] = max(candidates[latin][2], candidates.pop(loser)[2])
    best = max(candidates, key=lambda enc: (candidates[enc][2], enc == "cp1250"))
    scan, odd = candidates[best][1], candidates[best][3]
    if odd:
        # "CafŽ", "BŠr", "Stra§e": Mac Roman (é is 0x8E, ä 0x8A, ß 0xA7) or a DOS code page read as Windows text
        if _SYMBOL_IN_WORD.search(odd):
            raise CsvError(_msg(name, _(
                "read as %(encoding)s the file holds \"%(text)s\", a symbol inside a word: it is in another "
                "encoding (Mac Roman, a DOS code page?); save it as UTF-8 and upload it again",
                text=odd, encoding=best)))
        raise CsvError(_msg(name, _(
            "read as %(encoding)s the file holds \"%(text)s\", a capital letter inside a word: it is in another "
            "encoding (Mac Roman, a DOS code page?); save it as UTF-8 and upload it again",
            text=odd, encoding=best)))
    note = _code_page_note(words, best, scores) if best == latin else ""
    return _Source(binary, best, best, 0, scan.boms, scan.content, note)


def _code_page_note(words, chosen, scores):
    """Words in both readings when cp1250/cp1252 was chosen on little evidence (few words, or readings that
    fit their languages about as well): the admin sees at once which one is right."""
    if not code_pages.unsure(words, scores):
        return ""
    other = "cp1252" if chosen == "cp1250" else "cp1250"
    shown = words[:4]
    return _("Encoding guessed from few words: read as %(chosen)s (%(chosen_text)s); in %(other)s it would be "
             "%(other_text)s. If the first reading is wrong, save the file as UTF-8 and upload it again.",
             chosen=code_pages.LABELS[chosen], other=code_pages.LABELS[other],
             chosen_text=", ".join('"%s"' % w.decode(chosen, "replace") for w in shown),
             other_text=", ".join('"%s"' % w.decode(other, "replace") for w in shown))


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


def _text_stream(source, newline="\n"):
    r"""A fresh text stream over the whole text of ``source`` (BOMs skipped).

    Lines end at ``newline`` only ("\n", which also ends "\r\n" lines, or "\r" for CR-only files) and
    are not translated: a line break character of the other kind inside a value that is not quoted
    stays inside its line, where the csv module refuses it instead of splitting the record.
    """
    text = io.TextIOWrapper(io.BufferedReader(_FileView(source.binary, source.start), 1 << 16),
                            encoding=source.codec, newline=newline)
    if source.boms:
        text.read(source.boms)
    return text


def _head(text, lines=SNIFF_LINES, limit=SNIFF_CHARS):
    """(head, whole): the start of a text stream holding its first ``lines`` lines (at most ``limit``
    characters), and whether it is the whole text. Linear: line breaks are counted chunk by chunk."""
    parts, size, breaks = [], 0, 0
    while size < limit:
        chunk = text.read(min(TEXT_CHUNK, limit - size))
        if not chunk:
            return "".join(parts), True
        parts.append(chunk)
        size += len(chunk)
        breaks += chunk.count("\n") + chunk.count("\r")  # "\r\n" counts twice: enough lines either way
        if breaks > 2 * (lines + 1):
            break
    return "".join(parts), not text.read(1)


def _newline(head):
    """"\r" for a file whose lines end with a lone CR (old Mac exports), else "\n"."""
    match = re.search("[\r\n]", head)
    if match and match.group() == "\r" and head[match.start() + 1:match.start() + 2] != "\n":
        return "\r"
    return "\n"


def _refuse_text_format(head, name):
    start = head.lstrip("\ufeff \t\r\n")[:20].lower()
    kind = next((kind for prefix, kind in _TEXT_SIGNATURES if start.startswith(prefix)), None)
    if kind == "html":
        raise CsvError(_msg(name, _("this is a web page (HTML), not a CSV export: probably an error page saved "
                                    "instead of the export; download the export again")))
    if kind:
        raise CsvError(_msg(name, _("this is a %(kind)s file, not a CSV export: export the object from Intrix "
                                    "as CSV and upload that", kind=kind.upper())))


@functools.lru_cache(maxsize=32)
def _record_line(delimiter, count):
    """A line break followed by a line with at least ``count`` delimiters (linear: the character classes
    are disjoint, nothing to backtrack into)."""
    d = re.escape(delimiter)
    return re.compile("[\r\n](?:[^\r\n%s]*%s){%d}" % (d, d, count))


def _without_trailing_empty(header):
    """The header line without the empty cells a delimiter at the end of the line leaves (at least one
    cell is kept: an empty header is refused in words)."""
    width = len(header)
    while width > 1 and not header[width - 1].strip():
        width -= 1
    return header[:width]


def _raise_field_limit(limit):
    # the csv module's own ceiling is process wide: only ever raised, our own ceiling is checked per value
    if csv.field_size_limit() < limit + 1:
        csv.field_size_limit(limit + 1)


def sniff_delimiter(text, name="", whole=True, newline="\n"):
    """Pick the delimiter that splits the header and the first lines into the same number of fields.

    ``text`` is the head of the file (see :func:`_head`); when it is not the ``whole`` text its last
    record may be cut and is not counted.
    """
    best, best_score, first = None, -1, None
    for delim in DELIMITERS:
        rows, reader = [], csv.reader(io.StringIO(text, newline=newline), delimiter=delim)
        try:
            for row in reader:
                if any(f.strip() for f in row):
                    rows.append(row)
                if len(rows) > SNIFF_LINES:
                    break
        except csv.Error:
            whole = False  # the lines before the error decide; the reading pass reports the error itself
        if not whole and len(rows) > 1:
            rows = rows[:-1]
        rows = rows[:SNIFF_LINES]
        if not rows:
            continue
        first = first or rows[0]
        width = len(rows[0])
        if width < 2:
            continue
        consistent = sum(1 for row in rows if len(row) == width)
        score = consistent * 100 + width
        if score > best_score:
            best, best_score = delim, score
    if best is None:
        lines = [line for line in _LINE_BREAKS.split(text[:SNIFF_CHARS], SNIFF_LINES) if line.strip()]
        if not lines:
            raise CsvError(_msg(name, _("the file has no header line")))
        if not any(d in lines[0] for d in DELIMITERS):
            return ","  # a single-column file
        raise CsvError(_msg(name, _("could not detect the column delimiter (tried ; , tab |)")))
    return best


def read_table(data, name="", delimiter=None, encoding=None, limits=None):
    """Read a whole export (bytes, str or binary file) into a :class:`Table` of strings (see :func:`open_table`)."""
    reader = open_table(data, name, delimiter, encoding, limits)
    rows = [row for chunk in reader.chunks() for row in chunk]
    return Table(headers=reader.headers, rows=rows, encoding=reader.encoding, delimiter=reader.delimiter, name=name)


class TableReader:
    """An export whose rows are read chunk by chunk, so memory stays flat whatever the row count.

    ``opener`` returns a fresh text stream of the whole text at every call (a str is read from memory).
    The header is checked when the reader is made, every row while it is read, by the code that reads
    it: what was checked is what is read, in one pass.
    """

    def __init__(self, opener, name, encoding, delimiter, limits=None):
        if isinstance(opener, str):
            opener = functools.partial(io.StringIO, opener)
        self._open, self.name, self.encoding, self.delimiter = opener, name, encoding, delimiter
        self.encoding_note = ""  # see _Source.note
        self.limits = limits or DEFAULT_LIMITS
        _raise_field_limit(self.limits.max_field_chars)
        self.headers = self._read_header()
        self.row_count = None  # known once the rows have been read

    def _error(self, text):
        return CsvError(_msg(self.name, text))

    def _records(self, text):
        """(first line, fields) of every record that is not blank, each checked: widths, value length,
        a repeated header, a quoted value that swallowed records."""
        reader = csv.reader(text, delimiter=self.delimiter, strict=True)
        width = header = None
        limit, line = self.limits.max_field_chars, 0
        try:
            for fields in reader:
                first, line = line + 1, reader.line_num
                if not fields or (not fields[0].strip() and not "".join(fields).strip()):
                    continue  # blank line, or only delimiters and spaces: no data to lose
                if fields == ["\x1a"]:
                    continue  # the end-of-file mark (Ctrl-Z) DOS-era tools write on the last line: no record
                if width is None and line == 1 and _SEP_LINE.match(self.delimiter.join(fields)):
                    continue  # Excel's "sep=;" line: it named the delimiter (open_table), it holds no column
                if fields and max(map(len, fields)) > limit:
                    raise self._error(_(
                        "line %(line)d holds a value of %(length)d characters, more than the limit of %(limit)d "
                        "(system parameter %(parameter)s)", line=first, length=max(map(len, fields)),
                        limit=limit, parameter=Limits.parameter("max_field_chars")))
                if width is None:
                    # a delimiter that ends every line, the header's too, opens no column: values under it
                    # must be empty (a value there is refused below, as in any row wider than the header)
                    width, header = len(_without_trailing_empty(fields)), fields
                elif fields[0][:1] == "\ufeff":
                    raise self._error(_(
                        "line %(line)d starts with a byte order mark (the first bytes of a UTF-8 file): two exports "
                        "joined into one file? Upload them one by one", line=first))
                elif len(fields) > width and any(f.strip() for f in fields[width:]):
                    raise self._error(_(
                        "line %(line)d has %(count)d fields but the header has %(width)d (a %(delimiter)r inside a "
                        "value without quotes?)", line=first, count=len(fields), width=width, delimiter=self.delimiter))
                elif fields == header:
                    raise self._error(_("line %(line)d repeats the header line: two exports joined into one file? "
                                        "Upload them one by one", line=first))
                if line > first:
                    self._check_multiline(fields, first, line, width)
                yield first, fields
        except csv.Error as exc:
            raise self._csv_error(exc, line + 1) from exc

    def _check_multiline(self, fields, first, last, width):
        """A quoted value over several lines is fine, unless one of its lines looks like a whole record:
        then a closing quote is missing and the value has swallowed the records after it.

        One regular expression search per value (a line after a line break with ``width - 1``
        delimiters), never a list of its lines: a value of millions of short lines costs time and memory
        in proportion to its length.
        """
        if width < 2:
            return
        pattern = _record_line(self.delimiter, width - 1)
        for value in fields:
            match = pattern.search(value) if ("\n" in value or "\r" in value) else None
            if match:
                end = _LINE_BREAKS.search(value, match.end())
                raise self._error(_(
                    "line %(line)d: a quoted value runs over %(count)d lines and holds a line that looks like a "
                    "record of its own (\"%(text)s\"): is a closing quote missing?",
                    line=first, count=last - first + 1,
                    text=value[match.start() + 1:end.start() if end else len(value)].lstrip("\r\n")[:60]))

    def _csv_error(self, exc, line):
        text = str(exc)
        if "field larger than field limit" in text:
            limit = self.limits.max_field_chars
            return self._error(_(
                "line %(line)d holds a value longer than the limit of %(limit)d characters (system parameter "
                "%(parameter)s)", line=line, limit=limit, parameter=Limits.parameter("max_field_chars")))
        if "unexpected end of data" in text:
            return self._error(_("a quoted value that starts on line %(line)d or before is never closed: "
                                 "a closing quote is missing", line=line))
        if "expected after" in text:
            return self._error(_("line %(line)d: text follows a closing quote; a quote inside a quoted value must be "
                                 "doubled (\"\"), or a quote is missing", line=line))
        if "new-line character seen in unquoted field" in text:
            return self._error(_("line %(line)d: a line break character (CR or LF) inside a value that is not quoted; "
                                 "quote the value or remove the character", line=line))
        return self._error(_("malformed CSV near line %(line)d: %(error)s", line=line, error=text))

    def _read_header(self):
        with self._open() as text:
            first = next(self._records(text), None)
        if first is None:
            raise self._error(_("the file is empty"))
        return self._check_headers(_without_trailing_empty(first[1]))

    def _check_headers(self, header_line):
        if len(header_line) > self.limits.max_columns:
            raise self._error(_("the file has %(count)d columns, more than the limit of %(limit)d (system parameter "
                                "%(parameter)s)", count=len(header_line), limit=self.limits.max_columns,
                                parameter=Limits.parameter("max_columns")))
        stripped = [h.strip() for h in header_line]
        if not all(stripped):
            raise self._error(_("a column has no header (column %d)", stripped.index("") + 1))
        long = next((i for i, h in enumerate(stripped) if len(h) > MAX_HEADER_CHARS), None)
        if long is not None:
            raise self._error(_("the header of column %(column)d is %(length)d characters long (at most %(limit)d): "
                                "is the first line data instead of the column names?",
                                column=long + 1, length=len(stripped[long]), limit=MAX_HEADER_CHARS))
        counts = {}
        for h in stripped:
            counts[h] = counts.get(h, 0) + 1
        dupes = sorted(h for h, count in counts.items() if count > 1)
        if dupes:
            raise self._error(_("duplicate column header(s): %s", ", ".join(dupes)))
        return stripped

    def chunks(self, size=5000):
        """Yield lists of row dicts (header -> stripped string), ``size`` rows at a time.

        Every record is checked as it is read (:meth:`_records`): a problem late in the file raises
        :class:`CsvError` after earlier chunks were yielded, so a caller that stores them does so in a
        transaction it rolls back on that error (staging does).
        """
        headers, width = self.headers, len(self.headers)
        padding = [""] * width
        rows = 0
        with self._open() as text:
            records = self._records(text)
            next(records, None)  # the header
            chunk = []
            for _line, fields in records:
                values = [f.strip() for f in fields[:width]]
                if len(values) < width:  # a short row: the missing trailing values are empty
                    values += padding[len(values):]
                chunk.append(dict(zip(headers, values)))
                if len(chunk) >= size:
                    rows += len(chunk)
                    self._check_rows(rows)
                    yield chunk
                    chunk = []
            rows += len(chunk)
            self._check_rows(rows)
            if chunk:
                yield chunk
        self.row_count = rows

    def _check_rows(self, rows):
        limit = self.limits.max_rows_per_file
        if rows > limit:
            raise self._error(_("the file holds more than %(limit)d rows (system parameter %(parameter)s)",
                                limit=limit, parameter=Limits.parameter("max_rows_per_file")))


def open_table(data, name="", delimiter=None, encoding=None, limits=None):
    """Detect encoding, line ends and delimiter, check the header, and return a :class:`TableReader`.

    ``data`` is bytes, a str, or a seekable binary file object (read from its start, left open: the
    reader reads it again for its rows, so close it only when they have been read). Raises
    :class:`CsvError` for empty files, binary files, other formats, mixed encodings, duplicate or empty
    headers; rows with more fields than the header, unterminated quotes and anything over ``limits``
    raise it while the rows are read (:meth:`TableReader.chunks`).
    """
    limits = limits or DEFAULT_LIMITS
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
    _raise_field_limit(limits.max_field_chars)
    with _text_stream(source, "") as text:  # "": no line end is translated, the head is the raw text
        head, whole = _head(text)
    _refuse_text_format(head, name)
    newline = _newline(head)
    sep_line = _SEP_LINE.match(head)
    if not delimiter:
        delimiter = sep_line.group(1) if sep_line else sniff_delimiter(head, name, whole, newline)
    reader = TableReader(functools.partial(_text_stream, source, newline), name, source.encoding, delimiter, limits)
    reader.encoding_note = source.note
    return reader
