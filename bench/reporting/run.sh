#!/usr/bin/env bash
# reporting-service benchmarks, all in one run on this machine (about 6-10 minutes on 2 cores):
#   1. projection throughput: N enrollment events through enrollment.events into the read model, beside a plain Kafka
#      producer and a plain consumer of the same messages and a PostgreSQL COPY of the same rows;
#   2. freshness: one event at a time, from publish to visible in GET /api/v1/reports/coverage/{village};
#   3. query latency (p50/p99) of coverage, children and rankings with 10,000,000 participants in the read model,
#      direct and through the gateway when the gateway starts.
#
#   bench/reporting/run.sh                                  # defaults below
#   bench/reporting/run.sh --events 100000 --participants 10000000 --freshness 300 --queries 2000
#   REBUILD=1 bench/reporting/run.sh                        # rebuild reporting-service (and the gateway) first
#   bench/reporting/run.sh --participants 0                 # throughput and freshness only
#   REPORTING_JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/r.jfr" bench/reporting/run.sh   # profile the service
#
# Starts its own embedded PostgreSQL and Kafka (devstack), reporting-service and the gateway as separate JVMs on
# 127.0.0.1, and stops everything at the end. Uses the region list and population shipped in contracts.
set -euo pipefail
cd "$(dirname "$0")/../.."
. .build/jdk.sh

if [ ! -f reporting-service/target/quarkus-app/quarkus-run.jar ] || [ "${REBUILD:-}" = 1 ]; then
  ./mvnw -q -pl reporting-service -am install -DskipTests
fi
if [ "${REBUILD:-}" = 1 ] && [ -f gateway/pom.xml ]; then
  ./mvnw -q -pl gateway package -DskipTests || echo "gateway did not build: queries are measured direct only"
fi
./mvnw -q -f bench/reporting/pom.xml package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
exec java -Xmx6g -Dlindung.root="$PWD" \
  -cp "bench/reporting/target/classes:$(cat bench/reporting/target/classpath.txt)" \
  id.lindung.bench.reporting.ReportingBenchmark "$@"
