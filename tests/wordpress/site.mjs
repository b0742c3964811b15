// A throwaway WordPress for the plugin's stage: Debian's WordPress copied into a temporary
// folder with its own wp-config.php, a MariaDB server on a socket in that folder, and
// Apache with mod_php on a free port of 127.0.0.1, the way most WordPress sites are served.
// Nothing is left behind: stop() ends both servers and removes the folder.
import { execFile, spawn } from "node:child_process";
import { chmod, cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
export const WORDPRESS_SOURCE = "/usr/share/wordpress";
export const ADMIN = { user: "admin", password: "rc-admin-password-1" };
export const SUBSCRIBER = { user: "visitor", password: "rc-visitor-password-1" };
const AS_ROOT = process.getuid?.() === 0;

/** A port nobody listens on now. */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Polls `ready` until it resolves true, up to `ms`. */
export async function waitFor(what, ready, ms = 30_000) {
  const until = Date.now() + ms;
  for (;;) {
    if (await ready().catch(() => false)) return;
    if (Date.now() > until) throw new Error(`${what} did not start within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function startDatabase(root) {
  const data = join(root, "db");
  const socket = join(root, "mysqld.sock");
  const user = AS_ROOT ? ["--user=root"] : [];
  await run("mariadb-install-db", ["--no-defaults", `--datadir=${data}`, "--auth-root-authentication-method=normal", "--skip-test-db", ...user]);
  const server = spawn("mariadbd", ["--no-defaults", `--datadir=${data}`, `--socket=${socket}`, `--pid-file=${join(root, "mysqld.pid")}`, "--skip-networking", `--log-error=${join(root, "mysqld.log")}`, ...user], { stdio: "ignore" });
  const sql = (statement) => run("mariadb", ["--no-defaults", `--socket=${socket}`, "-uroot", "-e", statement]);
  await waitFor("MariaDB", async () => (await sql("SELECT 1"), true));
  await sql("CREATE DATABASE wordpress; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wordpress.* TO 'wp'@'localhost';");
  return { server, socket };
}

const WP_CONFIG = ({ socket, url }) => `<?php
// Written by tests/wordpress/site.mjs for one test run.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', 'wp' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'FS_METHOD', 'direct' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
foreach ( array( 'AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE' ) as $key ) {
	define( "{$key}_KEY", '${Math.random().toString(36).slice(2)}' . $key );
	define( "{$key}_SALT", '${Math.random().toString(36).slice(2)}' . $key );
}
$table_prefix = 'wp_';
define( 'ABSPATH', __DIR__ . '/' );
require_once ABSPATH . 'wp-settings.php';
`;

const REWRITE_RULES = `# BEGIN WordPress
<IfModule mod_rewrite.c>
RewriteEngine On
RewriteBase /
RewriteRule ^index\\.php$ - [L]
RewriteCond %{REQUEST_FILENAME} !-f
RewriteCond %{REQUEST_FILENAME} !-d
RewriteRule . /index.php [L]
</IfModule>
# END WordPress
`;

/** Debian's WordPress files, with a wp-content of our own that the web server may write. */
async function copyWordPress(root, config) {
  const site = join(root, "wordpress");
  await cp(WORDPRESS_SOURCE, site, { recursive: true, dereference: true });
  await rm(join(site, "wp-content"), { recursive: true, force: true });
  await mkdir(join(site, "wp-content", "plugins"), { recursive: true });
  await mkdir(join(site, "wp-content", "uploads"), { recursive: true });
  await cp(join(WORDPRESS_SOURCE, "wp-content", "themes"), join(site, "wp-content", "themes"), { recursive: true, dereference: true });
  await writeFile(join(site, "wp-config.php"), WP_CONFIG(config));
  // WordPress's own rewrite rules, as a site with pretty permalinks has them (Debian's
  // .htaccess has them commented out): /favicon.ico and the pages go through WordPress.
  await writeFile(join(site, ".htaccess"), REWRITE_RULES);
  if (AS_ROOT) await run("chown", ["-R", "www-data:www-data", join(site, "wp-content")]);
  return site;
}

async function phpModule() {
  const { stdout } = await run("bash", ["-c", "ls /usr/lib/apache2/modules/libphp*.so | head -1"]);
  return stdout.trim();
}

const APACHE_CONFIG = async ({ root, site, port }) => {
  const module = (name, file = `mod_${name}.so`) => `LoadModule ${name}_module /usr/lib/apache2/modules/${file}`;
  return [
    // mod_unixd and mod_log_config are built into Debian's apache2.
    module("mpm_prefork"), module("authz_core"), module("dir"), module("mime"), module("rewrite"),
    module("headers"), module("filter"), module("deflate"), module("setenvif"),
    `LoadModule php_module ${await phpModule()}`,
    `ServerName 127.0.0.1`, `Listen 127.0.0.1:${port}`, `PidFile ${root}/apache.pid`, `DefaultRuntimeDir ${root}`,
    `Mutex file:${root} default`, `ErrorLog ${root}/apache-error.log`, `LogLevel warn`,
    ...(AS_ROOT ? ["User www-data", "Group www-data"] : []),
    `TypesConfig /etc/mime.types`, `DocumentRoot ${site}`, `DirectoryIndex index.php index.html`,
    `<Directory />`, `  AllowOverride None`, `  Require all denied`, `</Directory>`,
    `<Directory ${site}>`, `  AllowOverride All`, `  Require all granted`, `</Directory>`,
    `<FilesMatch "\\.php$">`, `  SetHandler application/x-httpd-php`, `</FilesMatch>`,
    `StartServers 2`, `MaxRequestWorkers 8`, "",
  ].join("\n");
};

async function startApache(root, site, port) {
  const conf = join(root, "apache.conf");
  await writeFile(conf, await APACHE_CONFIG({ root, site, port }));
  await run("apache2", ["-f", conf, "-k", "start"]);
  await waitFor("Apache", async () => (await fetch(`http://127.0.0.1:${port}/wp-includes/images/blank.gif`)).ok);
  return conf;
}

/** Runs one of tests/wordpress/*.php with the site's WordPress loaded. */
export const runPhp = (site, script, args = []) =>
  run("php", [join(import.meta.dirname, script), site, ...args], { env: { ...process.env } });

/** Ends whatever of the servers started and removes the folder. */
async function stopSite({ root, db, conf }) {
  if (conf) await run("apache2", ["-f", conf, "-k", "stop"]).catch(() => {});
  if (db?.server.exitCode === null) {
    const exited = new Promise((resolve) => db.server.once("exit", resolve));
    db.server.kill("SIGTERM");
    await exited;
  }
  await rm(root, { recursive: true, force: true });
}

/** Starts everything and installs WordPress with an administrator and a subscriber. */
export async function startSite() {
  const root = await mkdtemp(join(tmpdir(), "rc-wordpress-"));
  await chmod(root, 0o755);
  const started = { root };
  try {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    started.db = await startDatabase(root);
    const site = await copyWordPress(root, { socket: started.db.socket, url });
    started.conf = await startApache(root, site, port);
    await runPhp(site, "install.php", [ADMIN.user, ADMIN.password, SUBSCRIBER.user, SUBSCRIBER.password]);
    return { url, site, root, logs: () => siteLogs(root), stop: () => stopSite(started) };
  } catch (error) {
    const logs = await siteLogs(root);
    await stopSite(started);
    throw new Error(`${error.message}\n${logs}`);
  }
}

/** The Apache, MariaDB and PHP errors of the run, for a failing test's message. */
const siteLogs = async (root) =>
  (await Promise.all(["apache-error.log", "mysqld.log", "wordpress/wp-content/debug.log"].map((f) => readFile(join(root, f), "utf8").catch(() => ""))))
    .filter(Boolean)
    .map((text) => text.split("\n").slice(-15).join("\n"))
    .join("\n");
