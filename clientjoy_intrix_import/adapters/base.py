"""The small interface every source implements."""
import hashlib
import json
from dataclasses import dataclass, field

from odoo.exceptions import UserError

from ..lib.i18n import _
from ..lib.lead_status import LEAD_STATUSES, apply_lead_status, read_lead_status
from ..lib.targets import ENTITIES

#: key of the transaction's cursor cache holding {(run id, object name): (records counted at the source,
#: how)}: set by ``extract`` before it yields an object's rows, taken by the run when it creates the
#: object's phase (see source_count). On the cursor: it lives as long as the staging's transaction.
_SOURCE_COUNTS = "clientjoy_intrix_source_counts"

#: owner key of a record whose source owner is empty (API null): an owner line the admin resolves
NO_OWNER = "(no owner)"
#: owner key of a record whose source owner id is not one of the source's users
UNKNOWN_OWNER = "(unknown owner %s)"


def missing_owner(owner_id):
    """The owner key of a record whose owner the source does not give (null) or does not know."""
    return NO_OWNER if owner_id in (None, "", False) else UNKNOWN_OWNER % owner_id


#: bytes of an upload read to guess its object
GUESS_BYTES = 256 * 1024


class AdapterError(Exception):
    """The source cannot be read; the message is shown on the run as is."""


class NothingChanged(UserError):
    """A delta pull found nothing changed since ``since``: not a failure of the run, so it is never
    written on one (the caller tells the admin calmly and keeps no run)."""

    def __init__(self, message, since=None):
        super().__init__(message)
        self.since = since


def get_adapter(env, source):
    """The adapter of ``source`` in the database of ``env`` (models/import_registry.py)."""
    return env["clientjoy.intrix.registry"]._adapter(source)


@dataclass(frozen=True)
class SourceObject:
    name: str  # technical name, e.g. "clients"; part of every external id
    label: str
    entity: str  # key of lib.targets.ENTITIES
    hints: dict = field(default_factory=dict)  # known source header -> target key
    file_words: tuple = ()  # words in a file name that identify this object (CSV sources)
    model: str = ""  # override of the entity's model
    chunk_size: int = 0  # override of the run's batch size (e.g. 20 for attachments)


