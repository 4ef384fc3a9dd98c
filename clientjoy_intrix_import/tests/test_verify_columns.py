"""The verification's fast paths report what the ORM path reports.

The verification reads the columns its checks compare in one query per model and chunk and decides
plain equality without the ORM (``same_column``), and reads html of the shape the importers write as
text without lxml (``simple_html_text``). Neither may hide a difference: with ``VerifyContext.fast``
off every value is read through the ORM and every html parsed by ``html2plaintext``, and a run whose
imported values were changed in SQL, one column of every type the checks read, must be reported the
same way (same records, same messages, same figures per phase) both ways.
"""
import datetime
import random
from unittest import mock

from markupsafe import Markup

from odoo.tests import tagged
from odoo.tools import html2plaintext

from ..importers import ImportContext, verify
from ..importers.activity import ActivityImporter
from ..importers.verify import VerifyContext, _is_column, _text, entity_columns, simple_html_text
from .common import IntrixCase


def _findings(run):
    """What a verification of ``run`` reports: its mismatch messages per staging record and its figures."""
    run.env.invalidate_all()
    run._verify_import()
    messages = {staging.id: staging.verify_message for staging in run.staging_ids if staging.verify_mismatch}
    phases = {phase.object_name: (phase.verified, phase.verified_values, phase.verify_mismatches,
                                  phase.verify_mismatched_records, phase.verify_details) for phase in run.phase_ids}
    return messages, phases, run.verify_mismatches


@tagged("post_install", "-at_install")
class TestVerifyColumns(IntrixCase):

    def test_simple_html_text_is_html2plaintext(self):
        """Whenever the reader without lxml answers, it answers what html2plaintext gives (spaces folded)."""
        rnd = random.Random(7)
        alphabet = list("ab cč*/\"'\t\n:·-_.,;()[]{}#%$@!? ") + ["\xa0", "é", "中", "\u200b", "\ufeff", "  "]
        rare = ["\x85", "\u2028", "\r", "\x0c", "&amp;", "&", "<", ">", "<em>", "<p/>", "<b>"]

        def text():
            value = "".join(rnd.choice(alphabet) for _i in range(rnd.randint(0, 8)))
            return value + rnd.choice(rare) if rnd.random() < 0.05 else value

        answered = 0
        for _case in range(3000):
            html = "".join("<p>%s</p>" % "".join(
                rnd.choice((text(), "<b>%s</b>" % text(), "<i>%s</i>" % text(), "<br>", "<br/>"))
                for _j in range(rnd.randint(0, 4))) for _k in range(rnd.randint(1, 3)))
            if rnd.random() < 0.1:  # broken or other shapes: answered by html2plaintext
                html = html.replace(rnd.choice(("<p>", "</p>", "<b>", "</i>")), rnd.choice(("<em>", "", "<p>")), 1)
            fast = simple_html_text(html)
            if fast is not None:
                answered += 1
                self.assertEqual(fast, _text(html2plaintext(html)), repr(html))
        self.assertGreater(answered, 2000)
        for html in ("<p><b></b>x</p>", "x<p>y</p>", "<p>a &amp; b</p>", "<p>a<b>b<i>c</i></b></p>", "<p>a\rb</p>",
                     "<p><a href='x'>y</a></p>", "<div>x</div>", "<p>x"):
            self.assertIsNone(simple_html_text(html), html)

    def test_importer_bodies_are_read_without_lxml(self):
        """The bodies the activity importer writes (after Odoo's sanitizer) take the fast path, and read as
        html2plaintext reads them."""
        ctx = ImportContext(self.env["clientjoy.intrix.run"].create({"source": "intrix"}))
        self.addCleanup(ctx.stop_recording)
        field = self.env["mail.message"]._fields["body"]
        for values in ({"subject": "Call 1", "body": "Discussed *volumes* / delivery, \"follow-up\" č1\nline 2",
                        "duration": 25.0, "status": "done", "direction": "in", "attendees": ["a@example.com"],
                        "due_date": datetime.date(2024, 2, 6)},
                       {"subject": "Note", "body": "a < b & c > d"},
                       {"subject": "Tab\tand  spaces", "body": "  "}):
            body = ActivityImporter()._body(ctx, "call", values)
            stored = field.convert_to_column_insert(Markup(body), self.env["mail.message"])
            text = _text(html2plaintext(str(stored)))
            fast = simple_html_text(str(stored))
            if "<" not in values["body"]:
                self.assertIsNotNone(fast, stored)
            if fast is not None:
                self.assertEqual(fast, text)

    def test_fast_path_reports_what_the_orm_path_reports(self):
        run = self.import_run()
        self.assertEqual(run.verify_mismatches, 0)
        cr = self.env.cr
        # every column the checks read, changed behind the importer's back on every imported record (a value a
        # column cannot take is left as it is; Odoo's own models of fields are left alone)
        changed = set()
        for staging in run.staging_ids.filtered(lambda s: s.state == "imported" and s.res_id).sorted("id"):
            if staging.res_model.startswith("ir."):
                continue
            Model = self.env[staging.res_model]
            for fname in entity_columns(staging.entity) + tuple(k for k in staging._values() if k.startswith("x_")):
                field = Model._fields.get(fname)
                if not field or not _is_column(field):
                    continue
                new = {"char": "'zz changed'", "text": "'zz changed'", "selection": "'zz'", "html": "'<p>zz</p>'",
                       "integer": '"%s" + 7', "many2one_reference": '"%s" + 7', "float": '"%s" + 1.5',
                       "monetary": '"%s" + 1.5', "date": '"%s" + 3', "datetime": "\"%s\" + interval '1 hour'",
                       "boolean": 'NOT "%s"', "many2one": "NULL"}[field.type]
                if "%s" in new:
                    new = new % fname
                try:
                    with cr.savepoint():
                        cr.execute('UPDATE "%s" SET "%s" = %s WHERE id = %%s' % (Model._table, fname, new),
                                   [staging.res_id])
                except Exception:  # noqa: BLE001 - NOT NULL, a check constraint: that column stays
                    continue
                changed.add((staging.entity, staging.res_model, fname))
        self.assertGreater(len(changed), 25, sorted(changed))
        self.assertTrue({"char", "many2one", "float", "monetary", "date", "datetime", "html", "integer"} <= {
            self.env[m]._fields[f].type for _e, m, f in changed}, sorted(changed))

        counted = {"columns": 0, "html": 0}
        same_column, simple = verify.same_column, verify.simple_html_text

        def count(kind, function):
            def wrapped(*args):
                result = function(*args)
                counted[kind] += bool(result) if kind == "columns" else result is not None
                return result
            return wrapped

        with mock.patch.object(verify, "same_column", count("columns", same_column)), \
                mock.patch.object(verify, "simple_html_text", count("html", simple)):
            fast = _findings(run)
        self.assertTrue(counted["columns"] and counted["html"], "the fast paths were taken: %s" % counted)
        with mock.patch.object(VerifyContext, "fast", False):
            slow = _findings(run)
        self.assertEqual(fast, slow)
        messages = "\n".join(fast[0].values())
        for needle in ("City: staged Ljubljana, in Odoo zz changed", "duration: 25 min", "Expected close: staged",
                       "Value: staged", "Date: staged"):
            self.assertIn(needle, messages)
        self.assertGreater(fast[2], 20)
