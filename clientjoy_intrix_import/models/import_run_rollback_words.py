"""A rollback said in words: what it deletes and restores per kind of record, by the model's description
("Lead/Opportunity: 12 to delete"), before (rollback wizard) and after (run log and chatter); never the
technical model names of the ledger."""
from markupsafe import Markup, escape

from odoo import models

#: ledger model whose entries are the custom fields the run created
FIELDS_MODEL = "ir.model.fields"


class ImportRun(models.Model):
    _inherit = "clientjoy.intrix.run"

    def _rollback_counts(self):
        """{(model, operation, side effect): entries} that a rollback of this run would undo now, counted in
        the database (a big run's ledger is never loaded for it)."""
        self.ensure_one()
        counts = {}
        for model, operation, side, count in self.env["clientjoy.intrix.ledger"]._read_group(
                [("run_id", "=", self.id), ("rolled_back", "=", False)],
                ["res_model", "operation", "side_effect"], ["__count"]):
            key = (model, operation, bool(side))
            counts[key] = counts.get(key, 0) + count
        return counts

    def _model_words(self, model):
        """What an admin calls the records of ``model``: its description, in the user's language."""
        if model == FIELDS_MODEL:
            return self.env._("Custom fields")
        description = self.env["ir.model"].sudo()._get(model).name
        if not description and model in self.env:
            description = self.env[model]._description
        return description or model

    def _rollback_lines(self, counts, done=False):
        """One line per kind of record of ``counts`` (see :meth:`_rollback_counts`): the run's own records
        first, then what Odoo did alongside, each sorted by name."""
        _ = self.env._
        lines = []
        for (model, operation, side), count in counts.items():
            words = self._model_words(model)
            if model == FIELDS_MODEL and operation == "create":
                what = _("%(count)s removed", count=count) if done else _(
                    "%(count)s to remove (kept if other data uses them)", count=count)
            elif operation == "create":
                what = _("%(count)s deleted", count=count) if done else _("%(count)s to delete", count=count)
            elif operation == "match":  # existing records the run reused (stages): never touched
                what = _("%(count)s reused, left as they are", count=count)
            else:
                what = _("%(count)s restored to their previous values", count=count) if done else _(
                    "%(count)s to restore to their previous values", count=count)
            if side:
                what = _("%(what)s (done by Odoo alongside the import)", what=what)
            lines.append((side, words.lower(), "%s: %s" % (words, what)))
        return [line for _side, _key, line in sorted(lines)]

    def _rollback_summary(self):
        """The rollback wizard's summary: what a rollback would do now."""
        self.ensure_one()
        return "\n".join(self._rollback_lines(self._rollback_counts())) or self.env._("Nothing to roll back.")

    def _log_rollback(self, counts, kept):
        """Log and post what the rollback just did (``counts`` taken before it, ``kept``: the custom fields it
        kept because other data uses them)."""
        self.ensure_one()
        _ = self.env._
        removed_fields = counts.pop((FIELDS_MODEL, "create", False), 0) - len(kept)
        if removed_fields > 0:
            counts[(FIELDS_MODEL, "create", False)] = removed_fields
        lines = self._rollback_lines(counts, done=True) or [_("nothing was left to undo")]
        if kept:
            lines.append(_("Custom fields kept because other data uses them: %s", ", ".join(
                "%s (%s)" % (field.field_description, self._model_words(field.model)) for field in kept)))
        self._log(_("Rolled back:") + "\n" + "\n".join("  " + line for line in lines))
        self.message_post(subtype_xmlid="mail.mt_note", body=Markup("<p>%s</p><ul>%s</ul>") % (
            _("Rolled back:"), Markup("").join(Markup("<li>%s</li>") % escape(line) for line in lines)))
