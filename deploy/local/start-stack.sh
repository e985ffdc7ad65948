#!/usr/bin/env bash
# Starts the whole system from the built jars and returns once every part answers its health check:
#   the machine's PostgreSQL (started if stopped) with one database per service, a real Kafka broker (KRaft,
#   from Maven artifacts) with the topics, Keycloak from its distribution with the project's realm, every
#   service, and the gateway in front of them.
# Used by run.sh and by the end-to-end tests, so that both run the same stack. stop.sh stops it.
#
# Settings (environment):
#   STACK_DIR        logs, pids and data (default .local)
#   PORT_OFFSET      added to every port (default 0: gateway 8080, services 8081-8083, Keycloak 8180, Kafka 9092)
#   DB_SUFFIX        appended to the database names (default none)
#   FRESH=1          start from empty databases and an empty broker
#   TOOLS_CLASSPATH  test-support's class path, if the caller has it (else resolved with Maven)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
STACK_DIR="${STACK_DIR:-$ROOT/.local}"
LOGS="$STACK_DIR/logs"
PIDS="$STACK_DIR/pids"
mkdir -p "$LOGS" "$PIDS"
# shellcheck source=lib.sh
source "$ROOT/deploy/local/lib.sh"

offset="${PORT_OFFSET:-0}"
GATEWAY_PORT=$((8080 + offset))
KAFKA_PORT=$((9092 + offset))
KEYCLOAK_PORT=$((8180 + offset))
ISSUER="http://localhost:$KEYCLOAK_PORT/realms/talent-pipeline"
TOPICS="vacancy.events.v1,talent.events.v1,slsf.snapshots.v1,vacancy.events.v1.dlq,talent.events.v1.dlq"
# name:port of each service behind the gateway, in start order
SERVICES="vacancy-service:$((8082 + offset)) talent-service:$((8081 + offset)) diversity-metrics-service:$((8083 + offset))"
VACANCY_DB="vacancy${DB_SUFFIX:-}"
TALENT_DB="talent${DB_SUFFIX:-}"
DIVERSITY_DB="diversity${DB_SUFFIX:-}"
GATEWAY_DB="gateway${DB_SUFFIX:-}"
DATABASES="vacancy:vacancy:$VACANCY_DB talent:talent:$TALENT_DB diversity:diversity:$DIVERSITY_DB gateway:gateway:$GATEWAY_DB"

TOOLS="${TOOLS_CLASSPATH:-$(tools_classpath "$ROOT" "$STACK_DIR")}"
fresh=()
if [ "${FRESH:-0}" = 1 ]; then
    fresh=(--fresh)
    rm -rf "$STACK_DIR/kafka"
fi

step "PostgreSQL: server running, one database per service"
# shellcheck disable=SC2086 # one argument per database
java -cp "$TOOLS" uk.nhs.talent.testsupport.PostgresAdmin "${fresh[@]}" $DATABASES

step "Kafka broker (KRaft) on port $KAFKA_PORT"
start kafka java -Xmx512m -cp "$TOOLS" uk.nhs.talent.testsupport.LocalKafkaBroker \
    --port "$KAFKA_PORT" --data-dir "$STACK_DIR/kafka" --topics "$TOPICS"

step "Keycloak $KEYCLOAK_VERSION on port $KEYCLOAK_PORT, realm talent-pipeline (deploy/keycloak)"
KEYCLOAK_HOME="$(install_keycloak "$ROOT")"
mkdir -p "$KEYCLOAK_HOME/data/import"
cp "$ROOT/deploy/keycloak/talent-pipeline-realm.json" "$KEYCLOAK_HOME/data/import/"
# An in-memory database: each start imports the realm file as it is now (demo data lives in the services).
start keycloak env KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
    "$KEYCLOAK_HOME/bin/kc.sh" start-dev --db=dev-mem --import-realm \
    --http-port="$KEYCLOAK_PORT" --http-management-port="$((9180 + offset))"

wait_for_log kafka "Kafka ready" 90
echo "    Kafka ready, topics $TOPICS"

for entry in $SERVICES; do
    name="${entry%%:*}"; port="${entry##*:}"
    step "$name on port $port"
    start "$name" env QUARKUS_HTTP_PORT="$port" OIDC_AUTH_SERVER_URL="$ISSUER" \
        KAFKA_BOOTSTRAP_SERVERS="localhost:$KAFKA_PORT" \
        VACANCY_DB_URL="jdbc:postgresql://127.0.0.1:5432/$VACANCY_DB" VACANCY_DB_PASSWORD=vacancy \
        TALENT_DB_URL="jdbc:postgresql://127.0.0.1:5432/$TALENT_DB" TALENT_DB_PASSWORD=talent \
        DIVERSITY_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DIVERSITY_DB" DIVERSITY_DB_PASSWORD=diversity \
        java -Xmx256m -jar "$ROOT/$name/target/quarkus-app/quarkus-run.jar"
done
step "gateway on port $GATEWAY_PORT"
# The SLSF snapshot schedule: SLSF_SNAPSHOT_SCHEDULE (a Quartz cron; default daily at 02:00 UTC).
start gateway env QUARKUS_HTTP_PORT="$GATEWAY_PORT" OIDC_AUTH_SERVER_URL="$ISSUER" \
    VACANCY_SERVICE_URL="http://localhost:$((8082 + offset))" TALENT_SERVICE_URL="http://localhost:$((8081 + offset))" \
    DIVERSITY_SERVICE_URL="http://localhost:$((8083 + offset))" \
    KAFKA_BOOTSTRAP_SERVERS="localhost:$KAFKA_PORT" \
    GATEWAY_DB_URL="jdbc:postgresql://127.0.0.1:5432/$GATEWAY_DB" GATEWAY_DB_PASSWORD=gateway \
    GATEWAY_REPORTING_CLIENT_SECRET=gateway-reporting-demo-secret \
    java -Xmx256m -jar "$ROOT/gateway/target/quarkus-app/quarkus-run.jar"

step "Waiting for every part to be ready"
# The first start also builds Keycloak for this configuration (minutes on a busy 2-core machine).
wait_for_url keycloak "$ISSUER/.well-known/openid-configuration" 300
echo "    keycloak ready"
for entry in $SERVICES "gateway:$GATEWAY_PORT"; do
    name="${entry%%:*}"; port="${entry##*:}"
    wait_for_ready "$name" "$port" 180
    echo "    $name ready"
done
