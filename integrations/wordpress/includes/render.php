<?php
/**
 * The widget's HTML: the <resistance-check> element with the clinic's attributes, its
 * hours as JSON, and inside it the fallback links (phone, booking) that visitors see
 * whenever the widget cannot start; for a button or link mode, the dialog-mode element and
 * its opener. Every value is escaped here, as it is printed.
 *
 * @package ResistanceCheck
 */

defined( 'ABSPATH' ) || exit;

/**
 * The widget for a block or shortcode with these raw overrides, and its "mode" (inline,
 * button, link) and "text" (the opener's). Visitors get nothing while the clinic's contact
 * is not set up (never a placeholder); editors get a notice saying why.
 */
function resistance_check_render( $given ) {
	$given                         = is_array( $given ) ? $given : array();
	list( $mode, $text, $problem ) = resistance_check_appearance( $given );
	list( $overrides, $messages )  = resistance_check_overrides( $given );
	$config                        = array_merge( resistance_check_settings(), $overrides );
	$missing                       = resistance_check_missing( $config );
	$notice                        = resistance_check_editor_notice( $missing, $messages, $problem );
	if ( $missing ) {
		return $notice;
	}
	resistance_check_enqueue_loader();
	if ( 'inline' === $mode ) {
		return $notice . resistance_check_element_html( $config );
	}
	// Several on one page each open their own dialog.
	$id     = wp_unique_id( 'resistance-check-dialog-' );
	$opener = 'button' === $mode
		? sprintf( '<button type="button" class="resistance-check-open" data-resistance-check-open="%s">%s</button>', esc_attr( $id ), esc_html( $text ) )
		// Without the loader, the link leads to the dialog element, whose fallback shows the contact.
		: sprintf( '<a class="resistance-check-open" href="#%1$s" data-resistance-check-open="%1$s">%2$s</a>', esc_attr( $id ), esc_html( $text ) );
	$dialog = resistance_check_element_html(
		$config,
		array(
			'mode' => 'dialog',
			'id'   => $id,
		)
	);
	return $notice . $opener . resistance_check_dialog_in_footer( $dialog );
}

/**
 * Where a dialog-mode element goes: with the page's other footer markup, so that an opener
 * in a sentence (a link in a paragraph) never has the element's fallback paragraph inside
 * that paragraph, which the browser's parser would break apart. Returns what to print in
 * place: nothing, or the element itself where no footer follows (the editor's preview,
 * which is a REST request, or a page whose footer has already been printed).
 */
function resistance_check_dialog_in_footer( $dialog = null ) {
	static $queued = array();
	if ( null === $dialog ) {
		$printed = implode( '', $queued );
		$queued  = array();
		return $printed;
	}
	if ( did_action( 'wp_footer' ) || ( defined( 'REST_REQUEST' ) && REST_REQUEST ) || is_admin() ) {
		return $dialog;
	}
	$queued[] = $dialog;
	return '';
}

/** The dialogs of the page's buttons and links, before the footer's scripts. */
function resistance_check_print_dialogs() {
	echo resistance_check_dialog_in_footer(); // phpcs:ignore WordPress.Security.EscapeOutput -- every value is escaped as the elements are built.
}
add_action( 'wp_footer', 'resistance_check_print_dialogs', 5 );

/**
 * A block's or shortcode's mode and opener text: [ mode, text, problem ]. An unknown mode
 * shows the widget on the page, an unusable text the default one; the problem says so to
 * editors (null when there is none).
 */
function resistance_check_appearance( $given ) {
	$raw_mode = is_scalar( $given['mode'] ?? null ) ? strtolower( resistance_check_trim( (string) $given['mode'] ) ) : '';
	$modes    = array(
		''       => 'inline',
		'inline' => 'inline',
		'button' => 'button',
		'link'   => 'link',
	);
	$mode     = $modes[ $raw_mode ] ?? 'inline';
	$problem  = null;
	if ( ! isset( $modes[ $raw_mode ] ) ) {
		/* translators: %s: the mode given. */
		$problem = sprintf( __( 'mode "%s" is not inline, button or link: the widget is shown on the page.', 'resistance-check' ), $raw_mode );
	}
	$raw_text = is_scalar( $given['text'] ?? null ) ? (string) $given['text'] : '';
	list( $text, $reason ) = resistance_check_clean_text( $raw_text, RESISTANCE_CHECK_MAX_SHOWN_CHARS );
	if ( null === $text ) {
		if ( 'inline' !== $mode && '' !== resistance_check_trim( $raw_text ) ) {
			/* translators: %s: why the text cannot be used. */
			$problem = sprintf( __( 'The button text cannot be used (%s): the default text is shown.', 'resistance-check' ), $reason );
		}
		$text = resistance_check_default_opener_text();
	}
	return array( $mode, $text, $problem );
}

