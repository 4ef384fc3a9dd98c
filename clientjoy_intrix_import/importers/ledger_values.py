"""Field values as the ledger keeps them (JSON) and as ``write`` takes them back: the previous values of
what an import or its side effects changed, restored exactly by the rollback."""
import base64
from datetime import datetime

from odoo import Command, fields
from odoo.tools import DEFAULT_SERVER_DATETIME_FORMAT as DATETIME_FORMAT

DATETIME_MICRO = DATETIME_FORMAT + ".%f"


def to_jsonable(record, field_names):
    """Current values of ``field_names`` in a form ``write`` accepts back (for the ledger)."""
    result = {}
    for name in field_names:
        field = record._fields.get(name)
        if field is None:
            continue
        value = record[name]
        if field.type == "many2one":
            value = value.id or False
        elif field.type in ("one2many", "many2many"):
            value = value.ids
        elif field.type == "date":
            value = fields.Date.to_string(value) if value else False
        elif field.type == "datetime":
            # with its microseconds when it has some (Odoo's own now() in SQL), so it is restored exactly
            value = value.strftime(DATETIME_MICRO if value.microsecond else DATETIME_FORMAT) if value else False
        elif field.type == "properties":
            continue
        elif field.type == "binary" and isinstance(value, bytes):
            # the ledger is JSON: ir.attachment.raw goes back through its base64 twin, other binary
            # fields read as base64 already
            if name == "raw" and "datas" in record._fields:
                result["datas"] = base64.b64encode(value).decode()
                continue
            value = value.decode()
        result[name] = value
    return result


def from_jsonable(model, values):
    result = {}
    for name, value in values.items():
        field = model._fields.get(name)
        if field is None:
            continue
        if field.type in ("one2many", "many2many"):
            value = [Command.set(value or [])]
        elif field.type == "datetime" and isinstance(value, str) and "." in value:
            value = datetime.strptime(value, DATETIME_MICRO)  # Odoo reads strings to the second only
        result[name] = value
    return result
