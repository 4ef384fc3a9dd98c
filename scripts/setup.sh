#!/usr/bin/env bash
# One command for a newcomer: install Odoo 19.0 Community from source plus every dependency into a
# per-user venv, create a demo database with the addon installed, and run a demo migration.
#
#   bash scripts/setup.sh                 # clones Odoo 19.0 from GitHub
#   ODOO_SOURCE=/path/to/odoo.git bash scripts/setup.sh   # local git dir (bare or not) or a checkout
#   SKIP_DEMO=1 bash scripts/setup.sh     # install only
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"

log() { printf '\n==> %s\n' "$*"; }

PYTHON="${PYTHON:-}"
if [ -z "$PYTHON" ]; then
    for cand in python3.11 python3.12 python3; do
        if command -v "$cand" >/dev/null && "$cand" -c 'import sys; sys.exit(not (3,10) <= sys.version_info[:2] <= (3,13))'; then
            PYTHON="$cand"; break
        fi
    done
fi
[ -n "$PYTHON" ] || { echo "ERROR: Odoo 19 needs Python 3.10-3.13; none found (set PYTHON=...)" >&2; exit 2; }
mkdir -p "$CJI_HOME"

# ---------------------------------------------------------------- Odoo source
stamp="$CJI_ODOO_DIR/.cji-source"
src_id=""
if [ -n "${ODOO_SOURCE:-}" ]; then
    if [ -f "$ODOO_SOURCE/odoo-bin" ]; then
        src_kind=checkout
        src_id="checkout:$(cd "$ODOO_SOURCE" && pwd)"
    elif git --git-dir="$ODOO_SOURCE" rev-parse --verify -q "$CJI_ODOO_BRANCH^{commit}" >/dev/null 2>&1; then
        src_kind=gitdir
        src_id="git:$(git --git-dir="$ODOO_SOURCE" rev-parse "$CJI_ODOO_BRANCH^{commit}")"
    elif git --git-dir="$ODOO_SOURCE/.git" rev-parse --verify -q "$CJI_ODOO_BRANCH^{commit}" >/dev/null 2>&1; then
        ODOO_SOURCE="$ODOO_SOURCE/.git"; src_kind=gitdir
        src_id="git:$(git --git-dir="$ODOO_SOURCE" rev-parse "$CJI_ODOO_BRANCH^{commit}")"
    else
        echo "ERROR: ODOO_SOURCE=$ODOO_SOURCE is neither an Odoo checkout (no odoo-bin) nor a git directory with branch $CJI_ODOO_BRANCH" >&2
        exit 2
    fi
else
    src_kind=clone
    src_id="clone:$CJI_ODOO_GIT_URL@$CJI_ODOO_BRANCH"
fi

if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$src_id" ] && [ -f "$CJI_ODOO_DIR/odoo-bin" ]; then
    log "Odoo source already in place ($src_id)"
else
    log "Installing Odoo $CJI_ODOO_BRANCH source into $CJI_ODOO_DIR ($src_kind)"
    rm -rf "$CJI_ODOO_DIR.new"
    case "$src_kind" in
        checkout) mkdir -p "$CJI_ODOO_DIR.new" && (cd "$ODOO_SOURCE" && tar --exclude=.git -cf - .) | tar -xf - -C "$CJI_ODOO_DIR.new" ;;
        gitdir)   mkdir -p "$CJI_ODOO_DIR.new" && git --git-dir="$ODOO_SOURCE" archive "$CJI_ODOO_BRANCH" | tar -xf - -C "$CJI_ODOO_DIR.new" ;;
        clone)    git clone --depth 1 --branch "$CJI_ODOO_BRANCH" "$CJI_ODOO_GIT_URL" "$CJI_ODOO_DIR.new" \
                    || { echo "ERROR: cannot clone $CJI_ODOO_GIT_URL; set ODOO_SOURCE to a local Odoo 19.0 git directory or checkout" >&2; exit 2; } ;;
    esac
    rm -rf "$CJI_ODOO_DIR" && mv "$CJI_ODOO_DIR.new" "$CJI_ODOO_DIR"
    echo "$src_id" > "$stamp"
