#!/usr/bin/env bash
# Makes the PostgreSQL that the hub tests run against (Debian's packages; run as root):
# installs it if missing, starts it, and creates the `chapterhouse` role and `chapterhouse_test`
# database that `npm run test:postgres` connects to by default. Safe to run again.
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
pg_lsclusters -h | grep -q "^$version main" || pg_createcluster "$version" main >/dev/null
pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
cd /tmp
su postgres -c "psql -q -tAc \"select 1 from pg_roles where rolname = 'chapterhouse'\"" | grep -q 1 \
  || su postgres -c "psql -q -c \"create role chapterhouse login password 'chapterhouse' createdb\""
# Tests drop their own databases `with (force)`, which ends a killed hub's leftover sessions.
su postgres -c "psql -q -c \"grant pg_signal_backend to chapterhouse\""
su postgres -c "psql -q -tAc \"select 1 from pg_database where datname = 'chapterhouse_test'\"" | grep -q 1 \
  || su postgres -c "createdb -O chapterhouse chapterhouse_test"
