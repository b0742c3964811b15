#!/usr/bin/env bash
# Installs what the WordPress stage of the test command needs, from Debian's packages and
# only when missing: PHP (CLI, Apache module, MySQL driver), MariaDB, Apache, WordPress
# and its default theme, and zip (for the plugin's package). No service is started or left
# running: the stage starts its own servers (tests/wordpress/site.mjs).
set -euo pipefail

say() { printf '[setup-wordpress] %s\n' "$*"; }

missing=()
command -v php >/dev/null || missing+=(php-cli)
{ command -v php >/dev/null && php -m | grep -qx mysqli; } || missing+=(php-mysql)
command -v mariadbd >/dev/null || missing+=(mariadb-server)
command -v apache2 >/dev/null || missing+=(apache2)
compgen -G '/usr/lib/apache2/modules/libphp*.so' >/dev/null || missing+=(libapache2-mod-php)
[[ -f /usr/share/wordpress/wp-settings.php ]] || missing+=(wordpress)
[[ -d /usr/share/wordpress/wp-content/themes/twentytwentythree ]] || missing+=(wordpress-theme-twentytwentythree)
command -v zip >/dev/null || missing+=(zip)

if ((${#missing[@]})); then
  say "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Packages' scripts must not start Apache or MariaDB as system services (policy-rc.d,
  # Debian's switch for that), unless the machine already has such a policy.
  policy=/usr/sbin/policy-rc.d
  own_policy=0
  if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod +x "$policy" && own_policy=1
  fi
  trap 'if ((own_policy)); then rm -f "$policy"; fi' EXIT
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
say "ready: $(php -r 'echo "PHP ", PHP_VERSION;'), $(mariadbd --version | grep -oE 'Ver [0-9.]+-MariaDB' || true), $(apache2 -v | head -1), WordPress $(php -r 'include "/usr/share/wordpress/wp-includes/version.php"; echo $wp_version;')"
