#!/usr/bin/env bash
# Lints the committed OpenAPI documents (the gateway's merged one and each service's own) with Spectral (spectral:oas)
# and Redocly (recommended), at the versions package.json pins. Fails on any error of either; warnings are fixed or
# turned off with a reason in .spectral.yaml and redocly.yaml. Needs Node.js and npm (the packages come from npm).
set -euo pipefail
cd "$(dirname "$0")"
documents=(lindung.json enrollment-service.json budget-service.json reporting-service.json)

if [ ! -x node_modules/.bin/spectral ] || [ ! -x node_modules/.bin/redocly ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

echo "== Spectral (spectral:oas, .spectral.yaml)"
node_modules/.bin/spectral lint --ruleset .spectral.yaml --fail-severity error --format text "${documents[@]}"
echo "== Redocly (recommended, redocly.yaml)"
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true \
  node_modules/.bin/redocly lint --config redocly.yaml --format stylish "${documents[@]}"
echo "lint: 0 errors in ${documents[*]}"
