"""What the admin reads is words: field labels, readable staging records, no dead-end 'New' buttons."""
import re

from lxml import etree

from odoo.tests import tagged

from .common import IntrixCase

# labels Odoo derives from technical names that mean nothing to an admin ("Res Model", "Count Imported")
TECHNICAL_LABEL = re.compile(r"^(Res|Count|Stale Months|Xmlid|Json)\b|\bRes$")


@tagged("post_install", "-at_install")
class TestAdminWords(IntrixCase):
    def test_no_technical_field_labels(self):
        bad = []
        for name in self.env:
            if not name.startswith("clientjoy.intrix."):
                continue
            for field in self.env[name]._fields.values():
                if field.name not in ("id", "display_name") and TECHNICAL_LABEL.search(field.string or ""):
                    bad.append("%s.%s: %r" % (name, field.name, field.string))
        self.assertFalse(bad, "technical labels:\n%s" % "\n".join(bad))

    def test_staging_record_reads_as_tables(self):
        run = self.make_run(fallback_user_id=self.env.ref("base.user_admin").id)
        staging = run.staging_ids.filtered(lambda s: s.object_name == "clients" and s.external_id == "C1")
        self.assertIn("<table", staging.payload_html)
        self.assertIn("Čebelarstvo Žužek d.o.o.", staging.payload_html)
        # mapped values under the target's label and Odoo field, not the JSON key
        self.assertIn("res.partner.name", staging.values_html)
        self.assertNotIn('"name":', staging.values_html)
        # source text is escaped, never markup
        staging.sudo().write({"payload": '{"Name": "<script>alert(1)</script>"}'})
        self.assertIn("&lt;script&gt;", staging.payload_html)
        self.assertNotIn("<script>", staging.payload_html)

    def test_runs_start_from_their_source(self):
        Run = self.env["clientjoy.intrix.run"]
        arch = etree.fromstring(Run.get_view(view_type="list")["arch"])
        self.assertEqual(arch.get("create"), "0", "'New' on runs opens a form that cannot be saved")
        actions = {self.env["ir.actions.act_window"].browse(int(b.get("name"))).res_model
                   for b in arch.iter("button") if b.get("display") == "always" and b.get("type") == "action"}
        self.assertEqual(actions, {"clientjoy.intrix.upload.wizard", "clientjoy.intrix.backend"})
        staging_arch = etree.fromstring(self.env["clientjoy.intrix.staging"].get_view(view_type="list")["arch"])
        self.assertEqual(staging_arch.get("create"), "0", "staging records come from a source, never by hand")
