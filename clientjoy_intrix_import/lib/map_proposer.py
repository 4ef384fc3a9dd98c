"""The map proposer: "AI proposes the map; you confirm before any record moves".

For one source object (its column headers and a sample of its rows) the proposer suggests, for every
column, the target key of the entity (:mod:`targets`) it should fill, or a new ``x_`` custom field,
with a confidence and a short reason the administrator can judge. Nothing is imported on the strength
of a proposal: the admin confirms (or corrects) the map first.

How a column is matched, strongest evidence first:

1. ``memory``: the admin confirmed this (normalised) header for this source before;
2. ``source_hints``: the exact headers a source adapter knows (e.g. Intrix "Client ID");
3. the header against every synonym, label and Odoo field label of every key: exact after
   normalisation (case, accents, Cyrillic, punctuation, camelCase), same meaning through the notions of
   the multilingual term table (:mod:`vocabulary`: 35 languages, compounds, inflections, typos),
   token-set overlap, or a difflib ratio (in the spirit of Odoo base_import's header matching);
4. the values of the sample (e-mails, phones, VAT numbers, dates, countries and currencies through
   libraries, :mod:`value_signals`; amounts, yes/no, ids, free text, durations, salutations, postal
   codes... by pattern) against the key's ``kind``: they confirm or contradict a header match, and
   decide alone when the header says nothing;
5. ``id_sets``: the ids of already read objects; a column whose values are ids of another object
   points to it (``ref`` keys).

A key receives at most one column (except ``list`` keys); conflicts go to the highest score. A column
left over becomes a new custom field when it has values (or matches a custom field the source
defines). A proposal's confidence is the probability of being right measured on the dev samples
(:func:`calibrated`). Pure Python: babel, phonenumbers and python-stdnum are used when installed.
"""
import copy
import difflib
import functools
import json
import os
import re
import unicodedata
from dataclasses import dataclass

from .i18n import _, _lt
from .targets import ENTITIES
from . import vocabulary
from . import value_signals

# memory values besides a key: what the admin chose for a column that maps to no key
NEW_FIELD = "__new_field__"
IGNORE = "__ignore__"

MAP_THRESHOLD = 0.5  # below this a column is not mapped onto a key
MIN_VALUES = 3  # values a column needs before they alone can propose a key
THIN_BASE, THIN_STEP = 0.85, 0.025  # a value-only score counts 92.5 % at 3 values, fully from 6 on
REQUIRED_BONUS = 0.02  # a required key wins a column that fits another key about as well
WEAK_SYNONYM = 0.82  # weight of a "~" synonym (a mobile is a phone, but a phone column is the better one)
MEMORY_CONFIDENCE = 1.0
HINT_CONFIDENCE = 0.99


def memory_reason():
    """The reason of a proposal the admin confirmed before (every such reason starts with it)."""
    return _("confirmed before for this source")


@dataclass
class Proposal:
    column: str
    key: str = None  # target key of the entity, or None
    new_field: bool = False  # offer the column as a new x_ custom field
    confidence: float = 0.0  # 0..1
    reason: str = ""
    alternatives: tuple = ()  # ((key, score), ...) runner-up keys, best first
    raw_score: float = None  # the matcher's score before calibration (None: memory / hint, not calibrated)


# ---------------------------------------------------------------------------------------- headers
def strip_accents(text):
    """Text without diacritics (case kept): "Država" -> "Drzava", "Straße" -> "Strasse"."""
    text = "".join(vocabulary._SPECIAL.get(ch, ch) for ch in str(text))
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def normalise_header(header):
    """Canonical spelling of a header: lower case words without diacritics separated by one space.

    "E-Mail-Adresse" -> "email adresse", "Tel. številka" -> "tel stevilka", "firstName" -> "first name",
    "POSTAL_CODE" -> "postal code", "Probability (%)" -> "probability %", "Opp #" -> "opp #",
    "Телефон" -> "telefon" (Cyrillic in Latin letters), other scripts are kept as they are.
    Used as the key of the map memory, so it must stay stable.
    """
    text = str(header or "").replace("\ufeff", "").strip()
    text = "".join(" " + ch if i and ch.isupper() and text[i - 1].islower() else ch
                   for i, ch in enumerate(text))  # camelCase, also with accented letters
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", text)  # VATNumber
    text = " ".join(vocabulary.words(text))
    # e-mail, e-pošta, e-naslov, e-post: the "e" prefix is part of the word
    text = re.sub(r"\be (mail|posta|naslov|post|postadress|postova)\b", r"e\1", text)
    return " ".join(text.split())


# The words of headers are read through the vocabulary of lib/vocabulary.py (the multilingual CRM term
# table, babel's unit names): words of one notion count as the same word when a header is compared
# with a synonym or an Odoo field label. Notions too common to identify a column alone count half.
_TERMS = vocabulary.terms()
VOCAB = _TERMS["vocab"]
_HEADS = _TERMS["heads"]
GENERIC = _TERMS["generic"]
STOPWORDS = _TERMS["stopwords"]
LOOSE_STOPWORDS = _TERMS.get("loose_stopwords", frozenset())
STATUS_VALUE_WORDS = _TERMS.get("status_values", frozenset())
WITH_WORDS = _TERMS.get("with_words", frozenset())
OUR_WORDS = _TERMS.get("our_words", frozenset())
ADDRESS_QUALIFIERS = _TERMS.get("address_qualifiers", frozenset())
QUALIFIERS = _TERMS.get("qualifiers", frozenset())
#: the parts of an address: beside them a billing or mailing word only says which address it is
ADDRESS_NOTIONS = frozenset(("@street", "@city", "@zip", "@country", "@region"))
#: the notions of the records of an export (a "main" one of them is a parent, not a qualified word)
OBJECT_NOTIONS = frozenset(("@company", "@contact", "@person", "@opportunity", "@lead", "@project", "@task",
                            "@activity", "@meeting", "@ticket", "@file", "@user", "@field", "@integration",
                            "@invoice", "@proposal"))
# notions of columns no key takes ("annual", "number of employees", "updated"): a header that names one
# is about that other thing, unless the key's own synonyms name it too
NO_KEY = _TERMS["no_key"]
PHRASES = _TERMS["phrases"]
MAIN_WORDS = _TERMS["main"]
# a notion read as another where no key asks for it: an invoice *number* is its own key, any other
# number ("Kunden-Nr.", "Ticket #") is the record's id
EQUIVALENT = {"@number": "@id", "@total": "@value"}
EQUIVALENT_MATCH = 0.93  # a match through an equivalent notion counts a little less than the notion itself
_VOCAB_STEMMABLE = sorted((w for w in VOCAB if len(w) >= 4), key=len, reverse=True)
_VOCAB_BY_INITIAL = {}
for _word in _VOCAB_STEMMABLE:
    if len(_word) >= 5:
        _VOCAB_BY_INITIAL.setdefault(_word[0], []).append(_word)
_canon_cache = {}


def _fold_german(token):
    return token.replace("ae", "a").replace("oe", "o").replace("ue", "u")


def _stem_concept(token):
    """Concept of a token that is an inflection of a vocabulary word ("projekta", "stranke"), or None.

    Of several such words the closest wins: the longest common stem, then one the token starts with,
    then the nearest length ("firmy" is "firma", not Spanish "firmado"; "Countri" is "country", not "count")."""
    if len(token) < 4:
        return None
    best, best_rank = None, None
    for word in _VOCAB_STEMMABLE:
        if abs(len(word) - len(token)) > 4 or word[:3] != token[:3]:
            continue
        cp = len(_common_prefix(word, token))
        short, long_ = min(len(word), len(token)) - cp, max(len(word), len(token)) - cp
        # an inflection: a common stem of 4+ letters and short, different endings (longer endings for
        # longer stems: Finnish "yrityksen" of "yritys")
        if cp >= 4 and short <= 2 and (long_ <= 3 or (cp >= 5 and short <= 1 and long_ <= 4 and len(token) > len(word))):
            # a token that is the start of a longer word is a cut word, a weaker reading than an inflected
            # ending of a word as long ("konta" is "konto", not "kontakt")
            rank = (cp - (short == 0 and cp < len(word)), cp == len(word), -abs(len(word) - len(token)),
                    difflib.SequenceMatcher(None, word[cp:], token[cp:]).ratio())
            if best_rank is None or rank > best_rank:
                best, best_rank = VOCAB[word], rank
    return best


def _exact(token):
    return VOCAB.get(token) or (len(token) >= 5 and VOCAB.get(_fold_german(token))) or None


def _prefix_word(token):
    """Concept of the longest vocabulary word (4+ letters) the token starts with, followed by at most three
    more letters that can be an inflected ending (one letter, or letters with a vowel: "organisations",
    "projekta", "bağlantısı"; not "Personalnr")."""
    for cut in range(1, 4):
        word, ending = token[:-cut], token[-cut:]
        # a short word with a long ending is more likely a typo of a longer word ("Countri" is no "count")
        if len(word) >= (4 if cut == 1 else 6) and _exact(word) and (
                cut == 1 or re.search(r"[aeiouyäöüåæøáéíóúàèìòùâêîôûăıœ]", ending)):
            return _exact(word)
    return None


_LINKS = ("s", "n", "en", "es", "e")


def _part_concept(part, left=False):
    """(quality, concept) of one part of a compound: 2 an exact word (without a linking letter or a
    genitive ending: "Vorgangs-" = "Vorgang", "-typs" = "Typ"), 1 an inflected ending, 0 a looser
    inflection; None when unknown."""
    endings = _LINKS if left else ("s", "es")
    forms = [part] + [part[: -len(link)] for link in endings if part.endswith(link) and len(part) - len(link) >= 3]
    for form in forms:
        if _exact(form):
            return 2, _exact(form)
    if len(part) < 4:
        return None
    for form in forms:
        if len(form) >= 5 and _prefix_word(form):
            return 1, _prefix_word(form)
    for form in forms:
        if len(form) >= 4 and _stem_concept(form):
            return 0, _stem_concept(form)
    return None


def _common_prefix(a, b):
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return a[:n]


def _known(token):
    if len(token) < 4:
        return VOCAB.get(token)
    return _exact(token) or _stem_concept(token)


def _compound_rank(token):
    """How well the parts of the split :func:`_compound` chose are known (4: two exact words)."""
    _compound(token)
    return _compound_parts.get(token, 0)


_compound_parts = {}


def _compound(token, depth=0):
    """The concepts of a compound of two known words ("Personalnr", "Rechnungsnummer", "Möteslänk"), or None.

    Of the possible splits the one of the best known parts wins (exact words over inflections), then the
    longest right part; two loose inflections are no compound."""
    best = None
    for i in range(3, len(token) - 1):
        left, right = token[:i], token[i:]
        if len(right) < 4 and not _exact(right):
            continue
        if len(right) <= 2 and not set(_notions(_exact(right))) & {"@id", "@number"}:
            continue  # a two-letter end is an id or a number ("Kundennr"), else an ending ("Motiv|ul": Romanian "the")
        r = _part_concept(right)
        if not r:
            continue
        l = _part_concept(left, left=True)
        lefts = [l[1]] if l else None
        forms = [left] + [left[: -len(link)] for link in _LINKS if left.endswith(link)]
        if not l and len(left) >= 4 and r[0] == 2 and (
                any(f in QUALIFIERS and (f not in MAIN_WORDS or not set(_notions(r[1])) & OBJECT_NOTIONS) for f in forms)
                or (set(_notions(r[1])) & ADDRESS_NOTIONS and any(f in ADDRESS_QUALIFIERS for f in forms))):
            # a qualifier and an exact word ("Haupt|telefon", "Arbets|telefon", "Fakturerings|ort"): the word it
            # qualifies ("Haupt|aufgabe" stays a main task: the parent)
            l, lefts = (2, None), []
        if not l and len(left) >= 7 and depth < 1:
            # three words in one ("Momsregistreringsnummer"): the left part a compound itself
            inner = next((c for c in (_compound(w, depth + 1) for w in [left] + [
                left[: -len(link)] for link in _LINKS if left.endswith(link)]) if c), None)
            if inner:
                l, lefts = (1, None), inner
        if not l and depth == 0 and len(token) >= 10 and len(left) >= 5 and len(right) >= 4 and r[0] == 2 \
                and not set(_notions(r[1])) <= GENERIC | NO_KEY:
            # an unknown word before a known one of its own ("Sicherheits|rolle", "Säkerhets|roll"): the known
            # one is the compound's head, the weakest of readings (not a generic "-datum", "-nummer", "-name")
            l, lefts = (0, None), []
        # a loose inflection is part of a compound only beside an exact word of 4+ letters ("Bearbeitungs|stand",
        # "Eind|tijd"; "fakt|ure" is no invoice of hours)
        if not l or (min(l[0], r[0]) < 1 and not (l[0] + r[0] >= 2 and min(len(left), len(right)) >= 4)):
            continue
        rank = (l[0] + r[0], len(right))
        if best is None or rank > best[0]:
            best = (rank, lefts + [r[1]])
            _compound_parts[token] = rank[0]
    return best[1] if best else None


