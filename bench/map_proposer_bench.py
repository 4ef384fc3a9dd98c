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


def print_buckets(sample_set, buckets):
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


VALUE_KINDS = {"email": ("email",), "phone": ("phone",), "date": ("date", "datetime"),
               "datetime": ("date", "datetime"), "country": ("country",), "currency": ("currency",)}
# the objects an uploaded export can hold (the file adapter's objects; customers, invoices, proposals and
# appointments only come from the Clientjoy API)
FILE_ENTITIES = ("user", "custom_field", "stage", "partner_company", "partner_person", "lead", "project", "task",
                 "activity", "attachment", "timesheet", "ticket", "inventory")
PRIOR = 10  # weight (in proposals) of the raw score when a bin's share of right proposals is measured
BINS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1.0)


def print_reliability(sample_set, outcomes):
    """Shown confidence against the share of right proposals, per confidence bin (calibrated proposals)."""
    if not outcomes:
        return
    print("%s reliability (shown confidence vs share right):" % sample_set)
    print("    %-13s %6s %10s %8s" % ("confidence", "n", "mean conf", "right"))
    low = 0.0
    for high in BINS:
        chosen = [o for o in outcomes if low < o[2] <= high or (low == 0.0 and o[2] == 0.0)]
        if chosen:
            print("    %4.2f - %4.2f   %6d %9.1f%% %7.1f%%" % (
                low, high, len(chosen), 100 * sum(o[2] for o in chosen) / len(chosen),
                100 * sum(o[3] for o in chosen) / len(chosen)))
        low = high
    gap = sum(abs(o[2] - o[3]) for o in outcomes) / len(outcomes)
    print("    expected calibration error (mean |confidence - right|): %.3f" % gap)


