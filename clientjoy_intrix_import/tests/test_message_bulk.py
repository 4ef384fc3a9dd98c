"""The import's bulk message create (importers/message.py) writes exactly the rows mail.message's own
create writes: column for column in ``mail_message``, and nothing else anywhere in the database (every
table compared after both ways); the ORM's cache reads the new messages as after ``create``."""
import datetime
import re
from collections import Counter
from contextlib import closing
from unittest.mock import patch

from markupsafe import Markup

from odoo import Command
from odoo.tests import tagged
from odoo.tests.common import TransactionCase

from ..importers import message as message_module
from ..importers.base import IMPORT_CONTEXT
from ..importers.message import create_messages

# the row's own identity and moment, and the Message-ID (random by design, its shape is checked)
OWN_COLUMNS = {"id", "create_date", "write_date", "message_id"}
MESSAGE_ID = r"<[0-9.]+-openerp-(\d+-[\w.]+|private)@"
# sanitizing changes these (a handler, a script, a javascript link, a style property not allowed)
UNSAFE_BODY = ('<p onclick="steal()">Hi <script>alert(1)</script><a href="javascript:alert(2)">there</a>'
               '<span style="position: fixed; color: red">styled</span></p><iframe src="x"></iframe>')
IMAGE_BODY = '<p><img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"></p>'


def _sequences(cr):
    cr.execute("""SELECT schemaname || '.' || sequencename, last_value, start_value FROM pg_sequences
                   WHERE schemaname = current_schema()""")
    return {name: (last, start) for name, last, start in cr.fetchall()}


def _restore_sequences(cr, before):
    """Sequences are not rolled back with a savepoint: set back those that moved, so the second way
    gets the same ids as the first."""
    for name, (last, start) in _sequences(cr).items():
        if name in before and last != before[name][0]:
            if before[name][0] is None:
                cr.execute("SELECT setval(%s, %s, false)", [name, before[name][1]])
            else:
                cr.execute("SELECT setval(%s, %s, true)", [name, before[name][0]])


class DatabaseRows:
    """{table: Counter(md5 of the whole row)} of every ordinary table of the database, and the rows'
    text on demand. ``mail_message.message_id`` is left out (random; its shape is checked apart)."""

    def __init__(self, cr):
        self.cr = cr
        cr.execute("""SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                       WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY 1""")
        self.rows = {table: Counter(digest for digest, in self._select(table, "md5(%s)" % self._text(table)))
                     for table, in cr.fetchall()}

    def _text(self, table):
        self.cr.execute("""SELECT attname FROM pg_attribute WHERE attrelid = %s::regclass AND attnum > 0
                            AND NOT attisdropped ORDER BY attnum""", ['"%s"' % table])
        columns = [name for name, in self.cr.fetchall() if (table, name) != ("mail_message", "message_id")]
        return "ROW(%s)::text" % ", ".join('t."%s"' % name for name in columns)

    def _select(self, table, select, where="TRUE"):
        self.cr.execute('SELECT %s FROM "%s" t WHERE %s' % (select, table, where))
        return self.cr.fetchall()

    def changes(self, before):
        """{table: (sorted text of the rows added, Counter of the digests of the rows removed)} of the
        tables whose rows differ from ``before``."""
        result = {}
        for table, rows in self.rows.items():
            added, removed = rows - before.rows.get(table, Counter()), before.rows.get(table, Counter()) - rows
            if added or removed:
                text = self._text(table)
                rows_text = self._select(table, "md5(%s), %s" % (text, text))
                result[table] = (sorted(row_text for digest, row_text in rows_text if digest in added), removed)
        return result


