"""Odoo-side writers, one per target entity (see lib/targets.py), shared by every source. Which of them a
database uses is decided in models/import_registry.py (another addon extends that list)."""
from .base import ImportContext, RecordError, get_importer  # noqa: F401
from .accounting import InvoiceImporter
from .activity import ActivityImporter
from .appointment import AppointmentImporter
from .crm import LeadImporter, StageImporter
from .customer import CustomerImporter
from .helpdesk import TicketImporter
from .partner import CompanyImporter, PersonImporter
from .project import ProjectImporter, TaskImporter, TimesheetImporter
from .proposal import ProposalImporter
from .schema import AttachmentImporter, CustomFieldImporter, InventoryImporter, UserImporter

IMPORTER_CLASSES = (
    CustomFieldImporter, UserImporter, StageImporter, CompanyImporter, PersonImporter, CustomerImporter,
    LeadImporter, ProjectImporter, TaskImporter, TimesheetImporter, ActivityImporter, AttachmentImporter,
    TicketImporter, ProposalImporter, AppointmentImporter, InvoiceImporter, InventoryImporter,
)
