<?php
/**
 * The clinic's saved defaults and the overrides a block or shortcode gives, each checked by
 * the widget's rules: what a widget on a page is built from.
 *
 * @package ResistanceCheck
 */

defined( 'ABSPATH' ) || exit;

/** The attribute list (includes/fields.php), read once. */
function resistance_check_fields() {
	static $fields = null;
	$fields ??= require __DIR__ . '/fields.php';
	return $fields;
}

/** The saved settings, with the defaults of a plugin never set up. */
function resistance_check_settings() {
	$saved = get_option( RESISTANCE_CHECK_OPTION, array() );
	return array_merge( resistance_check_default_settings(), is_array( $saved ) ? $saved : array() );
}

/** Nothing is set but what the widget passes on by default, so no demo contact is ever shown. */
function resistance_check_default_settings() {
	$defaults = array_fill_keys( array_keys( resistance_check_fields() ), '' );
	$defaults['utm-params'] = RESISTANCE_CHECK_DEFAULT_UTM;
	$defaults['paths']      = 'quick detailed';
	$defaults['weekly']     = array();
	$defaults['special']    = array();
	return array_merge( $defaults, resistance_check_launcher_defaults() );
}

/** The site's own time zone when WordPress has a named one (Settings → General), else null. */
function resistance_check_site_time_zone() {
	$zone = function_exists( 'wp_timezone_string' ) ? wp_timezone_string() : '';
	return resistance_check_time_zone( $zone )[0];
}

/**
 * A raw value from a form, block or shortcode as the widget's attribute text: checkboxes
 * of a path list joined, everything else as a string.
 */
function resistance_check_raw_text( $value ) {
	if ( is_array( $value ) ) {
		return implode( ' ', array_map( 'strval', $value ) );
	}
	return is_scalar( $value ) ? wp_unslash( (string) $value ) : '';
}

/**
 * The overrides of a block or shortcode: [ values, messages ]. Unknown names are ignored; a
 * bad value is dropped (the setting applies) and its message kept for editors to see.
 */
function resistance_check_overrides( $given ) {
	$fields   = resistance_check_fields();
	$values   = array();
	$messages = array();
	foreach ( (array) $given as $name => $raw ) {
		if ( is_int( $name ) ) {
			// A valueless shortcode attribute ([resistance_check share-verdict]) is a flag.
			list( $name, $raw ) = array( (string) $raw, '' );
		} elseif ( '' === $raw || null === $raw ) {
			continue;
		}
		$name = str_replace( '_', '-', strtolower( (string) $name ) );
		if ( ! isset( $fields[ $name ] ) ) {
			continue;
		}
		list( $kind, , $options ) = $fields[ $name ];
		list( $value, $message )  = resistance_check_check( $name, $kind, $options, resistance_check_raw_text( $raw ) );
		if ( null === $message ) {
			$values[ $name ] = $value;
		} else {
			$messages[] = $message;
		}
	}
	return array( $values, $messages );
}

/** The required settings still empty, by label. */
function resistance_check_missing( $config ) {
	$missing = array();
	foreach ( resistance_check_fields() as $name => list( , $label, $options ) ) {
		if ( ! empty( $options['required'] ) && '' === (string) ( $config[ $name ] ?? '' ) ) {
			$missing[] = $label;
		}
	}
	if ( empty( $config['weekly'] ) ) {
		$missing[] = __( 'Weekly hours', 'resistance-check' );
	}
	return $missing;
}
