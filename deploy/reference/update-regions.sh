#!/usr/bin/env bash
# Compares a new Kemendagri region list (CSV with header kode,nama) with the one shipped in contracts and prints the
# codes added, renamed (same code, new name) and retired. With --write it takes the new list in: wilayah.csv,
# kecamatan_retired.csv (the districts it drops) and manifest.properties. The procedure is in docs/operations.md.
#
#   deploy/reference/update-regions.sh /path/to/new-wilayah.csv                  # look only
#   deploy/reference/update-regions.sh /path/to/new-wilayah.csv --write \
#     --source "Kemendagri, Kepmendagri <number>/<year> ..." --source-year <year> [--source-copy TEXT] [--copied DATE]
set -euo pipefail
if [ $# -lt 1 ]; then
  sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
candidate=$(readlink -f "$1")
shift
cd "$(dirname "$0")/../.."
. .build/jdk.sh
./mvnw -q -pl contracts compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt \
  -Dmdep.includeScope=runtime
exec java -cp "contracts/target/classes:$(cat contracts/target/classpath.txt)" \
  id.lindung.contracts.reference.RegionListUpdate contracts/src/main/resources/id/lindung/contracts/reference \
  "$candidate" "$@"
