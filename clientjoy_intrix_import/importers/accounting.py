"""Invoices -> account.move (customer invoices) with their lines, taxes, currency, state and payments.

* lines: description, quantity, unit price, discount; the tax of a line is the company's sale tax of
  that rate (percent, price excluded), created when missing (copied from the company's default sale
  tax so it books on the same accounts; ledgered, logged and listed in the written inventory);
* the currency is activated when it is inactive (a ledgered update);
* draft stays draft, void is cancelled, every other status is posted; "paid" and "partially_paid"
  register a payment (account.payment.register) on the first bank or cash journal, or leave a note
  on the record when there is none;
* the Clientjoy number is the move's name and reference; the recurrence schedule is kept as JSON in
  the manual field ``x_cji_recurrence`` (created on demand, dropped again by a rollback);
* a number Odoo's sequence check of the sales journal refuses at posting (a 2023 number issued in
  2024, another month, a format the journal's ``sequence_override_regex`` rejects) goes to a sales
  journal of imported numbers (created once, ledgered) whose ``sequence_override_regex`` takes any
  number as issued: posted and paid as at the source, the staging record says so. Numbers out of order
  or with another prefix post in the sales journal as they are (Odoo marks the gaps itself).

Every change is in the ledger so a rollback restores the database: payments are deleted (their
journal entries and reconciliations go with them), state changes are written back, then the
invoices are deleted as drafts. An invoice that already exists (re-run, delta run) is updated in
place: reset to draft, lines written one by one (previous values in the ledger), posted again.

Odoo 19 Community without a localisation: installing ``account`` loads the generic chart of accounts
(``generic_coa``: Sales and Bank journals, receivable/income accounts, 15 % and 0 % sale taxes), so
invoices work out of the box; a company without a sale journal gets a clear error per invoice.
"""
import datetime
import json
import re

from odoo import Command
from odoo.exceptions import ValidationError

from ..lib import i18n
from ..lib.parsers import parse_api_decimal
from .base import EntityImporter, RecordError, _clean, same_value, to_jsonable
from .currency import apply_currency_choice

RECURRENCE_FIELD = "x_cji_recurrence"
#: sequence.mixin regex of a journal that takes any number as it is (prefix, digits, suffix; no year or
#: month to check against the date): Odoo's documented ``sequence_override_regex`` of a journal
ANY_NUMBER_REGEX = r"^(?P<prefix1>.*?)(?P<seq>\d{0,9})(?P<suffix>\D*?)$"
IMPORTED_JOURNAL_XMLID = "journal_imported_numbers"
VOID_STATUSES = {"void", "voided", "cancelled", "canceled"}


def _decimal(value, default, what):
    # read exactly as the staging checked it (adapters/clientjoy.py): '1,000' is a thousand, never 1.0
    if value in (None, ""):
        return default
    try:
        return parse_api_decimal(value)
    except ValueError as exc:
        raise RecordError(i18n._("%(what)s: %(error)s", what=what, error=exc)) from None


def _tolerance(move, values):
    """Clientjoy rounds an invoice total once, Odoo every line's tax: one cent per line apart is rounding."""
    lines = values.get("lines") if isinstance(values.get("lines"), list) else ()
    # amounts converted at the admin's rate: unit prices rounded to Odoo's price precision as well
    return move.currency_id.rounding * max(1, len(lines)) + values.get("_conversion_tolerance", 0.0)


def _label(rate):
    return ("%.4f" % rate).rstrip("0").rstrip(".")


