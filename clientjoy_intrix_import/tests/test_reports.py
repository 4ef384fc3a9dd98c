"""Pre-migration audit report (PDF, CSV, XLSX) and migration completion report (PDF, HTML) of a run."""
import csv
import html
import io
import re
import zipfile
from unittest.mock import patch

from odoo.exceptions import UserError
from odoo.tests import HttpCase, new_test_user, tagged

from ..lib import audit_export
from .common import IntrixCase

AUDIT = "clientjoy_intrix_import.action_report_run_audit"
COMPLETION = "clientjoy_intrix_import.action_report_run_completion"
COMPLETION_HTML = "clientjoy_intrix_import.action_report_run_completion_html"
MALICIOUS = ['=HYPERLINK("http://x","y")', "+cmd", "@SUM(1)", "-2+3", "\tTAB", "\rCR", "\uff1dfull width"]


def _text(html):
    """Report HTML as plain text with single spaces (for content assertions)."""
    if isinstance(html, bytes):
        html = html.decode()
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def _xlsx_cells(content):
    """{sheet xml name: (shared strings, raw xml)} of an XLSX file, read without a spreadsheet library."""
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        names = archive.namelist()
        strings = archive.read("xl/sharedStrings.xml").decode() if "xl/sharedStrings.xml" in names else ""
        sheets = {n: archive.read(n).decode() for n in names if n.startswith("xl/worksheets/sheet")}
    shared = [re.sub(r"<[^>]+>", "", s) for s in re.findall(r"<si>(.*?)</si>", strings, re.S)]
    return shared, sheets


def _unescape_xml(text):
    return text.replace("&quot;", '"').replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")


@tagged("post_install", "-at_install")
class TestAuditExport(IntrixCase):
    """The pure spreadsheet helpers: formula injection never reaches a cell."""

    def test_safe_cell(self):
        for value in MALICIOUS + ["\uff0bx", "\uff0dx", "\uff20x"]:
            self.assertEqual(audit_export.safe_cell(value), "'" + value, repr(value))
        self.assertEqual(audit_export.safe_cell("'=already"), "'=already", "idempotent")
        self.assertEqual(audit_export.safe_cell("Acme = good"), "Acme = good")
        self.assertEqual(audit_export.safe_cell(None), "")
        self.assertEqual(audit_export.safe_cell(False), "")
        self.assertEqual(audit_export.safe_cell(3), 3)
        self.assertEqual(audit_export.safe_cell(-2.5), -2.5, "numbers stay numbers")

    def test_rows_and_files_escape_formulas(self):
        data = {
            "run": {"name": "=RUN", "source": "Intrix", "state": "Staged", "company": "+Co", "generated": "now"},
            "objects": [{"label": "@Clients", "records": 2, "clean": 0, "errors": 1, "duplicate": 2}],
            "findings": [{"object": "Clients", "category": "duplicate", "category_label": "Duplicates",
                          "source_id": "-C1", "name": MALICIOUS[0], "state": "Warning", "message": "+cmd"}],
            "owners": [{"email": "@x.si", "name": "=1+1", "source_active": True, "references": 1, "user": "",
                        "status": "Unmatched"}],
        }
        rows = audit_export.audit_rows(data)
        cells = [c for row in rows for c in row if isinstance(c, str)]
        self.assertIn("'" + MALICIOUS[0], cells)
        for value in ("'=RUN", "'+Co", "'@Clients", "'-C1", "'+cmd", "'@x.si", "'=1+1"):
            self.assertIn(value, cells)
        self.assertFalse([c for c in cells if c.startswith(audit_export.FORMULA_TRIGGERS)])
        self.assertIn(2, [c for row in rows for c in row], "counts are numbers")
        parsed = list(csv.reader(io.StringIO(audit_export.to_csv(rows).decode("utf-8-sig"))))
        self.assertIn("'" + MALICIOUS[0], [c for row in parsed for c in row])
        self.assertFalse([c for row in parsed for c in row if c.startswith(audit_export.FORMULA_TRIGGERS)])
        shared, sheets = _xlsx_cells(audit_export.to_xlsx(audit_export.audit_tables(data)))
        self.assertEqual(len(sheets), 3)
        self.assertFalse([s for s in sheets.values() if "<f>" in s or "<f " in s], "no formula in any sheet")
        shared = [_unescape_xml(s) for s in shared]
        self.assertIn("'" + MALICIOUS[0], shared)
        self.assertIn("'+cmd", shared)
        self.assertFalse([s for s in shared if s.startswith(audit_export.FORMULA_TRIGGERS)])


