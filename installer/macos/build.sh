#!/usr/bin/env bash
# Builds Charcoal's macOS installer from `mvn package`'s output: a .dmg and a portable .zip of the
# app. Run on macOS with a JDK 17 (jpackage) and Xcode's command-line tools (iconutil, sips).
# Not exercised by CI (which runs on Linux); see installer/README.md.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
source "$here/../common.sh"

out=$root/target/installer
dist=$out/dist
version=$(version "$root")
stage "$root" "$out"
rm -rf "$dist" "$out/image" "$out/charcoal.iconset"
mkdir -p "$dist" "$out/image" "$out/charcoal.iconset"

# The .icns is made here from the one PNG, so the repository holds a single icon source.
for size in 16 32 64 128 256 512; do
  sips -z $size $size "$here/../icons/charcoal.png" --out "$out/charcoal.iconset/icon_${size}x${size}.png" >/dev/null
done
iconutil -c icns "$out/charcoal.iconset" -o "$out/charcoal.icns"

jpackage --type app-image --name "$APP_TITLE" --app-version "$version" \
  --vendor "$VENDOR" --description "$DESCRIPTION" \
  --input "$out/input" --main-jar charcoal.jar --main-class "$MAIN_CLASS" \
  --module-path "$out/fxmods" --add-modules "$MODULES" --jlink-options "$JLINK_OPTIONS" \
  --icon "$out/charcoal.icns" --mac-package-identifier dev.charcoal \
  --dest "$out/image"
(cd "$out/image" && zip -qr "$dist/$APP_TITLE-$version-macos.zip" "$APP_TITLE.app")
jpackage --type dmg --app-image "$out/image/$APP_TITLE.app" --name "$APP_TITLE" \
  --app-version "$version" --vendor "$VENDOR" --license-file "$root/LICENSE" --dest "$dist"
ls -l "$dist"
