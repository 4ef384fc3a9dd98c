"""Parsing of the values found in CRM exports: dd.mm.yyyy dates, decimal commas, yes/no...

Every parser returns ``None`` for an empty value and raises ``ValueError`` with a short explanation
for a value it cannot read, so that the staging record can carry the message. Nothing is guessed
silently: a number or date that reads two ways is read the way its column was decided
(:mod:`column_formats` decides it from all the column's values and the file's locale) or refused.

``number_shape`` / ``date_shape`` tell what one value says about its column; ``parse_number`` /
``parse_date`` read a value with the column's decision.
"""
import datetime
import functools
import math
import re
import unicodedata
from decimal import Decimal

from .i18n import _

# with the words French, Spanish and Italian spreadsheets write for TRUE/FALSE (VRAI/FAUX, VERDADERO/FALSO, VERO)
TRUE = {"yes", "y", "true", "1", "da", "ja", "x", "active", "aktiven", "aktiv", "on", "wahr", "checked",
        "vrai", "oui", "verdadero", "vero", "sí", "sì"}
FALSE = {"no", "n", "false", "0", "ne", "nein", "inactive", "neaktiven", "inaktiv", "off", "falsch", "", "unchecked",
         "faux", "non", "falso"}
COUNTRY_NAMES = {
    # local names the exports use, normalised to lower case; res.country names/codes cover the rest
    "slovenija": "SI", "slowenien": "SI", "deutschland": "DE", "nemčija": "DE", "nemcija": "DE",
    "germany": "DE", "österreich": "AT", "oesterreich": "AT", "avstrija": "AT", "hrvaška": "HR",
    "hrvaska": "HR", "kroatien": "HR", "hrvatska": "HR", "italija": "IT", "italien": "IT",
    "madžarska": "HU", "ungarn": "HU", "srbija": "RS", "bosna in hercegovina": "BA", "schweiz": "CH",
    "švica": "CH", "uk": "GB", "united kingdom": "GB", "great britain": "GB", "usa": "US",
    "united states": "US", "zda": "US", "češka": "CZ", "tschechien": "CZ", "slovaška": "SK",
    "polska": "PL", "poljska": "PL", "francija": "FR", "frankreich": "FR", "španija": "ES", "spanien": "ES",
}
EMAIL_RE = re.compile(r"^[^@\s,;]+@[^@\s,;]+\.[A-Za-z]{2,}$")
#: invisible characters copied along with an address from a web page or a document (zero-width space,
#: joiners, word joiner, soft hyphen, BOM): the address looks right and is never delivered
INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
PHONE_RE = re.compile(r"^\+?[\d\s()./-]{6,}$")


# ---------------------------------------------------------------------------------------------- numbers
#: digits kept before the decimal separator: a float field holds 15 significant digits exactly, so a
#: longer number would be stored as a different one
MAX_INTEGER_DIGITS = 15
INT4_MIN, INT4_MAX = -(2 ** 31), 2 ** 31 - 1  # an Odoo Integer field is a PostgreSQL int4
SPACES = " \u00a0\u202f\u2009"  # space, no-break space, narrow no-break space, thin space
APOSTROPHES = "'\u2019"  # Swiss 1'500.50 (ASCII or typographic apostrophe)
MINUS_SIGNS = "-\u2212\u2013"  # hyphen-minus, minus sign, en dash (spreadsheets export all three)
NOT_FINITE = {"inf", "infinity", "nan", "\u221e", "-inf", "+inf", "-infinity", "+infinity", "-nan", "-\u221e"}
CURRENCY_SYMBOLS = "".join(chr(c) for c in range(0x20, 0x10000) if unicodedata.category(chr(c)) == "Sc")
#: local currency abbreviations besides ISO codes (three capitals) and symbols, lower case
CURRENCY_WORDS = {"kn", "zł", "zl", "kč", "kc", "ft", "lei", "kr", "fr", "sfr", "chf", "rs", "din", "lv", "tl",
                  "sk", "sit", "dm", "km", "eur", "usd", "gbp", "€", "euro", "euros", "rsd", "bam", "huf"}
