#!/bin/sh
# build.sh regenerates static/vendor/ from the versions pinned in
# package.json and package-lock.json. The copied files are committed so that
# `go build` needs neither npm nor the network; run this only to change a
# version:  cd graph/explore/web && sh build.sh
set -eu
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --ignore-scripts
mkdir -p static/vendor
cp node_modules/cytoscape/dist/cytoscape.min.js static/vendor/cytoscape.min.js
cp node_modules/cytoscape/LICENSE static/vendor/cytoscape.LICENSE
echo "static/vendor: cytoscape $(node -p 'require("./node_modules/cytoscape/package.json").version')"
