"""Where the map proposer's words come from: general sources, not lists written for particular exports.

* ``data/crm_terms.json``: a curated multilingual table of CRM notions (35 languages) for what Odoo has
  no field label for (owner, pipeline, depends on...), with stop words per language and the notions that
  name a column no target key takes ("annual", "number of employees"...);
* Odoo's own field labels: the ``field_description`` of the fields the target keys write, in English
  (the addons' ``.pot`` files) and every language whose ``.po`` file is installed; inside Odoo the
  caller adds the labels of every installed language (:func:`set_extra_labels` / ``propose(field_labels=)``);
* babel (an Odoo dependency): every locale's territory and currency names (values), month names and
  date/number formats (values), unit names of hours and minutes (headers).

Every source can be switched off for the benchmark's ablation (``CJI_PROPOSER_ABLATE=terms,odoo,...``).
Pure Python: babel is optional, Odoo is only read as files.
"""
import functools
import glob
import importlib.util
import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
TERMS_FILE = os.path.join(HERE, "data", "crm_terms.json")
TERM_LANGUAGES = ("en", "de", "fr", "it", "es", "pt", "nl", "pl", "cs", "sk", "sl", "hr", "sr", "hu", "ro", "sv",
                  "da", "fi", "no", "tr", "el", "ru", "uk", "ja", "zh", "ko", "ar", "he", "bg", "et", "lv", "lt", "ca",
                  "id", "vi")

#: signals switched off (benchmark ablation): terms odoo babel phonenumbers stdnum values id_sets filename
DISABLED = set(filter(None, os.environ.get("CJI_PROPOSER_ABLATE", "").split(",")))


def enabled(signal):
    return signal not in DISABLED


# ------------------------------------------------------------------------------------------ folding
_SPECIAL = {"ß": "ss", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE",
            "œ": "oe", "Œ": "OE", "ð": "d", "þ": "th", "ı": "i"}
# Serbian (and other) Cyrillic to the Latin alphabet, already without diacritics (they are folded anyway)
_CYRILLIC = dict(zip("абвгдђежзијклљмнњопрстћуфхцчџшыэюяйёьъ",
                     ["a", "b", "v", "g", "d", "d", "e", "z", "z", "i", "j", "k", "l", "lj", "m", "n", "nj", "o",
                      "p", "r", "s", "t", "c", "u", "f", "h", "c", "c", "dz", "s", "y", "e", "ju", "ja", "j", "e",
                      "", ""]))


def fold(text):
    """Lower-case text without diacritics; Cyrillic written in Latin letters ("Država" -> "drzava")."""
    text = "".join(_SPECIAL.get(ch, ch) for ch in str(text or ""))
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)).lower()
    if any("\u0400" <= ch <= "\u04ff" for ch in text):
        text = "".join(_CYRILLIC.get(ch, ch) for ch in text)
    return text


# Hebrew abbreviations are written with a quote between letters (gershayim: דוא"ל, ח"פ): one word
_HEBREW_QUOTE = re.compile("(?<=[\u05d0-\u05ea])[\"'\u05f3\u05f4](?=[\u05d0-\u05ea])")


@functools.lru_cache(maxsize=1 << 16)
def words(text):
    """Folded words of a text (letters and digits of any script; '%' and '#' are words), as a tuple.
    Cached: the proposer asks for the words of the same headers and vocabulary entries many times over."""
    text = re.sub(r"[%#]", lambda m: " %s " % m.group(0), _HEBREW_QUOTE.sub("", fold(text)))
    return tuple(re.sub(r"[^\w%#]+|_", " ", text).split())


# ------------------------------------------------------------------------------------------ terms
_terms = None


