<?php
/**
 * The element's attribute checks in PHP, so that a bad value is refused when the settings
 * are saved rather than reported later in a visitor's console. Each check mirrors its Rust
 * original in src/clinic/config.rs and src/clinic/hours.rs; tests/wordpress/conformance.php
 * runs every case that tests/wordpress_rules.rs takes from the Rust code through these and
 * fails on any difference. No WordPress function is used here, so the CLI test can load it.
 *
 * @package ResistanceCheck
 */

defined( 'ABSPATH' ) || defined( 'RESISTANCE_CHECK_CLI' ) || exit;

/** Longest bad value a message repeats (MAX_SHOWN_VALUE_CHARS). */
const RESISTANCE_CHECK_MAX_SHOWN_CHARS = 80;
/** WCAG AA for normal text: button labels are white on the primary colour. */
const RESISTANCE_CHECK_MIN_CONTRAST = 4.5;
const RESISTANCE_CHECK_CONTRAST_REASON = 'white text on it is below the WCAG AA contrast of 4.5:1';
const RESISTANCE_CHECK_DEFAULT_UTM = 'utm_source utm_medium utm_campaign utm_term utm_content gclid fbclid';

/**
 * A value as the widget's warnings quote it: a JSON string with control characters escaped
 * and nothing else (write_string in src/engine/json.rs), cut after 80 characters.
 */
function resistance_check_quote( $value ) {
	$chars = preg_split( '//u', (string) $value, -1, PREG_SPLIT_NO_EMPTY );
	if ( false === $chars ) {
		$chars = str_split( (string) $value );
	}
	if ( count( $chars ) > RESISTANCE_CHECK_MAX_SHOWN_CHARS ) {
		$chars   = array_slice( $chars, 0, RESISTANCE_CHECK_MAX_SHOWN_CHARS );
		$chars[] = '…';
	}
	$named = array( '"' => '\\"', '\\' => '\\\\', "\n" => '\\n', "\r" => '\\r', "\t" => '\\t', "\x08" => '\\b', "\x0c" => '\\f' );
	$out   = '';
	foreach ( $chars as $char ) {
		if ( isset( $named[ $char ] ) ) {
			$out .= $named[ $char ];
		} elseif ( strlen( $char ) === 1 && ord( $char ) < 0x20 ) {
			$out .= sprintf( '\\u%04x', ord( $char ) );
		} else {
			$out .= $char;
		}
	}
	return '"' . $out . '"';
}

/** The widget's message for a refused value, without its "; using ..." (nothing is used). */
function resistance_check_message( $attribute, $value, $reason = null ) {
	$text = 'attribute ' . resistance_check_quote( $attribute ) . ': ' . resistance_check_quote( $value ) . ' is not valid';
	return null === $reason ? $text : $text . ' (' . $reason . ')';
}

/** Rust's str::trim: Unicode White_Space at both ends. */
function resistance_check_trim( $raw ) {
	return preg_replace( '/^[\s\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]+|[\s\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]+$/u', '', (string) $raw );
}

/** clean_text: whitespace runs collapsed, control characters dropped; null when empty or too long. */
function resistance_check_clean_text( $raw, $max_chars ) {
	if ( ! preg_match( '//u', (string) $raw ) ) {
		return null;
	}
	$words = preg_split( '/[\s\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]+/u', (string) $raw, -1, PREG_SPLIT_NO_EMPTY );
	$kept  = array();
	foreach ( $words as $word ) {
		$word = preg_replace( '/\p{Cc}/u', '', $word );
		if ( '' !== $word ) {
			$kept[] = $word;
		}
	}
	$text = implode( ' ', $kept );
	return ( '' !== $text && preg_match_all( '/./su', $text ) <= $max_chars ) ? $text : null;
}

/** phone_with_href: the trimmed phone when it has 7 to 15 digits and only ( ) - . spaces and a leading +. */
function resistance_check_phone( $raw ) {
	$phone = resistance_check_trim( $raw );
	if ( ! preg_match( '/^\+?[0-9 ().\-]*$/', $phone ) ) {
		return null;
	}
	$digits = preg_replace( '/[^0-9]/', '', $phone );
	$count  = strlen( $digits );
	return ( $count >= 7 && $count <= 15 ) ? $phone : null;
}

