<?php
/**
 * Settings → Resistance Check: the clinic's defaults, through WordPress's Settings API (its
 * nonce, and manage_options to see or save). A bad value is refused with the widget's own
 * message at its field while everything else on the form is saved, and the refused text
 * stays in its field so that nothing typed is lost.
 *
 * @package ResistanceCheck
 */

defined( 'ABSPATH' ) || exit;

const RESISTANCE_CHECK_PAGE     = 'resistance-check';
const RESISTANCE_CHECK_SECTIONS = array(
	'clinic'    => 'Your clinic',
	'hours'     => 'Office hours',
	'look'      => 'Wording and look',
	'analytics' => 'Booking link and analytics',
	'launcher'  => 'Floating button',
);
/** Empty rows offered below the saved ones. */
const RESISTANCE_CHECK_SPARE_ROWS = 3;

/** What a save refused, kept for the next view of the form by the same user. */
function resistance_check_rejected_key() {
	return 'resistance_check_rejected_' . get_current_user_id();
}

function resistance_check_admin_init() {
	register_setting(
		RESISTANCE_CHECK_PAGE,
		RESISTANCE_CHECK_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'resistance_check_sanitize',
			'default'           => resistance_check_default_settings(),
		)
	);
	foreach ( RESISTANCE_CHECK_SECTIONS as $id => $title ) {
		add_settings_section( "resistance_check_$id", $title, "resistance_check_section_$id", RESISTANCE_CHECK_PAGE );
	}
	foreach ( resistance_check_fields() as $name => list( $kind, $label, $options ) ) {
		$grouped = in_array( $kind, array( 'paths' ), true );
		add_settings_field(
			"resistance_check_$name",
			esc_html( $label ) . ( empty( $options['required'] ) ? '' : ' <span aria-hidden="true">*</span>' ),
			'resistance_check_field_html',
			RESISTANCE_CHECK_PAGE,
			'resistance_check_' . $options['section'],
			array_merge(
				array(
					'name'  => $name,
					'kind'  => $kind,
					'label' => $label,
				),
				$options,
				$grouped ? array() : array( 'label_for' => "rc-$name" )
			)
		);
	}
	add_settings_field( 'resistance_check_weekly', __( 'Weekly hours', 'resistance-check' ), 'resistance_check_weekly_html', RESISTANCE_CHECK_PAGE, 'resistance_check_hours' );
	add_settings_field( 'resistance_check_special', __( 'Special days', 'resistance-check' ), 'resistance_check_special_html', RESISTANCE_CHECK_PAGE, 'resistance_check_hours' );
	resistance_check_launcher_settings_fields();
}
add_action( 'admin_init', 'resistance_check_admin_init' );

function resistance_check_admin_menu() {
	add_options_page( 'Resistance Check', 'Resistance Check', 'manage_options', RESISTANCE_CHECK_PAGE, 'resistance_check_page_html' );
}
add_action( 'admin_menu', 'resistance_check_admin_menu' );

function resistance_check_section_clinic() {
	echo '<p>' . esc_html__( 'Every widget on the site uses these unless its block or shortcode says otherwise. Fields marked * are required: until they are set, visitors do not see the widget. Visitors\' answers never leave their browser.', 'resistance-check' ) . '</p>';
}

function resistance_check_section_hours() {
	echo '<p>' . esc_html__( 'Times in the office\'s time zone. A row without times means closed on those days; days without a row are closed. Leave a row empty to remove it.', 'resistance-check' ) . '</p>';
}

function resistance_check_section_look() {}

function resistance_check_section_analytics() {}

/** The Settings API's own form (options.php checks the nonce and the capability). */
function resistance_check_page_html() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to manage these settings.', 'resistance-check' ), 403 );
	}
	echo '<div class="wrap"><h1>' . esc_html__( 'Resistance Check', 'resistance-check' ) . '</h1>';
	echo '<form action="options.php" method="post" novalidate>';
	settings_fields( RESISTANCE_CHECK_PAGE );
	do_settings_sections( RESISTANCE_CHECK_PAGE );
	submit_button();
	echo '</form></div>';
	delete_transient( resistance_check_rejected_key() );
}

/** The form's state: what was saved, with what the last save refused typed over it. */
function resistance_check_form_state() {
	static $state = null;
	if ( null === $state ) {
		$rejected = get_transient( resistance_check_rejected_key() );
		$rejected = is_array( $rejected ) ? $rejected : array();
		$state    = array(
			'values'   => array_merge( resistance_check_settings(), $rejected['values'] ?? array() ),
			'messages' => $rejected['messages'] ?? array(),
		);
	}
	return $state;
}

