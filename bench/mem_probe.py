"""Where the memory of an inline import goes: RSS per batch, and what grows (tracemalloc, gc).

A diagnostic, not a benchmark. ``prepare`` builds a database that is ready to import (the bench's
template, its generated CSV files, upload + stage + confirm, each in its own process as the bench
does) and keeps it as ``<prefix>ready_<n>``; ``import`` runs ``action_import`` (inline) on a copy of
it and prints, after every batch, the phase, the resident size and its high-water mark; with
``--trace`` it also diffs tracemalloc snapshots (after the first batches, before the verification,
at the end) and the counts of live objects per type, and prints what grew most::

    PY=~/.local/share/clientjoy_intrix_import/venv/bin/python
    CJI_BENCH_DB_PREFIX=cji_bench_mem_ $PY bench/mem_probe.py prepare --n 20000
    CJI_BENCH_DB_PREFIX=cji_bench_mem_ $PY bench/mem_probe.py import --n 20000 [--trace]
    CJI_BENCH_DB_PREFIX=cji_bench_mem_ $PY bench/mem_probe.py drop

tracemalloc slows the import down a few times and adds its own memory: compare the RSS of runs
without ``--trace``.
"""
import argparse
import collections
import gc
import os
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import import_bench as B  # noqa: E402


def ready_db(n):
    return "%sready_%d" % (B.DB_PREFIX, n)


def prepare(opts):
    bench = B.Bench(argparse.Namespace(keep_dbs=True, reuse_template=True, keep_template=True, keep_csv=True))
    currency = bench.template()
    data = os.path.join(bench.tmp, "intrix_%d" % opts.n)
    B.generate(data, opts.n, currency)
    db = ready_db(opts.n)
    B.drop_db(db)
    B.copy_db(db)
    for phase in ("upload", "stage", "confirm"):
        res = bench.worker("module", db, data, phase=phase)
        bench.log("%s: ok=%s %.1f s, peak %.0f MB %s" % (phase, res.get("ok"), res.get("seconds") or 0,
                                                        res.get("peak_rss_mb") or 0, res.get("error") or ""))
        if not res.get("ok"):
            raise SystemExit(1)
    print("ready: %s (conf %s)" % (db, bench.conf))


def type_counts():
    counts = collections.Counter()
    for obj in gc.get_objects():
        counts[type(obj).__name__] += 1
    return counts


