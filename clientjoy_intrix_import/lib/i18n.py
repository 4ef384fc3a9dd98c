"""Translation of the messages of the pure-Python building blocks, without importing Odoo.

The messages ``lib/`` builds (parser errors, CSV problems, Clientjoy API failures, map proposals) end
up in staging records, run errors and connection test results shown to the Odoo admin, so they are
written with :func:`_`, which Odoo's ``.pot`` extraction picks up like its own ``_``. The language is
a context variable: the Odoo side sets it (:func:`set_lang` or :func:`language`) from ``env.lang``
at each entry point that runs this code for a user; it is ``en_US`` otherwise (tests, benchmarks).

Translations come from the addon's ``i18n/<lang>.po`` files through Odoo's code translation cache
(no cursor: it works in any thread). Without Odoo the source text is used as is.
"""
import contextlib
import contextvars
import logging

_logger = logging.getLogger(__name__)

MODULE = "clientjoy_intrix_import"
DEFAULT_LANG = "en_US"

_lang = contextvars.ContextVar("clientjoy_intrix_import_lang", default=DEFAULT_LANG)


def get_lang():
    """The language code the messages are translated into now."""
    return _lang.get()


def set_lang(lang):
    """Translate the messages of this context (thread, task) into ``lang`` (falsy: English) from now on.

    Returns the token of :meth:`contextvars.ContextVar.set` (for :func:`reset_lang`).
    """
    return _lang.set(lang or DEFAULT_LANG)


def reset_lang(token):
    """Restore the language that was current before the :func:`set_lang` that returned ``token``."""
    _lang.reset(token)


@contextlib.contextmanager
def language(lang):
    """``with language("fr_FR"): ...``: translate the messages built inside the block into ``lang``."""
    token = set_lang(lang)
    try:
        yield
    finally:
        _lang.reset(token)


def translate(source, lang=None):
    """The translation of ``source`` into ``lang`` (default: the current language), or ``source``."""
    lang = lang or _lang.get()
    if lang == DEFAULT_LANG or not source:
        return source
    try:
        from odoo.tools.translate import code_translations  # noqa: PLC0415 - lib/ must import without Odoo
    except ImportError:
        return source
    return code_translations.get_python_translations(MODULE, lang).get(source, source)


def _(source, *args, **kwargs):
    """``source`` translated into the current language, then ``%``-formatted with ``args`` or ``kwargs``
    (as Odoo's ``_``: ``_("'%s' is not a date", value)``, ``_("%(count)s rows", count=n)``)."""
    translation = translate(source)
    if not (args or kwargs):
        return translation
    params = args if args else kwargs
    try:
        return translation % params
    except (TypeError, ValueError, KeyError):
        if translation is source:
            raise
        # a broken translation must not lose the message: fall back to the source text
        _logger.exception("Bad translation %r for %r", translation, source)
        return source % params


class LazyText:
    """A text translated when it is used (``str()``, ``%``), for messages defined at import time.

    Create it with :func:`_lt` so that the ``.pot`` extraction sees the text.
    """

    __slots__ = ("source",)

    def __init__(self, source):
        self.source = source

    def __str__(self):
        return translate(self.source)

    def __repr__(self):
        return "_lt(%r)" % self.source

    def __eq__(self, other):
        if isinstance(other, LazyText):
            return self.source == other.source
        return NotImplemented

    def __hash__(self):
        return hash(self.source)

    def __bool__(self):
        return bool(self.source)

    def __mod__(self, params):
        return str(self) % params

    def __add__(self, other):
        return str(self) + str(other)

    def __radd__(self, other):
        return str(other) + str(self)


def _lt(source):
    """A :class:`LazyText` of ``source``: translated into the language current when it is used."""
    return LazyText(source)
