"""The pre-import audit, finding by finding, on crafted exports with a known answer.

The audit runs in SQL over the mapped values (flat memory): these tests pin its results to what an
admin reads, record by record: duplicates by e-mail (any case), VAT (spaces ignored) and normalised
name (case and white space, also non-ASCII letters), orphans (but not references to records an earlier
run imported), stale opportunities, unknown owners, and that a re-validation starts from scratch.
"""
from unittest import mock
from odoo.tests import tagged

from .common import IntrixCase

CLIENTS = """Client ID;Client name;E-mail;VAT;Owner e-mail
K1;Šumi   Bonboni d.o.o.;Info@Sumi.si;SI 1111 1111;ana.novak@example.si
K2;Delta d.o.o.;info@sumi.si;;ana.novak@example.si
K3;šumi bonboni D.O.O.;;SI11111111;ghost@example.si
K4;Alfa;alfa@example.si;;
K5;Beta;beta@example.si;DE 999;
"""
CONTACTS = """Contact ID;Client ID;First name;Last name;E-mail
P1;K1;Ana;Kos;ana.kos@sumi.si
P2;K404;Bor;Zver;bor@zver.si
P3;OLD1;Cene;Pust;cene@pust.si
"""
OPPORTUNITIES = """Opportunity ID;Name;Client ID;Stage;Value;Expected close;Owner e-mail
O1;Old deal;K1;New;100;01.01.2020;GHOST@example.si
O2;Fresh deal;K4;New;100;31.12.2099;
"""


def csv(text):
    return text.encode("utf-8")


@tagged("post_install", "-at_install")
class TestAudit(IntrixCase):
    def make_audit_run(self, **vals):
        return self.make_run([("clients.csv", csv(CLIENTS)), ("contacts.csv", csv(CONTACTS)),
                              ("opportunities.csv", csv(OPPORTUNITIES))], **vals)

    def findings(self, run):
        return {s.external_id: (s.state, s.audit_duplicate, s.audit_orphan, s.audit_stale, s.audit_owner)
                for s in run.staging_ids}

    def test_every_finding(self):
        # a client an earlier run imported: a reference to it is not an orphan
        earlier = self.import_run([("clients.csv", csv("Client ID;Client name\nOLD1;Old client\n"))])
        self.assertEqual(earlier.state, "done")
        run = self.make_audit_run()
        self.assertFalse(run.error_message)
        self.assertEqual(self.findings(run), {
            #      state      dup    orphan stale  owner
            "K1": ("valid", True, False, False, False),     # the original of K2 (e-mail) and K3 (VAT, name)
            "K2": ("warning", True, False, False, False),
            "K3": ("warning", True, False, False, True),
            "K4": ("valid", False, False, False, False),
            "K5": ("valid", False, False, False, False),
            "P1": ("valid", False, False, False, False),
            "P2": ("warning", False, True, False, False),
            "P3": ("valid", False, False, False, False),
            "O1": ("valid", False, False, True, True),      # owner e-mail matched case-insensitively
            "O2": ("valid", False, False, False, False),
        })
        message = {s.external_id: s.message or "" for s in run.staging_ids}
        self.assertEqual(message["K2"], "Possible duplicate of K1 (same email)")
        self.assertEqual(message["K3"].splitlines(), ["Possible duplicate of K1 (same vat)",
                                                      "Possible duplicate of K1 (same name)"])
        self.assertIn("Company K404 is not in the source data", message["P2"])
        self.assertEqual(message["K1"], "")
        owners = {o.email: o.reference_count for o in run.owner_ids}
        self.assertEqual(owners, {"ana.novak@example.si": 2, "ghost@example.si": 2})
        self.assertEqual(run.owner_ids.filtered(lambda o: o.state == "unmatched").email, "ghost@example.si")
        # the search filters of the staging list view are these flags
        Staging = self.env["clientjoy.intrix.staging"]
        self.assertEqual(Staging.search([("run_id", "=", run.id), ("audit_duplicate", "=", True)]).mapped("external_id"),
                         ["K1", "K2", "K3"])

    def test_revalidation_starts_from_scratch(self):
        run = self.make_audit_run(stale_months=0)
        self.assertFalse(run.staging_ids.filtered("audit_stale"), "stale check switched off")
        owner = run.owner_ids.filtered(lambda o: o.email == "ghost@example.si")
        owner.user_id = self.ana
        run.action_validate()
        self.assertFalse(run.staging_ids.filtered("audit_owner"), "resolved owners are no longer flagged")
        k2 = run.staging_ids.filtered(lambda s: s.external_id == "K2")
        self.assertEqual(k2.message, "Possible duplicate of K1 (same email)", "warnings are not repeated")
        # the duplicate is skipped: the original is no longer flagged on the next validation
        run.staging_ids.filtered(lambda s: s.external_id in ("K2", "K3")).action_skip()
        run.action_validate()
        k1 = run.staging_ids.filtered(lambda s: s.external_id == "K1")
        self.assertFalse(k1.audit_duplicate)

    def test_chunked_validation_is_the_same(self):
        """Validation works through the staging records in chunks: chunk size 2 gives the same result."""
        from ..models import import_run_audit, import_run_mapping

        expected = self.findings(self.make_audit_run())
        with mock.patch.object(import_run_mapping, "VALIDATE_CHUNK", 2), \
                mock.patch.object(import_run_audit, "VALIDATE_CHUNK", 2):
            run = self.make_audit_run()
        self.assertEqual(self.findings(run), expected)
