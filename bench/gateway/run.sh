#!/usr/bin/env bash
# Gateway overhead: requests/s and latency percentiles of the same stub endpoint, called directly and through the
# gateway (JWT verification, role check, rate limit, proxy), in the same run on the same machine. Three loads:
#   c64      many connections on an endpoint that costs nothing: the gateway's raw cost per request (CPU-bound);
#   c4       few connections: the latency the gateway adds;
#   svc5ms   the endpoint answers after 5 ms, like a service that waits on its database.
# wrk, the stub and the gateway share the machine's cores, so c64 compares the gateway's work with almost none.
#
#   bench/gateway/run.sh            # builds the gateway if needed, then measures (about 2 minutes)
#   DURATION=30s CONNECTIONS=128 bench/gateway/run.sh
#
# Needs wrk (apt-get install -y wrk), openssl and curl. Everything listens on 127.0.0.1 only and stops at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
. .build/jdk.sh

DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-64}
LATENCY_CONNECTIONS=${LATENCY_CONNECTIONS:-4}
SERVICE_TIME_MS=${SERVICE_TIME_MS:-5}
THREADS=${THREADS:-2}
STUB_PORT=${STUB_PORT:-18083}
GATEWAY_PORT=${GATEWAY_PORT:-18080}
APP=gateway/target/quarkus-app/quarkus-run.jar
ENDPOINT=/api/v1/reports/coverage/36

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
if [ ! -f "$APP" ] || [ "${REBUILD:-}" = 1 ]; then
  ./mvnw -q -pl gateway -am package -DskipTests
fi

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# A key pair and an RS256 token of our own, as an identity provider would issue them.
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/private.pem" 2>/dev/null
openssl pkey -in "$work/private.pem" -pubout -out "$work/public.pem"
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
claims=$(printf '{"iss":"https://bench.lindung.local","aud":"lindung","sub":"bench","groups":["viewer"],"iat":%d,"exp":%d}' \
  "$now" "$((now + 3600))" | b64url)
signature=$(printf '%s.%s' "$header" "$claims" | openssl dgst -sha256 -sign "$work/private.pem" -binary | b64url)
token="$header.$claims.$signature"

java -cp "gateway/target/quarkus-app/lib/main/*" bench/gateway/StubBackend.java "$STUB_PORT" >"$work/stub.log" 2>&1 &
pids+=($!)
java -Dquarkus.http.port="$GATEWAY_PORT" -Dquarkus.http.host=127.0.0.1 \
  -Dlindung.gateway.backends.enrollment="http://127.0.0.1:$STUB_PORT" \
  -Dlindung.gateway.backends.budget="http://127.0.0.1:$STUB_PORT" \
  -Dlindung.gateway.backends.reporting="http://127.0.0.1:$STUB_PORT" \
  -Dlindung.gateway.routes.reports.rate-limit.requests=1000000000 \
  -Dmp.jwt.verify.publickey.location="$work/public.pem" \
  -Dmp.jwt.verify.issuer=https://bench.lindung.local -Dmp.jwt.verify.audiences=lindung \
  ${GATEWAY_OPTS:-} -jar "$APP" >"$work/gateway.log" 2>&1 &
pids+=($!)

for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$GATEWAY_PORT/q/health/ready" >/dev/null 2>&1; then break; fi
  sleep 0.5
done
curl -fsS -o /dev/null -H "Authorization: Bearer $token" "http://127.0.0.1:$GATEWAY_PORT$ENDPOINT" \
  || { echo "the gateway does not answer; its log:" >&2; cat "$work/gateway.log" >&2; exit 1; }

direct="http://127.0.0.1:$STUB_PORT$ENDPOINT"
through="http://127.0.0.1:$GATEWAY_PORT$ENDPOINT"
auth="Authorization: Bearer $token"

measure() { # name url connections duration -> "rps p50 p99" (latencies in ms)
  wrk -t"$THREADS" -c"$3" -d"$4" --latency -H "$auth" "$2" | awk -v name="$1" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /Non-2xx/ { bad = $NF }
    END { if (bad) { print name ": " bad " non-2xx answers" > "/dev/stderr" } printf "%s %.0f %.3f %.3f\n", name, rps, p50, p99 }'
}

echo "warming up both paths ($WARMUP each)..."
measure warmup "$direct" "$CONNECTIONS" "$WARMUP" >/dev/null
measure warmup "$through" "$CONNECTIONS" "$WARMUP" >/dev/null

echo "measuring: $THREADS wrk threads, $DURATION per run, GET $ENDPOINT, $(nproc) cores"
delay="?delay=$SERVICE_TIME_MS"
results=$(
  measure "direct@c$CONNECTIONS" "$direct" "$CONNECTIONS" "$DURATION"
  measure "gateway@c$CONNECTIONS" "$through" "$CONNECTIONS" "$DURATION"
  measure "direct@c$LATENCY_CONNECTIONS" "$direct" "$LATENCY_CONNECTIONS" "$DURATION"
  measure "gateway@c$LATENCY_CONNECTIONS" "$through" "$LATENCY_CONNECTIONS" "$DURATION"
  measure "direct@svc${SERVICE_TIME_MS}ms" "$direct$delay" "$CONNECTIONS" "$DURATION"
  measure "gateway@svc${SERVICE_TIME_MS}ms" "$through$delay" "$CONNECTIONS" "$DURATION"
)
echo "gateway answers by status (access log): $(awk '/access-log/ { print $(NF-4) }' "$work/gateway.log" | sort | uniq -c | xargs)"
grep -m3 'BackendCall' "$work/gateway.log" || true
echo "$results" | awk '
  BEGIN { printf "%-16s %12s %10s %10s\n", "run", "requests/s", "p50 ms", "p99 ms" }
  { printf "%-16s %12d %10.3f %10.3f\n", $1, $2, $3, $4; rps[$1] = $2; p50[$1] = $3 }
  END {
    for (run in rps) if (run ~ /^gateway@/) {
      load = substr(run, 9)
      printf "%-7s gateway keeps %5.1f%% of direct throughput, adds %.3f ms to p50\n", load ":", 100 * rps[run] / rps["direct@" load], p50[run] - p50["direct@" load]
    }
  }'
