#!/usr/bin/env bash
# diversity-metrics-service's read model (stages: PipelineEventsConsumer → PipelineStages → StageEntries) against a
# real Kafka broker and the machine's PostgreSQL, with the service run as it ships (quarkus-run.jar):
#  1. a synthetic backlog on vacancy.events.v1 and talent.events.v1, applied by the running service;
#  2. latency: while a background load runs at <rate> events/s on both topics, appointments one after another,
#     each timed from its send to its stage_entry row being visible in PostgreSQL (p50/p99/max);
#  3. in the same run, Kafka's own kafka-consumer-perf-test (org.apache.kafka.tools.ConsumerPerformance, the
#     kafka-tools artifact of the project's Kafka version) reading both topics: records per second;
#  4. replay: the service restarted on an empty database with a new consumer group, which rebuilds the read model
#     from both topics: records per second, beside the raw rate; the rebuilt read model is compared with the live one.
# The harness is uk.nhs.talent.diversity.stages.StagesBenchmark (test classes). Everything shares the machine's cores.
# Usage: benchmarks/diversity-stages.sh [events=10000] [rate=50] [samples=2000] [warmup=200]
# Environment: SKIP_BUILD=1 to use the jars already built; SERVICE_JAVA_OPTS for the service's JVM (e.g. a JFR
# recording: -XX:StartFlightRecording=filename=/tmp/replay.jfr,settings=profile).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
LOCAL="$ROOT/.local/bench-diversity"
LOGS="$LOCAL/logs"
PIDS="$LOCAL/pids"
EVENTS=10000 RATE=50 SAMPLES=2000 WARMUP=200
for argument in "$@"; do
    case "$argument" in
        events=*) EVENTS="${argument#*=}" ;;
        rate=*) RATE="${argument#*=}" ;;
        samples=*) SAMPLES="${argument#*=}" ;;
        warmup=*) WARMUP="${argument#*=}" ;;
        *) echo "usage: $0 [events=10000] [rate=50] [samples=2000] [warmup=200]" >&2; exit 2 ;;
    esac
done
KAFKA_PORT=19392
OIDC_PORT=18480
SERVICE_PORT=18383
BOOTSTRAP="localhost:$KAFKA_PORT"
ISSUER="http://localhost:$OIDC_PORT/realms/talent-pipeline"
DB_URL="jdbc:postgresql://127.0.0.1:5432/bench_diversity"
TOPICS="vacancy.events.v1 talent.events.v1"
rm -rf "$LOCAL"
mkdir -p "$LOGS" "$PIDS"
cd "$ROOT"
# shellcheck source=../deploy/local/lib.sh
source "$ROOT/deploy/local/lib.sh"
trap 'stop_started diversity-metrics-service oidc kafka' INT TERM EXIT

step "Tools: a JDK, PostgreSQL"
"$ROOT/deploy/local/install-prerequisites.sh"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    step "Building diversity-metrics-service and its test classes (the harness)"
    ./mvnw -q -B -ntp install -DskipTests -pl diversity-metrics-service -am
fi
# The service runs from its own copy: a build meanwhile replaces target/ under it.
cp -r diversity-metrics-service/target/quarkus-app "$LOCAL/diversity-metrics-service"
TOOLS="$(tools_classpath "$ROOT" "$LOCAL")"
./mvnw -q -B -ntp dependency:build-classpath -pl diversity-metrics-service -Dmdep.outputFile="$LOCAL/harness.classpath" \
    > /dev/null
HARNESS="diversity-metrics-service/target/classes:diversity-metrics-service/target/test-classes:$(cat "$LOCAL/harness.classpath")"
# Kafka's consumer performance tool, of the version of the broker and clients the project uses (the root pom's).
KAFKA_VERSION="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' pom.xml | head -1)"
./mvnw -q -B -ntp -N dependency:copy -Dartifact="org.apache.kafka:kafka-tools:$KAFKA_VERSION" \
    -DoutputDirectory="$LOCAL/kafka-tools" > /dev/null
PERF_CP="$LOCAL/kafka-tools/kafka-tools-$KAFKA_VERSION.jar:$TOOLS"

harness() { # step, arguments... → its output on standard output, its log (Kafka clients) in harness.log
    java -Xmx512m -cp "$HARNESS" uk.nhs.talent.diversity.stages.StagesBenchmark "$1" "$BOOTSTRAP" "$DB_URL" \
        "${@:2}" 2>> "$LOGS/harness.log" | tee -a "$LOGS/result.txt" \
        || { tail -30 "$LOGS/harness.log"; echo "harness step $1 failed"; exit 1; }
}

start_service() { # consumer group
    start diversity-metrics-service env OIDC_AUTH_SERVER_URL="$ISSUER" KAFKA_BOOTSTRAP_SERVERS="$BOOTSTRAP" \
        DIVERSITY_DB_URL="$DB_URL" DIVERSITY_DB_USER=bench DIVERSITY_DB_PASSWORD=bench DIVERSITY_CONSUMER_GROUP="$1" \
        java -Xmx512m ${SERVICE_JAVA_OPTS:-} -Dquarkus.http.port=$SERVICE_PORT -jar "$LOCAL/diversity-metrics-service/quarkus-run.jar"
}

