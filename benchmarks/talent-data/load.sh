#!/usr/bin/env bash
# Loads synthetic talent-service data (generate.sql) into a database that talent-service has migrated, then
# prints how long it took and the sizes. The connection comes from the libpq variables (PGHOST, PGPORT,
# PGDATABASE, PGUSER, PGPASSWORD), e.g.
#   PGHOST=127.0.0.1 PGDATABASE=talent PGUSER=talent PGPASSWORD=talent benchmarks/talent-data/load.sh 2000
# Usage: load.sh [profiles, default 1500000] [psql -v options, such as -v replace=1 or -v seed=0.7]
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PROFILES="${1:-1500000}"
shift || true
[[ "$PROFILES" =~ ^[1-9][0-9]*$ ]] || { echo "profiles must be a positive number: $PROFILES"; exit 2; }

started=$(date +%s.%N)
psql -X -q -v ON_ERROR_STOP=1 -v profiles="$PROFILES" "$@" -f "$HERE/generate.sql"
finished=$(date +%s.%N)
awk -v s="$started" -v f="$finished" -v n="$PROFILES" \
    'BEGIN {printf "    %d synthetic profiles generated, loaded, indexed and analysed in %.0f s\n", n, f - s}'
psql -X -q -v ON_ERROR_STOP=1 -c "
    select c.relname as table, pg_size_pretty(pg_table_size(c.oid)) as data,
           pg_size_pretty(pg_indexes_size(c.oid)) as indexes, c.reltuples::bigint as rows
    from pg_class c
    where c.relname in ('talent_profile', 'readiness_assessment', 'nine_box_review', 'forum_candidate')
      and c.relkind = 'r'
      and c.relnamespace = 'public'::regnamespace
    order by c.relname" \
    -c "select pg_size_pretty(pg_database_size(current_database())) as database_size"
