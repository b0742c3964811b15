#!/usr/bin/env bash
# Installs what building and testing the widget need, and nothing twice: the wasm target,
# trunk and wasm-bindgen-cli at pinned versions, Debian's Chromium and ChromeDriver, brotli,
# and the npm packages of package-lock.json. Quick when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.22.1
# wasm-bindgen-cli must equal the wasm-bindgen crate that Cargo.lock pins.
BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)

say() { printf '[setup] %s\n' "$*"; }

export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  rustup component list --installed | grep -q "^$component" || rustup component add "$component"
done

missing_apt=()
command -v chromium >/dev/null || missing_apt+=(chromium)
command -v chromedriver >/dev/null || missing_apt+=(chromium-driver)
command -v brotli >/dev/null || missing_apt+=(brotli)
command -v node >/dev/null || missing_apt+=(nodejs)
command -v npm >/dev/null || missing_apt+=(npm)
if ((${#missing_apt[@]})); then
  say "installing Debian packages: ${missing_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing_apt[@]}" >/dev/null
fi

if [[ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]]; then
  say "building trunk $TRUNK_VERSION (about 7 minutes, once)"
  # trunk 0.22.1 declares a newer rust-version than it needs.
  cargo install --locked --ignore-rust-version trunk --version "$TRUNK_VERSION"
fi

if [[ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $BINDGEN_VERSION" ]]; then
  say "building wasm-bindgen-cli $BINDGEN_VERSION (about 2 minutes, once)"
  # Without --locked: one of its pinned dependency versions is no longer on the registry.
  cargo install --force wasm-bindgen-cli --version "$BINDGEN_VERSION"
fi

# npm ci only when the lock file changed since the last install.
stamp=node_modules/.package-lock.sha
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ ! -f $stamp || "$(cat "$stamp")" != "$want" ]]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi
say "ready"
