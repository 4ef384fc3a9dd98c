"""Rollback guard: records made outside the run that depend on records of the run.

A rollback deletes what the run created. When a user or a later run has since created a contact under an
imported company, a lead in an imported stage, a message on an imported record or a timesheet on an
imported task, deleting would cascade into their data, empty their links, or fail half-way on a foreign
key. The guard looks for such records before anything is touched, in the database (one query per field
that can point to a model the run created), and refuses the rollback in words, naming them.
"""
from odoo import _, models
from odoo.exceptions import UserError

from .import_side_effect import SKIPPED_MODELS

#: records named in the message (the count says how many there are in all)
EXAMPLES = 10

# Pointing models that never make a rollback unsafe: the addon's own records (staging, ledger), the
# external ids of the run's records (unlink removes them with the records) and the schema of the custom
# fields (dropped by the rollback only when no data outside the run uses them).
IGNORED_MODELS = SKIPPED_MODELS
IGNORED_PREFIX = "clientjoy.intrix."


class ImportLedgerGuard(models.Model):
    _inherit = "clientjoy.intrix.ledger"

    def _check_no_dependents(self, run):
        """Raise a UserError listing the records outside ``run`` that point to records it created."""
        found = self._find_dependents(run)
        if not found:
            return
        total = sum(count for _line, count, _runs in found)
        later_runs = sorted({name for _line, _count, runs in found for name in runs})
        lines = [line for line, _count, _runs in found][:EXAMPLES]
        if later_runs:
            advice = _("Roll back %(runs)s first (they created them), then this run.", runs=", ".join(later_runs))
        else:
            advice = _("Delete these records or link them to other records, then roll back again.")
        raise UserError(_(
            "Run %(run)s cannot be rolled back: %(count)s record(s) created after it depend on records it "
            "imported, and the rollback would delete or break them:\n%(lines)s\n%(advice)s",
            run=run.name, count=total, lines="\n".join("- %s" % line for line in lines), advice=advice))

    def _find_dependents(self, run):
        """[(description, count, names of later runs that created them)] of the dependents of ``run``."""
        self.env.flush_all()
        cr = self.env.cr
        cr.execute("""SELECT DISTINCT res_model FROM clientjoy_intrix_ledger
                       WHERE run_id = %s AND operation = 'create' AND rolled_back IS NOT TRUE""", [run.id])
        created = {row[0] for row in cr.fetchall() if row[0] in self.env}
        if not created:
            return []
        found = []
        for model_name in sorted(self.env.registry.models):
            Model = self.env[model_name]
            if (model_name in IGNORED_MODELS or model_name.startswith(IGNORED_PREFIX) or Model._abstract
                    or Model._transient or not Model._auto or Model._table_query):
                continue
            for field in Model._fields.values():
                # company-dependent values (jsonb per company) are not foreign keys and are left aside
                if not field.store or field.company_dependent or field.type not in (
                        "many2one", "many2one_reference", "many2many"):
                    continue
                if field.type == "many2one" and field.comodel_name in created:
                    found += self._pointing(run, Model, field, field.comodel_name, 't."%s"' % field.name)
                elif field.type == "many2one_reference":
                    model_field = Model._fields.get(field.model_field)
                    if model_field is None or not model_field.store:
                        continue
                    for target in sorted(created):
                        found += self._pointing(run, Model, field, target, 't."%s"' % field.name,
                                                't."%s" = %%(target)s' % model_field.name)
                elif field.type == "many2many" and field.comodel_name in created and Model._log_access \
                        and field.relation and field.column1 and field.column2:
                    found += self._linking(run, Model, field)
        return found

    def _pointing(self, run, Model, field, target, column, extra="TRUE"):
        cr = self.env.cr
        cr.execute("""
            SELECT t.id, %(column)s FROM "%(table)s" t
             WHERE %(extra)s AND %(column)s IN (
                    SELECT res_id FROM clientjoy_intrix_ledger
                     WHERE run_id = %%(run)s AND operation = 'create' AND res_model = %%(target)s
                       AND rolled_back IS NOT TRUE)
               AND NOT EXISTS (SELECT 1 FROM clientjoy_intrix_ledger m
                                WHERE m.run_id = %%(run)s AND m.res_model = %%(model)s AND m.res_id = t.id)
               -- ids only grow: a row older than the first one of its model the run created existed
               -- before the run, and what the run did to it on the side is undone by the rollback (an
               -- earlier run's invoice line reconciled with this run's payment)
               AND t.id > COALESCE((SELECT min(res_id) FROM clientjoy_intrix_ledger
                                     WHERE run_id = %%(run)s AND res_model = %%(model)s AND operation = 'create'), 0)
        """ % {"column": column, "table": Model._table, "extra": extra},
            {"run": run.id, "target": target, "model": Model._name})
        rows = cr.fetchall()
        if not rows:
            return []
        return [self._describe(run, Model, field, target, rows)]

    def _linking(self, run, Model, field):
        """Records created after the run started (by someone else) linked to the run's records."""
        cr = self.env.cr
        cr.execute("""
            SELECT o.id, r."%(col2)s" FROM "%(rel)s" r JOIN "%(table)s" o ON o.id = r."%(col1)s"
             WHERE r."%(col2)s" IN (
                    SELECT res_id FROM clientjoy_intrix_ledger
                     WHERE run_id = %%(run)s AND operation = 'create' AND res_model = %%(target)s
                       AND rolled_back IS NOT TRUE)
               AND o.create_date >= %%(start)s
               AND NOT EXISTS (SELECT 1 FROM clientjoy_intrix_ledger m
                                WHERE m.run_id = %%(run)s AND m.res_model = %%(model)s AND m.res_id = o.id)
        """ % {"col1": field.column1, "col2": field.column2, "rel": field.relation, "table": Model._table},
            {"run": run.id, "target": field.comodel_name, "model": Model._name, "start": run.date_start or run.create_date})
        rows = cr.fetchall()
        if not rows:
            return []
        return [self._describe(run, Model, field, field.comodel_name, rows)]

    def _describe(self, run, Model, field, target, rows):
        """One line: what points where, with a few names; and the later runs that created them."""
        Model = Model.sudo().with_context(active_test=False)
        Target = self.env[target].sudo().with_context(active_test=False)
        names = []
        for rec_id, target_id in rows[:3]:
            names.append(_("%(record)s (%(field)s: %(target)s)",
                           record=_name(Model.browse(rec_id)), field=field.string,
                           target=_name(Target.browse(target_id))))
        more = _(" and %(count)s more", count=len(rows) - 3) if len(rows) > 3 else ""
        line = _("%(count)s %(model)s pointing to %(target)s of this run: %(names)s%(more)s",
                 count=len(rows), model=Model._description, target=Target._description,
                 names=", ".join(names), more=more)
        self.env.cr.execute("""
            SELECT DISTINCT r.name FROM clientjoy_intrix_ledger l JOIN clientjoy_intrix_run r ON r.id = l.run_id
             WHERE l.res_model = %s AND l.res_id = ANY(%s) AND l.operation = 'create'
               AND l.rolled_back IS NOT TRUE AND l.run_id != %s
        """, [Model._name, [row[0] for row in rows], run.id])
        return line, len(rows), [row[0] for row in self.env.cr.fetchall()]


def _name(record):
    try:
        return "'%s'" % (record.display_name or "#%s" % record.id)
    except Exception:  # noqa: BLE001 - a record this user may not read or that fails to compute its name
        return "#%s" % record.id
