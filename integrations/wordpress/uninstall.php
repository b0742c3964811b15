<?php
/**
 * Uninstalling the plugin removes what it stored: its settings, and any refused form values
 * waiting for a user's next view of the settings page, on every site of a network.
 *
 * @package ResistanceCheck
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

/** The current site's options and transients of the plugin. */
function resistance_check_uninstall_site() {
	global $wpdb;
	delete_option( 'resistance_check_settings' );
	$like = $wpdb->esc_like( '_transient_resistance_check_' ) . '%';
	$rows = $wpdb->get_col( $wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s", $like ) );
	foreach ( $rows as $option ) {
		delete_transient( substr( $option, strlen( '_transient_' ) ) );
	}
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $site_id ) {
		switch_to_blog( $site_id );
		resistance_check_uninstall_site();
		restore_current_blog();
	}
} else {
	resistance_check_uninstall_site();
}
