<?php
/**
 * The widget's attributes as the plugin offers them, read from attributes.json: the table
 * generated from src/clinic/attributes.rs (tests/attributes.rs keeps it current), the one
 * source of the attributes' names, kinds, limits, labels and help. The checks are in
 * rules.php, held equal to the widget's by tests/wordpress/conformance.php.
 *
 * Each line: attribute => [ kind, label, options ]. Kinds: text (options: max), phone, url,
 * time-zone, lang, hour-cycle, color, radius (options: min, max), paths, params, flag,
 * off-switch. "choices": the values a select offers (the empty choice is the widget's
 * default). "required": the widget is shown only once it is set (it names the clinic's real
 * contact). "section": where the settings page puts it.
 *
 * @package ResistanceCheck
 */

defined( 'ABSPATH' ) || defined( 'RESISTANCE_CHECK_CLI' ) || exit;

$resistance_check_table = json_decode( file_get_contents( dirname( __DIR__ ) . '/attributes.json' ), true, 512, JSON_THROW_ON_ERROR ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- a file of the plugin's own.
$resistance_check_list  = array();
foreach ( $resistance_check_table['attributes'] as $resistance_check_attribute ) {
	$resistance_check_options = array( 'section' => $resistance_check_attribute['section'] );
	foreach ( array( 'min', 'max' ) as $resistance_check_limit ) {
		if ( isset( $resistance_check_attribute[ $resistance_check_limit ] ) ) {
			$resistance_check_options[ $resistance_check_limit ] = $resistance_check_attribute[ $resistance_check_limit ];
		}
	}
	// The plugin gives the widget the site's time zone when the setting is empty (render.php).
	if ( $resistance_check_attribute['required'] && 'time-zone' !== $resistance_check_attribute['kind'] ) {
		$resistance_check_options['required'] = true;
	}
	if ( '' !== $resistance_check_attribute['help']['en'] ) {
		$resistance_check_options['help'] = $resistance_check_attribute['help']['en'];
	}
	// A select of the table's choices; the language and the paths have controls of their own.
	if ( isset( $resistance_check_attribute['choices'] ) && ! in_array( $resistance_check_attribute['kind'], array( 'lang', 'paths' ), true ) ) {
		$resistance_check_options['choices'] = array_column( $resistance_check_attribute['choices'], 'label', 'value' );
		$resistance_check_options['choices'] = array_map( static fn( $label ) => $label['en'], $resistance_check_options['choices'] );
	}
	$resistance_check_list[ $resistance_check_attribute['name'] ] = array( $resistance_check_attribute['kind'], $resistance_check_attribute['label']['en'], $resistance_check_options );
}
return $resistance_check_list;
