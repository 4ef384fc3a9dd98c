"""A sandbox Clientjoy API server on loopback, for tests, demos and manual trials.

It implements the contract of :mod:`..lib.clientjoy_contract` (including overridden contracts) over real
HTTP with deterministic generated data, and can inject the failures the client must survive.

From tests::

    with SandboxServer(seed=1, scale=1, faults={"rate_limit_every": 3, "retry_after": 0}) as srv:
        client = ClientjoyClient(srv.base_url, srv.api_key)
        srv.script("/leads", [429, 500, "badjson", "slow:2.0", 200])
        srv.touch("leads", "ld_00001", city="Kranj")
        srv.requests[-1]  # {"method", "path", "query", "headers" (no Authorization), "status"}

From the command line (runs until killed; prints the base URL and the API key)::

    python -m clientjoy_intrix_import.tests.clientjoy_sandbox --port 8765 --seed 1 --scale 1 \\
        [--plan starter] [--fault rate_limit_every=5 --fault retry_after=1] [--contract overrides.json]

``python -m`` imports the addon package, whose ``__init__`` loads the Odoo models; without Odoo (or
outside ``odoo.addons``) run the file itself: ``python clientjoy_intrix_import/tests/clientjoy_sandbox.py``.

Faults (``srv.faults``, a dict read on every request, so ``srv.faults.update(...)`` works at runtime;
each ``*_every`` counts every request the server receives, 1-based, and 0 disables it):

* ``rate_limit_every``: every Nth request answers 429 with ``Retry-After: <retry_after>``;
* ``error_every``: every Nth request answers ``error_status`` (default 500);
* ``badjson_every``: every Nth request answers 200 with a truncated JSON body;
* ``slow_every``: every Nth request waits ``slow_seconds`` before answering normally.

Scripted answers (:meth:`SandboxServer.script`) take precedence, one per request to that path:
an int status (200 = the normal answer; 429 adds ``Retry-After``), ``"badjson"``, ``"slow:<seconds>"``
(then the normal answer), ``"drop"`` (close the connection without an answer), or a dict
``{"status": 200, "headers": {...}, "body": obj | str | bytes}`` (no body with 200: the normal answer
plus those headers).
"""
import argparse
import ipaddress
import json
import logging
import os
import random
import re
import signal
import socketserver
import sys
import threading
import unicodedata
from datetime import datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, quote, unquote, urlsplit

if __package__:
    from ..lib.clientjoy_contract import DEFAULT_CONTRACT, build_contract
else:  # run as a file: lib/ as a plain package, without the addon's (Odoo) package __init__
    import importlib.util

    _lib = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "lib")
    _spec = importlib.util.spec_from_file_location("cji_lib", os.path.join(_lib, "__init__.py"),
                                                   submodule_search_locations=[_lib])
    sys.modules["cji_lib"] = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(sys.modules["cji_lib"])
    from cji_lib.clientjoy_contract import DEFAULT_CONTRACT, build_contract

_logger = logging.getLogger(__name__)

DEFAULT_API_KEY = "sandbox-key"
DEFAULT_PER_PAGE = 25
DEFAULT_FAULTS = {
    "rate_limit_every": 0,
    "retry_after": 1,
    "error_every": 0,
    "error_status": 500,
    "badjson_every": 0,
    "slow_every": 0,
    "slow_seconds": 1.0,
}
PLANS = ("agency", "starter")
BAD_JSON = b'{"data": [{"id": "ld_00001", "name": "Truncated'
ERROR_CODES = {400: "invalid_parameter", 401: "unauthorized", 403: "forbidden", 404: "not_found",
               429: "rate_limited", 500: "internal_error", 502: "bad_gateway", 503: "service_unavailable"}

# ---------------------------------------------------------------------------------------------- data

#: Generated timestamps fall between BASE_TIME and BASE_TIME + SPAN, long before any real "now", so a
#: delta run with ``updated_since`` = the start of a test only sees what the test touched or added.
BASE_TIME = datetime(2023, 1, 2, 8, 0, tzinfo=timezone.utc)
SPAN = timedelta(days=880)

#: Records per ``scale`` unit of the data objects; configuration objects have fixed counts.
SCALED_COUNTS = {"leads": 30, "customers": 20, "invoices": 24, "proposals": 12, "activities": 60,
                 "appointments": 10, "documents": 8, "esign_documents": 4}
ID_PREFIXES = {"users": "usr", "pipelines": "pl", "leads": "ld", "customers": "cus", "custom_fields": "cf",
               "invoices": "inv", "proposals": "prp", "activities": "act", "appointments": "apt",
               "booking_pages": "bp", "documents": "doc", "templates": "tpl", "sequences": "seq", "forms": "frm",
               "esign_documents": "esg"}

#: (name, email, role, active). The 4th is inactive; the 5th's e-mail matches no Odoo user.
USERS = (
    ("Ana Žužek", "ana.zuzek@example.com", "admin", True),
    ("Jonas Müller", "jonas.mueller@example.com", "manager", True),
    ("Maja Kovač", "maja.kovac@example.com", "member", True),
    ("Peter Horvat", "peter.horvat@example.com", "member", False),
    ("Lena Schröder", "lena.schroeder@freelance-nomatch.example", "member", True),
)
INACTIVE_USER_ID = "usr_00004"
UNMATCHED_USER_EMAIL = USERS[4][1]

#: Pipelines: (name, [(stage, probability, is_won, is_lost)]) and, per lead status, the stage index.
PIPELINES = (
    ("Prodaja / Sales", (("New", 10, False, False), ("Contacted", 25, False, False),
                         ("Proposal sent", 60, False, False), ("Won", 100, True, False), ("Lost", 0, False, True)),
     {"new": 0, "contacted": 1, "qualified": 2, "converted": 3, "lost": 4}),
    ("Agency retainers", (("Discovery", 20, False, False), ("Verhandlung", 50, False, False),
                          ("Signed", 100, True, False), ("Declined", 0, False, True)),
     {"new": 0, "contacted": 0, "qualified": 1, "converted": 2, "lost": 3}),
)
LEAD_STATUSES = ("new", "contacted", "qualified", "converted", "lost")
INVOICE_STATUSES = ("draft", "sent", "paid", "partially_paid", "overdue", "void")
PROPOSAL_STATUSES = ("draft", "sent", "viewed", "accepted", "declined")
ACTIVITY_TYPES = ("call", "email", "meeting", "task", "note")
APPOINTMENT_STATUSES = ("scheduled", "completed", "cancelled", "no_show")
ESIGN_STATUSES = ("draft", "sent", "signed", "declined")
TAX_RATES = ("22", "9.5", "0")

