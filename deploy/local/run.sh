#!/usr/bin/env bash
# Runs the whole system on this machine, with synthetic demo data: builds the project, starts the stack
# (start-stack.sh: PostgreSQL, Kafka, Keycloak, every service, the gateway), then loads demo data through the
# gateway as HR systems would send it. Ctrl-C (or stop.sh) stops everything it started; running it again works.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
export STACK_DIR="$ROOT/.local"
LOGS="$STACK_DIR/logs"
PIDS="$STACK_DIR/pids"
cd "$ROOT"
# shellcheck source=lib.sh
source "$ROOT/deploy/local/lib.sh"

stop_all() {
    trap - INT TERM EXIT
    # Ctrl-C may have ended a pipe reading our output (| tee): stop everything even if we cannot print.
    trap '' PIPE
    set +e
    step "Stopping"
    "$ROOT/deploy/local/stop.sh"
}

"$ROOT/deploy/local/stop.sh" --quiet || true
trap stop_all INT TERM EXIT
started=$(date +%s)

step "Checking tools"
"$ROOT/deploy/local/install-prerequisites.sh"

step "Building (tests skipped; ./mvnw verify runs them)"
./mvnw -q -B -ntp install -DskipTests

# A demonstration lasts minutes, a quarter months: the demo publishes the diversity figures of the quarter under
# way once its data is in (below), which a real deployment never does (figures of closed quarters only).
export DIVERSITY_DISCLOSURE_PUBLISH_AFTER=-P93D DIVERSITY_PUBLICATION_EVERY=off
"$ROOT/deploy/local/start-stack.sh"

GATEWAY="http://localhost:8080"
KEYCLOAK="http://localhost:8180"
TOKEN_URL="$KEYCLOAK/realms/talent-pipeline/protocol/openid-connect/token"
client_token() { # client id → access token of its service account (client-credentials grant)
    curl -fsS "$TOKEN_URL" -d grant_type=client_credentials -d client_id="$1" -d client_secret="$1-demo-secret" \
        | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

user_token() { # demo user → access token (password grant, client talent-pipeline-web)
    curl -fsS "$TOKEN_URL" -d grant_type=password -d client_id=talent-pipeline-web -d username="$1" \
        -d password=demo-password | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

step "Demo data, through the gateway as HR systems and forum leads would send it"
API_URL="$GATEWAY" HR_TOKEN_RW3="$(client_token hr-rw3-rem)" HR_TOKEN_RJ1="$(client_token hr-rj1)" \
    LEAD_TOKEN_Y62="$(user_token forum-lead-y62)" LEAD_TOKEN_Y63="$(user_token forum-lead-y63)" \
    ADMIN_TOKEN="$(user_token platform-admin)" "$ROOT/deploy/local/demo-data.sh"

step "Diversity figures of the quarter under way (published once diversity-metrics-service has every event)"
echo "    $(curl -fsS -X POST "$GATEWAY/diversity-publications" -H "Authorization: Bearer $(user_token platform-admin)")"

# A synthetic population beside them (benchmarks/talent-data, the national-scale generator at a small size), so
# that searches and coverage have people to find: written straight into talent-service's database (no events),
# replacing the previous run's. DEMO_PROFILES=0 leaves it out.
if [ "${DEMO_PROFILES:-20000}" -gt 0 ]; then
    step "Synthetic population: ${DEMO_PROFILES:-20000} talent profiles (benchmarks/talent-data)"
    PGHOST=127.0.0.1 PGPORT=5432 PGDATABASE=talent PGUSER=talent PGPASSWORD=talent \
        "$ROOT/benchmarks/talent-data/load.sh" "${DEMO_PROFILES:-20000}" -v replace=1 | sed -n '/generated/p'
fi

# Vacancies are ranked when talent-service learns them, before these people existed: the lead asks again.
step "Candidates ranked again for the North West's open vacancies"
LEAD_Y62="$(user_token forum-lead-y62)"
for vacancy in $(curl -fsS "$GATEWAY/open-vacancies?size=100" -H "Authorization: Bearer $LEAD_Y62" \
        | grep -o '"id":"[^"]*"' | cut -d'"' -f4); do
    curl -fsS -o /dev/null -X POST "$GATEWAY/open-vacancies/$vacancy/matches" -H "Authorization: Bearer $LEAD_Y62"
    echo "    $vacancy"
done

# The SLSF feed's first snapshot, of the demo data as it now stands (later ones follow SLSF_SNAPSHOT_SCHEDULE).
step "SLSF supply-and-demand snapshot (slsf.snapshots.v1)"
echo "    $(curl -fsS -X POST "$GATEWAY/slsf/snapshots" -H "Authorization: Bearer $(user_token platform-admin)")"

cat <<INFO

Ready in $(( $(date +%s) - started ))s. Logs in .local/logs. Ctrl-C stops everything.

  gateway (the API)   $GATEWAY            Swagger UI $GATEWAY/q/swagger-ui
  Keycloak            $KEYCLOAK/admin     admin console: admin / admin; realm talent-pipeline
  demo users          forum-member-y62, forum-lead-y62, forum-member-y63, forum-lead-y63, analyst,
                      slsf-reviewer, platform-admin (password demo-password, client talent-pipeline-web)
  demo HR systems     hr-rw3-rem (RW3, REM), hr-rj1 (RJ1), hr-rr8 (RR8); secret <client>-demo-secret

Try it (an HR system of RW3 and REM, a national analyst, then a North West forum member):
  TOKEN=\$(curl -s $TOKEN_URL -d grant_type=client_credentials -d client_id=hr-rw3-rem -d client_secret=hr-rw3-rem-demo-secret | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  curl -s -H "Authorization: Bearer \$TOKEN" $GATEWAY/vacancies | head -c 600
  TOKEN=\$(curl -s $TOKEN_URL -d grant_type=password -d client_id=talent-pipeline-web -d username=analyst -d password=demo-password | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  curl -s -H "Authorization: Bearer \$TOKEN" -H "Accept: text/csv" $GATEWAY/reports/pipeline/supply-demand | head
  curl -s -H "Authorization: Bearer \$TOKEN" $GATEWAY/slsf/snapshots/latest | head -c 600
  curl -s -H "Authorization: Bearer \$TOKEN" -H "Content-Type: application/json" -d '{"years": 10, "scenario": {"name": "a fifth less attrition", "attritionFactor": 0.8}}' $GATEWAY/reports/pipeline/projections | head -c 600
  curl -s -H "Authorization: Bearer \$TOKEN" -H "Accept: text/csv" "$GATEWAY/reports/diversity/representation?stage=SHORTLISTED&characteristic=ETHNICITY&period=\$(curl -s -H "Authorization: Bearer \$TOKEN" $GATEWAY/reports/diversity/periods | grep -o '[0-9-]*Q[1-4]' | tail -1)&breakdown=REGION"
  TOKEN=\$(curl -s $TOKEN_URL -d grant_type=password -d client_id=talent-pipeline-web -d username=forum-member-y62 -d password=demo-password | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  curl -s -H "Authorization: Bearer \$TOKEN" "$GATEWAY/candidates?roleFamily=FINANCE&readiness=READY_NOW" | head -c 600
INFO

# Until Ctrl-C, or until the gateway stops.
while kill -0 "$(cat "$PIDS/gateway.pid")" 2>/dev/null; do sleep 2; done
echo "The gateway stopped; see .local/logs/gateway.log"
