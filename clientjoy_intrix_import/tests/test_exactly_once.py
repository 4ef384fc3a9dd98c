"""Every source record exactly once, under faults: API page drift, one id on two CSV lines, cut
downloads, changed documents on a delta run.

The Clientjoy side runs over real HTTP against tests/fault_server.py (written from the API contract,
not from the sandbox the client was developed with).
"""
import base64
import hashlib

from odoo.tests import tagged

from ..adapters.clientjoy import keep_latest
from ..importers import ImportContext
from .common import IntrixCase, fast_client_retries
from .fault_server import FaultServer

API_KEY = "cj-fault-KEY-0c1d"
OLD = "2024-01-01T00:00:00Z"


def customer(number, name=None, updated_at=OLD):
    return {"id": "c%s" % number, "type": "individual", "name": name or "Customer %s" % number,
            "email": "customer%s@example.com" % number, "owner_id": "u1", "created_at": OLD, "updated_at": updated_at}


def document(number, content, size=None, customer_id="c1", updated_at=OLD):
    return {"id": "d%s" % number, "name": "file-%s.txt" % number, "mime_type": "text/plain",
            "size": len(content) if size is None else size, "customer_id": customer_id, "created_at": OLD,
            "updated_at": updated_at}


class _FaultServerCase(IntrixCase):

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.server = FaultServer(API_KEY).start()
        cls.addClassCleanup(cls.server.stop)

    def setUp(self):
        super().setUp()
        server = self.server
        server.requests.clear()
        server.routes.clear()
        server.after_page.clear()
        server.download_faults.clear()
        server.files.clear()
        server.objects = {name: [] for name in server.objects}
        server.objects["users"] = [{"id": "u1", "name": "Ana Novak", "email": "ana.novak@example.si", "role": "admin",
                                    "active": True, "created_at": OLD, "updated_at": OLD}]
        server.objects["customers"] = [customer(n) for n in range(1, 6)]
        self.backend = self.env["clientjoy.intrix.backend"].create({
            "name": "Fault server", "base_url": server.base_url, "api_key": API_KEY, "per_page": 2,
            "max_retries": 2, "timeout": 5, "fallback_user_id": self.env.ref("base.user_admin").id})
        fast_client_retries(self, backoff_max=0.01)

    def pull(self, delta=False):
        action = self.backend.action_delta_run() if delta else self.backend.action_new_run()
        run = self.env["clientjoy.intrix.run"].browse(action["res_id"])
        # a delta run takes over the map confirmed for the run it continues
        self.assertEqual(run.state, "ready" if delta else "staged", run.error_message)
        return run

    def import_pulled(self, delta=False):
        run = self.pull(delta)
        run.action_confirm_map()
        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        return run

    def xmlid_records(self, name):
        # names in the company namespace of the runs (the test user's company)
        name = "c%d_%s" % (self.env.company.id, name)
        data = self.env["ir.model.data"].search([("module", "=", "clientjoy_import"), ("name", "=", name)])
        return self.env[data.model].browse(data.res_id) if data else None, len(data)