# scripts written without spaces between words (Chinese, Japanese; Korean compounds): a token of them is
# read as the longest vocabulary words it is made of
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_UNSPACED_WORDS = {}
for _word in VOCAB:
    if _UNSPACED.search(_word):
        _UNSPACED_WORDS.setdefault(_word[0], []).append(_word)
for _list in _UNSPACED_WORDS.values():
    _list.sort(key=len, reverse=True)
# clitics written in one word with the next in Arabic (the article "al-", "and", "with", "for") and Hebrew
# ("the", "and", "in", "to", "from", "that"), longest first
_CLITICS = {"arabic": ("وال", "بال", "لل", "ال", "و", "ب", "ل"), "hebrew": ("וה", "שה", "ה", "ו", "ב", "ל", "מ", "ש")}


def _segment(token):
    """The pieces of an unspaced token: longest vocabulary words from the left, other characters kept in
    runs ("取引先名" -> "取引先", "名"; "預計金額" -> ...); None when no vocabulary word is in it."""
    pieces, rest, found = [], token, False
    while rest:
        word = next((w for w in _UNSPACED_WORDS.get(rest[0], ()) if rest.startswith(w)), None)
        if word:
            pieces.append(word)
            rest = rest[len(word):]
            found = True
        elif pieces and not VOCAB.get(pieces[-1]) and not _UNSPACED_WORDS.get(rest[0]):
            pieces[-1] += rest[0]
            rest = rest[1:]
        else:
            pieces.append(rest[0])
            rest = rest[1:]
    return pieces if found else None


def _without_clitic(token):
    """Concept of an Arabic or Hebrew word read without a leading clitic ("المدينة" -> "مدينة"), or None."""
    script = ("arabic" if "\u0600" <= token[0] <= "\u06ff" else "hebrew" if "\u05d0" <= token[0] <= "\u05ea" else None)
    if not script:
        return None
    for clitic in _CLITICS[script]:
        if token.startswith(clitic) and len(token) - len(clitic) >= 2:
            rest = token[len(clitic):]
            concept = VOCAB.get(rest) or (script == "arabic" and VOCAB.get("ال" + rest))
            if concept:
                return concept
    return None


def _canon_token(token):
    """A token's concept ("@email"), or its concept pieces if it is a compound, else the token itself."""
    if token in _canon_cache:
        return _canon_cache[token]
    if token in STOPWORDS:
        return (token,)  # left alone ("export" of "export(3).csv" is no compound of "exp" and "ort")
    if not VOCAB.get(token) and _UNSPACED.search(token):
        pieces = _segment(token)
        if pieces:
            result = tuple(dict.fromkeys(VOCAB.get(p, p) for p in pieces if p not in STOPWORDS))
            _canon_cache[token] = result or (token,)
            return _canon_cache[token]
    if not VOCAB.get(token) and _without_clitic(token):
        _canon_cache[token] = (_without_clitic(token),)
        return _canon_cache[token]
    # an exact word first, then a compound of two known words ("Personalnr" = person + number), then an
    # inflected ending of one known word ("organisations"), then a looser inflection ("stranke"), then a typo
    concept = _exact(token)
    result = [concept] if concept else None
    if not result and len(token) >= 6:
        compound = _compound(token)
        # a compound of two exact words ("Feld|typ"), else a word with an inflected ending ("Projekti|n", not
        # "projek|tin"), else a compound with an inflected part ("Personal|nr")
        if compound and (_compound_rank(token) >= 4 or not _prefix_word(token)):
            result = list(dict.fromkeys(compound))
    if not result and len(token) >= 5:
        concept = _prefix_word(token)
        result = [concept] if concept else None
    if not result:
        concept = _known(token)
        result = [concept] if concept else None
    if not result and len(token) >= 6 and not token.isdigit():
        # a typo of a vocabulary word ("Comapny", "Telephon")
        close = difflib.get_close_matches(token, _VOCAB_BY_INITIAL.get(token[0], ()), n=1, cutoff=0.85)
        result = [VOCAB[close[0]]] if close else None
    result = tuple(result or [token])
    _canon_cache[token] = result
    return result


def _tokens(normalised):
    """Words that carry meaning: no stop words, no bare numbers ("Name 1", "Address line 2")."""
    words = normalised.split()
    kept = [t for t in words if t not in STOPWORDS and not t.isdigit()]
    if any(t not in LOOSE_STOPWORDS for t in kept):
        kept = [t for t in kept if t not in LOOSE_STOPWORDS]  # "Created by"; "By" alone is a word
    return kept or words


_abbreviation_cache = {}


def _abbreviation_concept(token):
    """Concept of a word cut short and written with a full stop ("Bem.", "Megj.", "Omschr.", "Nachn.",
    "Podj."): the notion every vocabulary word starting with it shares, else (cuts of 4+ letters) the one the
    shortest such words share ("Medew." is "Medewerker", not "Medewerkers", a head count); None when they
    disagree ("Kol.") or none does."""
    if token in _abbreviation_cache:
        return _abbreviation_cache[token]
    found = None
    if len(token) >= 3 and token.isalpha():
        words = sorted((w for w in VOCAB if w.startswith(token) and len(w) > len(token)), key=len)
        common = set.intersection(*(set(_notions(VOCAB[w])) for w in words)) if words else set()
        if not common and len(token) >= 4 and words:
            shortest = [w for w in words if len(w) == len(words[0])]
            common = set.intersection(*(set(_notions(VOCAB[w])) for w in shortest))
        if common:
            found = "|".join(n for n in _notions(VOCAB[words[0]]) if n in common) or None
    _abbreviation_cache[token] = found
    return found


def _abbreviated(text):
    """Folded words of a header written with a full stop after them ("Tel.", "Bem.", "Proj.nr.")."""
    return frozenset(w for match in re.findall(r"([^\W\d_]+)\.", str(text or "")) for w in vocabulary.words(match))


def _canon(tokens, abbreviated=frozenset()):
    out = []
    for token in tokens:
        if token in abbreviated and not _exact(token) and _abbreviation_concept(token):
            # a cut word is read as the words it is cut from, before any inflection or compound guess
            pieces = (_abbreviation_concept(token),)
        else:
            pieces = _canon_token(token)
        for piece in pieces:
            if piece not in out:
                out.append(piece)
    return out


def _notions(token):
    return token.split("|") if token.startswith("@") else (token,)


def _notion_match(a, b):
    """1.0 when two notion tokens share a reading, EQUIVALENT_MATCH through an equivalent notion, else 0."""
    na, nb = set(_notions(a)), set(_notions(b))
    if na & nb:
        return 1.0
    if {EQUIVALENT.get(n, n) for n in na} & {EQUIVALENT.get(n, n) for n in nb}:
        return EQUIVALENT_MATCH
    return 0.0


def _has(canon, notion):
    """Whether a list of tokens names a notion (also as one reading of an ambiguous word)."""
    return any(notion in _notions(t) for t in canon)


def _same_notions(a, b):
    """Quality (0..1) of the same tokens in any order, an ambiguous word matching any of its readings
    (EQUIVALENT_MATCH when a pair only matches through an equivalent notion); 0.0 when they differ."""
    if len(a) != len(b):
        return 0.0
    left = list(b)
    quality = 1.0
    for token in a:
        best, best_i = 0.0, None
        for i, other in enumerate(left):
            q = 1.0 if token == other else (_notion_match(token, other) if token.startswith("@") and other.startswith("@")
                                            else 0.0)
            if q > best:
                best, best_i = q, i
        if not best:
            return 0.0
        quality = min(quality, best)
        del left[best_i]
    return quality


def _token_match(a, b):
    """Quality (0..1) of one header token against one synonym token."""
    if a == b:
        return 1.0
    if a.startswith("@") or b.startswith("@"):
        return _notion_match(a, b) if a.startswith("@") and b.startswith("@") else 0.0
    if len(a) >= 5 and len(b) >= 5:
        cp = len(_common_prefix(a, b))
        if cp >= 4 and cp >= min(len(a), len(b)) - 2:
            return 1.0
        return 1.0 if difflib.SequenceMatcher(None, a, b).ratio() >= 0.85 else 0.0
    return 0.0


def _counts_things(words):
    """Whether header words say "number of" + a plural ("numero de contactos", "numero di commenti",
    "numarul de angajati"): a word of the number notion, a stop word, a word ending as a Romance plural
    does (-os, -as, -es, -i; not "devis", "analisis")."""
    for i in range(len(words) - 2):
        if VOCAB.get(words[i]) and "@number" in _notions(VOCAB[words[i]]) and words[i + 1] in STOPWORDS \
                and len(words[i + 2]) >= 5 and words[i + 2].endswith(("os", "as", "es", "i")):
            return True
    return False


def _weight(token, own=frozenset()):
    return 0.5 if all(n in GENERIC or n in own for n in _notions(token)) else 1.0


class _Header:
    """A header analysed once: normalised text, tokens, concepts."""

    def __init__(self, text, prefix=()):
        self.raw = text
        self.exact = False
        self.fuzzy = ""
        if text.startswith("@"):
            # a synonym written as notions of the term table ("@expected @end @date"); typos are compared
            # with its English reading ("expected close date")
            self.norm = self.match_norm = self.compact = ""
            self.tokens = self.canon = text.split()
            self.fuzzy = " ".join(_HEADS.get(t, t[1:]) for t in self.canon)
            self.raw = " ".join(t[1:] for t in self.canon)
            return
        self.norm = normalise_header(text)
        tokens = self.norm.split()
        if prefix and len(tokens) > len(prefix) and tuple(tokens[:len(prefix)]) == tuple(prefix):
            tokens = tokens[len(prefix):]
        tokens = _merge_split_words(tokens)
        self.match_norm = self.fuzzy = " ".join(tokens)
        self.tokens = _tokens(self.match_norm)
        self.compact = "".join(self.tokens)
        abbreviated = _abbreviated(text)
        self.canon = _canon(self.tokens, abbreviated)
        if any(t.startswith("@") and set(_notions(t)) & ADDRESS_NOTIONS for t in self.canon):
            # "Billing City", "Ciudad de facturación", "Rechnungsadresse": the address part is the column's field
            kept = [t for t in self.tokens if t not in ADDRESS_QUALIFIERS]
            if kept and len(kept) < len(self.tokens):
                canon = _canon(kept, abbreviated)
                if any(t.startswith("@") and set(_notions(t)) & ADDRESS_NOTIONS for t in canon):
                    self.canon = canon
            billing = [t for t in self.canon if t.startswith("@") and set(_notions(t)) <= {"@invoice"}]
            if billing and len(billing) < len(self.canon):
                self.canon = [t for t in self.canon if t not in billing]
        if _counts_things(self.match_norm.split()):
            # "Número de empleados", "Numero di commenti": a number *of* things is their count; the number of
            # one thing ("Número de factura", "Numero di telefono") is its identifier
            self.canon = ["@count" if t.startswith("@") and "@number" in _notions(t) else t for t in self.canon]
        if OUR_WORDS & set(self.tokens) and any(t.startswith("@") and {"@contact", "@person"} & set(_notions(t))
                                                for t in self.canon):
            # "Our contact", "Unsere Kontaktperson", "Vår kontakt": the firm's own person for the record, its owner
            self.canon = ["@owner" if t.startswith("@") and {"@contact", "@person"} & set(_notions(t)) else t
                          for t in self.canon if t not in OUR_WORDS]
        # every word is a word of the vocabulary as it stands (not an inflection, compound or typo)
        self.exact = all(VOCAB.get(t) for t in self.tokens)
        self.main = bool(MAIN_WORDS & set(self.norm.split()))
        # "Person - Postal address - City": the last segment that says something is the column's own
        # field, the ones before it its context
        self.segment = None
        parts = re.split(r"\s[-\u2013\u2014>]\s|\s*:\s+|^\([^)]*\)\s*", text)
        if len(parts) > 1:
            for part in reversed(parts):
                words = [t for t in _merge_split_words(normalise_header(part).split())
                         if t not in STOPWORDS and not t.isdigit()]
                if words:
                    canon = _canon(words, abbreviated)
                    if canon != self.canon:
                        self.segment = _Variant(self, canon)
                    break
        # Odoo's export of a relation through a field of the related record ("Related Company/External ID",
        # "partner_id/id", "Project/ID"): the column points to the relation the part before the slash names
        self.relation = None
        if "/" in text:
            left, right = text.rsplit("/", 1)
            right_canon = _canon(_tokens(" ".join(_merge_split_words(normalise_header(right).split()))))
            left_canon = _canon(_tokens(" ".join(_merge_split_words(normalise_header(left).split()))))
            if right_canon and all(t.startswith("@") and set(_notions(t)) <= RELATION_ID_NOTIONS for t in right_canon) \
                    and any(not set(_notions(t)) <= RELATION_ID_NOTIONS for t in left_canon):
                self.relation = _Variant(self, [t for t in left_canon if t not in ("@id",)] + ["@id"])
        # "Amount (EUR)", "Hours [h]", "Telefon (pevná)": words in brackets qualify the column or give its
        # unit; the header read without them is a reading of its own (weaker when the brackets name what
        # a weak synonym names: "Phone (mobile)"; none when they name a notion no key takes)
        self.bare, self.bracket_notions = None, frozenset()
        inside = re.findall(r"[(\[]([^)\]]*)[)\]]", text)
        if inside:
            words = normalise_header(re.sub(r"[(\[][^)\]]*[)\]]", " ", text)).split()
            if prefix and len(words) > len(prefix) and tuple(words[:len(prefix)]) == tuple(prefix):
                words = words[len(prefix):]
            words = _tokens(" ".join(_merge_split_words(words))) if words else []
            canon = _canon(words, abbreviated) if words else []
            if canon and canon != self.canon and (self.segment is None or canon != self.segment.canon):
                self.bare = _Variant(self, canon)
                self.bracket_notions = frozenset(
                    n for t in _canon(_tokens(" ".join(_merge_split_words(normalise_header(" ".join(inside)).split()))))
                    for n in _notions(t) if n.startswith("@"))

    def without(self, notions):
        return _without(self, notions)


