"""Odoo-side writers, one per target entity (see lib/targets.py), shared by every source."""
from .base import IMPORTERS, ImportContext, RecordError, get_importer  # noqa: F401
from . import partner, crm, project, activity, helpdesk, schema  # noqa: F401  (register importers)
from . import customer, proposal, appointment, accounting  # noqa: F401  (Clientjoy entities)
