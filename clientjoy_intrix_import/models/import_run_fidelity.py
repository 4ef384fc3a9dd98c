"""Audit checks of the run that need the whole picture of an object before any record is imported:
task dependency cycles (errors) and stage names shared by several pipelines (warnings)."""
from odoo import _, models

from ..lib.toposort import dependency_levels
from .import_run import PENDING_SQL


def _template_prefix(template):
    """The fixed start of a translated message template (up to its first placeholder)."""
    return template.split("%(", 1)[0]


class ImportRunFidelity(models.Model):
    _inherit = "clientjoy.intrix.run"

    # ------------------------------------------------------------------ task dependency cycles
    def _cycle_templates(self):
        return (_("Dependency cycle: %(cycle)s"),
                _("Dependency cycle: depends on %(ref)s, which is on the cycle %(cycle)s"))

    def _audit_task_cycles(self):
        """Tasks on a dependency cycle (and the tasks that depend on one) are errors before the import,
        with the cycle named ("T3 -> T5 -> T3"): no order of creation can satisfy them."""
        self.ensure_one()
        cr = self.env.cr
        self.env.flush_all()
        cr.execute(f"""
            SELECT id, object_name, external_id, state, message, ("values")::jsonb->'depends_on'
              FROM clientjoy_intrix_staging
             WHERE {PENDING_SQL} AND entity = 'task' AND external_id IS NOT NULL
        """, [self.id])
        rows = cr.fetchall()
        if not rows:
            return
        by_ref, graph = {}, {}
        for staging_id, object_name, ref, state, message, depends_on in rows:
            by_ref[ref] = (staging_id, object_name, state, message or "")
            graph[ref] = [str(d) for d in depends_on] if isinstance(depends_on, list) else []
        levels, cycles = dependency_levels(graph)
        findings = {}  # staging id -> message line
        cycle_of = {}
        for cycle in cycles:
            text = " -> ".join(cycle + [cycle[0]])
            for ref in cycle:
                cycle_of[ref] = text
                findings[by_ref[ref][0]] = _("Dependency cycle: %(cycle)s", cycle=text)
        placed = {ref for level in levels for ref in level} | set(cycle_of)
        # tasks behind a cycle: name the first task on the way that is on a cycle
        for ref in sorted(set(graph) - placed):
            seen, todo, found = set(), list(graph[ref]), None
            while todo and not found:
                dep = todo.pop(0)
                if dep in seen or dep not in graph:
                    continue
                seen.add(dep)
                if dep in cycle_of:
                    found = dep
                else:
                    todo.extend(graph[dep])
            if found:
                findings[by_ref[ref][0]] = _(
                    "Dependency cycle: depends on %(ref)s, which is on the cycle %(cycle)s",
                    ref=found, cycle=cycle_of[found])
        # findings of an earlier audit that no longer hold (a task of the cycle was skipped since):
        # map those records again, which gives them back the state their values deserve
        prefixes = tuple(_template_prefix(t) for t in self._cycle_templates())
        stale = {}
        for staging_id, object_name, state, message in by_ref.values():
            old = [line for line in message.split("\n") if line.startswith(prefixes)]
            if old and (staging_id not in findings or old != [findings[staging_id]]):
                stale.setdefault(object_name, []).append(staging_id)
        Staging = self.env["clientjoy.intrix.staging"]
        for object_name, ids in stale.items():
            self._apply_map(object_name, self.map_ids.filtered(lambda m, o=object_name: m.object_name == o),
                            Staging.browse(ids))
        if not findings:
            return
        cr.execute("SELECT id, message FROM clientjoy_intrix_staging WHERE id = ANY(%s)", [list(findings)])
        updates = []
        for staging_id, message in cr.fetchall():
            lines = (message or "").split("\n") if message else []
            if findings[staging_id] not in lines:
                lines.append(findings[staging_id])
            updates.append((staging_id, "error", "\n".join(lines)))
        Staging.browse([u[0] for u in updates])._bulk_update(updates, ("state", "message"))

    # ------------------------------------------------------------------ stages shared by pipelines
    def _audit_stage_pipelines(self):
        """A lead without a pipeline goes to the pipeline that holds its stage; when the stage name is
        in several pipelines of the source, nothing says which one: a warning names them."""
        self.ensure_one()
        cr = self.env.cr
        self.env.flush_all()
        cr.execute("""
            SELECT lower(btrim(v->>'name')), array_agg(DISTINCT COALESCE(NULLIF(btrim(v->>'pipeline'), ''), '-'))
              FROM clientjoy_intrix_staging, LATERAL (SELECT COALESCE("values", '{}')::jsonb AS v) j
             WHERE run_id = %s AND entity = 'stage' AND state NOT IN ('skipped', 'rolled_back')
               AND COALESCE(v->>'name', '') <> ''
             GROUP BY 1 HAVING count(DISTINCT lower(COALESCE(v->>'pipeline', ''))) > 1
        """, [self.id])
        shared = {name: sorted(pipelines) for name, pipelines in cr.fetchall()}
        if not shared:
            return
        cr.execute(f"""
            SELECT id, state, message, lower(btrim(v->>'stage')), btrim(v->>'stage') FROM clientjoy_intrix_staging,
                   LATERAL (SELECT COALESCE("values", '{{}}')::jsonb AS v) j
             WHERE {PENDING_SQL} AND entity = 'lead' AND COALESCE(v->>'pipeline', '') = ''
               AND lower(btrim(v->>'stage')) = ANY(%s)
        """, [self.id, list(shared)])
        updates = []
        for staging_id, state, message, key, stage in cr.fetchall():
            line = _("Stage '%(stage)s' is in several pipelines (%(pipelines)s) and no pipeline column says which: "
                     "the lead goes to the first of them; map a pipeline column to decide",
                     stage=stage, pipelines=", ".join(shared[key]))
            lines = message.split("\n") if message else []
            if line in lines:
                continue
            updates.append((staging_id, "warning" if state == "valid" else state, "\n".join(lines + [line])))
        self.env["clientjoy.intrix.staging"]._bulk_update(updates, ("state", "message"))
