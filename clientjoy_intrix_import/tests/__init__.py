from . import test_csv_reader
from . import test_intrix_import
from . import test_jobs
from . import test_clientjoy_client
