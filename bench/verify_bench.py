"""The verification alone, and the import with it, on one database prepared once: CPU seconds of Odoo and
PostgreSQL for A/B comparisons of code versions on a shared machine.

``prepare`` builds, from the bench's template and generated CSV files (bench/import_bench.py), a database
ready to import (upload + stage + confirm, each in its own process as the bench does: ``<prefix>ready_<n>``)
and a copy of it imported inline (``<prefix>imported_<n>``). ``verify`` runs ``_verify_import`` of that
run ``--repeat`` times in one process, each time rolled back, and prints per round the wall seconds, the
CPU seconds of the process and of its PostgreSQL backend, and what the verification found (records,
values, mismatches and a digest of every mismatch message: two code versions must print the same).
``import`` runs the bench's import worker on a fresh copy of the ready database (import CPU with the
verification's share). ``--addon-dir`` runs another version of the addon
(``git archive <commit> clientjoy_intrix_import | tar -x -C DIR``) on the same databases::

    PY=~/.local/share/clientjoy_intrix_import/venv/bin/python
    CJI_BENCH_DB_PREFIX=cji_bench_v_ $PY bench/verify_bench.py prepare --n 20000
    CJI_BENCH_DB_PREFIX=cji_bench_v_ $PY bench/verify_bench.py verify --n 20000 --repeat 3 [--addon-dir DIR]
    CJI_BENCH_DB_PREFIX=cji_bench_v_ $PY bench/verify_bench.py import --n 20000 [--addon-dir DIR]
    CJI_BENCH_DB_PREFIX=cji_bench_v_ $PY bench/verify_bench.py drop

``--corrupt`` changes, before each round (in the same rolled-back transaction), one value of each kind the
verification compares in a few records (text, number, date, moment, relation, html note), so that the
mismatch digest of two versions is compared on real findings too.
"""
import argparse
import hashlib
import os
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import import_bench as B  # noqa: E402
import mem_probe  # noqa: E402

#: values changed behind the importer's back by ``--corrupt``: one of each kind the checks compare
CORRUPT = (
    "UPDATE res_partner SET city = 'Nowhere' WHERE id IN (SELECT res_id FROM clientjoy_intrix_staging "
    "WHERE entity = 'partner_company' AND state = 'imported' ORDER BY id LIMIT 3)",
    "UPDATE res_partner SET phone = NULL WHERE id IN (SELECT res_id FROM clientjoy_intrix_staging "
    "WHERE entity = 'partner_person' AND state = 'imported' ORDER BY id DESC LIMIT 2)",
    "UPDATE crm_lead SET expected_revenue = expected_revenue + 1, date_deadline = date_deadline + 1 "
    "WHERE id IN (SELECT res_id FROM clientjoy_intrix_staging WHERE entity = 'lead' AND state = 'imported' "
    "ORDER BY id LIMIT 2)",
    "UPDATE crm_lead SET partner_id = NULL, user_id = NULL WHERE id IN (SELECT res_id FROM "
    "clientjoy_intrix_staging WHERE entity = 'lead' AND state = 'imported' ORDER BY id DESC LIMIT 2)",
    "UPDATE mail_message SET date = date + interval '1 hour', body = replace(body, 'min', 'h') "
    "WHERE id IN (SELECT res_id FROM clientjoy_intrix_staging WHERE entity = 'activity' AND state = 'imported' "
    "ORDER BY id LIMIT 4)",
)


def imported_db(n):
    return "%simported_%d" % (B.DB_PREFIX, n)


def prepare(opts):
    mem_probe.prepare(opts)
    bench = B.Bench(argparse.Namespace(keep_dbs=True, reuse_template=True, keep_template=True, keep_csv=True))
    bench.shell("cji_write_conf %s" % bench.conf)
    db = imported_db(opts.n)
    copy_ready(db, opts.n)
    res = bench.worker("module", db, phase="import")
    bench.log("import: ok=%s state %s, %.1f s %s" % (res.get("ok"), res.get("state"), res.get("seconds") or 0,
                                                    res.get("error") or ""))
    print("imported: %s" % db)


def copy_ready(db, n):
    B.drop_db(db)
    B.admin_sql('CREATE DATABASE "%s" TEMPLATE "%s"' % (db, mem_probe.ready_db(n)))
    source = os.path.join(B.FILESTORE, mem_probe.ready_db(n))
    if os.path.isdir(source):
        B.shutil.copytree(source, os.path.join(B.FILESTORE, db))


