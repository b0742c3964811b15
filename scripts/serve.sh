#!/usr/bin/env bash
# Builds the release widget and serves the demo clinic page on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
exec node scripts/serve.mjs --root dist --port "${PORT:-8080}"
