"""Ceilings on what one upload may cost: size, rows, field length, expanded zip size, zip ratio, members.

Every ceiling is a system parameter (``ir.config_parameter``, key ``clientjoy_intrix_import.<name>``)
with the default below (also in ``data/ir_config_parameter_data.xml``). Anything above a ceiling is
refused at upload with the ceiling and its parameter named, so the administrator can raise it on
purpose. Pure Python: the reader and its benchmark use it without a database.
"""
from dataclasses import dataclass, fields

from .i18n import _

PARAMETER_PREFIX = "clientjoy_intrix_import."
MIB = 1 << 20


@dataclass(frozen=True)
class Limits:
    max_file_mb: int = 512  # one CSV export (or one member of a zip), after unzipping
    max_run_mb: int = 2048  # every file of one upload together, after unzipping
    max_rows_per_file: int = 5_000_000
    max_rows_per_run: int = 20_000_000
    max_field_chars: int = 1 << 20  # one value (a description of a million characters)
    max_columns: int = 1000
    zip_max_members: int = 500
    zip_max_expanded_mb: int = 2048  # every member of one zip together
    zip_max_ratio: int = 200  # expanded size / compressed size of a member (text CSVs: 5-50)

    @classmethod
    def from_params(cls, get_param):
        """The limits from ``get_param(key)`` (e.g. ``ir.config_parameter.get_param``); a missing or
        unreadable parameter keeps its default (a bad value must not lift the ceiling)."""
        values = {}
        for spec in fields(cls):
            raw = get_param(PARAMETER_PREFIX + spec.name)
            try:
                value = int(str(raw).strip()) if raw not in (None, False, "") else None
            except ValueError:
                value = None
            if value is not None and value > 0:
                values[spec.name] = value
        return cls(**values)

    @staticmethod
    def parameter(name):
        return PARAMETER_PREFIX + name


DEFAULT_LIMITS = Limits()


# PostgreSQL refuses a btree index entry over 2704 bytes (8 KiB pages): Odoo indexes names, e-mails,
# references... A short-text value longer than this fails the import with a database error, so it is
# an error of its staging record instead, told before import.
INDEX_BYTES = 2000
# source ids become external ids (slugified, at most 120 characters): longer ones could collide
REF_CHARS = 120
LONG_TEXT_KINDS = ("text", "list", "json")
assert REF_CHARS * 4 < INDEX_BYTES  # overlong_values skips rows with no value longer than REF_CHARS


def overlong_values(entity, values):
    """Messages for the mapped ``values`` of an ``entity`` (lib.targets.Entity) too long to import."""
    if not any(isinstance(value, str) and len(value) > REF_CHARS for value in values.values()):
        return []  # nothing longer than the shortest limit (4 bytes a character at most: 480 < INDEX_BYTES)
    problems = []
    for key, value in values.items():
        spec = entity.key(key) if entity else None
        if spec is None or not isinstance(value, str) or spec.kind in LONG_TEXT_KINDS:
            continue
        if spec.kind in ("id", "ref") and len(value) > REF_CHARS:
            problems.append(_("%(field)s is %(length)d characters long: a source id may have at most %(limit)d",
                              field=spec.label, length=len(value), limit=REF_CHARS))
        elif len(value.encode("utf-8")) > INDEX_BYTES:
            problems.append(_(
                "%(field)s is %(length)d bytes long, more than the %(limit)d bytes a short text field of Odoo can hold "
                "(PostgreSQL cannot index it): shorten it in the source, or map the column to a notes field",
                field=spec.label, length=len(value.encode("utf-8")), limit=INDEX_BYTES))
    return problems