/** The tel: link of a checked phone. */
function resistance_check_phone_href( $phone ) {
	return 'tel:' . ( str_starts_with( $phone, '+' ) ? '+' : '' ) . preg_replace( '/[^0-9]/', '', $phone );
}

/** sanitize_booking_url: an absolute http(s) URL with a plain host, scheme lowercased; null otherwise. */
function resistance_check_url( $raw, $https_only = false ) {
	if ( ! preg_match( '//u', (string) $raw ) ) {
		return null;
	}
	// As browsers do: tabs and newlines deleted anywhere, C0 controls and spaces trimmed at the ends.
	$url = trim( str_replace( array( "\t", "\n", "\r" ), '', (string) $raw ), "\x00..\x20" );
	if ( preg_match( '/[\p{Cc}\s\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}\\\\]/u', $url ) ) {
		return null;
	}
	$colon = strpos( $url, ':' );
	if ( false === $colon ) {
		return null;
	}
	$scheme = strtolower( substr( $url, 0, $colon ) );
	$rest   = substr( $url, $colon + 1 );
	if ( ! in_array( $scheme, $https_only ? array( 'https' ) : array( 'https', 'http' ), true ) || ! str_starts_with( $rest, '//' ) ) {
		return null;
	}
	$authority = preg_split( '#[/?\#]#', substr( $rest, 2 ) )[0];
	$host      = $authority;
	$port_at   = strrpos( $authority, ':' );
	if ( false !== $port_at ) {
		$host = substr( $authority, 0, $port_at );
		$port = substr( $authority, $port_at + 1 );
		if ( ! preg_match( '/^[0-9]{1,5}$/', $port ) || (int) $port > 65535 ) {
			return null;
		}
	}
	// Letters or digits somewhere; ASCII only as letters, digits, "-" and "."; no user@ part.
	$host_ok = preg_match( '/[\p{L}\p{N}]/u', $host ) && preg_match( '/^(?:[A-Za-z0-9.\-]|[^\x00-\x7f])*$/u', $host );
	return $host_ok ? $scheme . ':' . $rest : null;
}

/** time_zone: "UTC" or an IANA-shaped Area/Location[/Sub] name. */
function resistance_check_time_zone( $raw ) {
	$zone = resistance_check_trim( $raw );
	if ( 0 === strcasecmp( $zone, 'utc' ) ) {
		return 'UTC';
	}
	$parts = explode( '/', $zone );
	if ( count( $parts ) < 2 || count( $parts ) > 3 ) {
		return null;
	}
	foreach ( $parts as $part ) {
		if ( ! preg_match( '/^[A-Za-z][A-Za-z0-9_+\-]{0,29}$/', $part ) ) {
			return null;
		}
	}
	return $zone;
}

/** lang: "auto", or a BCP 47 tag whose primary subtag is en or es, as that subtag. */
function resistance_check_lang( $raw ) {
	$tag = resistance_check_trim( $raw );
	if ( 0 === strcasecmp( $tag, 'auto' ) ) {
		return 'auto';
	}
	$primary = strtolower( preg_split( '/[-_]/', $tag )[0] );
	return in_array( $primary, array( 'en', 'es' ), true ) ? $primary : null;
}

/** HourCycle::from_name: Intl's h12 (or h11) and h23 (or h24), as h12 or h23. */
function resistance_check_hour_cycle( $raw ) {
	$names = array(
		'h12' => 'h12',
		'h11' => 'h12',
		'h23' => 'h23',
		'h24' => 'h23',
	);
	return $names[ strtolower( resistance_check_trim( $raw ) ) ] ?? null;
}

/** normalize_hex_color: #rgb or #rrggbb as lowercase #rrggbb. */
function resistance_check_hex( $raw ) {
	$text = resistance_check_trim( $raw );
	if ( preg_match( '/^#([0-9A-Fa-f]{3})$/', $text, $m ) ) {
		$text = '#' . $m[1][0] . $m[1][0] . $m[1][1] . $m[1][1] . $m[1][2] . $m[1][2];
	}
	return preg_match( '/^#[0-9A-Fa-f]{6}$/', $text ) ? strtolower( $text ) : null;
}

