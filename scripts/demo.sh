#!/usr/bin/env bash
# Fresh demo database with the addon, then a demo migration of the bundled Intrix sample exports.
#   bash scripts/demo.sh      (database: $CJI_DEMO_DB, default cji_demo)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cji_require_odoo
DB="${CJI_DEMO_DB:-cji_demo}"
CONF="$CJI_HOME/odoo.conf"
cji_write_conf "$CONF"
echo "==> Creating demo database $DB"
cji_fresh_db "$DB" "$CONF"
echo "==> Demo migration of the bundled Intrix exports"
"$CJI_PY" "$CJI_REPO/scripts/demo_migration.py" "$CONF" "$DB"
cat <<MSG

Browse it: $CJI_PY $CJI_ODOO_DIR/odoo-bin -c $CONF -d $DB   then http://127.0.0.1:8069 (admin/admin),
app "CRM Import".
MSG
