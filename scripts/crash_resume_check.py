"""Crash safety of a run on queue_job: kill -9 the Odoo server mid-import, start it again, and check
that the run resumes to the end with no duplicate and no missing record.

    python scripts/crash_resume_check.py [--rows 1200] [--chunk 60] [--workers 2]

Creates the database cji_crash (fresh, with the addon), generates Intrix exports, stages and confirms
a run with background jobs, starts odoo-bin with the queue_job runner (``--workers`` jobs at a time on
the import channel: the batches of a phase run side by side), kills it with SIGKILL once
some batches are committed, restarts it, waits for the run to finish and checks the result. Exit
code 0 when everything is there exactly once. Used by tests/test_crash_resume.py.
"""
import argparse
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DB = os.environ.get("CJI_CRASH_DB", "cji_crash")  # several suites side by side use their own


def sh(command):
    return subprocess.run(["bash", "-c", ". %s/scripts/env.sh && %s" % (REPO, command)], check=True,
                          capture_output=True, text=True).stdout.strip()


def psql(sql):
    return sh("cji_psql -d %s -c \"%s\"" % (DB, sql.replace('"', '\\"')))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def write_exports(folder, rows):
    rng = random.Random(7)
    with open(os.path.join(folder, "clients.csv"), "w", encoding="cp1250", newline="") as handle:
        handle.write("Client ID;Client name;City;E-mail\r\n")
        for i in range(rows):
            handle.write("C%d;Podjetje Žužek %d d.o.o.;Ljubljana;info%d@example.si\r\n" % (i, i, i))
    with open(os.path.join(folder, "contacts.csv"), "w", encoding="utf-8", newline="") as handle:
        handle.write("Contact ID,Client ID,First name,Last name\n")
        for i in range(rows):
            handle.write("P%d,C%d,Špela,Novak %d\n" % (i, rng.randrange(rows), i))


SETUP = r'''
import os, sys
import odoo
from odoo.tools import config
config.parse_config(["-c", sys.argv[1], "-d", sys.argv[2]])
registry = odoo.modules.registry.Registry(sys.argv[2])
with registry.cursor() as cr:
    env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {"lang": "en_US"})
    folder = sys.argv[3]
    files = [(n, open(os.path.join(folder, n), "rb").read()) for n in sorted(os.listdir(folder))]
    run = env["clientjoy.intrix.run"].create({"source": "intrix", "use_jobs": True, "chunk_size": int(sys.argv[4])})
    run._add_files(files)
    run.action_stage()
    assert not run.error_message, run.error_message
    run.action_confirm_map()
    run.action_import()
    assert run.state == "importing", (run.state, run.error_message)
    print(run.id)
'''


def start_server(python, odoo_bin, conf, port, log, workers=2):
    # threaded server: each job the runner dispatches runs in a request thread of its own, with its own
    # cursor and transaction, so ``workers`` batches of a phase do run at the same time
    channels = "root:%d,root.crm_import:%d" % (workers, workers)
    return subprocess.Popen(
        [python, odoo_bin, "-c", conf, "-d", DB, "--http-port", str(port), "--http-interface", "127.0.0.1",
         "--workers", "0", "--load", "base,web,queue_job", "--max-cron-threads", "0", "--log-level", "info"],
        stdout=log, stderr=subprocess.STDOUT, env=dict(os.environ, ODOO_QUEUE_JOB_CHANNELS=channels))


