"""Source adapters: one file per source system. A third source is one new module here plus its
object list (which target entity each of its objects feeds, and the headers it is known to use)."""
from .base import ADAPTERS, AdapterError, NothingChanged, SourceAdapter, SourceObject, get_adapter  # noqa: F401
from . import intrix  # noqa: F401
from . import clientjoy  # noqa: F401
