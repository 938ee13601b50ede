#!/bin/sh
# Signs a bearer token with the key pair of init-secrets.sh, for trying the suite under Docker Compose:
#
#   deploy/docker/token.sh --role viewer [--region 36] [--subject alice] [--ttl 3600]
#
# --role takes one role or several separated by commas (finance, planner, bpjs, viewer, admin); --region scopes the
# token to a Kemendagri code. Issuer and audience are read from .env (LINDUNG_JWT_ISSUER, LINDUNG_JWT_AUDIENCE), as the
# services are. Needs openssl. Production tokens come from the identity provider instead.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
env_file="${LINDUNG_ENV_FILE:-$here/../../.env}"
key="${LINDUNG_JWT_PRIVATE_KEY:-$here/secrets/jwt-private.pem}"

setting() { # setting NAME: the value of NAME in the environment, else in .env
  eval "value=\${$1:-}"
  if [ -z "$value" ] && [ -f "$env_file" ]; then
    value=$(sed -n "s/^$1=//p" "$env_file" | tail -n 1)
  fi
  [ -n "$value" ] || { echo "token.sh: $1 is not set (in the environment or $env_file)" >&2; exit 2; }
  printf '%s' "$value"
}

roles=""
region=""
subject="${USER:-someone}"
ttl=3600
while [ $# -gt 0 ]; do
  case "$1" in
    --role) roles=$2; shift 2 ;;
    --region) region=$2; shift 2 ;;
    --subject) subject=$2; shift 2 ;;
    --ttl) ttl=$2; shift 2 ;;
    *) echo "usage: $0 --role ROLE[,ROLE...] [--region CODE] [--subject NAME] [--ttl SECONDS]" >&2; exit 2 ;;
  esac
done
[ -n "$roles" ] || { echo "token.sh: --role is required (finance, planner, bpjs, viewer or admin)" >&2; exit 2; }
case "$roles$region$subject" in
  *[\"\\]*) echo "token.sh: quotes and backslashes are not allowed in roles, region or subject" >&2; exit 2 ;;
esac
case "$ttl" in
  ''|*[!0-9]*) echo "token.sh: --ttl takes whole seconds" >&2; exit 2 ;;
esac
[ -s "$key" ] || { echo "token.sh: no private key at $key; run deploy/docker/init-secrets.sh first" >&2; exit 2; }

issuer=$(setting LINDUNG_JWT_ISSUER)
audience=$(setting LINDUNG_JWT_AUDIENCE)
now=$(date +%s)
groups=$(printf '%s' "$roles" | sed 's/[[:space:]]//g; s/,/","/g')
claims=$(printf '{"iss":"%s","aud":"%s","sub":"%s","upn":"%s","groups":["%s"],' "$issuer" "$audience" "$subject" "$subject" "$groups")
if [ -n "$region" ]; then
  claims="$claims$(printf '"region":"%s",' "$region")"
fi
claims="$claims$(printf '"iat":%d,"exp":%d,"jti":"%s"}' "$now" $((now + ttl)) "$(openssl rand -hex 16)")"

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
signing_input="$(printf '%s' '{"alg":"RS256","typ":"JWT"}' | b64url).$(printf '%s' "$claims" | b64url)"
signature=$(printf '%s' "$signing_input" | openssl dgst -sha256 -sign "$key" -binary | b64url)
printf '%s.%s\n' "$signing_input" "$signature"