def _without(header, notions):
    """The header without the tokens that only name the given notions (the entity's own object: "Deal
    owner" in a deals file is its owner), or None when nothing (or nothing else) is left."""
    canon = [t for t in header.canon if not (t.startswith("@") and set(_notions(t)) <= notions)]
    if not canon or len(canon) == len(header.canon):
        return None
    return _Variant(header, canon)


class _Variant:
    """A header read through part of its tokens: no exact or fuzzy text match, only its notions."""

    def __init__(self, header, canon):
        self.raw = header.raw
        self.norm = self.match_norm = self.compact = self.fuzzy = ""
        self.tokens = header.tokens
        self.canon = canon
        self.exact = header.exact
        self.segment = self.bare = self.relation = None
        self.main = False
        self.bracket_notions = frozenset()

    def without(self, notions):
        return _without(self, notions)


def _merge_split_words(tokens):
    """Rejoin a word that case changes or punctuation split ("USt-IdNr." -> "u st id nr" -> "ustidnr") and
    the words of a phrase of the term table ("razón social")."""
    out, i = [], 0
    while i < len(tokens):
        for j in range(min(len(tokens), i + 4), i + 1, -1):
            joined = "".join(tokens[i:j])
            if joined in VOCAB and (joined in PHRASES or any(len(t) <= 2 for t in tokens[i:j])):
                out.append(joined)
                i = j
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


def _header_similarity(header, syn, ignore=None, own=frozenset()):
    """(score, reason) of one header against one synonym (both :class:`_Header`).

    ``ignore``: a concept left out on both sides (the kind word: what is left must still match).
    ``own``: the notions of the entity's own object ("Project" in a projects file): they say as little
    as a generic word.
    """
    if not header.canon or not syn.canon:
        return 0.0, ""
    h_canon, s_canon = header.canon, syn.canon
    if ignore:
        h_canon = [t for t in h_canon if ignore not in _notions(t)]
        s_canon = [t for t in s_canon if ignore not in _notions(t)]
        if not h_canon or not s_canon:
            return 0.0, ""
    elif syn.norm and (header.norm == syn.norm or header.match_norm == syn.norm):
        return 1.0, _("exact synonym '%s'", syn.raw)
    elif syn.compact and header.compact == syn.compact:
        return 0.98, _("exact synonym '%s'", syn.raw)
    best, reason = 0.0, ""
    literal = set(syn.tokens) <= set(header.tokens)
    same = _same_notions(h_canon, s_canon)
    if same:
        best = (0.97 if header.exact and not syn.norm and not ignore else 0.92) * (1.0 if same == 1.0 else 0.97)
        reason = _("same words as '%s'", syn.raw) if literal else _("same meaning as '%s'", syn.raw)
    # token overlap (weighted F-measure, generic words count half)
    used = set()
    matched_h = matched_s = 0.0
    content = False
    for s_tok in s_canon:
        scored = [(_token_match(h_tok, s_tok), i) for i, h_tok in enumerate(h_canon) if i not in used]
        q, i = max(scored, default=(0.0, None))
        if q:
            used.add(i)
            # an ambiguous header word matched through a generic reading weighs as a generic word
            pair = min(_weight(s_tok, own), _weight(h_canon[i], own))
            matched_s += pair * q
            matched_h += pair * q
            content = content or pair == 1.0
    if matched_s:
        precision = matched_h / sum(_weight(t, own) for t in h_canon)
        recall = matched_s / sum(_weight(t, own) for t in s_canon)
        f_score = 2 * precision * recall / (precision + recall)
        score = 0.45 + 0.45 * f_score if content else 0.3 + 0.3 * f_score
        if score > best:
            best = score
            if recall >= 0.999:
                reason = _("header contains '%s'", syn.raw) if literal else _("header words mean '%s'", syn.raw)
            else:
                reason = _("header shares words with '%s'", syn.raw)
    ratio = 0.0
    if not ignore and syn.fuzzy:
        matcher = difflib.SequenceMatcher(None, header.match_norm, syn.fuzzy)
        if matcher.real_quick_ratio() >= 0.75 and matcher.quick_ratio() >= 0.75:
            ratio = matcher.ratio()
    # short headers need a closer match ("is closed" is not "is lost"), unless the letters are the same ("Emial")
    short = min(len(header.match_norm), len(syn.fuzzy)) < 10
    if ratio >= 0.75 and (not short or ratio >= 0.85 or sorted(header.match_norm) == sorted(syn.fuzzy)) \
            and 0.9 * ratio > best:
        best, reason = 0.9 * ratio, _("fuzzy header match %(ratio).2f with '%(synonym)s'", ratio=ratio, synonym=syn.raw)
    return best, reason


_syn_cache = {}
#: keys that fill an Odoo field from something else (a file's path, HTML): that field's label ("File
#: Content") is not what the column holds
NO_FIELD_LABEL = {("attachment", "path"), ("proposal", "content_html")}


def _key_synonyms(entity, key):
    """[(_Header, weight)] for a key: its synonyms, its label, its Odoo field name."""
    cache_key = (entity.name, key.key)
    if cache_key in _syn_cache:
        return _syn_cache[cache_key]
    entries, seen = [], set()

    own = {n for syn in key.synonyms for t in _Header(syn.lstrip("~")).canon if t.startswith("@") for n in _notions(t)}

    def add(text, weight, named=False):
        h = _Header(text)
        ident = h.norm or " ".join(h.canon)
        notions = {n for t in h.canon if t.startswith("@") for n in _notions(t)}
        if named and own and notions & own:
            # a word of several notions is read as the key's own ("State": a region, not a status)
            h.canon = ["|".join(n for n in _notions(t) if n in own) if t.startswith("@") and set(_notions(t)) & own
                       else t for t in h.canon]
        if ident and ident not in seen:
            seen.add(ident)
            entries.append((h, weight))

    for idx, syn in enumerate(key.synonyms):
        if syn.startswith("~"):
            add(syn[1:], WEAK_SYNONYM)
        else:
            add(syn, 1.0 - 0.01 * min(idx, 3))
    add(key.label, 0.97, True)
    add(key.key.replace("_", " "), 0.95, True)
    fname = key.target.split(" ")[0].rsplit(".", 1)[-1] if "." in key.target else ""
    fname = re.sub(r"^x_(cji_)?", "", fname)
    field = vocabulary.target_field(key.target)
    # a field several keys write (first and last name both write the name) says nothing about either
    shared = field and sum(vocabulary.target_field(k.target) == field for k in entity.keys) > 1
    if (entity.name, key.key) in NO_FIELD_LABEL:
        field = fname = None
    if fname and fname not in ("id", "ids") and not shared:
        add(fname.replace("_", " "), 0.95, True)
    # what Odoo calls the field the key writes, in every language its translations hold
    if field and not shared:
        for label in vocabulary.labels_of(field[0], field[1], _TARGET_FIELDS):
            add(label, 0.96, True)
    _syn_cache[cache_key] = entries
    return entries


_TARGET_FIELDS = frozenset(filter(None, (vocabulary.target_field(k.target)
                                         for e in ENTITIES.values() for k in e.keys)))


_header_cache = {}


#: the notions that name an entity's own records: "Deal owner" in a deals file is the owner, "Ticket ID"
#: in a tickets file the id
SELF_NOTIONS = {
    "partner_company": {"@company"}, "partner_person": {"@contact", "@person"}, "lead": {"@opportunity", "@lead"},
    "project": {"@project"}, "task": {"@task"}, "activity": {"@activity", "@meeting"}, "ticket": {"@ticket"},
    "attachment": {"@file"}, "user": {"@user"}, "custom_field": {"@field"}, "inventory": {"@integration"},
    "invoice": {"@invoice"}, "proposal": {"@proposal"}, "appointment": {"@meeting"},
}
SELF_FACTOR = 0.98  # a header read without its object word counts a little less than read whole
SEGMENT_FACTOR = 0.97  # the same for its last segment alone
MAIN_OWN_FACTOR = 0.85  # "Main task" read as the task itself
#: the notions of the field after the slash of an Odoo relation column ("…/External ID", "…/ID")
RELATION_ID_NOTIONS = {"@id", "@external"}
RELATION_OWN_ID_FACTOR = 0.75  # "Customer/External ID" read as the record's own id
BRACKET_FACTOR = 0.96  # a header read without the words in its brackets ("Telefon (posao)")
NO_KEY_FACTOR = 0.6  # a header that names a notion no key takes ("Annual revenue") is about that other thing


def _header_score(entity, key, header, ignore=None):
    """(score, reason, synonym) of the best synonym of a key for a header ("" when none matches)."""
    cache_key = (entity.name, key.key, header.raw, header.norm, header.match_norm, ignore)
    if cache_key not in _header_cache:
        if len(_header_cache) > 200000:
            _header_cache.clear()
        _header_cache[cache_key] = _header_score_uncached(entity, key, header, ignore)
    return _header_cache[cache_key]