@tagged("post_install", "-at_install")
class TestApiPageDrift(_FaultServerCase):

    def test_record_served_on_two_pages_is_staged_once_with_its_latest_payload(self):
        def drift(server, page):
            # once, after page 1 (c1, c2): a new customer is inserted on top and c2 edited, so page 2
            # starts with c2 again, in its newer version
            if page == 1 and server.objects["customers"][0]["id"] != "c0":
                customers = server.objects["customers"]
                customers.insert(0, customer(0, updated_at="2024-03-01T00:00:00Z"))
                customers[2] = customer(2, "Customer 2 renamed", updated_at="2024-03-02T00:00:00Z")

        self.server.after_page["customers"] = drift
        run = self.import_pulled()
        served = [r["query"]["page"] for r in self.server.requests if r["path"].endswith("/customers")]
        # the first pass served c2 twice (and missed c0, inserted above the window already read): the
        # list is paged a second time
        self.assertEqual(served, ["1", "2", "3", "1", "2", "3"])
        stagings = run.staging_ids.filtered(lambda s: s.object_name == "customers")
        self.assertEqual(sorted(stagings.mapped("external_id")), ["c0", "c1", "c2", "c3", "c4", "c5"])
        c2 = stagings.filtered(lambda s: s.external_id == "c2")
        self.assertEqual(c2._payload()["name"], "Customer 2 renamed")
        self.assertEqual(set(stagings.mapped("state")), {"imported"})
        for number in range(6):
            self.assertEqual(self.xmlid_records("customers_c%s" % number)[1], 1)
        partner, _count = self.xmlid_records("customers_c2")
        self.assertEqual(partner.name, "Customer 2 renamed")
        self.assertEqual(self.env["res.partner"].search_count([("email", "=", "customer2@example.com")]), 1)
        self.assertIn("served twice: c2", run.log)

    def test_record_shifted_back_by_a_deletion_is_not_skipped(self):
        def deletion(server, page):
            # after page 1 (c1, c2) c1 is deleted: c3 moves to page 1 and page 2 holds c4, c5
            if page == 1 and server.objects["customers"][0]["id"] == "c1":
                del server.objects["customers"][0]

        self.server.after_page["customers"] = deletion
        run = self.pull()
        stagings = run.staging_ids.filtered(lambda s: s.object_name == "customers")
        self.assertEqual(sorted(stagings.mapped("external_id")), ["c1", "c2", "c3", "c4", "c5"])
        self.assertIn("paged a second time", run.log)

    def test_keep_latest_by_updated_at_else_the_later_page(self):
        first = {"id": "a", "name": "first", "updated_at": "2024-05-02T10:00:00Z"}
        older_later = {"id": "a", "name": "older copy", "updated_at": "2024-05-01T10:00:00+00:00"}
        records, twice = keep_latest([first, {"id": "b"}, older_later])
        self.assertEqual([r.get("name") for r in records], ["first", None])
        self.assertEqual(twice, ["a"])
        # an offset is compared in UTC: 12:30+02:00 is after 10:00Z
        newer = {"id": "a", "name": "newer", "updated_at": "2024-05-02T12:30:00+02:00"}
        self.assertEqual(keep_latest([first, newer])[0][0]["name"], "newer")
        # no timestamp to compare: the later page was read last
        records, twice = keep_latest([{"id": 7, "name": "p1"}, {"id": "7", "name": "p2"}, {"name": "no id"},
                                      {"name": "no id"}])
        self.assertEqual([r["name"] for r in records], ["p2", "no id", "no id"])
        self.assertEqual(twice, ["7"])


