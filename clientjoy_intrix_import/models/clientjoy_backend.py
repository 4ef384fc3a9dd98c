from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tools import format_datetime

from ..adapters import NothingChanged
from ..lib import i18n
from ..lib.clientjoy_client import ClientjoyClient, ClientjoyError, url_origin
from ..lib.clientjoy_contract import DEFAULT_CONTRACT, build_contract
from ..tools.empty_state import empty_help


class PullFailed(UserError):
    """A Clientjoy pull that staged nothing; ``reason`` is the run's error message alone."""

    def __init__(self, message, reason=None):
        super().__init__(message)
        self.reason = reason or message


#: where the connection sends its key: only system administrators change these
SECRET_FIELDS = ("base_url", "api_key", "api_key_origin")


class ClientjoyBackend(models.Model):
    """Connection to one Clientjoy workspace (API key readable by system administrators only).

    The key is read with sudo only to build the HTTP client; it never reaches a log line, a message
    or the run (the client redacts it from every error it raises). Base URL and key are system
    administrators' fields (field groups, and a check in create/write for any other path): whoever
    could point the base URL elsewhere would receive the key there. The key remembers the origin it
    was saved for; moving the base URL to another origin clears it, and the client sends it nowhere
    else (redirects included).
    """

    _name = "clientjoy.intrix.backend"
    _description = "Clientjoy connection"
    _order = "name"

    name = fields.Char(required=True)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one("res.company", required=True, default=lambda self: self.env.company)
    base_url = fields.Char(string="Base URL", required=True, default=DEFAULT_CONTRACT.base_url,
                           groups="base.group_system")
    api_key = fields.Char(string="API key", groups="base.group_system", copy=False)
    api_key_origin = fields.Char(
        string="API key saved for", groups="base.group_system", copy=False, readonly=True,
        help="The origin (scheme, host, port) the API key was entered for: the key is sent there only")
    api_host = fields.Char(string="API host", compute="_compute_api_host", compute_sudo=True,
                           help="Where this connection sends its requests (set by a system administrator)")
    workspace_id = fields.Char(string="Workspace ID")
    per_page = fields.Integer(string="Page size", default=100)
    min_interval = fields.Float(string="Seconds between requests", default=0.0,
                                help="Rate limit: minimum pause between two API requests")
    timeout = fields.Integer(string="Timeout (s)", default=30)
    max_retries = fields.Integer(default=5)
    contract_overrides = fields.Text(
        help="JSON overrides of the API contract when this account differs (paths, headers, field names)")
    run_ids = fields.One2many("clientjoy.intrix.run", "backend_id", string="Runs")

    has_api_key = fields.Boolean(compute="_compute_has_api_key", string="API key set")
    xmlid_prefix = fields.Char(
        string="External ID prefix",
        help="Prefix of the external ids of this workspace's records (when several Clientjoy workspaces are "
             "migrated into one database). Every run of the connection uses it, so delta runs update the records "
             "of the earlier runs.")
    fallback_user_id = fields.Many2one(
        "res.users", string="Fallback owner",
        help="Owner of the records whose Clientjoy owner has no Odoo user (copied to every new run)")
    use_jobs = fields.Boolean(string="Background jobs", help="Import the runs of this connection in queue_job jobs")
    chunk_size = fields.Integer(string="Batch size", default=500)
    last_test_date = fields.Datetime(string="Last connection test", readonly=True)
    last_test_ok = fields.Boolean(string="Last test succeeded", readonly=True)
    last_test_message = fields.Text(string="Last test result", readonly=True)
    run_count = fields.Integer(compute="_compute_run_count")
    last_done_run_id = fields.Many2one("clientjoy.intrix.run", string="Last successful run",
                                       compute="_compute_run_count")

    @api.depends("run_ids.state", "run_ids.date_start")
    def _compute_run_count(self):
        for backend in self:
            backend.run_count = len(backend.run_ids)
            backend.last_done_run_id = backend._last_done_run()

    def _compute_has_api_key(self):
        for backend, sudoed in zip(self, self.sudo()):
            backend.has_api_key = bool(sudoed.api_key)

    @api.depends("base_url")
    def _compute_api_host(self):
        for backend in self:
            backend.api_host = url_origin(backend.base_url) or backend.base_url

    @api.constrains("base_url")
    def _check_base_url(self):
        for backend in self.sudo():
            if not url_origin(backend.base_url):
                raise ValidationError(self.env._(
                    "The base URL %(url)s must be an http(s) URL with a host, e.g. %(example)s",
                    url=backend.base_url, example=DEFAULT_CONTRACT.base_url))

    # ------------------------------------------------------------------ secrets
    def _check_secret_access(self, vals):
        """Only system administrators set where the key goes (RPC, imports, any code without sudo)."""
        if self.env.su or not set(SECRET_FIELDS) & set(vals):
            return
        if not self.env.user._is_system():
            raise AccessError(self.env._(
                "Only a system administrator can change the base URL or the API key of a Clientjoy connection: "
                "the key is sent to that address."))

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._check_secret_access(vals)
            if vals.get("api_key"):
                vals["api_key_origin"] = url_origin(vals.get("base_url") or DEFAULT_CONTRACT.base_url)
        return super().create(vals_list)

    def write(self, vals):
        self._check_secret_access(vals)
        if not {"base_url", "api_key"} & set(vals):
            return super().write(vals)
        for backend in self:
            own = dict(vals)
            current = backend.sudo()
            new_origin = url_origin(own.get("base_url", current.base_url))
            if "api_key" in own:
                own["api_key_origin"] = new_origin if own["api_key"] else False
            elif current.api_key and new_origin != current._key_origin():
                # a key entered for one host is never sent to another: the admin enters it again
                own.update(api_key=False, api_key_origin=False)
            super(ClientjoyBackend, backend).write(own)
        return True

    def _key_origin(self):
        """The origin the key was saved for (connections saved before it was recorded: the base URL's)."""
        self.ensure_one()
        return self.sudo().api_key_origin or url_origin(self.sudo().base_url)

    def _last_done_run(self):
        """The newest run of this connection that imported successfully (a delta starts from it)."""
        self.ensure_one()
        if not self.id:
            return self.env["clientjoy.intrix.run"]
        return self.env["clientjoy.intrix.run"].search(
            [("backend_id", "=", self.id), ("state", "=", "done")], order="date_start desc, id desc", limit=1)

    # ------------------------------------------------------------------ client
    def _client_options(self):
        """Keyword arguments of the ClientjoyClient besides URL and key (tests shorten the backoff here)."""
        self.ensure_one()
        return {
            "workspace_id": self.workspace_id or None,
            "per_page": self.per_page or 100,
            "timeout": self.timeout or 30,
            "max_retries": max(0, self.max_retries),
            "min_interval": max(0.0, self.min_interval or 0.0),
        }

    def _get_client(self):
        """A ClientjoyClient of this connection (close it after use, or use it as a context manager)."""
        self.ensure_one()
        # contract and client errors (shown on the connection and the run) in the user's language
        i18n.set_lang(self.env.lang)
        secrets = self.sudo()
        api_key = secrets.api_key
        if not api_key:
            raise UserError(self.env._("The Clientjoy connection %s has no API key: a system administrator has to "
                                       "set it first.", self.name))
        try:
            contract = build_contract(self.contract_overrides)
        except ValueError as exc:
            raise UserError(self.env._("The contract overrides of %(name)s are wrong: %(error)s",
                                       name=self.name, error=exc)) from None
        try:
            return ClientjoyClient(secrets.base_url or contract.base_url, api_key, contract=contract,
                                   key_origin=self._key_origin(), **self._client_options())
        except ClientjoyError as exc:
            raise UserError(exc.message) from None

    # ------------------------------------------------------------------ buttons
    def action_test_connection(self):
        """One small request: OK with the number of users, or what is wrong in words an admin can act on."""
        from ..adapters.clientjoy import clientjoy_error_message

        self.ensure_one()
        ok = False
        try:
            with i18n.language(self.env.lang), self._get_client() as client:
                result = client.test_connection()
            ok = True
            message = self.env._(
                "Connection OK: Clientjoy answered in %(ms)s ms and the workspace has %(users)s user(s).",
                ms=result.get("elapsed_ms"), users=result.get("users_total") if result.get("users_total") is not None
                else "?")
        except ClientjoyError as exc:
            message = clientjoy_error_message(self.env, exc)
        except UserError as exc:
            message = exc.args[0]
        self.write({"last_test_date": fields.Datetime.now(), "last_test_ok": ok, "last_test_message": message})
        return self._notify(message, "success" if ok else "danger", sticky=not ok, reload=True)

    def _notify(self, message, kind, sticky=False, reload=False):
        """A notification; with ``reload`` the open form is read again afterwards (a notification alone
        leaves it showing what it read before the button, e.g. the previous test's result)."""
        params = {"title": self.env._("Clientjoy connection %s", self.name), "message": message, "type": kind,
                  "sticky": sticky}
        if reload:
            params["next"] = {"type": "ir.actions.client", "tag": "soft_reload"}
        return {"type": "ir.actions.client", "tag": "display_notification", "params": params}

    def _prepare_run_vals(self, previous=None):
        self.ensure_one()
        vals = {
            "source": "clientjoy",
            "backend_id": self.id,
            "company_id": self.company_id.id,
            "xmlid_prefix": self.xmlid_prefix or False,
            "fallback_user_id": self.fallback_user_id.id or False,
            "use_jobs": self.use_jobs,
            "chunk_size": self.chunk_size or 500,
            # when the pull starts: the next delta run asks for what changed since then
            "date_start": fields.Datetime.now(),
        }
        if previous:
            vals.update(previous_run_id=previous.id, updated_since=previous.date_start)
        return vals

    def _start_run(self, previous=None):
        """Create a run and pull the workspace into it. A pull that fails (network, key, plan, answers)
        keeps no run: the admin reads the reason and presses the button again, without a draft run per
        attempt piling up (as a refused upload keeps none)."""
        self.ensure_one()
        with self.env.cr.savepoint():
            run = self.env["clientjoy.intrix.run"].create(self._prepare_run_vals(previous))
            if previous:
                run._log(self.env._("Delta of %(run)s: records changed in Clientjoy since %(since)s (UTC)",
                                    run=previous.name, since=fields.Datetime.to_string(previous.date_start)))
            run.action_stage()
            if run.state == "draft" and run.error_message:
                raise PullFailed(self.env._(
                    "%(reason)s\n\nNothing was staged and no run was created: correct the cause, then press "
                    "%(button)s again.", reason=run.error_message,
                    button=self.env._("Delta run") if previous else self.env._("New import run")),
                    reason=run.error_message)
        return run

    def action_new_run(self):
        """Pull the whole workspace into a new run (staging, proposed field map) and open it."""
        self.ensure_one()
        return self._open_run(self._start_run())

    def action_delta_run(self):
        """Pull only what changed since the last successful run of this connection started.

        When nothing changed there is nothing to review: no run is kept (a draft run per click would
        pile up) and the admin reads a calm notice instead of an error."""
        self.ensure_one()
        previous = self._last_done_run()
        if not previous:
            raise UserError(self.env._("%s has no successful import yet: start a full import run first.", self.name))
        if not previous.date_start:
            raise UserError(self.env._("Run %s has no start date to take the delta from.", previous.name))
        try:
            with self.env.cr.savepoint():
                run = self._start_run(previous)
        except NothingChanged:
            return self._notify(self.env._(
                "Nothing changed in Clientjoy since %(since)s (the start of %(run)s): there is nothing to import, "
                "and no run was created.", since=format_datetime(self.env, previous.date_start), run=previous.name),
                "info")
        return self._open_run(run)

    def action_open_runs(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window", "name": self.env._("Runs of %s", self.name),
            "res_model": "clientjoy.intrix.run", "view_mode": "list,form",
            "domain": [("backend_id", "=", self.id)], "context": {"create": False},
            "help": empty_help(self.env._("No run of this connection yet"), self.env._(
                "Press New import run on the connection to pull the whole Clientjoy workspace into a run; nothing "
                "moves into Odoo before you confirm its field map and press Import.")),
        }

    def _open_run(self, run):
        return {"type": "ir.actions.act_window", "res_model": "clientjoy.intrix.run", "res_id": run.id,
                "view_mode": "form", "target": "current"}