#: Custom field definitions: (object, key, label, type, options); every type for lead and customer.
CUSTOM_FIELDS = (
    ("lead", "industry", "Industry / Panoga", "dropdown", ["Kmetijstvo", "Gostinstvo", "IT", "Handwerk", "Retail"]),
    ("lead", "budget", "Budget (EUR)", "number", []),
    ("lead", "next_follow_up", "Next follow-up", "date", []),
    ("lead", "newsletter_opt_in", "Newsletter opt-in", "checkbox", []),
    ("lead", "referral_note", "Opomba priporočila", "text", []),
    ("customer", "segment", "Segment", "dropdown", ["SMB", "Mid-market", "Enterprise"]),
    ("customer", "contract_end", "Vertragsende", "date", []),
    ("customer", "employees", "Employees", "number", []),
    ("customer", "vip", "VIP", "checkbox", []),
    ("customer", "account_code", "Šifra kupca", "text", []),
)

FIRST_NAMES = ("Ana", "Marko", "Nina", "Jure", "Špela", "Luka", "Tjaša", "Matej", "Žiga", "Urška", "Jonas", "Lena",
               "Lukas", "Sophie", "Jürgen", "Käthe", "Emma", "Noah")
LAST_NAMES = ("Žužek", "Novak", "Horvat", "Kovačič", "Krajnc", "Zupančič", "Potočnik", "Müller", "Schmidt",
              "Schröder", "Weiß", "Köhler", "Bauer", "Smith")
COMPANIES = ("Čebelarstvo Žužek d.o.o.", "Müller & Söhne GmbH", "Gostilna Pri Lipi", "Mizarstvo Kovačič s.p.",
             "Bäckerei Schröder", "Alpska Kava d.o.o.", "Weißwald Consulting GmbH", "Digitalni Val d.o.o.",
             "Zobna ambulanta Horvat", "Köhler Logistik AG", "Studio Šelmec", "Lone Star Widgets LLC")
#: (city, zip, state, ISO country)
CITIES = (("Ljubljana", "1000", "Osrednjeslovenska", "SI"), ("Maribor", "2000", "Podravska", "SI"),
          ("Celje", "3000", "Savinjska", "SI"), ("München", "80331", "Bayern", "DE"),
          ("Köln", "50667", "Nordrhein-Westfalen", "DE"), ("Graz", "8010", "Steiermark", "AT"),
          ("Zagreb", "10000", "Grad Zagreb", "HR"), ("Austin", "78701", "TX", "US"))
STREETS = {"SI": ("Trubarjeva cesta", "Slovenska ulica", "Čopova ulica"), "DE": ("Hauptstraße", "Müllerstraße"),
           "AT": ("Herrengasse", "Gartenweg"), "HR": ("Ilica", "Vukovarska ulica"), "US": ("Congress Avenue",)}
PHONE_PREFIXES = {"SI": "+386 41", "DE": "+49 89", "AT": "+43 316", "HR": "+385 1", "US": "+1 512"}
SOURCES = ("website", "referral", "linkedin", "web_form", "cold_email", "event")
TAGS = ("vip", "newsletter", "sejem-2024", "Messe München", "referral", "hot")
TOPICS = ("prenova spletne strani", "SEO paket", "Jahreswartung", "social media retainer", "brand identity",
          "Google Ads kampanja")
SERVICES = ("Izdelava spletne strani", "SEO optimizacija (mesečno)", "Gostovanje", "Beratung (Stunden)",
            "Logo design", "Social media management")
BOOKING_PAGES = (
    ("Uvodni klic / Intro call", 30, "Google Meet"),
    ("Strategy session", 60, "Zoom"),
    ("Beratungsgespräch vor Ort", 45, "Trubarjeva cesta 12, Ljubljana"),
)
TEMPLATES = (
    ("Ponudba – standard", "proposal", ["client.name", "client.company", "proposal.total", "owner.name"]),
    ("Invoice EN", "invoice", ["client.name", "invoice.number", "invoice.total", "invoice.due_date"]),
    ("Follow-up e-mail", "email", ["lead.first_name", "owner.name"]),
)
SEQUENCES = (
    ("Nurture new leads", "lead_created",
     [(1, 0, "Hvala za zanimanje", "Pozdravljeni {{lead.first_name}}, hvala ..."),
      (2, 3, "Case study", "Hi {{lead.first_name}}, here is how we helped ..."),
      (3, 7, "Še vedno zainteresirani?", "Pozdravljeni, se slišimo ta teden?")]),
    ("Proposal reminder", "proposal_sent",
     [(1, 2, "Your proposal", "Did you have a chance to look at {{proposal.title}}?"),
      (2, 5, "Letzte Erinnerung", "Guten Tag {{lead.first_name}}, ...")]),
)
FORMS = (
    ("Kontaktni obrazec", [("Ime in priimek", "text", True, "lead.name"), ("E-pošta", "email", True, "lead.email"),
                           ("Telefon", "phone", False, "lead.phone"),
                           ("Sporočilo", "textarea", False, "lead.description")]),
    ("Newsletter signup", [("E-mail", "email", True, "lead.email"),
                           ("Interests", "dropdown", False, "lead.custom_fields.industry")]),
)


