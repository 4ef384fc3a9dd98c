"""The field map screen: filters, first values, the target picker, "Set by you", and no two columns in one
field (the Department / Job title case), on the bundled Intrix exports staged in a real database."""
from lxml import etree

from odoo.exceptions import UserError
from odoo.tests import tagged
from odoo.tools.safe_eval import safe_eval

from ..models.import_field_map_review import sample_values
from .common import IntrixCase, create_users, replacing, sample_files

CONTACT_FILES = ("users.csv", "clients.csv", "contacts.csv")


@tagged("post_install", "-at_install")
class TestMapScreen(IntrixCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Map = cls.env["clientjoy.intrix.field.map"]
        cls.Target = cls.env["clientjoy.intrix.target"]

    def line(self, run, object_name, column):
        line = run.map_ids.filtered(lambda m: m.object_name == object_name and m.source_column == column)
        self.assertEqual(len(line), 1, "%s.%s" % (object_name, column))
        return line

    def target(self, entity, key):
        target = self.Target._get(entity, key)
        self.assertTrue(target, "%s.%s" % (entity, key))
        return target

    def screen_filter(self, name, user=None):
        """The domain of filter ``name`` of the screen's search view, as the web client evaluates it for
        ``user`` (the current one by default)."""
        view = self.env.ref("clientjoy_intrix_import.view_field_map_search")
        arch = etree.fromstring(self.Map.get_view(view.id, "search")["arch"])
        node = arch.find(".//filter[@name='%s']" % name)
        self.assertIsNotNone(node, name)
        return safe_eval(node.get("domain"), {"uid": (user or self.env.user).id})

    def filtered_lines(self, run, name, user=None):
        Map = self.Map.with_user(user) if user else self.Map
        return Map.search([("run_id", "=", run.id)] + self.screen_filter(name, user))

    # ------------------------------------------------------------------ first values
    def test_sample_values(self):
        rows = [{"a": ""}, {"a": "EUR"}, {"a": None}, {"a": "EUR"}, {"a": "two\nlines   here"},
                {"a": "x" * 100}, {"a": "never shown"}]
        self.assertEqual(sample_values(rows, "a"), "EUR | two lines here | %s…" % ("x" * 39))
        self.assertEqual(sample_values([{"a": {"k": 1}}, {"a": [1, 2]}, {"a": 0}], "a"), '{"k": 1} | [1, 2] | 0')
        self.assertEqual(sample_values([{"b": "1"}], "a"), "")

        files = sample_files(*CONTACT_FILES, replace={
            # the first contact has no department: the line still shows three values of the column
            "contacts.csv": replacing(";CEO;Management", ";CEO;")})
        run = self.make_run(files)
        self.assertEqual(self.line(run, "contacts", "Job title").sample, "CEO | Buyer")
        self.assertEqual(self.line(run, "contacts", "Department").sample, "Purchasing")
        self.assertEqual(self.line(run, "contacts", "First name").sample, "Špela | Hans | Orphan")

    # ------------------------------------------------------------------ the screen and its filters
    def test_screen_opens_grouped_by_object_in_import_order(self):
        run = self.make_run(sample_files(*CONTACT_FILES))
        action = run.action_open_map()
        self.assertEqual(action["res_model"], "clientjoy.intrix.field.map")
        self.assertEqual(action["domain"], [("run_id", "=", run.id)])
        self.assertEqual(action["context"]["search_default_group_object"], 1)
        arch = etree.fromstring(self.Map.get_view(action["views"][0][0], "list")["arch"])
        self.assertEqual(arch.get("editable"), "bottom")
        for name in ("source_column", "sample", "action", "target_id", "new_field_name", "confidence", "reason"):
            self.assertTrue(arch.xpath("//field[@name='%s']" % name), name)
        self.assertEqual(sorted(b.get("name") for b in arch.iter("button")),
                         ["action_confirm_from_screen", "action_map_ignore", "action_map_new_field"])
        # the groups are the objects of the run, in import order, labelled with their names
        groups = self.Map.formatted_read_group(action["domain"], ["phase_id"], ["__count"])
        self.assertEqual([g["phase_id"][1] for g in groups], ["Users", "Clients", "Contacts"])
        self.assertEqual([g["__count"] for g in groups], [len(run.map_ids.filtered(lambda m, o=o: m.object_name == o))
                                                          for o in ("users", "clients", "contacts")])

    def test_filters(self):
        # a column no field fits and without a value: left out, and unsure of it (nothing to judge by)
        files = sample_files(*CONTACT_FILES, replace={"contacts.csv": lambda content: content.replace(
            b";Department\r\n", b";Department;Qzx flrb\r\n")})
        run = self.make_run(files)
        lines = run.map_ids
        self.assertEqual(self.filtered_lines(run, "unconfirmed"), lines)
        low = lines.filtered(lambda m: m.confidence < 0.6)
        self.assertIn(self.line(run, "contacts", "Qzx flrb"), low)
        self.assertEqual(self.filtered_lines(run, "low_confidence"), low)
        new_fields = self.filtered_lines(run, "new_fields")
        self.assertEqual(new_fields, lines.filtered(lambda m: m.action == "new_field"))
        self.assertIn(self.line(run, "contacts", "Department"), new_fields)
        self.assertFalse(self.filtered_lines(run, "changed_by_me"))
        self.assertFalse(self.filtered_lines(run, "duplicate_target"))

        # the admin changes one line, another manager another one: "Changed by me" is mine only
        mine = self.line(run, "contacts", "Qzx flrb")
        self.assertEqual(mine.action, "ignore")
        mine.action_map_ignore()
        self.assertFalse(self.filtered_lines(run, "changed_by_me"), "ignoring an ignored column changes nothing")
        mine.action_map_new_field()
        other_admin = create_users(self.env, [("Eva Admin", "eva@example.si")])[0]
        other_admin.group_ids |= self.env.ref("clientjoy_intrix_import.group_import_manager")
        theirs = self.line(run, "contacts", "Salutation")
        theirs.with_user(other_admin).write({"action": "ignore"})
        self.assertEqual(self.filtered_lines(run, "changed_by_me"), mine)
        self.assertEqual(self.filtered_lines(run, "changed_by_me", other_admin), theirs)
        # set by hand: sure now, no longer among the doubtful ones
        self.assertNotIn(mine, self.filtered_lines(run, "low_confidence"))

        run.action_confirm_map()
        self.assertFalse(self.filtered_lines(run, "unconfirmed"))
        self.line(run, "contacts", "Phone").write({"action": "ignore"})
        self.assertEqual(self.filtered_lines(run, "unconfirmed"), self.line(run, "contacts", "Phone"))

    # ------------------------------------------------------------------ the admin's change
    def test_set_by_you(self):
        run = self.make_run(sample_files(*CONTACT_FILES))
        run.action_confirm_map()
        department = self.line(run, "contacts", "Department")
        proposed = (department.action, department.confidence, department.reason)
        self.assertNotEqual(proposed[2], "Set by you")

        # the same mapping written again is no change: proposal and confirmation stay
        department.write({"action": department.action, "new_field_name": department.new_field_name})
        self.assertEqual((department.action, department.confidence, department.reason), proposed)
        self.assertTrue(department.confirmed)
        self.assertFalse(department.changed_by_user)
        self.assertEqual(run.state, "ready")

        department.write({"action": "map", "target_id": self.target("partner_person", "description").id})
        self.assertEqual(department.confidence, 1.0)
        self.assertEqual(department.reason, "Set by you")
        self.assertTrue(department.changed_by_user)
        self.assertEqual(department.changed_uid, self.env.user)
        self.assertFalse(department.confirmed, "a changed line waits for a confirmation again")
        self.assertEqual(run.state, "staged")

        # in the list: picking a field maps the column there; "New custom field" names the field itself
        spec = {"action": {}, "target_id": {}, "new_field_name": {}}
        job = self.line(run, "contacts", "Job title")
        ignored = self.line(run, "contacts", "Department")
        ignored.write({"action": "ignore"})
        picked = ignored.onchange({"target_id": job.target_id.id}, ["target_id"], spec)["value"]
        self.assertEqual(picked["action"], "map")
        unmapped = job.onchange({"action": "new_field"}, ["action"], spec)["value"]
        self.assertEqual((unmapped["target_id"], unmapped["new_field_name"]), (False, "x_cji_job_title"))

        # the buttons of the screen: a new custom field named after the column, or nothing
        department.action_map_new_field()
        self.assertEqual((department.action, department.new_field_name, department.new_field_type, department.target_id),
                         ("new_field", "x_cji_department", "char", self.Target))
        department.action_map_ignore()
        self.assertEqual(department.action, "ignore")
        job.write({"action": "new_field", "new_field_name": "x_cji_department", "target_id": False})
        department.action_map_new_field()
        self.assertEqual(department.new_field_name, "x_cji_department_2", "two columns never share one new field")

        # a write of the code with its own reason (a delta run taking over a confirmed map) is not the admin's
        phone = self.line(run, "contacts", "Phone")
        phone.write({"action": "ignore", "reason": "Confirmed for RUN/1"})
        self.assertFalse(phone.changed_by_user)
        self.assertEqual(phone.reason, "Confirmed for RUN/1")

        # the admin's choice is what the import reads
        run.action_confirm_map()
        staged = run.staging_ids.filtered(lambda s: s.object_name == "contacts" and s.external_id == "P2")
        self.assertEqual(staged._values()["x_cji_department_2"], "Purchasing")
        self.assertEqual(staged._values()["x_cji_department"], "Buyer")

    # ------------------------------------------------------------------ two columns, one field
    def test_two_columns_to_one_field_refused(self):
        """Department re-mapped to Job title used to overwrite every job title with the department."""
        run = self.make_run(sample_files(*CONTACT_FILES))
        job, department = self.line(run, "contacts", "Job title"), self.line(run, "contacts", "Department")
        self.assertEqual(job.target_id, self.target("partner_person", "function"))
        department.write({"action": "map", "target_id": job.target_id.id})
        self.assertTrue(job.duplicate_target and department.duplicate_target)
        self.assertEqual(self.filtered_lines(run, "duplicate_target"), job | department)
        self.assertFalse(self.Map.search([("run_id", "=", run.id), ("duplicate_target", "=", False)]) & (job | department))

        with self.assertRaises(UserError) as refused:
            run.action_confirm_map()
        message = str(refused.exception)
        self.assertIn('Contacts: "Job title" and "Department" go to Job title.', message)
        self.assertIn("Do not import", message)
        self.assertEqual(run.state, "staged")
        self.assertFalse(run.map_ids.filtered("confirmed"))
        # the screen's button says the same
        with self.assertRaises(UserError):
            self.Map.with_context(cji_map_run_id=run.id).action_confirm_from_screen()

        # one of the two set elsewhere: confirmed, and the job titles are the job titles
        department.action_map_ignore()
        self.assertFalse(self.filtered_lines(run, "duplicate_target"))
        action = self.Map.with_context(cji_map_run_id=run.id).action_confirm_from_screen()
        self.assertEqual((action["res_model"], action["res_id"]), ("clientjoy.intrix.run", run.id))
        self.assertEqual(run.state, "ready")
        staged = run.staging_ids.filtered(lambda s: s.object_name == "contacts" and s.external_id == "P1")
        self.assertEqual(staged._values()["function"], "CEO")

        # two new custom fields of one name are one field too
        department.write({"action": "new_field", "new_field_name": "x_cji_role"})
        job.write({"action": "new_field", "new_field_name": "x_cji_role"})
        with self.assertRaises(UserError) as refused:
            run.action_confirm_map()
        self.assertIn('Contacts: "Job title" and "Department" go to x_cji_role.', str(refused.exception))

    def test_same_column_name_in_two_objects_is_no_clash(self):
        run = self.make_run(sample_files(*CONTACT_FILES))
        # "E-mail" of the clients and of the contacts go to the e-mail of their own records
        self.assertEqual(self.line(run, "clients", "E-mail").target_id.key, "email")
        self.assertEqual(self.line(run, "contacts", "E-mail").target_id.key, "email")
        self.assertFalse(self.filtered_lines(run, "duplicate_target"))
        run.action_confirm_map()
        self.assertEqual(run.state, "ready")

    def test_notes_take_several_columns(self):
        """A text target (notes) keeps the text of every column mapped to it, one after the other; the
        import writes and the verification reads back exactly that."""
        run = self.make_run(sample_files(*CONTACT_FILES), fallback_user_id=self.env.ref("base.user_admin").id)
        notes = self.target("partner_person", "description")
        self.assertEqual(notes.kind, "text")
        self.line(run, "contacts", "Job title").write({"action": "map", "target_id": notes.id})
        self.line(run, "contacts", "Department").write({"action": "map", "target_id": notes.id})
        self.assertFalse(self.filtered_lines(run, "duplicate_target"))
        run.action_confirm_map()
        self.assertEqual(run.state, "ready")
        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        partner, staged = self.record(run, "contacts", "P1")
        self.assertEqual(staged._values()["description"], "CEO\n\nManagement")
        self.assertIn("CEO", partner.comment)
        self.assertIn("Management", partner.comment)
        self.assertEqual(run.verify_mismatches, 0)

    # ------------------------------------------------------------------ the picker
    def test_picker_finds_fields_by_label_and_technical_name(self):
        self.Target._sync_targets()
        domain = [("entity", "=", "partner_person")]
        function = self.target("partner_person", "function")

        def found(text):
            return self.Target.browse([r[0] for r in self.Target.name_search(text, domain, limit=50)])

        self.assertIn(function, found("Job title"))  # the addon's label
        self.assertIn(function, found("function"))  # the key / Odoo's technical field name
        self.assertIn(function, found("res.partner.function"))
        self.assertIn(function, found("Job Position"))  # Odoo's own label of res.partner.function
        self.assertEqual(function.odoo_field_label, "Job Position")
        self.assertNotIn(function, found("Phone"))
        self.assertIn(self.target("partner_person", "phone"), found("phone"))
        # only the object's own fields, and every one of them with an empty search
        self.assertEqual(set(found("").mapped("entity")), {"partner_person"})
        self.assertEqual(len(found("")), len(self.Target.search(domain)))
        # a target that lands in no single Odoo field has no Odoo label, and is still found by its own
        created = self.target("partner_company", "created")
        self.assertFalse(created.odoo_field_label)
        self.assertIn(created, self.Target.browse(
            [r[0] for r in self.Target.name_search("Created", [("entity", "=", "partner_company")])]))
