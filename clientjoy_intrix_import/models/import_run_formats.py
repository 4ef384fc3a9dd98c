"""Number and date formats of the columns of one staged object: every value of each number/date
column is read from the staging table (in SQL chunks, flat memory) and handed to
:mod:`..lib.column_formats`; the decisions are written on the field map lines (``format_note``)."""
import json

from ..importers.schema import FIELD_TYPES, custom_field_name
from ..lib import column_formats
from ..lib.targets import ENTITIES

#: staging records read per query while deciding the formats
CHUNK = 5000
#: ir.model.fields ttype -> value kind the column parsers know
TTYPE_KINDS = {"float": "float", "monetary": "float", "integer": "int", "date": "date", "datetime": "datetime"}


def custom_field_type(run, model, line, definitions):
    """ttype the x_ field of a ``new_field`` line will have: the existing field's, else the one a custom
    field definition of this run gives it, else the type chosen on the line."""
    Model = run.env[model] if model in run.env else None
    field = Model._fields.get(line.new_field_name) if Model is not None else None
    if field is not None:
        return field.type
    return definitions.get((model, line.new_field_name)) or line.new_field_type


def _definitions(run):
    """{(model, x_ field name): ttype} of the custom field definitions staged (and mapped) in this run."""
    adapter = run._get_adapter()
    run.env.flush_all()
    run.env.cr.execute("""SELECT values FROM clientjoy_intrix_staging
                           WHERE run_id = %s AND entity = 'custom_field' AND values IS NOT NULL""", [run.id])
    result = {}
    for (text,) in run.env.cr.fetchall():
        values = json.loads(text or "{}")
        model = adapter.custom_field_model(values.get("object"))
        ttype = FIELD_TYPES.get(str(values.get("type") or "").strip().lower())
        if model and ttype and values.get("name"):
            if ttype == "selection" and not values.get("options"):
                ttype = "char"
            result[(model, custom_field_name(values["name"]))] = ttype
    return result


def column_kinds(run, object_name, lines):
    """{source column: value kind} of the map lines whose values are numbers or dates."""
    adapter = run._get_adapter()
    obj = adapter.object(object_name)
    entity = ENTITIES[obj.entity]
    model = obj.model or adapter.entity_model(obj.entity)
    definitions = None
    kinds = {}
    for line in lines:
        if line.action == "map" and line.target_id:
            spec = entity.key(line.target_id.key)
            if spec and spec.kind in column_formats.NUMBER_KINDS + column_formats.DATE_KINDS:
                kinds[line.source_column] = spec.kind
        elif line.action == "new_field" and line.new_field_name:
            if definitions is None:
                definitions = _definitions(run)
            kind = TTYPE_KINDS.get(custom_field_type(run, model, line, definitions))
            if kind:
                kinds[line.source_column] = kind
    return kinds


def _rows(run, object_name, columns):
    """(line, {column: value}) of every staging record of the object, read in chunks (the payload is
    parsed in Python: whatever json.dumps wrote, NUL characters and NaN included, reads back)."""
    cr = run.env.cr
    last_id = 0
    while True:
        cr.execute("""SELECT id, sequence, payload FROM clientjoy_intrix_staging
                       WHERE run_id = %s AND object_name = %s AND id > %s ORDER BY id LIMIT %s""",
                   [run.id, object_name, last_id, CHUNK])
        rows = cr.fetchall()
        if not rows:
            return
        for _id, sequence, payload in rows:
            record = json.loads(payload or "{}")
            yield sequence, {column: record.get(column) for column in columns}
        last_id = rows[-1][0]


def decide_column_formats(run, object_name, lines):
    """{source column: (kind, ColumnFormat or None)} of the number and date columns of one object,
    decided on all its staged values and the file's locale; notes written on the map lines."""
    kinds = column_kinds(run, object_name, lines)
    decisions = {}
    if kinds:
        run.env.flush_all()
        files = run.file_ids.filtered(lambda f: f.object_name == object_name and f.kind == "csv")
        delimiters, encodings = set(files.mapped("delimiter")), set(files.mapped("encoding"))
        decisions, _locale = column_formats.decide(
            kinds, _rows(run, object_name, list(kinds)),
            delimiter=delimiters.pop() if len(delimiters) == 1 else None,
            encoding=encodings.pop() if len(encodings) == 1 else None,
            lang=run.env.lang or run.env.user.lang)
    for line in lines:
        fmt = decisions.get(line.source_column)
        note = (fmt.note if fmt else "") or False
        if (line.format_note or False) != note:
            line.with_context(skip_revalidate=True).write({"format_note": note})
    return {column: (kind, decisions.get(column)) for column, kind in kinds.items()}
