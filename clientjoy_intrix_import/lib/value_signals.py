"""What a single value is, through well-kept libraries instead of hand-written patterns.

* phone numbers: ``phonenumbers`` (Google's libphonenumber metadata of every country);
* VAT numbers: ``python-stdnum`` (an Odoo dependency; the number formats of every country's VAT);
* dates: babel's CLDR date formats of every locale (numeric formats and month names), plus ISO 8601;
* countries and currencies: babel's territory and currency names in every locale, ISO codes;
* e-mail addresses: the syntax of an RFC 5322 addr-spec (``email.headerregistry``).

Each function returns None when its library is missing or switched off (``CJI_PROPOSER_ABLATE``), and
the proposer then falls back on its own patterns. Pure Python, no Odoo import.
"""
import re
from email.errors import HeaderParseError
from email.headerregistry import Address

from . import vocabulary

try:
    import phonenumbers
except ImportError:  # optional: the proposer falls back on a pattern
    phonenumbers = None
try:
    from stdnum import get_cc_module
    from stdnum.exceptions import InvalidChecksum, ValidationError
except ImportError:  # python-stdnum comes with Odoo; without it the proposer falls back on a pattern
    get_cc_module = None

# regions tried for a phone number written without its country code: the countries of the languages
# of the term table (a national number valid in one of them is a phone number)
PHONE_REGIONS = ("SI", "DE", "AT", "CH", "FR", "IT", "ES", "PT", "NL", "BE", "PL", "CZ", "SK", "HR", "RS", "HU", "RO",
                 "SE", "DK", "FI", "NO", "TR", "GR", "GB", "US", "RU", "UA", "BG", "EE", "LV", "LT", "JP", "CN", "KR",
                 "IL", "AE", "SA", "ID", "VN", "BR", "MX", "CA")
_EMAIL_SHAPE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


def is_email(value):
    """True/False: an addr-spec with a dotted domain ("ana@firma.si")."""
    if not vocabulary.enabled("values_lib"):
        return None
    if not _EMAIL_SHAPE.match(value):
        return False
    try:
        address = Address(addr_spec=value)
    except (HeaderParseError, ValueError, IndexError, TypeError):
        return False
    return bool(address.username and "." in address.domain)


def is_phone(value):
    """True/False by libphonenumber, None when it is not available."""
    if phonenumbers is None or not vocabulary.enabled("phonenumbers") or not vocabulary.enabled("values_lib"):
        return None
    digits = sum(ch.isdigit() for ch in value)
    if date_kind(value):
        return False
    if digits < 6 or digits > 17 or re.search(r"[^\d\s()+./\-x]", value.lower().replace("ext", "x")):
        return False
    text = "+" + value.strip()[2:] if value.strip().startswith("00") else value
    if not text.strip().startswith(("+", "0", "(")) and digits < 8:
        return False  # "1100-053" is a Portuguese postal code, valid as a short number of some region
    try:
        if text.strip().startswith("+"):
            number = phonenumbers.parse(text, None)
            return phonenumbers.is_possible_number(number)
        for region in PHONE_REGIONS:
            try:
                number = phonenumbers.parse(text, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(number):
                return True
    except phonenumbers.NumberParseException:
        return False
    return False


_VAT_SHAPE = re.compile(r"^([A-Za-z]{2})[\s.\-]?[0-9A-Za-z][0-9A-Za-z\s.\-]{5,16}$")


def is_vat(value):
    """True/False by python-stdnum (right format of the country's VAT; a wrong check digit still counts),
    None when it is not available."""
    if get_cc_module is None or not vocabulary.enabled("stdnum") or not vocabulary.enabled("values_lib"):
        return None
    compact = re.sub(r"\s(MWST|TVA|IVA)$", "", value.strip(), flags=re.I)
    match = _VAT_SHAPE.match(compact)
    if not match or sum(ch.isdigit() for ch in compact) < 6:
        return False
    country = match.group(1).lower()
    country = {"el": "gr", "xi": "gb"}.get(country, country)
    try:
        module = get_cc_module(country, "vat")
    except Exception:  # no such country module
        module = None
    if module is None:
        return False
    # the number as written, without a trailing "MWST"/"TVA", without the country prefix: modules differ
    for candidate in dict.fromkeys((value.strip(), compact, compact[2:])):
        try:
            module.validate(candidate)
            return True
        except InvalidChecksum:
            return True  # the format of that country's VAT with a wrong check digit (test data, typos)
        except ValidationError:
            continue
        except Exception:  # a module that cannot parse this at all
            continue
    return False


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC)?$", re.I)
_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?\s?(?:[ap]\.?\s?m\.?)?(?:\s?(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT|CES?T))?"
_TIME_TAIL = re.compile(r"^(.*?)(?:[T ,]\s*|\s+\w{1,3}\s+)(%s)$" % _TIME, re.I)


def date_kind(value):
    """"date", "datetime" or "" by the date formats of every locale babel has; None without babel."""
    patterns = vocabulary.date_patterns() if vocabulary.enabled("babel") and vocabulary.enabled("values_lib") else []
    if not patterns:
        return None
    value = value.strip()
    if _ISO_DATETIME.match(value):
        return "datetime"
    if _ISO_DATE.match(value):
        return "date" if _plausible(value) else ""
    if _is_date(value, patterns):
        return "date"
    match = _TIME_TAIL.match(value)
    if match and _is_date(match.group(1).strip(" ,"), patterns):
        return "datetime"
    return ""


def _is_date(text, patterns):
    if not any(p.match(text) for p in patterns):
        return False
    letters = re.findall(r"[^\W\d_]+", text)
    if letters and not all(vocabulary.fold(w).strip(".") in vocabulary.month_names() for w in letters):
        return False
    # without a month name a date has its three numbers ("1/2024" is an id, not a date)
    return _plausible(text) and (bool(letters) or len(re.findall(r"\d+", text)) == 3)


def _plausible(text):
    nums = [int(n) for n in re.findall(r"\d+", text)]
    if len(nums) == 3:
        if len(str(nums[0])) == 4 or re.match(r"^\d{4}", text):
            year, a, b = nums
        else:
            a, b, year = nums
        if not (1 <= a <= 31 and 1 <= b <= 31 and (a <= 12 or b <= 12)):
            return False
        return year < 100 or 1800 <= year <= 2200
    return len(nums) == 2 and any(1800 <= n <= 2200 or n < 100 for n in nums)


def is_country(value):
    """True/False by babel's territory names of every locale and the ISO codes; None without babel."""
    names = vocabulary.territory_names() if vocabulary.enabled("babel") and vocabulary.enabled("values_lib") else {}
    if not names:
        return None
    if len(value) == 2 and value.isalpha() and value.isupper():
        return value in _codes(names) or value in ("UK", "EL", "XK")
    return " ".join(vocabulary.words(value)) in names


def is_currency(value):
    """True/False by babel's currency codes, names and symbols of every locale; None without babel."""
    names = vocabulary.currency_names() if vocabulary.enabled("babel") and vocabulary.enabled("values_lib") else {}
    if not names:
        return None
    if len(value) == 3 and value.isalpha() and value.isupper():
        return value in _codes(names)
    return value.lower() in names or (len(value) > 3 and " ".join(vocabulary.words(value)) in names)


_codes_cache = {}


def _codes(names):
    """The ISO codes of a {name: code} table (computed once per table)."""
    if id(names) not in _codes_cache:
        _codes_cache[id(names)] = set(names.values())
    return _codes_cache[id(names)]
