#!/usr/bin/env bash
# Builds the release widget into dist/ with Trunk (offline: tools come from PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release --offline "$@"
