#!/usr/bin/env bash
# Builds the installable application with jpackage: an app image with its own trimmed Java runtime,
# and with --deb a Debian package. Run from anywhere; output goes to installer/out/.
set -euo pipefail
cd "$(dirname "$0")/.."

name=bioregions-explorer
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\)\(-SNAPSHOT\)\?</version>.*:\1:p' pom.xml | head -1)
out=installer/out

mvn -q -B -DskipTests package
rm -rf "$out"
mkdir -p "$out/input"
cp target/"$name"-*-app.jar "$out/input/$name.jar"

modules=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 "$out/input/$name.jar")
common=(--name "$name" --app-version "$version" --vendor "bioRegions Explorer"
  --description "Explorer of the Flanders and Wallonia bioRegions case studies"
  --input "$out/input" --main-jar "$name.jar" --main-class be.bioregions.explorer.app.Launcher
  --add-modules "$modules,jdk.localedata,jdk.crypto.ec"
  --jlink-options "--strip-debug --no-header-files --no-man-pages --compress=2"
  --java-options "-Xmx1g")

jpackage --type app-image --dest "$out" "${common[@]}"
echo "app image: $out/$name (start it with $out/$name/bin/$name)"

if [ "${1:-}" = "--deb" ]; then
  jpackage --type deb --dest "$out" "${common[@]}" --linux-package-deps libgtk-3-0 --linux-shortcut \
    --linux-menu-group Science
  ls "$out"/*.deb
fi
