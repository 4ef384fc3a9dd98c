from . import test_csv_reader
from . import test_intrix_import
from . import test_jobs
from . import test_clientjoy_client
from . import test_reports
from . import test_map_proposer
from . import test_clientjoy_import
from . import test_audit
