<?php
/**
 * Where the widget appears: the "Resistance Check" block, the [resistance_check] shortcode
 * (each on the page, or as a button or link that opens it in a dialog), and the loader,
 * enqueued as a module script only on pages that show a widget (or the floating button,
 * includes/launcher.php).
 *
 * @package ResistanceCheck
 */

defined( 'ABSPATH' ) || exit;

const RESISTANCE_CHECK_BLOCK = 'resistance-check/widget';

/** The loader's handle: dist/resistance-check.js, which fetches the rest from beside it. */
function resistance_check_register_loader() {
	$loader = plugin_dir_path( RESISTANCE_CHECK_FILE ) . 'dist/resistance-check.js';
	wp_register_script(
		'resistance-check',
		plugins_url( 'dist/resistance-check.js', RESISTANCE_CHECK_FILE ),
		array(),
		RESISTANCE_CHECK_VERSION . '-' . ( file_exists( $loader ) ? filemtime( $loader ) : '0' ),
		false
	);
}
add_action( 'init', 'resistance_check_register_loader' );

function resistance_check_enqueue_loader() {
	wp_enqueue_script( 'resistance-check' );
}

/**
 * The loader is an ES module, async like the snippet's, and render-blocking so that it can
 * reserve the widget's height before the first paint (README "Embed it").
 */
function resistance_check_module_tag( $tag, $handle ) {
	if ( 'resistance-check' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=(["\'])[^"\']*\1/', '', $tag );
	return str_replace( '<script ', '<script type="module" async blocking="render" ', $tag );
}
add_filter( 'script_loader_tag', 'resistance_check_module_tag', 10, 2 );

/** In the page's head when the post shows a widget; widgets found later enqueue it as they render. */
function resistance_check_enqueue_for_post() {
	$post = get_post();
	if ( is_singular() && $post && ( has_block( RESISTANCE_CHECK_BLOCK, $post ) || has_shortcode( $post->post_content, 'resistance_check' ) ) ) {
		resistance_check_enqueue_loader();
	}
}
add_action( 'wp_enqueue_scripts', 'resistance_check_enqueue_for_post' );

/**
 * [resistance_check phone="…"]: any attribute of the widget, with "-" or "_" in its name;
 * mode="button" or mode="link" with text="…" for an opener of a dialog.
 */
function resistance_check_shortcode( $atts ) {
	return resistance_check_render( is_array( $atts ) ? $atts : array() );
}
add_shortcode( 'resistance_check', 'resistance_check_shortcode' );

/** The block: every attribute as a string override, empty meaning "the setting". */
function resistance_check_register_block() {
	wp_register_script(
		'resistance-check-editor',
		plugins_url( 'block/editor.js', RESISTANCE_CHECK_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
		RESISTANCE_CHECK_VERSION,
		true
	);
	// How it appears (render.php's resistance_check_appearance), then the widget's attributes.
	$attributes = array(
		'mode' => array(
			'type'    => 'string',
			'default' => '',
		),
		'text' => array(
			'type'    => 'string',
			'default' => '',
		),
	);
	foreach ( array_keys( resistance_check_fields() ) as $name ) {
		$attributes[ $name ] = array(
			'type'    => 'string',
			'default' => '',
		);
	}
	register_block_type(
		plugin_dir_path( RESISTANCE_CHECK_FILE ) . 'block',
		array(
			'attributes'      => $attributes,
			'render_callback' => 'resistance_check_render',
		)
	);
}
add_action( 'init', 'resistance_check_register_block' );

/** The editor's inspector is built from the same attribute list, with the saved values as hints. */
function resistance_check_editor_data() {
	$fields = array();
	foreach ( resistance_check_fields() as $name => list( $kind, $label, $options ) ) {
		$fields[] = array(
			'name'  => $name,
			'kind'  => $kind,
			'label' => $label,
			'help'  => $options['help'] ?? '',
			// A select's values, where the attribute has a fixed few.
			'choices' => $options['choices'] ?? null,
		);
	}
	$data = array(
		'fields'      => $fields,
		'settings'    => array_intersect_key( resistance_check_settings(), resistance_check_fields() ),
		'settingsUrl' => admin_url( 'options-general.php?page=resistance-check' ),
		'openerText'  => resistance_check_default_opener_text(),
	);
	wp_add_inline_script( 'resistance-check-editor', 'window.resistanceCheckEditor = ' . wp_json_encode( $data, JSON_HEX_TAG | JSON_HEX_AMP ) . ';', 'before' );
	// The preview is the real widget: the loader mounts it in the server-rendered markup.
	resistance_check_enqueue_loader();
}
add_action( 'enqueue_block_editor_assets', 'resistance_check_editor_data' );
