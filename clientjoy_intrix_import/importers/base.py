"""Generic machinery to write staged records into Odoo: upsert by external id, ledger, savepoints.

An importer turns the canonical values of a staging record (keys of lib/targets.py) into Odoo
values; :meth:`ImportContext.upsert` does the rest in batches: one ``create`` per batch for new
records, bulk ``ir.model.data`` rows in the source's namespace, ``write`` only where values really
changed (previous values go to the ledger), and per-record savepoints when a batch fails so one bad
row never takes its neighbours down or leaves half a batch behind.
"""
import logging

from odoo import Command, _, fields, models
from odoo.tools import html2plaintext

from ..lib import i18n
from ..lib.concurrency import is_concurrency_error
from .created_note import post_created_notes
from .field_names import selection_values
from .ledger import LedgerWriter
from .ledger_values import DATETIME_MICRO, from_jsonable, to_jsonable  # noqa: F401  (importers use them from here)
from .record_error import RecordError
from .reference_data import ReferenceData
from .references import References, xmlid_name  # noqa: F401  (models import xmlid_name from here)

_logger = logging.getLogger(__name__)

# models whose records Odoo shares between companies by default (company_id empty): imports keep that
SHARED_MODELS = {"res.partner"}

# Context for every write of an import: no tracking values, no creation messages, no followers,
# no notification e-mails (an open task's owner is not mailed "assigned to you": mail_activity_quick_update),
# no password reset mails for provisioned users. Nothing of an import leaves the database.
IMPORT_CONTEXT = {
    "mail_activity_quick_update": True,
    "tracking_disable": True,
    "mail_create_nolog": True,
    "mail_create_nosubscribe": True,
    "mail_notrack": True,
    "mail_auto_subscribe_no_notify": True,
    "no_reset_password": True,
    "no_mail_to_attendees": True,
    "skip_contact_description": True,
    "active_test": False,
    "clientjoy_intrix_import": True,
}


def get_importer(env, entity):
    """The importer of ``entity`` in the database of ``env`` (models/import_registry.py)."""
    return env["clientjoy.intrix.registry"]._importer(entity)


def same_value(record, name, new):
    field = record._fields[name]
    old = record[name]
    if field.type == "many2one":
        return (old.id or False) == (new or False)
    if field.type in ("many2many", "one2many"):
        ids = set()
        for command in new or []:
            if isinstance(command, (list, tuple)) and command and command[0] == Command.SET:
                ids = set(command[2])
            elif isinstance(command, (list, tuple)) and command and command[0] == Command.LINK:
                ids.add(command[1])
            else:
                return False
        return set(old.ids) == ids
    if field.type == "date":
        return fields.Date.to_date(old) == fields.Date.to_date(new)
    if field.type == "datetime":
        return fields.Datetime.to_datetime(old) == fields.Datetime.to_datetime(new)
    if field.type == "html":
        return html2plaintext(str(old or "")).strip() == html2plaintext(str(new or "")).strip()
    if field.type == "float":
        return abs((old or 0.0) - (new or 0.0)) < 1e-9
    return (old or False) == (new or False)


