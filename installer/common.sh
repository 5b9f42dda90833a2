# Shared by the per-OS build scripts (sourced, not run): the app's identity, the runtime's module
# list and the staging of jpackage's inputs from `mvn package`'s target/charcoal.jar + target/lib.

APP_NAME=charcoal
APP_TITLE=Charcoal
MAIN_CLASS=dev.charcoal.app.Main
VENDOR="Charcoal developers"
DESCRIPTION="Graphite on a laptop: Carbon, StatsD, Whisper and graphite-web's render API in one app"

# jpackage's --add-modules replaces the default module set, so every JDK module the jars use is
# named (jdeps per jar; java-stack.md §6.7). JavaFX comes from the platform jars on --module-path.
MODULES=javafx.controls,javafx.swing,java.desktop,java.sql,java.logging,java.management,jdk.management,jdk.jfr,jdk.unsupported,jdk.crypto.ec,java.naming,java.xml,java.net.http

JLINK_OPTIONS="--strip-debug --no-man-pages --no-header-files --strip-native-commands --compress=2"

# stage ROOT OUT: copies the app jar and its libraries to OUT/input (JavaFX left out: it is linked
# into the runtime from OUT/fxmods, where the platform jars with the native libraries go).
stage() {
  local root=$1 out=$2
  local target=$root/target
  if [[ ! -f $target/charcoal.jar || ! -d $target/lib ]]; then
    echo "installer: $target/charcoal.jar or $target/lib is missing; run 'mvn -B package -DskipTests' first" >&2
    return 1
  fi
  rm -rf "$out/input" "$out/fxmods"
  mkdir -p "$out/input/lib" "$out/fxmods"
  cp "$target/charcoal.jar" "$out/input/"
  local jar
  for jar in "$target"/lib/*.jar; do
    case $(basename "$jar") in
      javafx-*-linux.jar | javafx-*-mac.jar | javafx-*-mac-aarch64.jar | javafx-*-win.jar) cp "$jar" "$out/fxmods/" ;;
      javafx-*) ;; # the classifier-less javafx jars are empty shells
      *) cp "$jar" "$out/input/lib/" ;;
    esac
  done
}

# version ROOT: the project version from the pom, as jpackage wants it (digits and dots only).
version() {
  sed -n 's:.*<version>\([0-9][0-9.]*\)[^<]*</version>.*:\1:p' "$1/pom.xml" | head -1
}
