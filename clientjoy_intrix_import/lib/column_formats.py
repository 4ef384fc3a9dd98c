"""How each number and date column of one source file is written, decided from all its values.

A value such as ``1.500`` (1500 or 1.5?) or ``03/04/2024`` (3 April or 4 March?) cannot be read on its
own. Its column decides: every value of the column is looked at (:class:`NumberEvidence`,
:class:`DateEvidence`), the values that read only one way vote, and the majority wins; the values of
the other side are refused (a staging warning or error, never a silently different number). When no
value of the column decides, the file's locale does (:func:`file_locale`: the other columns of the
file, dd.mm.yyyy dates, the ``;`` delimiter, the encoding, then the administrator's language through
babel). Every decision carries a note for the field map line that says what was decided and why.

Pure Python (babel is optional): no Odoo import.
"""
from dataclasses import dataclass, field

from . import parsers
from .i18n import _

#: encodings of the Windows/ISO code pages of Central and Eastern Europe (decimal comma, day first)
DECIMAL_COMMA_ENCODINGS = {"cp1250", "windows-1250", "iso-8859-2", "iso8859-2", "latin2", "cp1251", "windows-1251",
                           "iso-8859-5", "cp852", "koi8-r"}
NUMBER_KINDS = ("float", "int")
DATE_KINDS = ("date", "datetime")


def _example(value, line):
    if line:
        return _("'%(value)s' in line %(line)s", value=parsers._shorten(value), line=line)
    return "'%s'" % parsers._shorten(value)


class _Votes:
    """Counts per outcome, with the first value (and its line) of each."""

    def __init__(self):
        self.count = {}
        self.first = {}

    def add(self, outcome, value, line):
        self.count[outcome] = self.count.get(outcome, 0) + 1
        self.first.setdefault(outcome, (value, line))

    def get(self, outcome):
        return self.count.get(outcome, 0)

    def example(self, outcome):
        return _example(*self.first[outcome])


class NumberEvidence:
    """What the values of one number column say about its decimal separator."""

    def __init__(self, column):
        self.column = column
        self.votes = _Votes()  # "," / "." : values only that decimal separator reads
        self.ambiguous = _Votes()  # the separator of values both read differently ("1.500")

    def feed(self, value, line=None):
        if not isinstance(value, str):
            return
        shape = parsers.number_shape(value)
        if shape in (",", "."):
            self.votes.add(shape, value, line)
        elif shape == "?":
            self.ambiguous.add("," if "," in value else ".", value, line)

    @property
    def own(self):
        """The decimal separator the values decide by majority, or None."""
        comma, dot = self.votes.get(","), self.votes.get(".")
        if comma == dot:
            return None
        return "," if comma > dot else "."


class DateEvidence:
    """What the values of one date column say about its day/month order."""

    def __init__(self, column):
        self.column = column
        self.votes = _Votes()  # "dmy" / "mdy": values that read only that way
        self.ambiguous = _Votes()  # "?": values both orders read as different dates
        self.dotted = _Votes()  # ".": dd.mm.yyyy values
        self.two_digit = _Votes()  # "2": values with a two-digit year

    def feed(self, value, line=None):
        if not isinstance(value, str):
            return
        shape = parsers.date_shape(value)
        if shape is None:
            return
        if shape.endswith("2"):
            self.two_digit.add("2", value, line)
            shape = shape[:-1]
        if shape in ("dmy", "mdy"):
            self.votes.add(shape, value, line)
        elif shape == "?":
            self.ambiguous.add("?", value, line)
        elif shape == ".":
            self.dotted.add(".", value, line)

    @property
    def own(self):
        """True (day first) / False (month first) as the values decide by majority, or None."""
        dmy, mdy = self.votes.get("dmy"), self.votes.get("mdy")
        if dmy == mdy:
            return None
        return dmy > mdy


@dataclass
class Locale:
    """The file's conventions where its values do not tell, each with the reason it was chosen."""

    decimal: str = "."
    decimal_reason: str = ""
    day_first: bool = True
    day_first_reason: str = ""
    decimal_from_file: bool = False  # False: no signal in the file, the language (or nothing) decided


def _babel_locale(lang):
    """(decimal separator, day first) of a language code according to babel's CLDR data, or None."""
    if not lang:
        return None
    try:
        from babel import Locale as BabelLocale  # noqa: PLC0415 - optional outside Odoo
        from babel.numbers import get_decimal_symbol  # noqa: PLC0415

        locale = BabelLocale.parse(lang)
        pattern = locale.date_formats["short"].pattern
    except Exception:  # noqa: BLE001 - unknown language or no babel: no signal
        return None
    day, month = pattern.find("d"), pattern.find("M")
    return get_decimal_symbol(locale), (day < month if day >= 0 and month >= 0 else True)


