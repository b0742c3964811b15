#!/usr/bin/env bash
# Measures what the hand-written size savings recorded in docs/decisions.md are worth:
# builds the release widget as it is and with each saving undone, in a scratch worktree of
# HEAD, and prints the size report of each. Usage: bash scripts/size-variants.sh
#   std-sort   src/sorting.rs's insertion sort replaced by the standard stable sort
#   dlmalloc   the standard allocator instead of talc (src/lib.rs)
# About 3 minutes a build; nothing in the working tree changes.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
scratch=$(mktemp -d)
git worktree add --quiet --detach "$scratch/tree" HEAD
trap 'git worktree remove --force "$scratch/tree"; rm -rf "$scratch"' EXIT
ln -s "$root/node_modules" "$scratch/tree/node_modules"
# One target folder for every variant: only the crate itself is rebuilt each time.
export CARGO_TARGET_DIR="$root/target/size-variants"

build() {
  (cd "$scratch/tree" && trunk build --release --offline --dist "$scratch/$1" >"$scratch/$1.log" 2>&1) ||
    { cat "$scratch/$1.log"; exit 1; }
  echo "== $1"
  node "$root/scripts/size-report.mjs" "$scratch/$1"
}

build as-is
# The insertion sort's body becomes the standard library's stable sort.
perl -0pi -e 's/(pub fn sort_by_key<T, K: Ord>\(items: &mut \[T\], mut key: impl FnMut\(&T\) -> K\) \{\n).*?\n\}\n/$1    items.sort_by_key(key);\n}\n/s' \
  "$scratch/tree/src/sorting.rs"
grep -q "items.sort_by_key(key);" "$scratch/tree/src/sorting.rs"
build std-sort
git -C "$scratch/tree" checkout --quiet -- src/sorting.rs
# No #[global_allocator]: Rust's default for wasm32, dlmalloc.
perl -0pi -e 's/#\[global_allocator\]\n.*?;\n//s' "$scratch/tree/src/lib.rs"
! grep -q "global_allocator" "$scratch/tree/src/lib.rs"
build dlmalloc
