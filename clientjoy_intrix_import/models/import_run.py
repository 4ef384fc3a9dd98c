"""An import run: its state machine and the buttons the admin presses. Each step is a unit of its own
(``action -> _check -> _do``), in the file that extends this model for it:

1. Stage (``action_stage``): read the source into staging records ........... import_run_extract.py
2. Map (``action_confirm_map``, ``action_validate``): propose, convert ....... import_run_mapping.py
   audit before import ......................................................... import_run_audit.py
   owners reconciled with the company's users .................................. import_run_owners.py
   test import in a savepoint (``action_test_import``) ......................... import_run_trial.py
3. Import (``action_import``): batches in dependency order .................. import_run_import.py
   the same as chained background jobs; pause, resume, cancel ................... import_run_jobs.py
   every imported value read back ............................................. import_run_verify.py
4. Roll back (``action_rollback``) ............................................ import_run_rollback.py

The audit's extra findings (same source id, currencies, task cycles, fidelity), the reports, the
generated form views, the carry-over of a delta run's decisions and the live progress live in the
other ``import_run_*.py`` files, each extending the steps above.
"""
import logging

from odoo import _, api, fields, models
from odoo.exceptions import UserError

from ..adapters import get_adapter
from ..lib import i18n

_logger = logging.getLogger(__name__)

RUN_STATES = [
    ("draft", "Draft"),
    ("staged", "Staged"),
    ("ready", "Ready to import"),
    ("importing", "Importing"),
    ("paused", "Paused"),
    ("cancelled", "Cancelled"),
    ("done", "Done"),
    ("failed", "Failed"),
    ("rolled_back", "Rolled back"),
]
# keys whose value is an owner e-mail that must resolve to a res.users
OWNER_KEYS = ("owner_email", "assignee_email", "employee_email")
#: staging records the map and the audit work on (SQL; first parameter: the run id)
PENDING_SQL = "run_id = %s AND state IN ('new', 'valid', 'warning', 'error') AND res_id IS NULL"
#: staging states of a record the import is still to write
READY_STATES = ("valid", "warning")
#: characters of each sample value the map proposer sees
PROPOSER_SAMPLE_CHARS = 1000
#: chunk size of validation and of writing audit findings
VALIDATE_CHUNK = 2000
#: duplicate keys of the audit: (what, SQL expression on the mapped values ``v``, entities or None for all)
DUPLICATE_KEYS = (
    ("email", "lower(v->>'email')", None),
    ("vat", "upper(replace(v->>'vat', ' ', ''))", None),
    ("name", r"btrim(regexp_replace(lower(v->>'name'), '\s+', ' ', 'g'))", ("partner_company", "partner_person", "lead")),
)


