#!/usr/bin/env bash
# Disclosure control benchmark: protect() and an independent LP audit of the five linked representation tables of
# one population (7 regions × 4 levels × 13 role families × k categories, k = 3 and 7, synthetic counts), and in the
# same run the same work without the exact two-way reduction (the plain LP over every cell) as the baseline.
# Usage: benchmarks/disclosure.sh [seeds, default 3]
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SEEDS="${1:-3}"
cd "$ROOT"
./mvnw -q -B -ntp install -pl diversity-metrics-service -am -DskipTests
./mvnw -q -B -ntp test-compile -pl diversity-metrics-service
CLASSPATH_FILE="$(mktemp)"
trap 'rm -f "$CLASSPATH_FILE"' EXIT
./mvnw -q -B -ntp dependency:build-classpath -pl diversity-metrics-service -Dmdep.outputFile="$CLASSPATH_FILE"
java -cp "diversity-metrics-service/target/classes:diversity-metrics-service/target/test-classes:$(cat "$CLASSPATH_FILE")" \
    uk.nhs.talent.diversity.disclosure.DisclosureBenchmark "$SEEDS" compare
