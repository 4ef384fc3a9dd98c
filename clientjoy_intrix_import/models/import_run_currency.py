"""Amounts in a currency other than the company's: flagged by the audit, decided by the admin per run.

Before the import, the audit lists every currency of the run's opportunity values, invoices and
proposal amounts that is not the company's, with the number of records, on the run's Currencies tab,
and puts a warning on each of those staging records (filter *Other currency*). The admin chooses per
currency: keep the amounts as they are, or convert them at a rate they enter. Kept, an invoice stays in
its own currency (activated when inactive) and an opportunity keeps its number, which Odoo shows in the
company's currency (the staging record says so); converted, the amounts land in the company's
currency at that rate. What the importers do with the choice is in importers/currency.py.

A delta run takes over the choices of the run it continues.
"""
from odoo import _, api, fields, models
from odoo.exceptions import UserError

from .import_run import PENDING_SQL

#: entity -> SQL condition on the mapped values ``v``: the record has an amount
AMOUNT_SQL = {
    "lead": "COALESCE(v->>'expected_revenue', '') <> ''",
    "invoice": "TRUE",
    "proposal": "COALESCE(v->>'amount', '') <> ''",
}


class ImportCurrency(models.Model):
    _name = "clientjoy.intrix.currency"
    _description = "Amounts of an import run in another currency"
    _order = "run_id, currency_code"

    run_id = fields.Many2one("clientjoy.intrix.run", required=True, ondelete="cascade", index=True)
    currency_code = fields.Char(string="Currency at the source", required=True, readonly=True)
    currency_id = fields.Many2one("res.currency", string="Odoo currency", readonly=True, context={"active_test": False},
                                  help="Empty when Odoo does not know this currency: its amounts can only be converted")
    company_currency_id = fields.Many2one(related="run_id.company_id.currency_id", string="Company currency")
    record_count = fields.Integer(string="Records", readonly=True)
    objects = fields.Char(string="Found in", readonly=True)
    decision = fields.Selection(
        [("keep", "Keep the amounts"), ("convert", "Convert at my rate")], string="Choice", default="keep",
        required=True)
    rate = fields.Float(
        string="Rate", digits=(16, 6),
        help="What one unit of the source currency is worth in the company's currency (1 EUR = 1.08 USD: enter "
             "1.08). Used only when the choice is to convert.")
    effect = fields.Char(string="What the import does", compute="_compute_effect")

    _uniq = models.Constraint("unique(run_id, currency_code)", "A currency appears once per run.")

    @api.depends("decision", "rate", "currency_code", "currency_id", "company_currency_id")
    def _compute_effect(self):
        for line in self:
            company = line.company_currency_id.name or "?"
            if line.decision == "convert":
                line.effect = (_("Amounts converted: 1 %(currency)s = %(rate)s %(company)s", currency=line.currency_code,
                                 rate=("%.6f" % line.rate).rstrip("0").rstrip("."), company=company)
                               if line.rate > 0 else _("Enter the rate before importing"))
            elif not line.currency_id:
                line.effect = _("Odoo does not know %(currency)s: convert its amounts at your rate, or their records "
                                "fail", currency=line.currency_code)
            else:
                line.effect = _("Invoices stay in %(currency)s; opportunity values keep their number and are shown in "
                                "%(company)s", currency=line.currency_code, company=company)

    @api.constrains("rate")
    def _check_rate(self):
        for line in self:
            if line.rate < 0:
                raise UserError(_("The rate of %s cannot be negative.", line.currency_code))


class ImportStagingCurrency(models.Model):
    _inherit = "clientjoy.intrix.staging"

    audit_currency = fields.Boolean(string="Other currency", readonly=True,
                                    help="An amount in a currency other than the company's (Currencies tab of the run)")