class ImportRun(models.Model):
    _name = "clientjoy.intrix.run"
    _description = "CRM import run"
    _inherit = ["mail.thread"]
    _order = "id desc"

    name = fields.Char(required=True, readonly=True, copy=False, default=lambda self: _("New"))
    source = fields.Selection(selection="_selection_source", required=True, readonly=True)
    state = fields.Selection(RUN_STATES, default="draft", required=True, readonly=True, tracking=True, index=True)
    company_id = fields.Many2one("res.company", required=True, default=lambda self: self.env.company)
    fallback_user_id = fields.Many2one(
        "res.users", string="Fallback owner",
        help="Owner of the records whose source owner has no Odoo user. Leave empty to resolve every owner.")
    chunk_size = fields.Integer(string="Batch size", default=500, required=True)
    use_jobs = fields.Boolean(
        string="Background jobs",
        help="Import batch by batch in queue_job jobs (channel crm_import): each batch commits on its own, "
             "the run can be paused, resumed or cancelled, and a crashed server resumes where it stopped. "
             "Without it the whole import is one transaction.")
    job_count = fields.Integer(string="Jobs", compute="_compute_job_count")
    stale_months = fields.Integer(string="Stale after (months)", default=6, help="Opportunities without activity for this long are flagged stale")
    xmlid_prefix = fields.Char(
        string="External ID prefix",
        help="Prefix of the external ids of this source account (when several accounts of one source are migrated)")
    backend_id = fields.Many2one("clientjoy.intrix.backend", string="Clientjoy connection", readonly=True, index=True)
    previous_run_id = fields.Many2one(
        "clientjoy.intrix.run", string="Delta of", readonly=True,
        help="This run only pulls what changed since that run started")
    updated_since = fields.Datetime(readonly=True, help="Delta run: only source records changed since then")
    error_message = fields.Text(readonly=True)
    map_signature = fields.Char(
        readonly=True, copy=False,
        help="Fingerprint of the field map the staging records were last validated with: confirming an "
             "unchanged map does not map every record again")
    log = fields.Text(readonly=True)
    date_start = fields.Datetime(readonly=True)
    date_done = fields.Datetime(readonly=True)

    file_ids = fields.One2many("clientjoy.intrix.file", "run_id", string="Files")
    staging_ids = fields.One2many("clientjoy.intrix.staging", "run_id", string="Staging records")
    map_ids = fields.One2many("clientjoy.intrix.field.map", "run_id", string="Field map")
    owner_ids = fields.One2many("clientjoy.intrix.owner", "run_id", string="Owners")
    phase_ids = fields.One2many("clientjoy.intrix.phase", "run_id", string="Phases")
    ledger_ids = fields.One2many("clientjoy.intrix.ledger", "run_id", string="Ledger")
    inventory_ids = fields.One2many("clientjoy.intrix.inventory", "run_id", string="Inventory")

    count_staged = fields.Integer(string="Staged records", compute="_compute_counts")
    count_error = fields.Integer(string="Records in error", compute="_compute_counts")
    count_warning = fields.Integer(string="Records with a warning", compute="_compute_counts")
    count_imported = fields.Integer(string="Imported records", compute="_compute_counts")
    count_ledger = fields.Integer(string="Ledger entries", compute="_compute_counts")
    count_unmatched_owners = fields.Integer(string="Owners without a user", compute="_compute_counts")
    count_unconfirmed_map = fields.Integer(string="Map lines to confirm", compute="_compute_counts")
    progress = fields.Float(string="Progress (%)", compute="_compute_counts", help="Share of the staged records already processed")

    @api.model
    def _selection_source(self):
        return [(key, adapter.label) for key, adapter in self.env["clientjoy.intrix.registry"]._adapters().items()]

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", _("New")) == _("New"):
                vals["name"] = self.env["ir.sequence"].next_by_code("clientjoy.intrix.run") or _("New")
        return super().create(vals_list)

    def _compute_counts(self):
        # counted in the database: a run of 2M records must not load its ledger to show a number
        Staging = self.env["clientjoy.intrix.staging"]
        ledger_counts = {run.id: count for run, count in self.env["clientjoy.intrix.ledger"]._read_group(
            [("run_id", "in", self.ids)], ["run_id"], ["__count"])}
        for run in self:
            counts = Staging._state_counts([("run_id", "=", run.id)]) if run.id else {}
            total = sum(counts.values())
            run.count_staged = total
            run.count_error = counts.get("error", 0)
            run.count_warning = counts.get("warning", 0)
            run.count_imported = counts.get("imported", 0)
            run.count_ledger = ledger_counts.get(run.id, 0)
            run.count_unmatched_owners = len(run.owner_ids.filtered(lambda o: o.state == "unmatched"))
            run.count_unconfirmed_map = len(run.map_ids.filtered(lambda m: not m.confirmed))
            done = sum(counts.get(s, 0) for s in ("imported", "skipped", "error", "rolled_back"))
            run.progress = 100.0 * done / total if total else 0.0

    def _get_adapter(self):
        self.ensure_one()
        # every step that runs lib/ code (read, map, validate, import) gets the adapter first: from here
        # on the messages of lib/ (CSV reader, parsers, proposer, Clientjoy client) are in the user's language
        i18n.set_lang(self.env.lang)
        return get_adapter(self.env, self.source)

    def _log(self, message):
        for run in self:
            line = "%s %s" % (fields.Datetime.to_string(fields.Datetime.now()), message)
            run.log = "%s\n%s" % (run.log, line) if run.log else line

    def _next_ledger_sequence(self):
        self.env["clientjoy.intrix.ledger"].flush_model(["sequence"])
        self.env.cr.execute("SELECT COALESCE(MAX(sequence), 0) FROM clientjoy_intrix_ledger WHERE run_id = %s", (self.id,))
        return self.env.cr.fetchone()[0]

    def _add_files(self, files):
        """Attach [(name, bytes)] source files to the run (object guessed from the file name)."""
        from ..wizards.intrix_upload_wizard import add_files

        return add_files(self, files)

    def action_stage(self):
        """Read the source into staging records and propose the field map.

        Any unreadable input leaves the run without a single staging record and with the reason in
        ``error_message``: never a traceback, never half a file.
        """
        self.check_access("write")  # rights first: what follows runs partly as superuser or in SQL
        for run in self:
            run._check_can_stage()
            run._do_stage()
        return True

    def _check_can_stage(self):
        self.ensure_one()
        if self.state not in ("draft", "staged", "ready", "failed"):
            raise UserError(_("Run %(run)s is %(state)s: it cannot be staged again.", run=self.name, state=self.state))
        if self.env["clientjoy.intrix.ledger"].search_count(
                [("run_id", "=", self.id), ("rolled_back", "=", False)], limit=1):
            raise UserError(_("Run %s has imported records: start a new run (delta) instead.", self.name))

    def _on_map_changed(self):
        for run in self.filtered(lambda r: r.state in ("staged", "ready")):
            run.action_validate()

    def action_confirm_map(self):
        self.check_access("write")
        for run in self:
            lines = run.map_ids.filtered(lambda m: not m.confirmed)
            bad = lines.filtered(lambda m: m.action == "map" and not m.target_id)
            if bad:
                raise UserError(_("Pick a target for %s or mark it 'Do not import'.",
                                  ", ".join("%s.%s" % (m.object_name, m.source_column) for m in bad)))
            lines.with_context(skip_revalidate=True).write({"confirmed": True})
            self.env["clientjoy.intrix.map.memory"]._remember(run.source, run.map_ids)
            run._log(_("Field map confirmed (%s columns)", len(run.map_ids)))
            # the records were mapped with exactly this map already: audit and owners again (Odoo may
            # have changed since), but do not map every record a second time
            run.action_validate(remap=run.map_signature != run._map_signature())
        return True

    def _xmlid_namespace(self):
        """Start of the external id names of this run's records: the company, then the source account's
        prefix. Two companies importing the same source ids get distinct records, and a delta run
        (same company and prefix) finds the records of the runs before it."""
        self.ensure_one()
        return "c%d_%s" % (self.company_id.id, self.xmlid_prefix or "")

    def _check_can_import(self):
        self.ensure_one()
        if self.state not in ("ready", "failed", "staged"):
            raise UserError(_("Run %(run)s is %(state)s: nothing to import.", run=self.name,
                              state=dict(RUN_STATES)[self.state]))
        if self.map_ids.filtered(lambda m: not m.confirmed):
            raise UserError(_("Confirm the field map first: no record moves before the admin has confirmed it."))
        unmatched = self.owner_ids.filtered(lambda o: o.state == "unmatched")
        if unmatched:
            raise UserError(_(
                "These owners have no Odoo user: %s.\nPick a user on the Owners tab, provision them, or set a "
                "fallback owner on the run.", ", ".join(unmatched.mapped("email"))))

    def action_import(self):
        """Import the run: inline in this transaction, or as a chain of queue_job chunk jobs.

        One import per external-id namespace (company, source, source account) at a time: a second
        run of the same records is refused with the name of the run that imports them, it does not
        wait. Waiting would hold a web worker (and its transaction, which cannot see what the first
        run commits) for as long as the first import lasts, and retrying two imports of the same
        records against each other only repeats the same conflicts batch after batch; two admins
        uploading the same export, or a delta started too early, is a mistake the admin should hear
        about. The batches of a background run do wait (retried later), see ``_job_import_chunk``.
        Conflicts with anything else (a user editing a record, another company's import creating the
        same tag) raise a serialization failure or deadlock that is never reported as a failed run:
        the whole transaction runs again (Odoo retries every request, with backoff).
        """
        self.check_access("write")
        for run in self:
            run._check_can_import()
            run._do_import()
        return True

    def action_pause(self):
        self.check_access("write")
        self.filtered(lambda r: r.state == "importing").write({"state": "paused"})
        self._log(_("Paused by %s", self.env.user.name))
        return True

    def action_resume(self):
        self.check_access("write")
        for run in self.filtered(lambda r: r.state == "paused"):
            self.env["clientjoy.intrix.lock"]._lock_import(run)
            run.state = "importing"
            run._log(_("Resumed by %s", self.env.user.name))
            run._enqueue_next_chunk()
        return True

    def action_cancel(self):
        self.check_access("write")
        self.filtered(lambda r: r.state in ("importing", "paused")).write({"state": "cancelled"})
        self._log(_("Cancelled by %s: what was imported stays until the run is rolled back", self.env.user.name))
        return True

    def action_rollback(self):
        self.check_access("write")
        for run in self:
            run._check_can_rollback()
            run._do_rollback()
        return True

    def _open(self, model, name, extra_domain=None, context=None):
        return {
            "type": "ir.actions.act_window", "name": name, "res_model": model, "view_mode": "list,form",
            "domain": [("run_id", "=", self.id)] + (extra_domain or []),
            "context": dict({"default_run_id": self.id}, **(context or {})),
        }

    def action_open_staging(self):
        return self._open("clientjoy.intrix.staging", _("Staging records"),
                          context={"search_default_group_object": 1})

    def action_open_errors(self):
        return self._open("clientjoy.intrix.staging", _("Errors"), [("state", "=", "error")])

    def action_open_map(self):
        return self._open("clientjoy.intrix.field.map", _("Field map"), context={"search_default_group_object": 1})

    def action_open_ledger(self):
        return self._open("clientjoy.intrix.ledger", _("Ledger"))

    def action_open_rollback_wizard(self):
        self._check_can_rollback()
        return {
            "type": "ir.actions.act_window", "res_model": "clientjoy.intrix.rollback.wizard", "view_mode": "form",
            "target": "new", "context": {"default_run_id": self.id},
        }
