#!/usr/bin/env bash
# National reports benchmark: the gateway's national pipeline report (GET /reports/pipeline: every part from
# talent-service, vacancy-service and diversity-metrics-service, composed) and a 10-year projection with a what-if
# scenario (POST /reports/pipeline/projections), at national scale: 1.5 million synthetic profiles, 10,000 key
# posts, the vacancies 250,000 vacancy events leave. A projection reads the transition history once per window and
# hour (talent.reports.history-max-age); a second gateway that reads it for every projection (max age 0) measures
# that case too. In the same run, the baseline: the report's slowest part alone, called directly on its service,
# and each part's own time. Sequential requests (one analyst at a time): p50, p95, max and the ratio to the
# baseline's p50.
# Usage: benchmarks/national-reports.sh [requests per measurement, default 30] [warm-up requests, default 60]
# The gateway's part time-out is raised to 60 s (BENCH_PART_TIMEOUT) so that a slow part is measured, not cut off.
# Environment: BENCH_PROFILES (default 1500000), BENCH_KEY_POSTS (10000), BENCH_VACANCY_EVENTS (250000) for a
# quicker try; SKIP_BUILD=1 to use the jars already built; BENCH_KEEP_DATA=1 to reuse the previous run's databases
# when they hold as many profiles.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
LOCAL="$ROOT/.local/bench-national"
LOGS="$LOCAL/logs"
PIDS="$LOCAL/pids"
REQUESTS="${1:-30}"
WARMUP="${2:-60}"
PROFILES="${BENCH_PROFILES:-1500000}"
KEY_POSTS="${BENCH_KEY_POSTS:-10000}"
EVENTS="${BENCH_VACANCY_EVENTS:-250000}"
KAFKA_PORT=19292
OIDC_PORT=18380
GATEWAY_PORT=18480
GATEWAY_FRESH_PORT=18484
TALENT_PORT=18481
VACANCY_PORT=18482
DIVERSITY_PORT=18483
ISSUER="http://localhost:$OIDC_PORT/realms/talent-pipeline"
SERVICES="talent-service vacancy-service diversity-metrics-service gateway"
rm -rf "$LOGS" "$PIDS" "$LOCAL"/*.jar.d
mkdir -p "$LOGS" "$PIDS"
cd "$ROOT"
# shellcheck source=../deploy/local/lib.sh
source "$ROOT/deploy/local/lib.sh"
trap 'stop_started gateway-fresh-history gateway diversity-metrics-service vacancy-service talent-service oidc kafka' INT TERM EXIT

step "Tools: a JDK, PostgreSQL, curl, jq"
"$ROOT/deploy/local/install-prerequisites.sh"
command -v jq > /dev/null || { apt-get update -qq && apt-get install -y -qq jq; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    step "Building the services and the gateway"
    ./mvnw -q -B -ntp install -DskipTests -pl talent-service,vacancy-service,diversity-metrics-service,gateway -am
fi
# Each runs from its own copy: a build meanwhile replaces target/ under it.
for service in $SERVICES; do
    rm -rf "$LOCAL/$service.app" && cp -r "$service/target/quarkus-app" "$LOCAL/$service.app"
done
TOOLS="$(tools_classpath "$ROOT" "$LOCAL")"

keep=0
if [ "${BENCH_KEEP_DATA:-0}" = 1 ] && [ "$(PGPASSWORD=bench psql -X -h 127.0.0.1 -U bench -d bench_nat_talent -tAc \
        "select count(*) from talent_profile where org_code ~ '^SY[0-9]{3}$'" 2> /dev/null)" = "$PROFILES" ]; then
    keep=1
fi
step "Databases ($([ $keep = 1 ] && echo "talent data kept: $PROFILES profiles" || echo fresh)), Kafka broker, token issuer"
if [ $keep = 1 ]; then
    java -cp "$TOOLS" uk.nhs.talent.testsupport.PostgresAdmin --fresh bench:bench:bench_nat_vacancy \
        bench:bench:bench_nat_diversity bench:bench:bench_nat_gateway
else
    java -cp "$TOOLS" uk.nhs.talent.testsupport.PostgresAdmin --fresh bench:bench:bench_nat_talent \
        bench:bench:bench_nat_vacancy bench:bench:bench_nat_diversity bench:bench:bench_nat_gateway
fi
ADMIN_PGUSER="${PGUSER:-postgres}" ADMIN_PGPASSWORD="${PGPASSWORD:-}"
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=bench PGPASSWORD=bench
start kafka java -Xmx512m -cp "$TOOLS" uk.nhs.talent.testsupport.LocalKafkaBroker --port "$KAFKA_PORT" \
    --data-dir "$LOCAL/kafka" --topics vacancy.events.v1,talent.events.v1,slsf.snapshots.v1
wait_for_log kafka "Kafka ready" 90
# Serves the discovery document, the keys and, for the gateway's reporting account (its test secret), a token
# endpoint.
start oidc java -Xmx128m -cp "$TOOLS" uk.nhs.talent.testsupport.LocalOidcProvider \
    --port "$OIDC_PORT" --key-dir "$LOCAL/oidc"
wait_for_log oidc "OIDC issuer ready" 60

step "Starting the services and the gateway (Flyway creates the schemas)"
common=(OIDC_AUTH_SERVER_URL="$ISSUER" KAFKA_BOOTSTRAP_SERVERS="localhost:$KAFKA_PORT")
start talent-service env "${common[@]}" TALENT_DB_URL="jdbc:postgresql://127.0.0.1:5432/bench_nat_talent" \
    TALENT_DB_USER=bench TALENT_DB_PASSWORD=bench \
    java -Xmx512m -Dquarkus.http.port=$TALENT_PORT -jar "$LOCAL/talent-service.app/quarkus-run.jar"
start vacancy-service env "${common[@]}" VACANCY_DB_URL="jdbc:postgresql://127.0.0.1:5432/bench_nat_vacancy" \
    VACANCY_DB_USER=bench VACANCY_DB_PASSWORD=bench \
    java -Xmx256m -Dquarkus.http.port=$VACANCY_PORT -jar "$LOCAL/vacancy-service.app/quarkus-run.jar"
start diversity-metrics-service env "${common[@]}" \
    DIVERSITY_DB_URL="jdbc:postgresql://127.0.0.1:5432/bench_nat_diversity" DIVERSITY_DB_USER=bench \
    DIVERSITY_DB_PASSWORD=bench \
    java -Xmx256m -Dquarkus.http.port=$DIVERSITY_PORT -jar "$LOCAL/diversity-metrics-service.app/quarkus-run.jar"
gateway=(env "${common[@]}" GATEWAY_DB_URL="jdbc:postgresql://127.0.0.1:5432/bench_nat_gateway" \
    GATEWAY_DB_USER=bench GATEWAY_DB_PASSWORD=bench GATEWAY_REPORTING_CLIENT_SECRET=gateway-reporting-test-secret \
    SLSF_SNAPSHOT_SCHEDULE=off REPORT_PART_TIMEOUT="${BENCH_PART_TIMEOUT:-60s}" \
    TALENT_SERVICE_URL="http://localhost:$TALENT_PORT" VACANCY_SERVICE_URL="http://localhost:$VACANCY_PORT" \
    DIVERSITY_SERVICE_URL="http://localhost:$DIVERSITY_PORT")
start gateway "${gateway[@]}" java -Xmx256m -Dquarkus.http.port=$GATEWAY_PORT -jar "$LOCAL/gateway.app/quarkus-run.jar"
start gateway-fresh-history "${gateway[@]}" REPORT_HISTORY_MAX_AGE=0s REPORT_HISTORY_REFRESH=off \
    java -Xmx256m -Dquarkus.http.port=$GATEWAY_FRESH_PORT -jar "$LOCAL/gateway.app/quarkus-run.jar"
for entry in "talent-service:$TALENT_PORT" "vacancy-service:$VACANCY_PORT" "diversity-metrics-service:$DIVERSITY_PORT" \
        "gateway:$GATEWAY_PORT" "gateway-fresh-history:$GATEWAY_FRESH_PORT"; do
    wait_for_ready "${entry%%:*}" "${entry##*:}" 180
done

if [ $keep = 0 ]; then
    step "Synthetic data: $PROFILES profiles (benchmarks/talent-data)"
    PGDATABASE=bench_nat_talent "$ROOT/benchmarks/talent-data/load.sh" "$PROFILES" | tee "$LOGS/load.txt"
fi
step "Synthetic data: $KEY_POSTS key posts with successors, appointments; vacancies of $EVENTS vacancy events"
PGDATABASE=bench_nat_talent psql -X -q -v key_posts="$KEY_POSTS" -v replace=1 -f benchmarks/national-data/key-posts.sql
PGDATABASE=bench_nat_vacancy psql -X -q -v events="$EVENTS" -f benchmarks/national-data/vacancies.sql
{
    PGDATABASE=bench_nat_talent psql -X -tA -F ' ' -c "select 'profiles', count(*) from talent_profile" \
        -c "select 'current readiness assessments', count(*) from readiness_assessment where superseded_at is null" \
        -c "select 'key posts', count(*) from key_post" -c "select 'successors', count(*) from succession_nomination"
    PGDATABASE=bench_nat_vacancy psql -X -tA -F ' ' -c "select 'vacancies', count(*) from vacancy" \
        -c "select 'open vacancies', count(*) from vacancy where status not in ('FILLED', 'WITHDRAWN')"
} | sed 's/^/    /' | tee "$LOGS/data.txt"
# The loads wrote gigabytes of WAL: a checkpoint now, so that its writes do not fall into the measurements.
PGUSER="$ADMIN_PGUSER" PGPASSWORD="$ADMIN_PGPASSWORD" psql -X -q -d postgres -c checkpoint

java -cp "$TOOLS" uk.nhs.talent.testsupport.LocalToken --key-dir "$LOCAL/oidc" --issuer "$ISSUER" \
    --role national-analyst --out "$LOCAL/analyst.token"
TOKEN="$(cat "$LOCAL/analyst.token")"
SCENARIO='{"years": 10, "characteristic": "ETHNICITY", "scenario": {"name": "more development, less attrition",
  "developmentRateFactor": 1.2, "attritionFactor": 0.8, "extraEntrantsPerYear": 2,
  "groupDevelopmentFactors": {"BLACK": 1.5}}}'
today="$(date -u +%F)"
from="$(date -u -d '-1 year +1 day' +%F)"

# One request: prints its time in ms, or fails the run on a non-2xx answer.
timed() { # url, [curl args...]
    local url="$1"; shift
    local out
    out="$(curl -sS -m 120 -o "$LOGS/last.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $TOKEN" \
        "$@" "$url")"
    [ "${out%% *}" -lt 300 ] || { echo "HTTP ${out%% *} from $url"; head -c 600 "$LOGS/last.json"; exit 1; }
    awk -v s="${out##* }" 'BEGIN {printf "%.1f\n", s * 1000}'
}
measure() { # name, count, url, [curl args...] → $LOGS/<name>.ms, one time per line
    local name="$1" count="$2"; shift 2
    : > "$LOGS/$name.ms"
    for _ in $(seq "$count"); do timed "$@" >> "$LOGS/$name.ms"; done
}
stats() { # name → "p50 p95 max" in ms
    sort -n "$LOGS/$1.ms" | awk '{v[NR] = $1} END {
        p50 = v[int((NR * 50 + 99) / 100)]; p95 = v[int((NR * 95 + 99) / 100)]; printf "%s %s %s", p50, p95, v[NR]}'
}

REPORT="http://localhost:$GATEWAY_PORT/reports/pipeline"
PROJECTIONS="http://localhost:$GATEWAY_PORT/reports/pipeline/projections"
PROJECTIONS_FRESH="http://localhost:$GATEWAY_FRESH_PORT/reports/pipeline/projections"
step "Check: the report is complete and the projection answers"
timed "$REPORT" > /dev/null
jq -r '.sources[] | "    \(.part) from \(.service) \(.serviceVersion // "-"): \(.status) \(.reason // "")"' "$LOGS/last.json"
jq -e '[.sources[] | select(.status != "COMPLETE")] | length == 0' "$LOGS/last.json" > /dev/null \
    || { echo "    a part is missing: the measurement would not be of the whole report"; exit 1; }
echo "    $(jq '.supplyDemand | length' "$LOGS/last.json") region × role family × level rows; $(wc -c < "$LOGS/last.json") bytes"
timed "$PROJECTIONS" -H 'Content-Type: application/json' -d "$SCENARIO" > /dev/null
echo "    projection: $(jq '.cells | length' "$LOGS/last.json") cells, $(jq '.england.years | length' "$LOGS/last.json") years, $(wc -c < "$LOGS/last.json") bytes"

# The report's parts, each direct to its service (transitions: the projection's history, not in the report).
PARTS=("supply:http://localhost:$TALENT_PORT/reports/talent/supply"
    "key-posts:http://localhost:$TALENT_PORT/reports/talent/key-posts?on=$today"
    "open-vacancies:http://localhost:$VACANCY_PORT/reports/vacancies/open"
    "time-to-fill:http://localhost:$VACANCY_PORT/reports/vacancies/time-to-fill?from=$from&to=$today"
    "candidates:http://localhost:$VACANCY_PORT/reports/vacancies/candidates?from=$from&to=$today"
    "appointments:http://localhost:$VACANCY_PORT/reports/vacancies/appointments?from=$from&to=$today"
    "diversity-periods:http://localhost:$DIVERSITY_PORT/reports/diversity/periods")
TRANSITIONS="http://localhost:$TALENT_PORT/reports/talent/transitions"

step "Warm-up: $WARMUP of each request"
measure warmup-report "$WARMUP" "$REPORT"
measure warmup-projection "$WARMUP" "$PROJECTIONS" -H 'Content-Type: application/json' -d "$SCENARIO"
measure warmup-projection-fresh "$((WARMUP / 4 + 1))" "$PROJECTIONS_FRESH" -H 'Content-Type: application/json' \
    -d "$SCENARIO"
for part in "${PARTS[@]}"; do measure "warmup-${part%%:*}" 10 "${part#*:}"; done

step "Measuring: $REQUESTS sequential requests each"
for part in "${PARTS[@]}"; do measure "part-${part%%:*}" 10 "${part#*:}"; done
measure part-transitions 10 "$TRANSITIONS"
# The baseline: the part the report waits longest for, alone.
slowest="$(for part in "${PARTS[@]}"; do echo "$(stats "part-${part%%:*}" | cut -d' ' -f1) ${part}"; done \
    | sort -g | tail -1 | cut -d' ' -f2)"
measure baseline "$REQUESTS" "${slowest#*:}"
measure report "$REQUESTS" "$REPORT"
measure projection "$REQUESTS" "$PROJECTIONS" -H 'Content-Type: application/json' -d "$SCENARIO"
measure projection-fresh "$REQUESTS" "$PROJECTIONS_FRESH" -H 'Content-Type: application/json' -d "$SCENARIO"

step "Result ($PROFILES profiles, $KEY_POSTS key posts, vacancies of $EVENTS events; $REQUESTS requests each)"
{
    read -r s50 _ <<< "$(stats baseline)"
    printf '%-58s | %8s | %8s | %8s | %s\n' "" "p50 ms" "p95 ms" "max ms" "p50 / baseline p50"
    for name in report projection projection-fresh baseline; do
        read -r p50 p95 max <<< "$(stats "$name")"
        label=$(case $name in report) echo "national report (GET /reports/pipeline)";;
            projection) echo "10-year projection with a scenario";;
            projection-fresh) echo "the same, reading the transition history each time";;
            baseline) echo "baseline: the report's slowest part (${slowest%%:*}), direct";; esac)
        printf '%-58s | %8s | %8s | %8s | %.2f\n' "$label" "$p50" "$p95" "$max" "$(awk -v a="$p50" -v b="$s50" 'BEGIN {print a / b}')"
    done
    echo
    echo "Each part alone, direct to its service (10 requests, p50 / max ms):"
    for f in "$LOGS"/part-*.ms; do
        name="$(basename "$f" .ms)"; read -r p50 _ max <<< "$(stats "$name")"
        printf '    %-20s %8s / %8s\n' "${name#part-}" "$p50" "$max"
    done
    echo
    echo "Target: the national report and the 10-year projection with a scenario within 1 s each."
} | tee "$LOGS/result.txt"
