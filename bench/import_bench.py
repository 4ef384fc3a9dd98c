"""Import throughput benchmark: this addon vs base_import vs XML-RPC vs raw COPY ("up to 2M records").

A measurement, not a test: it prints a table and always exits 0 (unless it is called wrongly).

Run it with the project's venv (it starts Odoo in subprocesses, one per measurement)::

    ~/.local/share/clientjoy_intrix_import/venv/bin/python bench/import_bench.py --n 100000
    ~/.local/share/clientjoy_intrix_import/venv/bin/python bench/import_bench.py --n 2000      # smoke test, minutes

What it does (details and how to read the output: bench/README.md):

1. Builds the template database ``cji_bench_tpl`` once per invocation with scripts/env.sh
   ``cji_fresh_db`` (copy of the shared crm/project/... template + this addon installed) and adds the
   three sales users the data references (their e-mails are the "Owner e-mail" column).
2. Generates ``--n`` Intrix-style rows as real CSV files (cp1250, ``;``, CRLF, dd.mm.yyyy dates,
   decimal commas with thousand dots) in a temp dir: clients.csv 20 %, contacts.csv 30 %,
   opportunities.csv 20 %, activities.csv 30 % (calls and notes on opportunities), plus
   pipeline_stages.csv and users.csv.
3. For every method, copies the template (``CREATE DATABASE cji_bench_<x> TEMPLATE cji_bench_tpl``),
   runs the method in its own subprocess, measures wall seconds of the work (registry loading and
   server start excluded) and the RSS high-water mark (VmHWM) of the process that does the work:

   (a) this addon: upload + ``action_stage``, ``action_confirm_map``, ``action_import`` (inline, one
       transaction, as the *Import* button without background jobs), each phase in its own process
       and transaction like separate clicks; then ``action_rollback`` in another process. The addon is
       also run at ``--n / 4`` to see whether its peak memory depends on the size of the source.
   (b) Odoo's ``base_import``: ``base_import.import.execute_import`` on Odoo-importable versions of the
       same CSV files (external ids in ``id`` / ``.../id`` columns), in 2000-row batches, one
       transaction per batch, exactly as the web client's import dialog does it.
   (c) an XML-RPC client: ``odoo-bin`` on 127.0.0.1 (free port), ``create`` in batches of 500 through
       /xmlrpc/2/object; the peak RSS is the server's.
   (d) raw PostgreSQL ``COPY`` into res_partner, crm_lead and mail_message: the physical limit.
   (e) (c)'s calls with the ORM in the same process instead of XML-RPC, through the addon's own create
       paths and context, without staging, ledger or external ids: what Odoo's ``create`` alone costs
       any ORM-based importer of these rows, hence the most such an importer can gain on (c).
4. Drops the copies (and the template) and prints one table plus the target lines.

Scale-out: ``--workers 1,2`` runs the addon's import through the real job runner instead (the methods
above only when ``--methods`` names them): per worker count W a fresh copy, upload + stage + confirm as
in (a), ``action_import`` with background jobs (one job per batch of ``--chunk`` records), then
``odoo-bin --workers W`` (prefork) with the queue_job runner and ``root.crm_import:W``; the clock runs
from the first job's start to the run's ``done`` (its verification jobs included, server start-up
excluded), read from the jobs' own times. One row per W, and the ratio to W=1, and the peak RSS of the
server's largest worker process (VmHWM, read every second while it runs).

Options: ``--methods module,base_import,xmlrpc,copy,orm`` (subset), ``--no-small`` (skip the N/4 run),
``--profile DIR`` (cProfile the addon's phases at N and list the hotspots in the addon's code; the
timings of a profiled run are inflated), ``--keep-dbs``, ``--reuse-template``, ``--keep-template``.
Databases are always named ``cji_bench_*`` (``$CJI_BENCH_DB_PREFIX``, starting with ``cji_bench_``, for benches side by side).
"""
import argparse
import csv
import datetime
import io
import json
import os
import random
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
CJI_HOME = os.environ.get("CJI_HOME") or os.path.join(
    os.environ.get("XDG_DATA_HOME") or os.path.expanduser("~/.local/share"), "clientjoy_intrix_import")
ODOO_DIR = os.path.join(CJI_HOME, "odoo-19.0")
ODOO_BIN = os.path.join(ODOO_DIR, "odoo-bin")
FILESTORE = os.path.join(CJI_HOME, "filestore", "filestore")
DB_HOST = os.environ.get("CJI_DB_HOST", "127.0.0.1")
DB_PORT = int(os.environ.get("CJI_DB_PORT", "5432"))
DB_USER = os.environ.get("CJI_DB_USER", "cji_odoo")
# CJI_BENCH_DB_PREFIX: another prefix (must start with cji_bench_) when several benches share one server
DB_PREFIX = os.environ.get("CJI_BENCH_DB_PREFIX", "cji_bench_")
if not DB_PREFIX.startswith("cji_bench_"):
    raise SystemExit("CJI_BENCH_DB_PREFIX must start with cji_bench_")
TEMPLATE = DB_PREFIX + "tpl"
ADMIN_LOGIN = ADMIN_PASSWORD = "admin"

ENCODING = "cp1250"
DELIMITER = ";"
MAIN_FILES = ("clients", "contacts", "opportunities", "activities")
USERS = (("U1", "Ana Novak", "ana.novak@example.si"),
         ("U2", "Marko Kranjc", "marko.kranjc@example.si"),
         ("U3", "Petra Zupan", "petra.zupan@example.si"))
STAGES = (("Sales", "New", 1, 10), ("Sales", "Qualified", 2, 30), ("Sales", "Offer sent", 3, 50),
          ("Sales", "Negotiation", 4, 70), ("Sales", "Won", 5, 100))
BASE_IMPORT_BATCH = 2000  # the web client's default "batch limit"
XMLRPC_BATCH = 500
# the methods measured beside the addon, in the order they run and are printed: name -> (letter, row label)
OTHER_METHODS = {
    "base_import": ("b", "(b) base_import execute_import, %d-row batches" % BASE_IMPORT_BATCH),
    "xmlrpc": ("c", "(c) XML-RPC create, batches of %d" % XMLRPC_BATCH),
    "copy": ("d", "(d) PostgreSQL COPY (physical limit)"),
    "orm": ("e", "(e) (c)'s creates in-process, addon's paths"),
}
# the same context an honest batch client (and the addon) uses: no tracking, no auto-subscription
QUIET_CONTEXT = {"tracking_disable": True, "mail_create_nolog": True, "mail_create_nosubscribe": True,
                 "mail_notrack": True, "lang": "en_US"}


# ====================================================================== small helpers
def proc_status(pid="self"):
    """{'VmRSS': MB, 'VmHWM': MB} of a process (Linux /proc)."""
    result = {}
    try:
        with open("/proc/%s/status" % pid) as handle:
            for line in handle:
                key, _sep, value = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    result[key] = int(value.split()[0]) / 1024.0
    except OSError:
        pass
    return result


def cpu_seconds(pid):
    """User + system CPU seconds a live process has used so far (Linux /proc), None when it is gone."""
    try:
        with open("/proc/%s/stat" % pid) as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def child_pids(pid):
    """Pids of the direct children of ``pid`` (the prefork workers of an Odoo server)."""
    children = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open("/proc/%s/stat" % entry) as handle:
                    if int(handle.read().rsplit(")", 1)[1].split()[1]) == pid:
                        children.append(int(entry))
            except (OSError, ValueError, IndexError):
                continue
    return children


class CpuMeter:
    """CPU seconds the Odoo server (with its workers) and the PostgreSQL backends of one database use
    while a run goes on, from samples of their cumulative counters: what the work costs in CPU whatever
    else the machine runs, hence the fastest any number of workers could do it on this machine's cores."""

    def __init__(self, server_pid, db):
        self.server_pid, self.db = server_pid, db
        self.seen = {"odoo": {}, "postgres": {}}  # kind -> pid -> (first, last) cumulative seconds
        self.started = False

    def sample(self):
        pids = {"odoo": [self.server_pid] + child_pids(self.server_pid),
                "postgres": [row[0] for row in db_rows(
                    "postgres", "SELECT pid FROM pg_stat_activity WHERE datname = %s", [self.db])]}
        for kind, kind_pids in pids.items():
            for pid in kind_pids:
                seconds = cpu_seconds(pid)
                if seconds is not None:
                    first, _last = self.seen[kind].get(pid, (seconds, seconds))
                    self.seen[kind][pid] = (first, seconds)

    def used(self, kind):
        return sum(last - first for first, last in self.seen[kind].values())


def tree_peaks(pid, peaks):
    """Update ``peaks`` ({pid: VmHWM MB}) with process ``pid`` and its descendants (a prefork server: the
    master, its HTTP workers, the job runner and the gevent process)."""
    status = proc_status(pid)
    if "VmHWM" in status:
        peaks[pid] = max(peaks.get(pid, 0.0), status["VmHWM"])
    try:
        with open("/proc/%s/task/%s/children" % (pid, pid)) as handle:
            children = handle.read().split()
    except OSError:
        children = []
    for child in children:
        tree_peaks(int(child), peaks)
    return peaks


def self_peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def pg_connect(dbname="postgres"):
    import psycopg2

    conn = psycopg2.connect(host=DB_HOST, port=DB_PORT, user=DB_USER, dbname=dbname)
    return conn


def db_rows(dbname, query, params=()):
    """The rows of one query on ``dbname`` (a connection of its own, closed at once)."""
    conn = pg_connect(dbname)
    try:
        with conn.cursor() as cr:
            cr.execute(query, params)
            return cr.fetchall()
    finally:
        conn.close()