_CURRENCY = r"(?:[A-Za-z]{0,3}[%s]|[^\W\d_]{1,5}\.?)" % re.escape(CURRENCY_SYMBOLS)
_LEAD_CURRENCY = re.compile(r"^(%s)\s*" % _CURRENCY)
_TRAIL_CURRENCY = re.compile(r"(%s)$" % _CURRENCY)
#: characters a trailing currency can take (at most "ABC€" or five letters and a dot): the end of a value
#: is searched for one from here, so that a long value costs linear time, not quadratic
_TRAIL_CURRENCY_CHARS = 8
_WHOLE_MARK = re.compile(r"([.,])[-\u2013]{1,2}$")  # German/Swiss "1.500,-" / "1'500.-": no cents
_MANTISSA = re.compile(r"^(?P<m>[.,]?[0-9](?:[0-9.,%s%s]*[0-9])?)(?:[eE](?P<e>[-+]?[0-9]{1,6}))?$"
                       % (SPACES, APOSTROPHES))


def _is_currency(token):
    token = token.strip()
    bare = token.rstrip(".")
    return bool(token) and (
        any(c in CURRENCY_SYMBOLS for c in token)
        or (len(bare) == 3 and bare.isalpha() and bare.isupper())
        or bare.lower() in CURRENCY_WORDS)


def _split_number(raw):
    """(negative, percent, mantissa, exponent) of a number as written, affixes removed.

    Affixes: a sign before or after (``1500-``), parentheses (``(1.500)``), a currency symbol, ISO code or
    local abbreviation before or after, a percent sign. Raises ValueError when what remains is no number.
    """
    text = raw.strip()
    match = _MANTISSA.match(text)
    if match:  # the common case: a bare number, nothing to peel
        return False, False, match.group("m"), match.group("e")
    negative = percent = False
    signs = currencies = 0
    for _round in range(6):
        before = text
        if text.startswith("(") and text.endswith(")"):
            negative, signs, text = True, signs + 1, text[1:-1].strip()
        if text[:1] in MINUS_SIGNS or text[:1] == "+":
            negative, signs = negative or text[0] != "+", signs + 1
            text = text[1:].lstrip()
        if text.endswith("%"):
            percent, text = True, text[:-1].rstrip()
        whole = _WHOLE_MARK.search(text)
        if whole:
            text = text[:whole.start()] + whole.group(1) + "00"
        elif len(text) > 1 and text[-1:] in MINUS_SIGNS:
            negative, signs, text = True, signs + 1, text[:-1].rstrip()
        match = _LEAD_CURRENCY.match(text)
        if match and _is_currency(match.group(1)) and match.end() < len(text):
            currencies, text = currencies + 1, text[match.end():]
        match = _TRAIL_CURRENCY.search(text, max(0, len(text) - _TRAIL_CURRENCY_CHARS))
        if match and _is_currency(match.group(1)):
            # the blanks before the currency: str.rstrip, not a regex searched from every position
            rest = text[:match.start()].rstrip()
            if rest:
                currencies, text = currencies + 1, rest
        if text == before:
            break
    match = _MANTISSA.match(text)
    if not match or signs > 1 or currencies > 1:
        raise ValueError(_("'%s' is not a number", raw))
    return negative, percent, match.group("m"), match.group("e")


def _read_mantissa(mantissa, decimal):
    """(integer digits, fraction digits) of ``mantissa`` read with ``decimal`` as the decimal separator,
    or None when it cannot be read so (a second decimal separator, groups of the wrong size)."""
    thousands = "," if decimal == "." else "."
    if mantissa.count(decimal) > 1:
        return None
    integer, _sep, fraction = mantissa.partition(decimal)
    if not fraction.isdigit() and fraction:
        return None
    if not integer or integer.isdigit():
        return integer or "0", fraction
    marks = {(" " if c in SPACES else c) for c in integer if not c.isdigit()}
    if not marks:
        return integer or "0", fraction
    if len(marks) > 1 or marks - {thousands, " ", "'", "\u2019"}:
        return None  # one thousands separator per value, and never the decimal one
    mark = marks.pop()
    groups = re.split("[%s]" % re.escape(SPACES if mark == " " else mark), integer)
    if not _grouped(groups):
        return None
    return "".join(groups), fraction


