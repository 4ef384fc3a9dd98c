"""Every file of the malformed-input corpus (tests/data/bad_inputs/) through the real upload wizard.

One test per case file, generated from the directory: the file is uploaded with the wizard and
staged, and its ``<file>.expect.json`` says what must happen (format: README.md of the corpus). For
every case: no exception but a UserError escapes, the upload and staging stay in the time budget,
and either nothing is staged and no run is kept (refused, with the reason in words) or exactly the expected rows are,
with no replacement character, NUL or mojibake in any staged value and the expected values exact.
"""
import json
import os
import re
import time

from odoo.exceptions import UserError
from odoo.tests import tagged

from ..lib.limits import PARAMETER_PREFIX, Limits
from ..wizards.intrix_upload_wizard import StagingRefused
from .common import IntrixCase, sample_files

CORPUS = os.path.join(os.path.dirname(__file__), "data", "bad_inputs")
SUFFIX = ".expect.json"
DEFAULT_SECONDS = 5
KEYS = {"case", "outcome", "refused_at", "error_contains", "rows", "records", "max_seconds", "params", "with_samples",
        "upload_as"}
RECORD_KEYS = {"object", "ref", "row", "state", "message_contains", "payload", "payload_length", "values"}
# UTF-8 read as cp1250/cp1252 ("Ăź", "Ã¼", "Ĺ˝"): what a silently wrong encoding leaves behind
MOJIBAKE = re.compile("[ÂÃÄĂĹ][\u0080-\u00bf\u02c7-\u02dd\u0152-\u017e\u2013-\u203a\u20ac\u2122]")
# what a message must never show the admin (a raw exception instead of words)
NOT_WORDS = ("Traceback", "psycopg2", "Error tokenizing", "TypeError", "object has no attribute")


def case_files():
    return sorted(name for name in os.listdir(CORPUS)
                  if not name.endswith(SUFFIX) and not name.startswith(("_", ".")) and name != "README.md")


def load_expectation(name):
    with open(os.path.join(CORPUS, name + SUFFIX), encoding="utf-8") as handle:
        return json.load(handle)