def wait_for(predicate, timeout, what):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.5)
    raise SystemExit("timed out waiting for %s" % what)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1200)
    parser.add_argument("--chunk", type=int, default=60)
    parser.add_argument("--workers", type=int, default=2, help="jobs at a time on the import channel")
    args = parser.parse_args()
    home = sh("echo $CJI_HOME")
    python, odoo_bin = sh("echo $CJI_PY"), sh("echo $CJI_ODOO_DIR/odoo-bin")
    conf = os.path.join(home, "%s.conf" % DB)
    sh("cji_require_odoo && cji_write_conf %s && cji_fresh_db %s %s" % (conf, DB, conf))
    with tempfile.TemporaryDirectory() as folder:
        write_exports(folder, args.rows)
        run_id = int(subprocess.run([python, "-c", SETUP, conf, DB, folder, str(args.chunk)], check=True,
                                    capture_output=True, text=True).stdout.strip().splitlines()[-1])
    total = 2 * args.rows
    imported = lambda: int(psql("SELECT count(*) FROM clientjoy_intrix_staging WHERE run_id = %d AND state = 'imported'" % run_id))  # noqa: E731
    state = lambda: psql("SELECT state FROM clientjoy_intrix_run WHERE id = %d" % run_id)  # noqa: E731
    log_path = os.path.join(home, "crash-check.log")
    with open(log_path, "w") as log:
        port = free_port()
        server = start_server(python, odoo_bin, conf, port, log, args.workers)
        try:
            wait_for(lambda: imported() >= 3 * args.chunk, 180, "the first batches")
        finally:
            server.send_signal(signal.SIGKILL)
            server.wait()
        before = imported()
        print("killed the server with SIGKILL after %d of %d records (run state: %s)" % (before, total, state()))
        if before >= total:
            raise SystemExit("the import finished before the kill: use more --rows")
        # queue_job's runner takes a job the killed server had enqueued or started for dead once it was enqueued
        # more than 10 s ago, and looks again only when a job changes or a minute went by: restart once it will at
        # its first look (otherwise the run waits a minute, idle)
        wait_for(lambda: psql("SELECT count(*) FROM queue_job WHERE state IN ('enqueued', 'started') "
                              "AND date_enqueued >= (now() AT TIME ZONE 'utc') - INTERVAL '10 sec'") == "0",
                 60, "the interrupted jobs to count as dead")
        server = start_server(python, odoo_bin, conf, free_port(), log, args.workers)
        try:
            wait_for(lambda: state() in ("done", "failed"), 600, "the run to finish after the restart")
        finally:
            server.terminate()
            server.wait(30)
    checks = {
        "run state": (state(), "done"),
        "staging records imported": (imported(), total),
        "partners with an external id": (int(psql(
            "SELECT count(*) FROM ir_model_data WHERE module = 'intrix_import' AND model = 'res.partner'")), total),
        "partners created": (int(psql(
            "SELECT count(*) FROM res_partner WHERE name LIKE 'Podjetje Žužek %' OR name LIKE 'Špela Novak %'")), total),
        "duplicate names": (int(psql(
            "SELECT count(*) FROM (SELECT name FROM res_partner WHERE name LIKE 'Podjetje Žužek %%' "
            "OR name LIKE 'Špela Novak %%' GROUP BY name HAVING count(*) > 1) d")), 0),
        "ledger creations": (int(psql(
            "SELECT count(*) FROM clientjoy_intrix_ledger WHERE run_id = %d AND res_model = 'res.partner' "
            "AND operation = 'create'" % run_id)), total),
        "contacts linked to their company": (int(psql(
            "SELECT count(*) FROM res_partner WHERE name LIKE 'Špela Novak %' AND parent_id IS NOT NULL")), args.rows),
    }
    # from the jobs' own times: batches of one phase ran side by side, and none of a phase started
    # before every batch of the phase before it was over
    batches = """SELECT p.object_name, j.date_started, j.date_done FROM queue_job j
                   JOIN clientjoy_intrix_phase p ON p.run_id = %d
                    AND j.func_string LIKE 'clientjoy.intrix.run(%d,)._job_import_chunk(' || p.id || ', %%'
                  WHERE j.state = 'done' AND j.date_started IS NOT NULL""" % (run_id, run_id)
    if args.workers > 1:
        checks["batches that overlapped another one"] = (int(psql(
            "SELECT count(*) > 0 FROM (%s) a JOIN (%s) b ON a.object_name = b.object_name AND a.date_started < b.date_started "
            "AND b.date_started < a.date_done" % (batches, batches)) == "t"), 1)
    checks["contacts batches begun before the last clients batch ended"] = (int(psql(
        "SELECT count(*) FROM (%s) c WHERE c.object_name = 'contacts' AND c.date_started < "
        "(SELECT max(date_done) FROM (%s) k WHERE k.object_name = 'clients')" % (batches, batches))), 0)
    failed = False
    for name, (got, expected) in checks.items():
        ok = str(got) == str(expected)
        failed |= not ok
        print("%-36s %-10s expected %-10s %s" % (name, got, expected, "ok" if ok else "FAILED"))
    if not failed:
        sh("cji_drop_db %s" % DB)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
