#!/usr/bin/env bash
# Stops what deploy/local/run.sh started (services first, then the token issuer and Kafka).
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PIDS="$ROOT/.local/pids"
[ -d "$PIDS" ] || exit 0
# shellcheck source=lib.sh
source "$ROOT/deploy/local/lib.sh"
[ "${1:-}" = "--quiet" ] || echo "    stopping what is still running"
stop_started gateway diversity-metrics-service talent-service vacancy-service oidc kafka