def run_verify(opts):
    db = imported_db(opts.n)
    conf = os.path.join(tempfile.gettempdir(), "%s_verify.conf" % db)
    mem_probe.subprocess_conf(conf, opts.addon_dir)
    registry = B.odoo_registry(conf, db)
    uid = B.admin_uid(registry)
    addon = os.path.dirname(os.path.dirname(sys.modules["odoo.addons.clientjoy_intrix_import"].__file__))
    print("addon %s, database %s, load average %.2f" % (addon, db, os.getloadavg()[0]), flush=True)
    for round_ in range(1, opts.repeat + 1):
        with registry.cursor() as cr:
            env = B.odoo_env(cr, uid)
            run = env["clientjoy.intrix.run"].search([], order="id desc", limit=1)
            if opts.corrupt:
                for statement in CORRUPT:
                    cr.execute(statement)
            env.invalidate_all()
            cr.execute("SELECT pg_backend_pid()")
            backend = cr.fetchone()[0]
            backend_cpu, own_cpu, started = B.cpu_seconds(backend), time.process_time(), time.perf_counter()
            with B.Profiler(opts.profile and "%s.%d" % (opts.profile, round_)):
                run._verify_import()
                env.flush_all()
            seconds = time.perf_counter() - started
            cpu = time.process_time() - own_cpu
            db_cpu = (B.cpu_seconds(backend) or 0.0) - (backend_cpu or 0.0)
            phases = run.phase_ids
            cr.execute("SELECT id, verify_message FROM clientjoy_intrix_staging WHERE run_id = %s "
                       "AND verify_mismatch ORDER BY id", [run.id])
            messages = cr.fetchall()
            digest = hashlib.sha1(repr((messages, sorted(
                (p.object_name, p.verified, p.verified_values, p.verify_mismatches, p.verify_mismatched_records,
                 p.verify_details or "") for p in phases))).encode()).hexdigest()[:12]
            print("round %d: %.2f s wall, CPU Odoo %.2f + PostgreSQL %.2f = %.2f s; %d records, %d values, "
                  "%d mismatches (digest %s), load %.2f" % (
                      round_, seconds, cpu, db_cpu, cpu + db_cpu, sum(phases.mapped("verified")),
                      sum(phases.mapped("verified_values")), sum(phases.mapped("verify_mismatches")), digest,
                      os.getloadavg()[0]), flush=True)
            if opts.show:
                for staging_id, message in messages[:opts.show]:
                    print("   %s: %s" % (staging_id, message.replace("\n", " | ")))
            cr.rollback()


def run_import(opts):
    bench = B.Bench(argparse.Namespace(keep_dbs=True, reuse_template=True, keep_template=True, keep_csv=False))
    mem_probe.subprocess_conf(bench.conf, opts.addon_dir)
    db = "%simport_%d" % (B.DB_PREFIX, opts.n)
    copy_ready(db, opts.n)
    try:
        res = bench.worker("module", db, phase="import")
    finally:
        B.drop_db(db)
    print("import: ok=%s state %s, %.2f s wall, CPU Odoo %.2f + PostgreSQL %.2f = %.2f; verification %.2f s wall, "
          "CPU Odoo %.2f + PostgreSQL %.2f = %.2f; load %.2f" % (
              res.get("ok"), res.get("state"), res.get("seconds") or 0, res.get("cpu_seconds") or 0,
              res.get("db_cpu_seconds") or 0, (res.get("cpu_seconds") or 0) + (res.get("db_cpu_seconds") or 0),
              res.get("verify_seconds") or 0, res.get("verify_cpu_seconds") or 0,
              res.get("verify_db_cpu_seconds") or 0,
              (res.get("verify_cpu_seconds") or 0) + (res.get("verify_db_cpu_seconds") or 0), os.getloadavg()[0]),
          flush=True)
    bench.cleanup()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=("prepare", "verify", "import", "drop"))
    parser.add_argument("--n", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=3, help="verify: rounds in one process (each rolled back)")
    parser.add_argument("--addon-dir", help="run the addon found in this directory instead of this checkout's")
    parser.add_argument("--corrupt", action="store_true", help="verify: change a few values of each kind first")
    parser.add_argument("--show", type=int, default=0, help="verify: print this many mismatch messages")
    parser.add_argument("--profile", help="verify: cProfile dump of each round to PROFILE.<round>")
    opts = parser.parse_args()
    {"prepare": prepare, "verify": run_verify, "import": run_import, "drop": mem_probe.drop}[opts.action](opts)


if __name__ == "__main__":
    main()