def admin_sql(statement):
    conn = pg_connect()
    conn.autocommit = True
    try:
        with conn.cursor() as cr:
            cr.execute(statement)
    finally:
        conn.close()


def db_exists(name):
    conn = pg_connect()
    try:
        with conn.cursor() as cr:
            cr.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
            return bool(cr.fetchone())
    finally:
        conn.close()


def drop_db(name):
    assert name.startswith(DB_PREFIX), name
    admin_sql('DROP DATABASE IF EXISTS "%s" WITH (FORCE)' % name)
    shutil.rmtree(os.path.join(FILESTORE, name), ignore_errors=True)


def copy_db(name):
    assert name.startswith(DB_PREFIX), name
    drop_db(name)
    admin_sql('CREATE DATABASE "%s" TEMPLATE "%s"' % (name, TEMPLATE))
    source = os.path.join(FILESTORE, TEMPLATE)
    if os.path.isdir(source):
        shutil.copytree(source, os.path.join(FILESTORE, name))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def read_csv(path):
    with open(path, encoding=ENCODING, newline="") as handle:
        reader = csv.reader(handle, delimiter=DELIMITER)
        headers = next(reader)
        return [dict(zip(headers, row)) for row in reader]


def write_csv(path_or_buffer, headers, rows):
    text = io.StringIO()
    writer = csv.writer(text, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    data = text.getvalue().encode(ENCODING)
    if isinstance(path_or_buffer, str):
        with open(path_or_buffer, "wb") as handle:
            handle.write(data)
    return data


def parse_amount(text):
    """'12.500,00' -> 12500.0 (Intrix: thousand dots, decimal comma)."""
    return float(text.replace(".", "").replace(",", ".")) if text else 0.0


def parse_date(text):
    return datetime.datetime.strptime(text, "%d.%m.%Y").date() if text else None


def parse_datetime(text):
    return datetime.datetime.strptime(text, "%d.%m.%Y %H:%M") if text else None


# ====================================================================== data generation
PREFIXES = ("Čebelarstvo", "Mizarstvo", "Gradbeništvo", "Avtoprevozništvo", "Kovinarstvo", "Elektro",
            "Pekarna", "Vinarstvo", "Računalništvo", "Tiskarna", "Zidarstvo", "Vrtnarstvo")
SURNAMES = ("Žužek", "Novak", "Horvat", "Kovačič", "Krajnc", "Zupančič", "Potočnik", "Müller", "Schäfer",
            "Kos", "Vidmar", "Golob", "Turk", "Kralj", "Božič", "Mlakar")
FIRST_NAMES = ("Špela", "Hans", "Ana", "Marko", "Jože", "Mojca", "Petra", "Lukas", "Tina", "Matjaž",
               "Nataša", "Gregor", "Urška", "Boštjan", "Jürgen", "Maja")
SUFFIXES = ("d.o.o.", "s.p.", "d.d.", "GmbH")
INDUSTRIES = ("Agriculture", "Manufacturing", "Construction", "IT/Communication", "Wholesale/Retail",
              "Food/Hospitality", "Transportation/Logistics")
PLACES = (("Slovenia", "SI", "Ljubljana", "1000", "+386 1"), ("Slovenia", "SI", "Maribor", "2000", "+386 2"),
          ("Germany", "DE", "München", "80331", "+49 89"), ("Austria", "AT", "Graz", "8010", "+43 316"),
          ("Croatia", "HR", "Zagreb", "10000", "+385 1"), ("Italy", "IT", "Trieste", "34100", "+39 040"))
STREETS = ("Tržaška cesta", "Celovška cesta", "Šmartinska cesta", "Hauptstraße", "Dunajska cesta", "Ilica")
PRODUCTS = ("Line automation", "Robot arms", "Packaging unit", "ERP licences", "Solar roof", "Fleet service",
            "Cold storage", "Web shop", "Honey extractor", "Forklift lease")
JOBS = ("CEO", "Buyer", "Head of purchasing", "CFO", "Sales manager", "Technician", "Office manager")
ASCII = str.maketrans("čšžćđüöäßČŠŽĆĐÜÖÄ", "cszcduoasCSZCDUOA")


def split_counts(n):
    clients = max(1, round(n * 0.2))
    contacts = max(1, round(n * 0.3))
    opportunities = max(1, round(n * 0.2))
    activities = max(1, n - clients - contacts - opportunities)
    return {"clients": clients, "contacts": contacts, "opportunities": opportunities, "activities": activities}


def fmt_amount(value):
    text = "{:,.2f}".format(value)  # 12,500.00
    return text.replace(",", "X").replace(".", ",").replace("X", ".")  # 12.500,00


def generate(directory, n, currency, seed=42):
    """Write the Intrix-style exports of ``n`` records into ``directory``; return the row counts."""
    rnd = random.Random(seed)
    counts = split_counts(n)
    os.makedirs(directory, exist_ok=True)
    emails = [u[2] for u in USERS]
    base_day = datetime.date(2019, 1, 1)

    write_csv(os.path.join(directory, "users.csv"), ["User ID", "Name", "E-mail", "Active"],
              [[ref, name, email, "Yes"] for ref, name, email in USERS])
    write_csv(os.path.join(directory, "pipeline_stages.csv"), ["Pipeline", "Stage", "Order", "Probability (%)"],
              [[p, s, o, pr] for p, s, o, pr in STAGES])

    rows = []
    for i in range(1, counts["clients"] + 1):
        country, code, city, zip_code, prefix = PLACES[i % len(PLACES)]
        name = "%s %s %d %s" % (PREFIXES[i % len(PREFIXES)], SURNAMES[(i // 7) % len(SURNAMES)], i,
                                SUFFIXES[i % len(SUFFIXES)])
        rows.append(["C%d" % i, name, INDUSTRIES[i % len(INDUSTRIES)],
                     "%s %03d %04d" % (prefix, i % 1000, (i * 7) % 10000), "info@firma%d.example" % i,
                     "%s %d" % (STREETS[i % len(STREETS)], 1 + i % 120), city, zip_code, country,
                     "%s%08d" % (code, 10000000 + i), emails[i % len(emails)],
                     (base_day + datetime.timedelta(days=i % 1800)).strftime("%d.%m.%Y")])
    write_csv(os.path.join(directory, "clients.csv"),
              ["Client ID", "Client name", "Industry", "Phone", "E-mail", "Address", "City", "Postal code",
               "Country", "VAT", "Owner e-mail", "Created"], rows)

    contacts_of = {}
    rows = []
    for i in range(1, counts["contacts"] + 1):
        client = rnd.randint(1, counts["clients"])
        contacts_of.setdefault(client, []).append(i)
        first, last = FIRST_NAMES[i % len(FIRST_NAMES)], SURNAMES[(i * 3) % len(SURNAMES)]
        salutation = "Mrs." if first in ("Špela", "Ana", "Mojca", "Petra", "Tina", "Nataša", "Urška", "Maja") else "Mr."
        rows.append(["P%d" % i, "C%d" % client, salutation, first, last,
                     "+386 41 %03d %03d" % (i % 1000, (i * 13) % 1000),
                     ("%s.%s.%d@firma%d.example" % (first, last, i, client)).lower().translate(ASCII),
                     JOBS[i % len(JOBS)]])
    write_csv(os.path.join(directory, "contacts.csv"),
              ["Contact ID", "Client ID", "Salutation", "First name", "Last name", "Phone", "E-mail", "Job title"],
              rows)

    rows = []
    for i in range(1, counts["opportunities"] + 1):
        client = rnd.randint(1, counts["clients"])
        contact = rnd.choice(contacts_of[client]) if client in contacts_of and rnd.random() < 0.7 else None
        stage = STAGES[rnd.randint(0, len(STAGES) - 1)]
        rows.append(["O%d" % i, "%s %d" % (PRODUCTS[i % len(PRODUCTS)], i), "C%d" % client,
                     "P%d" % contact if contact else "", stage[0], stage[1],
                     fmt_amount(rnd.randint(500, 250000) + rnd.randint(0, 99) / 100.0), currency,
                     (datetime.date(2026, 1, 1) + datetime.timedelta(days=i % 700)).strftime("%d.%m.%Y"),
                     emails[i % len(emails)], "Offer for %s, %d units" % (PRODUCTS[i % len(PRODUCTS)].lower(), 1 + i % 40)])
    write_csv(os.path.join(directory, "opportunities.csv"),
              ["Opportunity ID", "Name", "Client ID", "Contact ID", "Pipeline", "Stage", "Value", "Currency",
               "Expected close", "Owner e-mail", "Description"], rows)

    rows = []
    for i in range(1, counts["activities"] + 1):
        opp = rnd.randint(1, counts["opportunities"])
        call = i % 2 == 0
        when = datetime.datetime(2023, 1, 2, 8, 0) + datetime.timedelta(minutes=37 * i)
        rows.append(["A%d" % i, "Call" if call else "Note", ("Call %d" if call else "Note %d") % i,
                     "Discussed volumes and delivery, follow-up č%d" % i, "Opportunity", "O%d" % opp,
                     emails[i % len(emails)], when.strftime("%d.%m.%Y %H:%M"), str(5 + i % 55) if call else ""])
    write_csv(os.path.join(directory, "activities.csv"),
              ["Activity ID", "Type", "Subject", "Description", "Related to", "Related ID", "Owner e-mail", "Date",
               "Duration (min)"], rows)
    return counts


# ====================================================================== workers (run in subprocesses)
def odoo_registry(conf, db):
    import odoo  # noqa: F401
    from odoo.modules.registry import Registry
    from odoo.tools import config

    config.parse_config(["-c", conf, "-d", db])
    return Registry(db)


def odoo_env(cr, uid, context=None):
    from odoo.api import Environment

    return Environment(cr, uid, dict({"lang": "en_US"}, **(context or {})))


class Profiler:
    def __init__(self, path):
        self.path = path
        self.profile = None

    def __enter__(self):
        if self.path:
            import cProfile

            self.profile = cProfile.Profile()
            self.profile.enable()
        return self

    def __exit__(self, *exc):
        if self.profile:
            self.profile.disable()
            self.profile.dump_stats(self.path)
        return False


def admin_uid(registry):
    with registry.cursor() as cr:
        return odoo_env(cr, 1).ref("base.user_admin").id


def worker_setup(args):
    """On the template: the sales users the data references; report the company currency."""
    registry = odoo_registry(args.conf, args.db)
    with registry.cursor() as cr:
        env = odoo_env(cr, 1)
        Users = env["res.users"].with_context(no_reset_password=True, active_test=False)
        for _ref, name, login in USERS:
            if not Users.search([("login", "=", login)]):
                Users.create({"name": name, "login": login, "email": login})
        currency = env.ref("base.main_company").currency_id.name
        cr.commit()
    return {"currency": currency}


def _main_counts(env, run):
    counts = {}
    for phase in run.phase_ids:
        counts[phase.object_name] = {"source": phase.source_rows, "imported": phase.imported,
                                     "skipped": phase.skipped, "errored": phase.errored}
    return counts


def worker_module(args):
    """One phase of the addon's run (stage / confirm / import / rollback) in its own process + transaction."""
    registry = odoo_registry(args.conf, args.db)
    uid = admin_uid(registry)
    base = proc_status()
    result = {"phase": args.phase}
    profile_path = os.path.join(args.profile, "module_%s.prof" % args.phase) if args.profile else None
    with Profiler(profile_path), registry.cursor() as cr:
        # CPU seconds of this process and of its PostgreSQL backend: what the work costs whatever else the
        # machine runs (wall seconds on a shared machine are not comparable between runs; these mostly are)
        cr.execute("SELECT pg_backend_pid()")
        backend = cr.fetchone()[0]
        backend_cpu, own_cpu = cpu_seconds(backend), time.process_time()
        started = time.perf_counter()
        env = odoo_env(cr, uid)
        Run = env["clientjoy.intrix.run"]
        if args.phase == "upload":
            # what the upload wizard does with the files the browser posted (they are in memory then)
            files = []
            for name in sorted(os.listdir(args.data)):
                with open(os.path.join(args.data, name), "rb") as handle:
                    files.append((name, handle.read()))
            run = Run.create({"source": "intrix"})
            run._add_files(files)
            del files
        else:
            run = Run.search([], order="id desc", limit=1)
            if args.phase == "stage":
                run.action_stage()
            elif args.phase == "confirm":
                run.action_confirm_map()
            elif args.phase == "import":
                # the verification (every imported record read back) is part of the import: timed apart
                verify = type(run)._verify_import

                def timed_verify(records):
                    began, began_cpu, began_db = time.perf_counter(), time.process_time(), cpu_seconds(backend)
                    try:
                        return verify(records)
                    finally:
                        result["verify_seconds"] = result.get("verify_seconds", 0.0) + time.perf_counter() - began
                        result["verify_cpu_seconds"] = (result.get("verify_cpu_seconds", 0.0)
                                                        + time.process_time() - began_cpu)
                        result["verify_db_cpu_seconds"] = (result.get("verify_db_cpu_seconds", 0.0)
                                                           + (cpu_seconds(backend) or 0.0) - (began_db or 0.0))

                type(run)._verify_import = timed_verify
                try:
                    run.action_import()
                finally:
                    type(run)._verify_import = verify
            elif args.phase == "enqueue":
                # *Background jobs* ticked, *Import* pressed: the first job is queued, nothing runs yet
                run.write({"use_jobs": True, "chunk_size": int(args.chunk or 500)})
                run.action_import()
            elif args.phase == "rollback":
                result["ledger_entries"] = env["clientjoy.intrix.ledger"].search_count([("run_id", "=", run.id)])
                run.action_rollback()
        env.flush_all()
        cr.commit()
        elapsed = time.perf_counter() - started
        result["cpu_seconds"] = time.process_time() - own_cpu
        result["db_cpu_seconds"] = (cpu_seconds(backend) or 0.0) - (backend_cpu or 0.0)
        # the peak of the work itself: the checks below must not load the run into memory either, but
        # they are not part of what is measured
        peak_mb = self_peak_mb()
        env.invalidate_all()
        Staging = env["clientjoy.intrix.staging"]
        states = Staging._state_counts([("run_id", "=", run.id)])
        result.update(seconds=elapsed, state=run.state, error_message=run.error_message or "",
                      staged=sum(states.values()), counts=_main_counts(env, run),
                      unmatched_owners=run.owner_ids.filtered(lambda o: o.state == "unmatched").mapped("email"))
        result["staging_states"] = states
        # what a run keeps in the database: the staging table (with its indexes and TOAST) and the ledger
        cr.execute("SELECT pg_total_relation_size('clientjoy_intrix_staging'), "
                   "pg_total_relation_size('clientjoy_intrix_ledger'), pg_database_size(current_database())")
        result["staging_mb"], result["ledger_mb"], result["database_mb"] = (v / 2 ** 20 for v in cr.fetchone())
        messages = Staging.search([("run_id", "=", run.id), ("state", "in", ("error", "warning")),
                                   ("message", "!=", False)], limit=5)
        result["sample_messages"] = ["%s %s: %s" % (s.object_name, s.external_id, s.message[:200]) for s in messages]
        result["records"] = sum(c["imported"] for k, c in result["counts"].items() if k in MAIN_FILES)
    result.update(base_rss_mb=base.get("VmHWM", 0.0), peak_rss_mb=peak_mb)
    return result


# ---------------------------------------------------------------------- (b) base_import
BASE_IMPORT_OPTIONS = {
    "quoting": '"', "separator": DELIMITER, "encoding": ENCODING, "has_headers": True,
    "date_format": "%d.%m.%Y", "datetime_format": "%d.%m.%Y %H:%M", "float_thousand_separator": ".",
    "float_decimal_separator": ",", "advanced": True, "keep_matches": False, "sheet": "", "sheets": [],
    "import_set_empty_fields": [], "import_skip_records": [], "fallback_values": {},
    "name_create_enabled_fields": {},
}


def stage_xmlid(name):
    return "STG_" + "".join(c if c.isalnum() else "_" for c in name.lower())


def base_import_files(data):
    """The Intrix exports rewritten as Odoo import files (what an admin prepares in a spreadsheet):
    [(model, file name, bytes, row count)]; the activities need the lead ids, see activities_file()."""
    files = []
    rows = read_csv(os.path.join(data, "pipeline_stages.csv"))
    files.append(("crm.stage", "stages.csv", write_csv(None, ["id", "name", "sequence", "team_ids"], [
        [stage_xmlid(r["Stage"]), r["Stage"], r["Order"], r["Pipeline"]] for r in rows]), len(rows)))
    rows = read_csv(os.path.join(data, "clients.csv"))
    files.append(("res.partner", "clients.csv", write_csv(None, [
        "id", "name", "is_company", "industry_id", "phone", "email", "street", "city", "zip", "country_id", "vat",
        "user_id"], [
        [r["Client ID"], r["Client name"], "1", r["Industry"], r["Phone"], r["E-mail"], r["Address"], r["City"],
         r["Postal code"], r["Country"], r["VAT"], r["Owner e-mail"]] for r in rows]), len(rows)))
    rows = read_csv(os.path.join(data, "contacts.csv"))
    files.append(("res.partner", "contacts.csv", write_csv(None, [
        "id", "parent_id/id", "name", "phone", "email", "function"], [
        [r["Contact ID"], r["Client ID"], "%s %s" % (r["First name"], r["Last name"]), r["Phone"], r["E-mail"],
         r["Job title"]] for r in rows]), len(rows)))
    rows = read_csv(os.path.join(data, "opportunities.csv"))
    files.append(("crm.lead", "opportunities.csv", write_csv(None, [
        "id", "name", "type", "partner_id/id", "team_id", "stage_id/id", "expected_revenue", "date_deadline",
        "user_id", "description"], [
        [r["Opportunity ID"], r["Name"], "opportunity", r["Contact ID"] or r["Client ID"], r["Pipeline"],
         stage_xmlid(r["Stage"]), r["Value"], r["Expected close"], r["Owner e-mail"], r["Description"]]
        for r in rows]), len(rows)))
    return files


def activities_file(env, data):
    """activities.csv as a mail.message import file: res_id is a database id, so the lead ids are looked
    up (by their import external ids) once the leads are in; timed as part of the method."""
    rows = read_csv(os.path.join(data, "activities.csv"))
    env.cr.execute("SELECT name, res_id FROM ir_model_data WHERE module = '__import__' AND model = 'crm.lead'")
    lead_ids = dict(env.cr.fetchall())
    body = []
    for r in rows:
        text = r["Description"] + (" (call, %s min)" % r["Duration (min)"] if r["Type"] == "Call" else "")
        body.append(["crm.lead", str(lead_ids.get(r["Related ID"], "")), "comment", "mail.mt_note", r["Subject"],
                     text, r["Date"], r["Owner e-mail"]])
    return ("mail.message", "activities.csv", write_csv(None, [
        "model", "res_id", "message_type", "subtype_id/id", "subject", "body", "date", "author_id"], body), len(rows))


def worker_base_import(args):
    registry = odoo_registry(args.conf, args.db)
    uid = admin_uid(registry)
    prep_started = time.perf_counter()
    files = base_import_files(args.data)
    prep_seconds = time.perf_counter() - prep_started
    base = proc_status()
    result = {"prep_seconds": prep_seconds, "imported": {}, "errors": [], "batches": 0}
    started = time.perf_counter()
    pending = list(files) + [None]  # None: the activities file, built once the leads exist
    while pending:
        item = pending.pop(0)
        if item is None:
            with registry.cursor() as cr:
                item = activities_file(odoo_env(cr, uid), args.data)
        model, name, content, _count = item
        with registry.cursor() as cr:
            env = odoo_env(cr, uid)
            importer = env["base_import.import"].create({
                "res_model": model, "file": content, "file_name": name, "file_type": "text/csv"})
            header = next(csv.reader(io.StringIO(content.decode(ENCODING)), delimiter=DELIMITER))
            importer_id = importer.id
        skip = 0
        while True:
            # one web-client batch = one RPC = one transaction with a fresh environment
            with registry.cursor() as cr:
                env = odoo_env(cr, uid, {"tracking_disable": True})
                options = dict(BASE_IMPORT_OPTIONS, skip=skip, limit=BASE_IMPORT_BATCH)
                res = env["base_import.import"].browse(importer_id).execute_import(header, header, options)
                messages = [m for m in res.get("messages", []) if m.get("type") == "error"]
                if messages:
                    cr.rollback()
                    result["errors"].extend("%s: %s" % (name, m.get("message")) for m in messages[:5])
                    break
                result["imported"][name] = result["imported"].get(name, 0) + len(res.get("ids") or [])
                result["batches"] += 1
                cr.commit()
            skip = res.get("nextrow") or 0
            if not skip:
                break
    result["seconds"] = time.perf_counter() - started
    result["records"] = sum(v for k, v in result["imported"].items() if k != "stages.csv")
    result.update(base_rss_mb=base.get("VmHWM", 0.0), peak_rss_mb=self_peak_mb())
    return result


# ---------------------------------------------------------------------- (c) XML-RPC
def start_server(conf, db, log_path):
    port = free_port()
    cmd = [sys.executable, ODOO_BIN, "-c", conf, "-d", db, "--db-filter", "^%s$" % db,
           "--http-interface", "127.0.0.1", "--http-port", str(port), "--gevent-port", str(free_port()),
           "--workers", "0", "--max-cron-threads", "0", "--log-level", "warn", "--logfile", log_path]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    import xmlrpc.client

    common = xmlrpc.client.ServerProxy("http://127.0.0.1:%d/xmlrpc/2/common" % port)
    deadline = time.time() + 180
    while True:
        if proc.poll() is not None:
            raise RuntimeError("odoo-bin exited with %s, see %s" % (proc.returncode, log_path))
        try:
            common.version()
            break
        except (OSError, xmlrpc.client.Error):
            if time.time() > deadline:
                proc.kill()
                raise RuntimeError("odoo-bin did not answer on port %d within 180 s" % port)
            time.sleep(0.5)
    return proc, port


def stop_server(proc):
    proc.terminate()
    try:
        proc.wait(60)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def client_creates(call, data, ctx, result):
    """What a batch client does with the exports: look up reference data once, then ``create`` in
    batches of XMLRPC_BATCH, mapping Intrix ids to the returned ids in memory (no external ids).

    ``call(model, method, *params, **kw)`` is the transport: XML-RPC for (c), the ORM in the same
    process for (e); both run exactly these calls with the same values. Sets ``result["created"]``
    (records per model) and ``result["records"]`` (the source records, stages left out).
    """
    result["created"] = {}
    industries = {r["name"]: r["id"] for r in call("res.partner.industry", "search_read", [], fields=["name"])}
    countries = {r["name"]: r["id"] for r in call("res.country", "search_read", [], fields=["name"],
                                                  context={"lang": "en_US"})}
    users = {r["login"]: (r["id"], r["partner_id"][0]) for r in call(
        "res.users", "search_read", [("login", "in", [u[2] for u in USERS])], fields=["login", "partner_id"])}
    teams = {r["name"].lower(): r["id"] for r in call("crm.team", "search_read", [], fields=["name"])}
    note = call("ir.model.data", "search_read", [("module", "=", "mail"), ("name", "=", "mt_note")],
                fields=["res_id"])[0]["res_id"]

    def create(model, refs, vals_list):
        ids = {}
        for start in range(0, len(vals_list), XMLRPC_BATCH):
            new = call(model, "create", vals_list[start:start + XMLRPC_BATCH], context=ctx)
            ids.update(zip(refs[start:start + XMLRPC_BATCH], new))
        result["created"][model] = result["created"].get(model, 0) + len(ids)
        return ids

    rows = read_csv(os.path.join(data, "pipeline_stages.csv"))
    stage_ids = create("crm.stage", [(r["Pipeline"].lower(), r["Stage"].lower()) for r in rows], [
        {"name": r["Stage"], "sequence": int(r["Order"]), "is_won": r["Stage"] == "Won",
         "team_ids": [(6, 0, [teams[r["Pipeline"].lower()]])]} for r in rows])
    rows = read_csv(os.path.join(data, "clients.csv"))
    companies = create("res.partner", [r["Client ID"] for r in rows], [{
        "name": r["Client name"], "is_company": True, "industry_id": industries.get(r["Industry"], False),
        "phone": r["Phone"], "email": r["E-mail"], "street": r["Address"], "city": r["City"],
        "zip": r["Postal code"], "country_id": countries.get(r["Country"], False), "vat": r["VAT"],
        "user_id": users.get(r["Owner e-mail"], (False,))[0]} for r in rows])
    rows = read_csv(os.path.join(data, "contacts.csv"))
    persons = create("res.partner", [r["Contact ID"] for r in rows], [{
        "name": "%s %s" % (r["First name"], r["Last name"]), "parent_id": companies.get(r["Client ID"], False),
        "phone": r["Phone"], "email": r["E-mail"], "function": r["Job title"]} for r in rows])
    rows = read_csv(os.path.join(data, "opportunities.csv"))
    leads = create("crm.lead", [r["Opportunity ID"] for r in rows], [{
        "name": r["Name"], "type": "opportunity",
        "partner_id": persons.get(r["Contact ID"]) or companies.get(r["Client ID"], False),
        "team_id": teams.get(r["Pipeline"].lower(), False),
        "stage_id": stage_ids.get((r["Pipeline"].lower(), r["Stage"].lower()), False),
        "expected_revenue": parse_amount(r["Value"]),
        "date_deadline": parse_date(r["Expected close"]).isoformat() if r["Expected close"] else False,
        "user_id": users.get(r["Owner e-mail"], (False,))[0], "description": r["Description"]} for r in rows])
    rows = read_csv(os.path.join(data, "activities.csv"))
    create("mail.message", [r["Activity ID"] for r in rows], [{
        "model": "crm.lead", "res_id": leads[r["Related ID"]], "message_type": "comment", "subtype_id": note,
        "subject": r["Subject"],
        "body": r["Description"] + (" (call, %s min)" % r["Duration (min)"] if r["Type"] == "Call" else ""),
        "date": parse_datetime(r["Date"]).strftime("%Y-%m-%d %H:%M:%S"),
        "author_id": users.get(r["Owner e-mail"], (None, False))[1]} for r in rows])
    result["records"] = sum(v for k, v in result["created"].items() if k != "crm.stage")


def worker_xmlrpc(args):
    import xmlrpc.client

    proc, port = start_server(args.conf, args.db, os.path.join(args.tmp, "xmlrpc_server.log"))
    result = {"port": port}
    try:
        url = "http://127.0.0.1:%d/xmlrpc/2/" % port
        uid = xmlrpc.client.ServerProxy(url + "common").authenticate(args.db, ADMIN_LOGIN, ADMIN_PASSWORD, {})
        if not uid:
            raise RuntimeError("admin/admin cannot log in to %s" % args.db)
        models = xmlrpc.client.ServerProxy(url + "object", allow_none=True)

        def call(model, method, *params, **kw):
            return models.execute_kw(args.db, uid, ADMIN_PASSWORD, model, method, list(params), kw)

        call("res.partner", "search_count", [])  # warm-up: the registry is loaded, the session is open
        base = proc_status(proc.pid)
        started = time.perf_counter()
        client_creates(call, args.data, dict(QUIET_CONTEXT), result)
        result["seconds"] = time.perf_counter() - started
        server = proc_status(proc.pid)
        result.update(base_rss_mb=base.get("VmHWM", 0.0),
                      peak_rss_mb=server.get("VmHWM", 0.0), client_peak_rss_mb=self_peak_mb())
    finally:
        stop_server(proc)
    return result


# ---------------------------------------------------------------------- (e) the same creates in-process
def worker_orm(args):
    """(c)'s calls without the transport: the ORM in this process, with the addon's own create paths
    (its bulk partner create, its per-batch reply-to of messages) and its import context, one
    transaction, cache dropped after every batch as the addon does. No staging, no ledger, no
    external ids: the time every ORM-based importer of these rows spends in Odoo's ``create`` at least."""
    import types

    registry = odoo_registry(args.conf, args.db)  # sets up the addons path the imports below need
    from odoo.addons.clientjoy_intrix_import.importers.activity import ActivityImporter
    from odoo.addons.clientjoy_intrix_import.importers.base import IMPORT_CONTEXT
    from odoo.addons.clientjoy_intrix_import.importers.partner import create_partners

    uid = admin_uid(registry)
    base = proc_status()
    result = {}
    with registry.cursor() as cr:
        env = odoo_env(cr, uid)

        def call(model, method, *params, **kw):
            Model = env[model].with_context(**(kw.pop("context", None) or {}))
            if method != "create":
                return getattr(Model, method)(*params, **kw)
            vals_list = params[0]
            if model == "res.partner":
                records = create_partners(Model, vals_list)
            else:
                if model == "mail.message":
                    ActivityImporter()._fill_reply_to(types.SimpleNamespace(env=Model.env), vals_list)
                records = Model.create(vals_list)
            ids = records.ids
            env.invalidate_all(flush=True)
            return ids

        started = time.perf_counter()
        client_creates(call, args.data, dict(IMPORT_CONTEXT, lang="en_US"), result)
        env.flush_all()
        cr.commit()
        result["seconds"] = time.perf_counter() - started
    result.update(base_rss_mb=base.get("VmHWM", 0.0), peak_rss_mb=self_peak_mb())
    return result


# ---------------------------------------------------------------------- (d) COPY
def copy_text(rows):
    """PostgreSQL COPY text format."""
    def cell(value):
        if value is None:
            return "\\N"
        if isinstance(value, bool):
            return "t" if value else "f"
        text = str(value)
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")

    return io.StringIO("".join("\t".join(cell(v) for v in row) + "\n" for row in rows))


def worker_copy(args):
    conn = pg_connect(args.db)
    base = proc_status()
    result = {"copied": {}}
    started = time.perf_counter()
    now = datetime.datetime.utcnow().replace(microsecond=0)
    with conn, conn.cursor() as cr:
        cr.execute("SELECT id FROM res_users WHERE login = %s", (ADMIN_LOGIN,))
        uid = cr.fetchone()[0]
        cr.execute("SELECT name->>'en_US', id FROM res_partner_industry")
        industries = dict(cr.fetchall())
        cr.execute("SELECT name->>'en_US', id FROM res_country")
        countries = dict(cr.fetchall())
        cr.execute("SELECT login, id, partner_id FROM res_users WHERE login = ANY(%s)", ([u[2] for u in USERS],))
        users = {login: (uid_, pid) for login, uid_, pid in cr.fetchall()}
        cr.execute("SELECT lower(name->>'en_US'), id FROM crm_team")
        teams = dict(cr.fetchall())
        cr.execute("SELECT id FROM res_company ORDER BY id LIMIT 1")
        company = cr.fetchone()[0]
        cr.execute("SELECT res_id FROM ir_model_data WHERE module = 'mail' AND name = 'mt_note'")
        note = cr.fetchone()[0]

        def reserve(sequence, count):
            cr.execute("SELECT nextval(%s)", (sequence,))
            first = cr.fetchone()[0]
            cr.execute("SELECT setval(%s, %s)", (sequence, first + count))
            return first

        stage_ids = {}
        for pipeline, stage, order, _probability in STAGES:
            cr.execute("INSERT INTO crm_stage (name, sequence, is_won, fold, create_uid, write_uid, create_date, "
                       "write_date) VALUES (%s, %s, %s, false, %s, %s, %s, %s) RETURNING id",
                       (json.dumps({"en_US": stage}), order, stage == "Won", uid, uid, now, now))
            stage_ids[(pipeline.lower(), stage.lower())] = cr.fetchone()[0]
            cr.execute("INSERT INTO crm_stage_crm_team_rel (crm_stage_id, crm_team_id) VALUES (%s, %s)",
                       (stage_ids[(pipeline.lower(), stage.lower())], teams[pipeline.lower()]))

        partner_cols = ("id", "name", "complete_name", "is_company", "active", "type", "lang", "autopost_bills",
                        "industry_id", "phone", "email", "street", "city", "zip", "country_id", "vat", "user_id",
                        "parent_id", "commercial_partner_id", "function", "create_uid", "write_uid", "create_date",
                        "write_date")
        rows = read_csv(os.path.join(args.data, "clients.csv"))
        first = reserve("res_partner_id_seq", len(rows))
        companies, records = {}, []
        for offset, r in enumerate(rows):
            pid = first + offset
            companies[r["Client ID"]] = pid
            records.append((pid, r["Client name"], r["Client name"], True, True, "contact", "en_US", "ask",
                            industries.get(r["Industry"]), r["Phone"], r["E-mail"], r["Address"], r["City"],
                            r["Postal code"], countries.get(r["Country"]), r["VAT"],
                            users.get(r["Owner e-mail"], (None,))[0], None, pid, None, uid, uid, now, now))
        cr.copy_from(copy_text(records), "res_partner", columns=partner_cols)
        result["copied"]["res_partner (companies)"] = len(records)
        rows = read_csv(os.path.join(args.data, "contacts.csv"))
        first = reserve("res_partner_id_seq", len(rows))
        persons, records = {}, []
        for offset, r in enumerate(rows):
            pid = first + offset
            persons[r["Contact ID"]] = pid
            parent = companies.get(r["Client ID"])
            name = "%s %s" % (r["First name"], r["Last name"])
            records.append((pid, name, name, False, True, "contact", "en_US", "ask", None, r["Phone"], r["E-mail"],
                            None, None, None, None, None, None, parent, parent or pid, r["Job title"], uid, uid,
                            now, now))
        cr.copy_from(copy_text(records), "res_partner", columns=partner_cols)
        result["copied"]["res_partner (persons)"] = len(records)
        rows = read_csv(os.path.join(args.data, "opportunities.csv"))
        first = reserve("crm_lead_id_seq", len(rows))
        leads, records = {}, []
        for offset, r in enumerate(rows):
            lid = first + offset
            leads[r["Opportunity ID"]] = lid
            records.append((lid, r["Name"], "opportunity", True, company,
                            persons.get(r["Contact ID"]) or companies.get(r["Client ID"]),
                            teams.get(r["Pipeline"].lower()), stage_ids.get((r["Pipeline"].lower(), r["Stage"].lower())),
                            users.get(r["Owner e-mail"], (None,))[0], parse_amount(r["Value"]),
                            parse_date(r["Expected close"]), r["Description"], "0", uid, uid, now, now))
        cr.copy_from(copy_text(records), "crm_lead", columns=(
            "id", "name", "type", "active", "company_id", "partner_id", "team_id", "stage_id", "user_id",
            "expected_revenue", "date_deadline", "description", "priority", "create_uid", "write_uid", "create_date",
            "write_date"))
        result["copied"]["crm_lead"] = len(records)
        rows = read_csv(os.path.join(args.data, "activities.csv"))
        records = []
        for r in rows:
            body = r["Description"] + (" (call, %s min)" % r["Duration (min)"] if r["Type"] == "Call" else "")
            records.append(("crm.lead", leads[r["Related ID"]], "comment", note, r["Subject"], "<p>%s</p>" % body,
                            parse_datetime(r["Date"]), users.get(r["Owner e-mail"], (None, None))[1], uid, uid, now, now))
        cr.copy_from(copy_text(records), "mail_message", columns=(
            "model", "res_id", "message_type", "subtype_id", "subject", "body", "date", "author_id", "create_uid",
            "write_uid", "create_date", "write_date"))
        result["copied"]["mail_message"] = len(records)
    conn.close()
    result["seconds"] = time.perf_counter() - started
    result.update(records=sum(result["copied"].values()), base_rss_mb=base.get("VmHWM", 0.0),
                  peak_rss_mb=self_peak_mb())
    return result


WORKERS = {"setup": worker_setup, "module": worker_module, "base_import": worker_base_import,
           "xmlrpc": worker_xmlrpc, "copy": worker_copy, "orm": worker_orm}


def run_worker(args):
    try:
        result = WORKERS[args.worker](args)
        result["ok"] = True
    except Exception:  # noqa: BLE001 - reported to the orchestrator, which prints it
        result = {"ok": False, "error": traceback.format_exc()}
    with open(args.out, "w") as handle:
        json.dump(result, handle, default=str)
    return 0


# ====================================================================== orchestrator
class Bench:
    def __init__(self, opts):
        self.opts = opts
        self.tmp = tempfile.mkdtemp(prefix="cji_bench_")
        self.conf = os.path.join(self.tmp, "odoo.conf")
        self.dbs = []
        self.results = {}

    def log(self, message):
        print("[%s] %s" % (time.strftime("%H:%M:%S"), message), flush=True)

    def shell(self, script):
        cmd = ["bash", "-c", ". %s/scripts/env.sh && %s" % (REPO, script)]
        subprocess.run(cmd, check=True, cwd=REPO)

    def worker(self, name, db, data=None, timeout=None, **extra):
        out = os.path.join(self.tmp, "%s_%s_%s.json" % (name, db, extra.get("phase", "")))
        log_path = out[:-5] + ".log"
        cmd = [sys.executable, os.path.abspath(__file__), "--worker", name, "--db", db, "--conf", self.conf,
               "--out", out, "--tmp", self.tmp]
        if data:
            cmd += ["--data", data]
        for key, value in extra.items():
            if value:
                cmd += ["--%s" % key, str(value)]
        with open(log_path, "w") as log:
            proc = subprocess.run(cmd, stdout=log, stderr=subprocess.STDOUT, timeout=timeout)
        try:
            with open(out) as handle:
                result = json.load(handle)
        except (OSError, ValueError):
            with open(log_path) as handle:
                tail = handle.read()[-3000:]
            result = {"ok": False, "error": "worker exited with %s without a result:\n%s" % (proc.returncode, tail)}
        if not result.get("ok"):
            self.log("FAILED %s on %s:\n%s" % (name, db, result.get("error")))
        return result

    def fresh_copy(self, name):
        db = DB_PREFIX + name
        copy_db(db)
        self.dbs.append(db)
        return db

    def drop(self, db):
        if not self.opts.keep_dbs:
            drop_db(db)

    # ------------------------------------------------------------------ steps
    def template(self):
        self.shell("cji_write_conf %s" % self.conf)
        if self.opts.reuse_template and db_exists(TEMPLATE):
            self.log("reusing template %s" % TEMPLATE)
        else:
            self.log("building template %s (cji_fresh_db: shared template + this addon)" % TEMPLATE)
            self.shell("cji_fresh_db %s %s" % (TEMPLATE, self.conf))
        setup = self.worker("setup", TEMPLATE)
        if not setup.get("ok"):
            raise SystemExit("template set-up failed")
        return setup["currency"]

    def module(self, label, data, profile=None, rollback=True):
        db = self.fresh_copy(label)
        phases = {}
        for phase in ("upload", "stage", "confirm", "import") + (("rollback",) if rollback else ()):
            self.log("  (a) %s: %s" % (label, phase))
            res = self.worker("module", db, data, phase=phase, profile=profile)
            phases[phase] = res
            if not res.get("ok"):
                break
            if phase in ("stage", "confirm") and res.get("error_message"):
                res["ok"] = False
                res["error"] = res["error_message"]
                self.log("FAILED %s %s: %s" % (label, phase, res["error_message"]))
                break
            if phase == "confirm" and res.get("unmatched_owners"):
                self.log("unmatched owners: %s" % res["unmatched_owners"])
            if phase == "import":
                self.log("    state %s, staging states %s" % (res.get("state"), res.get("staging_states")))
                if res.get("state") != "done":
                    res["ok"] = False
                    res["error"] = "run ended %s: %s" % (res.get("state"), res.get("error_message"))
                    self.log("FAILED %s import: %s" % (label, res["error"]))
                    break
        self.drop(db)
        return phases

    def jobs(self, data, workers):
        """The addon's import on the real job runner with ``workers`` HTTP workers (see the docstring)."""
        label = "jobs_w%d" % workers
        db = self.fresh_copy(label)
        result = {"workers": workers}
        try:
            for phase in ("upload", "stage", "confirm", "enqueue"):
                self.log("  (jobs, %d workers) %s" % (workers, phase))
                res = self.worker("module", db, data, phase=phase, chunk=self.opts.chunk)
                if not res.get("ok") or res.get("error_message"):
                    result.update(ok=False, error=res.get("error") or res.get("error_message"))
                    return result
                # what comes before the jobs (upload, stage, confirm, Import pressed): end to end with them
                result["prep_seconds"] = result.get("prep_seconds", 0.0) + (res.get("seconds") or 0.0)
            run_id = db_rows(db, "SELECT id FROM clientjoy_intrix_run ORDER BY id DESC LIMIT 1")[0][0]
            log_path = os.path.join(self.tmp, "%s_server.log" % label)
            port = free_port()
            cmd = [sys.executable, ODOO_BIN, "-c", self.conf, "-d", db, "--db-filter", "^%s$" % db,
                   "--http-interface", "127.0.0.1", "--http-port", str(port), "--gevent-port", str(free_port()),
                   "--workers", str(workers), "--max-cron-threads", "0", "--load", "base,web,queue_job",
                   "--limit-time-real", "1800", "--limit-time-cpu", "1800", "--limit-memory-soft", str(4 << 30),
                   "--limit-memory-hard", str(6 << 30), "--log-level", "warn", "--logfile", log_path]
            env = dict(os.environ, ODOO_QUEUE_JOB_CHANNELS="root:%d,root.crm_import:%d" % (workers, workers),
                       ODOO_QUEUE_JOB_PORT=str(port), ODOO_QUEUE_JOB_HOST="127.0.0.1")
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, env=env)
            meter = CpuMeter(proc.pid, db)
            # the high-water mark of every process of the server, read while it runs (a worker that is
            # recycled takes its own with it) and once more before it stops
            peaks = {}
            try:
                deadline = time.time() + self.opts.jobs_timeout
                state = None
                while time.time() < deadline and proc.poll() is None:
                    tree_peaks(proc.pid, peaks)
                    # counted from the first job on (the clock's start): not the server's start-up
                    meter.started = meter.started or db_rows(
                        db, "SELECT bool_or(date_started IS NOT NULL) FROM queue_job")[0][0]
                    if meter.started:
                        meter.sample()
                    state = db_rows(db, "SELECT state FROM clientjoy_intrix_run WHERE id = %s", [run_id])[0][0]
                    if state != "importing":
                        break
                    time.sleep(0.5)
                meter.sample()
                tree_peaks(proc.pid, peaks)
            finally:
                stop_server(proc)
            master = peaks.pop(proc.pid, None)
            # the largest child is a worker that ran jobs (the job runner and the gevent process run none)
            result.update(master_peak_mb=master, worker_peak_mb=max(peaks.values()) if peaks else None)
            state, error, date_done = db_rows(
                db, "SELECT state, error_message, date_done FROM clientjoy_intrix_run WHERE id = %s", [run_id])[0]
            pattern = "clientjoy.intrix.run(%d,).%%" % run_id
            first, import_end, verify_start, jobs, batches, not_done, busy = db_rows(db, """SELECT min(date_started), max(date_done) FILTER (WHERE func_string NOT LIKE '%%._job_verify(%%'),
                                     min(date_started) FILTER (WHERE func_string LIKE '%%._job_verify(%%'),
                                     count(*), count(*) FILTER (WHERE func_string LIKE '%%._job_import_chunk(%%'),
                                     count(*) FILTER (WHERE state != 'done'), sum(exec_time)
                                FROM queue_job WHERE func_string LIKE %s""", [pattern])[0]
            retried = db_rows(db, "SELECT COALESCE(sum(GREATEST(retry - 1, 0)), 0) FROM queue_job WHERE func_string LIKE %s",
                              [pattern])[0][0]
            # per phase: from its first job's start to its last job's end, and its jobs' summed run time
            # (how many of its batches ran at once)
            phase_times = [(name, (end - start).total_seconds(), busy_s, n_jobs) for name, start, end, busy_s, n_jobs in db_rows(db, """
                    SELECT p.object_name, min(j.date_started), max(j.date_done), sum(j.exec_time), count(*)
                      FROM queue_job j
                      JOIN clientjoy_intrix_phase p
                        ON p.id = substring(j.func_string from '_job_(?:import_chunk|start_phase|close_phase)\((\d+)')::int
                     WHERE j.func_string LIKE %s GROUP BY p.object_name, p.sequence ORDER BY min(j.date_started)""",
                    [pattern]) if start and end]
            counts = {name: (imported, errors) for name, imported, errors in db_rows(db, """
                    SELECT object_name, count(*) FILTER (WHERE state = 'imported'), count(*) FILTER (WHERE state = 'error')
                      FROM clientjoy_intrix_staging WHERE run_id = %s GROUP BY 1""", [run_id])}
            result.update(
                ok=state == "done", state=state, error=error or ("run ended %s" % state if state != "done" else ""),
                seconds=(date_done - first).total_seconds() if date_done and first else None,
                import_seconds=(import_end - first).total_seconds() if import_end and first else None,
                verify_seconds=(date_done - verify_start).total_seconds() if date_done and verify_start else None,
                jobs=jobs, batches=batches, jobs_not_done=not_done, job_seconds=busy, retried=retried,
                phase_times=phase_times,
                cpu_odoo=meter.used("odoo"), cpu_postgres=meter.used("postgres"),
                records=sum(counts.get(name, (0, 0))[0] for name in MAIN_FILES),
                errors=sum(errors for _imported, errors in counts.values()))
            self.log("    %s" % {k: v for k, v in result.items() if k != "error"})
            return result
        finally:
            self.drop(db)

    def method(self, name, data):
        db = self.fresh_copy(name)
        self.log("  (%s) %s" % (OTHER_METHODS[name][0], name))
        res = self.worker(name, db, data)
        self.drop(db)
        return res

    def cleanup(self):
        for db in self.dbs:
            if not self.opts.keep_dbs:
                drop_db(db)
        if not self.opts.keep_template and not self.opts.keep_dbs:
            drop_db(TEMPLATE)
        if not self.opts.keep_csv:
            shutil.rmtree(self.tmp, ignore_errors=True)

    def run(self):
        opts = self.opts
        methods = [m.strip() for m in opts.methods.split(",") if m.strip()]
        started = time.time()
        self.results["code"] = code_version()
        try:
            currency = self.template()
            data = os.path.join(self.tmp, "intrix_%d" % opts.n)
            counts = generate(data, opts.n, currency)
            self.log("generated %d rows in %s: %s (currency %s)" % (sum(counts.values()), data, counts, currency))
            self.results["counts"] = counts
            if "module" in methods:
                profile = None
                if opts.profile:
                    profile = os.path.abspath(opts.profile)
                    os.makedirs(profile, exist_ok=True)
                self.log("(a) module at N=%d" % opts.n)
                self.results["module"] = self.module("module", data, profile=profile)
                if not opts.no_small and opts.n >= 8:
                    small_n = opts.n // 4
                    small = os.path.join(self.tmp, "intrix_%d" % small_n)
                    generate(small, small_n, currency)
                    self.log("(a) module at N/4=%d (memory check)" % small_n)
                    self.results["module_small"] = self.module("module_small", small, rollback=False)
                    self.results["small_n"] = small_n
            for name in OTHER_METHODS:
                if name in methods:
                    self.results[name] = self.method(name, data)
            loads = []
            for workers in opts.workers:
                self.log("(jobs) the addon on the job runner, %d workers, N=%d" % (workers, opts.n))
                self.results.setdefault("jobs", []).append(self.jobs(data, workers))
                loads.append("%.1f" % os.getloadavg()[0])
            # a shared machine: what else ran beside the bench (the 1-minute load average after each run)
            self.results["loadavg"] = ", ".join(loads)
        finally:
            self.cleanup()
        self.results["wall"] = time.time() - started
        if methods:
            report(self.results, opts)
        if opts.workers:
            report_jobs(self.results, opts)
        if opts.profile and "module" in self.results:
            hotspots(os.path.abspath(opts.profile))


# ====================================================================== report
def code_version():
    """The addon's commit and whether its files differ from it (other engineers edit it concurrently)."""
    try:
        commit = subprocess.run(["git", "-C", REPO, "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", REPO, "status", "--porcelain", "--", "clientjoy_intrix_import"],
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not a git checkout)"
    return "commit %s%s, measured %s" % (commit, " + uncommitted changes in %d files" % len(dirty.splitlines())
                                         if dirty else "", time.strftime("%Y-%m-%d %H:%M"))


def report_jobs(results, opts):
    """The scale-out rows: the addon's import on the job runner, one row per worker count."""
    print()
    print("Background jobs on the real job runner: N = %d source records, batches of %d, machine: %d CPUs "
          "(%s)" % (sum(results.get("counts", {}).values()), opts.chunk, os.cpu_count() or 0, results.get("code")))
    print("%-34s %8s %9s %10s %9s %9s %7s %8s %8s %9s  %s" % (
        "workers", "records", "seconds", "records/s", "import s", "verify s", "jobs", "busy", "vs 1", "peak MB", "note"))
    base = None
    xmlrpc = results.get("xmlrpc") if (results.get("xmlrpc") or {}).get("ok") else None
    for res in results.get("jobs", []):
        seconds = res.get("seconds")
        if res.get("ok") and seconds and res.get("prep_seconds") is not None:
            e2e = res["prep_seconds"] + seconds
            res["note_e2e"] = "end to end (upload, stage, confirm, jobs) %.1f s%s" % (
                e2e, "; %.2fx the XML-RPC client (%.1f s)" % (xmlrpc["seconds"] / e2e, xmlrpc["seconds"]) if xmlrpc else "")
        rate = res["records"] / seconds if res.get("ok") and seconds else None
        if res["workers"] == 1 and rate:
            base = rate
        note = "" if res.get("ok") else "FAILED: %s" % (res.get("error") or "")[:200]
        if res.get("ok") and (res.get("errors") or res.get("jobs_not_done")):
            note = "%s records in error, %s jobs not done" % (res.get("errors"), res.get("jobs_not_done"))
        busy = res.get("job_seconds") / seconds if res.get("job_seconds") and seconds else None
        cpu = (res.get("cpu_odoo") or 0) + (res.get("cpu_postgres") or 0)
        if res.get("ok") and cpu and seconds:
            # the work's CPU seconds spread over every core: no worker count can be faster than that here
            floor = cpu / (os.cpu_count() or 1)
            note = (note + " " if note else "") + "CPU s: Odoo %.1f + PostgreSQL %.1f = %.1f (%.2f cores busy); " \
                "at best %.1f s on %d cores (%.2fx)" % (res["cpu_odoo"], res["cpu_postgres"], cpu, cpu / seconds,
                                                      floor, os.cpu_count() or 1, seconds / floor)
        if res.get("note_e2e"):
            note = res["note_e2e"] + ("; " + note if note else "")
        print("%-34s %8s %9s %10s %9s %9s %7s %8s %8s %9s  %s" % (
            "addon, jobs, %d worker%s" % (res["workers"], "s" if res["workers"] > 1 else ""),
            res.get("records", "-"), "%.1f" % seconds if seconds else "-", "%.0f" % rate if rate else "-",
            "%.1f" % res["import_seconds"] if res.get("import_seconds") else "-",
            "%.1f" % res["verify_seconds"] if res.get("verify_seconds") else "-", res.get("jobs", "-"),
            "%.2f" % busy if busy else "-", "%.2fx" % (rate / base) if rate and base else "-",
            "%.0f" % res["worker_peak_mb"] if res.get("worker_peak_mb") else "-", note))
    for res in results.get("jobs", []):
        if res.get("phase_times") or res.get("retried"):
            print("  %d worker%s: %s jobs retried after a concurrent update; per phase, seconds (jobs at once): %s" % (
                res["workers"], "s" if res["workers"] > 1 else "", res.get("retried", "-"),
                ", ".join("%s %.1f (%.2f, %d jobs)" % (name, seconds, busy_s / seconds if seconds else 0, n_jobs)
                          for name, seconds, busy_s, n_jobs in res.get("phase_times") or ())))
    print("busy: seconds the jobs ran (their exec_time, summed) per second of the run: how many ran at once on "
          "average. load average during the runs: %s" % results.get("loadavg", "-"))
    print("CPU s: user + system seconds of the Odoo server with its workers and of the database's PostgreSQL "
          "backends from the first job to the run's end; 'at best' spreads them over every core of the machine "
          "(the least any number of workers could take here, if nothing else ran), and its ratio is the most "
          "a row's time could be divided by")
    print("peak MB: the largest VmHWM of the server's worker processes (one that ran jobs); the prefork master's: %s"
          % ", ".join("%.0f" % res["master_peak_mb"] for res in results.get("jobs", []) if res.get("master_peak_mb")))


def _row(label, records, seconds, peak, ref_rate, note=""):
    rate = records / seconds if seconds else 0.0
    ratio = ("%.2fx" % (rate / ref_rate)) if ref_rate and rate else "-"
    return "%-50s %8s %9s %10s %11s %7s  %s" % (
        label, records if records is not None else "-", "%.1f" % seconds if seconds else "-",
        "%.0f" % rate if rate else "-", "%.0f" % peak if peak else "-", ratio, note)


def module_total(phases):
    if not phases or not all(phases.get(p, {}).get("ok") for p in ("upload", "stage", "confirm", "import")):
        return None
    return {
        "records": phases["import"]["records"],
        "seconds": sum(phases[p]["seconds"] for p in ("upload", "stage", "confirm", "import")),
        "cpu": sum(phases[p].get("cpu_seconds", 0.0) + phases[p].get("db_cpu_seconds", 0.0)
                   for p in ("upload", "stage", "confirm", "import")),
        "upload_peak": phases["upload"]["peak_rss_mb"],
        "peak": max(phases[p]["peak_rss_mb"] for p in ("stage", "confirm", "import")),
        "base": min(phases[p]["base_rss_mb"] for p in ("stage", "confirm", "import")),
    }


def report(results, opts):
    counts = results.get("counts", {})
    n = sum(counts.values())
    print()
    print("=" * 124)
    print("Import benchmark: N = %d source records (%s), machine: %d CPUs; wall time of the whole bench %.0f s"
          % (n, ", ".join("%s %d" % kv for kv in counts.items()), os.cpu_count(), results.get("wall", 0)))
    print("addon code: %s" % results.get("code", "?"))
    if opts.profile:
        print("NOTE: --profile was given: the addon's phases ran under cProfile, their times are inflated.")
    print("=" * 124)
    header = "%-50s %8s %9s %10s %11s %7s  %s" % ("method", "records", "seconds", "records/s", "peak RSS MB",
                                                  "vs (a)", "notes")
    print(header)
    print("-" * 124)
    module = results.get("module") or {}
    total = module_total(module)
    ref = total["records"] / total["seconds"] if total and total["seconds"] else None
    failed = []
    for phase, label in (("upload", "(a) module: upload (run + files attached)"),
                         ("stage", "(a) module: stage (action_stage)"),
                         ("confirm", "(a) module: confirm map (action_confirm_map)"),
                         ("import", "(a) module: import (action_import)")):
        res = module.get(phase)
        if res is None:
            continue
        if res.get("ok"):
            records = res.get("records") if phase == "import" else n
            note = "baseline RSS %.0f MB" % res["base_rss_mb"]
            if res.get("cpu_seconds") is not None:
                note += "; CPU s: Odoo %.1f + PostgreSQL %.1f" % (res["cpu_seconds"], res["db_cpu_seconds"])
            if phase in ("stage", "import") and res.get("staging_mb") is not None:
                note += "; staging table %.0f MB, ledger %.0f MB, database %.0f MB" % (
                    res["staging_mb"], res["ledger_mb"], res["database_mb"])
            print(_row(label, records, res["seconds"], res["peak_rss_mb"], ref, note))
            if phase == "import" and res.get("verify_seconds") is not None:
                print(_row("(a) module:   of which verification (read back)", records, res["verify_seconds"],
                           res["peak_rss_mb"], ref, "included in the import row%s" % (
                               "; CPU s: Odoo %.1f + PostgreSQL %.1f" % (
                                   res["verify_cpu_seconds"], res.get("verify_db_cpu_seconds", 0.0))
                               if "verify_cpu_seconds" in res else "")))
        else:
            print("%-50s FAILED: %s" % (label, (res.get("error") or "").strip().splitlines()[-1:]))
            failed.append(label)
    if total:
        note = ""
        if total["records"] != n:
            note = "ONLY %d of %d imported" % (total["records"], n)
        elif total["cpu"]:
            note = "CPU s (Odoo + PostgreSQL): %.1f" % total["cpu"]
        print(_row("(a) module: total upload+stage+map+import", total["records"], total["seconds"], total["peak"], ref, note))
    small_total = module_total(results.get("module_small"))
    if small_total:
        print(_row("(a) module at N/4=%d: total" % results["small_n"], small_total["records"],
                   small_total["seconds"], small_total["peak"], ref, "memory check"))
    elif "module_small" in results:
        print("%-50s FAILED" % "(a) module at N/4")
        failed.append("module at N/4")
    labels = {name: label for name, (_letter, label) in OTHER_METHODS.items()}
    for name in OTHER_METHODS:
        res = results.get(name)
        if res is None:
            continue
        if not res.get("ok"):
            print("%-50s FAILED: %s" % (labels[name], (res.get("error") or "").strip().splitlines()[-1:]))
            failed.append(labels[name])
            continue
        note = ""
        if name == "base_import":
            note = "prep of import files %.1f s not counted" % res["prep_seconds"]
            if res.get("errors"):
                note += "; ERRORS: %s" % "; ".join(res["errors"][:3])
        elif name == "xmlrpc":
            note = "server RSS; client %.0f MB" % res["client_peak_rss_mb"]
        elif name == "orm":
            note = "ORM creates only: no staging, ledger, external ids"
        else:
            note = "COPY client process"
        if res["records"] != n:
            note = "ONLY %d of %d; " % (res["records"], n) + note
        print(_row(labels[name], res["records"], res["seconds"], res["peak_rss_mb"], ref, note))
    rollback = module.get("rollback")
    if rollback:
        if rollback.get("ok"):
            print(_row("(a) module: rollback (action_rollback)", rollback.get("ledger_entries"), rollback["seconds"],
                       rollback["peak_rss_mb"], None, "records = ledger entries; state %s" % rollback.get("state")))
        else:
            print("%-50s FAILED: %s" % ("(a) module: rollback", (rollback.get("error") or "").strip().splitlines()[-1:]))
            failed.append("rollback")
    print("-" * 124)
    print("records/s = records / seconds of the work only (no registry load, no server start); 'vs (a)' = records/s"
          " divided by the addon's end-to-end records/s; peak RSS = VmHWM of the process doing the work.")
    print()
    print("Targets:")

    def verdict(ok):
        return "MET" if ok else "NOT MET"

    def rate(res):
        return res["records"] / res["seconds"] if res and res.get("ok") and res.get("seconds") else None

    imp = module.get("import") if module.get("import", {}).get("ok") else None
    import_rate = imp["records"] / imp["seconds"] if imp and imp["seconds"] else None
    for name, factor in (("base_import", 1.5), ("xmlrpc", 3.0)):
        other = rate(results.get(name))
        if "%s" % name not in results:
            print("  module >= %.1fx %s: not measured (method not selected)" % (factor, name))
        elif ref is None or other is None:
            print("  module >= %.1fx %s: CANNOT TELL (a measurement failed)" % (factor, name))
        else:
            print("  module >= %.1fx %s: %s  (end to end %.0f vs %.0f records/s = %.2fx; import phase alone %.2fx)"
                  % (factor, name, verdict(ref >= factor * other), ref, other, ref / other,
                     (import_rate or 0) / other))
    orm, xml = results.get("orm"), results.get("xmlrpc")
    if rate(orm) and rate(xml):
        # every ORM-based importer spends at least (e)'s time in Odoo's create: its rate against (c)
        # is the most any importer that writes through the ORM can reach, before any staging
        print("  ceiling of an ORM-based importer vs XML-RPC: %.2fx  ((e) %.1f s of ORM creates alone vs (c) %.1f s;"
              " the addon end to end %.1f s, import phase %.1f s)"
              % (rate(orm) / rate(xml), orm["seconds"], xml["seconds"], total["seconds"] if total else 0,
                 imp["seconds"] if imp else 0))
    if rollback and rollback.get("ok") and imp:
        print("  rollback faster than import: %s  (rollback %.1f s vs import phase %.1f s, end to end %.1f s)"
              % (verdict(rollback["seconds"] < imp["seconds"]), rollback["seconds"], imp["seconds"],
                 total["seconds"] if total else 0))
    else:
        print("  rollback faster than import: CANNOT TELL (rollback or import not measured)")
    if total and small_total:
        growth = total["peak"] / small_total["peak"] if small_total["peak"] else 0
        print("  peak memory independent of N: %s  (peak RSS %.0f MB at N=%d vs %.0f MB at N/4=%d: x%.2f; above the"
              " registry baseline %.0f MB vs %.0f MB; criterion: at most +10 %% for 4x the records)"
              % (verdict(growth <= 1.10), total["peak"], n, small_total["peak"], results["small_n"], growth,
                 total["peak"] - total["base"], small_total["peak"] - small_total["base"]))
        print("      upload   peak RSS %6.0f MB at N vs %6.0f MB at N/4 (not in the check: the uploaded files are in"
              " memory, as in the web client's upload request)" % (total["upload_peak"], small_total["upload_peak"]))
        if n < 20000:
            print("      (caution: at this N the Odoo registry dominates the RSS; use N >= 20000 for this check)")
        for phase in ("stage", "confirm", "import"):
            big, small = module[phase], results["module_small"][phase]
            print("      %-8s peak RSS %6.0f MB at N vs %6.0f MB at N/4" % (phase, big["peak_rss_mb"], small["peak_rss_mb"]))
    else:
        print("  peak memory independent of N: CANNOT TELL (the N/4 run was skipped or failed)")
    if failed:
        print("\nFAILED measurements (see the log lines above): %s" % ", ".join(failed))
    for phase in ("import",):
        res = module.get(phase) or {}
        if res.get("sample_messages"):
            print("\nSample staging messages after the import: ")
            for line in res["sample_messages"]:
                print("   ", line.replace("\n", "; "))
    sys.stdout.flush()


def hotspots(directory, top=10):
    """Top functions of the addon in the cProfile dumps: own time plus time in non-addon callees."""
    import pstats

    marker = os.path.join(REPO, "clientjoy_intrix_import") + os.sep  # not CJI_HOME, whose name is the same
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".prof"):
            continue
        stats = pstats.Stats(os.path.join(directory, name))
        total = stats.total_tt
        rows = []
        for func, (cc, nc, tt, ct, callers) in stats.stats.items():
            if marker not in func[0]:
                continue
            nested = 0.0  # inclusive time of addon callees called from func (counted at their own line)
            for other, (_cc, _nc, _tt, _ct, other_callers) in stats.stats.items():
                if other != func and marker in other[0] and func in other_callers:
                    nested += other_callers[func][3]
            rows.append((max(ct - nested, 0.0), tt, ct, nc, func))
        rows.sort(reverse=True)
        print("\nHotspots in the addon's code, %s (profiled total %.1f s). 'attributed' = own time + time in Odoo/"
              "library code it calls directly (addon callees counted on their own line):" % (name, total))
        print("  %9s %9s %9s %8s  %s" % ("attributed", "own", "inclusive", "calls", "function"))
        for attributed, tt, ct, nc, func in rows[:top]:
            path = func[0].split(marker, 1)[1]
            print("  %8.1fs %8.1fs %8.1fs %8d  %s:%d %s" % (attributed, tt, ct, nc, path, func[1], func[2]))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=100000, help="source records in total (default 100000)")
    parser.add_argument("--methods", default=None,
                        help="default: %s (none with --workers)" % ",".join(("module",) + tuple(OTHER_METHODS)))
    parser.add_argument("--workers", default="", help="e.g. 1,2: the addon's import on the job runner with that "
                        "many workers each (scale-out rows)")
    parser.add_argument("--chunk", type=int, default=500, help="batch size of the jobs runs (default 500)")
    parser.add_argument("--jobs-timeout", type=int, default=3600, help="seconds a jobs run may take")
    parser.add_argument("--no-small", action="store_true", help="skip the N/4 run of the addon (memory check)")
    parser.add_argument("--profile", help="directory for cProfile dumps of the addon's phases; prints hotspots")
    parser.add_argument("--keep-dbs", action="store_true")
    parser.add_argument("--keep-csv", action="store_true", help="keep the temp dir with the CSV files and logs")
    parser.add_argument("--reuse-template", action="store_true", help="use an existing %s" % TEMPLATE)
    parser.add_argument("--keep-template", action="store_true", help="do not drop %s at the end" % TEMPLATE)
    # internal: one measurement in a subprocess
    parser.add_argument("--worker", choices=sorted(WORKERS), help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--conf", help=argparse.SUPPRESS)
    parser.add_argument("--data", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--tmp", help=argparse.SUPPRESS)
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    opts = parser.parse_args(argv)
    if opts.worker:
        return run_worker(opts)
    opts.workers = [int(w) for w in opts.workers.split(",") if w.strip()]
    if opts.methods is None:
        opts.methods = "" if opts.workers else ",".join(("module",) + tuple(OTHER_METHODS))
    if not os.path.exists(ODOO_BIN):
        print("Odoo is not installed at %s: run bash scripts/setup.sh first." % CJI_HOME)
        return 0
    try:
        import odoo  # noqa: F401
    except ImportError:
        print("Run this with the project's venv: %s/venv/bin/python %s" % (CJI_HOME, " ".join(sys.argv)))
        return 0
    Bench(opts).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
