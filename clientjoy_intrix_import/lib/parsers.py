"""Parsing of the values found in CRM exports: dd.mm.yyyy dates, decimal commas, yes/no...

Every parser returns ``None`` for an empty value and raises ``ValueError`` with a short explanation
for a value it cannot read, so that the staging record can carry the message.
"""
import datetime
import re

from .i18n import _

DATE_FORMATS = ("%d.%m.%Y", "%d. %m. %Y", "%d.%m.%y", "%Y-%m-%d", "%d/%m/%Y", "%Y/%m/%d", "%d-%m-%Y")
TIME_FORMATS = ("%H:%M", "%H:%M:%S")
TRUE = {"yes", "y", "true", "1", "da", "ja", "x", "active", "aktiven", "aktiv", "on", "wahr", "checked"}
FALSE = {"no", "n", "false", "0", "ne", "nein", "inactive", "neaktiven", "inaktiv", "off", "falsch", "", "unchecked"}
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
PHONE_RE = re.compile(r"^\+?[\d\s()./-]{6,}$")


def parse_date(value):
    value = (value or "").strip()
    if not value:
        return None
    value = value.split("T")[0] if re.match(r"^\d{4}-\d{2}-\d{2}T", value) else value
    for fmt in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    dt = _try_datetime(value)
    if dt:
        return dt.date()
    raise ValueError(_("'%s' is not a date (expected dd.mm.yyyy or yyyy-mm-dd)", value))


def parse_datetime(value):
    """Naive UTC datetime (Odoo stores UTC). ISO values with an offset are converted."""
    value = (value or "").strip()
    if not value:
        return None
    dt = _try_datetime(value)
    if dt:
        return dt
    for fmt in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(value, fmt)
        except ValueError:
            continue
    raise ValueError(_("'%s' is not a date/time (expected dd.mm.yyyy hh:mm or ISO-8601)", value))


def _try_datetime(value):
    iso = value.replace("Z", "+00:00")
    try:
        dt = datetime.datetime.fromisoformat(iso)
    except ValueError:
        dt = None
    if dt is not None:
        if dt.tzinfo:
            dt = dt.astimezone(datetime.timezone.utc).replace(tzinfo=None)
        return dt
    if " " in value:
        day, _sep, clock = value.rpartition(" ")
        for dfmt in DATE_FORMATS:
            for tfmt in TIME_FORMATS:
                try:
                    return datetime.datetime.strptime("%s %s" % (day.strip(), clock), "%s %s" % (dfmt, tfmt))
                except ValueError:
                    continue
    return None


def detect_decimal_separator(values):
    """Return ',' or '.' for a column of amounts: the separator that stands last, followed by 1-2 digits."""
    comma = dot = 0
    for value in values:
        value = (value or "").strip()
        if re.search(r",\d{1,2}$", value) or re.search(r"\.\d{3},", value):
            comma += 1
        elif re.search(r"\.\d{1,2}$", value) or re.search(r",\d{3}\.", value):
            dot += 1
    return "," if comma > dot else "."


def parse_float(value, decimal=None):
    """'12.500,00' -> 12500.0, '7,5' -> 7.5, '1,234.56' -> 1234.56, '€ 1.200' -> 1200.0."""
    raw = (value or "").strip()
    if not raw:
        return None
    text = re.sub(r"[^\d,.\-+]", "", raw.replace("\u00a0", "").replace("'", ""))
    negative = text.startswith("-") or (raw.startswith("(") and raw.endswith(")"))
    text = text.lstrip("+-")
    if not text or not re.search(r"\d", text):
        raise ValueError(_("'%s' is not a number", raw))
    if "," in text and "." in text:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
    elif decimal is None:
        if text.count(",") == 1 and not re.fullmatch(r"\d{1,3},\d{3}", text):
            decimal = ","
        elif text.count(".") > 1:
            decimal = ","  # 1.234.567
        elif text.count(",") > 1:
            decimal = "."
        else:
            decimal = "."
    thousands = "." if decimal == "," else ","
    text = text.replace(thousands, "")
    if decimal == ",":
        text = text.replace(",", ".")
    if text.count(".") > 1:
        raise ValueError(_("'%s' is not a number", raw))
    try:
        number = float(text)
    except ValueError as exc:
        raise ValueError(_("'%s' is not a number", raw)) from exc
    return -number if negative else number


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
