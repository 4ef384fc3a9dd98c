"""Windows-1250 or Windows-1252: which one a legacy ANSI export is written in.

Most bytes above 0x7F are a letter in both code pages, but a different one: 0xE8 is "è" in cp1252 and
"č" in cp1250, 0xF1 "ñ" and "ń", 0xF8 "ø" and "ř". Counting the letters "typical" of each code page
cannot tell "Crème" from "Crčme" (both have one). What tells them apart is the letters around them:
"è" between "r" and "m" is French, "č" there is no language's. Each reading of the words holding such
bytes is scored with letter-pair frequencies of the languages written in that code page, learnt from
the texts babel (an Odoo dependency) carries for each locale (names of countries, languages, months,
units...; counted once into ``data/code_page_letters.json``, as reading them takes seconds); the reading
whose best language explains the words better wins.
"""
import functools
import itertools
import json
import math
import os
import re
from collections import Counter

#: languages written in each code page (babel locales); German letters are the same bytes in both
LANGUAGES = {
    "cp1250": ("cs", "sk", "pl", "hu", "sl", "hr", "sr_Latn", "ro", "de"),
    "cp1252": ("en", "fr", "de", "es", "pt", "it", "nl", "sv", "da", "nb", "fi", "ca"),
}
#: bytes that are a different character in cp1250 and cp1252
AMBIGUOUS = bytes(b for b in range(0x80, 0x100)
                  if bytes([b]).decode("cp1250", "replace") != bytes([b]).decode("cp1252", "replace"))
#: an ambiguous byte, and the letters (of either code page) of its word before and after it: at most 30 on
#: either side, looked for only around such a byte, so that a line of a million letters costs one scan
_AMBIGUOUS = re.compile(b"[" + re.escape(AMBIGUOUS) + b"]")
_LETTERS_BEFORE = re.compile(rb"[A-Za-z\x80-\xff]{0,30}\Z")
_LETTERS_AFTER = re.compile(rb"[A-Za-z\x80-\xff]{0,30}")
#: words looked at: enough to decide, bounded whatever the file's size; and words read per block to find them
MAX_WORDS = 400
MAX_MATCHES = 20000
#: below this many distinct words, or this difference of log-likelihood, the choice is said to be a guess
#: (on invented names of 16 languages: every wrong choice fell below, no file of 20 names or more did)
SURE_WORDS, SURE_MARGIN = 8, 5.0
LABELS = {"cp1250": "Windows-1250 (Central European)", "cp1252": "Windows-1252 (Western European)"}
_EDGE = "_"  # the start or end of a word
_DATA = os.path.join(os.path.dirname(__file__), "data", "code_page_letters.json")


def ambiguous_words(block, limit=MAX_WORDS):
    """Up to ``limit`` distinct words of the bytes ``block`` that read differently in cp1250 and cp1252."""
    words = []
    seen = set()
    end = 0
    for match in itertools.islice(_AMBIGUOUS.finditer(block), MAX_MATCHES):
        at = match.start()
        if at < end:
            continue  # in the word taken last
        start = _LETTERS_BEFORE.search(block, max(0, at - 30), at).start()
        end = _LETTERS_AFTER.match(block, at + 1).end()
        word = bytes(block[start:end])
        if word not in seen:
            seen.add(word)
            words.append(word)
            if len(words) >= limit:
                break
    return words


def _strings(value, out):
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, dict) or hasattr(value, "values"):
        for item in value.values():
            _strings(item, out)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _strings(item, out)


_VOWELS = set("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœąęěůőűăîâ")


def _kind(letter):
    """The class of a letter for the back-off: word edge, vowel or consonant."""
    return letter if letter == _EDGE else ("v" if letter in _VOWELS else "c")


def count_letters(locale):
    """What the model of ``locale`` keeps, counted in the texts babel holds for it (in lower case): letter
    pairs that hold a letter beyond ASCII (only those are ever looked up), letters, and what class of letter
    follows each letter. Written to ``data/code_page_letters.json`` by ``scripts/build_code_page_letters.py``."""
    from babel import Locale

    data = Locale.parse(locale)._data
    texts = []
    for key in data.keys():
        _strings(data[key], texts)
    # the words joined by the edge mark: each pair of the text is a pair of a word or of its edges
    text = _EDGE + _EDGE.join(re.findall(r"[^\W\d_]+", " ".join(texts).lower())) + _EDGE
    pairs = Counter(map(str.__add__, text, text[1:]))  # counted in C: some 10^5 letters per language
    letters = Counter(text)
    del letters[_EDGE]
    after = Counter()
    for pair, count in pairs.items():
        after[pair[0] + _kind(pair[1])] += count
    return {"pairs": {pair: count for pair, count in sorted(pairs.items()) if max(pair) > "\x7f"},
            "letters": dict(sorted(letters.items())), "after": dict(sorted(after.items()))}


@functools.lru_cache(maxsize=None)
def _models():
    with open(_DATA, encoding="utf-8") as handle:
        return json.load(handle)


@functools.lru_cache(maxsize=None)
def _model(locale):
    counts = _models()[locale]
    letters = Counter(counts["letters"])
    of_kind = Counter()
    for letter, count in letters.items():
        of_kind[_kind(letter)] += count
    return Counter(counts["pairs"]), letters, Counter(counts["after"]), of_kind


def _log_pair(model, first, second):
    """log P(second | first) in a language: the pair's own count, smoothed by what class of letter follows
    ``first`` there (a letter unseen next to ``first`` is likelier where its class usually follows)."""
    pairs, letters, after, of_kind = model
    if not (first.isalpha() or first == _EDGE) or not (second.isalpha() or second == _EDGE):
        return math.log(1e-5)  # a symbol inside a word ("Pi\u00b3sudski"): that reading is wrong
    kind = _kind(second)
    total_after = sum(after[first + k] for k in (_EDGE, "v", "c"))
    p_kind = (after[first + kind] + 0.5) / (total_after + 1.5)
    p_letter = 1.0 if kind == _EDGE else (letters[second] + 0.1) / (of_kind[kind] + 30.0)
    return math.log((pairs[first + second] + 2 * p_kind * p_letter) / (total_after + 2))


def _score(words, encoding, locale):
    model = _model(locale)
    score = 0.0
    for raw in words:
        word = _EDGE + raw.decode(encoding, "replace").lower() + _EDGE
        for i in range(len(word) - 1):
            # only the pairs that touch an ambiguous byte: the rest reads the same in both
            if (i >= 1 and raw[i - 1] in AMBIGUOUS) or (i < len(raw) and raw[i] in AMBIGUOUS):
                score += _log_pair(model, word[i], word[i + 1])
    return score


def western_or_central(words):
    """(encoding, {encoding: (score, language)}) of the words (bytes) that read differently in cp1250 and
    cp1252: the code page whose best-fitting language explains them better; (None, {}) without such words."""
    if not words:
        return None, {}
    scores = {}
    for encoding, locales in LANGUAGES.items():
        scores[encoding] = max((_score(words, encoding, locale), locale) for locale in locales)
    best = max(scores, key=lambda enc: (scores[enc][0], enc == "cp1250"))
    return best, scores


def unsure(words, scores):
    """Whether a choice of :func:`western_or_central` rests on little evidence."""
    margin = abs(scores["cp1250"][0] - scores["cp1252"][0]) if scores else 0.0
    return len(words) < SURE_WORDS or margin < SURE_MARGIN
