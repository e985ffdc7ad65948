#!/usr/bin/env bash
# Vacancy intake benchmark: sustained creates per second and p50/p99 latency of POST /vacancies on
# vacancy-service (OIDC token check, validation, PostgreSQL, outbox, Kafka relay running), and in the same run
# a bare Quarkus endpoint that inserts one row into the same PostgreSQL. Load by wrk (Debian package).
# Usage: benchmarks/run.sh [duration, default 30s] [connections, default 16] [warm-up, default 180s]
# Each application is warmed up first: on 2 cores the JIT compiler still takes a quarter of the CPU after a
# minute of load, and the larger application needs minutes to reach its steady state.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
LOCAL="$ROOT/.local/bench"
LOGS="$LOCAL/logs"
PIDS="$LOCAL/pids"
DURATION="${1:-30s}"
CONNECTIONS="${2:-16}"
WARMUP="${3:-180s}"
KAFKA_PORT=19092
OIDC_PORT=18180
VACANCY_PORT=18082
BARE_PORT=18083
ISSUER="http://localhost:$OIDC_PORT/realms/talent-pipeline"
rm -rf "$LOCAL"
mkdir -p "$LOGS" "$PIDS"
cd "$ROOT"
# shellcheck source=../deploy/local/lib.sh
source "$ROOT/deploy/local/lib.sh"
trap 'stop_started vacancy-service bare-insert oidc kafka' INT TERM EXIT

step "Tools: wrk, a JDK, PostgreSQL"
"$ROOT/deploy/local/install-prerequisites.sh"
command -v wrk > /dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }

step "Building vacancy-service and the bare baseline"
./mvnw -q -B -ntp install -DskipTests -Pbenchmarks -pl vacancy-service,benchmarks/bare-insert -am
TOOLS="$(tools_classpath "$ROOT" "$LOCAL")"

step "Fresh databases, Kafka broker, token issuer"
java -cp "$TOOLS" uk.nhs.talent.testsupport.PostgresAdmin --fresh bench:bench:bench_vacancy bench:bench:bench_bare
start kafka java -Xmx512m -cp "$TOOLS" uk.nhs.talent.testsupport.LocalKafkaBroker \
    --port "$KAFKA_PORT" --data-dir "$LOCAL/kafka" --topics vacancy.events.v1
wait_for_log kafka "Kafka ready" 90
start oidc java -Xmx128m -cp "$TOOLS" uk.nhs.talent.testsupport.LocalOidcProvider \
    --port "$OIDC_PORT" --key-dir "$LOCAL/oidc"
wait_for_log oidc "OIDC issuer ready" 60

step "Starting both applications (same JVM settings)"
JVM="-Xmx512m"
start vacancy-service env OIDC_AUTH_SERVER_URL="$ISSUER" KAFKA_BOOTSTRAP_SERVERS="localhost:$KAFKA_PORT" \
    VACANCY_DB_URL="jdbc:postgresql://127.0.0.1:5432/bench_vacancy" VACANCY_DB_USER=bench VACANCY_DB_PASSWORD=bench \
    java $JVM -Dquarkus.http.port=$VACANCY_PORT -jar vacancy-service/target/quarkus-app/quarkus-run.jar
start bare-insert env BENCH_DB_URL="jdbc:postgresql://127.0.0.1:5432/bench_bare" \
    java $JVM -Dquarkus.http.port=$BARE_PORT -jar benchmarks/bare-insert/target/quarkus-app/quarkus-run.jar
wait_for_ready vacancy-service "$VACANCY_PORT" 120
for _ in $(seq 60); do curl -fs -o /dev/null -X POST -H 'Content-Type: application/json' -d '{}' \
    "http://localhost:$BARE_PORT/rows" && break; sleep 1; done

java -cp "$TOOLS" uk.nhs.talent.testsupport.LocalToken --key-dir "$LOCAL/oidc" --issuer "$ISSUER" \
    --role hr-system --org-codes RW3 --out "$LOCAL/bench.token"
BENCH_TOKEN="$(cat "$LOCAL/bench.token")"
export BENCH_TOKEN

load() { # name, url, script → wrk output in $LOGS/<name>.wrk
    step "$1: warm-up $WARMUP, then $DURATION with $CONNECTIONS connections"
    wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s "benchmarks/$3" "$2" > /dev/null
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "benchmarks/$3" "$2" | tee "$LOGS/$1.wrk"
}
load vacancy-intake "http://localhost:$VACANCY_PORT/vacancies" create-vacancy.lua
load bare-insert "http://localhost:$BARE_PORT/rows" bare-insert.lua

rate() { awk '/Requests\/sec/ {print $2}' "$LOGS/$1.wrk"; }
pct() { awk -v p="$2" '$1 == p {print $2}' "$LOGS/$1.wrk"; }
errors() { awk '/Non-2xx/ {print $NF} END {}' "$LOGS/$1.wrk"; }

step "Result"
printf '%-16s %12s %10s %10s %10s\n' "" "creates/s" "p50" "p99" "non-2xx"
for name in vacancy-intake bare-insert; do
    printf '%-16s %12s %10s %10s %10s\n' "$name" "$(rate "$name")" "$(pct "$name" 50%)" "$(pct "$name" 99%)" \
        "$(errors "$name" | grep . || echo 0)"
done
awk -v a="$(rate vacancy-intake)" -v b="$(rate bare-insert)" \
    'BEGIN {printf "\nvacancy intake / bare insert = %.2f (target: at least 0.50)\n", a / b}'
sleep 5
counts=$(PGPASSWORD=bench psql -h 127.0.0.1 -U bench -d bench_vacancy -tA -F ' ' -c \
    "select (select count(*) from vacancy), (select count(*) from outbox_event)" || true)
# The relay deletes what Kafka acknowledged: every vacancy's event is on Kafka once none is left waiting.
echo "vacancies created: ${counts% *}; outbox events not yet on Kafka 5 s after the load: ${counts#* }"
