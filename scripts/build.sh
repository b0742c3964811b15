#!/usr/bin/env bash
# Builds the release widget into dist/ with Trunk (offline: tools come from PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release --offline "$@"
# The response headers the release ships for hosts (Apache, nginx, static hosts' _headers):
# beside the files they are for, and applied by scripts/serve.mjs.
cp web/hosting/_headers web/hosting/.htaccess web/hosting/nginx.conf dist/
