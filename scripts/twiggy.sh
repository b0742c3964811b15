#!/usr/bin/env bash
# Shows what the release wasm is made of: builds it as Trunk does (release profile,
# wasm-bindgen, wasm-opt -Oz) but keeps the function names, then runs twiggy on it.
# Usage: bash scripts/twiggy.sh [top|dominators|monos|garbage] [twiggy options...]
# Needs twiggy 0.8.0: cargo install --locked twiggy --version 0.8.0
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
out=target/twiggy
mkdir -p "$out"
# Names survive only when the profile does not strip them (the shipped build does).
CARGO_PROFILE_RELEASE_STRIP=none cargo build --release --target wasm32-unknown-unknown --bin resistance-check
wasm-bindgen --target web --out-dir "$out" --no-typescript \
  target/wasm32-unknown-unknown/release/resistance-check.wasm
wasm-opt -Oz -g --enable-bulk-memory --enable-sign-ext --enable-nontrapping-float-to-int \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/resistance-check_bg.wasm" -o "$out/named.wasm"
command=${1:-top}
shift || true
if [[ $command == top && $# -eq 0 ]]; then set -- -n 40; fi
twiggy "$command" "$@" "$out/named.wasm"