def terms():
    """{"vocab": {folded word: concept}, "stopwords": set, "generic": set, "no_key": set, "concepts": [names],
    "phrases": {joined words of a phrase}, "main": {words meaning "main"}, "loose_stopwords": set,
    "status_values": {words of a lifecycle status}, "with_words": {words meaning "with"}, "our_words": {words meaning "our"}, "address_qualifiers": {words saying which address}, "qualifiers": {qualifier and "main" words}} (a phrase, "razón_social", is looked up as its words joined)."""
    global _terms
    if _terms is not None:
        return _terms
    with open(TERMS_FILE, encoding="utf-8") as handle:
        data = json.load(handle)
    vocab, stopwords = {}, set()
    # stop words, and qualifiers that do not change what a column holds ("Phone (business)", "E-mail general")
    for section in ("_stopwords", "_qualifiers"):
        for lang, text in data.get(section, {}).items():
            stopwords.update(fold(w) for w in text.split())
    # "main" words qualify too ("Main phone"), and next to the file's own object name its parent ("Main task")
    main = {fold(w) for text in data.get("_main", {}).values() for w in text.split()}
    stopwords.update(main)
    concepts = [c for c in data if not c.startswith("_")]
    # English first for every notion, then the other languages: a word two notions share keeps the
    # English notion (the notion order of the file breaks the remaining ties)
    notions = {}  # word -> [notion, ...]: a word of several notions (in one or several languages) keeps all
    phrases = set()
    for lang in TERM_LANGUAGES:
        if lang != "en" and not enabled("terms"):
            break
        for concept in concepts:
            for word in data[concept].get(lang, "").split():
                if "_" in word:
                    phrases.update(_word_forms(word))
                for w in _word_forms(word):
                    if "@" + concept not in notions.setdefault(w, []):
                        notions[w].append("@" + concept)
    if enabled("babel"):
        for concept, unit in (("hours", "duration-hour"), ("minutes", "duration-minute")):
            for name in _babel_unit_names(unit):
                notions.setdefault(name, ["@" + concept])
    # an ambiguous word is one token "@a|@b" that matches either notion ("naslov": title or address)
    vocab = {w: "|".join(n) for w, n in notions.items()}
    heads = {"@" + c: (data[c].get("en", c).split() or [c])[0] for c in concepts}
    # an English stop word that is a word of another language only ("by": Danish and Norwegian for city) is
    # that word alone ("By"), the stop word beside other words ("Created by")
    english = {fold(w) for c in concepts for w in data[c].get("en", "").split()}
    loose_stopwords = {fold(w) for w in data.get("_stopwords", {}).get("en", "").split()} & set(vocab) - english
    # the words of a record's lifecycle status ("new", "open", "qualified", "inactive"...), read in values
    status_values = {fold(w) for text in data.get("_status_values", {}).values() for w in text.split()}
    # "with" ("Znesek z DDV", "Betrag mit MwSt."): an amount with its tax is the gross one, not the tax
    with_words = {fold(w) for text in data.get("_with", {}).values() for w in text.split()}
    # "our" ("Our contact", "Vår kontakt"): the contact on the side of the firm exporting is its owner
    our_words = {fold(w) for text in data.get("_our", {}).values() for w in text.split()}
    # "billing", "mailing", "Lieferung" beside an address part ("Billing City", "Ciudad de facturación"): the
    # address part is the column's field, the other word says which address it is
    address_qualifiers = {"".join(words(w)) for text in data.get("_address_qualifiers", {}).values() for w in text.split()}
    # qualifiers and "main" words, also as the first part of a compound ("Haupttelefon", "Arbetstelefon")
    qualifiers = {fold(w) for section in ("_qualifiers", "_main") for text in data.get(section, {}).values()
                  for w in text.split()} - set(vocab)
    _terms = {"vocab": vocab, "stopwords": stopwords - set(vocab), "heads": heads,
              "generic": {"@" + c for c in data.get("_generic", ())}, "no_key": {"@" + c for c in data.get("_no_key", ())},
              "concepts": concepts, "phrases": phrases, "main": main, "loose_stopwords": loose_stopwords,
              "status_values": status_values, "with_words": with_words, "our_words": our_words,
              "address_qualifiers": address_qualifiers, "qualifiers": qualifiers}
    return _terms


def _word_forms(word):
    folded = fold(word)
    joined = "".join(words(folded)) if folded not in ("%", "#") else folded
    return {joined} if joined else set()


# ------------------------------------------------------------------------------------------ babel
BABEL_FILE = os.path.join(HERE, "data", "babel_vocabulary.json")
_babel_cache = {}


def _babel_data():
    """What the proposer takes from babel, as plain data: {"territories": {folded name: code}, "currencies":
    {folded name or symbol: code}, "months": [folded names], "date_patterns": [regexes], "separators":
    [[group, decimal]], "units": {unit: [folded names]}}, empty when babel is switched off.

    Read from ``data/babel_vocabulary.json`` when it was written with the installed babel: gathering it
    loads some 200 locales (about a second of CPU in every new process: the upload, staging and
    verification of a run each paid it). Another babel computes it here (test_map_signals checks that
    the file equals what this babel gives; ``scripts/build_babel_vocabulary.py`` rewrites it)."""
    if "data" in _babel_cache:
        return _babel_cache["data"]
    data = {"territories": {}, "currencies": {}, "months": [], "date_patterns": [], "separators": [], "units": {}}
    if enabled("babel"):
        try:
            import babel
        except ImportError:
            babel = None
        if babel is not None:
            try:
                with open(BABEL_FILE, encoding="utf-8") as handle:
                    stored = json.load(handle)
            except (OSError, ValueError):
                stored = {}
            data = stored["data"] if stored.get("babel") == babel.__version__ else compute_babel_data()
    _babel_cache["data"] = data
    return data


