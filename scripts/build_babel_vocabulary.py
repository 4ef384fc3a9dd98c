"""Write clientjoy_intrix_import/lib/data/babel_vocabulary.json: what the map proposer reads from babel
(territory, currency, month and unit names, date patterns, number separators of every locale), gathered
once instead of in every new Odoo process. Run it with the project's venv after babel or the folding of
lib/vocabulary.py changes (test_map_signals fails until then):

    ~/.local/share/clientjoy_intrix_import/venv/bin/python scripts/build_babel_vocabulary.py
"""
import json
import os
import sys

# the addon's lib/ without Odoo, as the benchmarks load it
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "bench"))
from addon_lib import load  # noqa: E402


def main():
    vocabulary = load("vocabulary", "vocabulary.py")

    import babel

    data = {"babel": babel.__version__, "data": vocabulary.compute_babel_data()}
    with open(vocabulary.BABEL_FILE, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        handle.write("\n")
    print("%s: %d bytes (babel %s)" % (vocabulary.BABEL_FILE, os.path.getsize(vocabulary.BABEL_FILE),
                                       babel.__version__))


if __name__ == "__main__":
    main()
