#!/usr/bin/env bash
# Builds Charcoal's Linux packages from `mvn package`'s output: an app image (portable .tar.gz), a
# .deb, and a .rpm where rpmbuild exists. Usage: installer/linux/build.sh [--deb-only]
# Output: target/installer/dist/. Timings and sizes are printed at the end.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
source "$here/../common.sh"

out=$root/target/installer
dist=$out/dist
version=$(version "$root")
started=$(date +%s)

stage "$root" "$out"
rm -rf "$dist" "$out/image"
mkdir -p "$dist" "$out/image"

echo "installer: app image (jlinked runtime with JavaFX) ..."
jpackage --type app-image --name "$APP_NAME" --app-version "$version" \
  --vendor "$VENDOR" --description "$DESCRIPTION" \
  --input "$out/input" --main-jar charcoal.jar --main-class "$MAIN_CLASS" \
  --module-path "$out/fxmods" --add-modules "$MODULES" \
  --jlink-options "$JLINK_OPTIONS" \
  --icon "$here/../icons/charcoal.png" \
  --dest "$out/image"
# The desktop entry travels inside the image next to the icon jpackage put in lib/ (jpackage
# rebuilds share/ when it packages an image); the .deb's postinst puts both in place.
cp "$here/charcoal.desktop" "$out/image/$APP_NAME/lib/"

arch=$(uname -m)
tar -C "$out/image" -czf "$dist/$APP_NAME-$version-linux-$arch.tar.gz" "$APP_NAME"
echo "installer: portable archive $dist/$APP_NAME-$version-linux-$arch.tar.gz"

# Our own postinst/prerm (in resources/) put the menu entry, the icon and /usr/bin/charcoal in
# place without xdg-utils, which fails on minimal systems (java-stack.md §6.9).
package() {
  local type=$1
  jpackage --type "$type" --app-image "$out/image/$APP_NAME" --name "$APP_NAME" \
    --app-version "$version" --vendor "$VENDOR" --description "$DESCRIPTION" \
    --license-file "$root/LICENSE" --resource-dir "$here/resources" \
    --linux-package-name "$APP_NAME" --linux-app-category utils \
    --linux-deb-maintainer "charcoal@localhost" \
    --linux-package-deps "libgtk-3-0, libgl1, libxxf86vm1, libxtst6" \
    --install-dir /opt --dest "$dist"
}

echo "installer: .deb ..."
package deb
if command -v rpmbuild >/dev/null; then
  echo "installer: .rpm ..."
  package rpm
else
  echo "installer: rpmbuild not found, no .rpm"
fi

echo "installer: done in $(($(date +%s) - started)) s"
ls -l "$dist"
du -sh "$out/image/$APP_NAME"