def compute_babel_data():
    """:func:`_babel_data` gathered from every base locale babel knows (one per language, ~200)."""
    from babel import Locale, localedata

    locales = []
    for ident in sorted(localedata.locale_identifiers()):
        if "_" in ident or ident == "root":
            continue
        try:
            locales.append(Locale.parse(ident))
        except Exception:  # a locale babel lists but cannot load: skip it
            continue
    territories, currencies, months, patterns = {}, {}, set(), set()
    separators = {(".", ","), (",", ".")}
    units = {unit: set() for unit in BABEL_UNITS}
    for locale in locales:
        for code, name in locale.territories.items():
            if code.isalpha() and len(code) == 2:
                territories.setdefault(" ".join(words(name)), code)
        for code, name in locale.currencies.items():
            currencies.setdefault(" ".join(words(name)), code)
        for code, symbol in locale.currency_symbols.items():
            # "€", "Kč", "zł", "kn", "Ft"; not the bare letters some locales use for a code ("US$" kept)
            if symbol and (not symbol.isalpha() or (len(symbol) <= 3 and not symbol.isupper())):
                currencies.setdefault(symbol.lower(), code)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                try:
                    values = locale.months[context][width].values()
                except KeyError:
                    continue
                for name in values:
                    w = fold(name).strip(".")
                    if len(w) >= 3 and w.replace(".", "").isalpha():
                        months.add(w)
        for width in ("short", "medium"):
            try:
                regex = _cldr_to_regex(locale.date_formats[width].pattern)
            except (KeyError, AttributeError):
                continue
            if regex:
                patterns.add(regex)
        try:
            symbols = locale.number_symbols.get("latn") or locale.number_symbols
            separators.add((symbols["group"], symbols["decimal"]))
        except (KeyError, TypeError, AttributeError):
            pass
        if locale.language in TERM_LANGUAGES:
            for unit in BABEL_UNITS:
                names = locale._data.get("unit_display_names", {}).get(unit, {})
                for length in ("long", "short"):
                    if length in names:
                        w = "".join(words(names[length]))
                        if len(w) >= 3 and w.isalpha():
                            units[unit].add(w)
    return {"territories": territories, "currencies": currencies, "months": sorted(months),
            "date_patterns": sorted(patterns), "separators": sorted(separators),
            "units": {unit: sorted(names) for unit, names in units.items()}}


#: babel's unit names the proposer reads as the notions of hours and minutes (headers)
BABEL_UNITS = ("duration-hour", "duration-minute")


def _babel_unit_names(unit):
    return set(_babel_data()["units"].get(unit, ()))


def territory_names():
    """{folded name: ISO code} of every territory in every locale babel has, plus the codes themselves."""
    return _babel_data()["territories"]


def currency_names():
    """{folded name or symbol: ISO code} of every currency in every locale babel has."""
    return _babel_data()["currencies"]


def month_names():
    """Folded month names and abbreviations of every locale (for dates written with a month name)."""
    if "months" not in _babel_cache:
        _babel_cache["months"] = set(_babel_data()["months"])
    return _babel_cache["months"]


def date_patterns():
    """Regular expressions of the numeric short/medium date formats of every locale (CLDR)."""
    if "date_patterns" not in _babel_cache:
        _babel_cache["date_patterns"] = [re.compile(p, re.I) for p in _babel_data()["date_patterns"]]
    return _babel_cache["date_patterns"]


def _cldr_to_regex(pattern):
    """"dd.MM.yy" -> a regex of such dates, or None for patterns with letters (era, weekday, quoted words)."""
    out, i = [], 0
    if "'" in pattern or re.search(r"[^yMLd\s.,/\-]", pattern):
        return None
    while i < len(pattern):
        ch = pattern[i]
        j = i
        while j < len(pattern) and pattern[j] == ch:
            j += 1
        run = j - i
        if ch == "y":
            out.append(r"(?:\d{4}|\d{2})")
        elif ch in "ML":
            if run >= 3:
                out.append(r"[^\W\d_]{3,}\.?")
            else:
                out.append(r"\d{1,2}")
        elif ch == "d":
            out.append(r"\d{1,2}")
        elif ch.isspace():
            out.append(r"\s*")
        else:
            out.append(re.escape(ch) + r"\s*")
        i = j
    return "^" + "".join(out).rstrip("\\s*") + r"\.?$"


