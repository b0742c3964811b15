#!/usr/bin/env bash
# Builds examples/bare_yew.rs (the smallest Yew app) as Trunk builds the widget (release
# profile, wasm-bindgen, wasm-opt -Oz) and prints its wasm and glue sizes: raw, gzip -9 and
# brotli. The benchmark quotes it as the part of the widget's weight that is Yew itself.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
out=target/bare-yew
mkdir -p "$out"
cargo build --quiet --release --target wasm32-unknown-unknown --example bare_yew
wasm-bindgen --target web --out-dir "$out" --no-typescript \
  target/wasm32-unknown-unknown/release/examples/bare_yew.wasm
wasm-opt -Oz --enable-bulk-memory --enable-sign-ext --enable-nontrapping-float-to-int \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/bare_yew_bg.wasm" -o "$out/bare_yew_bg.wasm"
# Minified as scripts/finalize-dist.mjs minifies the widget's glue.
node --input-type=module -e '
  import { readFile, writeFile } from "node:fs/promises";
  import { transform } from "esbuild";
  const [from, to] = process.argv.slice(1);
  const { code } = await transform(await readFile(from, "utf8"), { loader: "js", format: "esm", minify: true, charset: "utf8" });
  await writeFile(to, code);
' "$out/bare_yew.js" "$out/bare_yew.min.js"
total_raw=0; total_gzip=0; total_brotli=0
for file in "$out/bare_yew_bg.wasm" "$out/bare_yew.min.js"; do
  raw=$(stat -c%s "$file"); gzip=$(gzip -9c "$file" | wc -c); brotli=$(brotli -c -q 11 "$file" | wc -c)
  printf '%-28s %9d %9d %9d\n' "$(basename "$file")" "$raw" "$gzip" "$brotli"
  total_raw=$((total_raw + raw)); total_gzip=$((total_gzip + gzip)); total_brotli=$((total_brotli + brotli))
done
printf '%-28s %9d %9d %9d\n' "bare Yew total" "$total_raw" "$total_gzip" "$total_brotli"
