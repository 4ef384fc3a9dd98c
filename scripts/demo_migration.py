"""Demo migrations into an Odoo database; prints the run summaries.

1. the bundled Intrix sample exports (clientjoy_intrix_import/demo/intrix);
2. Clientjoy through its REST API, served by the embedded sandbox server on loopback
   (clientjoy_intrix_import/tests/clientjoy_sandbox.py), then a delta run after a change at the source.

Usage: python scripts/demo_migration.py <odoo.conf> <database> [intrix|clientjoy|both]
"""
import os
import sys

import odoo
from odoo.tools import config

SAMPLES = os.path.join(os.path.dirname(__file__), "..", "clientjoy_intrix_import", "demo", "intrix")


def main(conf, db):
    config.parse_config(["-c", conf, "-d", db])
    registry = odoo.modules.registry.Registry(db)
    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {"lang": "en_US"})
        # the owners the sample data references, as a real admin would have provisioned them
        Users = env["res.users"].with_context(no_reset_password=True)
        for name, login in (("Ana Novak", "ana.novak@example.si"), ("Marko Kranjc", "marko@example.si")):
            if not Users.with_context(active_test=False).search([("login", "=", login)]):
                Users.create({"name": name, "login": login, "email": login})
        files = []
        for name in sorted(os.listdir(SAMPLES)):
            with open(os.path.join(SAMPLES, name), "rb") as handle:
                files.append((name, handle.read()))
        run = env["clientjoy.intrix.run"].create({"source": "intrix"})
        run._add_files(files)
        run.action_stage()
        if run.error_message:
            sys.exit("Staging failed: %s" % run.error_message)
        print("Run %s staged %d records; proposed field map:" % (run.name, len(run.staging_ids)))
        for line in run.map_ids:
            target = line.target_id.display_name if line.action == "map" else (
                "new field %s" % line.new_field_name if line.action == "new_field" else "not imported")
            print("  %-16s %-18s -> %-45s %3d%%  %s" % (line.object_name, line.source_column, target,
                                                        line.confidence * 100, line.reason))
        unmatched = run.owner_ids.filtered(lambda o: o.state == "unmatched")
        print("Owners without an Odoo user: %s -> fallback owner Administrator" % ", ".join(unmatched.mapped("email")))
        run.fallback_user_id = env.ref("base.user_admin")
        run.action_confirm_map()
        run.action_import()
        print_summary(run)
        cr.commit()
        return 0 if run.state == "done" else 1


def print_summary(run):
    print("\nRun %s: %s" % (run.name, run.state))
    if run.error_message:
        print(run.error_message)
    print("%-22s %6s %6s %8s %7s %6s %s" % ("object", "source", "staged", "imported", "skipped", "errors", "reconciled"))
    for phase in run.phase_ids:
        print("%-22s %6d %6d %8d %7d %6d %s" % (phase.name, phase.source_rows, phase.staged, phase.imported,
                                               phase.skipped, phase.errored, "yes" if phase.reconciled else "NO"))
    for staging in run.staging_ids.filtered(lambda s: s.message):
        print("  [%s] %s %s: %s" % (staging.state, staging.object_name, staging.external_id,
                                    staging.message.replace("\n", "; ")[:200]))
    print("Ledger: %d entries. Inventory: %s" % (len(run.ledger_ids), ", ".join(
        "%s (%s)" % (i.name, i.category) for i in run.inventory_ids)))


def clientjoy_demo(conf, db):
    from odoo.addons.clientjoy_intrix_import.tests.clientjoy_sandbox import SandboxServer

    config.parse_config(["-c", conf, "-d", db])
    registry = odoo.modules.registry.Registry(db)
    with SandboxServer(seed=1, scale=1, faults={"retry_after": 0}) as server, registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {"lang": "en_US"})
        print("\n==> Clientjoy sandbox API at %s" % server.base_url)
        backend = env["clientjoy.intrix.backend"].create({
            "name": "Clientjoy sandbox (demo)", "base_url": server.base_url, "api_key": server.api_key,
            "fallback_user_id": env.ref("base.user_admin").id,
        })
        backend.action_test_connection()
        print("Test connection: %s" % backend.last_test_message)
        run = env["clientjoy.intrix.run"].browse(backend.action_new_run()["res_id"])
        if run.state != "staged":
            sys.exit("Clientjoy pull failed: %s" % run.error_message)
        print("Run %s pulled %d records" % (run.name, len(run.staging_ids)))
        run.action_confirm_map()
        run.action_import()
        print_summary(run)
        cr.commit()
        # a change at the source, then a delta run that pulls only what changed since the first run
        server.touch("leads", "ld_00001", city="Kranj", score=77)
        server.touch("customers", "cus_00002", phone="+386 40 111 222")
        delta = env["clientjoy.intrix.run"].browse(backend.action_delta_run()["res_id"])
        print("\nDelta run %s pulled %d changed records" % (delta.name, len(delta.staging_ids)))
        if delta.state == "staged":  # the first run's confirmed map usually carries over: then it is ready
            delta.action_confirm_map()
        if delta.state == "ready":
            delta.action_import()
        print_summary(delta)
        cr.commit()
        return 0 if run.state == "done" and delta.state == "done" else 1


if __name__ == "__main__":
    conf, db = sys.argv[1:3]
    which = sys.argv[3] if len(sys.argv) > 3 else "both"
    rc = main(conf, db) if which in ("intrix", "both") else 0
    if which in ("clientjoy", "both"):
        rc = clientjoy_demo(conf, db) or rc
    sys.exit(rc)
