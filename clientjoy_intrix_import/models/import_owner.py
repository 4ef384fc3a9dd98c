from odoo import _, api, fields, models
from odoo.exceptions import UserError

from .import_side_effect import SideEffectRecorder, insert_entries, ledger_sink


class ImportOwner(models.Model):
    """Every distinct owner e-mail a run references, and the Odoo user it resolves to.

    Owners without a user block the import until the admin picks a user, provisions one, or sets the
    run's fallback user.
    """

    _name = "clientjoy.intrix.owner"
    _description = "Owner reconciliation"
    _order = "run_id, state desc, email"

    run_id = fields.Many2one("clientjoy.intrix.run", required=True, ondelete="cascade", index=True)
    email = fields.Char(required=True, readonly=True)
    name = fields.Char(readonly=True, help="Name in the source")
    source_active = fields.Boolean(string="Active in source", default=True, readonly=True)
    reference_count = fields.Integer(string="References", readonly=True)
    user_id = fields.Many2one("res.users", string="Odoo user", context={"active_test": False})
    state = fields.Selection(
        [("unmatched", "Unmatched"), ("matched", "Matched by e-mail"), ("mapped", "Mapped by admin"),
         ("fallback", "Fallback user")],
        compute="_compute_state", store=True)

    _uniq = models.Constraint("unique(run_id, email)", "An owner appears once per run.")

    @api.depends("user_id", "run_id.fallback_user_id")
    def _compute_state(self):
        for owner in self:
            if owner.user_id:
                matched = owner.user_id.login.lower() == owner.email or (owner.user_id.email or "").lower() == owner.email
                owner.state = "matched" if matched else "mapped"
            elif owner.run_id.fallback_user_id:
                owner.state = "fallback"
            else:
                owner.state = "unmatched"

    def _owner_map(self):
        return {o.email: (o.user_id or o.run_id.fallback_user_id).id for o in self if o.user_id or o.run_id.fallback_user_id}

    @api.model
    def _match_users(self, emails):
        """{email: user id} of the res.users whose login or e-mail is one of ``emails`` (any case)."""
        if not emails:
            return {}
        users = self.env["res.users"].with_context(active_test=False).search(
            ["|", ("login", "in", list(emails)), ("email", "in", list(emails))])
        result = {}
        for user in users.sorted(lambda u: (not u.active, u.id)):
            for value in (user.login, user.email):
                value = (value or "").lower()
                if value in emails and value not in result:
                    result[value] = user.id
        # case-insensitive fallback for mixed-case logins
        for email in set(emails) - set(result):
            user = self.env["res.users"].with_context(active_test=False).search(
                ["|", ("login", "=ilike", email), ("email", "=ilike", email)], limit=1)
            if user:
                result[email] = user.id
        return result

    def action_provision_user(self):
        """Create the missing Odoo users (internal users, archived when inactive in the source)."""
        group_user = self.env.ref("base.group_user")
        for owner in self.filtered(lambda o: not o.user_id):
            run = owner.run_id
            if run.state in ("importing", "rolled_back"):
                raise UserError(_("The run is %s: users cannot be provisioned now.", run.state))
            # the user and everything Odoo gives a new user (partner, to-do, task stages, followers,
            # messages, settings...) in the run's ledger, in the order Odoo creates them
            entries = []
            with SideEffectRecorder(self.env, run.id, ledger_sink(run, entries)) as recorder:
                Users = self.env["res.users"].with_context(no_reset_password=True)
                user = Users.create({
                    "name": owner.name or owner.email,
                    "login": owner.email,
                    "email": owner.email,
                    "group_ids": [(6, 0, [group_user.id])],
                })
                if not owner.source_active:
                    user.active = False
                self.env.flush_all()  # stored computed fields and their side effects belong to the user too
            entry = recorder.claim(user)
            if entry is not None:
                entry["side_effect"] = False
            insert_entries(run, entries)
            owner.user_id = user
            owner.run_id._log(_("Provisioned user %(login)s for owner %(email)s", login=user.login, email=owner.email))
        return True
