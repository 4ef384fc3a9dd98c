"""Custom fields a run created appear on the forms of their models, as Studio would place them.

At the end of an import, one inherited form view per model gets a "Migrated fields" page (or group,
for forms without a notebook) holding the ``x_`` fields this run created there. The view is in the
run's ledger: rolling the run back removes it (before the fields, which go last).
"""
from lxml import etree

from odoo import _, models

VIEW_NAME = "clientjoy_intrix_import.migrated_fields.%s"  # % run name


class ImportRunFormView(models.Model):
    _inherit = "clientjoy.intrix.run"

    def _finish_import(self):
        self._show_migrated_fields()
        return super()._finish_import()

    def _created_fields(self):
        """{model: [field names]} of the custom fields this run created (from its ledger)."""
        self.env.flush_all()
        self.env.cr.execute("""
            SELECT f.model, f.name FROM clientjoy_intrix_ledger l JOIN ir_model_fields f ON f.id = l.res_id
             WHERE l.run_id = %s AND l.res_model = 'ir.model.fields' AND l.operation = 'create'
               AND l.rolled_back IS NOT TRUE
             ORDER BY l.sequence
        """, [self.id])
        result = {}
        for model, name in self.env.cr.fetchall():
            result.setdefault(model, []).append(name)
        return result

    def _show_migrated_fields(self):
        View = self.env["ir.ui.view"].sudo()
        entries = []
        sequence = self._next_ledger_sequence()
        for model, names in self._created_fields().items():
            primary = View.default_view(model, "form")
            if not primary or View.search_count([("name", "=", VIEW_NAME % self.name), ("model", "=", model)]):
                continue
            view = View.create({
                "name": VIEW_NAME % self.name,
                "model": model,
                "inherit_id": primary,
                "mode": "extension",
                "priority": 99,
                "arch": self._migrated_fields_arch(model, primary, names),
            })
            sequence += 1
            entries.append({"run_id": self.id, "sequence": sequence, "res_model": "ir.ui.view", "res_id": view.id,
                            "operation": "create"})
        if entries:
            self.env["clientjoy.intrix.ledger"]._bulk_insert(entries)

    def _migrated_fields_arch(self, model, primary, names):
        """Arch of the extension: a page in the form's notebook, else a group in its sheet or form."""
        base = etree.fromstring(self.env[model].sudo().get_view(primary, "form")["arch"])
        root = etree.Element("data")
        if base.xpath("//notebook"):
            xpath = etree.SubElement(root, "xpath", expr="//notebook", position="inside")
            page = etree.SubElement(xpath, "page", string=_("Migrated fields"), name="cji_migrated_fields")
            group = etree.SubElement(page, "group")
        else:
            anchor = "//sheet" if base.xpath("//sheet") else "/form"
            xpath = etree.SubElement(root, "xpath", expr=anchor, position="inside")
            group = etree.SubElement(xpath, "group", string=_("Migrated fields"), name="cji_migrated_fields")
        for name in names:
            etree.SubElement(group, "field", name=name)
        return etree.tostring(root, encoding="unicode")
