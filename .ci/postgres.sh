#!/usr/bin/env bash
# A throwaway PostgreSQL server for the PostgreSQL engine's tests (Tests/StanceStorePostgresTests).
#
# Start one, run the tests against it, stop it (the one command a developer needs is the first line):
#
#     eval "$(.ci/postgres.sh)"
#     swift test --filter StanceStorePostgresTests
#     .ci/postgres.sh stop "$STANCE_TEST_POSTGRES_DIR"
#
# `.ci/postgres.sh` (or `.ci/postgres.sh start`) makes a new cluster with initdb in a fresh temporary directory,
# starts it on 127.0.0.1 and a free port (TCP only, password authentication with a generated password, so the
# wrong-password test means something), creates the database `stance`, and prints on stdout only:
#
#     export STANCE_TEST_POSTGRES_URL=postgres://stance:PASSWORD@127.0.0.1:PORT/stance?sslmode=disable
#     export STANCE_TEST_POSTGRES_DIR=/tmp/stance-postgres.XXXXXX
#
# PostgreSQL refuses to run as root: run as root (as CI does), the server runs as the `postgres` system user that
# Debian's package creates (made here if missing). When no PostgreSQL server is installed, it installs Debian's
# `postgresql` package (root only). `.ci/postgres.sh stop DIR` stops that server and removes DIR.
set -euo pipefail

say() { echo "postgres.sh: $*" >&2; }

server_bin() {
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then echo "$dir"; fi
}

# Runs a command as the user that owns the cluster: `postgres` when we are root, ourselves otherwise.
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop() {
    local dir="${1:?usage: .ci/postgres.sh stop DIR}"
    local bin
    bin="$(server_bin)"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        say "$dir holds no cluster made by this script; nothing stopped"
        exit 1
    fi
    (cd "$dir" && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2) || say "the server in $dir was not running"
    rm -rf "$dir"
}

start() {
    local bin
    bin="$(server_bin)"
    if [ -z "$bin" ]; then
        if [ "$(id -u)" != 0 ]; then
            say "no PostgreSQL server is installed (no /usr/lib/postgresql/*/bin/initdb); install Debian's postgresql package"
            exit 1
        fi
        say "installing Debian's postgresql package"
        apt-get update >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
        bin="$(server_bin)"
    fi
    if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
        useradd --system --no-create-home --shell /usr/sbin/nologin postgres
    fi

    local dir password port
    dir="$(mktemp -d /tmp/stance-postgres.XXXXXX)"
    password="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
    printf '%s\n' "$password" >"$dir/password"
    if [ "$(id -u)" = 0 ]; then chown -R postgres: "$dir"; fi
    chmod 700 "$dir"
    chmod 600 "$dir/password"

    # A free port: the kernel picks one, which is free the moment it is asked (a race with another process taking
    # it before the server starts is possible but unlikely; the start then fails loudly).
    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

    cd "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U stance --pwfile="$dir/password" --auth=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
    }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$dir' -c fsync=off" start >&2 || {
        cat "$dir/server.log" >&2
        exit 1
    }
    PGPASSWORD="$password" "$bin/createdb" -h 127.0.0.1 -p "$port" -U stance stance
    say "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, cluster in $dir"
    echo "export STANCE_TEST_POSTGRES_URL=postgres://stance:$password@127.0.0.1:$port/stance?sslmode=disable"
    echo "export STANCE_TEST_POSTGRES_DIR=$dir"
}

case "${1:-start}" in
    start) start ;;
    stop) stop "${2:-}" ;;
    *)
        say "usage: .ci/postgres.sh [start] | .ci/postgres.sh stop DIR"
        exit 2
        ;;
esac
