"""Rollback leaves the database as it was: every table, row for row, column for column.

The snapshot is taken in the database itself: one md5 per row (of the row's text without ``write_date``)
for every table of the schema, so a whole database is compared in a couple of seconds and only the
tables that differ are detailed. Excluded, and why:

* the addon's own tables (``clientjoy_intrix_*``): the run, its staging records, ledger and reports stay
  after a rollback on purpose (they tell what happened);
* the run's own chatter: ``mail_message`` rows on ``clientjoy.intrix.*`` records (the run's log), their
  followers, notifications, tracking values and recipients (the run posts "Rolled back ..." on itself);
* ``write_date`` columns: a restored record was written, so its write date is the rollback's;
* ``bus_bus``: the real-time notifications pushed to open browsers (a record was created, an activity
  added); they are already delivered and Odoo deletes them after a minute: a rollback cannot unsend them;
* PostgreSQL sequences are not tables (a rolled back insert never gives its id back), and views are
  computed from tables: only ordinary tables (relkind ``r``) are compared.

The snapshot before is taken once the run is staged and its field map confirmed: upload and staging only
write the addon's own tables; what the rollback must undo starts with the owners queue (*Create missing
users*) and the import.
"""
from collections import Counter
from datetime import timedelta

from odoo.tests import tagged

from .clientjoy_sandbox import SandboxServer
from .common import ClientjoyCase, IntrixCase, sample_files

API_KEY = "cj-odoo-test-KEY-rollback"
ADDON_TABLE_PREFIX = "clientjoy_intrix_"
# rows of shared tables that belong to the run's own chatter, per table: SQL condition on alias t
RUN_CHATTER = {
    "mail_message": "t.model LIKE 'clientjoy.intrix.%%'",
    "mail_followers": "t.res_model LIKE 'clientjoy.intrix.%%'",
    "mail_notification": "t.mail_message_id IN (SELECT id FROM mail_message WHERE model LIKE 'clientjoy.intrix.%%')",
    "mail_tracking_value": "t.mail_message_id IN (SELECT id FROM mail_message WHERE model LIKE 'clientjoy.intrix.%%')",
    "mail_message_res_partner_rel": "t.mail_message_id IN (SELECT id FROM mail_message WHERE model LIKE 'clientjoy.intrix.%%')",
}
EXAMPLES = 5
EXCLUDED_TABLES = ["bus_bus"]


class DatabaseSnapshot:
    """{table: Counter(row md5)} plus {table: {row md5: id}} to name the rows that differ."""

    def __init__(self, cr):
        self.cr = cr
        self.rows = {}
        self.ids = {}
        for table in self._tables():
            self.rows[table], self.ids[table] = self._table_rows(table)

    def _tables(self):
        self.cr.execute("""
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname NOT LIKE %s
               AND c.relname NOT IN %s
             ORDER BY 1
        """, [ADDON_TABLE_PREFIX + "%", tuple(EXCLUDED_TABLES)])
        return [row[0] for row in self.cr.fetchall()]

    def _columns(self, table):
        self.cr.execute("""
            SELECT attname FROM pg_attribute
             WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped AND attname != 'write_date'
             ORDER BY attnum
        """, ['"%s"' % table])
        return [row[0] for row in self.cr.fetchall()]

    def _query(self, table, select):
        where = "WHERE NOT (%s)" % RUN_CHATTER[table] if table in RUN_CHATTER else ""
        return 'SELECT %s FROM "%s" t %s' % (select, table, where)

    def _row_text(self, table):
        columns = self._columns(table)
        return "ROW(%s)::text" % ", ".join('t."%s"' % c for c in columns), "id" in columns

    def _table_rows(self, table):
        text, has_id = self._row_text(table)
        self.cr.execute(self._query(table, "md5(%s), %s" % (text, "t.id" if has_id else "NULL")))
        counter, ids = Counter(), {}
        for digest, rec_id in self.cr.fetchall():
            counter[digest] += 1
            ids[digest] = rec_id
        return counter, ids

    def diff(self, after):
        """Text listing every table whose rows differ between self (before) and ``after``."""
        lines = []
        for table in sorted(set(self.rows) | set(after.rows)):
            before_rows, after_rows = self.rows.get(table, Counter()), after.rows.get(table, Counter())
            if before_rows == after_rows:
                continue
            gone = before_rows - after_rows
            new = after_rows - before_rows
            gone_ids = {self.ids[table][d] for d in gone} - {None}
            new_ids = {after.ids[table][d] for d in new} - {None}
            changed = gone_ids & new_ids
            lines.append("%s: %d row(s) added, %d removed, %d changed" % (
                table, sum(new.values()) - len(changed), sum(gone.values()) - len(changed), len(changed)))
            if table not in after.rows:
                continue
            text, _has_id = after._row_text(table)
            after.cr.execute(after._query(table, "md5(%s), %s" % (text, text)))
            shown = 0
            for digest, row in after.cr.fetchall():
                if digest in new and shown < EXAMPLES:
                    rec_id = after.ids[table][digest]
                    lines.append("    %s %s" % ("changed" if rec_id in changed else "added", row[:400]))
                    shown += 1
            missing = sorted(gone_ids - changed)
            if missing:
                lines.append("    removed ids: %s" % missing[:20])
            elif gone and not gone_ids:
                lines.append("    %d row(s) without id removed" % sum(gone.values()))
        return "\n".join(lines)