def run_import(opts):
    import tracemalloc

    db = "%simport_%d" % (B.DB_PREFIX, opts.n)
    B.drop_db(db)
    B.admin_sql('CREATE DATABASE "%s" TEMPLATE "%s"' % (db, ready_db(opts.n)))
    source = os.path.join(B.FILESTORE, ready_db(opts.n))
    if os.path.isdir(source):
        B.shutil.copytree(source, os.path.join(B.FILESTORE, db))
    conf = os.path.join(tempfile.gettempdir(), "%s.conf" % db)
    subprocess_conf(conf, opts.addon_dir)
    try:
        registry = B.odoo_registry(conf, db)
        uid = B.admin_uid(registry)
        snapshots = {}
        counts = {}

        def mark(label):
            if opts.collect:
                gc.collect()
            status = B.proc_status()
            line = "[%s] %-28s rss %6.0f MB  hwm %6.0f MB" % (time.strftime("%H:%M:%S"), label,
                                                            status["VmRSS"], status["VmHWM"])
            if opts.trace:
                current, peak = tracemalloc.get_traced_memory()
                line += "  traced %6.1f MB (peak %6.1f)" % (current / 2 ** 20, peak / 2 ** 20)
            print(line, flush=True)
            if opts.trace and label in ("batch 5", "before verify", "verify 5", "end", "committed"):
                snapshots[label] = tracemalloc.take_snapshot()
                counts[label] = type_counts()

        if opts.trace:
            tracemalloc.start(opts.frames)
        with registry.cursor() as cr:
            env = B.odoo_env(cr, uid)
            run = env["clientjoy.intrix.run"].search([], order="id desc", limit=1)
            cls = type(run)
            state = {"batch": 0, "verify": 0}
            import_next, finish, verify_step = cls._import_next_chunk, cls._finish_import, cls._verify_step

            def import_next_chunk(self, ctx):
                more = import_next(self, ctx)
                state["batch"] += 1
                if more and (state["batch"] % opts.every == 0 or state["batch"] == 5):
                    mark("batch %d" % state["batch"])
                return more

            def finish_import(self):
                mark("before verify")
                return finish(self)

            def verify_chunk(self, last_id, *args, **kw):
                res = verify_step(self, last_id, *args, **kw)
                state["verify"] += 1
                if state["verify"] % opts.every == 0 or state["verify"] == 5:
                    mark("verify %d" % state["verify"])
                return res

            cls._import_next_chunk, cls._finish_import, cls._verify_step = import_next_chunk, finish_import, verify_chunk
            mark("start")
            started = time.perf_counter()
            run.action_import()
            env.flush_all()
            seconds = time.perf_counter() - started
            mark("end")
            if opts.garbage:
                # what the cyclic collector has not freed yet, by type (the automatic one runs rarely on
                # the oldest generation: it waits for a quarter of the live objects to be new)
                gc.set_debug(gc.DEBUG_SAVEALL)
                found = gc.collect()
                kinds = collections.Counter(type(obj).__name__ for obj in gc.garbage)
                contexts = collections.Counter(type(obj).__qualname__ for obj in gc.garbage
                                               if type(obj).__module__.startswith("odoo.addons.clientjoy"))
                print("unreachable objects: %d; by type: %s" % (found, kinds.most_common(20)))
                print("the addon's: %s" % contexts.most_common(20))
                gc.set_debug(0)
                gc.garbage.clear()
                mark("after gc.collect")
            print("state %s in %.1f s, peak (ru_maxrss) %.0f MB, addon %s, load average %.2f" % (
                run.state, seconds, B.self_peak_mb(), os.path.dirname(os.path.dirname(
                    sys.modules["odoo.addons.clientjoy_intrix_import"].__file__)), os.getloadavg()[0]))
            if opts.commit:
                # what the bench measures ends with the commit (its pre-commit hooks run then)
                if opts.trace:
                    tracemalloc.reset_peak()
                    snapshots["before commit"] = tracemalloc.take_snapshot()
                    counts["before commit"] = type_counts()
                cr.commit()
                mark("committed")
                print("peak (ru_maxrss) after the commit %.0f MB" % B.self_peak_mb())
            else:
                cr.rollback()
        if opts.trace:
            for first, last in (("batch 5", "before verify"), ("verify 5", "end"), ("batch 5", "end"),
                                ("before commit", "committed")):
                if first not in snapshots or last not in snapshots:
                    continue
                print("\n==== tracemalloc %s -> %s" % (first, last))
                for stat in snapshots[last].compare_to(snapshots[first], "traceback")[:opts.top]:
                    print("%+9.1f KB %+8d blocks" % (stat.size_diff / 1024, stat.count_diff))
                    for frame in stat.traceback.format()[-2 * opts.frames:]:
                        print("      " + frame.strip())
                print("\n==== live objects %s -> %s" % (first, last))
                grown = counts[last].copy()
                grown.subtract(counts[first])
                for name, diff in grown.most_common(15):
                    print("%+9d %s" % (diff, name))
    finally:
        B.drop_db(db)


def subprocess_conf(conf, addon_dir=None):
    B.subprocess.run(["bash", "-c", ". %s/scripts/env.sh && cji_write_conf %s" % (B.REPO, conf)], check=True)
    if addon_dir:
        # another version of the addon (e.g. ``git archive <commit> clientjoy_intrix_import | tar -x -C DIR``)
        with open(conf) as handle:
            text = handle.read()
        with open(conf, "w") as handle:
            handle.write(text.replace("," + B.REPO + "\n", "," + os.path.abspath(addon_dir) + "\n"))


def drop(_opts):
    for (name,) in B.db_rows("postgres", "SELECT datname FROM pg_database WHERE datname LIKE %s",
                             [B.DB_PREFIX.replace("_", "\\_") + "%"]):
        print("drop", name)
        B.drop_db(name)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=("prepare", "import", "drop"))
    parser.add_argument("--n", type=int, default=20000)
    parser.add_argument("--trace", action="store_true")
    parser.add_argument("--every", type=int, default=20, help="print every this many batches / verify chunks")
    parser.add_argument("--frames", type=int, default=6)
    parser.add_argument("--addon-dir", help="import with the addon found in this directory instead of this checkout's")
    parser.add_argument("--commit", action="store_true", help="commit the import, as the bench does")
    parser.add_argument("--garbage", action="store_true", help="at the end: the unreachable objects by type")
    parser.add_argument("--collect", action="store_true", help="gc.collect() before every figure")
    parser.add_argument("--top", type=int, default=25)
    opts = parser.parse_args()
    {"prepare": prepare, "import": run_import, "drop": drop}[opts.action](opts)


if __name__ == "__main__":
    main()
