#!/usr/bin/env python3
"""No per-sample rules: no header of a sample file may appear literally in the proposer's code.

    python bench/check_sample_headers.py [--sets dev]

Compares every header of the sample set(s) with every synonym of every target key (lib/targets.py),
after the proposer's own normalisation (the proposer's modules hold no other header words: they read
the term table, Odoo's field labels and babel), and looks for every multi-word header as a phrase or
compound in the term table (lib/data/crm_terms.json: a table of words, so a one-word header that is a dictionary word of
some language, "Email" or "Telefon", is vocabulary, not a rule: those are listed apart, for
information). Exits 1 when a header is found in the code or as a phrase of the term table.
"""
import argparse
import json
import os
import sys

from addon_lib import load  # bench/ is on sys.path when run as a script
from map_proposer_bench import SAMPLES, read_csv

LIB = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "clientjoy_intrix_import", "lib")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default="dev")
    args = parser.parse_args(argv)
    proposer = load("_cji_map_proposer", "map_proposer.py")
    norm = proposer.normalise_header
    headers = {}
    for sample_set in args.sets.split(","):
        folder = os.path.join(SAMPLES, sample_set)
        for name in sorted(os.listdir(folder)):
            if name.endswith(".csv"):
                for header in read_csv(os.path.join(folder, name))[0]:
                    if norm(header):
                        headers.setdefault(norm(header), "%s/%s: %s" % (sample_set, name, header))
    found = []
    # the header vocabulary of the code: every synonym of every target key (labels and key names are
    # the product's own words for the target, shown to the admin, not synonyms of a sample)
    targets = load("_cji_targets", "targets.py")
    for entity in targets.ENTITIES.values():
        for key in entity.keys:
            for synonym in key.synonyms:
                text = synonym.lstrip("~")
                if not text.startswith("@") and norm(text) in headers:
                    found.append("targets.py: %s.%s synonym %r = header %s" % (
                        entity.name, key.key, synonym, headers[norm(text)]))
    with open(os.path.join(LIB, "data", "crm_terms.json"), encoding="utf-8") as handle:
        terms = json.load(handle)
    words = set()
    for concept, langs in terms.items():
        if isinstance(langs, dict):
            for text in langs.values():
                for word in text.split():
                    # a phrase ("razón_social") is looked up as its words joined
                    words.add(norm(word).replace(" ", "") if "_" in word else norm(word))
    single = sorted(h for h in headers if " " not in h and h in words)
    for h in headers:
        if " " in h and h.replace(" ", "") in words:
            found.append("crm_terms.json: phrase %r = header %s" % (h.replace(" ", ""), headers[h]))
    print("%d headers checked; one-word headers that are words of the term table (vocabulary): %s"
          % (len(headers), ", ".join(single) or "none"))
    for line in found:
        print("FOUND " + line)
    print("no header of the samples appears in the proposer's code" if not found else "%d found" % len(found))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
