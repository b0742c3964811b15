<?php
/**
 * The widget's attributes as the plugin offers them: one line each. The meaning and the
 * limits are the element's (README "Attributes", src/clinic/config.rs); the checks are in
 * rules.php, kept equal to the widget's by tests/wordpress/conformance.php.
 *
 * Each line: attribute => [ kind, label, options ]. Kinds: text (options: max), phone,
 * url (options: https_only), time-zone, lang, hour-cycle, color, radius, paths, params, flag,
 * off-switch. "choices": the values a select offers (the empty choice is the widget's default).
 * "required": the widget is shown only once it is set (it names the clinic's real contact).
 * "section": where the settings page puts it.
 *
 * @package ResistanceCheck
 */

defined( 'ABSPATH' ) || defined( 'RESISTANCE_CHECK_CLI' ) || exit;

return array(
	'clinic-name'       => array( 'text', 'Clinic name', array( 'max' => 80, 'required' => true, 'section' => 'clinic' ) ),
	'doctor'            => array( 'text', 'Doctor', array( 'max' => 80, 'required' => true, 'section' => 'clinic', 'help' => 'Who the consultation is with, e.g. "Dr. Alex".' ) ),
	'phone'             => array( 'phone', 'Phone', array( 'required' => true, 'section' => 'clinic', 'help' => 'As displayed: 7 to 15 digits with spaces, ( ) - . and a leading +.' ) ),
	'booking-url'       => array( 'url', 'Booking URL', array( 'required' => true, 'section' => 'clinic', 'help' => 'Where "Book a free consultation" goes: an absolute https:// (or http://) address.' ) ),
	'address'           => array( 'text', 'Address', array( 'max' => 200, 'required' => true, 'section' => 'clinic', 'help' => 'Shown with the office hours.' ) ),
	'directions'        => array( 'off-switch', 'Directions link', array( 'section' => 'clinic', 'choices' => array( 'on' => 'On', 'off' => 'Off' ), 'help' => 'The address links to directions in the visitor\'s maps app (a Google Maps search for the clinic\'s name and address). Empty: on.' ) ),
	'mailing-list-url'  => array( 'url', 'Mailing list URL', array( 'section' => 'clinic', 'help' => 'Adds a "Join our mailing list" link to the contact panel: an absolute https:// (or http://) address. A plain link: nothing the visitor entered goes with it. Empty: no link.' ) ),
	'time-zone'         => array( 'time-zone', 'Time zone', array( 'section' => 'clinic', 'help' => 'The office\'s IANA time zone, e.g. America/Los_Angeles or Europe/Madrid: "today" and "open now" are the office\'s. Empty: the site\'s time zone when it is a named one.' ) ),
	'lang'              => array( 'lang', 'Language', array( 'section' => 'look' ) ),
	'cta-text'          => array( 'text', 'Booking button text', array( 'max' => 80, 'section' => 'look', 'help' => 'Empty: "Book a free consultation with" and the doctor.' ) ),
	'cta-text-es'       => array( 'text', 'Booking button text in Spanish', array( 'max' => 80, 'section' => 'look', 'help' => 'For visitors who get the widget in Spanish. Empty: the booking button text above, or the widget\'s own Spanish wording.' ) ),
	'hour-cycle'        => array( 'hour-cycle', 'Clock', array( 'section' => 'look', 'choices' => array( 'h12' => '12-hour (5:00 pm)', 'h23' => '24-hour (17:00)' ), 'help' => 'How the office hours are written, in every language. Empty: 12-hour.' ) ),
	'primary-color'     => array( 'color', 'Colour', array( 'section' => 'look', 'help' => '#rgb or #rrggbb; white text must be readable on it (contrast 4.5:1). Empty: #1f6f78.' ) ),
	'corner-radius'     => array( 'radius', 'Corner radius', array( 'section' => 'look', 'help' => '0 to 24 (px). Empty: 8.' ) ),
	'paths'             => array( 'paths', 'Paths offered', array( 'section' => 'look' ) ),
	'utm-params'        => array( 'params', 'Parameters passed to the booking link', array( 'section' => 'analytics', 'help' => 'The page\'s query parameters copied to the booking link, space- or comma-separated; empty for none.' ) ),
	'share-verdict'     => array( 'flag', 'Add the verdict to the booking link', array( 'section' => 'analytics', 'help' => 'The booking link gets rc_verdict=<verdict id> after a result (never for "get medical help now"). A verdict is health information about your visitor: turn this on only if your booking system is allowed to hold it.' ) ),
	'analytics-verdict' => array( 'flag', 'Send the verdict to analytics', array( 'section' => 'analytics', 'help' => 'The resistance_check_result push to the page\'s dataLayer (Google Tag Manager, gtag.js) gets the verdict id (never for "get medical help now"). Off: analytics learn only that a check was opened, started and finished, and the booking and call clicks. A verdict is health information about your visitor: turn this on only if your privacy notice says so and the law that applies to the clinic (HIPAA, state health-data laws, the GDPR) allows it.' ) ),
);