def _grouped(groups):
    """1.234.567 (groups of three) or the Indian 12,34,567 (twos, then three)."""
    first, rest = groups[0], groups[1:]
    if not rest or not first.isdigit() or first.startswith("0") or not all(g.isdigit() for g in rest):
        return False
    if len(first) <= 3 and all(len(g) == 3 for g in rest):
        return True
    return len(rest) >= 2 and len(first) <= 2 and all(len(g) == 2 for g in rest[:-1]) and len(rest[-1]) == 3


def _readings(raw):
    """The split value and its readings {decimal separator: (integer, fraction)} (empty: no number)."""
    negative, percent, mantissa, exponent = _split_number(raw)
    readings = {}
    for decimal in (",", "."):
        reading = _read_mantissa(mantissa, decimal)
        if reading is not None:
            readings[decimal] = reading
    return (negative, percent, mantissa, exponent), readings


#: values longer than this are not cached by the shape functions: the cache would keep up to 65536 values
#: of up to max_field_chars each alive in the worker after the import (no number or date is this long)
CACHED_CHARS = 100


def number_shape(raw):
    """:func:`_number_shape`, cached for short values."""
    if isinstance(raw, str) and len(raw) > CACHED_CHARS:
        return _number_shape(raw)
    return _cached_number_shape(raw)


def date_shape(raw):
    """:func:`_date_shape`, cached for short values."""
    if isinstance(raw, str) and len(raw) > CACHED_CHARS:
        return _date_shape(raw)
    return _cached_date_shape(raw)


def _number_shape(raw):
    """What one value says about its column's decimal separator.

    Returns ``","`` or ``"."`` when only that separator reads it (``7,5``, ``1.234,50``, ``1.234.567``),
    ``"?"`` when both read it as different numbers (``1.500``: 1500 or 1.5), ``""`` when both read it
    alike (``1500``, ``1 500``) and None when it is no number at all.
    """
    if not isinstance(raw, str) or not raw.strip() or raw.strip().lower() in NOT_FINITE:
        return None
    try:
        _parts, readings = _readings(raw)
    except ValueError:
        return None
    if len(readings) == 1:
        return next(iter(readings))
    if not readings:
        return None
    return "" if readings[","] == readings["."] else "?"


_cached_number_shape = functools.lru_cache(maxsize=65536)(_number_shape)


def format_label(decimal):
    """'decimal comma, thousands dot' for a column's decimal separator."""
    if decimal == ",":
        return _("decimal comma, thousands dot")
    return _("decimal dot, thousands comma")


