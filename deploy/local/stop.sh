#!/usr/bin/env bash
# Stops what start-stack.sh started (gateway and services first, then Keycloak and Kafka).
# STACK_DIR selects the stack (default .local, the one run.sh starts).
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PIDS="${STACK_DIR:-$ROOT/.local}/pids"
[ -d "$PIDS" ] || exit 0
# shellcheck source=lib.sh
source "$ROOT/deploy/local/lib.sh"
[ "${1:-}" = "--quiet" ] || echo "    stopping what is still running"
stop_started gateway diversity-metrics-service talent-service vacancy-service keycloak oidc kafka
