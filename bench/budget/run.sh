#!/usr/bin/env bash
# budget-service benchmarks, in one run on this machine (about 10 minutes on 2 cores with the defaults):
#   1. N enrollment events (default 1,000,000) consumed from enrollment.events into funding-pool commitments,
#      records/s, beside a plain Kafka producer and a plain consumer of the same messages and a PostgreSQL COPY of as
#      many rows;
#   2. M budget lines (default 100,000) posted through POST /api/v1/budget-lines by C concurrent clients, requests/s
#      and p50/p99 latency, beside one JDBC transaction per row (same concurrency) and a COPY of the same rows.
#
#   bench/budget/run.sh                                            # defaults
#   bench/budget/run.sh --events 200000 --lines 20000 --clients 8  # a quicker look
#   REBUILD=1 bench/budget/run.sh                                  # rebuild budget-service first
#   SERVICE_JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/budget.jfr" bench/budget/run.sh   # profile the service
#
# Starts its own embedded PostgreSQL and Kafka (devstack) and the packaged budget-service as a separate JVM on
# 127.0.0.1, and stops everything at the end. Uses the region list shipped in contracts.
set -euo pipefail
cd "$(dirname "$0")/../.."
. .build/jdk.sh

if [ ! -f budget-service/target/quarkus-app/quarkus-run.jar ] || [ "${REBUILD:-}" = 1 ]; then
  ./mvnw -q -pl budget-service -am clean install -DskipTests
fi
./mvnw -q -f bench/budget/pom.xml package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
exec java -Xmx4g -Dlindung.root="$PWD" \
  -cp "bench/budget/target/classes:$(cat bench/budget/target/classpath.txt)" \
  id.lindung.bench.budget.BudgetBenchmark "$@"
