<?php
/**
 * Installs WordPress the way its install.php does, without WP-CLI (not a Debian package):
 * `php install.php SITE ADMIN PASSWORD SUBSCRIBER PASSWORD`. The administrator's editor
 * opens without its welcome guide, which would cover the block inserter.
 *
 * @package ResistanceCheck
 */

list( , $site, $admin, $admin_password, $subscriber, $subscriber_password ) = $argv;
define( 'WP_INSTALLING', true );
require $site . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$installed = wp_install( 'Resistance Check test clinic', $admin, 'admin@example.com', false, '', $admin_password );
if ( is_wp_error( $installed ) || empty( $installed['user_id'] ) ) {
	fwrite( STDERR, "WordPress did not install\n" );
	exit( 1 );
}
$subscriber_id = wp_insert_user(
	array(
		'user_login' => $subscriber,
		'user_pass'  => $subscriber_password,
		'user_email' => 'visitor@example.com',
		'role'       => 'subscriber',
	)
);
if ( is_wp_error( $subscriber_id ) ) {
	fwrite( STDERR, $subscriber_id->get_error_message() . "\n" );
	exit( 1 );
}
update_user_meta(
	$installed['user_id'],
	$GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences',
	array(
		'core/edit-post' => array( 'welcomeGuide' => false ),
		'_modified'      => gmdate( 'c' ),
	)
);
// Pretty permalinks, as most sites have them (site.mjs writes the matching .htaccess).
update_option( 'permalink_structure', '/%postname%/' );
echo "installed WordPress {$GLOBALS['wp_version']}\n";