/** The message under a field, if its last save was refused. */
function resistance_check_error_html( $id, $message ) {
	return null === $message ? '' : sprintf(
		'<p class="resistance-check-error" id="%s-error" style="color:#b32d2e"><strong>%s</strong> %s</p>',
		esc_attr( $id ),
		esc_html__( 'Not saved:', 'resistance-check' ),
		esc_html( $message )
	);
}

/**
 * What the control of the setting `$name` shows: [ id, field name, value (what the last save
 * refused typed over what was saved), refusal message or null, its aria attributes (escaped) ].
 */
function resistance_check_field_state( $name ) {
	$state   = resistance_check_form_state();
	$id      = "rc-$name";
	$message = $state['messages'][ $name ] ?? null;
	$aria    = sprintf( ' aria-describedby="%1$s-help%2$s"%3$s', esc_attr( $id ), null === $message ? '' : ' ' . esc_attr( $id ) . '-error', null === $message ? '' : ' aria-invalid="true"' );
	return array( $id, RESISTANCE_CHECK_OPTION . "[$name]", (string) ( $state['values'][ $name ] ?? '' ), $message, $aria );
}

/** The input of one attribute, by its kind. */
function resistance_check_field_html( $args ) {
	list( $id, $field, $value, $message, $aria ) = resistance_check_field_state( $args['name'] );
	// A field with a fixed few values ("choices" in fields.php) is a select.
	switch ( isset( $args['choices'] ) ? 'choices' : $args['kind'] ) {
		case 'flag':
			printf( '<input type="checkbox" id="%s" name="%s" value="1"%s%s>', esc_attr( $id ), esc_attr( $field ), checked( '1', $value, false ), $aria ); // phpcs:ignore WordPress.Security.EscapeOutput -- $aria is escaped above.
			break;
		case 'lang':
			$choices = array(
				'auto' => __( "The visitor's browser language", 'resistance-check' ),
				'en'   => 'English',
				'es'   => 'Español',
			);
			printf( '<select id="%s" name="%s"%s>', esc_attr( $id ), esc_attr( $field ), $aria ); // phpcs:ignore WordPress.Security.EscapeOutput
			foreach ( $choices as $code => $label ) {
				printf( '<option value="%s"%s>%s</option>', esc_attr( $code ), selected( '' === $value ? 'auto' : $value, $code, false ), esc_html( $label ) );
			}
			echo '</select>';
			break;
		case 'choices':
			printf( '<select id="%s" name="%s"%s><option value="">%s</option>', esc_attr( $id ), esc_attr( $field ), $aria, esc_html__( 'The widget\'s default', 'resistance-check' ) ); // phpcs:ignore WordPress.Security.EscapeOutput
			foreach ( $args['choices'] as $choice => $label ) {
				printf( '<option value="%s"%s>%s</option>', esc_attr( $choice ), selected( $value, $choice, false ), esc_html( $label ) );
			}
			echo '</select>';
			break;
		case 'paths':
			$on = resistance_check_words( $value );
			printf( '<fieldset id="%s"%s><legend class="screen-reader-text">%s</legend>', esc_attr( $id ), $aria, esc_html( $args['label'] ) ); // phpcs:ignore WordPress.Security.EscapeOutput
			foreach ( array( 'quick' => __( 'Quick check', 'resistance-check' ), 'detailed' => __( 'Detailed history', 'resistance-check' ) ) as $path => $label ) {
				printf( '<label><input type="checkbox" name="%s[]" value="%s"%s> %s</label><br>', esc_attr( $field ), esc_attr( $path ), checked( in_array( $path, $on, true ), true, false ), esc_html( $label ) );
			}
			echo '</fieldset>';
			break;
		default:
			$types = array(
				'phone' => 'tel',
				'url'   => 'url',
			);
			$list  = 'time-zone' === $args['kind'] ? ' list="rc-time-zones"' : '';
			printf( '<input type="%s" class="regular-text" id="%s" name="%s" value="%s"%s%s%s>', esc_attr( $types[ $args['kind'] ] ?? 'text' ), esc_attr( $id ), esc_attr( $field ), esc_attr( $value ), $list, empty( $args['required'] ) ? '' : ' aria-required="true"', $aria ); // phpcs:ignore WordPress.Security.EscapeOutput
			if ( $list ) {
				echo '<datalist id="rc-time-zones">';
				foreach ( timezone_identifiers_list() as $zone ) {
					printf( '<option value="%s">', esc_attr( $zone ) );
				}
				echo '</datalist>';
			}
	}
	$help = $args['help'] ?? '';
	if ( 'time-zone' === $args['kind'] && null !== resistance_check_site_time_zone() ) {
		/* translators: %s: the site's time zone. */
		$help .= ' ' . sprintf( __( 'The site\'s: %s.', 'resistance-check' ), resistance_check_site_time_zone() );
	}
	printf( '<p class="description" id="%s-help">%s</p>', esc_attr( $id ), esc_html( $help ) );
	echo resistance_check_error_html( $id, $message ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped inside.
}

/** A row's message, if the last save refused that row: keyed "weekly.2". */
function resistance_check_row_message( $table, $index ) {
	return resistance_check_form_state()['messages'][ "$table.$index" ] ?? null;
}

/** A time input of an hours row. */
function resistance_check_time_input( $table, $index, $part, $label, $value ) {
	$id = "rc-$table-$index-$part";
	return sprintf(
		'<label for="%1$s">%2$s</label> <input type="time" id="%1$s" name="%3$s" value="%4$s">',
		esc_attr( $id ),
		esc_html( $label ),
		esc_attr( RESISTANCE_CHECK_OPTION . "[$table][$index][$part]" ),
		esc_attr( $value )
	);
}

/** Rows as saved (or as typed when refused), then spare empty ones. */
function resistance_check_rows( $table ) {
	$rows = array_values( (array) ( resistance_check_form_state()['values'][ $table ] ?? array() ) );
	return array_merge( $rows, array_fill( 0, RESISTANCE_CHECK_SPARE_ROWS, array() ) );
}

function resistance_check_weekly_html() {
	$days = array_combine( RESISTANCE_CHECK_WEEKDAYS, array( __( 'Mon', 'resistance-check' ), __( 'Tue', 'resistance-check' ), __( 'Wed', 'resistance-check' ), __( 'Thu', 'resistance-check' ), __( 'Fri', 'resistance-check' ), __( 'Sat', 'resistance-check' ), __( 'Sun', 'resistance-check' ) ) );
	foreach ( resistance_check_rows( 'weekly' ) as $index => $row ) {
		$id = "rc-weekly-$index";
		/* translators: %d: the row's number. */
		printf( '<fieldset id="%s" class="resistance-check-row"><legend>%s</legend>', esc_attr( $id ), esc_html( sprintf( __( 'Weekly row %d', 'resistance-check' ), $index + 1 ) ) );
		foreach ( $days as $day => $short ) {
			printf(
				'<label><input type="checkbox" name="%s" value="%s"%s> %s</label> ',
				esc_attr( RESISTANCE_CHECK_OPTION . "[weekly][$index][days][]" ),
				esc_attr( $day ),
				checked( in_array( $day, (array) ( $row['days'] ?? array() ), true ), true, false ),
				esc_html( $short )
			);
		}
		echo '<br>' . resistance_check_time_input( 'weekly', $index, 'opens', __( 'Opens', 'resistance-check' ), $row['opens'] ?? '' ) . ' ' . resistance_check_time_input( 'weekly', $index, 'closes', __( 'Closes', 'resistance-check' ), $row['closes'] ?? '' ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped inside.
		echo resistance_check_error_html( $id, resistance_check_row_message( 'weekly', $index ) ) . '</fieldset>'; // phpcs:ignore WordPress.Security.EscapeOutput
	}
}

function resistance_check_special_html() {
	foreach ( resistance_check_rows( 'special' ) as $index => $row ) {
		$id    = "rc-special-$index";
		$input = static function ( $part, $type, $label ) use ( $index, $row ) {
			return sprintf(
				'<label for="rc-special-%1$d-%2$s">%3$s</label> <input type="%4$s" id="rc-special-%1$d-%2$s" name="%5$s" value="%6$s"> ',
				$index,
				esc_attr( $part ),
				esc_html( $label ),
				esc_attr( $type ),
				esc_attr( RESISTANCE_CHECK_OPTION . "[special][$index][$part]" ),
				esc_attr( $row[ $part ] ?? '' )
			);
		};
		/* translators: %d: the row's number. */
		printf( '<fieldset id="%s" class="resistance-check-row"><legend>%s</legend>', esc_attr( $id ), esc_html( sprintf( __( 'Special day %d', 'resistance-check' ), $index + 1 ) ) );
		echo $input( 'from', 'date', __( 'From', 'resistance-check' ) ) . $input( 'through', 'date', __( 'Through (empty: one day)', 'resistance-check' ) ) . '<br>'; // phpcs:ignore WordPress.Security.EscapeOutput
		echo $input( 'opens', 'time', __( 'Opens', 'resistance-check' ) ) . $input( 'closes', 'time', __( 'Closes (no times: closed)', 'resistance-check' ) ) . $input( 'name', 'text', __( 'Name', 'resistance-check' ) ); // phpcs:ignore WordPress.Security.EscapeOutput
		echo resistance_check_error_html( $id, resistance_check_row_message( 'special', $index ) ) . '</fieldset>'; // phpcs:ignore WordPress.Security.EscapeOutput
	}
}

/**
 * The Settings API's sanitize callback. Each value is checked by the widget's rules and
 * kept in the form the widget reads; a refused one keeps its saved value, and its typed
 * text and message wait for the form's next view. WordPress calls this twice when the
 * option is first created: the second call gets the first one's result.
 */
function resistance_check_sanitize( $input ) {
	static $done = null;
	if ( null !== $done ) {
		return $done;
	}
	$input    = is_array( $input ) ? $input : array();
	$saved    = resistance_check_settings();
	$clean    = $saved;
	$rejected = array(
		'values'   => array(),
		'messages' => array(),
	);
	foreach ( resistance_check_fields() as $name => list( $kind, $label, $options ) ) {
		$raw = resistance_check_raw_text( $input[ $name ] ?? '' );
		list( $value, $message ) = resistance_check_setting_value( $name, $kind, $options, $raw, $label );
		if ( null === $message ) {
			$clean[ $name ] = $value;
		} else {
			$rejected['values'][ $name ]   = $raw;
			$rejected['messages'][ $name ] = $message;
		}
	}
	list( $launcher, $launcher_refused ) = resistance_check_sanitize_launcher( $input );
	$clean = array_merge( $clean, $launcher );
	foreach ( $launcher_refused as $name => list( $typed, $message ) ) {
		$rejected['values'][ $name ]   = $typed;
		$rejected['messages'][ $name ] = $message;
	}
	$weekly  = resistance_check_unslash_rows( $input['weekly'] ?? array() );
	$special = resistance_check_unslash_rows( $input['special'] ?? array() );
	list( $kept_weekly, $kept_special, $errors ) = resistance_check_check_hours( $weekly, $special );
	if ( $errors ) {
		$rejected['values']['weekly']  = array_values( $weekly );
		$rejected['values']['special'] = array_values( $special );
		foreach ( $errors as list( $table, $index, , $message ) ) {
			$rejected['messages'][ "$table.$index" ] = $message;
		}
	} else {
		$clean['weekly']  = $kept_weekly;
		$clean['special'] = $kept_special;
	}
	if ( $rejected['messages'] ) {
		set_transient( resistance_check_rejected_key(), $rejected, HOUR_IN_SECONDS );
		add_settings_error( RESISTANCE_CHECK_OPTION, 'resistance_check_refused', resistance_check_refused_summary( $rejected['messages'] ) );
	} else {
		delete_transient( resistance_check_rejected_key() );
	}
	$done = $clean;
	return $clean;
}

/** The rows typed in the form, without the empty spare ones (WordPress adds slashes to request data). */
function resistance_check_unslash_rows( $rows ) {
	$rows = is_array( $rows ) ? array_filter( wp_unslash( $rows ), 'is_array' ) : array();
	return array_values( array_filter( $rows, static fn( $row ) => ! resistance_check_row_is_blank( $row ) ) );
}

/** One setting: empty is "not set" (refused when required); anything else by the widget's rule. */
function resistance_check_setting_value( $name, $kind, $options, $raw, $label ) {
	if ( 'flag' === $kind ) {
		return array( '' === $raw ? '' : '1', null );
	}
	if ( '' === resistance_check_trim( $raw ) && 'params' !== $kind ) {
		if ( ! empty( $options['required'] ) ) {
			/* translators: %s: the field's label. */
			return array( null, sprintf( __( '%s is required: visitors do not see the widget until it is set.', 'resistance-check' ), $label ) );
		}
		// No path ticked is the widget's own "paths" error; any other empty field is unset.
		return 'paths' === $kind ? array( null, resistance_check_message( $name, '' ) ) : array( '', null );
	}
	return resistance_check_check( $name, $kind, $options, $raw );
}

/** The notice at the top of the page: which fields were refused. */
function resistance_check_refused_summary( $messages ) {
	$labels   = array();
	$fields   = resistance_check_fields();
	$launcher = resistance_check_launcher_labels();
	foreach ( array_keys( $messages ) as $key ) {
		$labels[] = isset( $fields[ $key ] ) ? $fields[ $key ][1] : ( $launcher[ $key ] ?? __( 'Office hours', 'resistance-check' ) );
	}
	return sprintf(
		/* translators: %s: the labels of the fields not saved. */
		__( 'Not saved: %s. Each is marked below with the reason; everything else was saved.', 'resistance-check' ),
		implode( ', ', array_unique( $labels ) )
	);
}
