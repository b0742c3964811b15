#!/usr/bin/env bash
# The benchmark: installs what it needs, builds the release, then measures it
# (scripts/bench.mjs: sizes, load times against the static floor, layout shift, Lighthouse,
# the engine natively and in Chromium). Extra arguments go to bench.mjs, e.g. --loads 31.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# The machine is shared: measure without crowding anyone out.
exec nice -n 10 node scripts/bench.mjs "$@"