def parse_number(value, decimal=None, label=None, percent=True):
    """Decimal value of a number written in a CRM export, or None for an empty value.

    ``decimal`` is the decimal separator decided for the value's column (``","`` or ``"."``); ``label``
    says how it was decided, for the message of a value that contradicts it. Without ``decimal`` a
    value that reads as two different numbers (``1.500``) is refused rather than guessed.
    Raises ValueError for anything that is not exactly one finite number of at most
    :data:`MAX_INTEGER_DIGITS` digits before the decimal separator, and for a percentage ("15%") when
    ``percent`` is false (a column of amounts: 15 % of what is not 15).
    """
    raw = value if isinstance(value, str) else str(value)
    text = raw.strip()
    if not text:
        return None
    if text.lower() in NOT_FINITE:
        raise ValueError(_("'%(value)s' is not a finite number", value=raw))
    (negative, is_percent, mantissa, exponent), readings = _readings(text)
    if is_percent and not percent:
        raise ValueError(_("'%(value)s' is a percentage, not an amount", value=_shorten(raw)))
    if not readings:
        raise ValueError(_("'%s' is not a number", raw))
    if decimal in readings:
        integer, fraction = readings[decimal]
    elif decimal:
        raise ValueError(_("'%(value)s' does not fit the column's number format (%(format)s)",
                           value=raw, format=label or format_label(decimal)))
    elif len(readings) == 1 or readings[","] == readings["."]:
        integer, fraction = next(iter(readings.values()))
    else:
        raise ValueError(_("'%(value)s' is ambiguous: %(comma)s with a decimal comma, %(dot)s with a decimal dot",
                           value=raw, comma=_plain(readings[","]), dot=_plain(readings["."])))
    if len(integer.lstrip("0")) > MAX_INTEGER_DIGITS:
        raise ValueError(_("'%(value)s' is too large: at most %(digits)s digits before the decimal separator",
                           value=_shorten(raw), digits=MAX_INTEGER_DIGITS))
    number = Decimal("%s.%s" % (integer, fraction or "0"))
    if exponent:
        number = number.scaleb(int(exponent))
    if not math.isfinite(float(number)):
        raise ValueError(_("'%(value)s' is not a finite number", value=_shorten(raw)))
    if abs(number) >= 10 ** MAX_INTEGER_DIGITS:
        raise ValueError(_("'%(value)s' is too large: at most %(digits)s digits before the decimal separator",
                           value=_shorten(raw), digits=MAX_INTEGER_DIGITS))
    if number and not float(number):
        raise ValueError(_("'%(value)s' is too small to be stored", value=_shorten(raw)))
    return -number if negative else number


def _plain(reading):
    integer, fraction = reading
    return "%s.%s" % (integer, fraction) if fraction else integer


def _shorten(text, size=40):
    text = str(text)
    return text if len(text) <= size else "%s...(%s characters)" % (text[:size], len(text))


def parse_float(value, decimal=None, label=None, percent=True):
    """'12.500,00' -> 12500.0, '7,5' -> 7.5, '1,234.56' -> 1234.56, '€ 1.200,10' -> 1200.1.

    Numbers read from JSON (int/float) are checked the same way: finite and not too large.
    """
    if isinstance(value, bool):
        raise ValueError(_("'%s' is not a number", value))
    if isinstance(value, (int, float)):
        return float(check_number(value))
    number = parse_number(value, decimal, label, percent)
    return None if number is None else float(number)


def parse_int(value, decimal=None, label=None, percent=True):
    """A whole number that fits an Odoo Integer field (PostgreSQL int4): '1.500' (thousands) -> 1500."""
    if isinstance(value, bool):
        raise ValueError(_("'%s' is not a number", value))
    number = check_number(value) if isinstance(value, (int, float)) else parse_number(value, decimal, label, percent)
    if number is None:
        return None
    number = Decimal(number) if not isinstance(number, Decimal) else number
    if number != number.to_integral_value():
        raise ValueError(_("'%(value)s' is not a whole number", value=_shorten(value)))
    if not INT4_MIN <= number <= INT4_MAX:
        raise ValueError(_("'%(value)s' is out of range for a whole number (%(min)s to %(max)s)",
                           value=_shorten(value), min=INT4_MIN, max=INT4_MAX))
    return int(number)


def check_number(value):
    """A number from JSON as a Decimal; ValueError if it is not finite or too large to store exactly."""
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(_("'%(value)s' is not a finite number", value=value))
    number = Decimal(value) if isinstance(value, int) else Decimal(repr(value))
    if abs(number) >= 10 ** MAX_INTEGER_DIGITS:
        raise ValueError(_("'%(value)s' is too large: at most %(digits)s digits before the decimal separator",
                           value=_shorten(value), digits=MAX_INTEGER_DIGITS))
    return number


def detect_decimal_separator(values):
    """',' or '.' for a column of amounts: the separator most values can only be read with (ties: '.')."""
    votes = {",": 0, ".": 0}
    for value in values:
        shape = number_shape(value) if isinstance(value, str) else None
        if shape in votes:
            votes[shape] += 1
    return "," if votes[","] > votes["."] else "."