class ImportContext:
    """Per-run state shared by the importers of one import: the run, its company and owners, the
    record being prepared and its warnings, the batched upsert. Three concerns live in helpers of their
    own, behind thin methods of the same names here: source references (``refs``,
    importers/references.py), the ledger (``ledger_writer``, importers/ledger.py) and reference data
    (``reference_data``, importers/reference_data.py)."""

    def __init__(self, run):
        self.run = run
        # the messages of lib/ (parsers, Clientjoy client) in the language of the user who runs the import
        i18n.set_lang(run.env.lang)
        # what the import writes, and what Odoo does on the side of it, goes to the ledger (importers/ledger.py)
        self.ledger_writer = LedgerWriter(run)
        self.recorder = self.ledger_writer.recorder
        # superuser for the writes (the access check is the run's), but in the run's company only: the
        # defaults of new records (company_id) are the run's, whatever company the user has selected
        self.env = run.env(su=True, context=dict(run.env.context, allowed_company_ids=run.company_id.ids,
                                                 **IMPORT_CONTEXT))
        self.adapter = run._get_adapter()
        self.module = self.adapter.xmlid_module
        self.prefix = run._xmlid_namespace()
        # source references -> Odoo ids (importers/references.py)
        self.refs = References(self.env.cr, self.module, self.prefix, self.adapter, self.warn)
        self.owner_map = run.owner_ids._owner_map()
        self.fallback_user = run.fallback_user_id
        self.company = run.company_id
        self.helpdesk_available = "helpdesk.ticket" in self.env
        self.current = None  # staging record being prepared (for warn())
        self.batch = {}  # what an importer sets up for the batch it imports (EntityImporter._start_batch)
        self._warnings = {}
        # countries, currencies, industries, tags, employees: asked once per run per value (importers/reference_data.py)
        self.reference_data = ReferenceData(self)
        self.prepared_phases = set()  # phases whose shared reference data this import created (inline)
        self.batch_after = {}  # phase id -> (sequence, id) of the last record of its last batch (inline)

    @property
    def _ledger(self):
        """The ledger rows of the batch not written yet (an importer drops those after a savepoint it
        rolled back: ``del ctx._ledger[mark:]``)."""
        return self.ledger_writer.buffer

    def clear_batch_caches(self):
        """Forget the external ids looked up for the last batch (the next one prefetches its own)."""
        self.refs.clear()

    def stop_recording(self):
        """Detach this context's side-effect recorder from the cursor: the recorder attached before it (the
        import's, during its own verification) records again. For a context that writes nothing (the
        verification's)."""
        self.recorder.__exit__()

    def _cached(self, kind, key, compute):
        return self.reference_data.cached(kind, key, compute)

    def warn(self, message):
        """Attach a warning to the staging record being prepared; it is imported all the same."""
        if self.current:
            self._warnings.setdefault(self.current.id, []).append(message)

    @property
    def today(self):
        return fields.Date.context_today(self.run)

    def register_created(self, record, name, staging):
        """Give a record created outside :meth:`upsert` an external id and a ledger row."""
        self.env["ir.model.data"].create({"module": self.module, "name": name, "model": record._name,
                                          "res_id": record.id, "noupdate": True})
        self.refs.remember(record._name, name, record.id)
        self.ledger(staging, record, "create", xmlid="%s.%s" % (self.module, name))

    def tag_ids(self, model, names, staging):
        return self.reference_data.tag_ids(model, names, staging)

    def claim(self, model, name):
        """Before creating a shared record (tag, industry, custom field) that a search did not find:
        serialise with the other imports about to create it, so that two of them never create it
        twice nor fail on a unique constraint (see ``clientjoy.intrix.lock._claim``)."""
        self.env["clientjoy.intrix.lock"]._claim("%s:%s" % (model, " ".join(str(name).lower().split())))

    def enable_task_dependencies(self, project, staging):
        previous = to_jsonable(project, ["allow_task_dependencies"])
        project.allow_task_dependencies = True
        self.ledger(staging, project, "update", previous=previous)

    def employee_id(self, user_id, staging):
        return self.reference_data.employee_id(user_id, staging)

    def ensure_field(self, model, name, ttype, label, options=(), staging=None):
        """The manual field ``name`` on ``model``, created (and put in the ledger) if missing."""
        from odoo import Command

        Fields = self.env["ir.model.fields"]
        field = Fields.search([("model", "=", model), ("name", "=", name)], limit=1)
        if field:
            if field.ttype != ttype:
                self.warn(_("Field %(name)s already exists on %(model)s as %(type)s: reused",
                            name=name, model=model, type=field.ttype))
            return field
        self.claim("ir.model.fields", "%s.%s" % (model, name))
        taken = {f.string.lower() for f in self.env[model]._fields.values() if f.string}
        if label.lower() in taken:  # two fields with one label confuse filters and exports
            label = "%s (%s)" % (label, self.adapter.label.split(" (")[0])
        vals = {
            "model_id": self.env["ir.model"]._get_id(model),
            "name": name,
            "field_description": label,
            "ttype": ttype,
            "state": "manual",
        }
        if ttype == "selection":
            vals["selection_ids"] = [Command.create({"value": key, "name": label, "sequence": i})
                                     for i, (key, label) in enumerate(selection_values(options))]
        field = Fields.create(vals)
        self.ledger(staging, field, "create")
        self.flush_ledger()
        return field

    def inventory(self, category, name, details, recommendation):
        self.env["clientjoy.intrix.inventory"].create({
            "run_id": self.run.id, "category": category, "name": name,
            "details": details, "recommendation": recommendation,
        })

    def industry_id(self, name, staging):
        return self.reference_data.industry_id(name, staging)

    def custom_values(self, model, values):
        """Values of the x_ custom fields (created by the schema phase) in ``values``."""
        Model = self.env[model]
        result = {}
        for key, raw in values.items():
            if not key.startswith("x_") or raw in (None, ""):
                continue
            field = Model._fields.get(key)
            if field is None:
                self.warn(_("Custom field %(field)s does not exist on %(model)s: value '%(value)s' not imported",
                            field=key, model=model, value=raw))
                continue
            try:
                result[key] = convert_custom_value(field, raw)
            except ValueError as exc:
                self.warn(_("%(field)s: %(error)s", field=field.string, error=exc))
        return result

    # ------------------------------------------------------------------ names and lookups (importers/references.py)
    def xmlid_name(self, object_name, ref):
        return self.refs.xmlid_name(object_name, ref)

    def lookup(self, model, names):
        return self.refs.lookup(model, names)

    def resolve_or_warn(self, entity, ref, message):
        return self.refs.resolve_or_warn(entity, ref, message)

    def resolve_or_fail(self, entity, ref, message):
        return self.refs.resolve_or_fail(entity, ref, message)

    def resolve_ref(self, entity, ref):
        return self.refs.resolve_ref(entity, ref)

    def prefetch_refs(self, stagings, values_by_id=None):
        return self.refs.prefetch_refs(stagings, values_by_id)

    def prefetch_ref_pairs(self, pairs):
        return self.refs.prefetch_ref_pairs(pairs)

    def user_for(self, email):
        """res.users id for an owner e-mail (reconciled), else the run's fallback user, else None."""
        if not email:
            return None
        return self.owner_map.get(email.strip().lower()) or self.fallback_user.id or None

    def partner_for_user(self, user_id):
        return self.env["res.users"].browse(user_id).partner_id.id if user_id else None

    def country_id(self, value):
        return self.reference_data.country_id(value)

    def currency_id(self, code):
        return self.reference_data.currency_id(code)

    # ------------------------------------------------------------------ writing
    def upsert(self, model, items, object_name=None, phase=None):
        """Create or update records from ``items`` = [(staging, xmlid_name, vals)].

        Returns {staging_id: record}. Records whose values are unchanged are left alone (no
        ledger row, so a re-run of the same files is a no-op). Staging records that fail get state
        error with the message; the rest of the batch goes through.
        """
        Model = self.env[model]
        names = [name for _st, name, _vals in items]
        existing = self.lookup(model, names)
        result = {}
        to_create = []
        first = {}
        for staging, name, vals in items:
            if name in first:
                # the audit keeps one record per source id; should two still meet here, the second
                # must not create a second record (nor one INSERT of the external id twice)
                staging._mark_error(_("Source id %(ref)s was already imported from line %(line)s of this batch: "
                                      "not imported twice", ref=staging.external_id, line=first[name].sequence))
                continue
            first[name] = staging
            res_id = existing.get(name)
            if res_id and Model.browse(res_id).exists():
                record = Model.browse(res_id)
                other = self.other_company(record)
                if other:
                    staging._mark_error(_(
                        "%(record)s belongs to company %(company)s: an import into %(run_company)s never changes "
                        "it.", record=record.display_name, company=other.name, run_company=self.company.name))
                    continue
                try:
                    with self.env.cr.savepoint():
                        self._update(record, vals, name, staging)
                    result[staging.id] = record
                except Exception as exc:  # noqa: BLE001 - any failure is the record's, reported on it
                    if is_concurrency_error(exc):
                        raise  # not the record's fault: the whole transaction runs again
                    staging._mark_error(_("Update of %(model)s failed: %(error)s", model=model, error=_clean(exc)))
            else:
                if res_id:  # the external id points to a deleted record: drop it, create anew
                    self.env["ir.model.data"].search(
                        [("module", "=", self.module), ("name", "=", name)]).unlink()
                    self.refs.forget(model, name)
                to_create.append((staging, name, vals))
        if to_create:
            result.update(self._create(Model, to_create))
        return result

    def company_domain(self, model):
        """Domain of the records of ``model`` an import of this run may reuse: the run's company's and
        shared ones. The import runs as superuser, where no record rule hides another company's."""
        return [("company_id", "in", [self.company.id, False])] if "company_id" in self.env[model]._fields else []

    def other_company(self, record):
        """The company other than the run's that ``record`` belongs to, if any (shared records: none)."""
        company = record["company_id"] if "company_id" in record._fields else None
        return company if company and company != self.company else None

    def _create(self, Model, items):
        try:
            with self.env.cr.savepoint():
                # Odoo's own bulk path (what base_import and data files use), or a faster one that
                # ends in the same state
                vals_list = [vals for _st, _n, vals in items]
                if "company_id" in Model._fields and Model._name not in SHARED_MODELS:
                    for vals in vals_list:
                        vals.setdefault("company_id", self.company.id)
                create = self.env["clientjoy.intrix.registry"]._bulk_create(Model._name)
                records = create(Model, vals_list) if create else Model._load_records_create(vals_list)
                self._register(Model, records, items)
            return {st.id: rec for (st, _n, _v), rec in zip(items, records)}
        except Exception as exc:  # noqa: BLE001
            if is_concurrency_error(exc):
                raise  # not the records' fault: the whole transaction runs again
            if len(items) == 1:
                items[0][0]._mark_error(_("Could not create %(model)s: %(error)s", model=Model._name, error=_clean(exc)))
                return {}
            _logger.info("batch create of %s failed (%s), retrying record by record", Model._name, exc)
        result = {}
        for item in items:
            result.update(self._create(Model, [item]))
        return result

    def _register(self, Model, records, items):
        # one INSERT per 1000 external ids; noupdate so no module update ever touches imported data
        IrModelData = self.env["ir.model.data"].sudo()
        xml_ids = ["%s.%s" % (self.module, name) for _st, name, _v in items]
        IrModelData._update_xmlids([
            {"xml_id": xml_id, "record": rec, "noupdate": True} for xml_id, rec in zip(xml_ids, records)])
        # _update_xmlids also remembers every id in the registry for module-update cleanup; imported
        # data is no module's data, and that set would grow with every record of a 2M-row run
        self.env.registry.loaded_xmlids.difference_update(xml_ids)
        for (staging, name, _v), rec in zip(items, records):
            self.refs.remember(Model._name, name, rec.id)
            self.ledger(staging, rec, "create", xmlid="%s.%s" % (self.module, name))

    def _update(self, record, vals, name, staging):
        changed = {k: v for k, v in vals.items() if k in record._fields and not same_value(record, k, v)}
        if not changed:
            return False
        previous = to_jsonable(record, list(changed))
        key = (record._name, record.id)
        self.recorder.own_write[key] = set(changed)  # ledgered below with their previous values
        try:
            record.write(changed)
        finally:
            self.recorder.own_write.pop(key, None)
        self.ledger(staging, record, "update", xmlid="%s.%s" % (self.module, name), previous=previous)
        return True

    # ------------------------------------------------------------------ ledger (importers/ledger.py)
    def ledger(self, staging, record, operation, xmlid=False, previous=None):
        return self.ledger_writer.record(staging, record, operation, xmlid=xmlid, previous=previous)

    def flush_ledger(self):
        self.ledger_writer.flush(self.env)

    def mark_imported(self, results, message=None):
        """results: {staging_id: record}: set staging state imported with the target record (one query)."""
        Staging = self.env["clientjoy.intrix.staging"]
        stagings = Staging.browse(list(results))
        current = {s.id: s.message for s in stagings}
        rows = []
        for staging_id, record in results.items():
            notes = list(self._warnings.pop(staging_id, []))
            if message:
                notes.append(message)
            text = "\n".join(filter(None, [current.get(staging_id)] + notes)) or None
            rows.append((staging_id, "imported", record._name, record.id, text))
        stagings._bulk_update(rows, ("state", "res_model", "res_id", "message"))


