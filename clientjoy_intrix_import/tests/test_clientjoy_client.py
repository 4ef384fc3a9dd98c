"""Clientjoy client against the sandbox server: real HTTP over loopback, no mocks.

Plain ``unittest`` (no database). ``test_tags``/``test_module`` let Odoo's test runner pick the
classes up as well; outside Odoo the attributes are inert.
"""
import logging
from datetime import datetime, timedelta, timezone

import requests

from ..lib import clientjoy_client as cj
from ..lib.clientjoy_contract import DEFAULT_CONTRACT, OBJECT_FIELDS, build_contract
from .clientjoy_sandbox import (
    CUSTOM_FIELDS, INACTIVE_USER_ID, LEAD_STATUSES, UNMATCHED_USER_EMAIL, SandboxServer,
)
from .common import SandboxApiCase

API_KEY = "cj-test-SECRET-7f3a9c1e"


class _SandboxCase(SandboxApiCase):
    api_key = API_KEY

    def setUp(self):
        super().setUp()
        self.sleeps = []

    def client(self, server=None, **kwargs):
        """A client of ``server`` with tiny backoffs whose waits are recorded instead of slept."""
        server = server or self.server
        options = dict(backoff_base=0.01, backoff_max=10, timeout=2, sleep=self.sleeps.append)
        options.update(kwargs)
        api_key = options.pop("api_key", API_KEY)
        client = cj.ClientjoyClient(server.base_url, api_key, **options)
        self.addCleanup(client.close)
        return client

    def statuses(self, server=None):
        return [entry["status"] for entry in (server or self.server).requests]


class TestClientjoyClientPaging(_SandboxCase):

    def test_paging_follows_next_page_until_null(self):
        client = self.client(per_page=7)
        pages = list(client.iter_pages("leads"))
        self.assertEqual([len(page) for page in pages], [7, 7, 7, 7, 2])
        ids = [record["id"] for page in pages for record in page]
        self.assertEqual(len(set(ids)), 30)
        self.assertEqual([entry["query"]["page"] for entry in self.server.requests], ["1", "2", "3", "4", "5"])
        self.assertEqual({entry["query"]["per_page"] for entry in self.server.requests}, {"7"})
        self.assertEqual(client.stats["requests"], 5)
        self.assertGreater(client.stats["bytes"], 0)

    def test_iter_records_flattens_pages(self):
        records = list(self.client(per_page=4).iter_records("customers"))
        self.assertEqual(len(records), 20)
        self.assertEqual(len(self.server.requests), 5)

    def test_per_page_is_capped_by_the_contract(self):
        client = self.client(per_page=500)
        self.assertEqual(len(list(client.iter_records("activities"))), 60)
        self.assertEqual([entry["query"]["per_page"] for entry in self.server.requests], ["100"])

    def test_updated_since_is_sent_as_utc_and_filters(self):
        since = datetime(2024, 5, 1, 12, 0, 30, 999, tzinfo=timezone(timedelta(hours=2)))
        records = list(self.client().iter_records("leads", updated_since=since))
        self.assertEqual(self.server.requests[0]["query"]["updated_since"], "2024-05-01T10:00:30Z")
        self.assertTrue(0 < len(records) < 30, len(records))
        self.assertTrue(all(record["updated_at"] >= "2024-05-01T10:00:30Z" for record in records))

    def test_delta_run_sees_touched_and_added_records_only(self):
        server = SandboxServer(seed=2, api_key=API_KEY).start()
        self.addCleanup(server.stop)
        started = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(seconds=1)
        server.touch("leads", "ld_00005", city="Kranj")
        added = server.add("leads", {"name": "Čebelarstvo Novak – nov", "status": "new"})
        records = list(self.client(server).iter_records("leads", updated_since=started))
        self.assertEqual(sorted(record["id"] for record in records), sorted(["ld_00005", added["id"]]))
        self.assertEqual(next(r for r in records if r["id"] == "ld_00005")["city"], "Kranj")

    def test_next_page_must_advance(self):
        self.server.script("/leads", [{"body": {"data": [], "meta": {"next_page": 1}}}])
        with self.assertRaises(cj.ClientjoyBadResponse) as caught:
            list(self.client().iter_pages("leads"))
        self.assertIn("next_page", str(caught.exception))

    def test_single_object_endpoint(self):
        client = self.client()
        pages = list(client.iter_pages("portal"))
        self.assertEqual(len(pages), 1)
        self.assertEqual(pages[0][0]["domain"], "portal.agencija-zuzek.si")
        self.assertEqual(client.get("portal")["widgets"], pages[0][0]["widgets"])

    def test_get_one_record(self):
        lead = self.client().get("leads", "ld_00003")
        self.assertEqual(lead["id"], "ld_00003")
        self.assertEqual(self.server.requests[0]["path"], "/leads/ld_00003")

    def test_test_connection(self):
        info = self.client(workspace_id="ws-1").test_connection()
        self.assertTrue(info["ok"])
        self.assertEqual(info["users_total"], 5)
        self.assertEqual(info["workspace_id"], "ws-1")
        self.assertEqual(self.server.requests[0]["path"], "/users")
        self.assertEqual(self.server.requests[0]["query"]["per_page"], "1")

    def test_workspace_header_is_sent_and_authorization_not_logged(self):
        self.client(workspace_id="ws-42").get("users", "usr_00001")
        self.client().get("users", "usr_00001")
        with_ws, without_ws = (entry["headers"] for entry in self.server.requests)
        self.assertEqual(with_ws.get("X-Workspace-Id"), "ws-42")
        self.assertNotIn("X-Workspace-Id", without_ws)
        self.assertNotIn("authorization", {name.lower() for name in with_ws})


