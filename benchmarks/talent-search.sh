#!/usr/bin/env bash
# Forum candidate search benchmark: GET /candidates?roleFamily=<rf>&readiness=READY_NOW&size=50 on talent-service
# (RS256 token of a forum member, whose region scopes the search; page query, count query and one audit row per
# person listed, in one transaction) over 1.5 million synthetic profiles, and in the same run the same page and
# count queries as raw SQL with pgbench. At 1 and at 8 concurrent connections; p50, p95, throughput.
# Usage: benchmarks/talent-search.sh [duration, default 30s] [warm-up, default 180s: the JIT compiler needs minutes on 2 cores]
# Environment: BENCH_PROFILES (default 1500000) for a quicker try; SKIP_BUILD=1 to use the jar already built;
# BENCH_KEEP_DATA=1 to reuse the previous run's database when it holds as many profiles;
# TALENT_JAVA_OPTS for the service's JVM (-Dquarkus.hibernate-orm.log.sql=true shows the SQL it sends).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
LOCAL="$ROOT/.local/bench-talent"
LOGS="$LOCAL/logs"
PIDS="$LOCAL/pids"
DURATION="${1:-30s}"
WARMUP="${2:-180s}"
PROFILES="${BENCH_PROFILES:-1500000}"
KAFKA_PORT=19192
OIDC_PORT=18280
TALENT_PORT=18181
ISSUER="http://localhost:$OIDC_PORT/realms/talent-pipeline"
REGIONS="Y56 Y58 Y59 Y60 Y61 Y62 Y63"
seconds() { case "$1" in *m) echo $((${1%m} * 60)) ;; *s) echo "${1%s}" ;; *) echo "$1" ;; esac; }
rm -rf "$LOCAL"
mkdir -p "$LOGS" "$PIDS"
cd "$ROOT"
# shellcheck source=../deploy/local/lib.sh
source "$ROOT/deploy/local/lib.sh"
trap 'stop_started talent-service oidc kafka' INT TERM EXIT

step "Tools: wrk, pgbench, a JDK, PostgreSQL"
"$ROOT/deploy/local/install-prerequisites.sh"
command -v wrk > /dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
PGBENCH=/usr/lib/postgresql/15/bin/pgbench
[ -x "$PGBENCH" ] || PGBENCH="$(command -v pgbench || true)"
if [ -z "$PGBENCH" ]; then
    apt-get update -qq && apt-get install -y -qq postgresql-contrib
    PGBENCH="$(command -v pgbench)"
