"""Every value is imported exactly or refused in words: numbers, dates and custom fields through the
real upload, staging, field map and import."""
import datetime

from odoo.tests import tagged

from .common import IntrixCase, sample_files

BASE = ("users.csv", "clients.csv", "contacts.csv", "pipeline_stages.csv")
OPPORTUNITY_HEADER = "Opportunity ID,Name,Client ID,Contact ID,Pipeline,Stage,Value,Currency,Expected close,Owner e-mail\n"


def csv(name, text, encoding="utf-8"):
    return (name, text.encode(encoding))


def opportunities(rows, header=OPPORTUNITY_HEADER, delimiter=","):
    """opportunities.csv with (ref, value, close date) rows on the sample client C1."""
    lines = [header.replace(",", delimiter)]
    for ref, value, close in rows:
        fields = [ref, "Deal %s" % ref, "C1", "P1", "Sales", "New", value, "EUR", close, "ana.novak@example.si"]
        lines.append(delimiter.join('"%s"' % f if delimiter in f else f for f in fields) + "\n")
    return csv("opportunities.csv", "".join(lines))


@tagged("post_install", "-at_install")
class TestValueFidelity(IntrixCase):
    def map_line(self, run, object_name, column):
        line = run.map_ids.filtered(lambda m: m.object_name == object_name and m.source_column == column)
        self.assertEqual(len(line), 1, column)
        return line

    def lead(self, run, ref):
        lead, staging = self.record(run, "opportunities", ref)
        return lead, staging

    # ------------------------------------------------------------------ numbers
    def test_thousands_without_decimals_decided_by_the_file_and_stated(self):
        # a comma-separated file whose amounts never show decimals: "1.500" read 1.5 before
        files = sample_files(*BASE) + [opportunities([("O1", "1.500", "31.03.2024"), ("O2", "12.000", "15.06.2024")])]
        run = self.import_run(files)
        self.assertEqual(self.lead(run, "O1")[0].expected_revenue, 1500.0)
        self.assertEqual(self.lead(run, "O2")[0].expected_revenue, 12000.0)
        note = self.map_line(run, "opportunities", "Value").format_note
        self.assertIn("decimal comma, thousands dot", note)
        self.assertIn("dd.mm.yyyy dates", note, "the reason: the file's dates")
        self.assertIn("'1.500' in line 1 is read as 1500", note)

    def test_a_value_of_the_column_decides_all_of_it(self):
        rows = [("O%s" % n, "%s.000" % n, "2024-03-31") for n in range(1, 8)] + [("O8", "2.500.000,75", "2024-03-31")]
        run = self.import_run(sample_files(*BASE) + [opportunities(rows)])
        self.assertEqual(self.lead(run, "O1")[0].expected_revenue, 1000.0)
        self.assertEqual(self.lead(run, "O8")[0].expected_revenue, 2500000.75)
        self.assertIn("from '2.500.000,75' in line 8", self.map_line(run, "opportunities", "Value").format_note)

    def test_dot_decimal_file(self):
        files = sample_files(*BASE) + [opportunities([("O1", "$1,500.00", "04/25/2024"), ("O2", "1.500", "04/26/2024"),
                                                      ("O3", "(250.00)", "04/27/2024")])]
        run = self.import_run(files)
        self.assertEqual(self.lead(run, "O1")[0].expected_revenue, 1500.0)
        self.assertEqual(self.lead(run, "O2")[0].expected_revenue, 1.5, "stated on the map line, not guessed")
        self.assertEqual(self.lead(run, "O3")[0].expected_revenue, -250.0)
        self.assertIn("'1.500' in line 2 is read as 1.5", self.map_line(run, "opportunities", "Value").format_note)
        self.assertEqual(self.lead(run, "O1")[0].date_deadline, datetime.date(2024, 4, 25))

    def test_unreadable_numbers_are_refused_in_words(self):
        huge = "9" * 400
        rows = [("O1", "1.234,50", "31.03.2024"), ("O2", "1e309", "31.03.2024"), ("O3", "1,5e3", "31.03.2024"),
                ("O4", huge, "31.03.2024"), ("O5", "1,234.50", "31.03.2024"), ("O6", "nan", "31.03.2024"),
                ("O7", "1 500,50 €", "31.03.2024"), ("O8", "1500-", "31.03.2024")]
        run = self.make_run(sample_files(*BASE) + [opportunities(rows)], fallback_user_id=self.env.ref("base.user_admin").id)
        self.assertFalse(run.error_message)
        messages = {ref: self.lead(run, ref)[1].message or "" for ref, _v, _d in rows}
        self.assertIn("'1e309' is not a finite number", messages["O2"])
        self.assertIn("is too large: at most 15 digits", messages["O4"])
        self.assertLess(len(messages["O4"]), 300)
        self.assertIn("'1,234.50' does not fit the column's number format (decimal comma, thousands dot", messages["O5"])
        self.assertIn("'nan' is not a finite number", messages["O6"])
        for ref in ("O2", "O4", "O5", "O6"):
            self.assertEqual(self.lead(run, ref)[1].state, "warning", ref)
        note = self.map_line(run, "opportunities", "Value").format_note
        self.assertIn("1 value(s) written with a decimal dot are refused (first: '1,234.50' in line 5)", note)
        run.action_confirm_map()
        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        revenue = {ref: self.lead(run, ref)[0].expected_revenue for ref, _v, _d in rows}
        self.assertEqual(revenue["O1"], 1234.5)
        self.assertEqual(revenue["O3"], 1500.0, "1,5e3 is 1500, never 153")
        self.assertEqual(revenue["O7"], 1500.5)
        self.assertEqual(revenue["O8"], -1500.0)
        for ref in ("O2", "O4", "O5", "O6"):
            self.assertEqual(revenue[ref], 0.0, "a refused value is not imported: %s" % ref)

    def test_whole_numbers_fit_the_integer_field(self):
        stages = "Pipeline,Stage,Order,Probability (%)\nSales,New,1,10\nSales,Won,3000000000,100\nSales,Lost,2,5%\n"
        run = self.make_run(sample_files("users.csv") + [csv("pipeline_stages.csv", stages)])
        stagings = {s.name: s for s in run.staging_ids.filtered(lambda s: s.object_name == "pipeline_stages")}
        self.assertIn("'3000000000' is out of range for a whole number", stagings["Won"].message)
        self.assertEqual(stagings["Lost"]._values().get("probability"), 5.0)

    def test_semicolon_file_in_cp1250(self):
        text = ("Opportunity ID;Name;Client ID;Contact ID;Pipeline;Stage;Value;Currency;Expected close;Owner e-mail\n"
                "O1;Čebele;C1;P1;Sales;New;1.500;EUR;2024-03-31;ana.novak@example.si\n")
        run = self.import_run(sample_files(*BASE) + [csv("opportunities.csv", text, "cp1250")])
        self.assertEqual(self.lead(run, "O1")[0].expected_revenue, 1500.0)
        self.assertIn("separated by ';'", self.map_line(run, "opportunities", "Value").format_note)

    # ------------------------------------------------------------------ dates
    def test_slash_dates_day_first_from_the_column(self):
        files = sample_files(*BASE) + [opportunities([("O1", "100", "03/04/2024"), ("O2", "100", "25/04/2024")])]
        run = self.import_run(files)
        self.assertEqual(self.lead(run, "O1")[0].date_deadline, datetime.date(2024, 4, 3))
        self.assertIn("day/month/year (from '25/04/2024' in line 2)",
                      self.map_line(run, "opportunities", "Expected close").format_note)

    def test_slash_dates_month_first_from_the_column(self):
        files = sample_files(*BASE) + [opportunities([("O1", "100", "03/04/2024"), ("O2", "100", "04/25/2024")])]
        run = self.import_run(files)
        self.assertEqual(self.lead(run, "O1")[0].date_deadline, datetime.date(2024, 3, 4))
        self.assertEqual(self.lead(run, "O2")[0].date_deadline, datetime.date(2024, 4, 25))

    def test_ambiguous_dates_decided_by_the_locale_and_contradictions_refused(self):
        files = sample_files(*BASE) + [opportunities([("O1", "1,5", "03/04/2024"), ("O2", "2,5", "04/05/24"),
                                                      ("O3", "2,5", "25/04/2024"), ("O4", "2,5", "26/04/2024"),
                                                      ("O5", "2,5", "04/27/2024")])]
        run = self.make_run(files)
        note = self.map_line(run, "opportunities", "Expected close").format_note
        self.assertIn("day/month/year (from '25/04/2024' in line 3)", note)
        self.assertIn("two-digit years", note)
        self.assertIn("'04/27/2024' is not a date in the column's order", self.lead(run, "O5")[1].message)
        self.assertEqual(self.lead(run, "O2")[1]._values()["date_deadline"], datetime.date(2024, 5, 4))
        files = sample_files(*BASE) + [opportunities([("O1", "1,5", "03/04/2024")])]
        run = self.make_run(files)
        note = self.map_line(run, "opportunities", "Expected close").format_note
        self.assertIn("day/month/year (no value decides ('03/04/2024' in line 1 reads either way)", note)
        self.assertIn("decimal commas", note, "the reason: the file's amounts")

    # ------------------------------------------------------------------ custom fields
    def test_long_headers_keep_their_own_fields(self):
        first = "Preferred communication channel for the quarterly business review (primary)"
        second = "Preferred communication channel for the quarterly business review (secondary)"
        contacts = ("Contact ID;Client ID;First name;Last name;E-mail;%s;%s\n"
                    "P1;C1;Špela;Žužek;spela@zuzek.si;Phone;E-mail\n" % (first, second))
        run = self.import_run(sample_files("users.csv", "clients.csv") + [csv("contacts.csv", contacts, "cp1250")])
        names = [self.map_line(run, "contacts", column).new_field_name for column in (first, second)]
        self.assertEqual(len(set(names)), 2, names)
        partner = self.record(run, "contacts", "P1")[0]
        self.assertEqual((partner[names[0]], partner[names[1]]), ("Phone", "E-mail"))

    def test_alike_headers_keep_their_own_fields(self):
        contacts = "Contact ID,Client ID,First name,Last name,Hobby!,Hobby?\nP1,C1,Ana,Bel,Chess,Golf\n"
        run = self.import_run(sample_files("users.csv", "clients.csv") + [csv("contacts.csv", contacts)])
        names = [self.map_line(run, "contacts", column).new_field_name for column in ("Hobby!", "Hobby?")]
        self.assertEqual(len(set(names)), 2, names)
        partner = self.record(run, "contacts", "P1")[0]
        self.assertEqual((partner[names[0]], partner[names[1]]), ("Chess", "Golf"))

    def test_dropdown_options_differing_by_punctuation(self):
        definitions = "Object,Field name,Type,Options\nClient,Segment,Dropdown,A-B|A/B|a b|North|north\n"
        clients = ("Client ID,Client name,Segment\nC1,One d.o.o.,A/B\nC2,Two GmbH,a b\nC3,Three AG,north\n"
                   "C4,Four,A-B\n")
        run = self.import_run(sample_files("users.csv") + [csv("custom_fields.csv", definitions),
                                                           csv("clients.csv", clients)])
        field = self.env["ir.model.fields"].search([("model", "=", "res.partner"), ("name", "=", "x_cji_segment")])
        self.assertEqual(field.ttype, "selection")
        self.assertEqual(len(field.selection_ids), 5)
        self.assertEqual(len(set(field.selection_ids.mapped("value"))), 5)
        labels = dict(self.env["res.partner"]._fields["x_cji_segment"].selection)
        for ref, label in (("C1", "A/B"), ("C2", "a b"), ("C3", "north"), ("C4", "A-B")):
            partner = self.record(run, "clients", ref)[0]
            self.assertEqual(labels[partner.x_cji_segment], label, ref)

    def test_number_custom_field_read_with_its_column(self):
        definitions = "Object,Field name,Type,Options\nOpportunity,Budget,Number,\nOpportunity,Seats,Integer,\n"
        header = OPPORTUNITY_HEADER.replace("\n", ",Budget,Seats\n")
        files = sample_files(*BASE) + [csv("custom_fields.csv", definitions), opportunities([], header)]
        body = ("O1,Deal 1,C1,P1,Sales,New,100,EUR,31.03.2024,ana.novak@example.si,1.500,1.200\n"
                "O2,Deal 2,C1,P1,Sales,New,100,EUR,31.03.2024,ana.novak@example.si,\"2.250,75\",\"2,5\"\n")
        files[-1] = csv("opportunities.csv", header + body)
        run = self.make_run(files, fallback_user_id=self.env.ref("base.user_admin").id)
        budget = self.map_line(run, "opportunities", "Budget")
        self.assertEqual(budget.action, "new_field")
        self.assertIn("decimal comma, thousands dot (from '2.250,75' in line 2)", budget.format_note)
        self.assertIn("'2,5' is not a whole number", self.lead(run, "O2")[1].message)
        run.action_confirm_map()
        run.action_import()
        self.assertEqual(run.state, "done", run.error_message)
        lead1, lead2 = self.lead(run, "O1")[0], self.lead(run, "O2")[0]
        self.assertEqual((lead1.x_cji_budget, lead2.x_cji_budget), (1500.0, 2250.75))
        self.assertEqual(lead1.x_cji_seats, 1200)
        self.assertFalse(lead2.x_cji_seats, "refused at staging, not rounded")

    def test_required_name_missing_caught_at_staging(self):
        clients = "Client ID;Client name;City\nC1;;Ljubljana\nC2;   ;Berlin\nC3;Three d.o.o.;Celje\n"
        definitions = "Object,Field name,Type,Options\nClient,,Text,\nClient,Region,Text,\n"
        run = self.make_run(sample_files("users.csv") + [csv("clients.csv", clients),
                                                         csv("custom_fields.csv", definitions)])
        for ref in ("C1", "C2"):
            staging = self.record(run, "clients", ref)[1]
            self.assertEqual(staging.state, "error", ref)
            self.assertIn("Missing required value: Name", staging.message)
        self.assertEqual(self.record(run, "clients", "C3")[1].state, "valid")
        definition = run.staging_ids.filtered(lambda s: s.object_name == "custom_fields" and s.state == "error")
        self.assertEqual(len(definition), 1)
        self.assertIn("Missing required value: Field name", definition.message)
