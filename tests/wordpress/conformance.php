<?php
/**
 * The plugin's PHP checks against the widget's Rust ones: every case that
 * tests/wordpress_rules.rs wrote to rules-cases.json from the widget's own code must be
 * accepted with the same stored value, or refused with the same message. Plain PHP CLI:
 * `php tests/wordpress/conformance.php`. Prints "N passed; M failed".
 *
 * @package ResistanceCheck
 */

const RESISTANCE_CHECK_CLI = true;
$plugin = dirname( __DIR__, 2 ) . '/integrations/wordpress';
require $plugin . '/includes/rules.php';
require $plugin . '/includes/hours.php';
$fields = require $plugin . '/includes/fields.php';
$cases  = json_decode( file_get_contents( __DIR__ . '/rules-cases.json' ), true, 512, JSON_THROW_ON_ERROR );

$passed   = 0;
$failures = array();
$seen     = array();
foreach ( $cases['attributes'] as $case ) {
	$name = $case['attribute'];
	if ( ! isset( $fields[ $name ] ) ) {
		$failures[] = "the plugin has no field for \"$name\"";
		continue;
	}
	$seen[ $name ]            = true;
	list( $kind, , $options ) = $fields[ $name ];
	list( $value, $message )  = resistance_check_check( $name, $kind, $options, $case['value'] );
	$want                     = array_key_exists( 'uses', $case ) ? array( $case['uses'], null ) : array( null, $case['refused'] );
	if ( array( $value, $message ) === $want ) {
		++$passed;
	} else {
		$failures[] = sprintf( '%s %s: widget %s, plugin %s', $name, json_encode( $case['value'], JSON_UNESCAPED_UNICODE ), json_encode( $want, JSON_UNESCAPED_UNICODE ), json_encode( array( $value, $message ), JSON_UNESCAPED_UNICODE ) );
	}
}

// Every attribute the plugin offers that the widget reads is covered by cases.
foreach ( array_keys( $fields ) as $name ) {
	if ( ! isset( $seen[ $name ] ) ) {
		$failures[] = "no widget cases for the plugin's field \"$name\" (add it to tests/wordpress_rules.rs)";
	}
}

// Hours: the plugin refuses exactly the rows the widget would warn about, with its message
// (the widget adds a second one, "no usable weekly entry", when the only row is bad).
foreach ( $cases['hours'] as $i => $case ) {
	list( , , $errors ) = resistance_check_check_hours( $case['weekly'], $case['special'] );
	$messages = array_map( static fn( $error ) => $error[3], $errors );
	$ok       = ( array() === $messages ) === ( array() === $case['refused'] ) && ! array_diff( $messages, $case['refused'] );
	if ( $ok ) {
		++$passed;
	} else {
		$failures[] = sprintf( 'hours case %d: widget %s, plugin %s', $i, json_encode( $case['refused'] ), json_encode( $messages ) );
	}
}

// The fallback's call link: the widget's, international where the office's zone places it.
foreach ( $cases['tel'] as $case ) {
	$href = resistance_check_phone_href( $case['phone'], $case['time_zone'] );
	if ( $href === $case['href'] ) {
		++$passed;
	} else {
		$failures[] = sprintf( 'tel %s in "%s": widget %s, plugin %s', $case['phone'], $case['time_zone'], $case['href'], $href );
	}
}

foreach ( $failures as $failure ) {
	fwrite( STDERR, "not ok: $failure\n" );
}
printf( "plugin rules against the widget's: %d passed; %d failed\n", $passed, count( $failures ) );
exit( $failures ? 1 : 0 );
