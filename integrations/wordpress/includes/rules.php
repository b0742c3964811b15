<?php
/**
 * The element's attribute checks in PHP, so that a bad value is refused when the settings
 * are saved rather than reported later in a visitor's console. Each check is a port of its
 * Rust original in src/clinic/rules.rs and src/clinic/hours.rs; the list of attributes, their
 * kinds and limits come from attributes.json (src/clinic/attributes.rs, through fields.php).
 * tests/wordpress/conformance.php
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
/** The contact panel's background, on which links are in the primary colour. */
const RESISTANCE_CHECK_PANEL_BACKGROUND = array( 0xf7, 0xfa, 0xfa );
const RESISTANCE_CHECK_DEFAULT_UTM = 'utm_source utm_medium utm_campaign utm_term utm_content gclid fbclid';

/**
 * A value as the widget's warnings quote it: a JSON string with control characters escaped
 * and nothing else (`quoted` in src/clinic/warning.rs), cut after 80 characters.
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

/**
 * Each rule below returns [ value, null ] with what the widget uses, or [ null, reason ] with
 * its reason worded for a person (src/clinic/rules.rs).
 */

/** clean_text: whitespace runs collapsed, control characters dropped; refused when empty or too long. */
function resistance_check_clean_text( $raw, $max_chars ) {
	if ( ! preg_match( '//u', (string) $raw ) ) {
		return array( null, 'it is empty' );
	}
	$words = preg_split( '/[\s\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]+/u', (string) $raw, -1, PREG_SPLIT_NO_EMPTY );
	$kept  = array();
	foreach ( $words as $word ) {
		$word = preg_replace( '/\p{Cc}/u', '', $word );
		if ( '' !== $word ) {
			$kept[] = $word;
		}
	}
	$text   = implode( ' ', $kept );
	$length = preg_match_all( '/./su', $text );
	if ( '' === $text ) {
		return array( null, 'it is empty' );
	}
	if ( $length > $max_chars ) {
		return array( null, "it is $length characters long, and at most $max_chars fit" );
	}
	return array( $text, null );
}

/** phone: 7 to 15 digits with nothing but digits, spaces, ( ) - . and a leading +. */
function resistance_check_phone( $raw ) {
	$text = resistance_check_trim( $raw );
	if ( '' === $text ) {
		return array( null, 'it is empty' );
	}
	if ( preg_match( '/\p{L}/u', $text ) ) {
		return array( null, resistance_check_phone_letters( $text ) );
	}
	$chars = preg_split( '//u', $text, -1, PREG_SPLIT_NO_EMPTY );
	foreach ( $chars as $i => $char ) {
		if ( '+' === $char && 0 !== $i ) {
			return array( null, 'a "+" can only come first' );
		}
		if ( ! preg_match( '/^[0-9 ().\-+]$/', $char ) ) {
			return array( null, "it has \"$char\", and a phone number has only digits, spaces, ( ) - . and a leading +" );
		}
	}
	$count = strlen( preg_replace( '/[^0-9]/', '', $text ) );
	if ( $count < 7 || $count > 15 ) {
		return array( null, "it has $count digits, and a phone number has 7 to 15" );
	}
	return array( $text, null );
}

/** phone_with_letters: an O (or I, l) typed for a digit is named; words are refused. */
function resistance_check_phone_letters( $text ) {
	$as_digit = array( 'O' => '0', 'o' => '0', 'I' => '1', 'l' => '1' );
	preg_match_all( '/\p{L}/u', $text, $m );
	$letters = $m[0];
	if ( ! array_diff( $letters, array_keys( $as_digit ) ) && null !== resistance_check_phone( strtr( $text, $as_digit ) )[0] ) {
		return sprintf( 'it has the letter "%s" where a digit belongs (did you mean %s?)', $letters[0], $as_digit[ $letters[0] ] );
	}
	return 'it has letters in it: give the number in digits, as visitors dial it';
}

/**
 * The tel: link of a checked phone, as the widget makes it (src/clinic/phone.rs): with its
 * "+" kept, and in international form where the office's time zone places the number (eleven
 * digits starting with 1, or ten in a US or Canadian zone, are +1 numbers). The zones are a
 * copy of src/clinic/emergency.rs's for those two countries; the generated tel cases hold it
 * to that list.
 */