class InvoiceImporter(EntityImporter):
    entity = "invoice"
    model = "account.move"

    # ------------------------------------------------------------------ set-up
    def _setup(self, ctx):
        company = ctx.company
        Journal = ctx.env["account.journal"]
        journal = Journal.search([("type", "=", "sale"), ("company_id", "=", company.id), ("active", "=", True)],
                                 order="sequence, id", limit=1)
        bank = Journal.search([("type", "in", ("bank", "cash")), ("company_id", "=", company.id),
                               ("active", "=", True)], order="type, sequence, id")
        bank = bank.filtered(lambda j: j.inbound_payment_method_line_ids)[:1]
        # the database, not the registry, says whether the field exists (a rolled back run leaves it there)
        has_field = bool(ctx.env["ir.model.fields"].search_count(
            [("model", "=", "account.move"), ("name", "=", RECURRENCE_FIELD)]))
        return {"journal": journal, "bank": bank, "taxes": {}, "currencies": {}, "recurrence_field": has_field,
                "imported_journal": None}

    def _journal_for(self, ctx, staging, values, setup):
        """The sales journal, or, for a number Odoo's sequence check of that journal refuses at posting
        (a 2023 number issued in 2024, a month that is not the invoice's, a format the journal's
        override does not accept), the journal of imported numbers: the source number is kept and the
        invoice posted and paid as at the source; the record says so."""
        journal = setup["journal"]
        number = str(values.get("number") or "")
        status = str(values.get("status") or "").strip().lower()
        if status == "draft" or not number or not self._refused_number(ctx, journal, number, values["invoice_date"]):
            return journal
        imported = self._imported_journal(ctx, staging, setup)
        ctx.warn(ctx.env._(
            "Number %(number)s does not fit the numbering of journal %(journal)s for an invoice dated %(date)s "
            "(Odoo would refuse to post it): posted with its source number in the journal %(imported)s, which keeps "
            "source numbers as issued", number=number, journal=journal.name, date=values["invoice_date"],
            imported=imported.name))
        return imported

    def _refused_number(self, ctx, journal, number, date):
        """Whether posting an invoice named ``number`` and dated ``date`` in ``journal`` fails Odoo's
        sequence checks (sequence.mixin._constrains_date_sequence, the journal's override regex)."""
        if journal.sequence_override_regex and not re.match(journal.sequence_override_regex, number):
            return True
        probe = ctx.env["account.move"].new({"move_type": "out_invoice", "journal_id": journal.id, "name": number,
                                             "date": date, "invoice_date": date})
        try:
            return not probe._sequence_matches_date()
        except ValidationError:  # no sequence number Odoo can read in it
            return True

    def _imported_journal(self, ctx, staging, setup):
        """The sales journal of imported numbers (found again by its external id, or created and ledgered)."""
        if setup["imported_journal"]:
            return setup["imported_journal"]
        Journal = ctx.env["account.journal"]
        name = ctx.xmlid_name("journal", IMPORTED_JOURNAL_XMLID)
        found = ctx.lookup("account.journal", [name]).get(name)
        journal = Journal.browse(found).exists() if found else Journal
        if not journal:
            main = setup["journal"]
            codes = set(Journal.search([("company_id", "=", ctx.company.id)]).mapped("code"))
            code = next(c for c in ("IMP",) + tuple("IMP%s" % n for n in range(2, 100)) if c not in codes)
            journal = Journal.create({
                "name": ctx.env._("Imported invoices (%(origin)s)", origin=ctx.adapter.label.split(" (")[0]),
                "code": code, "type": "sale", "company_id": ctx.company.id, "sequence": main.sequence + 1,
                "default_account_id": main.default_account_id.id,
                "sequence_override_regex": ANY_NUMBER_REGEX,
            })
            ctx.register_created(journal, name, staging)
            ctx.run._log(ctx.env._(
                "Journal %(journal)s created for the invoices whose source number does not fit Odoo's numbering of "
                "%(main)s", journal=journal.name, main=main.name))
        setup["imported_journal"] = journal
        return journal

    # ------------------------------------------------------------------ import
    def _start_batch(self, ctx, stagings):
        setup = ctx.batch["setup"] = self._setup(ctx)
        if not setup["journal"]:
            ctx.batch["refused"] = ctx.env._(
                "Company %s has no sales journal: install a chart of accounts (Invoicing/Accounting > Settings > "
                "Fiscal localization) and import the invoices again.", ctx.company.name)
            ctx.run._log(ctx.batch["refused"])
            return
        # the invoices imported before, in one query (prepare asks the cache per record)
        ctx.lookup(self.model, [self.xmlid(ctx, staging) for staging in stagings])

    def _skip(self, ctx, staging):
        if ctx.batch.get("refused"):
            staging._mark_error(ctx.batch["refused"])
            return True
        return False

    def _values(self, ctx, staging):
        # amounts in another currency: the invoice stays in it, or is converted at the admin's rate
        values, note = apply_currency_choice(ctx, self.entity, staging._values())
        if note:
            ctx.warn(note)
        return values

    def prepare(self, ctx, staging, values):
        """The values of a new invoice; an invoice imported before is updated here, lines and all, in its
        own savepoint, and stands for itself (the generic update cannot replace lines)."""
        header, lines = self._prepare(ctx, staging, values, ctx.batch["setup"])
        name = self.xmlid(ctx, staging)
        found = ctx.lookup(self.model, [name]).get(name)
        move = ctx.env["account.move"].browse(found).exists() if found else None
        if not move:
            return dict(header, invoice_line_ids=[Command.create(line) for line in lines])
        mark = len(ctx._ledger)
        try:
            with ctx.env.cr.savepoint():
                self._update(ctx, staging, move, name, header, lines)
        except Exception as exc:  # noqa: BLE001 - the record's failure, reported on it
            del ctx._ledger[mark:]
            raise RecordError(ctx.env._("Update of invoice %(number)s failed: %(error)s",
                                        number=values.get("number"), error=_clean(exc))) from exc
        return move

    def _post_write(self, ctx, prepared, results):
        """Post, pay and check every invoice of the batch, created or updated, as at the source."""
        for staging, values in prepared:
            move = results.get(staging.id)
            if not move:
                continue
            ctx.current = staging
            mark = len(ctx._ledger)
            try:
                with ctx.env.cr.savepoint():
                    self._set_state(ctx, staging, move, values, self.xmlid(ctx, staging))
                    self._pay(ctx, staging, move, values, ctx.batch["setup"], self.xmlid(ctx, staging))
            except Exception as exc:  # noqa: BLE001
                del ctx._ledger[mark:]
                ctx.warn(ctx.env._("Clientjoy status %(status)s not applied, the invoice stays %(state)s: %(error)s",
                                   status=values.get("status"), state=move.state, error=_clean(exc)))
            self._check_total(ctx, move, values)

    # ------------------------------------------------------------------ values
    def _prepare(self, ctx, staging, values, setup):
        env = ctx.env
        partner_id = ctx.resolve_or_fail("customer", values.get("customer_ref"), env._("Customer %s not found in Odoo"))
        items = values.get("lines")
        if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
            raise RecordError(env._("Line items are not a list of lines: %s", str(items)[:200]))
        header = {
            "move_type": "out_invoice",
            "journal_id": self._journal_for(ctx, staging, values, setup).id,
            "partner_id": partner_id,
            "currency_id": self._currency(ctx, staging, values.get("currency"), setup),
            "invoice_date": values["invoice_date"],
            "invoice_date_due": values.get("due_date") or values["invoice_date"],
            "name": values["number"],
            "ref": values["number"],
        }
        recurrence = self._recurrence(values)
        if recurrence and not setup["recurrence_field"]:
            ctx.ensure_field("account.move", RECURRENCE_FIELD, "text", "Recurrence (Clientjoy)", staging=staging)
            setup["recurrence_field"] = True
        if setup["recurrence_field"]:
            header[RECURRENCE_FIELD] = json.dumps(recurrence, sort_keys=True) if recurrence else False
        lines = []
        for position, item in enumerate(items, start=1):
            what = env._("line %s", position)
            rate = item.get("tax_rate")
            taxes = [self._tax(ctx, staging, _decimal(rate, 0.0, what), setup).id] if rate not in (None, "") else []
            lines.append({
                "name": item.get("description") or "/",
                "quantity": _decimal(item.get("quantity"), 1.0, what),
                "price_unit": _decimal(item.get("unit_price"), 0.0, what),
                "discount": _decimal(item.get("discount"), 0.0, what),
                "tax_ids": [Command.set(taxes)],
            })
        return header, lines

    def _recurrence(self, values):
        if not values.get("recurring_interval"):
            return None
        next_date = values.get("recurring_next_date")
        return {"interval": values["recurring_interval"], "every": values.get("recurring_every") or 1,
                "next_date": next_date.isoformat() if hasattr(next_date, "isoformat") else next_date}

    def _currency(self, ctx, staging, code, setup):
        if not code:
            return ctx.company.currency_id.id
        code = code.strip().upper()
        if code in setup["currencies"]:
            return setup["currencies"][code]
        currency = ctx.env["res.currency"].search([("name", "=", code)], limit=1)
        if not currency:
            raise RecordError(ctx.env._("Unknown currency '%s'", code))
        if not currency.active:
            currency.write({"active": True})
            ctx.ledger(staging, currency, "update", previous={"active": False})
            ctx.run._log(ctx.env._("Currency %s activated for the Clientjoy invoices", code))
        setup["currencies"][code] = currency.id
        return currency.id

    def _tax(self, ctx, staging, rate, setup):
        key = round(rate, 4)
        if key in setup["taxes"]:
            return setup["taxes"][key]
        Tax = ctx.env["account.tax"]
        company = ctx.company
        candidates = Tax.search([("type_tax_use", "=", "sale"), ("amount_type", "=", "percent"),
                                 ("company_id", "=", company.id), ("active", "=", True)], order="sequence, id")
        tax = candidates.filtered(lambda t: abs(t.amount - rate) < 1e-6 and not t.price_include)[:1]
        if not tax:
            tax = self._create_tax(ctx, staging, rate, candidates)
        setup["taxes"][key] = tax
        return tax

    def _create_tax(self, ctx, staging, rate, candidates):
        """A sale tax of ``rate`` % like the company's default one (same accounts), ledgered and listed."""
        env = ctx.env
        company = ctx.company
        label = _label(rate)
        name = "%s%%" % label
        if env["account.tax"].search_count([("name", "=", name), ("company_id", "=", company.id),
                                             ("type_tax_use", "=", "sale")]):
            name = "%s%% (Clientjoy)" % label
        template = company.account_sale_tax_id
        if not template or template.amount_type != "percent" or template.price_include:
            template = candidates.filtered(lambda t: not t.price_include)[:1]
        group_name = env._("Tax %s%%", label)
        group = env["account.tax.group"].search([("name", "=", group_name), ("company_id", "=", company.id)], limit=1)
        if not group:
            group_vals = {"name": group_name, "company_id": company.id}
            group = (template.tax_group_id.copy(group_vals) if template.tax_group_id
                     else env["account.tax.group"].create(group_vals))
            ctx.ledger(staging, group, "create")
        vals = {"name": name, "amount": rate, "amount_type": "percent", "type_tax_use": "sale",
                "tax_group_id": group.id, "invoice_label": name, "company_id": company.id}
        tax = template.copy(vals) if template else env["account.tax"].create(vals)
        ctx.ledger(staging, tax, "create")
        origin = template.name if template else env._("Odoo defaults (no tax accounts)")
        ctx.run._log(env._("Sale tax %(tax)s created for the Clientjoy rate %(rate)s %% (accounts copied from %(origin)s)",
                           tax=name, rate=label, origin=origin))
        ctx.inventory(
            "tax", name,
            env._("Sale tax of %(rate)s %% created by the import because Clientjoy invoices use this rate; "
                  "accounts and tax grids copied from %(origin)s.", rate=label, origin=origin),
            env._("Check its accounts, tax group and tax report grids (Accounting > Configuration > Taxes), or "
                  "replace it on the invoices by the tax of your localisation."))
        return tax

    # ------------------------------------------------------------------ existing invoices
    def _update(self, ctx, staging, move, name, header, lines):
        """Bring an imported invoice in line with Clientjoy, every change in the ledger."""
        xmlid = "%s.%s" % (ctx.module, name)
        changed = {key: value for key, value in header.items()
                   if key != "move_type" and key in move._fields and not same_value(move, key, value)}
        operations = self._line_operations(ctx, move, lines)
        if not changed and not operations:
            return False
        previous_state = move.state
        if previous_state != "draft":
            move.button_draft()
            ctx.ledger(staging, move, "update", xmlid=xmlid, previous={"state": previous_state})
        for operation, line, vals in operations:
            if operation == "update":
                previous = to_jsonable(line, list(vals))
                line.write(vals)
                ctx.ledger(staging, line, "update", previous=previous)
            else:
                before = move.invoice_line_ids
                move.write({"invoice_line_ids": [Command.create(vals)]})
                ctx.ledger(staging, move.invoice_line_ids - before, "create")
        if changed:
            previous = to_jsonable(move, list(changed))
            move.write(changed)
            ctx.ledger(staging, move, "update", xmlid=xmlid, previous=previous)
        return True

    def _line_operations(self, ctx, move, lines):
        current = move.invoice_line_ids.filtered(lambda l: l.display_type == "product").sorted(lambda l: (l.sequence, l.id))
        operations = []
        for position, vals in enumerate(lines):
            if position < len(current):
                line = current[position]
                diff = {key: value for key, value in vals.items() if not same_value(line, key, value)}
                if diff:
                    operations.append(("update", line, diff))
            else:
                operations.append(("create", None, vals))
        for line in current[len(lines):]:
            diff = {key: value for key, value in {"quantity": 0.0, "price_unit": 0.0}.items()
                    if not same_value(line, key, value)}
            if diff:
                ctx.warn(ctx.env._("Clientjoy removed the line '%s': set to quantity 0 in Odoo", line.name))
                operations.append(("update", line, diff))
        return operations

    # ------------------------------------------------------------------ state and payments
    def _set_state(self, ctx, staging, move, values, name):
        status = str(values.get("status") or "").strip().lower()
        desired = "draft" if status == "draft" else "cancel" if status in VOID_STATUSES else "posted"
        if move.state == desired:
            return
        previous_state = move.state
        partners = move.partner_id | move.partner_id.commercial_partner_id
        ranks = {partner: partner.customer_rank for partner in partners}
        if desired == "posted":
            if move.state == "cancel":
                move.button_draft()
            move.action_post()
        elif desired == "cancel":
            move.button_cancel()
        else:
            move.button_draft()
        ctx.ledger(staging, move, "update", xmlid="%s.%s" % (ctx.module, name), previous={"state": previous_state})
        for partner, rank in ranks.items():
            if partner.customer_rank != rank:
                ctx.ledger(staging, partner, "update", previous={"customer_rank": rank})

    def _pay(self, ctx, staging, move, values, setup, name):
        status = str(values.get("status") or "").strip().lower()
        if move.state != "posted":
            return
        currency = move.currency_id
        source_paid = values.get("amount_paid") or 0.0
        target = move.amount_total if status == "paid" else min(source_paid, move.amount_total)
        if status == "paid" and source_paid and abs(source_paid - move.amount_total) > _tolerance(move, values) + 1e-9:
            ctx.warn(ctx.env._("Clientjoy says %(paid)s paid of %(total)s: the Odoo total is paid in full",
                               paid=source_paid, total=move.amount_total))
        already = move.amount_total - move.amount_residual
        due = currency.round(target - already)
        if currency.compare_amounts(due, 0) <= 0:
            if currency.compare_amounts(target, already) < 0:
                ctx.warn(ctx.env._("Odoo has %(odoo)s paid, Clientjoy only %(clientjoy)s: payments are not reversed by the "
                                   "import", odoo=already, clientjoy=target))
            return
        journal = setup["bank"]
        if not journal:
            note = ctx.env._("Payment of %(amount)s %(currency)s not registered: the company has no bank or cash journal "
                             "with an incoming payment method. Register it by hand.", amount=due, currency=currency.name)
            ctx.warn(note)
            ctx.run._log("%s: %s" % (values.get("number"), note))
            return
        payment_date = values.get("due_date") or values.get("invoice_date")
        payment_date = min(payment_date, datetime.date.today()) if payment_date else datetime.date.today()
        wizard = ctx.env["account.payment.register"].with_context(
            active_model="account.move", active_ids=move.ids).create({
                "amount": due, "payment_date": payment_date, "journal_id": journal.id,
                "currency_id": currency.id, "communication": values.get("number") or move.name})
        payments = wizard._create_payments()
        wizard.unlink()  # transient, but it would block deleting the partner on rollback until vacuumed
        prefix = "%s_payment_" % name
        ctx.env.cr.execute("SELECT name FROM ir_model_data WHERE module = %s AND model = 'account.payment' "
                           "AND name LIKE %s", (ctx.module, prefix.replace("_", "\\_") + "%"))
        taken = len([row for row in ctx.env.cr.fetchall() if row[0].startswith(prefix)])
        for offset, payment in enumerate(payments, start=1):
            ctx.register_created(payment, "%s_payment_%s" % (name, taken + offset), staging)

    def _check_total(self, ctx, move, values):
        """Warn when the Odoo total is off by more than Odoo's per-line rounding can explain."""
        total = values.get("total")
        if total is None or abs(move.amount_total - total) <= _tolerance(move, values) + 1e-9:
            return
        ctx.warn(ctx.env._("Total in Odoo %(odoo)s differs from the Clientjoy total %(clientjoy)s (rounded per line in Odoo)",
                           odoo=move.amount_total, clientjoy=total))
