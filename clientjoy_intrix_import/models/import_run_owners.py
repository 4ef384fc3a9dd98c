"""Step 2c of a run: every owner e-mail of the staged records reconciled with the users of the run's
company (the Owners tab), unknown ones listed for the admin."""
import json
import logging

from odoo import models

from .import_run import OWNER_KEYS

_logger = logging.getLogger(__name__)


class ImportRun(models.Model):
    _inherit = "clientjoy.intrix.run"

    def _reconcile_owners(self):
        """One owner line per distinct owner e-mail referenced; matched against res.users by e-mail."""
        cr = self.env.cr
        self.env.flush_all()
        references, names, active = {}, {}, {}
        cr.execute("""SELECT "values" FROM clientjoy_intrix_staging
                       WHERE run_id = %s AND state != 'skipped' AND entity = 'user'
                         AND COALESCE(("values")::jsonb->>'email', '') <> ''""", [self.id])
        for (text,) in cr.fetchall():
            values = json.loads(text)
            email = values["email"].lower()
            names[email] = values.get("name")
            active[email] = values.get("active", True)
        # every owner key in one pass: each record's values are parsed once, not once per key
        cr.execute("""
            SELECT lower(v->>key), count(*) FROM clientjoy_intrix_staging,
                   LATERAL (SELECT COALESCE("values", '{}')::jsonb AS v) j, unnest(%s::text[]) AS key
             WHERE run_id = %s AND state != 'skipped' AND COALESCE(v->>key, '') <> ''
               AND NOT (entity = 'user' AND COALESCE(v->>'email', '') <> '')
             GROUP BY 1
        """, [list(OWNER_KEYS), self.id])
        for email, count in cr.fetchall():
            references[email] = references.get(email, 0) + count
        matches = self.env["clientjoy.intrix.owner"]._match_users(set(references), self.company_id)
        existing = {o.email: o for o in self.owner_ids}
        names.update(self.env["clientjoy.intrix.owner"]._missing_owner_names(references))
        for email, count in references.items():
            owner = existing.pop(email, None)
            vals = {"reference_count": count, "name": names.get(email) or (owner.name if owner else False),
                    "source_active": active.get(email, True)}
            if owner:
                if not owner.user_id and matches.get(email):
                    vals["user_id"] = matches[email]
                owner.write(vals)
            else:
                self.env["clientjoy.intrix.owner"].create(dict(vals, run_id=self.id, email=email, user_id=matches.get(email)))
        for owner in existing.values():
            owner.unlink()
        unknown = sorted(self.owner_ids.filtered(lambda o: o.state == "unmatched").mapped("email"))
        self.env.flush_all()
        if unknown:
            condition = " OR ".join(["lower(COALESCE(v->>%s, '')) = ANY(%s)"] * len(OWNER_KEYS))
            params = [p for key in OWNER_KEYS for p in (key, unknown)]
            cr.execute(f"""
                UPDATE clientjoy_intrix_staging s SET audit_owner = f.flag
                  FROM (SELECT id, ({condition}) AS flag FROM clientjoy_intrix_staging,
                               LATERAL (SELECT COALESCE("values", '{{}}')::jsonb AS v) j
                         WHERE run_id = %s AND state IN ('valid', 'warning', 'error')) f
                 WHERE s.id = f.id AND s.audit_owner IS DISTINCT FROM f.flag
            """, params + [self.id])
        else:  # no unknown owner: no record's flag can be set, only cleared (no values to read)
            cr.execute("""
                UPDATE clientjoy_intrix_staging SET audit_owner = false
                 WHERE run_id = %s AND state IN ('valid', 'warning', 'error') AND audit_owner IS NOT FALSE
            """, [self.id])
        self.env["clientjoy.intrix.staging"].invalidate_model(["audit_owner"])