@tagged("post_install", "-at_install")
class TestBadInputs(IntrixCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # what a worker loads once (term tables, calibration, letter counts...) is no cost of a case: the
        # budget is for reading and staging one upload, so one clean legacy-encoded upload is made first
        with open(os.path.join(CORPUS, "clients__cp1250.csv"), "rb") as handle:
            content = handle.read()
        with cls.env.cr.savepoint() as savepoint:
            cls.env["clientjoy.intrix.upload.wizard"].create({
                "attachment_ids": [(0, 0, {"name": "clients.csv", "raw": content})]}).action_upload()
            savepoint.rollback()

    def test_corpus_is_complete(self):
        """At least 50 cases, each with its expectation (and none without a case), in the known format,
        with one pathological case per reader stage."""
        cases = case_files()
        self.assertGreaterEqual(len(cases), 50)
        sidecars = {name[:-len(SUFFIX)] for name in os.listdir(CORPUS) if name.endswith(SUFFIX)}
        self.assertEqual(sidecars, set(cases), "every case has a sidecar and every sidecar a case")
        for name in cases:
            expect = load_expectation(name)
            with self.subTest(case=name):
                self.assertLessEqual(set(expect), KEYS)
                self.assertIn(expect["outcome"], ("refused", "staged"))
                if expect["outcome"] == "refused":
                    self.assertTrue(expect["error_contains"], "a refusal names its reason")
                else:
                    self.assertTrue(expect["rows"])
                for record in expect.get("records", []):
                    self.assertLessEqual(set(record), RECORD_KEYS)
                    self.assertTrue("ref" in record or "row" in record)
                self.assertLessEqual(set(expect.get("params", {})), set(Limits.__dataclass_fields__))
        for stage in ("late_cp1250_byte", "sniffing_pathological", "quote_handling_pathological",
                      "number_parsing_pathological", "json_encoding_pathological"):
            self.assertTrue(any(stage in name for name in cases), stage)

    def _run_case(self, name):
        expect = load_expectation(name)
        with open(os.path.join(CORPUS, name), "rb") as handle:
            content = handle.read()
        for key, value in expect.get("params", {}).items():
            self.env["ir.config_parameter"].sudo().set_param(PARAMETER_PREFIX + key, value)
        # sample_files() without names would give every sample
        samples = sample_files(*expect["with_samples"]) if expect.get("with_samples") else []
        uploads = [(expect.get("upload_as", name), content)] + samples
        Run = self.env["clientjoy.intrix.run"]
        runs_before = Run.search([])
        wizard = self.env["clientjoy.intrix.upload.wizard"].create({
            "attachment_ids": [(0, 0, {"name": upload, "raw": data}) for upload, data in uploads],
        })
        started = time.perf_counter()
        refused, refused_at = None, None
        staging_before = self.env["clientjoy.intrix.staging"].search_count([])
        try:
            with self.env.cr.savepoint():
                action = wizard.action_upload()
        except UserError as exc:  # any other exception is a traceback: the test errors
            refused = str(exc.args[0] if exc.args else exc)
            # read, then refused: the wizard says so with its own exception; refused before: the file itself
            refused_at = "staging" if isinstance(exc, StagingRefused) else "upload"
        elapsed = time.perf_counter() - started
        budget = expect.get("max_seconds", DEFAULT_SECONDS)
        self.assertLess(elapsed, budget, "%s took %.1f s (budget %s s)" % (name, elapsed, budget))

        if refused is not None:
            self.assertEqual(expect["outcome"], "refused", "refused at %s: %s" % (refused_at, refused))
            self.assertEqual(expect.get("refused_at", refused_at), refused_at, refused)
            self.assert_words(refused, expect["error_contains"])
            # no draft run per attempt: the admin corrects the files in the wizard and tries again
            self.assertEqual(Run.search([]), runs_before, "a refused upload leaves no run behind")
            self.assertEqual(self.env["clientjoy.intrix.staging"].search_count([]), staging_before,
                             "nothing half-staged")
            return
        self.assertEqual(expect["outcome"], "staged", "accepted, but the case must be refused")
        run = Run.browse(action["res_id"])
        self.assertEqual(Run.search([]) - runs_before, run)
        self.assertIn(run.state, ("staged", "ready"), run.error_message)
        self.assertFalse(run.error_message)
        staged = {}
        for staging in run.staging_ids:
            staged[staging.object_name] = staged.get(staging.object_name, 0) + 1
            for value in staging._payload().values():
                self.assertNotIn("\ufffd", value, "replacement character: bytes were lost")
                self.assertNotIn("\x00", value)
                self.assertFalse(MOJIBAKE.search(value), "mojibake in %r" % value[:80])
        expected_rows = dict(expect["rows"])
        for sample in expect.get("with_samples", ()):
            object_name = run.file_ids.filtered(lambda f, s=sample: f.name == s).object_name
            expected_rows[object_name] = staged.get(object_name)
        self.assertEqual(staged, expected_rows, "rows staged per object: none swallowed, split or invented")
        for record in expect.get("records", []):
            self.assert_record(run, record)

    def assert_words(self, message, expected):
        for words in expected:
            self.assertIn(words, message)
        for bad in NOT_WORDS:
            self.assertNotIn(bad, message)

    def assert_record(self, run, record):
        stagings = run.staging_ids.filtered(lambda s: s.object_name == record["object"])
        if "ref" in record:
            stagings = stagings.filtered(lambda s: s.external_id == record["ref"])
        else:
            stagings = stagings.filtered(lambda s: s.sequence == record["row"])
        self.assertEqual(len(stagings), 1, record)
        staging = stagings
        if "state" in record:
            states = record["state"] if isinstance(record["state"], list) else [record["state"]]
            self.assertIn(staging.state, states, staging.message)
        for words in record.get("message_contains", []):
            self.assertIn(words, staging.message or "")
        payload = staging._payload()
        for column, value in record.get("payload", {}).items():
            self.assertEqual(payload.get(column), value, column)
        for column, length in record.get("payload_length", {}).items():
            self.assertEqual(len(payload.get(column) or ""), length, column)
        values = json.loads(staging.values or "{}")
        for key, value in record.get("values", {}).items():
            self.assertEqual(values.get(key), value, key)


def _add_case_tests():
    for name in case_files():
        method = "test_case_%s" % re.sub(r"\W", "_", name)

        def test(self, name=name):
            self._run_case(name)

        test.__doc__ = load_expectation(name).get("case") or name
        setattr(TestBadInputs, method, test)


_add_case_tests()