@tagged("post_install", "-at_install")
class TestRunReports(IntrixCase):
    def render_html(self, report, run):
        html, report_type = self.env["ir.actions.report"]._render_qweb_html(report, run.ids)
        self.assertEqual(report_type, "html")
        return _text(html)

    def test_audit_report_reads_the_run_in_chunks(self):
        """The audit report pages through the staging records (list order, one chunk in the cache at a
        time): small pages give the same report as one page."""
        from ..models import import_run_report

        run = self.make_run()
        chunks = list(run._report_staging_chunks(size=4))
        self.assertGreater(len(chunks), 5)
        self.assertEqual(max(len(chunk) for chunk in chunks), 4)
        self.assertEqual([s.id for chunk in chunks for s in chunk], run.staging_ids.ids, "in the list's order")
        whole = run._audit_report_data()
        with patch.object(import_run_report, "REPORT_CHUNK", 3):
            paged = run._audit_report_data()
        whole["run"].pop("generated")
        paged["run"].pop("generated")
        self.assertEqual(paged, whole)
        self.assertTrue(whole["findings"])

    def test_audit_report_of_staged_run(self):
        run = self.make_run()
        data = run._audit_report_data()
        found = {(f["object_name"], f["category"], f["source_id"]): f for f in data["findings"]}
        self.assertIn(("clients", "duplicate", "C2"), found)
        self.assertIn(("clients", "duplicate", "C3"), found)
        self.assertIn("C3", found["clients", "duplicate", "C2"]["message"], "the duplicate names its twin")
        self.assertIn("C9", found["contacts", "orphan", "P3"]["message"])
        self.assertIn("unknown.owner@example.si", found["opportunities", "owner", "O2"]["message"])
        self.assertNotIn(("opportunities", "owner", "O1"), found, "O1's owner is a known user")
        self.assertIn(("opportunities", "stale", "O1"), found)
        clients = next(o for o in data["objects"] if o["object_name"] == "clients")
        self.assertEqual((clients["records"], clients["duplicate"], clients["clean"]), (3, 2, 1))
        owners = {o["email"]: o for o in data["owners"]}
        self.assertEqual(owners["unknown.owner@example.si"]["state"], "unmatched")
        self.assertEqual(owners["marko@example.si"]["user"], "Marko Kranjc")

        text = self.render_html(AUDIT, run)
        self.assertIn("Pre-migration audit: %s" % run.name, text)
        self.assertIn("Duplicates C2 Acme Robotics GmbH", text)
        self.assertIn("Duplicates C3 Acme Robotics GmbH", text)
        self.assertIn("Orphans P3", text)
        self.assertIn("Company C9 is not in the source data", text)
        self.assertIn("Unknown owners O2 Robot arms x3", text)
        self.assertIn("Owner unknown.owner@example.si has no Odoo user", text)
        self.assertIn("Stale opportunities O1", text)
        self.assertIn("Owner reconciliation", text)
        self.assertIn("unknown.owner@example.si", text.split("Owner reconciliation")[1])
        self.assertIn("Marko Kranjc", text.split("Owner reconciliation")[1])

    def test_audit_exports_escape_malicious_values(self):
        run = self.make_run()
        c2 = run.staging_ids.filtered(lambda s: s.external_id == "C2")
        p3 = run.staging_ids.filtered(lambda s: s.external_id == "P3")
        c2.name = '=HYPERLINK("http://x","y")'
        p3.write({"name": "@SUM(1)", "message": "+cmd"})
        filename, content, mimetype = run._audit_export("csv")
        self.assertTrue(filename.endswith("-audit.csv"))
        self.assertEqual(mimetype, "text/csv; charset=utf-8")
        cells = [c for row in csv.reader(io.StringIO(content.decode("utf-8-sig"))) for c in row]
        for value in ('\'=HYPERLINK("http://x","y")', "'@SUM(1)", "'+cmd"):
            self.assertIn(value, cells)
        self.assertFalse([c for c in cells if c.startswith(audit_export.FORMULA_TRIGGERS)], "no cell a formula")
        self.assertIn("unknown.owner@example.si", cells)
        filename, content, mimetype = run._audit_export("xlsx")
        self.assertTrue(filename.endswith("-audit.xlsx"))
        self.assertTrue(mimetype.startswith("application/vnd.openxmlformats"))
        shared, sheets = _xlsx_cells(content)
        self.assertFalse([s for s in sheets.values() if "<f>" in s or "<f " in s], "no formula in any sheet")
        shared = [_unescape_xml(s) for s in shared]
        for value in ('\'=HYPERLINK("http://x","y")', "'@SUM(1)", "'+cmd", "unknown.owner@example.si"):
            self.assertIn(value, shared)
        self.assertFalse([s for s in shared if s.startswith(audit_export.FORMULA_TRIGGERS)])
        # the PDF shows the value as text (QWeb escapes it)
        text = self.render_html(AUDIT, run)
        self.assertIn('=HYPERLINK("http://x","y")', html.unescape(text))

    def test_completion_report_of_imported_run(self):
        run = self.import_run()
        data = run._completion_report_data()
        phases = {p["object_name"]: p for p in data["phases"]}
        self.assertEqual((phases["clients"]["source_rows"], phases["clients"]["imported"]), (3, 3))
        self.assertTrue(all(p["reconciled"] for p in data["phases"]), data["phases"])
        self.assertTrue(data["totals"]["reconciled"])
        self.assertEqual(data["totals"]["source_rows"], len(run.staging_ids))
        new_fields = {(f["model"], f["name"]) for f in data["new_fields"]}
        self.assertIn(("res.partner", "x_cji_region"), new_fields)
        self.assertIn(("res.partner", "x_cji_department"), new_fields)
        self.assertIn(("crm.stage", "x_cji_probability"), new_fields)
        self.assertEqual({i["name"] for i in data["inventory"]} & {"MailChimp", "Google Calendar"},
                         {"MailChimp", "Google Calendar"})
        self.assertTrue(all(i["recommendation"] for i in data["inventory"] if i["name"] == "MailChimp"))
        field_map = {(m["source_column"], m["destination"]): m for m in data["field_map"]}
        self.assertEqual(field_map["Department", "res.partner.x_cji_department"]["sample"], "Management | Purchasing")
        self.assertIn(("Probability (%)", "crm.stage.x_cji_probability"), field_map)
        self.assertIn(("Salutation", "res.partner.x_cji_salutation"), field_map, "auto-created custom fields too")
        self.assertNotIn("Client name", {m["source_column"] for m in data["field_map"]}, "only x_ fields")

        for report in (COMPLETION, COMPLETION_HTML):
            text = self.render_html(report, run)
            self.assertIn("Migration completion report: %s" % run.name, text)
            self.assertIn("Clients res.partner 3 3 3 0 0 0 Yes", text)
            self.assertIn("x_cji_region", text)
            self.assertIn("MailChimp", text)
            self.assertIn("Department Management | Purchasing res.partner.x_cji_department", text)
        # the audit of an imported run keeps its findings; the unknown owner went to the fallback user
        text = self.render_html(AUDIT, run)
        self.assertIn("Duplicates C3", text)
        self.assertIn("Orphans P3", text)
        self.assertIn("unknown.owner@example.si has no Odoo user: the record goes to the fallback owner", text)
        self.assertIn("Fallback user", text)

    def test_completion_report_lists_schema_gaps_and_rollback(self):
        def bad_type(content):
            return content.rstrip(b"\r\n") + b"\nClient,Rating,Stars,\n"

        from .common import sample_files

        run = self.import_run(sample_files(replace={"custom_fields.csv": bad_type}))
        data = run._completion_report_data()
        self.assertIn("Client.Rating", [g["name"] for g in data["schema_gaps"]])
        text = self.render_html(COMPLETION, run)
        self.assertIn("Client.Rating", text.split("Schema gaps")[1])
        run.action_rollback()
        data = run._completion_report_data()
        self.assertTrue(data["new_fields"])
        self.assertTrue(all(f["rolled_back"] for f in data["new_fields"]))
        self.assertIn("Rolled back", self.render_html(COMPLETION_HTML, run))

    def test_reviewer_renders_both_reports(self):
        run = self.import_run()
        reviewer = self.env["res.users"].with_context(no_reset_password=True).create({
            "name": "Reviewer", "login": "reviewer@example.com",
            "group_ids": [(6, 0, [self.env.ref("clientjoy_intrix_import.group_import_user").id])],
        })
        Report = self.env["ir.actions.report"].with_user(reviewer)
        audit = _text(Report._render_qweb_html(AUDIT, run.ids)[0])
        self.assertIn("Duplicates C2", audit)
        completion = _text(Report._render_qweb_html(COMPLETION, run.ids)[0])
        self.assertIn("x_cji_department", completion)
        self.assertIn("MailChimp", completion)
        self.assertEqual(run.with_user(reviewer)._audit_export("csv")[2], "text/csv; charset=utf-8")

    def test_pdf_rendering_with_or_without_wkhtmltopdf(self):
        run = self.make_run()
        Report = self.env["ir.actions.report"]
        # under tests Odoo 19 renders "PDF" reports as HTML unless asked to run wkhtmltopdf
        content, report_type = Report._render_qweb_pdf(AUDIT, run.ids)
        self.assertEqual(report_type, "html")
        self.assertIn("Pre-migration audit", _text(content))
        # without wkhtmltopdf: a clear error (the web client checks first and shows the HTML instead)
        with patch.object(type(Report), "get_wkhtmltopdf_state", return_value="install"), \
                self.assertRaisesRegex(UserError, "Wkhtmltopdf"):
            Report.with_context(force_report_rendering=True)._render_qweb_pdf(COMPLETION, run.ids)

    def test_report_buttons_on_run_form(self):
        arch = self.env["clientjoy.intrix.run"].get_view(view_type="form")["arch"]
        reports = [str(self.env.ref(xmlid).id) for xmlid in (AUDIT, COMPLETION, COMPLETION_HTML)]
        for name in ["action_download_audit_csv", "action_download_audit_xlsx"] + reports:
            self.assertIn('name="%s"' % name, arch)
        run = self.make_run()
        action = run.action_download_audit_xlsx()
        self.assertEqual(action["url"], "/clientjoy_intrix_import/run/%d/audit.xlsx" % run.id)


