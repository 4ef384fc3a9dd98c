"""Counting source records at the source, independently of the reader that stages them.

A phase reconciles only when the number of records at the source, counted by other means than the
staging (pandas reader, API pager), equals what was staged. For a CSV export that is the data lines
the ``csv`` module finds in the raw file (quoted line breaks are one record; blank lines, lines of
only delimiters, Excel's "sep=" line and a DOS end-of-file mark hold no data and are none, as for the reader);
for the Clientjoy API the ``meta.total`` the server announces (see adapters/clientjoy.py).

Pure Python: streamed, memory does not depend on the file size.
"""
import codecs
import csv
import io
import sys

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def count_csv_records(binary, encoding, delimiter):
    """Data records (header excluded, blank lines skipped) of a CSV file opened in binary mode."""
    head = binary.read(4)
    binary.seek(0)
    codec = next((name for bom, name in _BOMS if head.startswith(bom)), encoding or "utf-8")
    csv.field_size_limit(sys.maxsize)
    text = io.TextIOWrapper(binary, encoding=codec, errors="replace", newline="")
    try:
        count = -1  # the header
        reader = csv.reader(text, delimiter=delimiter or ",", quotechar='"', doublequote=True)
        for row in reader:
            if reader.line_num == 1 and row == ["sep=", ""]:
                continue  # Excel's "sep=;" line names the delimiter: neither header nor record
            if row == ["\x1a"]:
                continue  # a DOS end-of-file mark (Ctrl-Z) on the last line
            if any(field.strip(" \t\ufeff") for field in row):  # a blank line or ";;;" holds no record
                count += 1
        return max(count, 0)
    finally:
        text.detach()