function resistance_check_phone_href( $phone, $time_zone = '' ) {
	$digits = preg_replace( '/[^0-9]/', '', $phone );
	if ( str_starts_with( resistance_check_trim( $phone ), '+' ) ) {
		return 'tel:+' . $digits;
	}
	$plus_one_zones = array( 'America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Phoenix', 'America/Anchorage', 'America/Juneau', 'America/Sitka', 'America/Metlakatla', 'America/Yakutat', 'America/Nome', 'America/Adak', 'America/Boise', 'America/Detroit', 'America/Menominee', 'America/Indiana/', 'America/Kentucky/', 'America/North_Dakota/', 'America/Puerto_Rico', 'Pacific/Honolulu', 'US/', 'America/Toronto', 'America/Vancouver', 'America/Edmonton', 'America/Winnipeg', 'America/Regina', 'America/Swift_Current', 'America/Halifax', 'America/Glace_Bay', 'America/Moncton', 'America/Goose_Bay', 'America/St_Johns', 'America/Whitehorse', 'America/Dawson', 'America/Dawson_Creek', 'America/Fort_Nelson', 'America/Creston', 'America/Cambridge_Bay', 'America/Inuvik', 'America/Iqaluit', 'America/Rankin_Inlet', 'America/Resolute', 'America/Atikokan', 'America/Blanc-Sablon', 'America/Thunder_Bay', 'America/Montreal', 'Canada/' );
	$plus_one       = false;
	foreach ( $plus_one_zones as $zone ) {
		$plus_one = $plus_one || str_starts_with( $time_zone, $zone );
	}
	if ( 11 === strlen( $digits ) && str_starts_with( $digits, '1' ) ) {
		return 'tel:+' . $digits;
	}
	if ( 10 === strlen( $digits ) && $plus_one && ! in_array( $digits[0], array( '0', '1' ), true ) ) {
		return 'tel:+1' . $digits;
	}
	return 'tel:' . $digits;
}

/**
 * booking_url: an absolute https: or http: URL with a site name, as the browser's URL
 * parser reads it; returned as given, with breaks and outer spaces removed.
 */
function resistance_check_url( $raw, $https_only = false ) {
	// As browsers do: tabs and newlines deleted anywhere, C0 controls and spaces trimmed at the ends.
	$url = trim( str_replace( array( "\t", "\n", "\r" ), '', (string) $raw ), "\x00..\x20" );
	if ( '' === $url ) {
		return array( null, 'it is empty' );
	}
	if ( ! preg_match( '//u', $url ) || preg_match( '/[\p{Cc}\s\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]/u', $url ) ) {
		return array( null, 'it has a space or an invisible character in it' );
	}
	if ( str_contains( $url, '\\' ) ) {
		return array( null, 'it has a backslash (\\), which browsers read as a slash' );
	}
	if ( ! preg_match( '/^([A-Za-z][A-Za-z0-9+.\-]*):(.*)$/s', $url, $m ) ) {
		return array( null, resistance_check_url_without_scheme( $url ) );
	}
	$scheme = strtolower( $m[1] );
	$rest   = $m[2];
	if ( ! in_array( $scheme, $https_only ? array( 'https' ) : array( 'https', 'http' ), true ) ) {
		return array( null, "only web addresses starting with https:// (or http://) can be used, and this one starts with \"$scheme:\"" );
	}
	if ( ! str_starts_with( $rest, '//' ) ) {
		return array( null, "\"$scheme:\" must be followed by \"//\" and the site's name" );
	}
	if ( str_starts_with( $rest, '///' ) ) {
		return array( null, 'it has no site name after "//"' );
	}
	$reason = resistance_check_url_authority( preg_split( '#[/?\#]#', substr( $rest, 2 ) )[0] );
	return null === $reason ? array( $scheme . ':' . $rest, null ) : array( null, $reason );
}