fi

# ---------------------------------------------------------------- venv + packages
if [ ! -x "$CJI_PY" ]; then
    log "Creating venv $CJI_VENV with $PYTHON"
    "$PYTHON" -m venv "$CJI_VENV"
fi
"$CJI_PY" -m pip install -q --upgrade pip wheel 2>&1 | grep -v "is ignored: it is neither" || true
constraints="$CJI_HOME/constraints.txt"
echo 'setuptools<70' > "$constraints"
reqs="$CJI_HOME/odoo-requirements.txt"
# python-ldap needs system headers and is only for auth_ldap; psycopg2 is replaced by the binary wheel.
grep -v -E '^(python-ldap|psycopg2)' "$CJI_ODOO_DIR/requirements.txt" > "$reqs"
echo 'psycopg2-binary' >> "$reqs"
log "Installing Odoo's Python requirements"
# setuptools<70 (still ships pkg_resources) for the sdists that Odoo pins, both for the install and
# for the isolated build environments (pip >= 25.3 constrains those separately).
PIP_CONSTRAINT="$constraints" PIP_BUILD_CONSTRAINT="$constraints" "$CJI_PY" -m pip install -q -r "$reqs"
log "Installing the addon's requirements"
PIP_CONSTRAINT="$constraints" PIP_BUILD_CONSTRAINT="$constraints" "$CJI_PY" -m pip install -q -r "$CJI_REPO/requirements.txt"
log "Installing OCA queue_job and helpdesk_mgmt (19.0)"
"$CJI_PY" -m pip install -q --no-deps 'odoo-addon-queue-job>=19.0,<19.1' 'odoo-addon-helpdesk-mgmt>=19.0,<19.1'
# Make `import odoo` resolve to the source tree (odoo is a namespace package in 19.0, so the OCA
# wheels' site-packages/odoo/addons stays importable too).
echo "$CJI_ODOO_DIR" > "$(cji_site_packages)/cji-odoo-src.pth"
"$CJI_PY" -c 'import odoo.release as r; print("Odoo", r.version)'

# ---------------------------------------------------------------- PostgreSQL role
log "PostgreSQL role $CJI_DB_USER on $CJI_DB_HOST:$CJI_DB_PORT"
if ! psql -h "$CJI_DB_HOST" -p "$CJI_DB_PORT" -U "$CJI_DB_USER" -d postgres -Atc 'select 1' >/dev/null 2>&1; then
    psql -h "$CJI_DB_HOST" -p "$CJI_DB_PORT" -U "${PGADMIN_USER:-postgres}" -d postgres -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE \"$CJI_DB_USER\" LOGIN CREATEDB" \
        || { echo "ERROR: could not create PostgreSQL role $CJI_DB_USER (set PGADMIN_USER to a superuser, or CJI_DB_USER to an existing role with CREATEDB)" >&2; exit 2; }
fi
cji_write_conf "$CJI_HOME/odoo.conf"
echo "Odoo config: $CJI_HOME/odoo.conf"

# ---------------------------------------------------------------- browser (tours) and PDF reports
missing=""
command -v chromium >/dev/null 2>&1 || command -v google-chrome >/dev/null 2>&1 || missing="$missing chromium"
command -v wkhtmltopdf >/dev/null 2>&1 || missing="$missing wkhtmltopdf"
if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        log "Installing Debian packages:$missing (UI tour tests, PDF reports)"
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null) \
            || echo "WARNING: could not install$missing; the tour/PDF tests fail until they are." >&2
    else
        echo "WARNING: missing$missing: install them (apt-get install$missing) for the tour and PDF tests." >&2
    fi
fi

if [ -n "${SKIP_DEMO:-}" ]; then
    log "Setup done (demo skipped)"
    exit 0
fi
exec bash "$CJI_REPO/scripts/demo.sh"
