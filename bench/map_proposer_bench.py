#!/usr/bin/env python3
"""Benchmark of the map proposer on CRM exports it has never seen.

    python bench/map_proposer_bench.py [-v] [--min 90] [files...]

Every ``bench/map_samples/<name>.csv`` comes with ``<name>.expected.json``:
``{"entity": ..., "map": {header: key or null}}`` (held-out files also name ``"language"`` and ``"tool"``).
A column is right when the proposer gives the expected key (a column expected null is right when the
proposer gives no key). Prints the score per file and per set, per set the score by entity, language and
tool, and a reliability table (proposals per confidence bucket and the share of them that is right: a
calibrated proposer's share matches its confidence). Exits 1 when a set's score is below ``--min``
(default 90 %).

Loads ``clientjoy_intrix_import/lib/map_proposer.py`` by file path: the addon package (which imports
Odoo) is never imported.
"""
import argparse
import codecs
import csv
import io
import json
import os
import sys

from addon_lib import load  # bench/ is on sys.path when run as a script

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SAMPLES = os.path.join(HERE, "map_samples")
#: dev: the proposer may be tuned on these; heldout: only ever scored (see map_samples/heldout/README.md)
SETS = ("dev", "heldout")
#: confidence buckets of the reliability table, as (low, high) fractions; the last one includes 1.0
BUCKETS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 0.95), (0.95, 1.0))
#: fields of an expected.json the score is broken down by
BREAKDOWNS = ("entity", "language", "tool")


def bucket_of(confidence):
    for index, (low, high) in enumerate(BUCKETS):
        if confidence < high:
            return index
    return len(BUCKETS) - 1


def print_breakdown(sample_set, field, counts):
    """counts: value -> [right, total, files]; one line per value, worst first."""
    if set(counts) == {"?"}:
        return  # the set's files do not carry this field
    print("%s by %s:" % (sample_set, field))
    for value, (right, total, files) in sorted(counts.items(), key=lambda item: (item[1][0] / max(1, item[1][1]), item[0])):
        print("    %-18s %4d/%-4d %6.1f %%  (%d files)" % (value, right, total, 100.0 * right / max(1, total), files))


def print_reliability(sample_set, buckets):
    """buckets: per BUCKETS entry [proposals, right, sum of confidences, null proposals, null right]."""
    print("%s reliability (is a proposal at confidence c right c of the time?):" % sample_set)
    print("    %-10s %9s %7s %9s %9s   %s" % ("confidence", "proposals", "right", "share", "mean conf",
                                              "of which 'no matching field': count, share right"))
    for (low, high), (count, right, conf_sum, nulls, nulls_right) in zip(BUCKETS, buckets):
        def pct(part, whole):
            return "%8.1f %%" % (100.0 * part / whole) if whole else "%10s" % "-"
        print("    %3d-%-3d %%  %9d %7d %s %s   %5d %s" % (
            100 * low, 100 * high, count, right, pct(right, count), pct(conf_sum, count), nulls, pct(nulls_right, nulls)))


def read_csv(path):
    """(headers, rows as dicts): the project's reader when it loads (it needs pandas), else a small one."""
    with open(path, "rb") as handle:
        data = handle.read()
    try:
        reader = load("_cji_csv_reader", "csv_reader.py")
        table = reader.read_table(data, os.path.basename(path))
        return table.headers, table.rows
    except ImportError:
        pass
    if data.startswith(codecs.BOM_UTF8):
        text = data[3:].decode("utf-8")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1250")
    first = text.splitlines()[0]
    delimiter = max(";,\t|", key=first.count)
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    headers = [h.strip() for h in rows[0]]
    return headers, [dict(zip(headers, (v.strip() for v in row))) for row in rows[1:] if any(row)]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", help="sample names as <set>/<name> (default: every file of --sets)")
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated sample sets to score (default: %(default)s)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every column")
    parser.add_argument("--min", type=float, default=90.0, help="overall %% below which the exit code is 1")
    args = parser.parse_args(argv)

    proposer = load("_cji_map_proposer", "map_proposer.py")
    names = [name[:-4] if name.endswith(".csv") else name for name in args.files] or [
        "%s/%s" % (sample_set, f[:-4]) for sample_set in args.sets.split(",")
        for f in sorted(os.listdir(os.path.join(SAMPLES, sample_set))) if f.endswith(".csv")]
    scores = {}  # sample set -> [right, total, files]
    breakdowns = {}  # sample set -> field -> value -> [right, total, files]
    reliability = {}  # sample set -> per bucket [proposals, right, sum of confidences]
    lines = []
    for name in names:
        with open(os.path.join(SAMPLES, name + ".expected.json"), encoding="utf-8") as handle:
            expected = json.load(handle)
        headers, rows = read_csv(os.path.join(SAMPLES, name + ".csv"))
        proposals = proposer.propose(expected["entity"], headers, rows)
        sample_set = os.path.dirname(name) or "?"
        buckets = reliability.setdefault(sample_set, [[0, 0, 0.0, 0, 0] for _ in BUCKETS])
        file_right = 0
        wrong = []
        for proposal in proposals:
            want = expected["map"].get(proposal.column)
            ok = proposal.key == want
            file_right += ok
            bucket = buckets[bucket_of(proposal.confidence)]
            bucket[0] += 1
            bucket[1] += ok
            bucket[2] += proposal.confidence
            if proposal.key is None:
                bucket[3] += 1
                bucket[4] += ok
            if not ok or args.verbose:
                wrong.append("    %s %-34s -> %-16s %s (%.2f: %s)" % (
                    " " if ok else "x", proposal.column, proposal.key, "" if ok else "expected %s" % want,
                    proposal.confidence, proposal.reason))
        for counts in [scores.setdefault(sample_set, [0, 0, 0])] + [
                breakdowns.setdefault(sample_set, {}).setdefault(field, {}).setdefault(expected.get(field) or "?", [0, 0, 0])
                for field in BREAKDOWNS]:
            counts[0] += file_right
            counts[1] += len(proposals)
            counts[2] += 1
        lines.append("%-32s %-16s %3d/%-3d %6.1f %%" % (name, expected["entity"], file_right, len(proposals),
                                                       100.0 * file_right / max(1, len(proposals))))
        print(lines[-1])
        for line in wrong:
            print(line)
    for sample_set in sorted(scores):
        print("-" * 60)
        for field in BREAKDOWNS:
            print_breakdown(sample_set, field, breakdowns[sample_set][field])
        print_reliability(sample_set, reliability[sample_set])
    print("-" * 60)
    failed = False
    for sample_set, (right, total, files) in sorted(scores.items()):
        overall = 100.0 * right / max(1, total)
        print("%s: %d/%d columns mapped right = %.1f %% (%d files)" % (sample_set, right, total, overall, files))
        failed = failed or overall < args.min
    if failed:
        print("FAIL: a set is below %.1f %%" % args.min)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
