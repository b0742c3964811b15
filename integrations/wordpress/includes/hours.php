<?php
/**
 * Office hours edited as rows, turned into the schema.org JSON the widget reads, with the
 * widget's own checks (src/clinic/hours.rs, WeeklyHours::from_json) applied row by row: a
 * row the widget would skip is refused instead, naming the row and its field.
 *
 * @package ResistanceCheck
 */

defined( 'ABSPATH' ) || defined( 'RESISTANCE_CHECK_CLI' ) || exit;

const RESISTANCE_CHECK_WEEKDAYS = array( 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday' );
/** The widget's reason for a time it cannot read (TIME_FORM in src/clinic/hours.rs). */
const RESISTANCE_CHECK_TIME_FORM = 'a time is written HH:MM on a 24-hour clock, such as 09:30 or 17:00';

/** parse_time: HH:MM or HH:MM:SS as minutes; a closing 24:00 or 23:59 is the end of the day. */
function resistance_check_minutes( $text, $closing ) {
	if ( ! preg_match( '/^([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?$/', resistance_check_trim( $text ), $m ) ) {
		return null;
	}
	list( $hour, $minute ) = array( (int) $m[1], (int) $m[2] );
	if ( $minute > 59 || ( isset( $m[3] ) && (int) $m[3] > 59 ) ) {
		return null;
	}
	if ( $closing && ( ( 24 === $hour && 0 === $minute ) || ( 23 === $hour && 59 === $minute ) ) ) {
		return 1440;
	}
	return $hour <= 23 ? $hour * 60 + $minute : null;
}

/** parse_date: YYYY-MM-DD, a real calendar day. */
function resistance_check_date( $text ) {
	$text = resistance_check_trim( $text );
	return ( preg_match( '/^([0-9]{4})-([0-9]{2})-([0-9]{2})$/', $text, $m ) && checkdate( (int) $m[2], (int) $m[3], (int) $m[1] ) ) ? $text : null;
}

/**
 * read_span: a row's opening times. Returns [ ok, entry fields, error ] where an error is
 * [ field, message ]; both times empty (or both 00:00) means closed.
 */
function resistance_check_span( $row, $path ) {
	$opens  = resistance_check_trim( $row['opens'] ?? '' );
	$closes = resistance_check_trim( $row['closes'] ?? '' );
	if ( '' === $opens && '' === $closes ) {
		return array( true, array(), null );
	}
	if ( '' === $opens || '' === $closes ) {
		$missing = '' === $opens ? 'opens' : 'closes';
		return array( false, null, array( $missing, resistance_check_message( "$path.$missing", '', 'missing' ) ) );
	}
	$open = resistance_check_minutes( $opens, false );
	if ( null === $open ) {
		return array( false, null, array( 'opens', resistance_check_message( "$path.opens", $opens, RESISTANCE_CHECK_TIME_FORM ) ) );
	}
	$close = resistance_check_minutes( $closes, true );
	if ( null === $close ) {
		return array( false, null, array( 'closes', resistance_check_message( "$path.closes", $closes, RESISTANCE_CHECK_TIME_FORM ) ) );
	}
	if ( 0 === $open && 0 === $close ) {
		return array( true, array(), null );
	}
	if ( $close <= $open ) {
		return array( false, null, array( 'closes', resistance_check_message( "$path.closes", $closes, 'closes must be after opens' ) ) );
	}
	return array( true, array( 'opens' => $opens, 'closes' => $closes ), null );
}

/** Rows with nothing typed in them are the form's spare rows, not entries. */
function resistance_check_row_is_blank( $row ) {
	foreach ( (array) $row as $value ) {
		if ( is_array( $value ) ? array() !== $value : '' !== resistance_check_trim( $value ) ) {
			return false;
		}
	}
	return true;
}

/** A weekly row as kept: the ticked days (known names only), the two times. */
function resistance_check_clean_weekly_row( $row ) {
	$days = array_values( array_intersect( RESISTANCE_CHECK_WEEKDAYS, array_map( 'strval', (array) ( $row['days'] ?? array() ) ) ) );
	return array(
		'days'   => $days,
		'opens'  => resistance_check_trim( (string) ( $row['opens'] ?? '' ) ),
		'closes' => resistance_check_trim( (string) ( $row['closes'] ?? '' ) ),
	);
}

/** A special-day row as kept. */
function resistance_check_clean_special_row( $row ) {
	$clean = array();
	foreach ( array( 'from', 'through', 'opens', 'closes', 'name' ) as $field ) {
		$clean[ $field ] = resistance_check_trim( (string) ( $row[ $field ] ?? '' ) );
	}
	$clean['name'] = (string) resistance_check_clean_text( $clean['name'], 80 )[0];
	return $clean;
}

/**
 * Checks the rows. Returns [ weekly rows, special rows, errors ]: the rows as kept (blank
 * ones dropped) and, per bad row, [ 'weekly'|'special', row index as typed, field, message ].
 */
function resistance_check_check_hours( $weekly, $special ) {
	$errors    = array();
	$kept_week = array();
	foreach ( array_values( (array) $weekly ) as $typed_index => $row ) {
		if ( ! is_array( $row ) || resistance_check_row_is_blank( $row ) ) {
			continue;
		}
		$row  = resistance_check_clean_weekly_row( $row );
		$path = 'hours.openingHoursSpecification[' . count( $kept_week ) . ']';
		if ( ! $row['days'] ) {
			$errors[] = array( 'weekly', $typed_index, 'days', resistance_check_message( "$path.dayOfWeek", '', 'expected a day name or a list of them' ) );
		} else {
			$span = resistance_check_span( $row, $path );
			if ( ! $span[0] ) {
				$errors[] = array( 'weekly', $typed_index, $span[2][0], $span[2][1] );
			}
		}
		$kept_week[] = $row;
	}
	if ( ! $kept_week ) {
		$errors[] = array( 'weekly', 0, 'days', resistance_check_message( 'hours.openingHoursSpecification', '[]', 'no entry of the regular week could be used' ) );
	}
	$kept_special = array();
	foreach ( array_values( (array) $special ) as $typed_index => $row ) {
		if ( ! is_array( $row ) || resistance_check_row_is_blank( $row ) ) {
			continue;
		}
		$row  = resistance_check_clean_special_row( $row );
		$path = 'hours.specialOpeningHoursSpecification[' . count( $kept_special ) . ']';
		$from = resistance_check_date( $row['from'] );
		if ( null === $from ) {
			$errors[] = array( 'special', $typed_index, 'from', resistance_check_message( "$path.validFrom", $row['from'], 'a date is written YYYY-MM-DD, such as 2026-12-24' ) );
		} elseif ( '' !== $row['through'] && ( null === resistance_check_date( $row['through'] ) || $row['through'] < $from ) ) {
			$errors[] = array( 'special', $typed_index, 'through', resistance_check_message( "$path.validThrough", $row['through'], 'the last day is a date written YYYY-MM-DD, not before the first' ) );
		} else {
			$span = resistance_check_span( $row, $path );
			if ( ! $span[0] ) {
				$errors[] = array( 'special', $typed_index, $span[2][0], $span[2][1] );
			}
		}
		$kept_special[] = $row;
	}
	return array( $kept_week, $kept_special, $errors );
}

/** The schema.org JSON of rows that passed the checks. */
function resistance_check_hours_json_data( $weekly, $special ) {
	$regular = array();
	foreach ( $weekly as $row ) {
		$entry = array( 'dayOfWeek' => $row['days'] );
		if ( '' !== $row['opens'] ) {
			$entry += array( 'opens' => $row['opens'], 'closes' => $row['closes'] );
		}
		$regular[] = $entry;
	}
	$data = array( 'openingHoursSpecification' => $regular );
	foreach ( $special as $row ) {
		$entry = array( 'validFrom' => $row['from'] );
		if ( '' !== $row['through'] ) {
			$entry['validThrough'] = $row['through'];
		}
		if ( '' !== $row['opens'] ) {
			$entry += array( 'opens' => $row['opens'], 'closes' => $row['closes'] );
		}
		if ( '' !== $row['name'] ) {
			$entry['name'] = $row['name'];
		}
		$data['specialOpeningHoursSpecification'][] = $entry;
	}
	return $data;
}
