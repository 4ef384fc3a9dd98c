"""Where a run finds its sources and importers: the Odoo registry, not module-level dicts.

The sources (adapters) and the writers of the target entities (importers) are plain Python classes;
which of them a database knows is decided here, by methods an addon extends with ``_inherit`` and
``super()``. An addon that adds a source (one adapter file and its object list) or replaces an
importer therefore changes only the databases where it is installed, never the whole server.

Example, in another addon::

    class ImportRegistry(models.AbstractModel):
        _inherit = "clientjoy.intrix.registry"

        def _adapter_classes(self):
            return super()._adapter_classes() + [MyCrmAdapter]
"""
from odoo import api, models, tools


class ImportRegistry(models.AbstractModel):
    _name = "clientjoy.intrix.registry"
    _description = "Import sources and importers"

    @api.model
    def _adapter_classes(self):
        """The source adapters of this database, in the order the run's *Source* lists them."""
        from ..adapters.clientjoy import ClientjoyAdapter
        from ..adapters.generic_csv import GenericCsvAdapter
        from ..adapters.intrix import IntrixAdapter

        return [IntrixAdapter, ClientjoyAdapter, GenericCsvAdapter]

    @api.model
    def _importer_classes(self):
        """The importers of this database, one per target entity (a later class replaces an earlier one
        of the same entity)."""
        from ..importers import IMPORTER_CLASSES

        return list(IMPORTER_CLASSES)

    @api.model
    def _bulk_create_functions(self):
        """{model: function(Model, vals_list) -> records}: a faster bulk create that must leave the
        database exactly as ``Model._load_records_create(vals_list)`` would."""
        from ..importers.message import create_messages
        from ..importers.partner import create_partners

        return {"res.partner": create_partners, "mail.message": create_messages}

    # one instance per class and registry: adapters and importers keep no state of their own
    @tools.ormcache()
    def _adapters(self):
        return {cls.source: cls() for cls in self._adapter_classes()}

    @tools.ormcache()
    def _importers(self):
        return {cls.entity: cls() for cls in self._importer_classes()}

    @api.model
    def _adapter(self, source):
        return self._adapters()[source]

    @api.model
    def _importer(self, entity):
        return self._importers().get(entity)

    @api.model
    def _bulk_create(self, model_name):
        return self._bulk_create_functions().get(model_name)
