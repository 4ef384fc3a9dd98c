"""The import's bulk message create (importers/message.py) writes exactly the rows mail.message's own
create writes, column for column."""
import re

from odoo.tests import tagged
from odoo.tests.common import TransactionCase

from ..importers.base import IMPORT_CONTEXT
from ..importers.message import create_messages

# the row's own identity and moment, and the Message-ID (random by design, its shape is checked)
OWN_COLUMNS = {"id", "create_date", "write_date", "message_id"}


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
        cls.author = env["res.users"].create({"name": "Bulk author", "login": "bulk.author@example.com",
                                              "email": "bulk.author@example.com"}).partner_id

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
                          "body": "<p>Given</p>", "author_id": self.author.id, "email_from": "x@example.com"})
        vals_list.append({"model": "res.partner", "res_id": self.partners[0].id, "message_type": "comment",
                          "body": "<p>Given</p>", "author_id": self.author.id, "reply_to": "y@example.com"})
        return vals_list

    def _rows(self, messages):
        self.env.flush_all()
        self.env.cr.execute("SELECT to_jsonb(m) FROM mail_message m WHERE id = ANY(%s) ORDER BY id", [messages.ids])
        rows = [row[0] for row in self.env.cr.fetchall()]
        for row in rows:
            self.assertTrue(re.match(r"<[0-9.]+-openerp-\d+-[\w.]+@", row["message_id"]), row["message_id"])
        return [{key: value for key, value in row.items() if key not in OWN_COLUMNS} for row in rows]

    def test_same_rows_as_mail_message_create(self):
        Message = self.env["mail.message"].with_context(**IMPORT_CONTEXT).sudo()
        expected = Message._load_records_create(self._vals_list())
        got = create_messages(Message, self._vals_list())
        expected_rows, got_rows = self._rows(expected), self._rows(got)
        self.assertEqual(got_rows, expected_rows)
        # the comparison says something: reply-to differs between documents and authors
        self.assertGreater(len({row["reply_to"] for row in got_rows}), 2)
        self.assertTrue(any("bulk-team@bulk.example.com" in (row["reply_to"] or "") for row in got_rows))
        self.assertEqual(got_rows[-2]["email_from"], "x@example.com")
        self.assertEqual(got_rows[-1]["reply_to"], "y@example.com")