step "Fresh database bench_diversity, Kafka broker, token issuer"
java -cp "$TOOLS" uk.nhs.talent.testsupport.PostgresAdmin --fresh bench:bench:bench_diversity
start kafka java -Xmx512m -cp "$TOOLS" uk.nhs.talent.testsupport.LocalKafkaBroker \
    --port "$KAFKA_PORT" --data-dir "$LOCAL/kafka" --topics "${TOPICS// /,}"
wait_for_log kafka "Kafka ready" 90
# The service checks tokens against an issuer; none is used here, but it starts as it runs everywhere.
start oidc java -Xmx128m -cp "$TOOLS" uk.nhs.talent.testsupport.LocalOidcProvider \
    --port "$OIDC_PORT" --key-dir "$LOCAL/oidc"
wait_for_log oidc "OIDC issuer ready" 60

step "diversity-metrics-service (consumer group diversity-metrics-service)"
start_service diversity-metrics-service
wait_for_ready diversity-metrics-service "$SERVICE_PORT" 120

step "Backlog: $EVENTS synthetic events on both topics, applied by the running service"
harness backlog "$EVENTS"

step "Latency: background load $RATE events/s; $WARMUP appointments of warm-up, then $SAMPLES timed"
harness latency "$RATE" "$SAMPLES" "$WARMUP"
harness dump "$LOCAL/live.tsv"
# What one transaction per record costs at least: a one-row insert and its commit, on this machine now.
harness commits 500

step "Service stopped; Kafka's consumer performance tool on the same topics"
stop_started diversity-metrics-service
harness counts > "$LOCAL/counts.txt"
perf_records=0 perf_ms=0
while read -r topic records; do
    java -Xmx512m -cp "$PERF_CP" org.apache.kafka.tools.ConsumerPerformance --bootstrap-server "$BOOTSTRAP" \
        --topic "$topic" --messages "$records" --group "perf-$(date +%s%N)" --hide-header --timeout 30000 \
        2>> "$LOGS/perf.log" | grep -v '^WARNING' | tail -1 > "$LOCAL/perf-$topic.csv"
    # start.time, end.time, MB, MB.sec, nMsg, nMsg.sec, rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec
    IFS=', ' read -r -a fields < <(sed 's/, /,/g' "$LOCAL/perf-$topic.csv" | cut -d, -f3-)
    echo "    $topic: ${fields[2]} records in ${fields[5]} ms of fetching = ${fields[7]} records/s" \
        | tee -a "$LOGS/result.txt"
    perf_records=$((perf_records + ${fields[2]%.*})) perf_ms=$((perf_ms + ${fields[5]%.*}))
done < "$LOCAL/counts.txt"
RAW_RATE="$(awk -v n="$perf_records" -v ms="$perf_ms" 'BEGIN {printf "%.0f", n / ms * 1000}')"
echo "RESULT raw events_per_s=$RAW_RATE records=$perf_records" | tee -a "$LOGS/result.txt"

step "Replay: the service on an empty database with a new consumer group rebuilds the read model"
java -cp "$TOOLS" uk.nhs.talent.testsupport.PostgresAdmin --fresh bench:bench:bench_diversity
GROUP="diversity-replay-$(date +%s)"
start_service "$GROUP"
harness replay "$GROUP" "$(cat "$PIDS/diversity-metrics-service.pid")"
harness dump "$LOCAL/replayed.tsv"
if cmp -s "$LOCAL/live.tsv" "$LOCAL/replayed.tsv"; then
    SAME="identical ($(grep -c '^stage_entry' "$LOCAL/live.tsv") stage_entry rows, $(grep -c '^vacancy_ranking' \
        "$LOCAL/live.tsv") vacancy_ranking rows)"
else
    SAME="DIFFERENT: diff $LOCAL/live.tsv $LOCAL/replayed.tsv ($(diff "$LOCAL/live.tsv" "$LOCAL/replayed.tsv" | grep -c '^[<>]') lines)"
fi

value() { grep "^RESULT $1 " "$LOGS/result.txt" | grep -o "$2=[^ ]*" | cut -d= -f2; }
step "Result ($EVENTS backlog events, background load $RATE events/s, $(nproc) cores shared by all)"
{
    printf 'latency, send to stage_entry visible: p50 %s ms, p99 %s ms, max %s ms (%s samples, %s missed); target p99 <= 1000 ms\n' \
        "$(value latency p50_ms)" "$(value latency p99_ms)" "$(value latency max_ms)" "$(value latency samples)" \
        "$(value latency missed)"
    printf 'replay: %s records/s; kafka-consumer-perf-test: %s records/s; replay / raw = %s (target >= 0.30)\n' \
        "$(value replay events_per_s)" "$RAW_RATE" \
        "$(awk -v a="$(value replay events_per_s)" -v b="$RAW_RATE" 'BEGIN {printf "%.4f", a / b}')"
    printf 'service CPU per record during the replay: %s ms; a one-row insert and commit alone: p50 %s ms, p99 %s ms\n' \
        "$(value replay service_cpu_ms_per_record)" "$(value commit p50_ms)" "$(value commit p99_ms)"
    echo "read model rebuilt by the replay vs built live: $SAME"
} | tee "$LOGS/summary.txt"
