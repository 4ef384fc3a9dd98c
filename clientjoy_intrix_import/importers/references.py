"""Source references -> Odoo ids, through the external ids of the run's namespace.

Every record an import writes has the external id ``<source module>.<namespace><object>_<source id>``;
a reference to it (a contact's company, a task's project) is found again by that name. Names are
looked up in one query per model (a batch prefetches all its references) and cached until the batch
ends; :class:`~.base.ImportContext` delegates to :class:`References`.
"""
import hashlib
import re

from .record_error import RecordError


def xmlid_name(namespace, object_name, ref):
    """Name (without module) of the external id of source record ``ref`` of ``object_name``.

    ``namespace`` is the run's (:meth:`clientjoy.intrix.run._xmlid_namespace`): it carries the company,
    so two companies importing exports with the same source ids never find each other's records.
    """
    return "%s%s_%s" % (namespace, object_name, slugify(ref))


def slugify(value):
    text = str(value).strip().lower()
    slug = re.sub(r"[^a-z0-9]+", "_", text).strip("_") or "x"
    if slug != text:
        # keep distinct source ids distinct ("A-1" vs "A_1")
        slug = "%s_%s" % (slug[:60], hashlib.sha1(text.encode()).hexdigest()[:6])
    return slug[:120]


class References:
    """The external ids of one import: looked up, cached for the batch, resolved from source ids."""

    def __init__(self, cr, module, prefix, adapter, warn):
        self.cr = cr
        self.module = module  # the source's external id module (intrix_import, clientjoy_import)
        self.prefix = prefix  # the run's namespace (company, optional prefix)
        self.adapter = adapter
        self.warn = warn  # warns the record being prepared
        self._cache = {}  # {model: {name: res_id or None}}
        self._names = {}  # {(object name, source id): name}: a batch prefetches a reference, then resolves it

    def clear(self):
        """Forget the external ids looked up for the last batch (the next one prefetches its own)."""
        self._cache = {}
        self._names = {}

    def remember(self, model, name, res_id):
        """The external id ``name`` of ``model`` was just created for record ``res_id``."""
        self._cache.setdefault(model, {})[name] = res_id

    def forget(self, model, name):
        """The external id ``name`` of ``model`` was just deleted."""
        self._cache.get(model, {}).pop(name, None)

    def xmlid_name(self, object_name, ref):
        key = (object_name, type(ref), ref)  # 1 and True are one key of a dict, not one source id
        try:
            return self._names[key]
        except KeyError:
            name = self._names[key] = xmlid_name(self.prefix, object_name, ref)
            return name
        except TypeError:  # not hashable
            return xmlid_name(self.prefix, object_name, ref)

    def lookup(self, model, names):
        """{name: res_id} for the external ids of ``model`` in the source's namespace."""
        cache = self._cache.setdefault(model, {})
        missing = [n for n in set(names) if n not in cache]
        if missing:
            self.cr.execute(
                "SELECT name, res_id FROM ir_model_data WHERE module = %s AND model = %s AND name = ANY(%s)",
                (self.module, model, missing),
            )
            found = dict(self.cr.fetchall())
            for name in missing:
                cache[name] = found.get(name)
        return {n: cache[n] for n in names if cache.get(n)}

    def resolve_or_warn(self, entity, ref, message):
        """Odoo id of source reference ``ref`` of ``entity``, or None. A reference given but not found is
        warned on the record with ``message`` (``%s``: the reference); an empty one is no finding."""
        res_id = self.resolve_ref(entity, ref)
        if ref not in (None, "", False) and not res_id:
            self.warn(message % ref)
        return res_id

    def resolve_or_fail(self, entity, ref, message):
        """Odoo id of source reference ``ref`` of ``entity``; the record fails with ``message`` (``%s``: the
        reference) when there is none: it cannot exist without it."""
        res_id = self.resolve_ref(entity, ref)
        if not res_id:
            raise RecordError(message % (ref if ref not in (None, "", False) else "?"))
        return res_id

    def resolve_ref(self, entity, ref):
        """Odoo id of the record imported for source id ``ref`` of ``entity`` (None if unknown)."""
        if ref in (None, "", False):
            return None
        for obj in self.adapter.objects_for_entity(entity):
            model = obj.model or self.adapter.entity_model(entity)
            name = self.xmlid_name(obj.name, ref)
            found = self.lookup(model, [name])
            if found:
                return found[name]
        return None

    def prefetch_refs(self, stagings, values_by_id=None):
        """Load the external ids every reference of these records points to, in one query per model
        (``values_by_id``: {staging id: values} already decoded by the caller)."""
        from ..lib.targets import ENTITIES

        pairs = set()
        for staging in stagings:
            entity = ENTITIES.get(staging.entity)
            values = values_by_id[staging.id] if values_by_id is not None else staging._values()
            for spec in entity.keys if entity else ():
                if spec.kind != "ref" or not spec.ref or values.get(spec.key) in (None, ""):
                    continue
                pairs.add((spec.ref, values[spec.key]))
            for ref in values.get("depends_on") or []:
                pairs.add(("task", ref))
        self.prefetch_ref_pairs(pairs)

    def prefetch_ref_pairs(self, pairs):
        """Load the external ids of (entity, source id) pairs, in one query per model."""
        names = {}
        for entity, ref in pairs:
            for obj in self.adapter.objects_for_entity(entity):
                model = obj.model or self.adapter.entity_model(entity)
                names.setdefault(model, set()).add(self.xmlid_name(obj.name, ref))
        for model, model_names in names.items():
            self.lookup(model, list(model_names))
