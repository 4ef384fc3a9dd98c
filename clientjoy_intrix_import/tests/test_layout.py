"""The code's shape, as a new engineer relies on it: Odoo's own runner (``--test-tags``) sees every test
module pytest-odoo does, no two files of the addon import each other (directly or round a loop), and
the importers share one loop."""
import ast
import os
import unittest

from odoo.tests import tagged

ADDON = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _module_name(path):
    rel = os.path.relpath(path, ADDON)[:-3].replace(os.sep, ".")
    if rel == "__init__":
        return ""  # the addon's own package
    return rel[:-len(".__init__")] if rel.endswith(".__init__") else rel


def import_graph(skip=("tests", "static")):
    """{module: {addon modules it imports}}, from the relative imports anywhere in each file (an import
    inside a function is still a dependency: it only hides a loop until the call)."""
    files = {}
    for folder, _dirs, names in os.walk(ADDON):
        if set(os.path.relpath(folder, ADDON).split(os.sep)) & set(skip):
            continue
        for name in names:
            if name.endswith(".py"):
                files[_module_name(os.path.join(folder, name))] = os.path.join(folder, name)
    graph = {module: set() for module in files}
    for module, path in files.items():
        package = module if path.endswith("__init__.py") else module.rpartition(".")[0]  # "" at the top
        with open(path, encoding="utf-8") as handle:
            tree = ast.parse(handle.read())
        for node in ast.walk(tree):
            if not (isinstance(node, ast.ImportFrom) and node.level):
                continue
            parts = package.split(".") if package else []
            parts = parts[:len(parts) - (node.level - 1)]
            base = ".".join(parts + ([node.module] if node.module else []))
            for alias in node.names:
                target = "%s.%s" % (base, alias.name) if base else alias.name
                if target in files:
                    graph[module].add(target)
                elif base in files:
                    graph[module].add(base)
    return graph


def cycles(graph):
    """Import loops of ``graph`` (each as a list of modules), by depth-first search. A package's
    ``__init__`` importing its own modules is how Python packages work, not a loop."""
    found, state = [], {}

    def visit(module, path):
        state[module] = "open"
        for target in sorted(graph[module]):
            if not module or not target or target.startswith(module + ".") or module.startswith(target + "."):
                continue  # a package and its own modules
            if state.get(target) == "open":
                found.append(path[path.index(target):] + [target])
            elif target not in state:
                visit(target, path + [target])
        state[module] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    return found


@tagged("post_install", "-at_install")
class TestLayout(unittest.TestCase):
    def test_every_test_module_is_imported_for_odoo_runner(self):
        folder = os.path.join(ADDON, "tests")
        with open(os.path.join(folder, "__init__.py"), encoding="utf-8") as handle:
            imported = {line.split()[-1] for line in handle if line.startswith("from . import ")}
        modules = {name[:-3] for name in os.listdir(folder) if name.startswith("test_") and name.endswith(".py")}
        self.assertEqual(sorted(modules - imported), [])

    def test_importers_override_hooks_not_the_loop(self):
        """Every importer runs the one loop of ``EntityImporter.import_records`` and overrides its hooks
        (importers/base.py); an importer that truly needs a loop of its own is listed here with why."""
        from ..importers import IMPORTER_CLASSES
        from ..importers.base import EntityImporter

        own_loop_allowed = {}  # {class name: why its loop cannot be the shared one}
        own_loop = {cls.__name__ for cls in IMPORTER_CLASSES
                    if cls.import_records is not EntityImporter.import_records}
        self.assertEqual(sorted(own_loop - set(own_loop_allowed)), [])

    def test_no_import_loop_between_files(self):
        self.assertEqual(cycles(import_graph()), [])

    def test_the_loop_finder_finds_loops(self):
        self.assertEqual(cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}), [["a", "b", "c", "a"]])
        self.assertEqual(cycles({"pkg": {"pkg.x"}, "pkg.x": {"pkg"}}), [])
