#!/usr/bin/env bash
# Re-fetch the JavaScript/CSS libraries the map uses from the npm registry and
# copy their dist files (and licences) into static/vendor/.
#
# Why: folium loads Leaflet from CDNs, which fail offline and inside the
# Streamlit app; we serve pinned copies ourselves (see layers/assets.py).
# Usage: scripts/vendor_assets.sh   (needs npm and network; run from anywhere)
set -euo pipefail

LEAFLET_VERSION="1.9.4"
MARKERCLUSTER_VERSION="1.5.3"

here="$(cd "$(dirname "$0")/.." && pwd)"
dest="$here/static/vendor"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cd "$tmp"
npm pack --silent "leaflet@${LEAFLET_VERSION}" >/dev/null
npm pack --silent "leaflet.markercluster@${MARKERCLUSTER_VERSION}" >/dev/null
mkdir leaflet markercluster
tar -xzf "leaflet-${LEAFLET_VERSION}.tgz" -C leaflet --strip-components=1
tar -xzf "leaflet.markercluster-${MARKERCLUSTER_VERSION}.tgz" -C markercluster --strip-components=1

rm -rf "$dest/leaflet" "$dest/leaflet.markercluster"
mkdir -p "$dest/leaflet/images" "$dest/leaflet.markercluster"
cp leaflet/dist/leaflet.js leaflet/dist/leaflet.css "$dest/leaflet/"
cp leaflet/dist/images/*.png "$dest/leaflet/images/"
cp leaflet/LICENSE "$dest/leaflet/LICENSE"
cp markercluster/dist/leaflet.markercluster.js \
   markercluster/dist/MarkerCluster.css \
   markercluster/dist/MarkerCluster.Default.css "$dest/leaflet.markercluster/"
cp markercluster/MIT-LICENCE.txt "$dest/leaflet.markercluster/LICENSE" 2>/dev/null \
  || cp markercluster/LICENSE* "$dest/leaflet.markercluster/LICENSE"

echo "vendored leaflet@${LEAFLET_VERSION}, leaflet.markercluster@${MARKERCLUSTER_VERSION} into $dest"
