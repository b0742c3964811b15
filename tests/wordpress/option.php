<?php
/**
 * Prints the plugin's stored option as JSON (false when absent): `php option.php SITE`.
 *
 * @package ResistanceCheck
 */

require $argv[1] . '/wp-load.php';
echo wp_json_encode( get_option( 'resistance_check_settings' ) ), "\n";