fi
command -v jq > /dev/null || { apt-get update -qq && apt-get install -y -qq jq; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    step "Building talent-service"
    ./mvnw -q -B -ntp install -DskipTests -pl talent-service -am
fi
# The service runs from its own copy: a build meanwhile (another checkout user, an IDE) replaces target/ under it.
cp -r talent-service/target/quarkus-app "$LOCAL/talent-service"
TOOLS="$(tools_classpath "$ROOT" "$LOCAL")"

# BENCH_KEEP_DATA=1 reuses the database of an earlier run when it holds as many synthetic profiles (the load takes
# minutes); talent-service's migrations still run on it.
keep=0
if [ "${BENCH_KEEP_DATA:-0}" = 1 ] && [ "$(PGPASSWORD=bench psql -X -h 127.0.0.1 -U bench -d bench_talent -tAc \
        "select count(*) from talent_profile where org_code ~ '^SY[0-9]{3}$'" 2> /dev/null)" = "$PROFILES" ]; then
    keep=1
fi
step "Database bench_talent ($([ $keep = 1 ] && echo "kept: $PROFILES profiles" || echo fresh)), Kafka broker, token issuer"
[ $keep = 1 ] || java -cp "$TOOLS" uk.nhs.talent.testsupport.PostgresAdmin --fresh bench:bench:bench_talent
# From here on psql, pgbench and the generator connect as the service does (PostgresAdmin reads PG* as its admin).
ADMIN_PGUSER="${PGUSER:-postgres}" ADMIN_PGPASSWORD="${PGPASSWORD:-}"
export PGHOST=127.0.0.1 PGPORT=5432 PGDATABASE=bench_talent PGUSER=bench PGPASSWORD=bench
start kafka java -Xmx512m -cp "$TOOLS" uk.nhs.talent.testsupport.LocalKafkaBroker \
    --port "$KAFKA_PORT" --data-dir "$LOCAL/kafka" --topics vacancy.events.v1,talent.events.v1
wait_for_log kafka "Kafka ready" 90
start oidc java -Xmx128m -cp "$TOOLS" uk.nhs.talent.testsupport.LocalOidcProvider \
    --port "$OIDC_PORT" --key-dir "$LOCAL/oidc"
wait_for_log oidc "OIDC issuer ready" 60

step "Starting talent-service (Flyway creates the schema)"
start talent-service env OIDC_AUTH_SERVER_URL="$ISSUER" KAFKA_BOOTSTRAP_SERVERS="localhost:$KAFKA_PORT" \
    TALENT_DB_URL="jdbc:postgresql://127.0.0.1:5432/bench_talent" TALENT_DB_USER=bench TALENT_DB_PASSWORD=bench \
    java -Xmx512m ${TALENT_JAVA_OPTS:-} -Dquarkus.http.port=$TALENT_PORT -jar "$LOCAL/talent-service/quarkus-run.jar"
# As lib.sh's wait_for_ready, with a time limit on each probe (a service that lost its jars answers nothing).
for attempt in $(seq 120); do
    curl -fs -m 5 -o /dev/null "http://localhost:$TALENT_PORT/q/health/ready" && break
    alive_or_fail talent-service
    [ "$attempt" -lt 120 ] || { tail -20 "$LOGS/talent-service.log"; echo "talent-service not ready after 120 s"; exit 1; }
    sleep 1
done

if [ $keep = 0 ]; then
    step "Synthetic data: $PROFILES profiles (benchmarks/talent-data)"
    "$ROOT/benchmarks/talent-data/load.sh" "$PROFILES" | tee "$LOGS/load.txt"
fi
# The load wrote gigabytes of WAL: a checkpoint now, so that its writes do not fall into the measurements.
PGUSER="$ADMIN_PGUSER" PGPASSWORD="$ADMIN_PGPASSWORD" psql -X -q -d postgres -c checkpoint

for region in $REGIONS; do
    java -cp "$TOOLS" uk.nhs.talent.testsupport.LocalToken --key-dir "$LOCAL/oidc" \
        --issuer "$ISSUER" --role forum-member --region "$region" --out "$LOCAL/forum-$region.token"
    export "TOKEN_$region=$(cat "$LOCAL/forum-$region.token")"
done

step "Check: the service and the raw SQL (benchmarks/talent-search.sql) give the same first page and total"
# The page and count queries of the pgbench script for one region and role family, run once by psql.
check_sql() { # region, role family
    printf '\\set region %s\n\\set role_family %s\n\\set readiness READY_NOW\n\\set limit 51\n' "$1" "$2"
    sed -n '/^select p\.person_ref/,$p' benchmarks/talent-search.sql | sed -E "s/:(region|role_family|readiness)\b/:'\1'/g"
}
for pair in Y62:FINANCE Y56:NURSING Y60:CHIEF_EXECUTIVE; do
    region=${pair%:*} family=${pair#*:} token_var="TOKEN_${pair%:*}"
    curl -fsS -m 120 -H "Authorization: Bearer ${!token_var}" \
        "http://localhost:$TALENT_PORT/candidates?roleFamily=$family&readiness=READY_NOW&size=50" > "$LOGS/check.json"
    service="$(jq -r '[.items[].personRef] | join(",")' "$LOGS/check.json") total $(jq -r .totalItems "$LOGS/check.json")"
    raw="$(check_sql "$region" "$family" | psql -X -q -v ON_ERROR_STOP=1 -tA -F ' ' \
        | awk 'NF == 1 && /^[0-9]+$/ {total = $1; next} NF > 0 {if (n < 50) refs = refs (n ? "," : "") $1; n++}
               END {print refs " total " total}')"
    if [ "$service" != "$raw" ]; then
        echo "    $region $family: the service and the raw SQL differ"; echo "    service: $service"; echo "    raw:     $raw"
        exit 1
    fi
    echo "    $region $family: same 50 people and total ${service##* }"
done

service_load() { # name, connections, duration, threads → RESULT line in $LOGS/<name>.wrk
    wrk -t"$4" -c"$2" -d"$3" --timeout 60s -s benchmarks/talent-search.lua \
        "http://localhost:$TALENT_PORT" > "$LOGS/$1.wrk"
    grep RESULT "$LOGS/$1.wrk" | sed 's/^/    /'
}
raw_load() { # name, clients, duration → $LOGS/<name>.pgbench and per-transaction logs
    "$PGBENCH" -n -M prepared -c "$2" -j "$2" -T "$(seconds "$3")" -f benchmarks/talent-search.sql \
        -l --log-prefix="$LOGS/$1.tx" > "$LOGS/$1.pgbench" 2>&1
    grep -E '^(tps|number of (transactions actually|failed))' "$LOGS/$1.pgbench" | sed 's/^/    /'
}

step "Warm-up: the service $WARMUP at 8 connections, the raw SQL 10 s"
service_load warmup-service 8 "$WARMUP" 2
raw_load warmup-raw 8 10s

for clients in 1 8; do
    threads=$([ "$clients" = 1 ] && echo 1 || echo 2)
    step "Service, $clients connection(s), $DURATION"
    service_load "service-c$clients" "$clients" "$DURATION" "$threads"
    step "Raw SQL (pgbench -M prepared), $clients client(s), $DURATION"
    raw_load "raw-c$clients" "$clients" "$DURATION"
done

# Service figures from the wrk RESULT line; raw figures from pgbench's per-transaction log (3rd column: µs).
field() { grep -o "$2=[^ ]*" "$LOGS/$1.wrk" | cut -d= -f2; }
raw_pct() { cat "$LOGS/$1".tx.* | awk '{print $3}' | sort -n | awk -v p="$2" '{v[NR] = $1}
    END {i = int((NR * p + 99) / 100); if (i < 1) i = 1; printf "%.2f", v[i] / 1000}'; }
raw_tps() { awk '/^tps/ {print $3; exit}' "$LOGS/$1.pgbench"; }
raw_failed() { awk '/^number of failed/ {print $5; exit}' "$LOGS/$1.pgbench"; }

step "Result ($PROFILES profiles, $DURATION per run)"
{
    printf '%-8s | %-34s | %-34s | %s\n' "" "service p50 / p95 / rate (non-2xx)" "raw SQL p50 / p95 / rate (failed)" \
        "service p95 / raw p95"
    for clients in 1 8; do
        s="service-c$clients" r="raw-c$clients"
        printf '%-8s | %7s / %7s ms / %7s/s (%s) | %7s / %7s ms / %7s/s (%s) | %s\n' "$clients conn" \
            "$(field "$s" p50_ms)" "$(field "$s" p95_ms)" "$(field "$s" rate)" "$(field "$s" non2xx)" \
            "$(raw_pct "$r" 50)" "$(raw_pct "$r" 95)" "$(raw_tps "$r" | xargs printf '%.2f')" "$(raw_failed "$r")" \
            "$(awk -v a="$(field "$s" p95_ms)" -v b="$(raw_pct "$r" 95)" 'BEGIN {printf "%.2f", a / b}')"
    done
    echo
    echo "Targets: service p95 at most 25 ms and at most 2x the raw SQL's p95."
    echo "The service also writes one audit row (profile_read) per person listed, 50 per search; the raw SQL does not."
} | tee "$LOGS/result.txt"
echo "audit rows written during the run: $(psql -X -tA -c 'select count(*) from profile_read')"

# Where the time goes: the plans of both queries for one region and role family, and which indexes were used.
{
    echo "== EXPLAIN (ANALYZE, BUFFERS), Y62 FINANCE READY_NOW"
    check_sql Y62 FINANCE | sed -E 's/^(select p\.person_ref|select count)/explain (analyze, buffers) \1/' \
        | psql -X -q -v ON_ERROR_STOP=1
    echo "== index use during the run (pg_stat_user_indexes)"
    psql -X -c "select relname, indexrelname, idx_scan, idx_tup_read from pg_stat_user_indexes
        where relname in ('talent_profile', 'readiness_assessment', 'nine_box_review', 'forum_candidate')
        order by relname, indexrelname"
} > "$LOGS/explain.txt" 2>&1
echo "plans and index use: $LOGS/explain.txt (Y62 FINANCE: page query $(awk '/Execution Time/ {print $3 " ms"; exit}' \
    "$LOGS/explain.txt"), count query $(awk '/Execution Time/ {n++} n == 2 {print $3 " ms"; exit}' "$LOGS/explain.txt"))"