class ImportRunCurrency(models.Model):
    _inherit = "clientjoy.intrix.run"

    currency_ids = fields.One2many("clientjoy.intrix.currency", "run_id", string="Currencies")
    count_other_currencies = fields.Integer(string="Other currencies", compute="_compute_count_other_currencies")

    @api.depends("currency_ids")
    def _compute_count_other_currencies(self):
        for run in self:
            run.count_other_currencies = len(run.currency_ids)

    def _audit(self):
        result = super()._audit()
        self._audit_currencies()
        return result

    def _currency_warning(self, entity, currency, company):
        if entity == "lead":
            return _("Value in %(currency)s, the company's currency is %(company)s: keep the number as it is or convert "
                     "it at your rate (Currencies tab of the run)", currency=currency, company=company)
        if entity == "invoice":
            return _("Invoice in %(currency)s, the company's currency is %(company)s: keep it in %(currency)s or "
                     "convert its amounts at your rate (Currencies tab of the run)", currency=currency, company=company)
        return _("Amount in %(currency)s, the company's currency is %(company)s: the note shows it as it is, and "
                 "converted when you enter a rate (Currencies tab of the run)", currency=currency, company=company)

    def _audit_currencies(self):
        """Flag the amounts in another currency and list their currencies on the run (choices kept)."""
        self.ensure_one()
        cr = self.env.cr
        self.env.flush_all()
        company = self.company_id.currency_id.name
        cr.execute(f"UPDATE clientjoy_intrix_staging SET audit_currency = false WHERE {PENDING_SQL} AND audit_currency",
                   [self.id])
        found = []
        for entity, condition in AMOUNT_SQL.items():
            cr.execute(f"""
                SELECT id, state, message, upper(btrim(v->>'currency')) FROM clientjoy_intrix_staging,
                       LATERAL (SELECT COALESCE("values", '{{}}')::jsonb AS v) j
                 WHERE {PENDING_SQL} AND entity = %s AND COALESCE(btrim(v->>'currency'), '') <> ''
                   AND upper(btrim(v->>'currency')) <> %s AND {condition}
                 ORDER BY id
            """, [self.id, entity, company])
            found += [(entity,) + row for row in cr.fetchall()]
        updates, per_currency = [], {}
        for entity, staging_id, state, message, code in found:
            counts = per_currency.setdefault(code, {})
            counts[entity] = counts.get(entity, 0) + 1
            line = self._currency_warning(entity, code, company)
            lines = message.split("\n") if message else []
            if line not in lines:
                lines.append(line)
            updates.append((staging_id, "warning" if state == "valid" else state, "\n".join(lines), True))
        Staging = self.env["clientjoy.intrix.staging"]
        Staging._bulk_update(updates, ("state", "message", "audit_currency"))
        Staging.invalidate_model(["audit_currency"])
        self._sync_currency_lines(per_currency)

    def _sync_currency_lines(self, per_currency):
        labels = {"lead": _("opportunities"), "invoice": _("invoices"), "proposal": _("proposals")}
        existing = {line.currency_code: line for line in self.currency_ids}
        previous = {line.currency_code: line for line in self.previous_run_id.currency_ids}
        for code, counts in sorted(per_currency.items()):
            vals = {"record_count": sum(counts.values()),
                    "objects": ", ".join("%s %s" % (count, labels[entity]) for entity, count in sorted(counts.items()))}
            line = existing.pop(code, None)
            if line:
                line.write(vals)
                continue
            currency = self.env["res.currency"].with_context(active_test=False).search([("name", "=", code)], limit=1)
            vals.update(run_id=self.id, currency_code=code, currency_id=currency.id,
                        rate=self._odoo_rate(currency))
            if code in previous:
                # a delta run: the choice of the run it continues
                vals.update(decision=previous[code].decision, rate=previous[code].rate)
                self._log(_("Choice for the amounts in %(currency)s taken over from %(run)s", currency=code,
                            run=self.previous_run_id.name))
            self.env["clientjoy.intrix.currency"].create(vals)
        for line in existing.values():
            line.unlink()

    def _odoo_rate(self, currency):
        """Odoo's rate of ``currency`` in the company's currency today, as a suggestion (0 when Odoo has none:
        without rates Odoo would say 1, which is no rate at all)."""
        company_currency = self.company_id.currency_id
        if not currency or not self.env["res.currency.rate"].search_count([
                ("currency_id", "in", (currency.id, company_currency.id)),
                ("company_id", "in", (self.company_id.id, False))], limit=1):
            return 0.0
        return currency._get_conversion_rate(currency, company_currency, self.company_id, fields.Date.context_today(self))

    def _check_can_import(self):
        result = super()._check_can_import()
        missing = self.currency_ids.filtered(lambda line: line.decision == "convert" and line.rate <= 0)
        if missing:
            raise UserError(_(
                "Enter the rate of %(currencies)s on the Currencies tab (what one unit is worth in %(company)s), or "
                "choose to keep their amounts as they are.", currencies=", ".join(missing.mapped("currency_code")),
                company=self.company_id.currency_id.name))
        return result