class TestClientjoyClientFailures(_SandboxCase):

    def test_429_retry_after_is_honoured(self):
        self.server.script("/leads", [{"status": 429, "headers": {"Retry-After": "7"}}])
        client = self.client()
        self.assertEqual(len(list(client.iter_records("leads"))), 30)
        self.assertEqual(self.sleeps, [7.0])
        self.assertEqual(self.statuses(), [429, 200])
        self.assertEqual((client.stats["rate_limited"], client.stats["retries"]), (1, 1))

    def test_rate_limit_fault_every_n_requests(self):
        self.server.faults.update(rate_limit_every=2, retry_after=0)
        client = self.client(per_page=10)
        self.assertEqual(len(list(client.iter_records("leads"))), 30)
        self.assertEqual(self.statuses(), [200, 429, 200, 429, 200])
        self.assertEqual(self.sleeps, [0.0, 0.0])
        self.assertEqual(client.stats["rate_limited"], 2)

    def test_429_exhausting_retries_raises_rate_limited(self):
        self.server.faults["retry_after"] = 0
        self.server.script("/leads", [429, 429, 429])
        with self.assertRaises(cj.ClientjoyRateLimited) as caught:
            list(self.client(max_retries=2).iter_pages("leads"))
        self.assertEqual(caught.exception.retry_after, 0.0)
        self.assertIsInstance(caught.exception, cj.ClientjoyTransientError)
        self.assertEqual(len(self.server.requests), 3)

    def test_long_retry_after_is_raised_at_once(self):
        self.server.script("/leads", [{"status": 429, "headers": {"Retry-After": "120"}}])
        with self.assertRaises(cj.ClientjoyRateLimited) as caught:
            list(self.client(backoff_max=5).iter_pages("leads"))
        self.assertEqual(caught.exception.retry_after, 120.0)
        self.assertEqual(self.sleeps, [])
        self.assertEqual(len(self.server.requests), 1)

    def test_exhausted_quota_pauses_the_next_request(self):
        self.server.script("/users", [{"status": 200, "headers": {"X-RateLimit-Remaining": "0",
                                                                  "X-RateLimit-Reset": "3"}}])
        client = self.client()
        client.test_connection()
        self.assertEqual(self.sleeps, [])
        client.test_connection()
        self.assertEqual(len(self.sleeps), 1)
        self.assertTrue(2.5 < self.sleeps[0] <= 3, self.sleeps)

    def test_min_interval_spaces_requests(self):
        client = self.client(min_interval=0.5)
        for _ in range(3):
            client.get("users", "usr_00001")
        self.assertEqual(len(self.sleeps), 2)
        self.assertTrue(all(0.3 < wait <= 0.5 for wait in self.sleeps), self.sleeps)

    def test_5xx_then_success_with_jittered_backoff(self):
        self.server.script("/leads", [500, 503])
        client = self.client()
        self.assertEqual(len(list(client.iter_records("leads"))), 30)
        self.assertEqual(self.statuses(), [500, 503, 200])
        self.assertEqual(client.stats["retries"], 2)
        self.assertEqual(len(self.sleeps), 2)
        self.assertTrue(0 <= self.sleeps[0] <= 0.01 and 0 <= self.sleeps[1] <= 0.02, self.sleeps)

    def test_5xx_retries_are_bounded(self):
        self.server.script("/leads", [500] * 5)
        with self.assertRaises(cj.ClientjoyTransientError) as caught:
            list(self.client(max_retries=3).iter_pages("leads"))
        self.assertEqual(caught.exception.status, 500)
        self.assertIn("HTTP 500", str(caught.exception))
        self.assertEqual(self.statuses(), [500, 500, 500, 500])

    def test_slow_response_is_retried_then_succeeds(self):
        self.server.script("/users", ["slow:1.5", 200])
        client = self.client(timeout=0.3)
        self.assertEqual(client.test_connection()["users_total"], 5)
        self.assertEqual(len(self.server.requests), 2)
        self.assertEqual(client.stats["retries"], 1)

    def test_slow_response_beyond_timeout_exhausts_retries(self):
        self.server.script("/users", ["slow:1.5", "slow:1.5"])
        with self.assertRaises(cj.ClientjoyTransientError) as caught:
            self.client(timeout=0.3, max_retries=1).test_connection()
        self.assertIn("timed out", str(caught.exception))
        self.assertEqual(len(self.server.requests), 2)

    def test_dropped_connection_is_retried(self):
        self.server.script("/users", ["drop"])
        client = self.client()
        self.assertTrue(client.test_connection()["ok"])
        self.assertEqual(self.statuses(), [None, 200])

    def test_malformed_json(self):
        self.server.script("/leads", ["badjson"])
        with self.assertRaises(cj.ClientjoyBadResponse) as caught:
            list(self.client().iter_pages("leads"))
        message = str(caught.exception)
        self.assertIn(self.server.base_url + "/leads", message)
        self.assertIn("malformed JSON", message)
        # the answer is described (size, type), never quoted: it may be any page of any server
        self.assertRegex(message, r"\d+ bytes of ")
        self.assertNotIn("ld_00001", message)
        self.assertEqual(len(self.server.requests), 1)

    def test_missing_data_key_is_described_not_quoted(self):
        self.server.script("/leads", [{"body": {"items": "x" * 500}}])
        with self.assertRaises(cj.ClientjoyBadResponse) as caught:
            list(self.client().iter_pages("leads"))
        message = str(caught.exception)
        self.assertIn("'data'", message)
        self.assertIn("a JSON object with 1 key(s)", message)
        self.assertNotIn("xxx", message)
        self.assertNotIn("items", message)

    def test_wrong_key_is_an_auth_error_without_retry(self):
        with self.assertRaises(cj.ClientjoyAuthError) as caught:
            self.client(api_key="wrong-key").test_connection()
        self.assertEqual(caught.exception.status, 401)
        self.assertIn("API key", str(caught.exception))
        self.assertEqual(self.statuses(), [401])

    def test_starter_plan_points_to_csv_export(self):
        server = SandboxServer(plan="starter", api_key=API_KEY).start()
        self.addCleanup(server.stop)
        with self.assertRaises(cj.ClientjoyPlanError) as caught:
            self.client(server).test_connection()
        message = str(caught.exception)
        self.assertEqual(caught.exception.status, 403)
        self.assertIn("Agency plan or higher", message)
        self.assertIn("CSV export", message)

    def test_not_found(self):
        with self.assertRaises(cj.ClientjoyNotFound) as caught:
            self.client().get("leads", "ld_99999")
        self.assertEqual(caught.exception.status, 404)
        self.assertIn("/leads/ld_99999", str(caught.exception))

    def test_download_returns_bytes_type_and_filename(self):
        client = self.client()
        pdf, pdf_type, pdf_name = client.download("doc_00001")
        self.assertTrue(pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF"))
        self.assertEqual(pdf_type, "application/pdf")
        self.assertEqual(pdf_name, client.get("documents", "doc_00001")["name"])
        text, text_type, text_name = client.download("doc_00002")
        record = client.get("documents", "doc_00002")
        self.assertEqual((text_type, text_name, len(text)), ("text/plain", record["name"], record["size"]))
        self.assertIn("–", text_name)
        self.assertIn("Žužek", text.decode("utf-8"))

    def test_api_key_never_leaks(self):
        logger = logging.getLogger("test.clientjoy.secrecy")
        self.server.script("/leads", [500, {"body": "upstream echoed: Bearer %s" % API_KEY}])
        self.server.script("/customers", [{"status": 400, "body": {"error": "bad", "key": API_KEY}}])
        client = self.client(logger=logger)
        errors = []
        with self.assertLogs(logger, logging.DEBUG) as logs:
            for call in (lambda: list(client.iter_pages("leads")), lambda: list(client.iter_pages("customers"))):
                with self.assertRaises(cj.ClientjoyError) as caught:
                    call()
                errors.append(caught.exception)
        self.assertIsInstance(errors[0], cj.ClientjoyBadResponse)
        self.assertNotIn("upstream echoed", str(errors[0]))
        self.assertTrue(any("retry 1/5" in line for line in logs.output))
        texts = logs.output + [repr(client)]
        for error in errors:
            texts += [str(error), repr(error), repr(error.args), repr(vars(error))]
        for text in texts:
            self.assertNotIn(API_KEY, text)


class TestClientjoyContract(_SandboxCase):

    def test_overridden_contract_is_spoken_by_both_ends(self):
        contract = build_contract({
            "base_url": "https://example.invalid/cj/v9",
            "endpoints": {"leads": "crm/leads"},
            "page_param": "p",
            "data_key": "items",
            "field_names": {"leads": {"email": "email_address"}, "pipelines.stages": {"probability": "win_pct"}},
        })
        server = SandboxServer(api_key=API_KEY, contract=contract).start()
        self.addCleanup(server.stop)
        self.assertTrue(server.base_url.endswith("/cj/v9"))
        client = self.client(server, contract=contract, per_page=20)
        leads = list(client.iter_records("leads"))
        self.assertEqual(len(leads), 30)
        self.assertIn("email", leads[0])
        self.assertEqual([entry["path"] for entry in server.requests], ["/crm/leads", "/crm/leads"])
        self.assertEqual(server.requests[1]["query"]["p"], "2")
        stage = client.get("pipelines", "pl_00001")["stages"][0]
        self.assertIn("probability", stage)
        raw = requests.get(server.base_url + "/crm/leads", headers={"Authorization": "Bearer " + API_KEY}, timeout=5)
        self.assertIn("email_address", raw.json()["items"][0])

    def test_build_contract_validates_overrides(self):
        self.assertIs(build_contract(None), DEFAULT_CONTRACT)
        self.assertEqual(build_contract(DEFAULT_CONTRACT.to_dict()), DEFAULT_CONTRACT)
        self.assertEqual(build_contract('{"per_page_param": "limit"}').per_page_param, "limit")
        self.assertEqual(build_contract({"endpoints": {"leads": "x"}}).endpoints["users"], "users")
        for overrides in ({"base_ulr": "x"}, {"field_names": {"leads": {"e_mail": "x"}}}, {"max_per_page": 0},
                          {"download_path": "documents/download"}, "{not json", ["x"]):
            with self.assertRaises(ValueError, msg=overrides):
                build_contract(overrides)


class TestSandboxData(_SandboxCase):
    """The sandbox data is what the importer tests rely on: complete, consistent and varied."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        client = cj.ClientjoyClient(cls.server.base_url, API_KEY)
        cls.data = {name: list(client.iter_records(name)) for name in DEFAULT_CONTRACT.object_names()}
        client.close()

    def ids(self, name):
        return {record["id"] for record in self.data[name]}

    def test_every_record_has_exactly_the_contract_fields(self):
        for name, records in self.data.items():
            self.assertTrue(records, name)
            for record in records:
                self.assertEqual(set(record), set(OBJECT_FIELDS[name]), name)
                for field, value in record.items():
                    nested = OBJECT_FIELDS.get("%s.%s" % (name, field))
                    if not nested or value is None:
                        continue
                    for item in value if isinstance(value, list) else [value]:
                        self.assertEqual(set(item), set(nested), "%s.%s" % (name, field))

    def test_users(self):
        users = {user["id"]: user for user in self.data["users"]}
        self.assertFalse(users[INACTIVE_USER_ID]["active"])
        self.assertIn(UNMATCHED_USER_EMAIL, {user["email"] for user in users.values()})
        self.assertIn("Ana Žužek", {user["name"] for user in users.values()})

    def test_references_resolve(self):
        users, leads, customers = self.ids("users"), self.ids("leads"), self.ids("customers")
        stages = {stage["id"]: pipeline["id"] for pipeline in self.data["pipelines"] for stage in pipeline["stages"]}
        for lead in self.data["leads"]:
            self.assertEqual(stages[lead["stage_id"]], lead["pipeline_id"])
            self.assertIn(lead["owner_id"], users)
        self.assertTrue(any(c["lead_id"] for c in self.data["customers"]))
        self.assertTrue({c["lead_id"] for c in self.data["customers"] if c["lead_id"]} <= leads)
        self.assertTrue({i["customer_id"] for i in self.data["invoices"]} <= customers)
        for name in ("activities", "appointments"):
            for record in self.data[name]:
                self.assertTrue((record["lead_id"] in leads) != (record["customer_id"] in customers), record)
        for document in self.data["documents"]:
            self.assertEqual(sum(bool(document[key]) for key in ("lead_id", "customer_id", "proposal_id")), 1)
        self.assertTrue({a["booking_page_id"] for a in self.data["appointments"]} <= self.ids("booking_pages"))

    def test_variety(self):
        def values(name, field):
            return {record[field] for record in self.data[name]}

        self.assertEqual(values("leads", "status"), set(LEAD_STATUSES))
        self.assertEqual(values("customers", "type"), {"individual", "company"})
        self.assertEqual(values("invoices", "status"),
                         {"draft", "sent", "paid", "partially_paid", "overdue", "void"})
        self.assertEqual(values("invoices", "currency"), {"EUR", "USD"})
        self.assertEqual(values("activities", "type"), {"call", "email", "meeting", "task", "note"})
        self.assertTrue(any(invoice["recurring"] for invoice in self.data["invoices"]))
        rates = {line["tax_rate"] for invoice in self.data["invoices"] for line in invoice["line_items"]}
        self.assertEqual(rates, {"22", "9.5", "0"})
        self.assertTrue(all(m["attendees"] for m in self.data["activities"] if m["type"] == "meeting"))
        self.assertTrue(all(isinstance(lead["tags"], list) for lead in self.data["leads"]))
        self.assertTrue(any(lead["tags"] and lead["custom_fields"] for lead in self.data["leads"]))
        definitions = {(f["object"], f["type"]) for f in self.data["custom_fields"]}
        self.assertEqual(definitions, {(obj, kind) for obj, _key, _label, kind, _options in CUSTOM_FIELDS})
        self.assertEqual({kind for _obj, kind in definitions}, {"text", "dropdown", "date", "number", "checkbox"})
        self.assertEqual(values("documents", "mime_type"), {"application/pdf", "text/plain"})
        self.assertTrue(any("Čebelarstvo" in (lead["company_name"] or "") for lead in self.data["leads"]))

    def test_raw_protocol(self):
        with SandboxServer(scale=4, api_key=API_KEY) as server:
            url, auth = server.base_url + "/activities", {"Authorization": "Bearer " + API_KEY}
            body = requests.get(url, params={"per_page": 500}, headers=auth, timeout=5).json()
            self.assertEqual(len(body["data"]), 100)
            self.assertEqual(body["meta"], {"page": 1, "per_page": 100, "total": 240, "next_page": 2})
            last = requests.get(url, params={"page": 3, "per_page": 100}, headers=auth, timeout=5).json()
            self.assertEqual((len(last["data"]), last["meta"]["next_page"]), (40, None))
            bad = requests.get(url, params={"per_page": "many"}, headers=auth, timeout=5)
            self.assertEqual(bad.status_code, 400)
            unauthorized = requests.get(url, headers={"Authorization": "Bearer nope"}, timeout=5)
            self.assertEqual((unauthorized.status_code, unauthorized.json()), (401, {"error": "unauthorized"}))
            self.assertEqual([entry["status"] for entry in server.requests], [200, 200, 400, 401])

    def test_generation_is_deterministic_and_scales(self):
        with SandboxServer(seed=1, scale=3, api_key=API_KEY) as big:
            client = self.client(big)
            leads = list(client.iter_records("leads"))
            self.assertEqual(len(leads), 90)
            self.assertEqual(client.get("leads", "ld_00001"), self.data["leads"][0])
