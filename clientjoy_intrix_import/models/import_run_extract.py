"""Step 1 of a run: read the source into staging records, object by object, with the map
proposed from each object's first rows and the source's own count kept as independent evidence."""
import itertools
import json
import logging

from odoo import _, models
from odoo.exceptions import UserError

from ..adapters import AdapterError, NothingChanged
from ..lib.csv_reader import CsvError

_logger = logging.getLogger(__name__)


class ImportRun(models.Model):
    _inherit = "clientjoy.intrix.run"

    def _do_stage(self):
        """Stage in a savepoint: a refused source leaves the run in draft with the reason, never half staged."""
        try:
            with self.env.cr.savepoint():
                self.staging_ids.unlink()
                self.map_ids.unlink()
                self.phase_ids.unlink()
                self.owner_ids.unlink()
                self.inventory_ids.unlink()
                self._stage()
        except NothingChanged:
            raise  # no failure of the run: whoever started the pull says so calmly (and keeps no run)
        except (CsvError, AdapterError, UserError) as exc:
            message = exc.args[0] if exc.args else str(exc)
            self.write({"state": "draft", "error_message": message})
            self._log(_("Staging failed: %s", message))
            return False
        self.write({"state": "staged", "error_message": False})
        self.action_validate()
        return True

    def _stage(self):
        adapter = self._get_adapter()
        Staging = self.env["clientjoy.intrix.staging"]
        self.env["clientjoy.intrix.target"]._sync_targets()
        id_sets = {}  # entity -> source ids seen so far: lets the proposer spot reference columns
        for obj, headers, rows in adapter.extract(self):
            chunks = iter([rows] if isinstance(rows, list) else rows)
            first = next(chunks, [])
            sequence = 10 * (adapter.objects.index(obj) + 1)
            lines = self._propose_map(obj, headers, first, sequence, id_sets)
            ref_columns = [line.source_column for line in lines if line.action == "map" and line.target_id.key == "ref"]
            if ref_columns:
                id_sets.setdefault(obj.entity, set()).update(str(r.get(ref_columns[0])) for r in first)
            count = 0
            for chunk in itertools.chain([first], chunks):
                Staging._bulk_insert(self, [
                    (obj.name, sequence, obj.entity, count + line, json.dumps(row, ensure_ascii=False, default=str))
                    for line, row in enumerate(chunk, start=1)])
                count += len(chunk)
            self.file_ids.filtered(lambda f, name=obj.name: f.object_name == name and f.kind == "csv").write(
                {"row_count": count})
            self.env["clientjoy.intrix.phase"].create({
                "run_id": self.id, "sequence": sequence, "object_name": obj.name, "name": obj.label,
                "entity": obj.entity, "target_model": obj.model or adapter.entity_model(obj.entity),
                "source_rows": count, "staged": count, **self._source_count_vals(adapter, obj, count),
            })
            self._log(_("Staged %(count)s %(object)s", count=count, object=obj.label))
        self.invalidate_recordset(["staging_ids", "map_ids", "phase_ids"])
        # fresh statistics for the planner: the audit's queries join staging records with each other
        self.env.flush_all()
        self.env.cr.execute("ANALYZE clientjoy_intrix_staging")
        if not Staging.search_count([("run_id", "=", self.id)], limit=1):
            raise AdapterError(_("The source holds no records to import."))
