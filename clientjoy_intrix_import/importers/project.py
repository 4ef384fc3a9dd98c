"""Projects, tasks (in dependency order) and working hours (timesheets)."""
from odoo import Command

from ..lib.toposort import dependency_levels
from .base import EntityImporter, RecordError

TASK_STATES = {
    "done": "1_done", "closed": "1_done", "completed": "1_done", "finished": "1_done", "zaključeno": "1_done",
    "opravljeno": "1_done", "erledigt": "1_done", "cancelled": "1_canceled", "canceled": "1_canceled",
    "preklicano": "1_canceled", "storniert": "1_canceled",
}


class ProjectImporter(EntityImporter):
    entity = "project"
    model = "project.project"

    def prepare(self, ctx, staging, values):
        vals = {"name": values["name"], "allow_timesheets": True}
        partner_id = ctx.resolve_or_warn("partner_company", values.get("partner_ref"), ctx.env._("Customer %s not found"))
        if partner_id:
            vals["partner_id"] = partner_id
        if values.get("date"):
            vals["date"] = values["date"]
        if values.get("owner_email"):
            vals["user_id"] = ctx.user_for(values["owner_email"]) or False
        if values.get("description"):
            vals["description"] = values["description"]
        vals.update(ctx.custom_values(self.model, values))
        return vals


class TaskImporter(EntityImporter):
    """Tasks land level by level of their dependency graph: a task is created only once every task it
    depends on exists in Odoo, so ``depend_on_ids`` can be set at creation. Tasks on a cycle are audit
    errors before the import (ImportRun._audit_task_cycles); the check here only guards what the audit
    could not see.
    """

    entity = "task"
    model = "project.task"
    whole_phase = True  # dependency levels are ordered across the whole phase

    def _waves(self, ctx, stagings):
        """The levels of the dependency graph, each written before the next is prepared; the tasks on a
        cycle, or that depend on one, are errors."""
        by_ref = {st.external_id: st for st in stagings}
        graph = {st.external_id: [d for d in st._values().get("depends_on") or []] for st in stagings}
        levels, cycles = dependency_levels(graph)
        for cycle in cycles:
            for ref in cycle:
                by_ref[ref]._mark_error(ctx.env._("Dependency cycle: %s", " -> ".join(cycle + [cycle[0]])))
        placed = {ref for level in levels for ref in level} | {ref for cycle in cycles for ref in cycle}
        for ref in sorted(set(by_ref) - placed):
            by_ref[ref]._mark_error(ctx.env._("Depends on a task that is on a dependency cycle"))
        return [[by_ref[ref] for ref in level] for level in levels]

    def prepare(self, ctx, staging, values):
        project_id = ctx.resolve_or_fail("project", values.get("project_ref"),
                                         ctx.env._("Project %s not found: a task needs its project"))
        vals = {"name": values["name"], "project_id": project_id}
        deps = []
        for ref in values.get("depends_on") or []:
            dep_id = ctx.resolve_ref("task", ref)
            if dep_id:
                deps.append(dep_id)
            else:
                ctx.warn(ctx.env._("Task %s this task depends on was not imported", ref))
        if deps:
            project = ctx.env["project.project"].browse(project_id)
            if not project.allow_task_dependencies:
                ctx.enable_task_dependencies(project, staging)
            vals["depend_on_ids"] = [Command.set(deps)]
        if values.get("parent_ref"):
            parent_id = ctx.resolve_ref("task", values["parent_ref"])
            if parent_id:
                vals["parent_id"] = parent_id
        if values.get("assignee_email"):
            user_id = ctx.user_for(values["assignee_email"])
            vals["user_ids"] = [Command.set([user_id] if user_id else [])]
        if values.get("date_deadline"):
            vals["date_deadline"] = values["date_deadline"]
        if values.get("description"):
            vals["description"] = values["description"]
        state = TASK_STATES.get((values.get("status") or "").strip().lower())
        if state:
            vals["state"] = state
        elif values.get("status"):
            vals["state"] = "01_in_progress"
        vals.update(ctx.custom_values(self.model, values))
        return vals


class TimesheetImporter(EntityImporter):
    entity = "timesheet"
    model = "account.analytic.line"

    def prepare(self, ctx, staging, values):
        task_id = ctx.resolve_or_warn("task", values.get("task_ref"), ctx.env._("Task %s not found: hours booked on the project"))
        project_id = ctx.resolve_ref("project", values.get("project_ref"))
        if task_id and not project_id:
            project_id = ctx.env["project.task"].browse(task_id).project_id.id
        if not project_id:
            raise RecordError(ctx.env._("Project %s not found: working hours need a project", values.get("project_ref") or "?"))
        user_id = ctx.user_for(values.get("employee_email"))
        if not user_id:
            raise RecordError(ctx.env._("No Odoo user for employee %s", values.get("employee_email")))
        vals = {
            "project_id": project_id,
            "task_id": task_id or False,
            "employee_id": ctx.employee_id(user_id, staging),
            "user_id": user_id,
            "date": values["date"],
            "unit_amount": values["hours"],
            "name": values.get("name") or "/",
        }
        return vals
