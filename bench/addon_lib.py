"""The addon's pure-Python ``lib/`` for the benchmarks, without Odoo: loaded as the plain package
``cji_lib`` (its modules import each other relatively, as inside the addon), without running the
addon's own ``__init__`` (which imports Odoo)."""
import importlib
import importlib.util
import os
import sys

LIB = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "clientjoy_intrix_import", "lib")
PACKAGE = "cji_lib"


def load_package():
    if PACKAGE not in sys.modules:
        spec = importlib.util.spec_from_file_location(PACKAGE, os.path.join(LIB, "__init__.py"),
                                                      submodule_search_locations=[LIB])
        package = importlib.util.module_from_spec(spec)
        sys.modules[PACKAGE] = package
        spec.loader.exec_module(package)
    return sys.modules[PACKAGE]


def load(_name, filename):
    """Module ``filename`` of lib/ (``_name``: the name older callers gave it, unused)."""
    load_package()
    return importlib.import_module("%s.%s" % (PACKAGE, filename[:-3]))