/** The WCAG contrast ratio of a #rrggbb colour against white. */
function resistance_check_contrast_with_white( $hex ) {
	$linear = static function ( $channel ) {
		$c = hexdec( $channel ) / 255;
		return $c <= 0.04045 ? $c / 12.92 : ( ( $c + 0.055 ) / 1.055 ) ** 2.4;
	};
	$luminance = 0.2126 * $linear( substr( $hex, 1, 2 ) ) + 0.7152 * $linear( substr( $hex, 3, 2 ) ) + 0.0722 * $linear( substr( $hex, 5, 2 ) );
	return 1.05 / ( $luminance + 0.05 );
}

/** corner_radius: a whole number of px from 0 to 24, at most two digits, an optional "px". */
function resistance_check_radius( $raw ) {
	$text = resistance_check_trim( $raw );
	return ( preg_match( '/^([0-9]{1,2})(?:px)?$/', $text, $m ) && (int) $m[1] <= 24 ) ? (string) (int) $m[1] : null;
}

/** Words of a space- or comma-separated list. */
function resistance_check_words( $raw ) {
	return preg_split( '/[,\s\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]+/u', (string) $raw, -1, PREG_SPLIT_NO_EMPTY );
}

/** offered_paths: "quick", "detailed" or both, and no other word. */
function resistance_check_paths( $raw ) {
	$known = array();
	foreach ( resistance_check_words( $raw ) as $word ) {
		$word = strtolower( $word );
		if ( 'quick' !== $word && 'detailed' !== $word ) {
			return null;
		}
		$known[ $word ] = true;
	}
	$paths = array_values( array_intersect( array( 'quick', 'detailed' ), array_keys( $known ) ) );
	return $paths ? implode( ' ', $paths ) : null;
}

/** param_names: letters, digits, _ . - names of up to 40 characters, never rc_verdict; duplicates dropped. */
function resistance_check_params( $raw ) {
	$names = array();
	foreach ( resistance_check_words( $raw ) as $word ) {
		if ( strlen( $word ) > 40 || 'rc_verdict' === $word || ! preg_match( '/^[A-Za-z0-9_.\-]+$/', $word ) ) {
			return null;
		}
		$names[ $word ] = true;
	}
	return implode( ' ', array_keys( $names ) );
}

/** A present boolean attribute: "", "true" or its own name mean on, "false" off. */
function resistance_check_flag( $raw, $attribute ) {
	$text = strtolower( resistance_check_trim( $raw ) );
	if ( '' === $text || 'true' === $text || $attribute === $text ) {
		return '1';
	}
	return 'false' === $text ? '' : null;
}

/**
 * Checks one attribute's value as the widget reads it. Returns [ value, null ] with the
 * value the widget would use, or [ null, message ] with the widget's own message.
 */
function resistance_check_check( $attribute, $kind, $options, $raw ) {
	$raw    = (string) $raw;
	$reason = null;
	switch ( $kind ) {
		case 'text':
			$value = resistance_check_clean_text( $raw, $options['max'] ?? 80 );
			break;
		case 'phone':
			$value = resistance_check_phone( $raw );
			break;
		case 'url':
			$value = resistance_check_url( $raw, ! empty( $options['https_only'] ) );
			break;
		case 'time-zone':
			$value = resistance_check_time_zone( $raw );
			break;
		case 'lang':
			$value = resistance_check_lang( $raw );
			break;
		case 'hour-cycle':
			$value = resistance_check_hour_cycle( $raw );
			break;
		case 'color':
			$value = resistance_check_hex( $raw );
			if ( null !== $value && resistance_check_contrast_with_white( $value ) < RESISTANCE_CHECK_MIN_CONTRAST ) {
				$value  = null;
				$reason = RESISTANCE_CHECK_CONTRAST_REASON;
			}
			break;
		case 'radius':
			$value = resistance_check_radius( $raw );
			break;
		case 'paths':
			$value = resistance_check_paths( $raw );
			break;
		case 'params':
			$value = resistance_check_params( $raw );
			break;
		case 'flag':
			$value = resistance_check_flag( $raw, $attribute );
			break;
		case 'off-switch':
			$text  = strtolower( resistance_check_trim( $raw ) );
			$value = in_array( $text, array( 'on', 'off' ), true ) ? $text : null;
			break;
		default:
			$value = null;
	}
	return null === $value ? array( null, resistance_check_message( $attribute, $raw, $reason ) ) : array( $value, null );
}
