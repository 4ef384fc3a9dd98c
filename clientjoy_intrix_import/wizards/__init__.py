from . import intrix_upload_wizard
from . import rollback_wizard
from . import progress_origin
