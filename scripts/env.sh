# Shared settings for setup.sh, test.sh and demo.sh. Source it, don't run it.
# Everything lives outside the repo at a fixed per-user location so a fresh clone (CI) finds it.
CJI_HOME="${CJI_HOME:-${XDG_DATA_HOME:-$HOME/.local/share}/clientjoy_intrix_import}"
CJI_VENV="$CJI_HOME/venv"
CJI_ODOO_DIR="$CJI_HOME/odoo-19.0"
CJI_PY="$CJI_VENV/bin/python"
CJI_DB_HOST="${CJI_DB_HOST:-127.0.0.1}"
CJI_DB_PORT="${CJI_DB_PORT:-5432}"
# Odoo refuses to run as the `postgres` superuser: setup creates this role.
CJI_DB_USER="${CJI_DB_USER:-cji_odoo}"
CJI_ODOO_BRANCH="${CJI_ODOO_BRANCH:-19.0}"
CJI_ODOO_GIT_URL="${CJI_ODOO_GIT_URL:-https://github.com/odoo/odoo.git}"
CJI_REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CJI_BASE_MODULES="crm,project,hr_timesheet,calendar,account,contacts"

cji_site_packages() {
    "$CJI_PY" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])'
}

cji_addons_path() {
    # Odoo core addons, OCA wheels (queue_job, helpdesk_mgmt land in site-packages/odoo/addons),
    # and this repo (the addon is a top-level folder of it).
    echo "$CJI_ODOO_DIR/odoo/addons,$CJI_ODOO_DIR/addons,$(cji_site_packages)/odoo/addons,$CJI_REPO"
}

cji_require_odoo() {
    if [ ! -x "$CJI_PY" ] || [ ! -f "$CJI_ODOO_DIR/odoo-bin" ] || ! "$CJI_PY" -c 'import odoo.release' 2>/dev/null; then
        cat >&2 <<MSG
ERROR: Odoo 19.0 is not installed at $CJI_HOME.
Install it (and every Python dependency) with:

    bash $CJI_REPO/scripts/setup.sh

or, without internet access to GitHub, from a local git directory or checkout of Odoo 19.0:

    ODOO_SOURCE=/path/to/odoo.git bash $CJI_REPO/scripts/setup.sh
MSG
        exit 3
    fi
}

cji_write_conf() {
    # $1: config file path
    cat > "$1" <<CONF
[options]
db_host = $CJI_DB_HOST
db_port = $CJI_DB_PORT
db_user = $CJI_DB_USER
addons_path = $(cji_addons_path)
data_dir = $CJI_HOME/filestore
log_level = warn
http_interface = 127.0.0.1
http_port = ${CJI_HTTP_PORT:-8069}
CONF
}

cji_odoo() {
    "$CJI_PY" "$CJI_ODOO_DIR/odoo-bin" "$@"
}

cji_psql() {
    psql -h "$CJI_DB_HOST" -p "$CJI_DB_PORT" -U "$CJI_DB_USER" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"
}

cji_drop_db() {
    cji_psql -c "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)" >/dev/null
    rm -rf "$CJI_HOME/filestore/filestore/$1"
}

# Fresh database $1 with the addon installed. The slow part (crm, project, account... ~70 s) is
# built once into a template database keyed on the Odoo source and module list, then copied.
cji_fresh_db() {
    local db="$1" conf="$2"
    local base_modules="$CJI_BASE_MODULES,queue_job,helpdesk_mgmt"
    local key
    key=$( (cat "$CJI_ODOO_DIR/.cji-source"; echo "$base_modules"; "$CJI_PY" -m pip freeze 2>/dev/null | grep -i odoo-addon) | sha1sum | cut -c1-10)
    local template="cji_tpl_$key"
    # one builder at a time: suites started side by side (worktrees, setup.sh) would otherwise drop
    # each other's half-built template (DROP ... WITH (FORCE)) and fail with a closed connection
    mkdir -p "$CJI_HOME"
    exec 9>"$CJI_HOME/template.lock"
    flock 9
    if ! cji_psql -c "SELECT 1 FROM pg_database WHERE datname = '$template'" | grep -q 1; then
        echo "Building template database $template ($base_modules), about a minute, once..."
        cji_drop_db "$template.tmp"
        cji_odoo -c "$conf" -d "$template.tmp" -i "$base_modules" --stop-after-init --log-level=warn
        cji_psql -c "ALTER DATABASE \"$template.tmp\" RENAME TO \"$template\"" >/dev/null
        mv "$CJI_HOME/filestore/filestore/$template.tmp" "$CJI_HOME/filestore/filestore/$template" 2>/dev/null || true
    fi
    cji_drop_db "$db"
    cji_psql -c "CREATE DATABASE \"$db\" TEMPLATE \"$template\"" >/dev/null
    flock -u 9
    mkdir -p "$CJI_HOME/filestore/filestore"
    [ -d "$CJI_HOME/filestore/filestore/$template" ] && cp -r "$CJI_HOME/filestore/filestore/$template" "$CJI_HOME/filestore/filestore/$db"
    cji_odoo -c "$conf" -d "$db" -i clientjoy_intrix_import --stop-after-init --log-level=warn
}
