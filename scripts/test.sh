#!/usr/bin/env bash
# Runs the whole test suite: a fresh database with the addon installed, then every test through
# pytest-odoo (Odoo's own test classes, real PostgreSQL, real HTTP on loopback, real CSV files).
#   bash scripts/test.sh [extra pytest args, e.g. -k rollback]
# Several suites can run side by side (e.g. from git worktrees): give each its own database and HTTP
# port, and optionally a subset of test files:
#   CJI_TEST_DB=cji_test_a CJI_HTTP_PORT=8171 CJI_TESTS="clientjoy_intrix_import/tests/test_audit.py" bash scripts/test.sh
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cji_require_odoo

DB="${CJI_TEST_DB:-cji_test}"
CONF="$CJI_HOME/test-$DB.conf"
export CJI_CRASH_DB="${DB}_crash"  # the crash check's own database, apart from other suites'
cji_write_conf "$CONF"
echo "==> Preparing test database $DB"
cji_fresh_db "$DB" "$CONF"

echo "==> Running tests"
cd "$CJI_REPO"
LOG="$(mktemp)"
set +e
"$CJI_PY" -m pytest --odoo-config "$CONF" --odoo-database "$DB" \
    --odoo-http ${CJI_TESTS:-clientjoy_intrix_import/tests} -q -ra "$@" 2>&1 | tee "$LOG"
rc=${PIPESTATUS[0]}
set -e
if [ "$rc" = 5 ]; then
    echo "ERROR: no test was collected" >&2
elif [ "$rc" = 0 ] && tail -n 1 "$LOG" | grep -q "skipped"; then
    # a skipped Odoo test (no browser, no HTTP server, missing module) is a failure, never silent
    echo "ERROR: some tests were skipped (see the SKIPPED lines above); install what they need." >&2
    rc=4
fi
rm -f "$LOG"
exit $rc