def iso(moment):
    """ISO-8601 UTC text with second precision, the format of every sandbox timestamp."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(text):
    """Parse an ISO-8601 timestamp (``Z`` accepted); naive means UTC."""
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def ascii_text(text):
    """``text`` without diacritics (Žužek -> Zuzek), for e-mails, slugs and header fallbacks."""
    text = text.replace("ß", "ss").replace("–", "-")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", ascii_text(text).lower()).strip("-")


def money(value):
    return str(Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def pdf_bytes(title):
    """A small valid one-page PDF showing ``title`` (ASCII-folded)."""
    text = ascii_text(title).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("ascii")
    content = b"BT /F1 18 Tf 72 770 Td (" + text + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


class SandboxData:
    """Deterministic Clientjoy data, generated lazily per object and kept for the server's lifetime.

    Each object has its own ``random.Random("<seed>:<object>")``, so its records do not depend on the
    order objects are first requested in. Records are canonical dicts (contract field names), sorted
    by id; every access goes through ``lock``.
    """

    def __init__(self, seed=1, scale=1):
        self.seed = seed
        self.scale = max(1, int(scale))
        self.lock = threading.RLock()
        self.files = {}
        self._records = {}
        self._by_id = {}
        self._next_number = {}

    # ------------------------------------------------------------------ access

    def records(self, object_name):
        """The (live) list of records of ``object_name``; a single object is a one-item list."""
        with self.lock:
            if object_name not in self._records:
                generate = getattr(self, "_gen_%s" % object_name, None)
                if generate is None:
                    raise KeyError(object_name)
                records = generate(random.Random("%s:%s" % (self.seed, object_name)))
                self._records[object_name] = records
                self._by_id[object_name] = {r["id"]: r for r in records if "id" in r}
                self._next_number[object_name] = len(records) + 1
            return self._records[object_name]

    def find(self, object_name, record_id):
        """The live record with ``record_id`` (the single object when ``record_id`` is None), or None."""
        with self.lock:
            records = self.records(object_name)
            if record_id is None:
                return records[0] if len(records) == 1 and "id" not in records[0] else None
            return self._by_id[object_name].get(record_id)

    def page(self, object_name, page, per_page, since=None):
        """``(records of the page, total)`` with ``updated_at >= since`` (an aware datetime) when given."""
        with self.lock:
            records = self.records(object_name)
            if since is not None:
                threshold = iso(since.replace(microsecond=0))
                records = [r for r in records if (r.get("updated_at") or r.get("created_at") or "") >= threshold]
            start = (page - 1) * per_page
            return [dict(r) for r in records[start:start + per_page]], len(records)

    def touch(self, object_name, record_id=None, **changes):
        """Apply ``changes`` to a record, bump its ``updated_at`` to now and return a copy."""
        with self.lock:
            record = self.find(object_name, record_id)
            if record is None:
                raise KeyError("No %s record %r in the sandbox" % (object_name, record_id))
            record.update(changes)
            record["updated_at"] = iso(datetime.now(timezone.utc))
            return dict(record)

    def add(self, object_name, record, content=None):
        """Add a record (id assigned when missing, timestamps default to now) and return a copy.

        :param content: file bytes of an added document (default: a small text file).
        """
        with self.lock:
            records = self.records(object_name)
            record = dict(record)
            if "id" not in record:
                record["id"] = self._new_id(object_name)
            elif record["id"] in self._by_id[object_name]:
                raise ValueError("The sandbox already has a %s record %r" % (object_name, record["id"]))
            now = iso(datetime.now(timezone.utc))
            record["created_at"] = iso(parse_iso(record.get("created_at") or now))
            record["updated_at"] = iso(parse_iso(record.get("updated_at") or now))
            if object_name == "documents":
                content = content if content is not None else ("%s\n" % record.get("name", "")).encode("utf-8")
                self.files[record["id"]] = content
                record.setdefault("mime_type", "text/plain")
                record["size"] = len(content)
            records.append(record)
            records.sort(key=lambda r: r["id"])
            self._by_id[object_name][record["id"]] = record
            return dict(record)

    def file(self, document_id):
        """The bytes of a document, or None."""
        with self.lock:
            self.records("documents")
            return self.files.get(document_id)

    # ------------------------------------------------------------------ helpers

    def _new_id(self, object_name):
        number = self._next_number[object_name]
        self._next_number[object_name] = number + 1
        return "%s_%05d" % (ID_PREFIXES[object_name], number)

    def _count(self, object_name):
        return SCALED_COUNTS[object_name] * self.scale

    @staticmethod
    def _moment(rng, after=None, max_days=120):
        """A timestamp in the generated span (or up to ``max_days`` after ``after``)."""
        if after is None:
            return BASE_TIME + timedelta(minutes=rng.randrange(int(SPAN.total_seconds() // 60)))
        return after + timedelta(minutes=rng.randrange(max_days * 24 * 60 + 1))

    def _stamps(self, rng):
        created = self._moment(rng)
        return {"created_at": iso(created), "updated_at": iso(self._moment(rng, created))}

    @staticmethod
    def _person(rng):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        return first, last

    @staticmethod
    def _phone(rng, country):
        return "%s %03d %04d" % (PHONE_PREFIXES[country], rng.randrange(1000), rng.randrange(10000))

    @staticmethod
    def _street(rng, country):
        return "%s %d" % (rng.choice(STREETS[country]), rng.randrange(1, 120))

    def _ids(self, object_name):
        return [r["id"] for r in self.records(object_name)]

    def _owner(self, rng):
        return rng.choice(self._ids("users"))

    def _target(self, rng, index):
        """``{"lead_id": ..., "customer_id": ...}`` with exactly one set, alternating by ``index``."""
        if index % 2 == 0:
            return {"lead_id": rng.choice(self._ids("leads")), "customer_id": None}
        return {"lead_id": None, "customer_id": rng.choice(self._ids("customers"))}

    def _custom_values(self, rng, object_kind):
        values = {}
        for obj, key, _label, kind, options in CUSTOM_FIELDS:
            if obj != object_kind or rng.random() < 0.25:
                continue
            if kind == "dropdown":
                values[key] = rng.choice(options)
            elif kind == "number":
                values[key] = rng.choice((rng.randrange(1, 500), rng.randrange(1000, 90000) / 2))
            elif kind == "date":
                values[key] = (BASE_TIME + timedelta(days=rng.randrange(1000))).date().isoformat()
            elif kind == "checkbox":
                values[key] = rng.random() < 0.5
            else:
                values[key] = rng.choice(("Priporočil ga je g. Müller", "Met at Messe München", "—", "Čaka na budžet"))
        return values

    # ------------------------------------------------------------------ generators

    def _gen_users(self, rng):
        return [dict(id="usr_%05d" % n, name=name, email=email, role=role, active=active, **self._stamps(rng))
                for n, (name, email, role, active) in enumerate(USERS, 1)]

    def _gen_pipelines(self, rng):
        pipelines, stage_number = [], 0
        for n, (name, stages, _by_status) in enumerate(PIPELINES, 1):
            stage_rows = []
            for sequence, (stage, probability, is_won, is_lost) in enumerate(stages, 1):
                stage_number += 1
                stage_rows.append({"id": "stg_%05d" % stage_number, "name": stage, "sequence": sequence * 10,
                                   "probability": probability, "is_won": is_won, "is_lost": is_lost})
            pipelines.append(dict(id="pl_%05d" % n, name=name, stages=stage_rows, **self._stamps(rng)))
        return pipelines

    def _gen_custom_fields(self, rng):
        return [dict(id="cf_%05d" % n, object=obj, key=key, label=label, type=kind, options=list(options),
                     **self._stamps(rng))
                for n, (obj, key, label, kind, options) in enumerate(CUSTOM_FIELDS, 1)]

    def _gen_leads(self, rng):
        """Leads cycle through every status; every 9th has no phone, the 8th repeats the 3rd's e-mail."""
        pipelines = self.records("pipelines")
        leads = []
        for index in range(self._count("leads")):
            first, last = self._person(rng)
            status = LEAD_STATUSES[index % len(LEAD_STATUSES)]
            pipeline_index = 0 if rng.random() < 0.7 else 1
            pipeline = pipelines[pipeline_index]
            stage = pipeline["stages"][PIPELINES[pipeline_index][2][status]]
            city, zip_code, _state, country = rng.choice(CITIES)
            company = rng.choice(COMPANIES) if rng.random() < 0.75 else ""
            email = "%s.%s.%d@%s" % (slug(first), slug(last), index + 1,
                                     "%s.example" % slug(company)[:24] if company else "mail.example")
            if index == 7:
                email = leads[2]["email"]
            lead = {
                "id": "ld_%05d" % (index + 1),
                "name": "%s – %s" % (company or "%s %s" % (first, last), rng.choice(TOPICS)),
                "first_name": first,
                "last_name": last,
                "email": email,
                "phone": "" if index % 9 == 8 else self._phone(rng, country),
                "company_name": company,
                "street": self._street(rng, country),
                "city": city,
                "zip": zip_code,
                "country": country,
                "source": rng.choice(SOURCES),
                "status": status,
                "pipeline_id": pipeline["id"],
                "stage_id": stage["id"],
                "value": money(Decimal(rng.randrange(50000, 5000000)) / 100),
                "currency": "USD" if country == "US" or rng.random() < 0.15 else "EUR",
                "score": rng.randrange(101),
                "owner_id": self._owner(rng),
                "tags": rng.sample(TAGS, rng.randrange(4)),
                "custom_fields": self._custom_values(rng, "lead"),
            }
            lead.update(self._stamps(rng))
            leads.append(lead)
        return leads

    def _gen_customers(self, rng):
        """Customers alternate company/individual; the first ones come from the converted leads."""
        converted = [lead for lead in self.records("leads") if lead["status"] == "converted"]
        customers = []
        for index in range(self._count("customers")):
            kind = "company" if index % 2 == 0 else "individual"
            lead = converted[index] if index < len(converted) else None
            if lead:
                first, last, email, phone = lead["first_name"], lead["last_name"], lead["email"], lead["phone"]
                company = lead["company_name"] or rng.choice(COMPANIES)
                city, zip_code, state, country = next(
                    (c for c in CITIES if c[0] == lead["city"]), rng.choice(CITIES))
            else:
                first, last = self._person(rng)
                company = rng.choice(COMPANIES)
                city, zip_code, state, country = rng.choice(CITIES)
                email = "%s.%s.c%d@%s.example" % (slug(first), slug(last), index + 1, slug(company)[:24])
                phone = self._phone(rng, country)
            person = "%s %s" % (first, last)
            vat = ""
            if kind == "company" and country != "US":
                digits = "".join(str(rng.randrange(10)) for _ in range({"SI": 8, "DE": 9, "AT": 8, "HR": 11}[country]))
                vat = ("ATU" if country == "AT" else country) + digits
            customer = {
                "id": "cus_%05d" % (index + 1),
                "type": kind,
                "name": company if kind == "company" else person,
                "company_name": company if kind == "company" else "",
                "contact_name": person,
                "email": email,
                "phone": phone,
                "billing_address": {"street": self._street(rng, country), "city": city,
                                    "zip": zip_code, "state": state, "country": country},
                "website": "https://www.%s.example" % slug(company) if kind == "company" else "",
                "vat": vat,
                "owner_id": self._owner(rng),
                "lead_id": lead["id"] if lead else None,
                "custom_fields": self._custom_values(rng, "customer"),
            }
            customer.update(self._stamps(rng))
            customers.append(customer)
        return customers

    def _gen_invoices(self, rng):
        """Every status, every tax rate, EUR and USD; every 8th (from the 4th) recurs, one of them yearly."""
        customers = self.records("customers")
        invoices = []
        for index in range(self._count("invoices")):
            customer = rng.choice(customers)
            status = INVOICE_STATUSES[index % len(INVOICE_STATUSES)]
            issued = self._moment(rng)
            currency = "USD" if customer["billing_address"]["country"] == "US" or index % 5 == 1 else "EUR"
            lines, total = [], Decimal(0)
            for line_number in range(1 + rng.randrange(4)):
                quantity = rng.choice((Decimal(1), Decimal(2), Decimal("1.5"), Decimal(10)))
                price = Decimal(rng.randrange(2000, 250000)) / 100
                tax = TAX_RATES[index % 3] if line_number == 0 else rng.choice(TAX_RATES)
                discount = rng.choice(("0", "0", "10"))
                total += quantity * price * (1 - Decimal(discount) / 100) * (1 + Decimal(tax) / 100)
                lines.append({"description": rng.choice(SERVICES), "quantity": str(quantity),
                              "unit_price": money(price), "tax_rate": tax, "discount": discount})
            total = Decimal(money(total))
            paid = {"paid": total, "partially_paid": total * Decimal("0.4")}.get(status, Decimal(0))
            recurring = None
            if index % 8 == 3:
                interval = "year" if index == 11 else "month"
                next_date = issued + timedelta(days=365 if interval == "year" else 30)
                recurring = {"interval": interval, "every": 1, "next_date": next_date.date().isoformat()}
            invoice = {
                "id": "inv_%05d" % (index + 1),
                "number": "INV-%d-%04d" % (issued.year, index + 1),
                "customer_id": customer["id"],
                "issue_date": issued.date().isoformat(),
                "due_date": (issued + timedelta(days=rng.choice((8, 15, 30)))).date().isoformat(),
                "currency": currency,
                "status": status,
                "recurring": recurring,
                "line_items": lines,
                "total": money(total),
                "amount_paid": money(paid),
                "created_at": iso(issued),
                "updated_at": iso(self._moment(rng, issued)),
            }
            invoices.append(invoice)
        return invoices

    def _gen_proposals(self, rng):
        customers = self.records("customers")
        leads = [lead for lead in self.records("leads") if lead["status"] in ("contacted", "qualified", "converted")]
        proposals = []
        for index in range(self._count("proposals")):
            status = PROPOSAL_STATUSES[index % len(PROPOSAL_STATUSES)]
            customer = rng.choice(customers) if index % 2 == 0 else None
            lead = rng.choice(leads) if customer is None else None
            title = "Ponudba: %s" % rng.choice(TOPICS)
            created = self._moment(rng)
            sent = self._moment(rng, created, 10) if status != "draft" else None
            recipient = customer["contact_name"] if customer else "%s %s" % (lead["first_name"], lead["last_name"])
            amount = Decimal(rng.randrange(100000, 2000000)) / 100
            proposal = {
                "id": "prp_%05d" % (index + 1),
                "title": title,
                "customer_id": customer["id"] if customer else None,
                "lead_id": lead["id"] if lead else None,
                "status": status,
                "amount": money(amount),
                "currency": "USD" if index % 4 == 3 else "EUR",
                "sent_at": iso(sent) if sent else None,
                "accepted_at": iso(self._moment(rng, sent, 20)) if status == "accepted" else None,
                "content_html": ("<h1>%s</h1><p>Spoštovani %s,</p><p>hvala za zaupanje. Vrednost: <b>%s</b>.</p>"
                                 "<ul><li>Analiza</li><li>Izvedba</li><li>Schulung für Mitarbeiter</li></ul>"
                                 % (title, recipient, money(amount))),
                "created_at": iso(created),
                "updated_at": iso(self._moment(rng, sent or created, 30)),
            }
            proposals.append(proposal)
        return proposals

    def _gen_activities(self, rng):
        users = {user["id"]: user for user in self.records("users")}
        leads = {lead["id"]: lead for lead in self.records("leads")}
        customers = {customer["id"]: customer for customer in self.records("customers")}
        subjects = {"call": ("Uvodni klic", "Follow-up call", "Rückruf"), "email": ("Re: Ponudba", "Angebot", "Intro"),
                    "meeting": ("Sestanek – predstavitev", "Kick-off meeting", "Workshop vor Ort"),
                    "task": ("Pošlji pogodbo", "Prepare proposal", "Rechnung prüfen"),
                    "note": ("Opomba", "Note", "Notiz")}
        activities = []
        for index in range(self._count("activities")):
            kind = ACTIVITY_TYPES[index % len(ACTIVITY_TYPES)]
            target = self._target(rng, index // len(ACTIVITY_TYPES))
            related = leads.get(target["lead_id"]) or customers.get(target["customer_id"])
            owner_id = self._owner(rng)
            created = self._moment(rng)
            starts = created if kind in ("call", "email", "meeting") else None
            duration = rng.choice((15, 30, 45, 60)) if kind in ("call", "meeting") else None
            attendees = []
            if kind == "meeting":
                attendees = [users[owner_id]["email"], related["email"]]
                if rng.random() < 0.5:
                    attendees.append(rng.choice(USERS)[1])
            activity = {
                "id": "act_%05d" % (index + 1),
                "type": kind,
                "subject": rng.choice(subjects[kind]),
                "body": "Pogovor z %s o temi »%s«. Nächster Schritt: Angebot." % (
                    related.get("contact_name") or related["name"], rng.choice(TOPICS)),
                "lead_id": target["lead_id"],
                "customer_id": target["customer_id"],
                "owner_id": owner_id,
                "starts_at": iso(starts) if starts else None,
                "ends_at": iso(starts + timedelta(minutes=duration)) if starts and duration else None,
                "duration_minutes": duration,
                "attendees": list(dict.fromkeys(attendees)),
                "status": rng.choice(("open", "done")) if kind == "task" else "done",
                "due_date": self._moment(rng, created, 14).date().isoformat() if kind == "task" else None,
                "direction": rng.choice(("in", "out")) if kind in ("call", "email") else None,
                "created_at": iso(created),
                "updated_at": iso(self._moment(rng, created, 5)),
            }
            activities.append(activity)
        return activities

    def _gen_booking_pages(self, rng):
        availability = [{"weekday": day, "from": "09:00", "to": "16:00"} for day in ("mon", "tue", "wed", "thu")]
        availability.append({"weekday": "fri", "from": "09:00", "to": "12:00"})
        return [dict(id="bp_%05d" % n, name=name, duration_minutes=minutes, location=location,
                     availability=[dict(a) for a in availability], **self._stamps(rng))
                for n, (name, minutes, location) in enumerate(BOOKING_PAGES, 1)]

    def _gen_appointments(self, rng):
        pages = self.records("booking_pages")
        leads = {lead["id"]: lead for lead in self.records("leads")}
        customers = {customer["id"]: customer for customer in self.records("customers")}
        appointments = []
        for index in range(self._count("appointments")):
            page = rng.choice(pages)
            target = self._target(rng, index)
            related = leads.get(target["lead_id"]) or customers.get(target["customer_id"])
            starts = self._moment(rng).replace(minute=0)
            online = page["location"] in ("Google Meet", "Zoom")
            appointment = {
                "id": "apt_%05d" % (index + 1),
                "booking_page_id": page["id"],
                "invitee_name": related.get("contact_name") or "%s %s" % (related["first_name"], related["last_name"]),
                "invitee_email": related["email"],
                "starts_at": iso(starts),
                "ends_at": iso(starts + timedelta(minutes=page["duration_minutes"])),
                "status": APPOINTMENT_STATUSES[index % len(APPOINTMENT_STATUSES)],
                "location": page["location"],
                "meeting_link": ("https://meet.example.com/%s-%04d" % (slug(page["location"]), index + 1)
                                 if online else None),
                "lead_id": target["lead_id"],
                "customer_id": target["customer_id"],
                "owner_id": self._owner(rng),
                "created_at": iso(starts - timedelta(days=rng.randrange(1, 20))),
                "updated_at": iso(starts),
            }
            appointments.append(appointment)
        return appointments

    def _gen_documents(self, rng):
        """Alternating PDF and text files, attached to a lead, a customer or a proposal in turn."""
        owners = (("lead_id", self.records("leads")), ("customer_id", self.records("customers")),
                  ("proposal_id", self.records("proposals")))
        documents = []
        for index in range(self._count("documents")):
            key, records = owners[index % 3]
            related = rng.choice(records)
            label = related.get("company_name") or related.get("name") or related.get("title")
            doc_id = "doc_%05d" % (index + 1)
            if index % 2 == 0:
                name, mime = "Pogodba %s.pdf" % label, "application/pdf"
                content = pdf_bytes("Pogodba / Vertrag: %s" % label)
            else:
                name, mime = "Zapisnik sestanka – %s.txt" % label, "text/plain"
                content = ("Zapisnik sestanka\nStranka: %s\nUdeleženci: Ana Žužek, Jonas Müller\n" % label).encode()
            self.files[doc_id] = content
            document = {"id": doc_id, "name": name, "mime_type": mime, "size": len(content),
                        "lead_id": None, "customer_id": None, "proposal_id": None}
            document[key] = related["id"]
            document.update(self._stamps(rng))
            documents.append(document)
        return documents

    def _gen_templates(self, rng):
        return [dict(id="tpl_%05d" % n, name=name, kind=kind, merge_fields=list(fields),
                     content_html="<h2>%s</h2><p>%s</p>" % (name, " · ".join("{{%s}}" % f for f in fields)),
                     **self._stamps(rng))
                for n, (name, kind, fields) in enumerate(TEMPLATES, 1)]

    def _gen_sequences(self, rng):
        return [dict(id="seq_%05d" % n, name=name, trigger=trigger,
                     steps=[{"order": o, "delay_days": d, "subject": s, "body": b} for o, d, s, b in steps],
                     **self._stamps(rng))
                for n, (name, trigger, steps) in enumerate(SEQUENCES, 1)]

    def _gen_forms(self, rng):
        return [dict(id="frm_%05d" % n, name=name,
                     fields=[{"label": label, "type": kind, "required": required, "maps_to": target}
                             for label, kind, required, target in fields],
                     **self._stamps(rng))
                for n, (name, fields) in enumerate(FORMS, 1)]

    def _gen_portal(self, rng):
        return [{
            "domain": "portal.agencija-zuzek.si",
            "branding": {"company_name": "Agencija Žužek", "logo_url": "https://cdn.example.com/logo.png",
                         "primary_color": "#1f6feb", "hide_powered_by": True},
            "css": ".portal-header { background: #1f6feb; font-family: 'Inter', sans-serif; }",
            "widgets": ["invoices", "proposals", "documents", "appointments"],
            "updated_at": self._stamps(rng)["updated_at"],
        }]

    def _gen_esign_documents(self, rng):
        documents = []
        for index in range(self._count("esign_documents")):
            status = ESIGN_STATUSES[index % len(ESIGN_STATUSES)]
            stamps = self._stamps(rng)
            documents.append(dict(
                id="esg_%05d" % (index + 1), name="Pogodba o sodelovanju %d" % (index + 1), status=status,
                signed_at=stamps["updated_at"] if status == "signed" else None, **stamps))
        return documents


# ---------------------------------------------------------------------------------------------- server


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def server_bind(self):
        """Bind without ``HTTPServer``'s reverse DNS lookup of the host (slow on hosts without DNS)."""
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]

    def handle_error(self, request, client_address):
        """A client that gave up (timeout) is expected; anything else is logged with its traceback."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            _logger.debug("Sandbox client %s went away", client_address)
            return
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    server_version = "ClientjoySandbox/1.0"

    def do_GET(self):
        self.server.sandbox.handle(self)

    def log_message(self, fmt, *args):
        _logger.debug("Sandbox %s: %s", self.address_string(), fmt % args)


class SandboxServer:
    """A Clientjoy API on loopback. Use as a context manager, or :meth:`start` / :meth:`stop`.

    :param seed: seed of the generated data.
    :param scale: multiplies the number of data records (leads, customers, invoices, ...).
    :param host: a loopback address (anything else is refused).
    :param port: 0 picks a free port.
    :param api_key: the only key accepted.
    :param plan: ``"agency"`` (API allowed) or ``"starter"`` (every request answers 403 plan_not_allowed).
    :param faults: overrides of :data:`DEFAULT_FAULTS`, see the module docstring.
    :param contract: the contract to serve (paths, names); default the documented one.
    """

    def __init__(self, seed=1, scale=1, host="127.0.0.1", port=0, api_key=DEFAULT_API_KEY, plan="agency",
                 faults=None, contract=None):
        try:
            loopback = ipaddress.IPv4Address(host).is_loopback
        except ValueError:
            loopback = False
        if not loopback:
            raise ValueError("The Clientjoy sandbox only listens on an IPv4 loopback address such as 127.0.0.1, "
                             "not on %r" % host)
        if plan not in PLANS:
            raise ValueError("Unknown sandbox plan %r; use one of %s" % (plan, ", ".join(PLANS)))
        unknown = set(faults or {}) - set(DEFAULT_FAULTS)
        if unknown:
            raise ValueError("Unknown sandbox fault(s) %s; known: %s"
                             % (", ".join(sorted(unknown)), ", ".join(DEFAULT_FAULTS)))
        self.host, self.port = host, port
        self.api_key = api_key
        self.plan = plan
        self.faults = dict(DEFAULT_FAULTS, **(faults or {}))
        self._initial_faults = dict(self.faults)
        self.contract = contract or DEFAULT_CONTRACT
        self.data = SandboxData(seed, scale)
        self.requests = []
        self._prefix = urlsplit(self.contract.base_url).path.rstrip("/")
        self._routes = self._build_routes()
        self._scripts = {}
        self._count = 0
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd = None
        self._thread = None

    # ------------------------------------------------------------------ lifecycle

    def start(self):
        """Start serving in a background thread; return self."""
        self._stopping.clear()
        self._httpd = _HTTPServer((self.host, self.port), _Handler)
        self._httpd.sandbox = self
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="clientjoy-sandbox-%s" % self.port, daemon=True)
        self._thread.start()
        return self

    def stop(self):
        """Stop serving, cut short any injected slowness and release the port."""
        if self._httpd is None:
            return
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()
        self._httpd = self._thread = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc_info):
        self.stop()

    @property
    def base_url(self):
        """The API base URL to give the client (the contract's path on this host and port)."""
        return "http://%s:%s%s" % (self.host, self.port, self._prefix)

    # ------------------------------------------------------------------ test controls

    def script(self, path, responses):
        """Queue scripted answers for requests to ``path`` (relative to the base URL, e.g. ``/leads``).

        See the module docstring for the entries; they are consumed one per request, after which the
        path answers normally again.
        """
        for entry in responses:
            if not (isinstance(entry, (int, dict)) or entry in ("badjson", "drop")
                    or (isinstance(entry, str) and re.fullmatch(r"slow:\d+(\.\d+)?", entry))):
                raise ValueError("Unknown scripted sandbox answer %r" % (entry,))
        with self._lock:
            self._scripts.setdefault("/" + path.strip("/"), []).extend(responses)

    def reset(self):
        """Forget logged requests and pending scripts, restart the fault counter, restore the faults."""
        with self._lock:
            self.requests.clear()
            self._scripts.clear()
            self._count = 0
            self.faults.clear()
            self.faults.update(self._initial_faults)

    def touch(self, object_name, record_id, **changes):
        """Change fields of a record and bump its ``updated_at`` to now (for delta runs); return it."""
        return self.data.touch(object_name, record_id, **changes)

    def add(self, object_name, record, content=None):
        """Add a record (canonical field names); return it with its id and timestamps."""
        return self.data.add(object_name, record, content=content)

    # ------------------------------------------------------------------ request handling

    def _build_routes(self):
        """``[(regex, kind, object)]`` from the contract's paths, most specific first."""
        contract = self.contract

        def pattern(template, **parts):
            regex = re.escape(template.strip("/"))
            for name, value in parts.items():
                regex = regex.replace(re.escape("{%s}" % name), value)
            return re.compile(regex)

        routes = [(pattern(contract.download_path, id="(?P<id>[^/]+)"), "download", "documents")]
        for name, endpoint in contract.endpoints.items():
            routes.append((re.compile(re.escape(endpoint.strip("/"))), "list", name))
            if not contract.is_single(name):
                routes.append((pattern(contract.record_path, endpoint=re.escape(endpoint.strip("/")),
                                       id="(?P<id>[^/]+)"), "record", name))
        return routes

    def handle(self, handler):
        """Answer one request (called by the request handler thread)."""
        contract = self.contract
        split = urlsplit(handler.path)
        path = unquote(split.path)
        relative = "/" + path[len(self._prefix):].strip("/") if path.startswith(self._prefix + "/") else None
        entry = {
            "method": handler.command,
            "path": relative or path,
            "query": {k: v[-1] for k, v in parse_qs(split.query, keep_blank_values=True).items()},
            "headers": {k: v for k, v in handler.headers.items() if k.lower() != contract.auth_header.lower()},
            "status": None,
        }
        with self._lock:
            self._count += 1
            count = self._count
            self.requests.append(entry)
            queue = self._scripts.get(relative)
            scripted = queue.pop(0) if queue else None
        handler.log_entry = entry
        extra_headers = {}
        if scripted is not None:
            extra_headers = self._play(handler, scripted)
            if extra_headers is None:
                return
        if relative is None:
            return self._send(handler, 404, {contract.error_key: "not_found"})
        if handler.headers.get(contract.auth_header) != "%s %s" % (contract.auth_scheme, self.api_key):
            return self._send(handler, 401, {contract.error_key: "unauthorized"})
        if self.plan == "starter":
            return self._send(handler, 403, {contract.error_key: contract.plan_error_code,
                                             "message": "API access requires the Agency plan or higher."})
        if scripted is None and self._inject(handler, count) is None:
            return
        self._route(handler, relative.strip("/"), entry["query"], extra_headers)

    def _inject(self, handler, count):
        """Apply the counter-based faults; None when the request was answered by one of them."""
        faults = dict(self.faults)

        def due(name):
            every = faults.get(name) or 0
            return every > 0 and count % every == 0

        if due("rate_limit_every"):
            return self._send(handler, 429, {self.contract.error_key: "rate_limited"}, self._rate_headers())
        if due("error_every"):
            status = faults["error_status"]
            return self._send(handler, status, {self.contract.error_key: ERROR_CODES.get(status, "error")})
        if due("badjson_every"):
            return self._send(handler, 200, BAD_JSON)
        if due("slow_every"):
            self._stopping.wait(faults["slow_seconds"])
        return True

    def _play(self, handler, scripted):
        """Answer per a scripted entry; return headers to add to the normal answer, or None when answered."""
        if isinstance(scripted, int):
            scripted = {"status": scripted}
        elif scripted == "badjson":
            scripted = {"body": BAD_JSON}
        elif scripted == "drop":
            handler.close_connection = True
            return None
        elif isinstance(scripted, str):
            self._stopping.wait(float(scripted.split(":", 1)[1]))
            return {}
        status = scripted.get("status", 200)
        headers = dict(scripted.get("headers") or {})
        if status == 429:
            headers = dict(self._rate_headers(), **headers)
        if status == 200 and "body" not in scripted:
            return headers
        body = scripted.get("body", {self.contract.error_key: ERROR_CODES.get(status, "error")})
        return self._send(handler, status, body, headers)

    def _rate_headers(self):
        contract = self.contract
        retry_after = self.faults["retry_after"]
        return {contract.retry_after_header: retry_after, contract.rate_limit_remaining_header: 0,
                contract.rate_limit_reset_header: retry_after}

    def _route(self, handler, relative, query, headers):
        contract = self.contract
        for regex, kind, name in self._routes:
            match = regex.fullmatch(relative)
            if not match:
                continue
            if kind == "download":
                return self._download(handler, match.group("id"), headers)
            if kind == "record":
                record = self.data.find(name, match.group("id"))
                if record is None:
                    return self._send(handler, 404, {contract.error_key: "not_found"}, headers)
                return self._send(handler, 200, {contract.data_key: contract.to_remote(name, dict(record))}, headers)
            if contract.is_single(name):
                record = dict(self.data.find(name, None))
                return self._send(handler, 200, {contract.data_key: contract.to_remote(name, record)}, headers)
            return self._list(handler, name, query, headers)
        return self._send(handler, 404, {contract.error_key: "not_found"}, headers)

    def _list(self, handler, name, query, headers):
        contract = self.contract
        try:
            page = int(query.get(contract.page_param, 1))
            per_page = int(query.get(contract.per_page_param, DEFAULT_PER_PAGE))
            since = query.get(contract.updated_since_param)
            since = parse_iso(since) if since else None
        except ValueError as exc:
            return self._send(handler, 400, {contract.error_key: "invalid_parameter", "message": str(exc)}, headers)
        if page < 1 or per_page < 1:
            return self._send(handler, 400, {contract.error_key: "invalid_parameter",
                                             "message": "page and per_page must be positive"}, headers)
        per_page = min(per_page, contract.max_per_page)
        records, total = self.data.page(name, page, per_page, since)
        meta = {contract.meta_page_key: page, contract.meta_per_page_key: per_page, contract.meta_total_key: total,
                contract.next_page_key: page + 1 if page * per_page < total else None}
        body = {contract.data_key: [contract.to_remote(name, record) for record in records], contract.meta_key: meta}
        return self._send(handler, 200, body, headers)

    def _download(self, handler, document_id, headers):
        document = self.data.find("documents", document_id)
        content = self.data.file(document_id)
        if document is None or content is None:
            return self._send(handler, 404, {self.contract.error_key: "not_found"}, headers)
        name = document["name"]
        fallback = ascii_text(name).replace("\\", "_").replace('"', "_")
        headers = dict(headers, **{
            "Content-Disposition": "attachment; filename=\"%s\"; filename*=UTF-8''%s" % (fallback, quote(name)),
        })
        return self._send(handler, 200, content, headers, content_type=document["mime_type"])

    @staticmethod
    def _send(handler, status, body, headers=None, content_type="application/json; charset=utf-8"):
        """Write a complete answer; return None (the request is answered)."""
        if isinstance(body, (dict, list)):
            body = json.dumps(body, ensure_ascii=False).encode("utf-8")
        elif isinstance(body, str):
            body = body.encode("utf-8")
        handler.log_entry["status"] = status
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            handler.send_header(key, str(value))
        handler.end_headers()
        handler.wfile.write(body)
        return None


# ---------------------------------------------------------------------------------------------- CLI


def _fault(text):
    """``name=value`` of ``--fault`` (the value is JSON: 3, 0.5, 503)."""
    name, sep, value = text.partition("=")
    if not sep or name not in DEFAULT_FAULTS:
        raise argparse.ArgumentTypeError("expected NAME=VALUE with NAME one of %s" % ", ".join(DEFAULT_FAULTS))
    try:
        return name, json.loads(value)
    except ValueError:
        raise argparse.ArgumentTypeError("the value of %s must be a number" % name) from None


def main(argv=None):
    """Run the sandbox until killed (Ctrl+C or SIGTERM)."""
    parser = argparse.ArgumentParser(description="Clientjoy API sandbox on loopback (see the module docstring).")
    parser.add_argument("--host", default="127.0.0.1", help="loopback address (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765, help="port, 0 for a free one (default 8765)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--scale", type=int, default=1, help="multiplies the number of data records")
    parser.add_argument("--api-key", default=DEFAULT_API_KEY)
    parser.add_argument("--plan", choices=PLANS, default="agency")
    parser.add_argument("--fault", type=_fault, action="append", default=[], metavar="NAME=VALUE",
                        help="fault injection, repeatable: %s" % ", ".join(DEFAULT_FAULTS))
    parser.add_argument("--contract", metavar="JSON_FILE", help="contract overrides (paths, names)")
    args = parser.parse_args(argv)
    contract = DEFAULT_CONTRACT
    if args.contract:
        with open(args.contract, encoding="utf-8") as overrides:
            contract = build_contract(overrides.read())
    try:
        server = SandboxServer(seed=args.seed, scale=args.scale, host=args.host, port=args.port,
                               api_key=args.api_key, plan=args.plan, faults=dict(args.fault), contract=contract)
    except ValueError as exc:
        parser.error(str(exc))
    signal.signal(signal.SIGTERM, lambda *_args: sys.exit(0))
    server.start()
    print("Clientjoy sandbox base URL: %s" % server.base_url)
    print("API key: %s" % server.api_key, flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


if __name__ == "__main__":
    main()