def _header_score_uncached(entity, key, header, ignore=None):
    own = SELF_NOTIONS.get(entity.name, set())
    variants = [(header, 1.0)]
    if own and header.without(own):
        variants.append((header.without(own), SELF_FACTOR))
    if header.segment is not None:
        variants.append((header.segment, SEGMENT_FACTOR))
        if own and header.segment.without(own):
            variants.append((header.segment.without(own), SEGMENT_FACTOR * SELF_FACTOR))
    # brackets that name a notion no key takes ("Betrag (netto)") say what the column is about: no bare reading
    if getattr(header, "bare", None) is not None and not header.bracket_notions & NO_KEY:
        factor = BRACKET_FACTOR
        if header.bracket_notions & _weak_notions(entity, key):
            factor *= WEAK_SYNONYM
        variants.append((header.bare, factor))
        if own and header.bare.without(own):
            variants.append((header.bare.without(own), factor * SELF_FACTOR))
    if getattr(header, "main", False) and own and header.canon \
            and all(t.startswith("@") and set(_notions(t)) & own for t in header.canon):
        # "Main task" in a tasks file ("Tarea principal", "Attività principale") is the parent task
        if any("@parent" in _notions(t) for syn, _w in _key_synonyms(entity, key) for t in syn.canon):
            variants.append((_Variant(header, ["@parent"] + list(header.canon)), 1.0))
        else:
            variants = [(v, f * MAIN_OWN_FACTOR) for v, f in variants]
    relation = getattr(header, "relation", None)
    if relation is not None:
        if key.kind == "id" and not all(set(_notions(t)) <= own | RELATION_ID_NOTIONS for t in relation.canon):
            # the id of the related record is not the record's own id
            variants = [(v, f * RELATION_OWN_ID_FACTOR) for v, f in variants]
        else:
            variants.append((relation, 1.0))
    best, reason, synonym = 0.0, "", ""
    for variant, factor in variants:
        named = [set(_notions(t)) for t in variant.canon if t.startswith("@") and set(_notions(t)) <= NO_KEY]
        # notes about something ("Note cliente", "Company notes") are notes, not that thing: a description
        # word counts as a notion no key takes for a key whose synonyms do not name it
        named += [set(_notions(t)) for t in variant.canon if t.startswith("@") and "@description" in _notions(t)
                  and len(variant.canon) > 1]
        header_notions = {n for t in variant.canon if t.startswith("@") for n in _notions(t)}
        for syn, weight in _key_synonyms(entity, key):
            score, why = _header_similarity(variant, syn, ignore, frozenset(own))
            score *= weight * factor
            syn_notions = {x for t in syn.canon for x in _notions(t)}
            if named and any(not (n & syn_notions) for n in named):
                score *= NO_KEY_FACTOR
            elif named and syn_notions - NO_KEY - GENERIC and not (header_notions & syn_notions) - NO_KEY - GENERIC:
                # only through the word of a notion no key takes ("Handelsregisternummer" and the VAT
                # registration): that other thing
                score *= NO_KEY_FACTOR
            if score > best:
                best, reason, synonym = score, why, syn.raw
    return best, reason, synonym


_weak_cache = {}


def _weak_notions(entity, key):
    """The notions of a key's weak ("~") synonyms: a phone column qualified "(mobile)" is the weaker reading."""
    cache_key = (entity.name, key.key)
    if cache_key not in _weak_cache:
        _weak_cache[cache_key] = frozenset(
            n for syn in key.synonyms if syn.startswith("~") for t in _Header(syn[1:]).canon for n in _notions(t))
    return _weak_cache[cache_key]


_no_key_cache = {}


def _no_key_factor(entity, key, header):
    """NO_KEY_FACTOR when the header names a notion no key takes and the key's synonyms do not, else 1."""
    cache_key = (entity.name, key.key, header.raw)
    if cache_key not in _no_key_cache:
        # the column's own field is its last segment when it has one ("(Do Not Modify) Account")
        canon = header.segment.canon if header.segment is not None else header.canon
        named = [set(_notions(t)) for t in canon if t.startswith("@") and set(_notions(t)) <= NO_KEY]
        factor = 1.0
        if named:
            allowed = set()
            for syn, _weight_ in _key_synonyms(entity, key):
                for t in syn.canon:
                    allowed.update(_notions(t))
            if any(not (n & allowed) for n in named):
                factor = NO_KEY_FACTOR
        _no_key_cache[cache_key] = factor
    return _no_key_cache[cache_key]


def _first_names_beside_last_names(analysed):
    """In a file with a last-name column, a word that means both "name" and "first name" (Italian "Nome",
    Slovenian "Ime", Turkish "Adı"), or "name" and "last name" (French and Catalan "Nom") is the first name."""
    def last_only(header):
        # a last name, not a name of something ("Nom du contact", "Nom de l'entreprise")
        return any("@last" in _notions(t) and "@first" not in _notions(t)
                   and ("@name" not in _notions(t) or len(header.canon) == 1) for t in header.canon)

    def ambiguous(token):
        notions = set(_notions(token))
        return "@name" in notions and bool(notions & {"@first", "@last"})

    lasts = [column for column, header in analysed.items() if last_only(header)]
    if not lasts:
        return analysed
    out = {}
    for column, header in analysed.items():
        # the last name is another column; the header names no company ("取引先名": the account's name)
        if any(ambiguous(t) for t in header.canon) and any(c != column for c in lasts) \
                and not any("@last" in _notions(t) for t in header.canon if not ambiguous(t)) \
                and not _has(header.canon, "@company"):
            variant = copy.copy(header)
            variant.canon = ["@first" if ambiguous(t) else t for t in header.canon]
            variant.norm = variant.match_norm = variant.compact = variant.fuzzy = ""
            header = variant
        out[column] = header
    return out


def _common_prefix_tokens(headers):
    """Leading words (up to 3) that at least 80 % of the headers share, e.g. ("person",) for Pipedrive's
    "Person - Name", "Person - Email - Work"...: they say nothing about the single columns."""
    lists = [t for t in (normalise_header(h).split() for h in headers) if t]
    if len(lists) < 3:
        return ()
    prefix = []
    while len(prefix) < 3:
        n = len(prefix)
        words = [t[n] for t in lists if len(t) > n + 1 and t[:n] == prefix]
        if not words:
            break
        top = max(sorted(set(words)), key=words.count)
        if words.count(top) < 0.8 * len(lists):
            break
        prefix.append(top)
    return tuple(prefix)


# ---------------------------------------------------------------------------------------- values
EMAIL_RE = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[A-Za-z]{2,}$")
PHONE_RE = re.compile(r"^(\+|00)?[\d\s()./-]{6,}$")
# digits in groups, as a phone number is written ("321 2189", "(01) 234-5678"): at least one separator
PHONE_SHAPE_RE = re.compile(r"^(?:\+|00)?\(?\d[\d()]*(?:[\s./-]\(?\d+\)?)+$")
_D = r"(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|" \
     r"\d{4}/\d{1,2}/\d{1,2}|\d{1,2}-\d{1,2}-\d{4}|\d{1,2}\.?\s+[A-Za-z\u00c0-\u017f]{3,}\.?\s+\d{4}|" \
     r"[A-Za-z]{3,}\.?\s+\d{1,2},?\s+\d{4})"
_T = r"\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s?(?:[ap]\.?m\.?)?(?:\s?(?:Z|[+-]\d{2}:?\d{2}|UTC|CET|CEST))?"
DATE_RE = re.compile(r"^%s$" % _D, re.I)
DATETIME_RE = re.compile(r"^%s(?:[T ]|,\s?|\s+ob\s+|\s+um\s+)%s$" % (_D, _T), re.I)
TIME_RE = re.compile(r"^%s$" % _T, re.I)
NUMBER_RE = re.compile(r"^[-+]?(?:\d{1,3}(?:([.,' \u00a0])\d{3})(?:\1\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?)$")
CURRENCY_WORD = r"(?:€|\$|£|¥|eur|usd|gbp|chf|jpy|sek|nok|dkk|pln|czk|huf|hrk|rsd|bam|kn|fr\.?)"
DURATION_RE = re.compile(
    r"^(?:\d{1,3}:\d{2}(?::\d{2})?|\d+(?:[.,]\d+)?\s?(?:h|hrs?|hours?|std\.?|ur[ea]?|min|mins|minutes?|minut|m)|"
    r"\d+\s?h\s?\d+\s?m(?:in)?|PT(?:\d+H)?(?:\d+M)?(?:\d+S)?)$", re.I)
URL_RE = re.compile(r"^(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?::\d+)?(?:/\S*)?$", re.I)
IDLIKE_RE = re.compile(
    r"^(?:#?\d{1,12}|[A-Za-z]{1,6}\d{0,4}[-_/#.]?\d{1,12}|[A-Za-z]{1,6}[-_]\d{2,4}[-_]\d{1,6}|\d{1,6}/\d{2,4}|"
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])"
    r"[A-Za-z0-9]{15,18})$", re.I)
CODE_RE = re.compile(r"^[A-Z][A-Z0-9]{1,9}$")  # a short code in capitals ("WEB", "ERP2"): a project or issue key
# an Odoo external id ("__export__.res_partner_42_1a2b3c4d", "base.main_company"): module, dot, a name with
# an underscore (a domain has none)
XMLID_RE = re.compile(r"^(?:__(?:export|import)__\.[\w.]+|[a-z][a-z0-9_]*\.[a-z0-9]*_[a-z0-9_]*)$")
ZIP_RE = re.compile(r"^(?:(?:[A-Z]{1,2}[- ])?\d{4,5}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{4}\s?[A-Z]{2}|"
                    r"[A-Z]\d{2}\s?[A-Z\d]{4}|\d{3}\s?\d{2}|\d{5}-\d{4})$", re.I)
VAT_RE = re.compile(r"^(?:AT|BE|BG|CY|CZ|DE|DK|EE|EL|GR|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|GB|XI|"
                    r"NO|RS|BA|ME|MK)[ -]?[0-9A-Z]{8,13}$|^CHE[- ]?\d{3}\.?\d{3}\.?\d{3}(?: ?(?:MWST|TVA|IVA))?$", re.I)
STREET_RE = re.compile(r"^(?:[^\d@,]{3,}\s\d{1,4}\s?[a-zA-Z]?(?:/\d{1,4})?|\d{1,5}[a-zA-Z]?,?\s+[^\d@]{3,})$")
LEGAL_FORMS = {"d.o.o.", "d.o.o", "doo", "d.d.", "dd", "s.p.", "sp", "gmbh", "ag", "kg", "e.k.", "ek", "ohg", "ug",
               "ltd", "ltd.", "limited", "inc", "inc.", "llc", "plc", "co.", "corp", "corp.", "corporation", "sa",
               "s.a.", "srl", "s.r.l.", "spa", "s.p.a.", "bv", "b.v.", "nv", "oy", "ab", "as", "a/s", "sarl", "kft",
               "s.r.o.", "sro", "z.o.o.", "d.n.o.", "k.d.", "zavod", "group", "s.l.", "sl", "s.l.u.", "slu", "s.coop.",
               "sas", "sasu", "eurl", "sci", "snc", "s.n.c.", "s.a.s.", "sapa", "lda", "lda.", "unipessoal", "ltda",
               "v.o.f.", "vof", "cv", "c.v.", "sp.", "spółka", "sp.j.", "s.k.", "sp.k.", "a.s.", "v.o.s.", "k.s.",
               "zrt.", "zrt", "kft.", "bt.", "bt", "nyrt.", "nyrt", "kkt.", "srl.", "pfa", "s.c.s.", "ab", "hb", "kb",
               "aps", "i/s", "k/s", "oyj", "ky", "tmi", "asa", "enk", "a.ş.", "aş", "şti.", "şti", "ltd.şti.",
               "α.ε.", "αε", "ε.π.ε.", "επε", "ι.κ.ε.", "ικε", "ο.ε.", "οε", "ε.ε.", "a.d.", "j.d.o.o.", "obrt",
               "e.u.", "og", "kg.", "gbr", "partg", "llp", "lp", "pllc", "co", "inc.,", "ltd,", "s.p.a", "s.r.l"}
LEGAL_FORMS |= {"ооо", "ао", "пао", "зао", "оао", "ип", "тов", "пп", "фоп", "ат", "еоод", "оод", "ад", "ет", "oü", "mtü",
                "sia", "uab", "iį", "tbk", "ltda.", "eireli", "sàrl", "ltée", "s.e.n.c.", "sccl", "ذ.م.م", "ش.م.ع",
                "م.م.ح", 'בע"מ'}
# legal forms written before the name, in capitals ("ООО Ромашка", "UAB Vilniaus statyba", "PT Maju Jaya")
PREFIX_LEGAL_FORMS = {"ооо", "ао", "пао", "зао", "оао", "ип", "тов", "пп", "фоп", "ат", "еоод", "оод", "ад", "ет", "uab",
                      "sia", "pt", "cv", "as", "ab", "oü", "mb"}
# legal forms of several words, or written without a space in scripts that use none
SPACED_LEGAL_FORMS = ("s.a. de c.v.", "s. de r.l.", "công ty", "sdn bhd", "pty ltd")
UNSPACED_LEGAL_FORMS = ("株式会社", "有限会社", "合同会社", "有限公司", "股份有限公司", "주식회사", "(주)", "유한회사")
# yes / no, true / false, active / inactive in the languages of the term table (accents folded)
YES_WORDS = {"yes", "y", "true", "t", "1", "x", "on", "da", "ja", "wahr", "aktiv", "active", "aktiven", "enabled", "checked",
             "✓", "✔", "oui", "vrai", "actif", "si", "vero", "attivo", "verdadero", "activo", "sim", "verdadeiro", "ativo",
             "waar", "actief", "tak", "prawda", "aktywny", "ano", "pravda", "aktivni", "aktivny", "aktivna", "igen", "igaz",
             "aktiv", "adevarat", "activ", "sant", "kylla", "tosi", "aktiivinen", "evet", "dogru", "aktif", "ναι", "αληθες",
             "ενεργος", "ενεργο", "omogocen", "aktivan"}
