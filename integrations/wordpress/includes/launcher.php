<?php
/**
 * The floating button on every page (Settings → Resistance Check → Floating button): off
 * until ticked; when on and the clinic is set up, one launcher-mode element with the site's
 * settings is printed in wp_footer, and the loader is enqueued in the head. The launcher
 * opens the check only on the visitor's own press.
 *
 * @package ResistanceCheck
 */

defined( 'ABSPATH' ) || exit;

/** The settings of the floating button, beside the widget's attributes: name => label. */
function resistance_check_launcher_labels() {
	return array(
		'launcher'          => __( 'Show a floating button on every page', 'resistance-check' ),
		'launcher-text'     => __( 'Floating button text', 'resistance-check' ),
		'launcher-position' => __( 'Corner', 'resistance-check' ),
	);
}

/** The corners a launcher can take: value => label (empty: the widget's default, bottom right). */
function resistance_check_launcher_corners() {
	return array(
		''            => __( 'Bottom right', 'resistance-check' ),
		'bottom-left' => __( 'Bottom left', 'resistance-check' ),
	);
}

/** Off, with the widget's own text, in its default corner. */
function resistance_check_launcher_defaults() {
	return array_fill_keys( array_keys( resistance_check_launcher_labels() ), '' );
}

function resistance_check_section_launcher() {
	echo '<p>' . esc_html__( 'A button in a bottom corner of every page of the site that opens the check in a pop-up window. It never opens by itself: only when a visitor presses it. Visitors can hide it for the rest of their visit.', 'resistance-check' ) . '</p>';
}

/** Adds the floating button's fields to the settings page. */
function resistance_check_launcher_settings_fields() {
	foreach ( resistance_check_launcher_labels() as $name => $label ) {
		add_settings_field(
			"resistance_check_$name",
			esc_html( $label ),
			'resistance_check_launcher_field_html',
			RESISTANCE_CHECK_PAGE,
			'resistance_check_launcher',
			array(
				'name'      => $name,
				'label_for' => "rc-$name",
			)
		);
	}
}

/** One field of the floating button: its control, its help and its refusal, if any. */
function resistance_check_launcher_field_html( $args ) {
	$name = $args['name'];
	list( $id, $field, $value, $message, $aria ) = resistance_check_field_state( $name );
	if ( 'launcher' === $name ) {
		printf( '<input type="checkbox" id="%s" name="%s" value="1"%s%s>', esc_attr( $id ), esc_attr( $field ), checked( '1', $value, false ), $aria ); // phpcs:ignore WordPress.Security.EscapeOutput -- $aria is escaped above.
		$help = __( 'Off by default. The button appears once the clinic\'s required settings above are saved.', 'resistance-check' );
	} elseif ( 'launcher-text' === $name ) {
		printf( '<input type="text" class="regular-text" id="%s" name="%s" value="%s" placeholder="%s"%s>', esc_attr( $id ), esc_attr( $field ), esc_attr( $value ), esc_attr__( 'e.g. Is your Botox wearing off?', 'resistance-check' ), $aria ); // phpcs:ignore WordPress.Security.EscapeOutput
		/* translators: %d: the most characters the text may have. */
		$help = sprintf( __( 'Empty: the widget\'s own words, in the visitor\'s language. At most %d characters.', 'resistance-check' ), RESISTANCE_CHECK_MAX_SHOWN_CHARS );
	} else {
		printf( '<select id="%s" name="%s"%s>', esc_attr( $id ), esc_attr( $field ), $aria ); // phpcs:ignore WordPress.Security.EscapeOutput
		foreach ( resistance_check_launcher_corners() as $corner => $label ) {
			printf( '<option value="%s"%s>%s</option>', esc_attr( $corner ), selected( $value, $corner, false ), esc_html( $label ) );
		}
		echo '</select>';
		$help = __( 'Choose the corner your site\'s chat or cookie button leaves free.', 'resistance-check' );
	}
	printf( '<p class="description" id="%s-help">%s</p>', esc_attr( $id ), esc_html( $help ) );
	echo resistance_check_error_html( $id, $message ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped inside.
}

/**
 * The floating button's settings from the form: [ values, refused ], refused being
 * name => [ typed, message ] for a text too long or a corner that is not one.
 */
function resistance_check_sanitize_launcher( $input ) {
	$values  = array( 'launcher' => '' === resistance_check_raw_text( $input['launcher'] ?? '' ) ? '' : '1' );
	$refused = array();
	$text    = resistance_check_raw_text( $input['launcher-text'] ?? '' );
	if ( '' === resistance_check_trim( $text ) ) {
		$values['launcher-text'] = '';
	} else {
		list( $clean, $reason ) = resistance_check_clean_text( $text, RESISTANCE_CHECK_MAX_SHOWN_CHARS );
		if ( null === $clean ) {
			$refused['launcher-text'] = array( $text, resistance_check_message( 'launcher-text', $text, $reason ) );
		} else {
			$values['launcher-text'] = $clean;
		}
	}
	$corner = resistance_check_raw_text( $input['launcher-position'] ?? '' );
	$corner = 'bottom-right' === $corner ? '' : $corner;
	if ( array_key_exists( $corner, resistance_check_launcher_corners() ) ) {
		$values['launcher-position'] = $corner;
	} else {
		$refused['launcher-position'] = array( $corner, resistance_check_message( 'launcher-position', $corner, 'it is "bottom-right" or "bottom-left"' ) );
	}
	return array( $values, $refused );
}

/** The site's settings when the floating button is on and the clinic set up, else null. */
function resistance_check_launcher_config() {
	$config = resistance_check_settings();
	return '1' === (string) ( $config['launcher'] ?? '' ) && ! resistance_check_missing( $config ) ? $config : null;
}

/** The loader in the head of every page that gets the floating button. */
function resistance_check_enqueue_for_launcher() {
	if ( null !== resistance_check_launcher_config() ) {
		resistance_check_enqueue_loader();
	}
}
add_action( 'wp_enqueue_scripts', 'resistance_check_enqueue_for_launcher' );

/** The launcher element, once per page, before the footer's scripts are printed. */
function resistance_check_print_launcher() {
	static $printed = false;
	$config         = resistance_check_launcher_config();
	if ( $printed || null === $config ) {
		return;
	}
	$printed = true;
	resistance_check_enqueue_loader();
	$leading = array( 'mode' => 'launcher' );
	foreach ( array( 'launcher-text', 'launcher-position' ) as $name ) {
		if ( '' !== (string) $config[ $name ] ) {
			$leading[ $name ] = $config[ $name ];
		}
	}
	echo resistance_check_element_html( $config, $leading ); // phpcs:ignore WordPress.Security.EscapeOutput -- every value is escaped inside.
}
add_action( 'wp_footer', 'resistance_check_print_launcher', 5 );