/** What the browser's parser says of the part after "//": null when it reads a plain site name. */
function resistance_check_url_authority( $authority ) {
	$at = strrpos( $authority, '@' );
	if ( false !== $at ) {
		if ( 0 !== $at ) {
			return 'it has a name and "@" before the site\'s name, which hides where the link really goes';
		}
		$authority = substr( $authority, 1 );
	}
	$host    = $authority;
	$port_at = strrpos( $authority, ':' );
	if ( false !== $port_at ) {
		$host = substr( $authority, 0, $port_at );
		$port = substr( $authority, $port_at + 1 );
		if ( ! preg_match( '/^[0-9]{0,5}$/', $port ) || (int) $port > 65535 ) {
			return 'the browser cannot read it as a web address';
		}
	}
	// An empty host, or one with a character URL parsers forbid in it, is no address.
	if ( '' === $host || preg_match( '/[\x00-\x20#%\/:<>?@\[\\\\\]^|]/', $host ) ) {
		return 'the browser cannot read it as a web address';
	}
	return null;
}

/** without_scheme: "clinic.example/book" lacks its https://; "/book" is only part of an address. */
function resistance_check_url_without_scheme( $url ) {
	$site = preg_split( '#[/?\#]#', $url )[0];
	if ( str_contains( $site, '.' ) && ! str_starts_with( $site, '.' ) ) {
		return 'it does not start with https://, so browsers would read it as a page of whatever site it is pasted into';
	}
	return "it is only part of a web address: give the whole address, starting with https:// and the site's name";
}

/** time_zone: "UTC" or an IANA Area/Location[/Sub] name that the time-zone database knows. */
function resistance_check_time_zone( $raw ) {
	$zone = resistance_check_trim( $raw );
	if ( 0 === strcasecmp( $zone, 'utc' ) ) {
		return array( 'UTC', null );
	}
	$parts = explode( '/', $zone );
	$ok    = count( $parts ) >= 2 && count( $parts ) <= 3;
	foreach ( $parts as $part ) {
		$ok = $ok && preg_match( '/^[A-Za-z][A-Za-z0-9_+\-]{0,29}$/', $part );
	}
	if ( $ok && in_array( $zone, DateTimeZone::listIdentifiers( DateTimeZone::ALL_WITH_BC ), true ) ) {
		return array( $zone, null );
	}
	return array( null, 'it is not a time zone the browser knows: use a region and city name such as America/Los_Angeles or Europe/Madrid' );
}

/** lang: "auto", or a BCP 47 tag whose primary subtag is en or es, as that subtag. */
function resistance_check_lang( $raw ) {
	$tag = resistance_check_trim( $raw );
	if ( 0 === strcasecmp( $tag, 'auto' ) ) {
		return array( 'auto', null );
	}
	$primary = strtolower( preg_split( '/[-_]/', $tag )[0] );
	if ( in_array( $primary, array( 'en', 'es' ), true ) ) {
		return array( $primary, null );
	}
	return array( null, "the widget speaks English (en) and Spanish (es), or follows the visitor's browser (auto)" );
}

/** HourCycle::from_name: Intl's h12 (or h11) and h23 (or h24), as h12 or h23. */
function resistance_check_hour_cycle( $raw ) {
	$names = array(
		'h12' => 'h12',
		'h11' => 'h12',
		'h23' => 'h23',
		'h24' => 'h23',
	);
	$value = $names[ strtolower( resistance_check_trim( $raw ) ) ] ?? null;
	return array( $value, null === $value ? 'it is "h12" or "h23"' : null );
}

/** on_off: a feature that is on unless switched off: "on", "true" or empty, else "off" or "false". */
function resistance_check_off_switch( $raw ) {
	$text = strtolower( resistance_check_trim( $raw ) );
	if ( in_array( $text, array( '', 'on', 'true' ), true ) ) {
		return array( 'on', null );
	}
	return in_array( $text, array( 'off', 'false' ), true ) ? array( 'off', null ) : array( null, 'it is "on" or "off"' );
}