function resistance_check_default_opener_text() {
	return __( 'Take the 2-minute check', 'resistance-check' );
}

/**
 * The <resistance-check> element for `$config`, with `$leading` attributes (mode, id,
 * launcher-text, ...) before the clinic's: its hours script and its fallback inside.
 */
function resistance_check_element_html( $config, $leading = array() ) {
	$first = '';
	foreach ( $leading as $name => $value ) {
		$first .= sprintf( ' %s="%s"', esc_attr( $name ), esc_attr( $value ) );
	}
	$hours = resistance_check_hours_json_data( $config['weekly'], $config['special'] );
	return sprintf(
		'<resistance-check%s%s><script type="application/json">%s</script>%s</resistance-check>',
		$first,
		resistance_check_attributes_html( $config ),
		wp_json_encode( $hours, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ),
		resistance_check_fallback_html( $config )
	);
}

/** The element's attributes: set values only (the widget's defaults apply to the rest). */
function resistance_check_attributes_html( $config ) {
	if ( '' === $config['time-zone'] && null !== resistance_check_site_time_zone() ) {
		$config['time-zone'] = resistance_check_site_time_zone();
	}
	$html = '';
	foreach ( resistance_check_fields() as $name => list( $kind ) ) {
		$value = (string) ( $config[ $name ] ?? '' );
		if ( 'flag' === $kind ) {
			$html .= '1' === $value ? ' ' . $name : '';
		} elseif ( '' !== $value || 'params' === $kind ) {
			// An empty utm-params is a deliberate "pass nothing on".
			$html .= sprintf( ' %s="%s"', $name, esc_attr( $value ) );
		}
	}
	return $html;
}

/**
 * The links visitors get without the widget, in the widget's language when it is fixed: the
 * fallback sentence of attributes.json, the one wording the snippet builder writes too.
 */
function resistance_check_fallback_html( $config ) {
	$spanish  = 'es' === $config['lang'] || ( 'en' !== $config['lang'] && str_starts_with( determine_locale(), 'es' ) );
	$zone     = '' !== $config['time-zone'] ? $config['time-zone'] : (string) resistance_check_site_time_zone();
	$who      = '' !== $config['doctor'] ? $config['doctor'] : $config['clinic-name'];
	$table    = json_decode( file_get_contents( dirname( __DIR__ ) . '/attributes.json' ), true, 512, JSON_THROW_ON_ERROR ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- a file of the plugin's own.
	$sentence = $table['fallback'][ $spanish ? 'es' : 'en' ];
	return '<p>' . strtr(
		esc_html( $sentence ),
		array(
			'{phone}' => sprintf( '<a href="%s">%s</a>', esc_url( resistance_check_phone_href( $config['phone'], $zone ) ), esc_html( $config['phone'] ) ),
			'{book}'  => sprintf( '<a href="%s">', esc_url( $config['booking-url'] ) ),
			'{/book}' => '</a>',
			'{who}'   => esc_html( $who ),
		)
	) . '</p>';
}

/**
 * What an editor (never a visitor) sees when a widget is not set up, an override is bad or
 * its mode or button text is (`$appearance`, a sentence, or null).
 */
function resistance_check_editor_notice( $missing, $messages, $appearance = null ) {
	if ( ( ! $missing && ! $messages && null === $appearance ) || ! current_user_can( 'edit_posts' ) ) {
		return '';
	}
	$lines = array();
	if ( $missing ) {
		$lines[] = sprintf(
			/* translators: %s: the settings still empty. */
			__( 'Resistance Check is hidden from visitors until Settings → Resistance Check has: %s.', 'resistance-check' ),
			implode( ', ', $missing )
		);
	}
	foreach ( $messages as $message ) {
		/* translators: %s: the widget's message about an override. */
		$lines[] = sprintf( __( 'Override ignored, the setting applies: %s', 'resistance-check' ), $message );
	}
	if ( null !== $appearance ) {
		$lines[] = $appearance;
	}
	return '<div class="resistance-check-notice" role="note" style="border:2px solid #b32d2e;padding:8px 12px;margin:8px 0"><p>'
		. implode( '</p><p>', array_map( 'esc_html', $lines ) ) . '</p></div>';
}