class LookupContext:
    """What an importer's look-ups read of an import context (the run, its company, env and caches), for
    the audit before the import: it writes nothing, so it records nothing either."""

    def __init__(self, run):
        self.run = run
        self.env = run.env(su=True, context=dict(run.env.context, allowed_company_ids=run.company_id.ids,
                                                 **IMPORT_CONTEXT))
        self.adapter = run._get_adapter()
        self.company = run.company_id
        self.reference_data = ReferenceData(self)

    _cached = ImportContext._cached
    company_domain = ImportContext.company_domain


def convert_custom_value(field, raw):
    """The value of x_ field ``field`` for one source value. Numbers and dates of a new field's column
    arrive already read with their column's format (staging); a text left to read here is refused when
    it reads two ways (``1.500``, ``03/04/2024``) rather than guessed."""
    from ..lib import parsers

    if field.type == "boolean":
        return raw if isinstance(raw, bool) else parsers.parse_bool(str(raw))
    if field.type in ("float", "monetary"):
        return parsers.parse_float(raw if isinstance(raw, (int, float)) and not isinstance(raw, bool) else str(raw))
    if field.type == "integer":
        return parsers.parse_int(raw if isinstance(raw, (int, float)) and not isinstance(raw, bool) else str(raw))
    if field.type == "date":
        return parsers.parse_date(str(raw))
    if field.type == "datetime":
        return parsers.parse_datetime(str(raw))
    if field.type == "selection":
        text = str(raw).strip()
        options = field.selection if isinstance(field.selection, list) else []
        # the exact label first, then the exact key: options may differ only by case or punctuation
        # ("North" / "north" have the keys north / north_2)
        for position in (1, 0):
            for option in options:
                if text == str(option[position]):
                    return option[0]
        folded = [key for key, label in options if text.lower() in (str(key).lower(), str(label).lower())]
        if len(folded) == 1:
            return folded[0]
        if folded:
            raise ValueError(i18n._("'%(value)s' matches several options (%(options)s)", value=text,
                                    options=", ".join(map(str, folded))))
        raise ValueError(i18n._("'%s' is not one of the options", text))
    if isinstance(raw, (list, dict)):
        return ", ".join(map(str, raw)) if isinstance(raw, list) else str(raw)
    return str(raw)


