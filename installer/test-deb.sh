#!/usr/bin/env bash
# End-to-end check of the Linux package, run by hand or by `.ci/run --installer` (never by the
# normal CI run): builds the .deb, installs it with dpkg, runs the installed `charcoal --selftest`
# and a headless start of the window under Xvfb, checks the menu entry, then removes the package
# and checks that the user's data dir is left alone. Needs root (dpkg), xvfb-run and imagemagick.
# Usage: installer/test-deb.sh [--no-build]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)

if [[ ${1:-} != --no-build ]]; then
  (cd "$root" && mvn -B -q package -DskipTests)
  "$here/linux/build.sh"
fi
deb=$(ls "$root"/target/installer/dist/charcoal_*.deb | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "test-deb: FAIL: $*" >&2; exit 1; }

echo "test-deb: installing $deb"
dpkg -i "$deb" >/dev/null 2>"$work/dpkg.err" || { cat "$work/dpkg.err"; apt-get -y -f install >/dev/null; }
dpkg -s charcoal >/dev/null || fail "package not installed"
[[ -x /usr/bin/charcoal ]] || fail "/usr/bin/charcoal missing"
[[ -f /usr/share/applications/charcoal.desktop ]] || fail "menu entry missing"
[[ -f /usr/share/icons/hicolor/512x512/apps/charcoal.png ]] || fail "icon missing"

echo "test-deb: charcoal --selftest (under Xvfb, so the JavaFX toolkit really starts)"
HOME=$work/home xvfb-run -a charcoal --selftest | tee "$work/selftest.out" || fail "selftest exited $?"
grep -q "javafx: ok" "$work/selftest.out" || fail "the JavaFX runtime did not start"

echo "test-deb: the command-line tools"
charcoal whisper create "$work/x.wsp" 60:10 >/dev/null || fail "whisper create"
charcoal whisper info "$work/x.wsp" | grep -q '"maxRetention":600' || fail "whisper info"

echo "test-deb: headless window start"
mkdir -p "$work/data"
xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
  HOME=$work/home /opt/charcoal/bin/charcoal --data $work/data >$work/app.log 2>&1 &
  app=\$!
  sleep 8
  import -window root $work/window.png
  kill -0 \$app || exit 3
  kill \$app; wait \$app || true
" || fail "the window did not stay up (log: $(tail -5 "$work/app.log"))"
colours=$(convert "$work/window.png" -format %k info:)
[[ $colours -gt 16 ]] || fail "the screenshot is blank ($colours colours)"
[[ -d $work/data/whisper ]] || fail "the app did not prepare its data dir"

echo "test-deb: removing"
touch "$work/home/keep-me"
dpkg -r charcoal >/dev/null
[[ ! -e /usr/bin/charcoal ]] || fail "/usr/bin/charcoal left behind"
[[ ! -e /usr/share/applications/charcoal.desktop ]] || fail "menu entry left behind"
[[ -f $work/home/keep-me && -d $work/data/whisper ]] || fail "user data was touched"
echo "test-deb: OK ($(du -h "$deb" | cut -f1) package)"