class RollbackExactMixin:
    def assert_database_as_before(self, before):
        self.env.flush_all()
        after = DatabaseSnapshot(self.env.cr)
        differences = before.diff(after)
        self.assertFalse(differences, "the rollback left the database different from before the run:\n%s"
                         % differences)

    def assert_every_object_imported(self, run):
        # objects only listed in the written inventory (integrations, templates...) are skipped by design
        staged = set(run.staging_ids.filtered(lambda s: s.state != "skipped").mapped("object_name"))
        imported = set(run.staging_ids.filtered(lambda s: s.state == "imported").mapped("object_name"))
        self.assertEqual(imported, staged, "every object of the source has imported records")

    def take_snapshot(self):
        self.env.flush_all()
        return DatabaseSnapshot(self.env.cr)


@tagged("post_install", "-at_install")
class TestRollbackExactIntrix(RollbackExactMixin, IntrixCase):
    def test_snapshot_sees_a_change(self):
        """The comparison itself: a changed value and a new row are reported, with the row."""
        before = self.take_snapshot()
        partner = self.env.ref("base.main_partner")
        partner.phone = "+386 1 000 000"
        self.env["res.partner.category"].create({"name": "Snapshot probe"})
        self.env.flush_all()
        after = self.take_snapshot()
        text = before.diff(after)
        self.assertIn("res_partner: 0 row(s) added, 0 removed, 1 changed", text)
        self.assertIn("res_partner_category: 1 row(s) added", text)
        self.assertIn("Snapshot probe", text)

    def test_intrix_run_with_every_object_rolls_back_exactly(self):
        self.env["res.partner"].create({"name": "Existing Ltd", "is_company": True})
        run = self.make_run(sample_files(), fallback_user_id=self.env.ref("base.user_admin").id)
        self.assertFalse(run.error_message, run.error_message)
        run.action_confirm_map()
        before = self.take_snapshot()
        missing = run.owner_ids.filtered(lambda o: o.state in ("unmatched", "fallback"))
        self.assertTrue(missing, "the samples reference an owner without a user")
        missing.action_provision_user()
        self.assertTrue(all(missing.mapped("user_id")))
        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        self.assert_every_object_imported(run)
        run.action_rollback()
        self.assertEqual(run.state, "rolled_back")
        self.assert_database_as_before(before)