def _clean(exc):
    text = getattr(exc, "args", [str(exc)])
    text = text[0] if text else str(exc)
    return str(text).split("\n")[0][:500]


class EntityImporter:
    """Base importer: one staging record -> one record of ``model``.

    An importer declares facts (``entity``, ``model``, ``auto_fields``, ``whole_phase``,
    ``created_note``) and overrides small hooks; :meth:`import_records` is the one loop they share:

    1. :meth:`_prefetch` the external ids the batch refers to, :meth:`_start_batch` (per-batch set-up,
       kept in ``ctx.batch``);
    2. per :meth:`_waves` (one, or the levels of a dependency graph), per record: :meth:`_skip`,
       :meth:`_values`, :meth:`prepare` (a ``RecordError`` makes the record an error);
    3. :meth:`_write` the prepared values (one batched upsert), :meth:`_post_write`, then the records
       are marked imported and, with ``created_note``, get the note of their source creation date.
    """

    entity = None
    model = None
    #: {target key: (model, field name, type, label)}: keys that land in an ``x_cji_*`` field the run
    #: creates before the import when a column is mapped to them (Community has no Studio)
    auto_fields = {}
    #: whole phase in one batch (tasks: dependency levels are ordered across the whole phase)
    whole_phase = False
    #: the ``created`` key lands in a chatter note dated then (importers/created_note.py)
    created_note = True
    #: with background jobs, the batches of a phase may run at the same time (models/import_run_jobs.py):
    #: only for importers whose batches share nothing but what :meth:`prepare_references` creates first
    #: (and what ``ctx.claim`` or an external id serialises: a race there is retried, never doubled)
    parallel_batches = False

    def prepare_references(self, ctx, stagings):
        """Create the shared reference data ``stagings`` need (industries, tags...) before they are written.
        With ``parallel_batches``: once per phase before its batches run side by side, so that no two batches
        race to create it; otherwise by each batch, before its records (batches then run one by one)."""

    def close_phase(self, ctx, phase):
        """Once every batch of ``phase`` is written (inline, or by the phase's closing job): what the
        importer leaves to the whole phase rather than to each batch."""

    def import_records(self, ctx, stagings):
        """Import one batch; returns {staging id: record}. Importers override the hooks, not this."""
        ctx.batch = {}
        self._prefetch(ctx, stagings)
        self._start_batch(ctx, stagings)
        results = {}
        for wave in self._waves(ctx, stagings):
            results.update(self._import_wave(ctx, wave))
        return results

    def _import_wave(self, ctx, stagings):
        items, kept, prepared = [], {}, []
        for staging in stagings:
            ctx.current = staging
            try:
                if self._skip(ctx, staging):
                    continue
                values = self._values(ctx, staging)
                vals = self.prepare(ctx, staging, values)
            except RecordError as exc:
                staging._mark_error(str(exc))
                continue
            if vals is None:
                continue
            prepared.append((staging, values))
            if isinstance(vals, models.BaseModel):
                kept[staging.id] = vals
            else:
                items.append((staging, self.xmlid(ctx, staging), vals))
        results = self._write(ctx, items) if items else {}
        results.update(kept)
        self._post_write(ctx, prepared, results)
        ctx.mark_imported(results)
        if self.created_note:
            post_created_notes(ctx, self, [(st, results[st.id]) for st, _n, _v in items if st.id in results])
        return results

    # ------------------------------------------------------------------ hooks
    def _prefetch(self, ctx, stagings):
        """Load the external ids the batch's references point to (the ``ref`` keys of its entity), so
        that resolving them costs no query per record."""
        ctx.prefetch_refs(stagings)

    def _start_batch(self, ctx, stagings):
        """Set-up shared by the records of one batch (teams, journals...), kept in ``ctx.batch``."""

    def _waves(self, ctx, stagings):
        """The batch in the order it is written: one wave, or one per level of a dependency graph (a
        wave is written before the next is prepared, so it can refer to the records of the previous)."""
        return [stagings]

    def _skip(self, ctx, staging):
        """True when the record is not imported at all: the hook sets its state and says why."""
        return False

    def _values(self, ctx, staging):
        """The staged values :meth:`prepare` reads (e.g. amounts converted as the admin chose)."""
        return staging._values()

    def prepare(self, ctx, staging, values):
        """Return the Odoo values to create or update the record with; an Odoo record that stands for
        it as it is (found, matched or written by the hook itself); or None when the hook set the
        record's state itself. Raise RecordError when the record cannot be imported."""
        raise NotImplementedError

    def xmlid(self, ctx, staging):
        return ctx.xmlid_name(staging.object_name, staging.external_id)

    def _write(self, ctx, items):
        """Create or update the prepared records, ``items`` = [(staging, xmlid name, vals)]; returns
        {staging id: record} of those written."""
        return ctx.upsert(self.model, items)

    def _post_write(self, ctx, prepared, results):
        """After the wave is written: ``prepared`` = [(staging, values)] in batch order, ``results`` =
        {staging id: record} of those imported. Records that hang on them (a company's contact, a
        proposal's note, an invoice's payment) are written here."""
