"""The error of one source record, raised by the importers and by the import context's helpers."""


class RecordError(Exception):
    """A problem with one source record: the record goes to state error with this message."""