@tagged("post_install", "-at_install")
class TestAuditDownload(IntrixCase, HttpCase):
    """Over real HTTP (pytest-odoo runs HttpCase only with --odoo-http, as scripts/test.sh does)."""

    def test_download_and_access(self):
        run = self.make_run()
        run.staging_ids.filtered(lambda s: s.external_id == "C2").name = "=HYPERLINK(\"http://x\",\"y\")"
        self.authenticate("admin", "admin")
        response = self.url_open("/clientjoy_intrix_import/run/%d/audit.csv" % run.id)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.headers["Content-Type"], "text/csv; charset=utf-8")
        self.assertIn("attachment", response.headers["Content-Disposition"])
        body = response.content.decode("utf-8-sig")
        self.assertIn('\'=HYPERLINK(""http://x"",""y"")', body)
        self.assertIn("unknown.owner@example.si", body)
        response = self.url_open("/clientjoy_intrix_import/run/%d/audit.xlsx" % run.id)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.headers["Content-Type"],
                         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        self.assertEqual(response.content[:2], b"PK")
        self.assertEqual(self.url_open("/clientjoy_intrix_import/run/999999999/audit.csv").status_code, 404)
        self.assertEqual(self.url_open("/clientjoy_intrix_import/run/%d/audit.pdf" % run.id).status_code, 404)

        # a reviewer (group_import_user, not manager) downloads the audit of a run of their company...
        reviewer = new_test_user(self.env, login="cji_reviewer", password="cji_reviewer_pw",
                                 groups="clientjoy_intrix_import.group_import_user")
        self.authenticate("cji_reviewer", "cji_reviewer_pw")
        response = self.url_open("/clientjoy_intrix_import/run/%d/audit.xlsx" % run.id)
        self.assertEqual(response.status_code, 200)
        # ...but not the one of another company's run (not even whether it exists)
        other_company = self.env["res.company"].create({"name": "Other Co"})
        reviewer.write({"company_ids": [(6, 0, [other_company.id])], "company_id": other_company.id})
        self.assertEqual(self.url_open("/clientjoy_intrix_import/run/%d/audit.csv" % run.id).status_code, 404)

        new_test_user(self.env, login="plain_employee", password="plain_employee_pw", groups="base.group_user")
        self.authenticate("plain_employee", "plain_employee_pw")
        response = self.url_open("/clientjoy_intrix_import/run/%d/audit.csv" % run.id)
        self.assertEqual(response.status_code, 403, "internal user without the CRM Import group")
        self.assertNotIn("unknown.owner@example.si", response.text)

        self.authenticate(None, None)
        response = self.url_open("/clientjoy_intrix_import/run/%d/audit.csv" % run.id, allow_redirects=False)
        self.assertIn(response.status_code, (303, 302), "anonymous visitors are sent to the login page")

    def test_pdf_over_http(self):
        """One real PDF when wkhtmltopdf is installed (it fetches the report assets from this server)."""
        run = self.make_run()
        Report = self.env["ir.actions.report"]
        if Report.get_wkhtmltopdf_state() in ("install", "broken"):
            with self.assertRaisesRegex(UserError, "Wkhtmltopdf"):
                Report.with_context(force_report_rendering=True)._render_qweb_pdf(AUDIT, run.ids)
            return
        content, report_type = Report.with_context(force_report_rendering=True)._render_qweb_pdf(AUDIT, run.ids)
        self.assertEqual(report_type, "pdf")
        self.assertTrue(content.startswith(b"%PDF"))
        self.authenticate("admin", "admin")
        response = self.url_open("/report/pdf/clientjoy_intrix_import.report_run_completion/%d" % run.id)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.headers["Content-Type"], "application/pdf")
