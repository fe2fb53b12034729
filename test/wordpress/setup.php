<?php
// Sets up the WordPress of test/wordpress/wordpress.test.js as a webmaster would
// through wp-admin: installs the site (Spanish, Mexico), uploads and activates
// the plugin from dist/camino-wordpress.zip with WordPress's own installer,
// and writes posts as an author, who lacks the unfiltered_html right.
// Prints what the test needs as JSON. Usage: php setup.php ZIP

define( 'WP_INSTALLING', true );
$zip = $argv[1];

// The database the site's wp-config.php names.
$config = file_get_contents( __DIR__ . '/wp-config.php' );
preg_match( "/'DB_HOST', '([^:]+):(\d+)'/", $config, $host );
$db = new mysqli( $host[1], 'root', '', '', (int) $host[2] );
$db->query( 'CREATE DATABASE IF NOT EXISTS camino_test' );
$db->close();

require __DIR__ . '/wp-load.php';
// No mail: the new site's welcome e-mail has nowhere to go.
add_filter( 'pre_wp_mail', '__return_false' );
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';

$installed = wp_install( 'Red de Apoyo Migrante', 'admin', 'admin@example.org', false, '', 'camino-admin-password' );
// The site's language is es_MX (wp-config.php): WordPress's option would accept only an installed
// language pack, and none can be downloaded here; without the option, the constant decides.
delete_option( 'WPLANG' );
wp_set_current_user( $installed['user_id'] );

// Plugins > Add New > Upload Plugin.
$upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
$result   = $upgrader->install( $zip );
if ( true !== $result ) {
	fwrite( STDERR, 'Installing the plugin failed: ' . ( is_wp_error( $result ) ? $result->get_error_message() : var_export( $result, true ) ) . "\n" );
	exit( 1 );
}
$activated = activate_plugin( 'camino/camino.php' );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, 'Activating the plugin failed: ' . $activated->get_error_message() . "\n" );
	exit( 1 );
}

// An author: may publish posts, may not post HTML that WordPress does not allow.
$author = wp_insert_user(
	array(
		'user_login' => 'autora',
		'user_pass'  => 'camino-author-password',
		'user_email' => 'autora@example.org',
		'role'       => 'author',
	)
);
wp_set_current_user( $author );

$content = <<<'CONTENT'
<!-- wp:shortcode -->
[camino_finder city="tijuana" limit="2" hide-fraud-notice quick-exit no-history="no"]
<!-- /wp:shortcode -->

<!-- wp:shortcode -->
[camino_org_card org="hias" city="tijuana"]
<!-- /wp:shortcode -->

<!-- wp:shortcode -->
[camino_fraud_notice org="hias" lang="en" heading_level="3" style="--camino-color-accent: #6b2d8f"]
<!-- /wp:shortcode -->

<!-- wp:shortcode -->
[camino_office_map city="tapachula"]
<!-- /wp:shortcode -->

<!-- wp:shortcode -->
[camino_org_card org='hias" onmouseover="alert(1)' onclick="alert(2)" id="hostile"]
<!-- /wp:shortcode -->

<!-- wp:camino/element {"element":"office-map","city":"tijuana","org":"hias","quickExit":true} /-->

<!-- wp:camino/element {"element":"fraud-notice","lang":"ar"} /-->
CONTENT;

$with_camino = wp_insert_post(
	array(
		'post_title'   => 'Ayuda en Tijuana y Tapachula',
		'post_content' => $content,
		'post_status'  => 'publish',
		'post_author'  => $author,
	),
	true
);
$without_camino = wp_insert_post(
	array(
		'post_title'   => 'Noticias de la red',
		'post_content' => '<!-- wp:paragraph --><p>Una entrada sin Camino.</p><!-- /wp:paragraph -->',
		'post_status'  => 'publish',
		'post_author'  => $author,
	),
	true
);
if ( is_wp_error( $with_camino ) || is_wp_error( $without_camino ) ) {
	fwrite( STDERR, "Writing the posts failed.\n" );
	exit( 1 );
}

echo wp_json_encode(
	array(
		'withCamino'    => get_permalink( $with_camino ),
		'withoutCamino' => get_permalink( $without_camino ),
		'saved'         => get_post_field( 'post_content', $with_camino ),
		'authorCanPostHtml' => user_can( $author, 'unfiltered_html' ),
		'wordpress'     => get_bloginfo( 'version' ),
		'locale'        => get_locale(),
	)
);