NO_WORDS = {"no", "n", "false", "f", "0", "off", "ne", "nein", "falsch", "inaktiv", "inactive", "neaktiven", "disabled",
            "unchecked", "non", "faux", "inactif", "falso", "inattivo", "disattivato", "inactivo", "nao", "inativo", "nee",
            "onwaar", "inactief", "nie", "falsz", "nieaktywny", "nepravda", "neaktivni", "neaktivny", "nem", "hamis",
            "inaktiv", "nu", "fals", "inactiv", "nej", "falskt", "ei", "epatosi", "nei", "usann", "hayir", "yanlis",
            "pasif", "οχι", "ψευδες", "ανενεργος", "onemogocen", "neaktivan", "deaktiviert", "-"}
BOOL_WORDS = YES_WORDS | NO_WORDS
SALUTATIONS = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "herr", "frau", "g", "ga", "gdc",
               "gospod", "gospa", "gospodicna", "mag", "dipl", "ing", "mag", "doc", "mme", "mlle", "m", "sig", "sra",
               "sr", "sig.ra", "signora", "signore", "dott", "srta", "dna", "d", "don", "dona", "eng", "dhr", "mevr",
               "mevrouw", "meneer", "pan", "pani", "pane", "pan", "gospodin", "gospodja", "gda", "gdica", "ur",
               "asszony", "holgy", "dl", "dna", "fru", "hr", "fr", "bay", "bayan", "κος", "κα", "κυρια", "κυριος",
               "monsieur", "madame", "senor", "senora", "sehr", "mgr", "bc", "phdr", "mudr", "judr", "rndr"}
PRIORITY_WORDS = {"low", "medium", "normal", "high", "urgent", "critical", "blocker", "minor", "major", "trivial",
                  "nizka", "srednja", "visoka", "nujno", "nujna", "kriticna", "kriticno", "niedrig", "mittel", "hoch",
                  "dringend", "kritisch", "p1", "p2", "p3", "p4", "p5", "highest", "lowest"}
DIRECTION_WORDS = {"in", "out", "inbound", "outbound", "incoming", "outgoing", "dohodni", "odhodni", "dohodno",
                   "odhodno", "dohodna", "odhodna", "eingehend", "ausgehend", "ein", "aus", "received", "sent",
                   "entrant", "sortant", "entrante", "saliente", "in entrata", "in uscita", "recebida", "efetuada",
                   "inkomend", "uitgaand", "przychodzace", "wychodzace", "prichozi", "odchozi", "prichadzajuci",
                   "odchadzajuci", "dolazni", "odlazni", "bejovo", "kimeno", "primit", "efectuat", "intrare", "iesire",
                   "inkommande", "utgaende", "indgaende", "udgaende", "saapuva", "lahteva", "innkommende", "gelen",
                   "giden", "εισερχομενη", "εξερχομενη", "missed", "verpasst", "manque", "persa", "perdida"}
ACTIVITY_WORDS = {"call", "phone call", "email", "e mail", "mail", "meeting", "task", "note", "sms", "visit", "lunch",
                  "demo", "deadline", "to do", "todo", "klic", "sestanek", "eposta", "naloga", "opomba", "obisk",
                  "anruf", "telefonat", "besprechung", "termin", "aufgabe", "notiz", "treffen", "logged call",
                  "video call", "webinar"}
OBJECT_WORDS = {"client", "clients", "contact", "contacts", "company", "companies", "account", "opportunity", "deal",
                "lead", "project", "task", "ticket", "person", "organization", "organisation", "stranka", "kontakt",
                "podjetje", "priloznost", "projekt", "naloga", "kunde", "firma", "chance", "verkaufschance",
                "aufgabe", "ansprechpartner", "customer", "case", "zahtevek", "user"}
FIELD_TYPE_WORDS = {"text", "textarea", "number", "integer", "decimal", "date", "datetime", "checkbox", "dropdown",
                    "select", "selection", "multiselect", "boolean", "currency", "email", "phone", "url", "besedilo",
                    "stevilo", "datum", "izbira", "zahl", "auswahl", "kontrollkastchen"}
ISO2 = set((
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ "
    "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR "
    "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO "
    "JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR "
    "MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO "
    "RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV "
    "TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW UK EL XK").split())
COUNTRY_NAMES = set(strip_accents(n).lower() for n in (
    # English
    ("Slovenia Croatia Austria Germany Italy Hungary Serbia Switzerland France Spain Portugal Netherlands Belgium "
    "Luxembourg Poland Czechia Slovakia Romania Bulgaria Greece Turkey Denmark Sweden Norway Finland Iceland Ireland "
    "Estonia Latvia Lithuania Ukraine Russia Belarus Moldova Albania Montenegro Kosovo Macedonia Malta Cyprus "
    "Liechtenstein Monaco Andorra Canada Mexico Brazil Argentina Chile Colombia Peru China Japan India Australia "
    "Israel Egypt Morocco Tunisia Singapore Indonesia Thailand Vietnam Malaysia Philippines Korea Taiwan "
    "Nigeria Kenya UAE UK USA").split() + [
    "United Kingdom", "Great Britain", "United States", "United States of America", "Czech Republic",
    "Bosnia and Herzegovina", "North Macedonia", "South Africa", "New Zealand", "South Korea", "Saudi Arabia",
    "United Arab Emirates", "Hong Kong", "Viet Nam", "Russian Federation",
    # Slovenian
    "Slovenija", "Hrvaška", "Avstrija", "Nemčija", "Italija", "Madžarska", "Srbija", "Švica", "Francija", "Španija",
    "Portugalska", "Nizozemska", "Belgija", "Luksemburg", "Poljska", "Češka", "Slovaška", "Romunija", "Bolgarija",
    "Grčija", "Turčija", "Danska", "Švedska", "Norveška", "Finska", "Irska", "Velika Britanija", "Združeno kraljestvo",
    "Združene države Amerike", "ZDA", "Bosna in Hercegovina", "Črna gora", "Makedonija", "Severna Makedonija",
    "Kitajska", "Japonska", "Indija", "Kanada", "Rusija", "Ukrajina",
    # German
    "Deutschland", "Österreich", "Schweiz", "Kroatien", "Slowenien", "Italien", "Ungarn", "Serbien", "Frankreich",
    "Spanien", "Niederlande", "Belgien", "Luxemburg", "Polen", "Tschechien", "Slowakei", "Rumänien", "Bulgarien",
    "Griechenland", "Türkei", "Dänemark", "Schweden", "Norwegen", "Finnland", "Irland", "Großbritannien",
    "Vereinigtes Königreich", "Vereinigte Staaten", "Bosnien und Herzegowina", "Montenegro", "Nordmazedonien",
    "Russland", "Kanada", "Japan", "Indien", "Mexiko", "Brasilien", "Liechtenstein",
]))
CURRENCIES = set(("EUR USD GBP CHF JPY CNY CAD AUD NZD SEK NOK DKK PLN CZK HUF HRK RSD BAM MKD RON BGN TRY RUB UAH "
                  "INR BRL MXN ZAR SGD HKD KRW ILS AED ISK").split()) | {"€", "$", "£", "¥", "kn", "fr.", "sfr"}

# kinds profile_values reports
VALUE_KINDS = ("email", "phone", "date", "datetime", "time", "int", "number", "amount", "percent", "duration",
               "bool", "country", "currency", "url", "id", "list", "text", "words", "person_name", "single_word",
               "company", "zip", "vat", "street", "salutation", "priority", "direction", "activity_type",
               "object_name", "field_type")


def _valid_date(text):
    nums = [int(n) for n in re.findall(r"\d+", text)]
    if len(nums) >= 3 and not re.search(r"[A-Za-z]{3,}", text):
        if len(str(nums[0])) == 4 or re.match(r"^\d{4}", text):
            year, a, b = nums[0], nums[1], nums[2]
        else:
            a, b, year = nums[0], nums[1], nums[2]
        if not (1 <= a <= 31 and 1 <= b <= 31 and (a <= 12 or b <= 12)):
            return False
        return year < 100 or 1800 <= year <= 2200
    return True


_LEAD_AFFIX = re.compile(r"^\(?\s*%s?\s*" % CURRENCY_WORD)
_TRAIL_CURRENCY = re.compile(r"%s$" % CURRENCY_WORD)


def _strip_amount_affixes(low):
    """``low`` without a "(" and a currency before the number and a currency and ")" after it.

    The end is peeled step by step: one pattern ``\\s*CUR?\\s*\\)?$`` searched from every position
    costs cubic time in a run of blanks (a value of a few thousand blanks took minutes)."""
    text = low[_LEAD_AFFIX.match(low).end():]
    if text.endswith(")"):
        text = text[:-1]
    text = text.rstrip()
    match = _TRAIL_CURRENCY.search(text, max(0, len(text) - 4))  # the longest currency word is 3 letters or "fr."
    if match:
        text = text[:match.start()].rstrip()
    return text


@functools.lru_cache(maxsize=100000)
def _classify(value):
    """Frozen set of kinds one (non-empty, stripped) value looks like (cached: the object guess profiles
    a file's columns once per candidate object)."""
    return frozenset(_classify_uncached(value))


def _classify_uncached(value):
    """Set of kinds one (non-empty, stripped) value looks like.

    E-mails, phones, VAT numbers, dates, countries and currencies are read by libraries
    (:mod:`value_signals`); the patterns below are the fallback when a library is missing.
    """
    kinds = set()
    low = strip_accents(value).lower()
    if EMAIL_RE.match(value) if not vocabulary.enabled("values_lib") else value_signals.is_email(value):
        kinds.add("email")
        return kinds
    date = value_signals.date_kind(value)
    if date is not None:
        if date:
            kinds.add(date)
    elif DATETIME_RE.match(value) and _valid_date(value.split("T")[0] if "T" in value else value.rsplit(" ", 1)[0]):
        kinds.add("datetime")
    elif DATE_RE.match(value) and _valid_date(value):
        kinds.add("date")
    elif "T" in value and re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", value):
        kinds.add("datetime")
    if TIME_RE.match(value) and not kinds:
        kinds.add("time")
    if DURATION_RE.match(value):
        kinds.add("duration")
    # a Hungarian tax number ("12345678-2-41": eight digits, the VAT code, the county) is no phone number
    hu_tax = bool(re.fullmatch(r"\d{8}-[1-5]-\d{2}", value))
    if hu_tax:
        kinds.add("vat")
    if not kinds & {"date", "datetime"} and not hu_tax:
        digits = sum(ch.isdigit() for ch in value)
        phone = value_signals.is_phone(value)
        if phone is not None:
            # digit groups that could be a grouped number ("512 345 678") are a phone number when long enough;
            # one run of digits ("5001789694") is an id
            # two digit groups joined by one hyphen, 8 digits at most, are a postal code ("01310-100", "100-0005")
            if phone and (not NUMBER_RE.match(value) or value[0] in "+0" or (digits >= 9 and re.search(r"\d[\s./-]\d", value))) \
                    and not (digits <= 8 and re.fullmatch(r"\d{2,5}-\d{3,4}", value)):
                kinds.add("phone")
        elif PHONE_RE.match(value) and digits >= 6 and (value[0] in "+0(" or re.search(r"\d[\s/.-]\d", value)) \
                and not NUMBER_RE.match(value.replace(" ", "")):
            kinds.add("phone")
        elif PHONE_RE.match(value) and digits >= 8 and value[0] in "+0":
            kinds.add("phone")
        stripped = _strip_amount_affixes(low).strip()
        percent = stripped.endswith("%")
        stripped = stripped.rstrip("%").strip()
        if stripped and NUMBER_RE.match(stripped):
            kinds.add("number")
            if re.fullmatch(r"[-+]?\d+", stripped):
                kinds.add("int")
            if percent:
                kinds.add("percent")
            if stripped != low.strip() or re.search(r"[.,]\d{1,2}$", stripped) or re.search(r"\d[.,' ]\d{3}", stripped):
                kinds.add("amount")
    if low in BOOL_WORDS:
        kinds.add("bool")
    country = value_signals.is_country(value)
    if country if country is not None else (value in ISO2 or low in COUNTRY_NAMES):
        kinds.add("country")
    currency = value_signals.is_currency(value)
    if currency if currency is not None else (
            value.upper() in CURRENCIES and (len(value) == 3 and value.isupper() or not value.isalpha())
            or low in ("kn", "fr.", "sfr")):
        kinds.add("currency")
    if "@" not in value and " " not in value and URL_RE.match(value) and not re.fullmatch(r"[\d.]+", value) \
            and re.search(r"\.[a-z]{2,}(/|$|:)", value, re.I) and not re.search(r"\.\d", value):
        kinds.add("url")
    if IDLIKE_RE.match(value.strip()) or CODE_RE.match(value.strip()) or XMLID_RE.match(value.strip()):
        kinds.add("id")
    if _is_list(value):
        kinds.add("list")
    words = re.findall(r"[^\W\d_]+", value)
    if ((len(value) >= 40 and " " in value.strip()) or sum(1 for w in value.split() if re.search(r"[^\W\d_]", w)) >= 6) \
            and not (len(value) < 80 and _legal_form(value)):  # a long company name is no free text
        kinds.add("text")
    if words and not re.search(r"\d", value) and len(value) < 40:
        kinds.add("words")
        parts = value.replace(",", " ").split()
        caps = [p for p in parts if p[:1].isupper() or p.lower() in ("van", "von", "de", "der", "da", "di", "le")]
        if 2 <= len(parts) <= 4 and len(caps) == len(parts) and not _legal_form(value):
            kinds.add("person_name")
        if len(parts) == 1 and parts[0][:1].isupper() and "." not in value:
            kinds.add("single_word")
    if _legal_form(value):
        kinds.add("company")
    if ZIP_RE.match(value) and _zip_prefix_ok(value):
        kinds.add("zip")
    vat = value_signals.is_vat(value)
    if vat if vat is not None else (VAT_RE.match(value.replace(" ", "")) and sum(ch.isdigit() for ch in value) >= 6):
        kinds.add("vat")
    if STREET_RE.match(value) and not kinds & {"date", "datetime", "phone", "email", "number", "duration"}:
        kinds.add("street")
    tokens = [t for t in re.split(r"[\s.]+", low) if t]
    if tokens and all(t in SALUTATIONS for t in tokens) and len(tokens) <= 3:
        kinds.add("salutation")
    if low in PRIORITY_WORDS or re.fullmatch(r"p[1-5]", low):
        kinds.add("priority")
    if low in DIRECTION_WORDS:
        kinds.add("direction")
    if " ".join(re.split(r"[\s\-_]+", low)) in ACTIVITY_WORDS or low.replace("-", "") in ACTIVITY_WORDS:
        kinds.add("activity_type")
    if low in OBJECT_WORDS or low.rstrip("s") in OBJECT_WORDS:
        kinds.add("object_name")
    if low in FIELD_TYPE_WORDS:
        kinds.add("field_type")
    return kinds


