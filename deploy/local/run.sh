#!/usr/bin/env bash
# Runs the whole system on this machine, with synthetic demo data:
#   PostgreSQL (the machine's, started if stopped), a real Kafka broker (KRaft, from Maven artifacts),
#   the development token issuer, every service, then demo data through the public API.
# Ctrl-C stops everything it started. Running it again reuses the data kept under .local/.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
LOCAL="$ROOT/.local"
LOGS="$LOCAL/logs"
PIDS="$LOCAL/pids"
mkdir -p "$LOGS" "$PIDS"
cd "$ROOT"

KAFKA_PORT=9092
OIDC_PORT=8180
ISSUER="http://localhost:$OIDC_PORT/realms/talent-pipeline"
TOPICS="vacancy.events.v1,talent.events.v1,slsf.snapshots.v1"
# name:port, in start order
SERVICES="vacancy-service:8082 talent-service:8081 diversity-metrics-service:8083 gateway:8080"

# shellcheck source=lib.sh
source "$ROOT/deploy/local/lib.sh"

stop_all() {
    trap - INT TERM EXIT
    step "Stopping"
    "$ROOT/deploy/local/stop.sh" || true
}

"$ROOT/deploy/local/stop.sh" --quiet || true
trap stop_all INT TERM EXIT
started=$(date +%s)

step "Checking tools"
"$ROOT/deploy/local/install-prerequisites.sh"

step "Building (tests skipped; ./mvnw verify runs them)"
./mvnw -q -B -ntp install -DskipTests
TOOLS="$(tools_classpath "$ROOT" "$LOCAL")"

step "PostgreSQL: server running, one database per service"
java -cp "$TOOLS" uk.nhs.talent.testsupport.PostgresAdmin vacancy:vacancy:vacancy

step "Kafka broker (KRaft) on port $KAFKA_PORT, topics $TOPICS"
start kafka java -Xmx512m -cp "$TOOLS" uk.nhs.talent.testsupport.LocalKafkaBroker \
    --port "$KAFKA_PORT" --data-dir "$LOCAL/kafka" --topics "$TOPICS"
wait_for_log kafka "Kafka ready" 90

step "Development token issuer on port $OIDC_PORT (Keycloak replaces it in the end-to-end issue)"
start oidc java -Xmx128m -cp "$TOOLS" uk.nhs.talent.testsupport.LocalOidcProvider \
    --port "$OIDC_PORT" --key-dir "$LOCAL/oidc"
wait_for_log oidc "OIDC issuer ready" 60

for entry in $SERVICES; do
    name="${entry%%:*}"; port="${entry##*:}"
    step "$name on port $port"
    start "$name" env OIDC_AUTH_SERVER_URL="$ISSUER" KAFKA_BOOTSTRAP_SERVERS="localhost:$KAFKA_PORT" \
        java -Xmx256m -jar "$ROOT/$name/target/quarkus-app/quarkus-run.jar"
done
for entry in $SERVICES; do
    name="${entry%%:*}"; port="${entry##*:}"
    wait_for_ready "$name" "$port" 120
    echo "    $name ready"
done

step "Demo data, through the public API as HR systems would send it"
token() { java -cp "$TOOLS" uk.nhs.talent.testsupport.LocalToken --key-dir "$LOCAL/oidc" --issuer "$ISSUER" "$@"; }
VACANCY_URL="http://localhost:8082" HR_TOKEN_RW3="$(token --role hr-system --org-codes RW3,REM)" \
    HR_TOKEN_RJ1="$(token --role hr-system --org-codes RJ1)" "$ROOT/deploy/local/demo-data.sh"

cat <<INFO

Ready in $(( $(date +%s) - started ))s. Logs in .local/logs. Ctrl-C stops everything.

  vacancy-service   http://localhost:8082   Swagger UI http://localhost:8082/q/swagger-ui
  talent-service    http://localhost:8081   diversity-metrics-service http://localhost:8083
  gateway           http://localhost:8080
  token issuer      $ISSUER (development issuer; Keycloak comes with the end-to-end issue)

Try it (an HR system of RW3 and REM):
  TOKEN=\$(java -cp "\$(cat .local/tools.classpath):test-support/target/classes" uk.nhs.talent.testsupport.LocalToken --key-dir .local/oidc --role hr-system --org-codes RW3,REM)
  curl -s -H "Authorization: Bearer \$TOKEN" http://localhost:8082/vacancies | head -c 600
INFO

wait