def file_locale(numbers=(), dates=(), delimiter=None, encoding=None, lang=None):
    """The :class:`Locale` of a file from its signals, strongest first.

    ``numbers`` / ``dates`` are the evidences of the file's number and date columns, ``delimiter`` and
    ``encoding`` how the file was read (None for an API source), ``lang`` the administrator's language.
    """
    locale = Locale()
    decided_numbers = [(e.own, e) for e in numbers if e.own]
    decided_dates = [(e.own, e) for e in dates if e.own is not None]
    dotted = [e for e in dates if e.dotted.get(".")]
    babel = _babel_locale(lang)
    encoding = (encoding or "").lower().replace("_", "-")

    decimal_signals = []
    if decided_numbers and len({d for d, _e in decided_numbers}) == 1:
        decimal, evidence = decided_numbers[0]
        decimal_signals.append((decimal, _("column '%(column)s' of the file has %(example)s",
                                           column=evidence.column, example=evidence.votes.example(decimal))))
    if dotted:
        decimal_signals.append((",", _("the file has dd.mm.yyyy dates (%(example)s in column '%(column)s')",
                                       example=dotted[0].dotted.example("."), column=dotted[0].column)))
    if delimiter == ";":
        decimal_signals.append((",", _("the file is separated by ';', as spreadsheets of decimal-comma "
                                       "countries write it")))
    if encoding in DECIMAL_COMMA_ENCODINGS:
        decimal_signals.append((",", _("the file is encoded in %(encoding)s (Central/Eastern Europe)", encoding=encoding)))
    month_first = [e for d, e in decided_dates if d is False]
    if month_first:
        decimal_signals.append((".", _("the file has month/day dates (%(example)s in column '%(column)s')",
                                       example=month_first[0].votes.example("mdy"), column=month_first[0].column)))
    if babel:
        decimal_signals.append((babel[0], _("nothing in the file decides: the language of the administrator "
                                            "(%(lang)s)", lang=lang)))
    decimal_signals.append((".", _("nothing in the file decides")))
    locale.decimal, locale.decimal_reason = decimal_signals[0]
    locale.decimal_from_file = len(decimal_signals) > 1 + bool(babel)

    day_signals = []
    if decided_dates and len({d for d, _e in decided_dates}) == 1:
        day_first, evidence = decided_dates[0]
        day_signals.append((day_first, _("column '%(column)s' of the file has %(example)s", column=evidence.column,
                                         example=evidence.votes.example("dmy" if day_first else "mdy"))))
    if dotted:
        day_signals.append((True, _("the file has dd.mm.yyyy dates (%(example)s in column '%(column)s')",
                                    example=dotted[0].dotted.example("."), column=dotted[0].column)))
    comma = [e for d, e in decided_numbers if d == ","]
    if comma:
        day_signals.append((True, _("the file writes decimal commas (%(example)s in column '%(column)s')",
                                    example=comma[0].votes.example(","), column=comma[0].column)))
    if delimiter == ";":
        day_signals.append((True, _("the file is separated by ';', as spreadsheets of day-first countries "
                                    "write it")))
    if encoding in DECIMAL_COMMA_ENCODINGS:
        day_signals.append((True, _("the file is encoded in %(encoding)s (Central/Eastern Europe)", encoding=encoding)))
    if babel:
        day_signals.append((babel[1], _("nothing in the file decides: the language of the administrator "
                                        "(%(lang)s)", lang=lang)))
    day_signals.append((True, _("nothing in the file decides")))
    locale.day_first, locale.day_first_reason = day_signals[0]
    return locale


@dataclass
class ColumnFormat:
    """The decision for one column: how its values are read, and the note shown on its map line."""

    decimal: str = None  # "," or "." (number columns)
    day_first: bool = None  # slash/dash dates (date columns)
    label: str = ""  # the decision in a few words, for the message of a value that contradicts it
    notes: list = field(default_factory=list)

    @property
    def note(self):
        return "; ".join(self.notes)


