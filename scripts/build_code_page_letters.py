"""Write clientjoy_intrix_import/lib/data/code_page_letters.json: the letter counts lib/code_pages.py tells
Windows-1250 from Windows-1252 with, counted in the texts babel holds for each language of the two code
pages. Run it with the project's venv after babel changes:

    ~/.local/share/clientjoy_intrix_import/venv/bin/python scripts/build_code_page_letters.py
"""
import json
import os
import sys

# the addon's lib/ without Odoo, as the benchmarks load it
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "bench"))
from addon_lib import load  # noqa: E402


def main():
    code_pages = load("code_pages", "code_pages.py")

    import babel

    locales = sorted({locale for locales in code_pages.LANGUAGES.values() for locale in locales})
    data = {"babel": babel.__version__}
    data.update((locale, code_pages.count_letters(locale)) for locale in locales)
    with open(code_pages._DATA, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        handle.write("\n")
    print("%s: %d languages, %d bytes (babel %s)" % (code_pages._DATA, len(locales), os.path.getsize(code_pages._DATA),
                                                      babel.__version__))


if __name__ == "__main__":
    main()
