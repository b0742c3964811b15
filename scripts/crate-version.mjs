// The release's version: the one in Cargo.toml, which the widget, its npm package and its
// WordPress plugin share (the loader's build and the package read it here).
import { readFile } from "node:fs/promises";
import { join } from "node:path";

/** The [package] version of the Cargo.toml in `root`. */
export async function crateVersion(root) {
  const cargo = await readFile(join(root, "Cargo.toml"), "utf8");
  const version = cargo.match(/^\[package\][^[]*?^version\s*=\s*"([^"]+)"/m)?.[1];
  if (!version) throw new Error("Cargo.toml has no [package] version");
  return version;
}
