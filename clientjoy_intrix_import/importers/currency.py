"""Amounts in a currency other than the run company's: what the admin chose for them, applied.

The audit (models/import_run_currency.py) lists every such currency on the run before the import, and
the admin chooses per currency: keep the amounts as they are (an invoice stays in its own currency,
which Odoo stores; an opportunity's value keeps its number, Odoo shows it in the company's currency),
or convert them at a rate the admin enters. Nothing converts at a rate nobody chose, and nothing
changes currency without a word on the staging record.

:func:`apply_currency_choice` gives the values as they land; the importers write them and the
verification compares the records with them, so both read the same figures.
"""
from dataclasses import dataclass


#: entities whose amounts follow the choice: {entity: (amount keys, invoice lines key)}
AMOUNTS = {
    "lead": (("expected_revenue",), None),
    "invoice": (("total", "amount_paid"), "lines"),
    "proposal": (("amount",), None),
}


@dataclass(frozen=True)
class CurrencyChoice:
    code: str  # the source currency, upper case
    company_code: str  # the company's currency
    convert: bool
    rate: float  # 1 unit of ``code`` = ``rate`` units of ``company_code``

    def amount(self, value, digits=2):
        return round(float(value) * self.rate, digits)


def currency_code(value):
    return str(value or "").strip().upper()


def currency_choice(ctx, code):
    """The admin's choice for amounts in ``code``, or None when they are in the company's currency."""
    code = currency_code(code)
    # asked for every record with an amount: the company's currency read once per run
    company_code = ctx._cached("currency_choices", "company", lambda: ctx.company.currency_id.name)
    if not code or code == company_code:
        return None
    choices = ctx._cached("currency_choices", None, lambda: {
        line.currency_code: (line.decision, line.rate) for line in ctx.run.sudo().currency_ids})
    decision, rate = choices.get(code, ("keep", 0.0))
    convert = decision == "convert" and (rate or 0.0) > 0
    return CurrencyChoice(code, company_code, convert, rate if convert else 0.0)


def _price_digits(ctx):
    return ctx._cached("price_digits", None, lambda: ctx.env["decimal.precision"].precision_get("Product Price"))


def _number(value):
    try:
        return float(str(value).strip().replace(",", "."))
    except ValueError:
        return None


def apply_currency_choice(ctx, entity, values):
    """(values as they land, note for the staging record or None) for one record of ``entity``."""
    keys, lines_key = AMOUNTS.get(entity, ((), None))
    if not keys:
        return values, None
    choice = currency_choice(ctx, values.get("currency"))
    if not choice:
        return values, None
    has_amount = any(values.get(key) not in (None, "") for key in keys) or (lines_key and values.get(lines_key))
    if not has_amount:
        return values, None
    if not choice.convert:
        if entity == "lead":
            return values, ctx.env._(
                "Value in %(currency)s kept as it is: Odoo shows an opportunity's value in the company's currency "
                "(%(company)s). Enter a rate on the Currencies tab of the run to convert it.",
                currency=choice.code, company=choice.company_code)
        return values, None  # invoices keep their own currency, proposals their note
    if entity == "proposal":
        return values, None  # the note says the amount and its conversion (importers/proposal.py)
    rounding = ctx.company.currency_id.decimal_places
    converted = dict(values)
    for key in keys:
        number = _number(values[key]) if values.get(key) not in (None, "") else None
        if number is not None:
            converted[key] = choice.amount(number, rounding)
    if lines_key and isinstance(values.get(lines_key), list):
        digits = _price_digits(ctx)
        spread = 0.0
        lines = []
        for item in values[lines_key]:
            item = dict(item) if isinstance(item, dict) else item
            price = _number(item.get("unit_price")) if isinstance(item, dict) and item.get("unit_price") not in (
                None, "") else None
            if price is not None:
                item["unit_price"] = choice.amount(price, digits)
                # Odoo keeps unit prices to the product price precision: half a step per unit at most
                quantity = abs(_number(item.get("quantity")) or 1.0)
                tax = 1 + (_number(item.get("tax_rate")) or 0.0) / 100
                spread += quantity * tax * 0.5 * 10 ** -digits
            lines.append(item)
        converted[lines_key] = lines
        converted["_conversion_tolerance"] = spread + ctx.company.currency_id.rounding
    converted["currency"] = choice.company_code
    return converted, ctx.env._(
        "Amounts in %(currency)s converted to %(company)s at your rate (1 %(currency)s = %(rate)s %(company)s)",
        currency=choice.code, company=choice.company_code, rate=_rate_text(choice.rate))


def _rate_text(rate):
    return ("%.6f" % rate).rstrip("0").rstrip(".")


def converted_note(ctx, values):
    """The proposal note's words for its amount in the company's currency, or '' (kept as it is)."""
    choice = currency_choice(ctx, values.get("currency"))
    amount = _number(values.get("amount")) if values.get("amount") not in (None, "") else None
    if not choice or not choice.convert or amount is None:
        return ""
    return ctx.env._(" (%(amount)s %(company)s at your rate %(rate)s)", amount="%.2f" % choice.amount(amount),
                  company=choice.company_code, rate=_rate_text(choice.rate))
