<?php
/**
 * Plugin Name:       Resistance Check
 * Description:       The Resistance Check widget as a block, a [resistance_check] shortcode (on the page, or a button or link that opens it) and an optional floating button on every page: a private self-assessment for visitors whose Botox seems to have stopped working, with your clinic's booking link and office hours. Answers never leave the visitor's browser.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.0
 * License:           MIT
 * Text Domain:       resistance-check
 *
 * @package ResistanceCheck
 */

defined( 'ABSPATH' ) || exit;

const RESISTANCE_CHECK_VERSION = '0.1.0';
const RESISTANCE_CHECK_OPTION  = 'resistance_check_settings';
const RESISTANCE_CHECK_FILE    = __FILE__;

require_once __DIR__ . '/includes/rules.php';
require_once __DIR__ . '/includes/hours.php';
require_once __DIR__ . '/includes/config.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/embed.php';
require_once __DIR__ . '/includes/launcher.php';