def write_calibration(path, outcomes):
    """Raw score -> measured probability of being right, per kind ("map", "none").

    Equal-count bins of raw scores; per bin the share of right proposals, shrunk towards the bin's mean
    raw score with the weight of PRIOR proposals (a bin of a training set where everything is right
    does not make 100 %), made monotone (pool adjacent violators) and kept within 2..98 %.
    """
    table = {}
    for kind in ("map", "none"):
        points = sorted((o[1], o[3]) for o in outcomes if o[0] == kind)
        if len(points) < 10:
            continue
        size = max(8, len(points) // 20)
        bins = [points[i:i + size] for i in range(0, len(points), size)]
        if len(bins) > 1 and len(bins[-1]) < size // 2:
            bins[-2].extend(bins.pop())
        # [upper raw, right + PRIOR * mean raw, n + PRIOR]
        blocks = [[b[-1][0], sum(r for _s, r in b) + PRIOR * sum(x for x, _r in b) / len(b), len(b) + PRIOR]
                  for b in bins]
        merged = []
        for block in blocks:
            merged.append(block)
            while len(merged) > 1 and merged[-2][1] / merged[-2][2] >= merged[-1][1] / merged[-1][2]:
                upper, right, n = merged.pop()
                merged[-1] = [upper, merged[-1][1] + right, merged[-1][2] + n]
        table[kind] = [[round(upper, 3), round(min(0.98, max(0.02, right / n)), 3)] for upper, right, n in merged]
        table[kind][-1][0] = 1.0
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(dict(table, _about="measured on bench/map_samples/dev by map_proposer_bench.py --calibrate: "
                                     "[upper raw score, probability of being right]"), handle)
        handle.write("\n")
    print("calibration written to %s: %s" % (path, {k: len(v) for k, v in table.items()}))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", help="sample names as <set>/<name> (default: every file of --sets)")
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated sample sets to score (default: %(default)s)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every column")
    parser.add_argument("--min", type=float, default=90.0, help="overall %% below which the exit code is 1")
    parser.add_argument("--ablate", default="", help="signals switched off, comma-separated: terms (non-English "
                        "words of the term table), odoo (Odoo's field labels), babel, phonenumbers, stdnum, "
                        "values_lib (all value libraries), id_sets, filename, calibration")
    parser.add_argument("--calibrate", action="store_true", help="write lib/data/calibration.json from the scored "
                        "sets (dev only: held-out files are never used to tune)")
    parser.add_argument("--no-entities", action="store_true", help="skip the object (entity) guess per file")
    parser.add_argument("--blind-headers", action="store_true", help="replace every header by a meaningless one "
                        "(\"Column 3\"): what the values alone decide (the value signals' ablation)")
    args = parser.parse_args(argv)
    if args.ablate:
        os.environ["CJI_PROPOSER_ABLATE"] = args.ablate
    if args.calibrate and (args.files or args.sets != "dev"):
        parser.error("--calibrate only with --sets dev (the held-out set is never used to tune)")

    proposer = load("_cji_map_proposer", "map_proposer.py")
    guesser = load("_cji_entity_guess", "entity_guess.py")
    names = [name[:-4] if name.endswith(".csv") else name for name in args.files] or [
        "%s/%s" % (sample_set, f[:-4]) for sample_set in args.sets.split(",")
        for f in sorted(os.listdir(os.path.join(SAMPLES, sample_set))) if f.endswith(".csv")]
    scores = {}  # sample set -> [right, total, files]
    breakdowns = {}  # sample set -> field -> value -> [right, total, files]
    reliability = {}  # sample set -> per bucket [proposals, right, sum of confidences]
    lines = []
    outcomes = {}  # sample set -> [(kind, raw score, confidence, right)]
    entity_hits = {}  # sample set -> [files, right by content and name, right by content alone]
    values_seen = {}  # sample set -> [columns whose values show their key's kind, columns checked]
    files = {}
    for name in names:
        with open(os.path.join(SAMPLES, name + ".expected.json"), encoding="utf-8") as handle:
            expected = json.load(handle)
        headers, rows = read_csv(os.path.join(SAMPLES, name + ".csv"))
        if args.blind_headers:
            blind = ["Column %d" % (i + 1) for i in range(len(headers))]
            expected = dict(expected, map={b: expected["map"].get(h) for b, h in zip(blind, headers)})
            rows = [{b: r.get(h) for b, h in zip(blind, headers)} for r in rows]
            headers = blind
        files[name] = (expected, (headers, rows))
    # ids shared between files: a first pass takes the ids of every file's own id column (as the
    # proposer maps it), the second proposes every file with them, as a run does with its objects. A run
    # imports the export of one tool: only files of the same set and the same tool share their ids (the
    # files that name no tool form one group per set)
    own_ids = {}  # file -> (sample set, tool, entity, its ids)
    if "id_sets" not in args.ablate.split(","):
        for name, (expected, (headers, rows)) in files.items():
            for proposal in proposer.propose(expected["entity"], headers, rows):
                if proposal.key == "ref":
                    own_ids[name] = (os.path.dirname(name), expected.get("tool"), expected["entity"], {
                        str(r.get(proposal.column, "")).strip() for r in rows if r.get(proposal.column)})
    for name, (expected, (headers, rows)) in files.items():
        sample_set = os.path.dirname(name) or "?"
        # the ids of the other files of the set (a run knows the objects read before, never the file itself)
        id_sets = {}
        for other, (other_set, tool, entity, ids) in own_ids.items():
            if other != name and other_set == sample_set and tool == expected.get("tool"):
                id_sets.setdefault(entity, set()).update(ids)
        proposals = proposer.propose(expected["entity"], headers, rows, id_sets=id_sets or None)
        buckets = reliability.setdefault(sample_set, [[0, 0, 0.0, 0, 0] for _ in BUCKETS])
        # value signals alone: does the profile of a column see the kind its expected key needs?
        targets = proposer.ENTITIES[expected["entity"]]
        for column, key_name in expected["map"].items():
            key = targets.key(key_name) if key_name else None
            wanted = key and (("vat",) if key.key == "vat" else VALUE_KINDS.get(key.kind))
            values = [r.get(column) for r in rows if str(r.get(column) or "").strip()]
            if not values:
                continue
            profile = proposer.Profile(values)
            seen = values_seen.setdefault(sample_set, [0, 0, 0])
            if wanted:
                seen[0] += max(profile.share(k) for k in wanted) >= 0.8
                seen[1] += 1
            # a false alarm: the values look like a kind the column's key is not (ids taken for phones...)
            seen[2] += any(profile.share(k) >= 0.8 and k not in (wanted or ()) and not (k == "date" and key and key.kind == "datetime")
                           for k in ("email", "phone", "date", "country", "currency", "vat"))
        if not args.no_entities:
            hits = entity_hits.setdefault(sample_set, [0, 0, 0])
            hits[0] += 1
            hits[1] += guesser.guess_entity(os.path.basename(name) + ".csv", headers, rows,
                                            FILE_ENTITIES)[0] == expected["entity"]
            anonymous = guesser.guess_entity("export(3).csv", headers, rows, FILE_ENTITIES)
            hits[2] += anonymous[0] == expected["entity"]
            if anonymous[0] != expected["entity"] and args.verbose:
                print("    entity from content alone: %s (%.2f: %s)" % anonymous)
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
            if proposal.raw_score is not None:
                outcomes.setdefault(sample_set, []).append(
                    ("map" if proposal.key else "none", proposal.raw_score, proposal.confidence, ok))
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
        print_buckets(sample_set, reliability[sample_set])
    print("-" * 60)
    failed = False
    for sample_set, (right, total, files) in sorted(scores.items()):
        overall = 100.0 * right / max(1, total)
        print("%s: %d/%d columns mapped right = %.1f %% (%d files)" % (sample_set, right, total, overall, files))
        if sample_set in values_seen:
            print("%s: values recognised as their key's kind (e-mail, phone, date, country, currency, VAT) in "
                  "%d/%d columns; %d columns taken for a kind they are not" % ((sample_set,) + tuple(values_seen[sample_set])))
        if sample_set in entity_hits:
            n, named, anonymous = entity_hits[sample_set]
            print("%s: object recognised for %d/%d files with their names, %d/%d named export(3).csv"
                  % (sample_set, named, n, anonymous, n))
        print_reliability(sample_set, outcomes.get(sample_set, []))
        failed = failed or overall < args.min
    if args.calibrate:
        write_calibration(proposer.CALIBRATION_FILE, outcomes.get("dev", []))
    if failed:
        print("FAIL: a set is below %.1f %%" % args.min)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
