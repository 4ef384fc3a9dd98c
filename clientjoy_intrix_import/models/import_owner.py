from odoo import _, api, fields, models
from odoo.exceptions import UserError

from ..lib.sql import same_text
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

    @api.model
    def _missing_owner_names(self, keys):
        """{key: name} of the owner lines of records without a known owner at the source (null owner,
        owner id that is none of the source's users): resolved like any other owner, never silently."""
        from ..adapters.base import NO_OWNER, UNKNOWN_OWNER

        unknown = UNKNOWN_OWNER.lower().split("%s")
        names = {}
        for key in keys:
            if key == NO_OWNER.lower():
                names[key] = _("No owner at the source")
            elif key.startswith(unknown[0]) and key.endswith(unknown[1]):
                names[key] = _("Owner %(id)s is none of the source's users", id=key[len(unknown[0]):len(key) - len(unknown[1])])
        return names

    def _owner_map(self):
        return {o.email: (o.user_id or o.run_id.fallback_user_id).id for o in self if o.user_id or o.run_id.fallback_user_id}

    @api.model
    def _match_users(self, emails, company=None):
        """{email: user id} of the res.users whose login or e-mail is one of ``emails`` (any case).

        With ``company``, only users allowed in that company: Odoo refuses a salesperson of another
        company on the imported records, and an owner of another company is not this company's owner.
        """
        if not emails:
            return {}
        in_company = [("company_ids", "in", company.ids)] if company else []
        users = self.env["res.users"].with_context(active_test=False).search(
            ["|", ("login", "in", list(emails)), ("email", "in", list(emails))] + in_company)
        result = {}
        for user in users.sorted(lambda u: (not u.active, u.id)):
            for value in (user.login, user.email):
                value = (value or "").lower()
                if value in emails and value not in result:
                    result[value] = user.id
        # case-insensitive fallback for mixed-case logins
        for email in set(emails) - set(result):
            user = self.env["res.users"].with_context(active_test=False).search(
                ["|", ("login", "=ilike", same_text(email)), ("email", "=ilike", same_text(email))] + in_company, limit=1)
            if user:
                result[email] = user.id
        return result

    def action_provision_user(self):
        """Create the missing Odoo users (internal users, archived when inactive in the source)."""
        self.check_access("write")
        if not self.env["res.users"].has_access("create"):
            raise UserError(_(
                "Creating users needs the right to manage users (Settings > Users & Companies: \"Access Rights\" "
                "administration). Ask an administrator to press Create missing users, or pick an existing user "
                "or a fallback owner for these owners."))
        group_user = self.env.ref("base.group_user")
        for owner in self.filtered(lambda o: not o.user_id and "@" in o.email):
            run = owner.run_id
            if run.state in ("importing", "rolled_back"):
                raise UserError(_("The run is %s: users cannot be provisioned now.", run.state))
            # the user and everything Odoo gives a new user (partner, to-do, task stages, followers,
            # messages, settings...) in the run's ledger, in the order Odoo creates them
            entries = []
            with SideEffectRecorder(self.env, run.id, ledger_sink(run, entries)) as recorder:
                # the right to create users was checked above; their partner comes with them
                Users = self.env["res.users"].sudo().with_context(no_reset_password=True)
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