# one-letter country codes written before a postal code ("D-80331", "A-1010"; the two-letter ones are ISO codes)
ZIP_COUNTRY_LETTERS = set("ABDEFHILNPS")


def _zip_prefix_ok(value):
    """A postal code written with letters before it has a country code there ("SI-1000"), not a record's
    own prefix ("OP-0042", "FA-1234" is no postal code of a country FA)."""
    match = re.match(r"^([A-Za-z]{1,2})[- ]\d{4,5}$", value)
    return not match or match.group(1).upper() in ISO2 or match.group(1).upper() in ZIP_COUNTRY_LETTERS


def _legal_form(value):
    parts = [p.strip(",").lower() for p in value.split()]
    if len(parts) < 2:
        return any(form in value for form in UNSPACED_LEGAL_FORMS) and value not in UNSPACED_LEGAL_FORMS
    return any(p in LEGAL_FORMS for p in parts[1:]) or (
        parts[0] in PREFIX_LEGAL_FORMS and value.split()[0].isupper()) or any(
        form in value.lower() for form in UNSPACED_LEGAL_FORMS + SPACED_LEGAL_FORMS)


def _is_list(value):
    for sep in ("|", ";"):
        if sep in value:
            parts = [p.strip() for p in value.split(sep)]
            return len([p for p in parts if p]) >= 2 and all(len(p) <= 60 for p in parts)
    if "," in value:
        parts = [p.strip() for p in value.split(",")]
        if len(parts) >= 2 and all(parts) and all(
                IDLIKE_RE.match(p) or EMAIL_RE.match(p) or (len(p) <= 20 and " " not in p and not p.isdigit())
                for p in parts) and not NUMBER_RE.match(value.replace(" ", "")):
            return True
    return False


#: characters of a value the kind patterns look at (an e-mail address has at most 254): a long text
#: stays a text, and a pattern that backtracks costs no more on a value of a million characters
CLASSIFY_CHARS = 256


class Profile:
    """What the sample values of one column look like."""

    def __init__(self, values):
        values = ["" if v is None else str(v).strip() for v in values]
        self.total = len(values)
        self.values = [v for v in values if v]
        self.n = len(self.values)
        counts = dict.fromkeys(VALUE_KINDS, 0)
        for value in self.values:
            for kind in _classify(value[:CLASSIFY_CHARS]):
                counts[kind] = counts.get(kind, 0) + 1
        codes = [v for v in self.values if len(v) == 2 and v.isalpha() and v.isupper()]
        if any("country" not in _classify(v) for v in codes):
            # two-letter codes of which some name no country are codes of regions (US states, Brazilian
            # states, Italian provinces): "MG" or "PR" among them is no country either
            counts["country"] -= sum("country" in _classify(v) for v in codes)
        self.shares = {k: (c / self.n if self.n else 0.0) for k, c in counts.items()}
        distinct = {v.lower() for v in self.values}
        self.distinct = len(distinct)
        folded = {strip_accents(v) for v in distinct}
        if self.distinct > 3 or (self.n and not folded & YES_WORDS and self.distinct > 1 and not folded & NO_WORDS):
            self.shares["bool"] = 0.0
        self.unique = self.distinct / self.n if self.n else 0.0
        self.mean_words = sum(len(v.split()) for v in self.values) / self.n if self.n else 0.0
        self.empty = 1 - self.n / self.total if self.total else 1.0
        self.categorical = bool(self.n >= 3 and self.distinct <= max(3, self.n * 0.5) and self.share("words") >= 0.8)

    def share(self, kind):
        return self.shares.get(kind, 0.0)

    def dominant(self, kinds, threshold=0.8):
        return any(self.share(k) >= threshold for k in kinds)

    def as_dict(self):
        out = {k: round(v, 3) for k, v in self.shares.items() if v}
        out["empty"] = round(self.empty, 3)
        out["unique"] = round(self.unique, 3)
        return out


def profile_values(values):
    """{detected kind: share of the non-empty values} plus "empty" (share of all values) and "unique".

    Kinds: email phone date datetime time int number amount percent duration bool country currency url id
    list text words person_name single_word company zip vat street salutation priority direction
    activity_type object_name field_type. A value can have several kinds ("1" is int, number, bool, id).
    """
    return Profile(values).as_dict()


KIND_LABELS = {  # translated when a reason is built (see _evidence)
    "email": _lt("e-mail addresses"), "phone": _lt("phone numbers"), "date": _lt("dates"),
    "datetime": _lt("dates with time"), "number": _lt("numbers"), "amount": _lt("amounts"),
    "percent": _lt("percentages"), "duration": _lt("durations"), "bool": _lt("yes/no flags"),
    "country": _lt("countries"), "currency": _lt("currency codes"), "url": _lt("web addresses"), "id": _lt("ids"),
    "list": _lt("lists"), "text": _lt("free text"), "person_name": _lt("person names"),
    "single_word": _lt("single names"), "company": _lt("company names"), "zip": _lt("postal codes"),
    "vat": _lt("VAT numbers"), "street": _lt("street addresses"), "salutation": _lt("salutations"),
    "priority": _lt("priorities"), "direction": _lt("directions (in/out)"), "activity_type": _lt("activity types"),
    "object_name": _lt("object names"), "field_type": _lt("field types"), "int": _lt("whole numbers"),
}
# value detectors of char keys, by key name: (kind, distinctive enough to decide without the header)
KEY_DETECTORS = {
    "zip": ("zip", True), "vat": ("vat", True), "website": ("url", True), "title": ("salutation", True),
    "priority": ("priority", True), "direction": ("direction", True), "related_kind": ("object_name", True),
    "street": ("street", True), "first_name": ("single_word", False), "last_name": ("single_word", False),
    "contact_name": ("person_name", True), "invitee_name": ("person_name", True), "number": ("id", False),
}
ENTITY_KEY_DETECTORS = {
    ("activity", "type"): ("activity_type", True), ("custom_field", "type"): ("field_type", True),
    ("custom_field", "object"): ("object_name", True), ("partner_person", "name"): ("person_name", True),
    ("user", "name"): ("person_name", True), ("partner_company", "name"): ("company", False),
    ("lead", "partner_name"): ("company", True),
}
#: keys that name a person the importer finds among the users (by e-mail, name, login or id)
PERSON_REF_KEYS = {"owner_email", "assignee_email", "employee_email"}
#: value kinds that are a few short words out of a small set
SHORT_WORD_KINDS = {"salutation", "priority", "direction", "activity_type", "object_name", "field_type"}
#: category keys whose values are never yes/no or active/inactive words
NO_FLAG_KEYS = {"state", "industry", "source", "pipeline"}
CATEGORICAL_KEYS = {"status", "stage", "pipeline", "priority", "source", "industry", "role", "type", "currency",
                    "related_kind", "direction", "country", "state", "object"}
# kinds that say what a column is whatever its header
DISTINCTIVE_VALUE_KINDS = ("email", "phone", "date", "datetime", "amount", "url", "duration", "salutation", "vat",
                           "direction", "priority", "activity_type", "field_type")


def _evidence(kind, prof):
    share = prof.share(kind)
    return _("values look like %(kind)s (%(share)d%% of %(count)d)", kind=KIND_LABELS.get(kind, kind),
             share=round(100 * share), count=prof.n)


