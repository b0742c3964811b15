#!/usr/bin/env bash
# Builds the WordPress plugin's zip (artifacts/resistance-check-wordpress.zip), the file a
# site owner uploads in Plugins → Add New → Upload Plugin: the PHP and block files of
# integrations/wordpress/ and the widget's files from the release build in dist/ (run
# `bash scripts/build.sh` first; `--build` runs it).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" == "--build" ]]; then bash scripts/build.sh; fi
if [[ ! -f dist/resistance-check.js ]]; then
  echo "dist/resistance-check.js is missing: run bash scripts/build.sh first (or pass --build)" >&2
  exit 1
fi
staging=artifacts/wordpress-package
plugin=$staging/resistance-check
zip_path=$PWD/artifacts/resistance-check-wordpress.zip
rm -rf "$staging" "$zip_path"
mkdir -p "$plugin/dist"
cp -R integrations/wordpress/. "$plugin/"
# The release's own Apache headers (the wasm's type, the caches), as on any other host.
cp web/hosting/.htaccess "$plugin/dist/.htaccess"
# The loader and what it fetches from beside itself: the glue, the wasm, the stylesheet and
# the pop-up modes' file (rc-modes-*.js, fetched only by pages with a dialog or a launcher).
cp dist/resistance-check.js dist/resistance-check-*.js dist/resistance-check-*_bg.wasm dist/widget-*.css dist/rc-modes-*.js "$plugin/dist/"
(cd "$staging" && zip -qr -X "$zip_path" resistance-check)
echo "wrote ${zip_path#"$PWD"/} ($(du -k "$zip_path" | cut -f1) KB): $(cd "$staging" && find resistance-check -type f | wc -l) files"
