# Builds Charcoal's Windows installer from `mvn package`'s output: an .msi (per-user install, Start
# menu entry) and a portable .zip of the app image. Run on Windows with a JDK 17 (jpackage) and the
# WiX Toolset 3 on PATH (jpackage needs it for .msi). Not exercised by CI; see installer/README.md.
$ErrorActionPreference = 'Stop'
$root = Resolve-Path "$PSScriptRoot\..\.."
$out = "$root\target\installer"
$dist = "$out\dist"
$version = ([xml](Get-Content "$root\pom.xml")).project.version -replace '[^0-9.].*$', ''
$modules = 'javafx.controls,javafx.swing,java.desktop,java.sql,java.logging,java.management,jdk.management,jdk.jfr,jdk.unsupported,jdk.crypto.ec,java.naming,java.xml,java.net.http'

if (-not (Test-Path "$root\target\charcoal.jar")) { throw "run 'mvn -B package -DskipTests' first" }
Remove-Item -Recurse -Force -ErrorAction SilentlyContinue "$out\input", "$out\fxmods", "$out\image", $dist
New-Item -ItemType Directory -Force "$out\input\lib", "$out\fxmods", "$out\image", $dist | Out-Null
Copy-Item "$root\target\charcoal.jar" "$out\input\"
foreach ($jar in Get-ChildItem "$root\target\lib\*.jar") {
  if ($jar.Name -like 'javafx-*-win.jar') { Copy-Item $jar.FullName "$out\fxmods\" }
  elseif ($jar.Name -notlike 'javafx-*') { Copy-Item $jar.FullName "$out\input\lib\" }
}

jpackage --type app-image --name Charcoal --app-version $version --vendor 'Charcoal developers' `
  --input "$out\input" --main-jar charcoal.jar --main-class dev.charcoal.app.Main `
  --module-path "$out\fxmods" --add-modules $modules `
  --jlink-options '--strip-debug --no-man-pages --no-header-files --strip-native-commands --compress=2' `
  --icon "$PSScriptRoot\..\icons\charcoal.ico" --add-launcher "charcoal-cli=$PSScriptRoot\charcoal-cli.properties" `
  --dest "$out\image"
Compress-Archive -Path "$out\image\Charcoal" -DestinationPath "$dist\Charcoal-$version-windows.zip"
jpackage --type msi --app-image "$out\image\Charcoal" --name Charcoal --app-version $version `
  --vendor 'Charcoal developers' --license-file "$root\LICENSE" `
  --win-per-user-install --win-menu --win-menu-group Charcoal --win-shortcut --win-dir-chooser `
  --dest $dist
Get-ChildItem $dist