def _value_fit(entity, key, prof, id_sets):
    """(fit 0..1, evidence or "", value-only base score or None) of a column's values for a key.

    fit 1 = the values are clearly of the key's kind, ~0.8 = neutral, ~0.1 = they contradict it.
    A base score is returned when the values alone are distinctive enough to propose this key.
    """
    if not prof.n:
        return 0.8, "", None
    kind = key.kind
    s = prof.share
    # ids of another object
    if kind in ("ref", "id", "list") and id_sets and (kind != "list" or key.ref):
        targets = [key.ref] if key.ref else list(id_sets)
        if kind == "id":
            targets = [entity.name]
        for target in targets:
            ids = {str(i).strip().lower() for i in (id_sets.get(target) or ())}
            if not ids:
                continue
            values = prof.values
            if kind == "list":
                values = [p.strip() for v in values for p in re.split(r"[|;,]", v) if p.strip()]
            hit = sum(1 for v in values if v.lower() in ids) / max(1, len(values))
            # numbers of one or two digits (counts, row numbers) are among the ids of most objects by chance
            small = all(v.isdigit() and len(v) <= 2 for v in values)
            if hit >= 0.6:
                label = ENTITIES[target].label if target in ENTITIES else target
                why = _("values are ids of %(object)s (%(share)d%% of %(count)d)", object=label,
                        share=round(100 * hit), count=len(values))
                if kind == "ref" and key.ref == entity.name and prof.unique >= 0.999 and prof.empty == 0:
                    return 0.6, why, None  # a complete unique column of own ids is the record's own id
                if kind == "id" and prof.unique < 0.95:
                    return 0.4, why, None
                return 1.0, why, (None if small else 0.6 + 0.3 * hit)
    if kind == "email":
        if s("email") >= 0.6:
            return 0.7 + 0.3 * s("email"), _evidence("email", prof), 0.5 + 0.15 * s("email")
        if key.key in PERSON_REF_KEYS:
            if s("bool") >= 0.8:
                return 0.1, "", None  # yes/no words name no person (a flag about the person)
            # an owner, assignee or employee is often given by name, login or user id: the importer finds
            # the user by any of them, so such values do not contradict the header
            if s("person_name") + s("single_word") >= 0.6 or s("person_name") >= 0.4:
                return 0.85, "", None
            if prof.dominant(("date", "datetime", "amount", "phone", "text", "bool", "url")):
                return 0.1, "", None
            if s("id") >= 0.6 or s("words") >= 0.6:
                return 0.7, "", None
            return 0.4, "", None
        if s("person_name") + s("single_word") >= 0.6:
            return 0.3, "", None
        return 0.1, "", None
    if kind == "phone":
        if s("phone") >= 0.6:
            return 0.7 + 0.3 * s("phone"), _evidence("phone", prof), 0.5 + 0.15 * s("phone")
        shaped = sum(1 for v in prof.values if PHONE_SHAPE_RE.match(v) and sum(ch.isdigit() for ch in v) >= 6)
        if shaped >= 0.8 * prof.n and not prof.dominant(("date", "datetime", "amount", "id")):
            return 0.6, "", None  # digit groups of a national number no library can place without its country
        return 0.1, "", None
    if kind in ("date", "datetime"):
        own, other = ("date", "datetime") if kind == "date" else ("datetime", "date")
        if s(own) >= 0.6:
            return 1.0, _evidence(own, prof), 0.5 + 0.15 * s(own)
        if s(own) + s(other) >= 0.6:
            return 0.9, _evidence(other, prof), 0.45 + 0.15 * (s(own) + s(other))
        return 0.1, "", None
    if kind in ("float", "int"):
        numeric = max(s("number"), s("duration") if kind == "float" else 0)
        if numeric >= 0.8:
            if kind == "int" and s("int") < 0.8:
                return 0.6, "", None
            strong = "amount" if s("amount") >= 0.5 else "duration" if s("duration") >= 0.5 else "number"
            return (1.0 if strong != "number" or kind == "int" else 0.9), _evidence(strong, prof), None
        if s("percent") >= 0.6:
            return 1.0, _evidence("percent", prof), None
        return 0.1, "", None
    if kind == "bool":
        if s("bool") >= 0.8:
            return 1.0, _evidence("bool", prof), 0.5 + 0.15 * s("bool")
        if prof.distinct <= 2 and s("words") >= 0.8:
            return 0.7, "", None  # two words ("Aktiv" / "Deaktiviert"): a flag in words of its own
        return 0.15, "", None
    if kind == "country":
        if s("country") >= 0.6:
            return 1.0, _evidence("country", prof), 0.5 + 0.15 * s("country")
        if s("words") >= 0.6 and s("country") == 0 and prof.n >= 3 and vocabulary.territory_names():
            return 0.15, "", None  # babel knows every territory name of every locale: these are none
        return (0.4 if s("words") >= 0.6 else 0.15), "", None
    if kind == "currency":
        if s("currency") >= 0.6:
            return 1.0, _evidence("currency", prof), 0.5 + 0.15 * s("currency")
        return 0.15, "", None
    if kind == "text":
        if s("text") >= 0.3:
            return 1.0, _evidence("text", prof), 0.4 + 0.2 * s("text")
        if prof.dominant(("email", "number", "date", "datetime", "phone")):
            return 0.3, "", None
        return 0.75, "", None
    if kind == "list":
        if s("list") >= 0.15:
            return 1.0, _evidence("list", prof), None
        if s("id") >= 0.6:
            return 0.85, "", None
        return (0.3 if prof.dominant(("date", "datetime", "amount", "phone")) else 0.65), "", None
    if kind == "ref":
        if s("id") >= 0.6 and not prof.dominant(("date", "datetime", "phone", "amount")):
            return 0.85, "", None
        if s("email") >= 0.6:
            return 0.25, "", None
        if prof.dominant(("date", "datetime", "amount", "bool", "text", "phone")):
            return 0.1, "", None
        if s("company") >= 0.5:
            return 0.7, "", None  # names of the companies referred to (the importer matches them by name)
        if s("words") >= 0.6:
            return 0.6, "", None  # names of the records referred to
        return 0.35, "", None
    if kind == "id":
        if prof.dominant(("date", "datetime", "email", "phone", "amount", "text")):
            return 0.1, "", None
        if s("id") >= 0.6 and prof.unique >= 0.95:
            return 1.0, _("values look like unique ids (%(distinct)d of %(count)d)", distinct=prof.distinct,
                          count=prof.n), None
        if prof.unique >= 0.95 and s("words") < 0.5:
            return 0.7, "", None
        return (0.35 if s("id") >= 0.6 else 0.2), "", None
    # char: what the values say about this particular key
    detector = ENTITY_KEY_DETECTORS.get((entity.name, key.key)) or KEY_DETECTORS.get(key.key)
    if detector:
        det_kind, distinctive = detector
        share = s(det_kind)
        if det_kind in ("person_name", "single_word", "company") and prof.n >= 5 and prof.unique < 0.5:
            share = 0.0  # names vary from row to row; a handful of repeated values is a category
        if share >= 0.6:
            base = (0.45 + 0.15 * share) if distinctive and not (det_kind == "zip" and s("int") >= 0.8) else None
            return 1.0, _evidence(det_kind, prof), base
        if key.key == "contact_name" and s("email") >= 0.6:
            return 0.2, "", None
    own = detector[0] if detector else None
    if own in ("person_name", "single_word", "company") and s("int") >= 0.8:
        return 0.15, "", None  # whole numbers are no names ("Nombre de transactions": a count)
    if own == "street" and prof.n >= 3 and s("street") == 0 and s("words") >= 0.6:
        return 0.5, "", None  # words without a house number are rather a title ("Naslov", "Cím": title or address)
    if detector and detector[1] and own in SHORT_WORD_KINDS and prof.n >= 3 and s(own) < 0.3 and (
            s("person_name") + s("company") >= 0.6 or (prof.unique >= 0.8 and prof.n >= 5)
            or prof.mean_words >= 2.5 or (own == "salutation" and s(own) == 0)):
        return 0.3, "", None  # salutations, priorities, object names... are a few short words, not these
    if own == "person_name" and s("company") >= 0.5 and s(own) < 0.6:
        return 0.3, "", None  # company names are not people's names
    if prof.dominant(("email", "phone", "date", "datetime", "amount")):
        # e-mails, phones, dates, amounts have keys of their own; a category (status, type...) never holds them
        return (0.1 if key.key in CATEGORICAL_KEYS else 0.25), "", None
    if prof.dominant(tuple(k for k in DISTINCTIVE_VALUE_KINDS if k != own)):
        return 0.45, "", None  # the values are clearly something else (salutations, e-mails, dates...)
    if key.key in NO_FLAG_KEYS and s("bool") >= 0.8:
        return 0.15, "", None  # yes/no, active/inactive words name no region, industry, source or pipeline
    if key.key in CATEGORICAL_KEYS and prof.categorical:
        return 0.9, "", None
    if s("bool") >= 0.8 and key.key not in ("status", "active"):
        return 0.45, "", None
    if s("id") >= 0.8 and s("words") < 0.2 and prof.unique >= 0.95 and own not in ("vat", "zip", "id"):
        return 0.55, "", None  # unique codes are ids, not names or labels
    if s("text") >= 0.5 and key.key not in ("name", "description", "subject"):
        return 0.6, "", None
    if prof.dominant(("number",)) and not detector:
        return 0.6, "", None
    return 0.85, "", None


# ---------------------------------------------------------------------------------------- proposing
def _rows_values(headers, sample_rows):
    columns = {h: [] for h in headers}
    for row in sample_rows or ():
        if isinstance(row, dict):
            for h in headers:
                columns[h].append(row.get(h))
        else:
            for i, h in enumerate(headers):
                columns[h].append(row[i] if i < len(row) else None)
    return columns


def _score(entity, key, header, prof, id_sets):
    """(score, reason) of a column for a key: header evidence weighted by what the values say."""
    h, h_reason, h_synonym = _header_score(entity, key, header)
    family = _family(key.kind)
    primary = _primary_key(entity, family)
    # the values alone cannot tell apart keys that share a kind with no plain key among them (the sent,
    # accepted and created dates of a proposal; two yes/no flags of a stage)
    secondary = primary != key.key if family in KIND_CONCEPTS or family == "bool" else bool(primary and primary != key.key)
    secondary = secondary and (primary is not None or _shared_family(entity, family))
    if family == "email" and key.key in PERSON_REF_KEYS:
        secondary = True  # "Customer e-mail" in a tickets file is not the agent's
    if secondary and h < 0.97 and not _bare_kind_synonym(entity, key, KIND_CONCEPTS.get(family)):
        # "Email address" is not "Owner e-mail": for a secondary key of a kind (owner_email next to email)
        # only header words beyond the kind word count, unless the header is an exact synonym
        h, h_reason, h_synonym = _header_score(entity, key, header, KIND_CONCEPTS.get(family))
    fit, evidence, base = _value_fit(entity, key, prof, id_sets)
    by_header = h * (0.4 + 0.6 * fit)
    reason = h_reason
    if h_reason and evidence and fit >= 0.95:
        reason = "%s; %s" % (h_reason, evidence)
    elif h_reason and fit <= 0.3 and prof.n:
        reason = _("%(header)s, but the values do not fit (%(kind)s)", header=h_reason, kind=key.kind)
    if key.kind == "id" and fit >= 0.95 and _names_an_id(entity, header) and by_header < 0.62:
        # "Opp #", "Issue key", "Personalnr.": an id word over unique id-like values is the record's id
        by_header, reason = 0.62, _("header names an id; %s", evidence)
    best, best_reason = by_header, reason
    if base is not None and prof.n < MIN_VALUES:
        base = None  # one or two values are too few to decide a column without its header
    if base is not None:
        if secondary:
            # values alone cannot tell a record's own e-mail from its owner's: a secondary key of the
            # kind needs header words beyond the kind word itself ("Sales rep", not "E-mail 2")
            by_values = base - 0.2 + 0.4 * h
        else:
            # the entity's own e-mail / phone / country... is the default home of such values
            by_values = base + 0.35 * h + (0.02 if primary == key.key else 0.0)
        # values decide less when they are few: three e-mail addresses are thinner evidence than thirty
        by_values = min(0.95, by_values) * min(1.0, THIN_BASE + THIN_STEP * prof.n)
        if by_values > best:
            best = by_values
            best_reason = evidence + (_("; header resembles '%s'", h_synonym) if h >= 0.3 and h_synonym else "")
    if key.key != "vat" and _tax_amount(header):
        best *= NO_KEY_FACTOR  # "MwSt-Betrag", "Montant TVA": the tax of a document, which no key takes
    return best * (1.0 if h >= 0.5 else _no_key_factor(entity, key, header)), best_reason


def _tax_amount(header):
    """Whether a header names the amount of a tax: the VAT notion beside amount or total words only ("ÁFA
    érték", "Btw-bedrag", "Total TVA"), no net, gross or "with" ("Bruttó", "Total incl. VAT", "Znesek z DDV")."""
    canon = header.canon
    if len(canon) < 2 or not any(t.startswith("@") and "@vat" in _notions(t) for t in canon):
        return False
    if WITH_WORDS & set(header.norm.split()):
        return False  # an amount *with* its tax ("Znesek z DDV", "Betrag mit MwSt.") is the gross amount
    rest = [t for t in canon if not (t.startswith("@") and "@vat" in _notions(t))]
    return bool(rest) and all(t.startswith("@") and set(_notions(t)) & {"@value", "@total"} for t in rest)


WEAKER_READING = 0.95  # a column read as a key only through a weak synonym, when another column names the key


def _weak_readings(entity, headers, analysed):
    """{(column, key)} of columns whose header reads as a key only through a weak ("~") synonym while
    another column's header names the key itself: "Mobil" next to "Tel. (pevná)", "Cellulare" next to
    "Telefono ufficio" (the phone is the other column even when its header carries a word more)."""
    out = set()
    for key in entity.keys:
        weak = {syn[1:] for syn in key.synonyms if syn.startswith("~")}
        weak_raw = {_Header(text).raw for text in weak}
        readings = {}
        for header in headers:
            score, _reason, synonym = _header_score(entity, key, analysed[header])
            if score >= MAP_THRESHOLD:
                readings[header] = (synonym in weak_raw, frozenset(str(synonym or "").split()))
        strong = [words for is_weak, words in readings.values() if not is_weak]
        if strong:
            # also a column read as the object alone beside one that names the object's *name* (an Odoo lead
            # export's customer beside its company name: the name column is the company name, the other the record)
            named = [words for words in strong if "name" in words]
            out.update((header, key.key) for header, (is_weak, words) in readings.items()
                       if is_weak or ("name" not in words and any(words < other for other in named)))
    return out


STAGE_OF_STATUS = 0.99  # a status column of pipeline steps read as the stage


