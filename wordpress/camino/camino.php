<?php
/**
 * Plugin Name:       Camino
 * Plugin URI:        https://www.npmjs.com/package/camino-widgets
 * Description:       Legal, protection, health, shelter and psychosocial help in Mexico, in the reader's language: a service finder, organisation cards, fraud notices and an office map, as shortcodes and a block.
 * Version:           __CAMINO_VERSION__
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       camino
 *
 * Editors and authors use Camino without the unfiltered_html right: shortcodes
 * ([camino_finder city="tijuana"]) or the "Camino" block. camino.js is loaded
 * only on pages that show one of them; camino-map.js, the map's engine, is
 * fetched by camino.js from this folder when a map is first shown.
 */

defined( 'ABSPATH' ) || exit;

/** Shortcode => the element it writes. */
const CAMINO_SHORTCODES = array(
	'camino_finder'       => 'camino-service-finder',
	'camino_org_card'     => 'camino-org-card',
	'camino_fraud_notice' => 'camino-fraud-notice',
	'camino_office_map'   => 'camino-office-map',
);

/** Languages Camino speaks (BCP 47). */
const CAMINO_LANGUAGES = array( 'es', 'en', 'fr', 'ht', 'pt', 'ar' );

/** Attributes that are on when present; "false", "0" or "no" leave them off. */
const CAMINO_BOOLEAN_ATTRIBUTES = array( 'hide-fraud-notice', 'quick-exit', 'no-history' );

add_action( 'init', 'camino_register' );

/** Registers the script (printed only where an element is shown), the shortcodes and the block. */
function camino_register() {
	$version = get_file_data( __FILE__, array( 'Version' => 'Version' ) )['Version'];
	wp_register_script( 'camino', plugins_url( 'camino.js', __FILE__ ), array(), $version, true );
	foreach ( CAMINO_SHORTCODES as $shortcode => $tag ) {
		add_shortcode(
			$shortcode,
			function ( $attributes ) use ( $tag ) {
				return camino_element( $tag, is_array( $attributes ) ? $attributes : array() );
			}
		);
	}
	register_block_type( __DIR__ . '/block', array( 'render_callback' => 'camino_render_block' ) );
}

/**
 * The site's language as Camino's: es_MX → es, pt_BR → pt. Empty when Camino
 * does not speak it: the element then follows the reader's browser.
 */
function camino_site_language() {
	$language = strtolower( strtok( determine_locale(), '_-' ) );
	return in_array( $language, CAMINO_LANGUAGES, true ) ? $language : '';
}

/**
 * One camino-* element with the given attributes, and camino.js queued for the
 * page's footer. Every attribute is passed through, escaped: names as HTML
 * writes them (tile_url → tile-url), values with esc_attr. Event handlers
 * (on…) are dropped, and style goes through WordPress's CSS filter, so an
 * author without unfiltered_html cannot add script through a shortcode.
 *
 * @param string $tag        Element name, one of CAMINO_SHORTCODES.
 * @param array  $attributes Shortcode attributes; a bare word ([camino_finder hide-fraud-notice]) is a boolean attribute.
 * @return string HTML.
 */
function camino_element( $tag, array $attributes ) {
	wp_enqueue_script( 'camino' );
	$html = array();
	foreach ( $attributes as $name => $value ) {
		if ( is_int( $name ) ) {
			$name  = $value;
			$value = '';
		}
		$name = strtolower( str_replace( '_', '-', (string) $name ) );
		if ( ! preg_match( '/^[a-z][a-z0-9-]*$/', $name ) || 0 === strpos( $name, 'on' ) ) {
			continue;
		}
		$value = (string) $value;
		if ( in_array( $name, CAMINO_BOOLEAN_ATTRIBUTES, true ) ) {
			if ( in_array( strtolower( $value ), array( 'false', '0', 'no' ), true ) ) {
				continue;
			}
			$html[ $name ] = $name;
			continue;
		}
		if ( 'style' === $name ) {
			$value = safecss_filter_attr( $value );
		}
		$html[ $name ] = sprintf( '%s="%s"', $name, esc_attr( $value ) );
	}
	$language = camino_site_language();
	if ( ! isset( $html['lang'] ) && '' !== $language ) {
		$html['lang'] = sprintf( 'lang="%s"', esc_attr( $language ) );
	}
	return sprintf( '<%1$s %2$s></%1$s>', $tag, implode( ' ', $html ) );
}

/**
 * The block's markup: the chosen element with the attributes set in the editor.
 *
 * @param array $attributes Block attributes (block/block.json).
 * @return string HTML.
 */
function camino_render_block( $attributes ) {
	$elements = array_values( CAMINO_SHORTCODES );
	$tag      = 'camino-' . ( isset( $attributes['element'] ) ? $attributes['element'] : 'service-finder' );
	if ( ! in_array( $tag, $elements, true ) ) {
		$tag = 'camino-service-finder';
	}
	$names = array(
		'city'            => 'city',
		'org'             => 'org',
		'service'         => 'service',
		'population'      => 'population',
		'query'           => 'query',
		'lang'            => 'lang',
		'src'             => 'src',
		'headingLevel'    => 'heading-level',
		'hideFraudNotice' => 'hide-fraud-notice',
		'quickExit'       => 'quick-exit',
	);
	$given = array();
	foreach ( $names as $key => $name ) {
		if ( isset( $attributes[ $key ] ) && '' !== $attributes[ $key ] && false !== $attributes[ $key ] ) {
			$given[ $name ] = true === $attributes[ $key ] ? 'true' : (string) $attributes[ $key ];
		}
	}
	return sprintf( '<div %s>%s</div>', get_block_wrapper_attributes(), camino_element( $tag, $given ) );
}
