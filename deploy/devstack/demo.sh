#!/usr/bin/env bash
# ./lindung demo: walks a running suite (./lindung up) through one story, through the gateway only:
# Kabupaten Tangerang (36.03) posts its non-ASN target and its JKK budget line, BPJS enrolls a few of its honorer,
# and a viewer reads coverage and budget position. Safe to run again: every run uses fresh ids.
set -euo pipefail
cd "$(dirname "$0")/../.."
gateway=${LINDUNG_GATEWAY:-http://localhost:8080}
year=$(date +%Y)
run=$(date +%s)

curl -sf "$gateway/q/health/live" >/dev/null || { echo "The suite is not running: start it with ./lindung up" >&2; exit 1; }

token() { ./lindung token "$@"; }
PLANNER=$(token --role planner --region 36.03 --sub demo-bappeda-tangerang)
FINANCE=$(token --role finance --region 36.03 --sub demo-bpkad-tangerang)
BPJS=$(token --role bpjs --sub demo-bpjs-integration)
VIEWER=$(token --role viewer --region 36 --sub demo-dashboard-banten)

step() { printf '\n== %s\n' "$*"; }
call() { curl -s -w '\n(HTTP %{http_code})\n' "$@"; }

step "Planner posts the potential of Kabupaten Tangerang for $year: 4,000 non-ASN"
call -X PUT "$gateway/api/v1/targets/36.03/$year" -H "Authorization: Bearer $PLANNER" \
  -H 'Content-Type: application/json' -d '{"potential": {"NON_ASN": 4000}}'

step "Finance posts the APBD line for JKK of non-ASN (DPA, Rp 2,400 x 12 months x 4,000 people)"
call -X POST "$gateway/api/v1/budget-lines" -H "Authorization: Bearer $FINANCE" -H "Idempotency-Key: demo-$run" \
  -H 'Content-Type: application/json' -d "{\"fiscalYear\": $year, \"region\": \"36.03\", \"budgetKind\": \"APBD\",
  \"stage\": \"MURNI\", \"accountCode\": \"5.1.02.02.02.0006\", \"programme\": \"JKK\", \"targetCategory\": \"NON_ASN\",
  \"targetParticipants\": 4000, \"amount\": 115200000, \"externalRef\": \"DEMO-$run\"}"

step "BPJS pushes 20 enrollments of non-ASN workers paid by the regency (JKK + JKM, risk class I, Rp 1,000,000)"
villages=(36.03.01.1001 36.03.01.2003 36.03.01.2005)
records=""
for i in $(seq 1 20); do
  day=$((i % 28 + 1)); sex=MALE; nikday=$day
  if [ $((i % 2)) -eq 0 ]; then sex=FEMALE; nikday=$((day + 40)); fi
  serial=$(( (run + i * 37) % 9000 + 1000 ))
  nik=$(printf '360301%02d%02d%02d%04d' "$nikday" 3 92 "$serial")
  records+=$(printf '{"eventId":"demo-%s-%d","type":"ENROLLED","occurredAt":"%s-01-05T08:00:00Z","kpj":"%011d",' \
    "$run" "$i" "$year" "$((run % 100000 * 100 + i))")
  records+=$(printf '"nik":"%s","fullName":"Peserta Demo %d","birthDate":"1992-03-%02d","sex":"%s",' \
    "$nik" "$i" "$day" "$sex")
  records+=$(printf '"segment":"PU","category":"NON_ASN","domicileRegion":"%s",' "${villages[$((i % 3))]}")
  records+=$(printf '"payer":{"type":"APBD_KABKOTA","region":"36.03"},"programmes":["JKK","JKM"],')
  records+=$(printf '"wageBase":1000000,"riskClass":1,"coverageStart":"%s-01-01"}' "$year")$'\n'
done
printf '%s' "$records" | curl -s -w '\n(HTTP %{http_code})\n' -X POST "$gateway/api/v1/enrollment-events" \
  -H "Authorization: Bearer $BPJS" -H 'Content-Type: application/x-ndjson' --data-binary @- \
  | sed -E 's/"results":\[.*\]/"results":[...]/'

step "Viewer of Banten reads coverage of 36.03 (events reach the reports within a second or two)"
sleep 3
call "$gateway/api/v1/reports/coverage/36.03" -H "Authorization: Bearer $VIEWER"

step "Viewer reads the budget position of 36.03 for $year (commitments follow the enrollments)"
call "$gateway/api/v1/reports/budget/36.03?year=$year" -H "Authorization: Bearer $VIEWER"