@tagged("post_install", "-at_install")
class TestMessageBulkCreate(TransactionCase):

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        env = cls.env(context=dict(cls.env.context, **IMPORT_CONTEXT))
        # a catchall and a team alias: reply-to differs per company, per document and per author
        domain = env["mail.alias.domain"].create({"name": "bulk.example.com", "catchall_alias": "catchall",
                                                  "bounce_alias": "bounce"})
        env.company.alias_domain_id = domain
        cls.partners = env["res.partner"].create([{"name": "Company A", "is_company": True},
                                                  {"name": "Person B", "email": "b@example.com"}])
        team = env["crm.team"].create({"name": "Bulk team", "alias_name": "bulk-team", "use_leads": True,
                                       "alias_domain_id": domain.id})
        cls.leads = env["crm.lead"].create([{"name": "Lead in team", "team_id": team.id},
                                            {"name": "Lead without team", "team_id": False}])
        project = env["project.project"].create({"name": "Bulk project", "alias_name": "bulk-project"})
        cls.tasks = env["project.task"].create([{"name": "Task", "project_id": project.id}])
        cls.tickets = env["helpdesk.ticket"].create([{"name": "Ticket", "description": "Broken"}]) \
            if "helpdesk.ticket" in env else env["res.partner"]
        cls.author = env["res.users"].create({"name": "Bulk author", "login": "bulk.author@example.com",
                                              "email": "bulk.author@example.com"}).partner_id
        cls.attachment = env["ir.attachment"].create({"name": "offer.txt", "raw": b"offer",
                                                      "res_model": "res.partner", "res_id": cls.partners[0].id})
        cls.parent = env["mail.message"].create({"model": "crm.lead", "res_id": cls.leads[0].id, "body": "Parent"})

    def _vals_list(self):
        note = self.env.ref("mail.mt_note").id
        vals_list = []
        for documents in (self.partners, self.leads):
            for record in documents:
                for author in (self.author.id, self.env.user.partner_id.id, False, None):
                    vals = {"model": record._name, "res_id": record.id, "message_type": "comment",
                            "subtype_id": note, "body": "<p>Created in Intrix on 2023-02-03</p>",
                            "date": "2023-02-03 08:00:00"}
                    if author is not None:
                        vals["author_id"] = author
                    vals_list.append(vals)
        # given by the importer: kept as they are
        vals_list.append({"model": "res.partner", "res_id": self.partners[0].id, "message_type": "comment",
                          "body": "<p>Given</p>", "author_id": self.author.id, "email_from": "x@example.com",
                          "date": "2023-02-03 08:00:00"})
        vals_list.append({"model": "res.partner", "res_id": self.partners[0].id, "message_type": "comment",
                          "body": "<p>Given</p>", "author_id": self.author.id, "reply_to": "y@example.com",
                          "date": "2023-02-03 08:00:00"})
        return vals_list

    def _representative_vals_list(self):
        """What the importers write (activity history, creation notes, proposal notes) and what a plain
        message may otherwise be, on every kind of document, and messages that are not plain."""
        ref = self.env.ref
        note, comment = ref("mail.mt_note").id, ref("mail.mt_comment").id
        call = ref("mail.mail_activity_data_call").id
        when = datetime.datetime(2023, 2, 3, 8, 30, 15)
        vals_list = []
        for record in [*self.partners, *self.leads, *self.tasks, *self.tickets]:
            base = {"model": record._name, "res_id": record.id}
            vals_list += [
                # an activity's history: a note with its subtype, activity type, subject, author
                dict(base, message_type="comment", subtype_id=note, mail_activity_type_id=call,
                     subject="Call with Ann", body=Markup("<p>Called <b>Ann</b>: <i>30 min</i></p>"), date=when,
                     author_id=self.author.id),
                # a creation note, by the importing user
                dict(base, message_type="comment", subtype_id=note, date="2023-02-03 00:00:00",
                     body=Markup("<p>%s</p>") % "Created in Intrix on 2023-02-03 <&>",
                     author_id=self.env.user.partner_id.id),
                # a comment, markup that sanitizing changes, no author
                dict(base, message_type="comment", subtype_id=comment, body=UNSAFE_BODY, date=when, author_id=False),
                # no author key, a text body, internal
                dict(base, message_type="notification", body="plain text <b>& more", date=when, is_internal=True),
                # no body, no subtype; empty lists of rows of other tables
                dict(base, message_type="comment", date=when, author_id=self.author.id, attachment_ids=[],
                     partner_ids=[], tracking_value_ids=[]),
                dict(base, body=False, date=when, subject=False),
            ]
        vals_list += [
            # a reply (a parent's child_ids) and a message on no document
            {"model": "crm.lead", "res_id": self.leads[0].id, "parent_id": self.parent.id, "body": "Reply",
             "date": when, "message_type": "comment", "subtype_id": note},
            {"body": "<p>On nothing</p>", "date": when, "message_type": "comment", "author_id": self.author.id},
            # not plain: rows in other tables, through create
            {"model": "res.partner", "res_id": self.partners[0].id, "body": "<p>With offer</p>", "date": when,
             "attachment_ids": [Command.set(self.attachment.ids)], "message_type": "comment"},
            {"model": "res.partner", "res_id": self.partners[0].id, "body": "<p>To B</p>", "date": when,
             "partner_ids": [Command.link(self.partners[1].id)], "message_type": "comment", "subtype_id": comment},
        ]
        return vals_list

    def _rows(self, messages):
        self.env.flush_all()
        self.env.cr.execute("SELECT to_jsonb(m) FROM mail_message m WHERE id = ANY(%s) ORDER BY id", [messages.ids])
        rows = [row[0] for row in self.env.cr.fetchall()]
        for row in rows:
            self.assertTrue(re.match(MESSAGE_ID, row["message_id"]), row["message_id"])
        return [{key: value for key, value in row.items() if key not in OWN_COLUMNS} for row in rows]

    def _message_env(self):
        return self.env["mail.message"].with_context(**IMPORT_CONTEXT).sudo()

    def test_same_rows_as_mail_message_create(self):
        Message = self._message_env()
        expected = Message._load_records_create(self._vals_list())
        got = create_messages(Message, self._vals_list())
        expected_rows, got_rows = self._rows(expected), self._rows(got)
        self.assertEqual(got_rows, expected_rows)
        # the comparison says something: reply-to differs between documents and authors
        self.assertGreater(len({row["reply_to"] for row in got_rows}), 2)
        self.assertTrue(any("bulk-team@bulk.example.com" in (row["reply_to"] or "") for row in got_rows))
        self.assertEqual(got_rows[-2]["email_from"], "x@example.com")
        self.assertEqual(got_rows[-1]["reply_to"], "y@example.com")

    def _database_after(self, create):
        """(changes of every table, messages' rows) after ``create(Message, vals_list)``, then the
        database and the sequences as before."""
        cr = self.env.cr
        self.env.flush_all()
        sequences = _sequences(cr)
        with closing(cr.savepoint()):
            before = DatabaseRows(cr)
            messages = create(self._message_env(), self._representative_vals_list())
            self.env.flush_all()
            rows = self._rows(messages)
            changes = DatabaseRows(cr).changes(before)
        self.env.invalidate_all()
        _restore_sequences(cr, sequences)
        return changes, rows, messages.ids

    def test_same_database_as_mail_message_create(self):
        """Every table after the bulk path is what it is after ``create``: same ids (the sequences set
        back between both ways), same transaction (same create and write dates), every row and column
        (the Message-ID aside, random by design)."""
        inserted = []

        def insert(Message, rows):
            inserted.extend(rows)
            return insert_messages(Message, rows)

        insert_messages = message_module.insert_messages
        expected, expected_rows, expected_ids = self._database_after(
            lambda Message, vals_list: Message._load_records_create(vals_list))
        with patch.object(message_module, "insert_messages", insert):
            got, got_rows, got_ids = self._database_after(create_messages)
        self.assertEqual(got_ids, expected_ids)
        self.assertEqual(got_rows, expected_rows)
        self.assertEqual(sorted(got), sorted(expected), "other tables changed")
        for table in expected:
            self.assertEqual(got[table], expected[table], "table %s" % table)
        # the comparison says something: all but the two messages with rows elsewhere were inserted,
        # and those rows are there
        self.assertEqual(len(inserted), len(expected_rows) - 2)
        self.assertIn("message_attachment_rel", expected)
        self.assertIn("mail_message_res_partner_rel", expected)
        self.assertEqual(len(expected["mail_message"][0]), len(expected_rows))
        bodies = {row["body"] for row in got_rows}
        self.assertFalse(any("script" in body or "onclick" in body or "javascript" in body for body in bodies))
        self.assertTrue(any("<b>Ann</b>" in body for body in bodies))
        self.assertIn("", bodies)

    def test_documents_read_the_new_messages(self):
        """What read the documents' messages before (in the cache) reads the new ones after."""
        Message = self._message_env()
        documents = [*self.partners, *self.leads, *self.tasks, *self.tickets]
        for document in documents:
            document.message_ids  # noqa: B018 - put in the cache
        self.parent.child_ids  # noqa: B018
        before = {document: document.message_ids for document in documents}
        messages = create_messages(Message, self._representative_vals_list())
        for document in documents:
            new = messages.filtered(lambda message, document=document: message.model == document._name
                                    and message.res_id == document.id)
            self.assertTrue(new)
            self.assertEqual(document.message_ids, before[document] | new, document.display_name)
        self.assertEqual(self.parent.child_ids, messages.filtered("parent_id"))
        self.assertEqual(messages[0].body, Markup("<p>Called <b>Ann</b>: <i>30 min</i></p>"))

    def test_not_plain_messages_go_through_create(self):
        Message = self._message_env()
        when = "2023-02-03 08:00:00"
        base = {"model": "res.partner", "res_id": self.partners[0].id, "date": when}
        for vals in (dict(base, body=IMAGE_BODY), dict(base, attachment_ids=[Command.set(self.attachment.ids)]),
                     dict(base, partner_ids=[Command.link(self.partners[1].id)]),
                     dict(base, tracking_value_ids=[Command.create({"field_id": self.env["ir.model.fields"]._get(
                         "res.partner", "name").id, "old_value_char": "a", "new_value_char": "b"})]),
                     dict(base, author_avatar=False), dict(base, create_date=when), dict(base, unknown=1)):
            self.assertIsNone(message_module._row(Message, vals, {}), sorted(vals))
        self.assertIsNotNone(message_module._row(Message, dict(base, attachment_ids=[], partner_ids=[]), {}))
        self.assertFalse(message_module.bulk_insert_allowed(self.env["mail.message"].with_user(self.author.user_ids)))
        message = create_messages(Message, [dict(base, body=IMAGE_BODY)])
        self.assertEqual(len(message.attachment_ids), 1, "create turned the inline image into an attachment")
