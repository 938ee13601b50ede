#!/usr/bin/env bash
# The fault suite at scale: N records (default 1,000,000) through both doors of the whole suite (its own PostgreSQL,
# Kafka and the four services as separate processes), with a fault every 30 s (each service and the gateway killed
# with kill -9, the Kafka broker stopped and started, PostgreSQL killed with kill -9, PostgreSQL stopped for 30 s, in
# turn) until every record is acknowledged; then every count must agree exactly. Prints records, faults, lost and
# duplicated per service, and how long each fault took to recover from.
#
#   bench/faults/run.sh                 # 1,000,000 records, a fault every 30 s (an hour or more on 2 cores)
#   bench/faults/run.sh 50000           # a quicker look
#   EVERY=PT60S bench/faults/run.sh     # another interval (ISO-8601 duration)
#   KINDS=KILL_ENROLLMENT,RESTART_KAFKA bench/faults/run.sh 50000   # some kinds of fault only
#   REBUILD=1 bench/faults/run.sh       # rebuild the suite first
#
# It runs system-tests' FaultSuiteIT with these settings; the report is in the output and in
# system-tests/target/failsafe-reports/id.lindung.systemtests.FaultSuiteIT-output.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
. .build/jdk.sh

records="${1:-1000000}"
every="${EVERY:-PT30S}"
kinds="${KINDS:-}"

if [ "${REBUILD:-}" = 1 ] || [ ! -f enrollment-service/target/quarkus-app/quarkus-run.jar ] \
    || [ ! -f gateway/target/quarkus-app/quarkus-run.jar ] || [ ! -f budget-service/target/quarkus-app/quarkus-run.jar ] \
    || [ ! -f reporting-service/target/quarkus-app/quarkus-run.jar ]; then
  ./mvnw -q -DskipTests install -pl '!system-tests'
fi
exec ./mvnw -pl system-tests verify -Dit.test=FaultSuiteIT -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dlindung.faults.records="$records" -Dlindung.faults.every="$every" -Dlindung.faults.kinds="$kinds" \
  -Dfailsafe.redirectTestOutputToFile=true
