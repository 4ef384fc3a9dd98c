"""Write clientjoy_intrix_import/lib/data/babel_vocabulary.json: what the map proposer reads from babel
(territory, currency, month and unit names, date patterns, number separators of every locale), gathered
once instead of in every new Odoo process. Run it with the project's venv after babel or the folding of
lib/vocabulary.py changes (test_map_signals fails until then):

    ~/.local/share/clientjoy_intrix_import/venv/bin/python scripts/build_babel_vocabulary.py
"""
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(HERE, os.pardir, "clientjoy_intrix_import", "lib")


def main():
    spec = importlib.util.spec_from_file_location("cji_lib", os.path.join(LIB, "__init__.py"),
                                                  submodule_search_locations=[LIB])
    package = importlib.util.module_from_spec(spec)
    sys.modules["cji_lib"] = package
    spec.loader.exec_module(package)
    from cji_lib import vocabulary

    import babel

    data = {"babel": babel.__version__, "data": vocabulary.compute_babel_data()}
    with open(vocabulary.BABEL_FILE, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        handle.write("\n")
    print("%s: %d bytes (babel %s)" % (vocabulary.BABEL_FILE, os.path.getsize(vocabulary.BABEL_FILE),
                                       babel.__version__))


if __name__ == "__main__":
    main()