# ---------------------------------------------------------------------------------------------- dates
#: two-digit years as POSIX reads them: 00-68 -> 2000-2068, 69-99 -> 1969-1999
PIVOT_YEAR = 68
_NUMERIC_DATE = re.compile(r"^(\d{1,4})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{1,4})\.?$")
_CLOCK = re.compile(r"^(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,]\d+)?)?\s*([AaPp]\.?[Mm]\.?)?$")
TEXT_DATE_FORMATS = ("%d %b %Y", "%d %B %Y", "%b %d, %Y", "%B %d, %Y", "%d-%b-%Y", "%d-%b-%y", "%d. %B %Y",
                     "%b %d %Y", "%B %d %Y")


def _year(text):
    year = int(text)
    if len(text) == 2:
        return year + (2000 if year <= PIVOT_YEAR else 1900)
    if len(text) != 4:
        raise ValueError
    return year


def _date_shape(raw):
    """What one value says about its column's day/month order.

    ``"dmy"`` or ``"mdy"`` when only that order reads it (25/04/2024, 04/25/2024), ``"?"`` when both read
    it as different dates (03/04/2024), ``"."`` for a dotted date (always day first), ``""`` for a value
    that says nothing (ISO, 03/03/2024), None for no date. A trailing ``"2"`` marks a two-digit year.
    """
    if not isinstance(raw, str):
        return None
    match = _NUMERIC_DATE.match(_split_clock(raw.strip())[0])
    if not match:
        return None
    first, sep, second, third = match.groups()
    if len(first) >= 3:
        return "" if len(first) == 4 else None
    two_digit = "2" if len(third) == 2 else ""
    try:
        year = _year(third)
    except ValueError:
        return None
    if sep == ".":
        return "." + two_digit if _date(year, int(second), int(first)) else None
    dmy, mdy = _date(year, int(second), int(first)), _date(year, int(first), int(second))
    if dmy and mdy:
        return ("" if dmy == mdy else "?") + two_digit
    if dmy or mdy:
        return ("dmy" if dmy else "mdy") + two_digit
    return None


_cached_date_shape = functools.lru_cache(maxsize=65536)(_date_shape)


def _split_clock(value):
    """(date text, time text or None) of ``05.02.2024 10:30`` / ``04/25/2024 2:30 PM``."""
    match = re.match(r"^(.*\d\.?)(?:\s+|T)(\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:[.,]\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?)$",
                     value)
    if match and _NUMERIC_DATE.match(match.group(1).strip()):
        return match.group(1).strip(), match.group(2)
    return value, None


def _date(year, month, day):
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _numeric_date(text, day_first, order_label=None):
    """date of a numeric date (dd.mm.yyyy, yyyy-mm-dd, dd/mm/yy...) or None when it is not one.

    Raises ValueError when a slash date reads both ways and no order is given, or reads only in the
    order the column did not decide."""
    match = _NUMERIC_DATE.match(text)
    if not match:
        return None
    first, sep, second, third = match.groups()
    if len(first) == 4:
        return _date(int(first), int(second), int(third))
    if len(first) == 3:
        return None
    try:
        year = _year(third)
    except ValueError:
        return None
    if sep == ".":
        return _date(year, int(second), int(first))
    dmy, mdy = _date(year, int(second), int(first)), _date(year, int(first), int(second))
    if day_first is None:
        if dmy and mdy and dmy != mdy:
            raise ValueError(_("'%(value)s' is ambiguous: day/month or month/day (nothing in the column decides)",
                               value=text))
        return dmy or mdy
    found, other = (dmy, mdy) if day_first else (mdy, dmy)
    if found is None and other is not None:
        raise ValueError(_("'%(value)s' is not a date in the column's order (%(order)s)", value=text,
                           order=order_label or date_order_label(day_first)))
    return found


def date_order_label(day_first):
    return _("day/month/year") if day_first else _("month/day/year")


def parse_date(value, day_first=None, order_label=None):
    """date of a CRM export value; ``day_first`` is the column's day/month order of slash dates
    (None: refuse a slash date that reads both ways)."""
    value = (value or "").strip()
    if not value:
        return None
    # the calendar day as written: '2025-03-31T23:30:00-05:00' is the 31st, not the UTC 1st of April
    dt = _parse(value, day_first, order_label, to_utc=False)
    if dt is None:
        raise ValueError(_("'%s' is not a date (expected dd.mm.yyyy or yyyy-mm-dd)", value))
    return dt.date() if isinstance(dt, datetime.datetime) else dt