@tagged("post_install", "-at_install")
class TestRollbackExactClientjoy(RollbackExactMixin, ClientjoyCase):
    api_key = API_KEY
    sandbox_owners = 2  # the third lands in the owners queue: provisioned by the test, rolled back

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.backend = cls.make_backend()

    def test_clientjoy_run_with_every_object_rolls_back_exactly(self):
        self.env["res.partner"].create({"name": "Existing Ltd", "is_company": True})
        action = self.backend.action_new_run()
        run = self.env["clientjoy.intrix.run"].browse(action["res_id"])
        self.assertEqual(run.state, "staged", run.error_message)
        run.action_confirm_map()
        before = self.take_snapshot()
        missing = run.owner_ids.filtered(lambda o: not o.user_id)
        self.assertTrue(missing, "the sandbox has owners without a user: created from the owners queue")
        missing.action_provision_user()
        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        self.assert_every_object_imported(run)
        self.assertTrue(self.env["account.payment"].search_count([]), "paid invoices came with payments")
        run.action_rollback()
        self.assertEqual(run.state, "rolled_back")
        self.assert_database_as_before(before)

    def test_clientjoy_delta_run_rolls_back_exactly(self):
        """A delta run updates records of the first run (a lead to another stage and won, a phone, an
        invoice paid, an invoice's lines) and creates a lead: its rollback gives the database after the
        first run back, including what Odoo did on the side of the updates and of their restoring: the
        values Odoo computes on an updated record itself (a lead's sales team, probabilities and stage
        date, an invoice's "manually modified" flag) and values the ORM cannot write back as they were
        (NULL floats, date-times with microseconds) are restored too."""
        server = SandboxServer(seed=1, scale=1, api_key=API_KEY, faults={"retry_after": 0}).start()
        self.addCleanup(server.stop)
        backend = self.backend.copy({"name": "Delta sandbox", "base_url": server.base_url, "api_key": API_KEY})
        run1 = self.env["clientjoy.intrix.run"].browse(backend.action_new_run()["res_id"])
        run1.action_confirm_map()
        run1.owner_ids.filtered(lambda o: not o.user_id).action_provision_user()
        run1.action_import()
        self.assertEqual(run1.state, "done", run1.error_message)
        data = server.data
        total = data.find("invoices", "inv_00002")["total"]
        server.touch("leads", "ld_00001", city="Kranj", score=77, status="converted", stage_id="stg_00003")
        server.touch("customers", "cus_00002", phone="+386 40 111 222")
        server.touch("invoices", "inv_00002", status="paid", amount_paid=total)
        items = [dict(item) for item in data.find("invoices", "inv_00005")["line_items"]]
        items[0]["quantity"] = "3"
        server.touch("invoices", "inv_00005", line_items=items)
        server.add("leads", {"name": "Nova stranka", "first_name": "Eva", "last_name": "Kos",
                                  "email": "eva.kos@example.si", "status": "lost", "pipeline_id": "pl_00001",
                                  "stage_id": "stg_00001", "value": "1200.00", "currency": "USD", "score": 10,
                                  "owner_id": "usr_00001", "tags": [], "custom_fields": {}})
        before = self.take_snapshot()
        # the first run, the delta and its rollback are three transactions in real life, each with its own
        # timestamp: Odoo writes it (with microseconds) into a lead's stage date, a message's date...
        self.env.cr._now = self.env.cr.now() + timedelta(hours=1, microseconds=1234)
        run2 = self.env["clientjoy.intrix.run"].browse(backend.action_delta_run()["res_id"])
        # the delta run takes the first run's confirmed map over (same columns): ready to import
        self.assertEqual(run2.state, "ready", run2.error_message)
        run2.action_import()
        self.assertEqual(run2.state, "done", run2.error_message)
        self.assertTrue(run2.ledger_ids.filtered(lambda e: e.operation == "update" and not e.side_effect))
        self.env.cr._now += timedelta(hours=1, microseconds=4321)
        run2.action_rollback()
        self.assertEqual(run2.state, "rolled_back")
        self.assert_database_as_before(before)
