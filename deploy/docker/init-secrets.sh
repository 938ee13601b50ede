#!/bin/sh
# Creates the secrets docker-compose.yml mounts, once: database passwords, enrollment-service's NIK keys and a JWT key
# pair for trying the suite with tokens from ./deploy/docker/token.sh. Existing files are kept, so running it again is
# harmless and NIKs stored earlier stay readable. Needs openssl. Usage: deploy/docker/init-secrets.sh
set -eu
dir="$(cd "$(dirname "$0")" && pwd)/secrets"
mkdir -p "$dir"
# only you may list the directory; the files themselves are bind-mounted into the containers as they are, and the
# containers' users (postgres, uid 185) must be able to read them
chmod 700 "$dir"

create() { # create NAME COMMAND...: writes the output of COMMAND to NAME unless NAME exists
  name=$1
  shift
  if [ ! -s "$dir/$name" ]; then
    "$@" > "$dir/$name.tmp"
    chmod 644 "$dir/$name.tmp"
    mv "$dir/$name.tmp" "$dir/$name"
    echo "created deploy/docker/secrets/$name"
  fi
}

create postgres-password openssl rand -hex 24
create enrollment-db-password openssl rand -hex 24
create budget-db-password openssl rand -hex 24
create reporting-db-password openssl rand -hex 24
# HMAC-SHA256 key of the NIK index and AES-256-GCM key of the stored NIK: 32 random bytes, Base64
create nik-hash-key openssl rand -base64 32
create nik-encryption-key openssl rand -base64 32
# RS256 key pair: the services get the public key; keep the private key to sign tokens (token.sh), or use your
# identity provider's key instead (see README, "Run with Docker Compose")
if [ ! -s "$dir/jwt-private.pem" ]; then
  (umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/jwt-private.pem" 2>/dev/null)
  echo "created deploy/docker/secrets/jwt-private.pem"
fi
create jwt-public.pem openssl pkey -in "$dir/jwt-private.pem" -pubout