def decide_number(evidence, locale):
    """The :class:`ColumnFormat` of a number column, or None when no value has a decimal separator."""
    own = evidence.own
    comma, dot = evidence.votes.get(","), evidence.votes.get(".")
    if own:
        decimal = own
        why = _("from %(example)s", example=evidence.votes.example(own))
    elif comma or dot:  # as many values one way as the other
        decimal = locale.decimal
        why = _("values disagree in equal numbers; the file's locale decides: %(reason)s",
                reason=locale.decimal_reason)
    elif evidence.ambiguous.count:
        separators = set(evidence.ambiguous.count)
        total = sum(evidence.ambiguous.count.values())
        sep = next(iter(separators))
        example = evidence.ambiguous.example(sep)
        if not locale.decimal_from_file and total >= 2 and len(separators) == 1:
            # amounts with decimals show one or two decimals somewhere; a whole column of "x.500" does not
            decimal = "," if sep == "." else "."
            why = _("no value decides (%(example)s reads either way), but all %(count)s such values have three "
                    "digits after the '%(sep)s', as thousands do", example=example, count=total, sep=sep)
        else:
            decimal = locale.decimal
            why = _("no value decides (%(example)s reads either way): the file's locale does, %(reason)s",
                    example=example, reason=locale.decimal_reason)
    else:
        return None
    fmt = ColumnFormat(decimal=decimal)
    fmt.label = "%s, %s" % (parsers.format_label(decimal), why)
    fmt.notes.append("%s (%s)" % (parsers.format_label(decimal), why))
    other = "," if decimal == "." else "."
    if evidence.votes.get(other):
        fmt.notes.append(_("%(count)s value(s) written with a decimal %(sep)s are refused (first: %(example)s)",
                           count=evidence.votes.get(other), sep=_("comma") if other == "," else _("dot"),
                           example=evidence.votes.example(other)))
    for sep in evidence.ambiguous.count:
        reading = parsers.parse_number(evidence.ambiguous.first[sep][0], decimal)
        fmt.notes.append(_("%(example)s is read as %(number)s", example=evidence.ambiguous.example(sep),
                           number=_plain_number(reading)))
    return fmt


def _plain_number(number):
    text = format(number, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def decide_date(evidence, locale):
    """The :class:`ColumnFormat` of a date column, or None when there is nothing to say."""
    own = evidence.own
    fmt = ColumnFormat()
    dmy, mdy = evidence.votes.get("dmy"), evidence.votes.get("mdy")
    if own is not None:
        fmt.day_first = own
        why = _("from %(example)s", example=evidence.votes.example("dmy" if own else "mdy"))
    elif dmy or mdy or evidence.ambiguous.count:
        fmt.day_first = locale.day_first
        if dmy or mdy:
            why = _("values disagree in equal numbers; the file's locale decides: %(reason)s",
                    reason=locale.day_first_reason)
        else:
            why = _("no value decides (%(example)s reads either way): the file's locale does, %(reason)s",
                    example=evidence.ambiguous.example("?"), reason=locale.day_first_reason)
    if fmt.day_first is not None:
        order = parsers.date_order_label(fmt.day_first)
        fmt.label = "%s, %s" % (order, why)
        fmt.notes.append(_("dates %(order)s (%(why)s)", order=order, why=why))
        other = "mdy" if fmt.day_first else "dmy"
        if evidence.votes.get(other):
            fmt.notes.append(_("%(count)s date(s) only readable the other way are refused (first: %(example)s)",
                               count=evidence.votes.get(other), example=evidence.votes.example(other)))
    if evidence.two_digit.count:
        fmt.notes.append(_("two-digit years: 00-%(pivot)s are 2000-20%(pivot)s, %(next)s-99 are 19%(next)s-1999 "
                           "(%(example)s)", pivot=parsers.PIVOT_YEAR, next=parsers.PIVOT_YEAR + 1,
                           example=evidence.two_digit.example("2")))
    return fmt if fmt.notes else None


def decide(columns, values, delimiter=None, encoding=None, lang=None):
    """{column: ColumnFormat} of a file.

    ``columns``: {column: kind} (``float``/``int``/``date``/``datetime``) of the columns to decide;
    ``values``: iterable of (line, {column: value}) over ALL the file's records. Returns the decisions
    (columns with nothing to decide are left out) and the file's :class:`Locale`.
    """
    numbers = {c: NumberEvidence(c) for c, kind in columns.items() if kind in NUMBER_KINDS}
    dates = {c: DateEvidence(c) for c, kind in columns.items() if kind in DATE_KINDS}
    for line, row in values:
        for column, evidence in numbers.items():
            evidence.feed(row.get(column), line)
        for column, evidence in dates.items():
            evidence.feed(row.get(column), line)
    locale = file_locale(numbers.values(), dates.values(), delimiter, encoding, lang)
    decisions = {}
    for column, evidence in numbers.items():
        fmt = decide_number(evidence, locale)
        if fmt:
            decisions[column] = fmt
    for column, evidence in dates.items():
        fmt = decide_date(evidence, locale)
        if fmt:
            decisions[column] = fmt
    return decisions, locale