@tagged("post_install", "-at_install")
class TestDownloads(_FaultServerCase):

    def test_cut_and_short_bodies_are_retried_then_errors_never_stored(self):
        files = {"1": b"complete after one retry " * 40, "2": b"always cut " * 50, "3": b"shorter than declared"}
        self.server.files.update({"d%s" % n: content for n, content in files.items()})
        self.server.objects["documents"] = [document(1, files["1"]), document(2, files["2"]),
                                            document(3, files["3"], size=len(files["3"]) + 100)]
        self.server.download_faults.update({"d1": ["half"], "d2": ["half"] * 10})
        run = self.import_pulled()
        downloads = [r["path"].split("/")[-2] for r in self.server.requests if r["path"].endswith("/download")]
        self.assertEqual(downloads.count("d1"), 2)
        self.assertEqual(downloads.count("d2"), 3)  # first try + max_retries
        self.assertEqual(downloads.count("d3"), 3)

        attachment, count = self.xmlid_records("documents_d1")
        self.assertEqual(count, 1)
        self.assertEqual(attachment.raw, files["1"])
        stagings = {s.external_id: s for s in run.staging_ids.filtered(lambda s: s.object_name == "documents")}
        self.assertEqual(stagings["d1"].state, "imported")
        for ref, words in (("d2", ("announced %s bytes" % len(files["2"]), "sent %s bytes" % (len(files["2"]) // 2))),
                           ("d3", ("declares %s bytes" % (len(files["3"]) + 100), "not stored"))):
            self.assertEqual(stagings[ref].state, "error")
            self.assertFalse(stagings[ref].res_id)
            for word in words:
                self.assertIn(word, stagings[ref].message)
            self.assertEqual(self.xmlid_records("documents_%s" % ref)[1], 0)
        self.assertFalse(self.env["ir.attachment"].search([("name", "in", ["file-2.txt", "file-3.txt"])]))

    def test_checksum_named_by_the_contract_is_checked(self):
        good, bad = b"checked and right", b"checked and wrong"
        self.backend.contract_overrides = '{"document_checksum_field": "sha256"}'
        self.server.files.update({"d4": good, "d5": bad})
        self.server.objects["documents"] = [
            dict(document(4, good), sha256=hashlib.sha256(good).hexdigest().upper()),
            dict(document(5, bad), sha256=hashlib.sha256(b"what it should have been").hexdigest())]
        run = self.import_pulled()
        stagings = {s.external_id: s for s in run.staging_ids.filtered(lambda s: s.object_name == "documents")}
        self.assertEqual(stagings["d4"].state, "imported", stagings["d4"].message)
        self.assertEqual(self.xmlid_records("documents_d4")[0].raw, good)
        self.assertEqual(stagings["d5"].state, "error")
        self.assertIn("does not match its sha256 checksum", stagings["d5"].message)
        self.assertEqual(self.xmlid_records("documents_d5")[1], 0)
        self.assertNotIn("sha256", run.map_ids.filtered(lambda m: m.object_name == "documents").mapped("source_column"))

    def test_changed_document_on_a_delta_run_updates_the_attachment(self):
        before, after = b"version one of the file", b"version two, longer than the first one"
        self.server.files["d1"] = before
        self.server.objects["documents"] = [document(1, before)]
        self.import_pulled()
        attachment, _count = self.xmlid_records("documents_d1")
        self.assertEqual(attachment.raw, before)

        self.server.files["d1"] = after
        self.server.objects["documents"] = [document(1, after, updated_at="2099-01-01T00:00:00Z")]
        delta = self.import_pulled(delta=True)
        staging = delta.staging_ids.filtered(lambda s: s.object_name == "documents")
        self.assertEqual(staging.state, "imported", staging.message)
        attachment.invalidate_recordset()
        self.assertEqual(attachment.raw, after)
        self.assertEqual(self.xmlid_records("documents_d1")[1], 1)
        self.assertEqual(self.env["ir.attachment"].search_count([("name", "=", "file-1.txt")]), 1)
        # the importer's own update (what Odoo writes on the side, e.g. the file's checksum, is a side effect)
        update = delta.ledger_ids.filtered(lambda entry: entry.res_model == "ir.attachment"
                                           and entry.operation == "update" and not entry.side_effect)
        self.assertEqual(len(update), 1)
        self.assertIn(base64.b64encode(before).decode(), update.previous_values)

        delta.action_rollback()
        attachment.invalidate_recordset()
        self.assertEqual(attachment.raw, before)


CLIENTS_HEADER = "Client ID;Client name;Phone;E-mail;Owner e-mail"
CLIENTS = [
    "C1;Alpha d.o.o.;+386 1 100 1000;alpha@example.com;ana.novak@example.si",
    "C2;Beta GmbH;+49 30 200 2000;beta@example.com;ana.novak@example.si",
    "C1;Alpha d.o.o.;+386 1 100 1000;alpha@example.com;ana.novak@example.si",
    "C2;Beta AG;+49 30 200 2999;office@beta.example.com;ana.novak@example.si",
    "C3;Gamma;+386 1 300 3000;gamma@example.com;ana.novak@example.si",
    "c3 ;Gamma (old);+386 1 300 3001;old@gamma.example.com;ana.novak@example.si",
    "C4;Delta;+386 1 400 4000;delta@example.com;ana.novak@example.si",
]


@tagged("post_install", "-at_install")
class TestSameSourceIdInCsv(IntrixCase):

    def run_with(self, rows):
        content = "\n".join([CLIENTS_HEADER] + rows).encode("utf-8")
        run = self.make_run([("clients.csv", content)], fallback_user_id=self.env.ref("base.user_admin").id)
        self.assertEqual(run.state, "staged", run.error_message)
        return run

    def lines(self, run, ref):
        return run.staging_ids.filtered(lambda s: (s.external_id or "").strip().lower() == ref.lower()).sorted("sequence")

    def test_identical_lines_are_staged_once_different_ones_block_until_one_is_kept(self):
        run = self.run_with(CLIENTS)
        c1 = self.lines(run, "C1")
        self.assertEqual(c1.mapped("state"), ["valid", "skipped"])
        self.assertIn("Line 3 repeats line 1", c1[1].message)
        self.assertIn("identical data", c1[1].message)
        for ref, lines in (("C2", "2, 4"), ("C3", "5, 6")):
            both = self.lines(run, ref)
            self.assertEqual(both.mapped("state"), ["error", "error"], ref)
            self.assertTrue(all(both.mapped("audit_same_id")))
            for staging in both:
                self.assertIn("is on lines %s with different data" % lines, staging.message)
                self.assertIn("Keep this one", staging.message)
        self.assertEqual(self.lines(run, "C4").state, "valid")

        # confirming the map audits again: the findings stay, once
        run.action_confirm_map()
        c2 = self.lines(run, "C2")
        self.assertEqual(c2.mapped("state"), ["error", "error"])
        self.assertEqual(c2[0].message.count("with different data"), 1)

        c2[1].action_keep_this_one()
        self.assertEqual(c2.mapped("state"), ["skipped", "valid"])
        self.assertIn("kept line 4", c2[0].message)
        self.assertFalse(any(c2.mapped("audit_same_id")))
        self.assertEqual(self.lines(run, "C3").mapped("state"), ["error", "error"])
        self.assertEqual(run.state, "ready")

        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        prefix = "c%d_" % self.env.company.id
        data = self.env["ir.model.data"].search([("module", "=", "intrix_import"), ("name", "in", [
            prefix + "clients_c2", prefix + "clients_c1", prefix + "clients_c3"])])
        self.assertEqual(sorted(data.mapped("name")), [prefix + "clients_c1", prefix + "clients_c2"])
        beta = self.env["res.partner"].browse(data.filtered(lambda d: d.name == prefix + "clients_c2").res_id)
        self.assertEqual(beta.name, "Beta AG")
        self.assertEqual(self.env["res.partner"].search_count([("name", "in", ["Beta GmbH", "Beta AG"])]), 1)
        self.assertEqual(self.env["res.partner"].search_count([("name", "=", "Alpha d.o.o.")]), 1)
        self.assertFalse(self.env["res.partner"].search([("name", "in", ["Gamma", "Gamma (old)"])]))
        self.assertEqual(self.lines(run, "C3").mapped("state"), ["error", "error"])

    def test_skipping_one_line_frees_the_other(self):
        run = self.run_with(CLIENTS)
        c3 = self.lines(run, "C3")
        c3[0].action_skip()
        self.assertEqual(c3.mapped("state"), ["skipped", "valid"])
        self.assertFalse(any(c3.mapped("audit_same_id")))
        c3[0].action_unskip()
        self.assertEqual(c3.mapped("state"), ["error", "error"])

    def test_upsert_never_creates_two_records_for_one_external_id(self):
        run = self.run_with(CLIENTS[4:5] + CLIENTS[6:7])
        first, second = run.staging_ids.sorted("sequence")
        ctx = ImportContext(run)
        results = ctx.upsert("res.partner", [(first, "test_same_name", {"name": "One"}),
                                             (second, "test_same_name", {"name": "Two"})])
        self.assertEqual(list(results), [first.id])
        self.assertEqual(second.state, "error")
        self.assertIn("not imported twice", second.message)
        self.assertEqual(self.env["res.partner"].search_count([("name", "in", ["One", "Two"])]), 1)
