"""Load modules of the addon's pure-Python ``lib/`` by file path, without Odoo (for the benchmarks)."""
import importlib.util
import os
import sys

LIB = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "clientjoy_intrix_import", "lib")


def load(name, filename):
    spec = importlib.util.spec_from_file_location(name, os.path.join(LIB, filename))
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