def dropped_time(value, day_first=None, order_label=None):
    """The time of day a date field would drop from ``value`` ('14:05'), or None (no time, or midnight)."""
    try:
        dt = _parse((value or "").strip(), day_first, order_label, to_utc=False)
    except ValueError:
        return None
    if not isinstance(dt, datetime.datetime) or dt.time() == datetime.time():
        return None
    return dt.strftime("%H:%M:%S" if dt.second or dt.microsecond else "%H:%M")


def parse_datetime(value, day_first=None, order_label=None):
    """Naive UTC datetime (Odoo stores UTC). ISO values with an offset are converted."""
    value = (value or "").strip()
    if not value:
        return None
    dt = _parse(value, day_first, order_label)
    if dt is None:
        raise ValueError(_("'%s' is not a date/time (expected dd.mm.yyyy hh:mm or ISO-8601)", value))
    if not isinstance(dt, datetime.datetime):
        dt = datetime.datetime.combine(dt, datetime.time())
    return dt


def _parse(value, day_first, order_label, to_utc=True):
    """date or datetime of ``value``, None when it is neither; ValueError for a contradiction. ISO
    values with an offset are converted to UTC, or (``to_utc=False``) kept at their own clock."""
    if re.match(r"^\d{4}-\d{2}-\d{2}", value):
        try:
            dt = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            dt = None
        if dt is not None:
            if dt.tzinfo:
                dt = dt.astimezone(datetime.timezone.utc) if to_utc else dt
                dt = dt.replace(tzinfo=None)
            return dt
    day_text, clock = _split_clock(value)
    day = _numeric_date(day_text, day_first, order_label)
    if day is None:
        for fmt in TEXT_DATE_FORMATS:
            try:
                day = datetime.datetime.strptime(day_text, fmt).date()
                break
            except ValueError:
                continue
    if day is None:
        return None
    if clock is None:
        return day
    time = _clock(clock)
    return datetime.datetime.combine(day, time) if time else None


def _clock(text):
    match = _CLOCK.match(text.strip())
    if not match:
        return None
    hour, minute, second, ampm = match.groups()
    hour, minute, second = int(hour), int(minute), int(second or 0)
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm[0] in "Pp" else 0)
    try:
        return datetime.time(hour, minute, second)
    except ValueError:
        return None


def parse_bool(value):
    text = (value or "").strip().lower()
    if text in TRUE:
        return True
    if text in FALSE:
        return False
    raise ValueError(_("'%s' is not yes/no", value))


def parse_email(value):
    text = (value or "").strip()
    if not text:
        return None
    if text.lower().startswith("mailto:"):
        text = text[7:]
    if INVISIBLE.search(text):
        raise ValueError(_("'%s' contains an invisible character (zero-width space or similar): type the "
                           "address again", value))
    if not EMAIL_RE.match(text):
        raise ValueError(_("'%s' is not an e-mail address", value))
    return text.lower()


def is_phone(value):
    return bool(PHONE_RE.match((value or "").strip()))


def parse_list(value):
    """'T1, T2|T3' -> ['T1', 'T2', 'T3']; lists from the API pass through."""
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if str(v).strip()]
    return [part.strip() for part in re.split(r"[,;|]", value or "") if part.strip()]


def country_code_hint(value):
    """ISO-2 code for a local country name, or the value itself when it already is a code."""
    text = (value or "").strip()
    if len(text) == 2 and text.isalpha():
        return text.upper()
    return COUNTRY_NAMES.get(text.lower())


def parse_api_decimal(value):
    """A decimal of a JSON API: a number, or a text with a decimal dot ('1,000.50', '21%'); never a
    decimal comma guessed ('1,5' is refused in words)."""
    return parse_float(value, ".", _("a decimal dot, as the API writes amounts"))