/** normalize_hex_color: #rgb or #rrggbb as its three channels, or null. */
function resistance_check_rgb( $raw ) {
	$text = resistance_check_trim( $raw );
	if ( preg_match( '/^#([0-9A-Fa-f])([0-9A-Fa-f])([0-9A-Fa-f])$/', $text, $m ) ) {
		$text = '#' . $m[1] . $m[1] . $m[2] . $m[2] . $m[3] . $m[3];
	}
	if ( ! preg_match( '/^#[0-9A-Fa-f]{6}$/', $text ) ) {
		return null;
	}
	return array_map( 'hexdec', str_split( substr( $text, 1 ), 2 ) );
}

/** WCAG 2 contrast of two colours given as channels. */
function resistance_check_contrast( $a, $b ) {
	$luminance = static function ( $rgb ) {
		$linear = static function ( $v ) {
			$c = $v / 255;
			return $c <= 0.04045 ? $c / 12.92 : ( ( $c + 0.055 ) / 1.055 ) ** 2.4;
		};
		return 0.2126 * $linear( $rgb[0] ) + 0.7152 * $linear( $rgb[1] ) + 0.0722 * $linear( $rgb[2] );
	};
	list( $la, $lb ) = array( $luminance( $a ), $luminance( $b ) );
	return ( max( $la, $lb ) + 0.05 ) / ( min( $la, $lb ) + 0.05 );
}

/** text_contrast: white text on the colour, and the colour as text on the widget's pale panel, the lower. */
function resistance_check_text_contrast( $rgb ) {
	return min( resistance_check_contrast( $rgb, array( 255, 255, 255 ) ), resistance_check_contrast( $rgb, RESISTANCE_CHECK_PANEL_BACKGROUND ) );
}

/** readable_shade: the lightest shade of the colour (channels scaled together) that is readable. */
function resistance_check_readable_shade( $rgb ) {
	$shade = static fn( $scale ) => array_map( static fn( $v ) => intdiv( $v * $scale + 127, 255 ), $rgb );
	list( $passes, $fails ) = array( 0, 256 );
	while ( $fails - $passes > 1 ) {
		$mid = intdiv( $passes + $fails, 2 );
		if ( resistance_check_text_contrast( $shade( $mid ) ) >= RESISTANCE_CHECK_MIN_CONTRAST ) {
			$passes = $mid;
		} else {
			$fails = $mid;
		}
	}
	return $shade( $passes );
}

/** primary_color: a readable #rgb/#rrggbb colour as lowercase #rrggbb; a too-light one is refused with its readable shade named. */
function resistance_check_hex( $raw ) {
	$rgb = resistance_check_rgb( $raw );
	if ( null === $rgb ) {
		return array( null, 'it is not a colour written as # and six (or three) hexadecimal digits, such as #1f6f78' );
	}
	$hex   = static fn( $channels ) => vsprintf( '#%02x%02x%02x', $channels );
	$ratio = resistance_check_text_contrast( $rgb );
	if ( $ratio < RESISTANCE_CHECK_MIN_CONTRAST ) {
		// Rounded down, so that a ratio just under 4.5 never reads as 4.5.
		$tenths = (int) ( $ratio * 10 );
		$shown  = intdiv( $tenths, 10 ) . ( $tenths % 10 ? '.' . ( $tenths % 10 ) : '' );
		$shade  = $hex( resistance_check_readable_shade( $rgb ) );
		return array( null, "white text on it (and it as text on the widget's pale panel) has a contrast of $shown:1, and readable text needs at least 4.5:1: the darker $shade keeps its hue and passes" );
	}
	return array( $hex( $rgb ), null );
}

/** corner_radius: a whole number of px from $min to $max, at most two digits, an optional "px". */
function resistance_check_radius( $raw, $min, $max ) {
	$text = resistance_check_trim( $raw );
	if ( preg_match( '/^([0-9]{1,2})(?:px)?$/', $text, $m ) && (int) $m[1] >= $min && (int) $m[1] <= $max ) {
		return array( (string) (int) $m[1], null );
	}
	return array( null, "it must be a whole number of pixels from $min to $max" );
}

/** emergency_number: the number as it is dialled, $min to $max digits. */
function resistance_check_emergency_number( $raw, $min, $max ) {
	$text   = resistance_check_trim( $raw );
	$length = strlen( $text );
	if ( $length >= $min && $length <= $max && ctype_digit( $text ) ) {
		return array( $text, null );
	}
	return array( null, "it must be the number as it is dialled: $min to $max digits, such as 911 or 112" );
}

