<?php
/**
 * The widget's HTML: the <resistance-check> element with the clinic's attributes, its
 * hours as JSON, and inside it the fallback links (phone, booking) that visitors see
 * whenever the widget cannot start. Every value is escaped here, as it is printed.
 *
 * @package ResistanceCheck
 */

defined( 'ABSPATH' ) || exit;

/**
 * The widget for a block or shortcode with these raw overrides. Visitors get nothing while
 * the clinic's contact is not set up (never a placeholder); editors get a notice saying why.
 */
function resistance_check_render( $given ) {
	list( $overrides, $messages ) = resistance_check_overrides( $given );
	$config                       = array_merge( resistance_check_settings(), $overrides );
	$missing                      = resistance_check_missing( $config );
	$notice                       = resistance_check_editor_notice( $missing, $messages );
	if ( $missing ) {
		return $notice;
	}
	resistance_check_enqueue_loader();
	$hours = resistance_check_hours_json_data( $config['weekly'], $config['special'] );
	return $notice . sprintf(
		'<resistance-check%s><script type="application/json">%s</script>%s</resistance-check>',
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

/** What an editor (never a visitor) sees when a widget is not set up or an override is bad. */
function resistance_check_editor_notice( $missing, $messages ) {
	if ( ( ! $missing && ! $messages ) || ! current_user_can( 'edit_posts' ) ) {
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
	return '<div class="resistance-check-notice" role="note" style="border:2px solid #b32d2e;padding:8px 12px;margin:8px 0"><p>'
		. implode( '</p><p>', array_map( 'esc_html', $lines ) ) . '</p></div>';
}
