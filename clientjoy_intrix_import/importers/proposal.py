"""Proposals -> the proposal document (HTML) as an ir.attachment on its lead or customer, plus a note
in the chatter of that record (status, amount, sent/accepted dates) with the document attached."""
from markupsafe import Markup, escape

from odoo import Command

from .base import EntityImporter, RecordError
from .currency import converted_note


def target_of(ctx, values, what):
    """(model, res_id) of the lead (preferred) or customer a record hangs on, or RecordError."""
    if values.get("lead_ref"):
        res_id = ctx.resolve_ref("lead", values["lead_ref"])
        if res_id:
            return "crm.lead", res_id
    if values.get("customer_ref"):
        res_id = ctx.resolve_ref("customer", values["customer_ref"])
        if res_id:
            return "res.partner", res_id
    refs = ", ".join(filter(None, [values.get("lead_ref") and ctx.env._("lead %s", values["lead_ref"]),
                                   values.get("customer_ref") and ctx.env._("customer %s", values["customer_ref"])]))
    if refs:
        raise RecordError(ctx.env._("%(what)s: %(refs)s not found in Odoo", what=what, refs=refs))
    raise RecordError(ctx.env._("%s has no lead and no customer to hang on", what))


def _num(value):
    return ("%.2f" % value) if isinstance(value, float) else str(value)


class ProposalImporter(EntityImporter):
    entity = "proposal"
    model = "ir.attachment"

    created_note = False  # the ``created`` date of a proposal never sent dates its own note (_post_write)

    def prepare(self, ctx, staging, values):
        model, res_id = target_of(ctx, values, ctx.env._("Proposal"))
        title = values["name"]
        content = values.get("content_html") or "<p>%s</p>" % escape(title)
        ctx.batch.setdefault("targets", {})[staging.id] = (model, res_id)
        return {
            "name": "%s.html" % title.replace("/", "-"),
            "raw": content.encode("utf-8"),
            "mimetype": "text/html",
            "res_model": model,
            "res_id": res_id,
            "description": ctx.env._("Clientjoy proposal %s", staging.external_id),
        }

    def _post_write(self, ctx, prepared, results):
        """A note in the chatter of the lead or customer, with the document attached."""
        messages = []
        for staging, values in prepared:
            if staging.id not in results:
                continue
            model, res_id = ctx.batch["targets"][staging.id]
            messages.append((staging, self.xmlid(ctx, staging) + "_note", {
                "model": model,
                "res_id": res_id,
                "message_type": "comment",
                "subtype_id": ctx._cached("xmlid", "mail.mt_note", lambda: ctx.env.ref("mail.mt_note").id),
                "subject": values["name"],
                "body": self._body(ctx, values),
                "date": values.get("sent_at") or values.get("created") or ctx.run.date_start,
                "author_id": ctx.env.user.partner_id.id,
                "attachment_ids": [Command.set([results[staging.id].id])],
            }))
        ctx.upsert("mail.message", messages)

    def _body(self, ctx, values):
        facts = [ctx.env._("status: %s", values.get("status") or "-")]
        if values.get("amount") is not None:
            facts.append(ctx.env._("amount: %(amount)s %(currency)s", amount=_num(values["amount"]),
                                   currency=values.get("currency") or "") + converted_note(ctx, values))
        if values.get("sent_at"):
            facts.append(ctx.env._("sent: %s", values["sent_at"]))
        if values.get("accepted_at"):
            facts.append(ctx.env._("accepted: %s", values["accepted_at"]))
        return Markup("<p><b>%s</b> %s</p><p><i>%s</i></p>") % (
            ctx.env._("Clientjoy proposal"), values["name"], " · ".join(facts))
