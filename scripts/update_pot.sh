#!/usr/bin/env bash
# Regenerates the translation template clientjoy_intrix_import/i18n/clientjoy_intrix_import.pot from
# the working tree: a fresh database with the addon installed, Odoo's own export (every _()/_lt() of
# the Python code, lib/ included, and the translatable terms of views, fields, menus and reports),
# then the database is dropped. Run it after adding or changing a translatable text; test_i18n fails
# until the .pot is regenerated.
#   bash scripts/update_pot.sh      (database: $CJI_POT_DB, default cji_pot)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cji_require_odoo
DB="${CJI_POT_DB:-cji_pot}"
CONF="$(mktemp --suffix=.conf)"
trap 'cji_drop_db "$DB"; rm -f "$CONF"' EXIT
cji_write_conf "$CONF"
echo "==> Preparing database $DB"
cji_fresh_db "$DB" "$CONF"
POT="$CJI_REPO/clientjoy_intrix_import/i18n/clientjoy_intrix_import.pot"
echo "==> Exporting $POT"
cji_odoo i18n export -c "$CONF" -d "$DB" -o "$POT" clientjoy_intrix_import
echo "==> $(grep -c '^msgid "' "$POT") entries (the first one is the header)"