def number_separators():
    """{(group, decimal)} pairs of every locale's number symbols."""
    if "separators" not in _babel_cache:
        _babel_cache["separators"] = {(".", ","), (",", ".")} | {tuple(pair) for pair in _babel_data()["separators"]}
    return _babel_cache["separators"]


# ------------------------------------------------------------------------------------------ Odoo labels
_odoo_cache = {}
_ENTRY_FIELD = re.compile(r"field_description:\w+\.field_(\w+?)__(\w+)")


def odoo_i18n_files():
    """The .pot/.po files of the installed Odoo source (found without importing Odoo)."""
    roots = []
    try:
        spec = importlib.util.find_spec("odoo")
    except (ImportError, ValueError):
        spec = None
    for path in (spec.submodule_search_locations if spec else []) or []:
        roots.append(os.path.join(path, "addons", "*", "i18n"))
        roots.append(os.path.join(os.path.dirname(path), "addons", "*", "i18n"))
    if os.environ.get("CJI_ODOO_DIR"):
        roots.append(os.path.join(os.environ["CJI_ODOO_DIR"], "odoo", "addons", "*", "i18n"))
        roots.append(os.path.join(os.environ["CJI_ODOO_DIR"], "addons", "*", "i18n"))
    files = set()
    for root in roots:
        files.update(glob.glob(os.path.join(root, "*.pot")) + glob.glob(os.path.join(root, "*.po")))
    return sorted(files)


def odoo_field_labels(fields):
    """{(model, field): {lang: label}} of the given (model, field) pairs from Odoo's translation files.

    ``lang`` is "en" for the .pot template, else the .po file's language. Only field labels
    (``field_description``) are read.
    """
    wanted = {(model.replace(".", "_"), name): (model, name) for model, name in fields}
    key = frozenset(wanted)
    if key in _odoo_cache:
        return _odoo_cache[key]
    labels = {}
    if enabled("odoo"):
        for path in odoo_i18n_files():
            lang = "en" if path.endswith(".pot") else os.path.basename(path)[:-3]
            try:
                with open(path, encoding="utf-8") as handle:
                    text = handle.read()
            except (OSError, UnicodeDecodeError):
                continue
            if "field_description" not in text:
                continue
            for block in text.split("\n\n"):
                refs = [wanted[m] for m in ((m.group(1), m.group(2)) for m in _ENTRY_FIELD.finditer(block))
                        if m in wanted]
                if not refs:
                    continue
                msgid = _po_string(block, "msgid")
                label = msgid if lang == "en" else _po_string(block, "msgstr")
                if label:
                    for ref in refs:
                        labels.setdefault(ref, {}).setdefault(lang, label)
    _odoo_cache[key] = labels
    return labels


def _po_string(block, keyword):
    match = re.search(r'^%s\s+((?:".*"\s*)+)' % keyword, block, re.M)
    if not match:
        return ""
    return "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', match.group(1))).replace('\\"', '"').strip()


#: labels added from a running Odoo (ir.model.fields.field_description of every installed language)
_extra_labels = {}


def set_extra_labels(labels):
    """{(model, field): [label, ...]} read by the caller from Odoo's database (every installed language)."""
    _extra_labels.clear()
    for ref, values in (labels or {}).items():
        _extra_labels[ref] = sorted(v for v in values if v)


def labels_of(model, field, all_fields):
    """Every known label of one Odoo field: English first, then the translations.

    ``all_fields``: every (model, field) the caller will ask for (the translation files are read once).
    """
    if not enabled("odoo"):
        return []
    found = odoo_field_labels(all_fields).get((model, field), {})
    out = [found["en"]] if "en" in found else []
    out += [label for lang, label in sorted(found.items()) if lang != "en"]
    out += _extra_labels.get((model, field), [])
    return list(dict.fromkeys(out))


_TARGET_FIELD = re.compile(r"^([a-z_]+(?:\.[a-z_]+)+)\.([a-z_]+)\b")


def target_field(target):
    """(model, field) a target description names ("res.partner.email" -> ("res.partner", "email")), or None."""
    match = _TARGET_FIELD.match(target or "")
    if not match or match.group(2).startswith("x_"):
        return None
    return match.group(1), match.group(2)