class SourceAdapter:
    source = None  # selection value on the run
    label = None
    system = None  # the source system's name in messages ("Intrix")
    file_based = False  # read from uploaded export files (the upload wizard offers it)
    xmlid_module = None  # namespace of external ids: never the addon's own name
    objects = ()  # SourceObject in dependency (import) order
    custom_field_models = {}  # source object label (lower case) -> Odoo model
    inventory_recommendations = {}  # object name -> recommendation text (lib.i18n._lt: translated when used)

    # ------------------------------------------------------------------ description
    def object(self, name):
        for obj in self.objects:
            if obj.name == name:
                return obj
        raise KeyError(name)

    def guess_object(self, filename):
        """Object name a file name names for this source, or None (adapters with file exports override)."""
        return None

    def guess_file(self, filename, content):
        """(object name or False, note) of an uploaded export, from its columns and values with the file
        name as one signal (lib/entity_guess). The note says what was guessed and why when it is unsure."""
        from ..lib.csv_reader import open_table
        from ..lib.entity_guess import guess_entity

        named = self.guess_object(filename)
        # the guess reads 30 rows: the file's first lines are enough to decode them (staging checks the whole
        # file); the whole file again when its start alone cannot be read (e.g. UTF-16 cut after a line feed)
        cut = content.rfind(b"\n", 0, GUESS_BYTES) if len(content) > GUESS_BYTES else -1
        for sample in ([content[:cut + 1]] if cut > 0 else []) + [content]:
            try:
                reader = open_table(sample, filename)
                rows = next(iter(reader.chunks(30)), [])
                headers = reader.headers
                break
            except Exception:  # unreadable here: staging reports it in words
                continue
        else:
            return named or False, False
        if named and headers and all(str(h).strip() in self.object(named).hints for h in headers):
            return named, False  # the tool's own export of that object: name and every column agree
        candidates = list(dict.fromkeys(obj.entity for obj in self.objects))
        entity, confidence, reason = guess_entity(filename, headers, rows, candidates)
        if named:
            # a file named after an object is that object (the export's own name, chosen by the tool or the
            # admin); columns that look like another one are said on the file line, never decided silently
            return named, (False if entity in (None, self.object(named).entity) else "%s (%d %%)" % (
                reason, round(100 * confidence)))
        objects = self.objects_for_entity(entity) if entity else []
        note = "%s (%d %%)" % (reason, round(100 * confidence))
        if not objects:
            return named or False, False if named else note
        if confidence < 0.6:
            return False, note  # too unsure to decide for the admin: the file line says what was guessed
        return objects[0].name, (False if confidence >= 0.8 else note)

    def objects_for_entity(self, entity):
        return [obj for obj in self.objects if obj.entity == entity]

    def entity_model(self, entity):
        return ENTITIES[entity].model

    def custom_field_model(self, object_label):
        return self.custom_field_models.get((object_label or "").strip().lower())

    def custom_field_labels(self, run, obj):
        """Labels of the source's custom fields defined for ``obj`` (from the staged definitions)."""
        models = {label for label, model in self.custom_field_models.items()
                  if model == (obj.model or self.entity_model(obj.entity))}
        labels = []
        definitions = run.env["clientjoy.intrix.staging"].search([("run_id", "=", run.id), ("entity", "=", "custom_field")])
        for staging in definitions:
            payload = staging._payload()
            values = list(payload.values())
            if len(values) >= 2 and str(values[0]).strip().lower() in models:
                labels.append(str(values[1]).strip())
        return labels

    def inventory_category(self, object_name):
        return object_name

    def inventory_recommendation(self, object_name, values):
        return str(self.inventory_recommendations.get(object_name, ""))

    # ------------------------------------------------------------------ reading
    def extract(self, run):
        """Yield (SourceObject, headers, rows) for every object of the run's source data.

        ``rows`` is a list of row dicts, or an iterable of such lists (chunks) so that large sources
        are staged batch by batch with flat memory.
        """
        raise NotImplementedError

    def source_count(self, run, obj):
        """(records of ``obj`` counted at the source, independently of the staging; how they were
        counted), or None when the source gives no such evidence."""
        return run.env.cr.cache.get(_SOURCE_COUNTS, {}).pop((run.id, obj.name), None)

    def _note_source_count(self, run, obj, count, how):
        run.env.cr.cache.setdefault(_SOURCE_COUNTS, {})[(run.id, obj.name)] = (count, how)

    def read_blob(self, run, path):
        """Bytes of a file that travels with the export (attachments), or None."""
        return None

    def read_staged_blob(self, run, staging, path):
        """Bytes of the file of attachment ``staging`` (whose source record may declare its size), or
        None; sources that can check what they read override this."""
        return self.read_blob(run, path)

    def synthetic_ref(self, row):
        """A stable id for rows without one: the same row gets the same id in every run."""
        text = json.dumps(row, sort_keys=True, ensure_ascii=False, default=str)
        return "h" + hashlib.sha1(text.encode()).hexdigest()[:16]

    def transform(self, obj, values, row):
        """Source-specific finishing of the canonical values of one record (in place); by default a
        lead's status decides its type, won or lost (lib/lead_status.py)."""
        if obj.entity == "lead" and "type" not in values:
            apply_lead_status(values)
        return values

    def value_problems(self, obj, values, row):
        """(errors, warnings) the admin must read on the record about values ``transform`` could not
        follow, found at staging rather than at import."""
        status = values.get("status")
        if obj.entity == "lead" and status not in (None, "") and not read_lead_status(status):
            return [], [_("Status '%(status)s' is none of %(known)s (nor won or lost in another language): Odoo "
                          "has no status on a lead, so it is imported as an open opportunity and this status is "
                          "not kept (map the column to a new field to keep it).",
                      status=status, known=", ".join(LEAD_STATUSES))]
        return [], []
