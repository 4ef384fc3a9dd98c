"""Source adapters: one file per source system. A new source is one module here (or in another addon)
plus its object list (which target entity each of its objects feeds, and the headers it is known to
use), made known to a database through models/import_registry.py."""
from .base import AdapterError, NothingChanged, SourceAdapter, SourceObject, get_adapter  # noqa: F401