def _status_of_stages(entity, headers, analysed, profiles):
    """The column whose header names a status and whose values are the steps of a pipeline (amoCRM's or
    MiniCRM's "Status" holding the stage names: "Proposal", "Negotiation"...), when the entity has a stage
    and a status key and no column names the stage: {column} or an empty set."""
    keys = {k.key: k for k in entity.keys}
    if "status" not in keys or "stage" not in keys:
        return set()
    if any(_header_score(entity, keys["stage"], analysed[h])[0] >= 0.9 for h in headers):
        return set()
    found = {h for h in headers
             if _header_score(entity, keys["status"], analysed[h])[0] >= 0.9 and _pipeline_steps(profiles[h])}
    return found if len(found) == 1 else set()


def _pipeline_steps(prof):
    """Whether a column's values are rather the steps of a pipeline than a record's status: three distinct
    values or more, at most half of them status words (new, open, qualified, won, lost, active, yes...)."""
    distinct = {v.strip().lower() for v in prof.values if v.strip()}
    if prof.n < MIN_VALUES or len(distinct) < 3:
        return False
    return 2 * sum(1 for v in distinct if _status_word_value(v)) <= len(distinct)


def _status_word_value(value):
    for word in vocabulary.words(value):
        if word in STATUS_VALUE_WORDS or word in BOOL_WORDS:
            return True
        # also inflected ("Vyhraná", "Prehraná": the feminine of a won / lost word the table has in another form)
        concept = VOCAB.get(word) or (len(word) >= 5 and _stem_concept(word))
        if concept and set(_notions(concept)) & {"@won", "@lost", "@done", "@canceled"}:
            return True
    return False


def _bare_kind_synonym(entity, key, concept):
    """Whether one of the key's synonyms is the kind word alone (an invoice's "@date"): then a header that
    is only the kind word is this key's, not left to the values."""
    return bool(concept) and any(syn.canon == [concept] for syn, _w in _key_synonyms(entity, key))


def _names_an_id(entity, header):
    """Whether a header names an id or a number ("Opp #", "Kunden-Nr.", "Issue key"); the number of
    something no key takes ("KvK-nummer", "Number of employees") is left to the no-key notions."""
    own = SELF_NOTIONS.get(entity.name, set())
    notions = [set(_notions(t)) for t in header.canon if t.startswith("@")]
    if any(n == {"@vat"} for n in notions):
        return False  # a tax number ("Número de contribuinte") is the party's registration, not the record's id
    # an ambiguous word names the entity's own object when one of its readings does ("Contatto": contact or lead)
    return any(t.startswith("@") and _notion_match(t, "@id") for t in header.canon) or bool(
        own and notions and all(n & own for n in notions)) or bool(
        header.segment is not None and own and header.segment.canon
        and all(t.startswith("@") and set(_notions(t)) & own for t in header.segment.canon))


KIND_CONCEPTS = {"email": "@email", "phone": "@phone", "date": "@date", "country": "@country",
                 "currency": "@currency"}
_primary_cache = {}


def _family(kind):
    return "date" if kind in ("date", "datetime") else kind


def _primary_key(entity, family):
    """The entity's plain key of a value family ("email", "phone", "date"): the key named so, else its only
    key of the family; None when several keys share the family and none is the plain one."""
    cache_key = (entity.name, family)
    if cache_key not in _primary_cache:
        keys = [k.key for k in entity.keys if _family(k.kind) == family]
        _primary_cache[cache_key] = family if family in keys else (keys[0] if len(keys) == 1 else None)
    return _primary_cache[cache_key]


def _shared_family(entity, family):
    """Whether several keys of the entity take values of this family (a date could be any of them)."""
    return sum(_family(k.kind) == family for k in entity.keys) > 1


def propose(entity_name, headers, sample_rows, memory=None, custom_field_labels=(), source_hints=None,
            id_sets=None, field_labels=None):
    """Propose a target for every column of one source object.

    :param entity_name: key of :data:`targets.ENTITIES` ("partner_company", "lead", ...)
    :param headers: the column headers, in file order
    :param sample_rows: a sample of rows (dicts header -> value, or lists in header order)
    :param memory: {normalised header: key} the admin confirmed before for this source; a value of
        None / :data:`IGNORE` / :data:`NEW_FIELD` means "confirmed: no key" (ignore / custom field)
    :param custom_field_labels: labels of the custom fields the source defines for this object
    :param source_hints: {exact header: key} the source adapter knows
    :param id_sets: {entity name: set of ids} of objects already read (for ``ref`` keys)
    :param field_labels: {(model, field): [label, ...]} Odoo's labels of the target fields in every
        language the database has (inside Odoo; the translation files of the source are read anyway)
    :returns: [:class:`Proposal`], one per header, in header order
    """
    if field_labels is not None and field_labels != vocabulary._extra_labels:
        vocabulary.set_extra_labels(field_labels)
        _syn_cache.clear()
        _header_cache.clear()
    entity = ENTITIES[entity_name]
    headers = list(headers)
    columns = _rows_values(headers, sample_rows)
    profiles = {h: Profile(columns[h]) for h in headers}
    prefix = _common_prefix_tokens(headers)
    analysed = _first_names_beside_last_names({h: _Header(h, prefix) for h in headers})
    keys = {k.key: k for k in entity.keys}
    memory = {normalise_header(h): k for h, k in (memory or {}).items()}
    hints = {}
    for h, k in (source_hints or {}).items():
        hints[h] = k
        hints.setdefault(normalise_header(h), k)

    result = {}
    used = set()
    taken_by = {}  # key -> column that got it

    def free(key_name):
        return key_name not in used or keys[key_name].kind == "list"

    # 1. memory, 2. source hints
    for header in headers:
        norm = analysed[header].norm
        if norm in memory:
            key_name = memory[norm]
            if key_name in keys and free(key_name):
                result[header] = Proposal(header, key_name, False, MEMORY_CONFIDENCE, memory_reason())
                used.add(key_name)
                taken_by.setdefault(key_name, header)
            elif key_name in (None, "", False, IGNORE, NEW_FIELD):
                new_field = key_name == NEW_FIELD or (key_name != IGNORE and profiles[header].n > 0)
                result[header] = Proposal(
                    header, None, new_field, MEMORY_CONFIDENCE,
                    "%s: %s" % (memory_reason(), _("new custom field") if new_field else _("not imported")))
    for header in headers:
        if header in result:
            continue
        key_name = hints.get(header, hints.get(analysed[header].norm))
        if key_name in keys and free(key_name):
            result[header] = Proposal(header, key_name, False, HINT_CONFIDENCE,
                                      _("known header of this source's export"))
            used.add(key_name)
            taken_by.setdefault(key_name, header)

    # 3. header + values, resolved one-to-one by global greedy assignment
    candidates = []
    per_column = {}
    weaker = _weak_readings(entity, [h for h in headers if h not in result], analysed)
    stages = _status_of_stages(entity, [h for h in headers if h not in result], analysed, profiles)
    for ci, header in enumerate(headers):
        if header in result:
            continue
        scored = []
        key_scores = [(ki, key) + _score(entity, key, analysed[header], profiles[header], id_sets)
                      for ki, key in enumerate(entity.keys)]
        if header in stages:
            # the status reading of a column of pipeline steps is the stage
            status = max(sc for _ki, k, sc, _r in key_scores if k.key == "status")
            key_scores = [(ki, k, status * STAGE_OF_STATUS, _("values are the steps of a pipeline, not a status"))
                          if k.key == "stage" else (ki, k, sc * WEAKER_READING if k.key == "status" else sc, r)
                          for ki, k, sc, r in key_scores]
        for ki, key, score, reason in key_scores:
            if (header, key.key) in weaker:
                score *= WEAKER_READING
            if score > 0:
                scored.append((score, key.key, reason))
                if score >= MAP_THRESHOLD:
                    candidates.append((-(score + (REQUIRED_BONUS if key.required else 0.0)), ci, ki, header, key.key,
                                       reason))
        scored.sort(key=lambda x: -x[0])
        per_column[header] = scored
    candidates.sort()
    for neg, _ci, _ki, header, key_name, reason in candidates:
        if header in result:
            continue
        if not free(key_name):
            continue
        score = round(dict((k, sc) for sc, k, _r in per_column[header])[key_name], 3)
        alternatives = tuple((k, round(s, 3)) for s, k, _r in per_column[header] if k != key_name and s >= 0.3)[:3]
        result[header] = Proposal(header, key_name, False, calibrated("map", score), reason, alternatives, score)
        used.add(key_name)
        taken_by.setdefault(key_name, header)

    # 4. the rest: custom field of the source, new custom field, or nothing
    labels = [(label, _Header(label)) for label in custom_field_labels or () if str(label or "").strip()]
    for header in headers:
        if header in result:
            found = labels and result[header].key and _custom_label(analysed[header], labels)
            if not found:
                continue
            if found[1] < 1.0 or result[header].raw_score is None:
                # a near label, or a key the admin or the adapter gave this very header: the key stays
                result[header].reason += _(" (also a custom field of the source)")
                continue
            # the source itself defines a custom field of this very name for the object: that is what the
            # column holds, whatever Odoo field its name also suggests (a "Segment" dropdown is no industry)
            used.discard(result[header].key)
            del result[header]
        prof = profiles[header]
        scored = per_column.get(header, [])
        alternatives = tuple((k, round(s, 3)) for s, k, _r in scored if s >= 0.3)[:3]
        match = _custom_label(analysed[header], labels)
        if match:
            label, similarity = match
            result[header] = Proposal(header, None, True, round(0.9 * similarity, 3),
                                      _("custom field '%s' of the source: offered as new custom field", label),
                                      alternatives, round(0.9 * similarity, 3))
            continue
        lost = [(s, k) for s, k, _r in scored if s >= MAP_THRESHOLD and k in taken_by]
        if prof.n:
            reason = _("no matching Odoo field: offered as new custom field")
            if lost:
                reason += _(" ('%(key)s' went to column '%(column)s')", key=lost[0][1], column=taken_by[lost[0][1]])
            # the evidence for "no key" is how weak the best key was, and how much of the header was understood
            raw = round((1 - (scored[0][0] if scored else 0)) * _understood(analysed[header]), 3)
            result[header] = Proposal(header, None, True, calibrated("none", raw), reason, alternatives, raw)
        else:
            raw = round((1 - (scored[0][0] if scored else 0)) * _understood(analysed[header]), 3)
            result[header] = Proposal(header, None, False, min(0.5, calibrated("none", raw)),
                                      _("no matching Odoo field and no values in the sample: not imported"),
                                      alternatives, raw)
    return [result[h] for h in headers]


# ---------------------------------------------------------------------------------------- calibration
CALIBRATION_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "calibration.json")
_calibration = None


def calibration():
    """{"map": [[upper raw score, probability], ...], "none": [...]} measured on the dev samples."""
    global _calibration
    if _calibration is None:
        try:
            with open(CALIBRATION_FILE, encoding="utf-8") as handle:
                _calibration = json.load(handle)
        except (OSError, ValueError):
            _calibration = {}
    return _calibration


def calibrated(kind, raw):
    """The measured probability that a proposal with this raw score is right.

    ``kind``: "map" (a key) or "none" (no matching key; raw = 1 - the best key's score). The table is
    built by ``bench/map_proposer_bench.py --calibrate`` on the dev samples: raw scores in bins, the
    share of right proposals per bin (Laplace-smoothed, so never 0 or 100 %), made monotone.
    Without a table, the raw score (capped below 1).
    """
    table = calibration().get(kind) if vocabulary.enabled("calibration") else None
    if not table:
        return round(min(raw, 0.99), 3)
    for upper, probability in table:
        if raw <= upper:
            return probability
    return table[-1][1]


def _understood(header):
    """0.75..1: the share of a header's words the vocabulary reads as notions (an unknown word may name a
    key the vocabulary does not know, so "no key" is less sure)."""
    tokens = [t for t in header.canon if t not in STOPWORDS]
    if not tokens:
        return 0.75
    return 0.75 + 0.25 * sum(1 for t in tokens if t.startswith("@")) / len(tokens)


def _custom_label(header, labels):
    """(label, similarity) of the source custom field a header names, or None."""
    best = None
    for label, analysed in labels:
        if header.norm == analysed.norm:
            return label, 1.0
        ratio = difflib.SequenceMatcher(None, header.match_norm, analysed.norm).ratio()
        if _same_notions(header.canon, analysed.canon):
            ratio = max(ratio, 0.95)
        if ratio >= 0.85 and (best is None or ratio > best[1]):
            best = (label, ratio)
    return best

