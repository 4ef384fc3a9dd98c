from odoo import _, api, fields, models
from odoo.exceptions import UserError

from ..lib.concurrency import IMPORT_LOCK_CLASS, RUN_MARK_CLASS, lock_key


class ImportLock(models.Model):
    """One row per thing two transactions must never create or import at the same time.

    A transaction *claims* a key by upserting its row: the row lock serialises the claimants, and in
    Odoo's REPEATABLE READ a claimant whose view predates the last claimant's commit gets a
    serialization failure instead of a stale answer, so its transaction runs again (Odoo retries
    requests, queue_job retries jobs) and then sees what the other one created. Keys: ``import:``
    plus an external-id namespace (the import of one company and source account), or a model and a
    normalised name (a tag, an industry, a custom field found or created by an import).
    """

    _name = "clientjoy.intrix.lock"
    _description = "Import lock"
    _order = "key"

    key = fields.Char(required=True, readonly=True)
    run_id = fields.Many2one("clientjoy.intrix.run", readonly=True, ondelete="set null",
                             help="The last run that held this lock")

    _key_uniq = models.Constraint("unique(key)", "One lock per key.")

    @api.model
    def _claim(self, key, run=None):
        """Serialise the rest of this transaction with every other transaction claiming ``key``.

        Waits while another open transaction holds the claim; raises a serialization failure (to be
        retried as a whole) when one committed after this transaction started. Call it before
        searching again and creating what the claim is about: after it returns, nothing another
        claimant did is invisible to this transaction.
        """
        self.env.cr.execute("""
            INSERT INTO clientjoy_intrix_lock AS l (key, run_id, create_uid, create_date, write_uid, write_date)
            VALUES (%(key)s, %(run)s, %(uid)s, %(now)s, %(uid)s, %(now)s)
            ON CONFLICT (key) DO UPDATE
               SET run_id = COALESCE(EXCLUDED.run_id, l.run_id), write_uid = EXCLUDED.write_uid,
                   write_date = EXCLUDED.write_date
        """, {"key": key, "run": run.id if run else None, "uid": self.env.uid, "now": self.env.cr.now()})
        self.invalidate_model(["run_id"])

    @api.model
    def _acquire_import(self, run, shared=False):
        """Take the import lock of ``run``'s external-id namespace (company, source, source account)
        until the end of this transaction. Returns ``(True, None)``, or ``(False, holder)`` when an
        open transaction of another import of that namespace holds it: ``holder`` is its run (empty
        when unknown). Never waits.

        ``shared``: the batches of one phase of a background run, which run side by side, share the
        lock; an inline import, *Import* or *Resume* of any run of the namespace (exclusive) waits them
        out, and they wait out those. No other run of the namespace has batches at the same time: it
        cannot be *Importing* while this one is (``_lock_import``)."""
        namespace = "import:%s.%s" % (run._get_adapter().xmlid_module, run._xmlid_namespace())
        key = lock_key(namespace)
        cr = self.env.cr
        # the run's mark (a shared advisory lock nobody contends) is taken first: a transaction that meets the
        # import lock always finds the mark of the run holding it (taken after it, a contender could fall
        # between the two and not know whom it waits for); a mark without the import lock names nobody
        cr.execute("SELECT pg_advisory_xact_lock_shared(%s, %s)", [RUN_MARK_CLASS, run.id])
        cr.execute("SELECT pg_try_advisory_xact_lock%s(%%s, %%s)" % ("_shared" if shared else ""),
                   [IMPORT_LOCK_CLASS, key])
        if not cr.fetchone()[0]:
            # the holder marks its run with a second (shared, never contended) advisory lock: its
            # transaction has not committed anything yet, pg_locks is the only place that knows it
            cr.execute("""
                SELECT m.objid::bigint FROM pg_locks n
                  JOIN pg_locks m ON m.pid = n.pid AND m.locktype = 'advisory' AND m.granted
                                 AND m.database = n.database AND m.classid = %s AND m.objsubid = 2
                 WHERE n.locktype = 'advisory' AND n.granted AND n.classid = %s AND n.objid = %s AND n.objsubid = 2
                   AND n.database = (SELECT oid FROM pg_database WHERE datname = current_database())
                 LIMIT 1
            """, [RUN_MARK_CLASS, IMPORT_LOCK_CLASS, key])
            row = cr.fetchone()
            holder = run.browse(row[0]).sudo().exists() if row else run.browse()
            return False, holder
        if shared:
            # reading the claim row FOR SHARE fails (serialization failure, run again) when the last
            # exclusive holder committed after this transaction started, as the claim does; batches
            # sharing the lock do not write it, so they never fail on each other
            cr.execute("SELECT id FROM clientjoy_intrix_lock WHERE key = %s FOR SHARE", [namespace])
            return True, None
        # the advisory lock excludes the others, the claim makes their committed work visible: a
        # transaction that started before the last holder committed fails here and runs again
        self._claim(namespace, run)
        return True, None

    @api.model
    def _lock_import(self, run):
        """Start (or resume) the import of ``run`` only when no other run imports the same records:
        none holds the import lock of its namespace (an inline import, a batch), none is importing in
        background jobs. Raises a UserError naming that run otherwise."""
        acquired, holder = self._acquire_import(run)
        if not acquired:
            raise UserError(self._busy_message(holder))
        namespace = run._xmlid_namespace()
        others = run.sudo().search([
            ("id", "!=", run.id), ("state", "=", "importing"), ("source", "=", run.source),
            ("company_id", "=", run.company_id.id)]).filtered(lambda r: r._xmlid_namespace() == namespace)
        if others:
            raise UserError(self._busy_message(others[:1]))

    @api.model
    def _busy_message(self, holder):
        if holder:
            return _("Run %(run)s of the same source and company is importing: try again when it is done.",
                     run=holder.name)
        return _("Another import of the same source and company is running: try again when it is done.")
