#!/usr/bin/env bash
# enrollment-service's Kafka door under N generated BPJS records (default 1,000,000), beside the raw PostgreSQL COPY
# of the same rows and a plain Kafka producer of the same messages, all in one run on this machine.
#
#   bench/enrollment/run.sh              # 1,000,000 records (about 10 minutes on 2 cores)
#   bench/enrollment/run.sh 100000       # a quicker look
#   REBUILD=1 bench/enrollment/run.sh    # rebuild enrollment-service first
#   SERVICE_OPTS="-XX:StartFlightRecording=filename=/tmp/enrollment.jfr" bench/enrollment/run.sh 100000   # profile
#
# Starts its own embedded PostgreSQL and Kafka (devstack) and the packaged service as a separate JVM; everything runs
# on 127.0.0.1 and stops at the end. Uses the region list and population shipped in contracts.
set -euo pipefail
cd "$(dirname "$0")/../.."
. .build/jdk.sh

if [ ! -f enrollment-service/target/quarkus-app/quarkus-run.jar ] || [ "${REBUILD:-}" = 1 ]; then
  ./mvnw -q -pl enrollment-service -am install -DskipTests
fi
./mvnw -q -f bench/enrollment/pom.xml package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
exec java -Xmx3g -Dlindung.root="$PWD" \
  -cp "bench/enrollment/target/classes:$(cat bench/enrollment/target/classpath.txt)" \
  id.lindung.bench.enrollment.KafkaDoorBenchmark "$@"
