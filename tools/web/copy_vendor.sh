#!/usr/bin/env bash
# Copies the dashboard's third-party assets from npm into core/src/main/resources/org/marsad/web/vendor
# (run from the checkout root; the copies are committed so the server needs no network and no build step).
#   leaflet 1.9.4 (BSD-2-Clause)  ->  vendor/leaflet/{leaflet.js,leaflet.css,images/,LICENSE}
#   @fontsource/noto-naskh-arabic (SIL OFL 1.1) -> vendor/fonts/*.woff2 + OFL.txt
set -euo pipefail
N=.ci/node
(cd "$N" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm i --no-audit --no-fund leaflet@1.9.4 @fontsource/noto-naskh-arabic)
W=core/src/main/resources/org/marsad/web/vendor
mkdir -p "$W/leaflet/images" "$W/fonts"
cp "$N"/node_modules/leaflet/dist/leaflet.{js,css} "$W/leaflet/"
cp "$N"/node_modules/leaflet/dist/images/* "$W/leaflet/images/"
cp "$N"/node_modules/leaflet/LICENSE "$W/leaflet/LICENSE"
F="$N"/node_modules/@fontsource/noto-naskh-arabic
for w in 400 700; do cp "$F"/files/noto-naskh-arabic-{arabic,latin}-$w-normal.woff2 "$W/fonts/"; done
cp "$F"/LICENSE "$W/fonts/OFL.txt"