/** heading_level: a level from $min to $max, as a digit or with an "h" before it ("h3"). */
function resistance_check_heading_level( $raw, $min, $max ) {
	$text  = resistance_check_trim( $raw );
	$digit = preg_replace( '/^[hH]/', '', $text );
	if ( ctype_digit( $digit ) && (int) $digit >= $min && (int) $digit <= $max ) {
		return array( (string) (int) $digit, null );
	}
	return array( null, "it must be a heading level from $min to $max (2 for h2 headings)" );
}

/** Words of a space- or comma-separated list. */
function resistance_check_words( $raw ) {
	return preg_split( '/[,\s\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]+/u', (string) $raw, -1, PREG_SPLIT_NO_EMPTY );
}

/** offered_paths: "quick", "detailed" or both, and no other word. */
function resistance_check_paths( $raw ) {
	$known = array();
	foreach ( resistance_check_words( $raw ) as $word ) {
		$known[ strtolower( $word ) ] = true;
	}
	$paths = array_values( array_intersect( array( 'quick', 'detailed' ), array_keys( $known ) ) );
	if ( $paths && count( $paths ) === count( $known ) ) {
		return array( implode( ' ', $paths ), null );
	}
	return array( null, 'the paths are "quick", "detailed" or both' );
}

/** param_names: letters, digits, _ . - names of up to 40 characters, never rc_verdict; duplicates dropped. */
function resistance_check_params( $raw ) {
	$names = array();
	foreach ( resistance_check_words( $raw ) as $word ) {
		if ( strlen( $word ) > 40 || 'rc_verdict' === $word || ! preg_match( '/^[A-Za-z0-9_.\-]+$/', $word ) ) {
			return array( null, 'parameter names have only letters, digits, _ . and -, and rc_verdict is added only by share-verdict' );
		}
		$names[ $word ] = true;
	}
	return array( implode( ' ', array_keys( $names ) ), null );
}

/** switch: a present boolean attribute: "", "true" or its own name mean on, "false" off. */
function resistance_check_flag( $raw, $attribute ) {
	$text = strtolower( resistance_check_trim( $raw ) );
	if ( '' === $text || 'true' === $text || $attribute === $text ) {
		return array( '1', null );
	}
	return 'false' === $text ? array( '', null ) : array( null, 'it is either present (empty, or "true") or "false"' );
}

/**
 * Checks one attribute's value as the widget reads it. Returns [ value, null ] with the
 * value the widget would use, or [ null, message ] with the widget's own message.
 */
function resistance_check_check( $attribute, $kind, $options, $raw ) {
	$raw   = (string) $raw;
	$rules = array(
		'text'       => static fn() => resistance_check_clean_text( $raw, $options['max'] ),
		'phone'      => static fn() => resistance_check_phone( $raw ),
		'url'        => static fn() => resistance_check_url( $raw, ! empty( $options['https_only'] ) ),
		'time-zone'  => static fn() => resistance_check_time_zone( $raw ),
		'lang'       => static fn() => resistance_check_lang( $raw ),
		'hour-cycle' => static fn() => resistance_check_hour_cycle( $raw ),
		'color'      => static fn() => resistance_check_hex( $raw ),
		'radius'     => static fn() => resistance_check_radius( $raw, $options['min'], $options['max'] ),
		'paths'      => static fn() => resistance_check_paths( $raw ),
		'params'     => static fn() => resistance_check_params( $raw ),
		'flag'       => static fn() => resistance_check_flag( $raw, $attribute ),
		'off-switch' => static fn() => resistance_check_off_switch( $raw ),
		'heading-level' => static fn() => resistance_check_heading_level( $raw, $options['min'], $options['max'] ),
		'emergency-number' => static fn() => resistance_check_emergency_number( $raw, $options['min'], $options['max'] ),
	);
	list( $value, $reason ) = isset( $rules[ $kind ] ) ? $rules[ $kind ]() : array( null, null );
	return null === $value ? array( null, resistance_check_message( $attribute, $raw, $reason ) ) : array( $value, null );
}
