#!/usr/bin/env bash
# Builds the installer of the OS this runs on (what `mvn -Pinstaller package` calls after packaging
# the jar): Linux → installer/linux/build.sh, macOS → installer/macos/build.sh. On Windows the
# profile runs installer/windows/build.ps1 instead.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
case $(uname -s) in
  Linux) exec "$here/linux/build.sh" "$@" ;;
  Darwin) exec "$here/macos/build.sh" "$@" ;;
  *) echo "installer: no installer for $(uname -s); see installer/README.md" >&2; exit 2 ;;
esac
