"""Every source id once: a source record that appears twice in one run is imported at most once.

An export can hold one id on two rows: the same row written twice (a join in the exporting tool, a
file concatenated with itself) or two versions of a record (an export taken while it was edited).
Identical rows are staged once: the later ones are skipped with a note. Different rows under one id
are audit errors on every one of them, blocking each until the admin opens the one to keep and
presses *Keep this one*; the others are then skipped, saying who kept which line. The ids are
compared the way external ids are built (trimmed, case-insensitive), so two rows never meet in one
external id at import. The Clientjoy pull keeps the latest copy of a record served twice by the API
before staging (adapters/clientjoy.py), so API runs normally never get here.
"""
from odoo import _, fields, models
from odoo.exceptions import UserError

from .import_run import PENDING_SQL

PENDING_STATES = ("new", "valid", "warning", "error")


class ImportRun(models.Model):
    _inherit = "clientjoy.intrix.run"

    def _audit_same_source_id(self):
        """Skip repeated identical rows, flag different rows sharing a source id as errors (in SQL for
        the grouping; only the rows of repeated ids travel to Python)."""
        self.ensure_one()
        cr = self.env.cr
        self.env.flush_all()
        cr.execute(f"""
            WITH twice AS (
                SELECT object_name, lower(btrim(external_id)) AS ref FROM clientjoy_intrix_staging
                 WHERE {PENDING_SQL} AND COALESCE(external_id, '') <> ''
                 GROUP BY 1, 2 HAVING count(*) > 1)
            SELECT s.id, s.object_name, twice.ref, s.sequence, s.external_id, md5(s.payload::jsonb::text),
                   s.state, s.message
              FROM clientjoy_intrix_staging s
              JOIN twice ON twice.object_name = s.object_name AND twice.ref = lower(btrim(s.external_id))
             WHERE s.run_id = %s AND s.state IN %s AND s.res_id IS NULL
             ORDER BY s.object_sequence, s.sequence, s.id
        """, [self.id, self.id, PENDING_STATES])
        groups = {}
        for row in cr.fetchall():
            groups.setdefault(row[1:3], []).append(row)
        skipped, errors, conflicting = [], [], []
        for rows in groups.values():
            kept = {}
            for staging_id, _object, _ref, line, ref, digest, state, message in rows:
                first = kept.setdefault(digest, (staging_id, line, state, message))
                if first[0] != staging_id:
                    skipped.append((staging_id, "skipped", "\n".join(filter(None, [message, _(
                        "Line %(line)s repeats line %(first)s (source id %(ref)s) with identical data: staged once, "
                        "imported through line %(first)s.", line=line, first=first[1], ref=ref)]))))
            if len(kept) < 2:
                continue
            lines = ", ".join(str(line) for _id, line, _state, _message in kept.values())
            note = _("Source id %(ref)s is on lines %(lines)s with different data: only one of them can be imported. "
                     "Open the line to keep and press 'Keep this one' (the others are then skipped).",
                     ref=rows[0][4], lines=lines)
            for staging_id, _line, state, message in kept.values():
                conflicting.append(staging_id)
                if state != "error" or note not in (message or ""):
                    errors.append((staging_id, "error", "\n".join(filter(None, [message, note]))))
        Staging = self.env["clientjoy.intrix.staging"]
        Staging.browse([row[0] for row in skipped + errors])._bulk_update(skipped + errors, ("state", "message"))
        # a new record's flag is NULL (staging inserts leave it out), which reads as False: only real changes are
        # written, not every row of the run (an UPDATE of each row would copy each row's payload)
        cr.execute(f"""
            UPDATE clientjoy_intrix_staging SET audit_same_id = (id = ANY(%s))
             WHERE {PENDING_SQL} AND COALESCE(audit_same_id, false) <> (id = ANY(%s))
        """, [conflicting, self.id, conflicting])
        Staging.invalidate_model(["audit_same_id"])


class ImportStaging(models.Model):
    _inherit = "clientjoy.intrix.staging"

    audit_same_id = fields.Boolean(
        string="Same source id", readonly=True,
        help="Another line of this run has the same source id with different data: keep one of them")

    def _same_id_siblings(self):
        """The other pending records of this run and object under the same source id."""
        self.ensure_one()
        ref = (self.external_id or "").strip().lower()
        candidates = self.search([
            ("run_id", "=", self.run_id.id), ("object_name", "=", self.object_name), ("id", "!=", self.id),
            ("state", "in", PENDING_STATES), ("res_id", "=", False), ("external_id", "=ilike", ref)])
        return candidates.filtered(lambda s: (s.external_id or "").strip().lower() == ref)

    def action_keep_this_one(self):
        """Import this line of a source id that is on several lines; skip the others."""
        self.ensure_one()
        if not self.audit_same_id or self.state not in PENDING_STATES or self.res_id:
            raise UserError(_("Line %s does not share its source id with another line waiting for import.",
                              self.sequence))
        others = self._same_id_siblings()
        for other in others:
            other.write({"state": "skipped", "audit_same_id": False, "message": _(
                "Skipped: %(user)s kept line %(line)s for source id %(ref)s.",
                user=self.env.user.name, line=self.sequence, ref=self.external_id)})
        self.write({"audit_same_id": False})
        self.run_id._log(_("Source id %(ref)s: %(user)s kept line %(line)s, skipped line(s) %(others)s",
                           ref=self.external_id, user=self.env.user.name, line=self.sequence,
                           others=", ".join(str(s) for s in others.mapped("sequence")) or "-"))
        self.run_id.filtered(lambda r: r.state in ("staged", "ready")).action_validate()
        return True

    def action_skip(self):
        """Skipping one of the lines of a shared source id frees the others: validate them again."""
        conflicting = self.filtered("audit_same_id")
        runs = conflicting.run_id
        result = super().action_skip()
        conflicting.filtered(lambda s: s.state == "skipped").write({"audit_same_id": False})
        runs.filtered(lambda r: r.state in ("staged", "ready")).action_validate()
        return result
