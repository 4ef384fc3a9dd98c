#!/usr/bin/env python3
"""Time and peak memory of reading and staging one export as its lines and values grow (1 KB to 10 MB).

    python bench/reader_scaling_bench.py                       # reader + staging's JSON, no database
    python bench/reader_scaling_bench.py --db cji_t_x --conf ~/.local/share/clientjoy_intrix_import/test-cji_t_x.conf
                                                              # also the whole action_stage() in Odoo

Each shape is a small clients export (a header and three ordinary rows) with one row grown to SIZE:

- ``field``: one plain value of SIZE letters (a long description);
- ``line``: one quoted value of SIZE characters made of every candidate delimiter (; , | tab), the
  case that made delimiter sniffing and quote handling costly;
- ``quotes``: one quoted value of doubled quotes and line breaks (quote handling);
- ``json``: one quoted value of control characters, backslashes and quotes, which JSON escapes to up
  to six times their length (JSON encoding of the staged payload);
- ``nul``: SIZE spaces then a NUL byte (refused: the cost of finding out).

Per shape and size, in a fresh process each: *read* is ``open_table`` + every chunk of rows +
``json.dumps`` of every row as staging stores it (pure Python, Odoo not imported); *stage* (with
``--db``) is ``action_stage()`` of a run with the file attached (read, bulk insert, field map
proposal, mapping, audit, owners), rolled back afterwards. Seconds are wall time of that work only;
peak is the rise of the process's RSS high-water mark during it (``/proc/self/clear_refs``). Linear
growth shows as a constant *µs/KB* column from 100 KB on (below, fixed costs dominate).
"""
import argparse
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SIZES = (1 << 10, 10 << 10, 100 << 10, 1 << 20, 10 << 20)
SHAPES = ("field", "line", "quotes", "json", "nul")
HEADER = "Client ID;Client name;City;Notes\n"
ROWS = "C1;Čebelarstvo Žužek d.o.o.;Ljubljana;ok\nC2;Müller GmbH;Köln;ok\nC3;Zupančič s.p.;Kranj;ok\n"


def make(shape, size):
    """The bytes of a ``shape`` export with one row grown to about ``size`` bytes."""
    if shape == "field":
        row = "C9;Long;Kranj;%s\n" % ("abcdefghij" * (size // 10))
    elif shape == "line":
        row = 'C9;Long;Kranj;"%sx"\n' % (";,|\t" * (size // 4))
    elif shape == "quotes":
        row = 'C9;Long;Kranj;"%sx"\n' % ('""x\n' * (size // 4))
    elif shape == "json":
        controls = "".join(chr(c) for c in range(1, 32) if chr(c) not in "\r\n") + '\\""/'
        row = 'C9;Long;Kranj;"%sx"\n' % (controls * (size // len(controls)))
    else:
        return (HEADER + ROWS).encode() + b" " * size + b"\x00\n"
    return (HEADER + ROWS + row).encode()


def _status():
    values = {}
    with open("/proc/self/status") as handle:
        for line in handle:
            key, _sep, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) / 1024.0
    return values


def _reset_peak():
    """Start the high-water mark again from the current RSS (Linux: clear_refs 5)."""
    try:
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")
    except OSError:
        pass


def worker_read(shape, size):
    sys.path.insert(0, HERE)
    from addon_lib import load

    reader_module = load("_cji_csv_reader", "csv_reader.py")
    limits = load("_cji_limits", "limits.py").Limits(max_field_chars=16 << 20)
    data = make(shape, size)
    import io

    base = _status()["VmRSS"]
    _reset_peak()
    started = time.perf_counter()
    outcome = "read"
    try:
        reader = reader_module.open_table(io.BytesIO(data), "clients.csv", limits=limits)
        rows = 0
        for chunk in reader.chunks(500):
            payloads = [json.dumps(row, ensure_ascii=False, default=str) for row in chunk]  # as _stage stores them
            rows += len(payloads)
        outcome = "%d rows" % rows
    except reader_module.CsvError as exc:
        outcome = "refused: %s" % str(exc)[:40]
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "peak_mb": max(0.0, _status()["VmHWM"] - base), "outcome": outcome, "bytes": len(data)}


def worker_stage(shape, size, conf, db):
    import odoo  # noqa: F401
    from odoo.api import Environment
    from odoo.modules.registry import Registry
    from odoo.tools import config

    config.parse_config(["-c", conf, "-d", db])
    registry = Registry(db)
    data = make(shape, size)
    with registry.cursor() as cr:
        env = Environment(cr, 1, {"lang": "en_US", "tracking_disable": True})
        env["ir.config_parameter"].set_param("clientjoy_intrix_import.max_field_chars", str(16 << 20))
        run = env["clientjoy.intrix.run"].create({"source": "intrix"})
        run._add_files([("clients.csv", data)])
        env.flush_all()
        base = _status()["VmRSS"]
        _reset_peak()
        started = time.perf_counter()
        run.action_stage()
        env.flush_all()
        seconds = time.perf_counter() - started
        peak = max(0.0, _status()["VmHWM"] - base)
        outcome = ("refused: %s" % run.error_message[:40]) if run.error_message else "%d staged" % len(run.staging_ids)
        cr.rollback()  # leave the database as it was
    return {"seconds": seconds, "peak_mb": peak, "outcome": outcome, "bytes": len(data)}


def measure(kind, shape, size, args):
    command = [sys.executable, os.path.abspath(__file__), "--worker", kind, "--shape", shape, "--size", str(size)]
    if kind == "stage":
        command += ["--db", args.db, "--conf", args.conf]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode or not lines:
        return {"seconds": float("nan"), "peak_mb": float("nan"), "outcome": "FAILED: " + result.stderr[-300:], "bytes": 0}
    return json.loads(lines[-1])


def label(size):
    return "%d KB" % (size >> 10) if size < 1 << 20 else "%d MB" % (size >> 20)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shapes", nargs="+", default=list(SHAPES), choices=SHAPES)
    parser.add_argument("--sizes", nargs="+", type=int, default=list(SIZES), help="bytes")
    parser.add_argument("--db", help="a database with the addon installed: also measure action_stage()")
    parser.add_argument("--conf", help="its Odoo configuration file")
    parser.add_argument("--worker", choices=("read", "stage"), help=argparse.SUPPRESS)
    parser.add_argument("--shape", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        if args.worker == "read":
            result = worker_read(args.shape, args.size)
        else:
            result = worker_stage(args.shape, args.size, args.conf, args.db)
        print(json.dumps(result))
        return
    kinds = ["read"] + (["stage"] if args.db else [])
    print("%-7s %-6s %7s %10s %9s %9s  %s" % ("shape", "kind", "size", "seconds", "us/KB", "peak MB", "outcome"))
    for shape in args.shapes:
        for kind in kinds:
            for size in args.sizes:
                result = measure(kind, shape, size, args)
                per_kb = result["seconds"] * 1e6 / max(1, result["bytes"] / 1024)
                print("%-7s %-6s %7s %10.4f %9.1f %9.1f  %s" % (
                    shape, kind, label(size), result["seconds"], per_kb, result["peak_mb"], result["outcome"]), flush=True)


if __name__ == "__main__":
    main()
