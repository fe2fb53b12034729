<?php
// Scripts the block's editor code needs; WordPress loads them before it.
return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'camino' ),
	'version'      => '__CAMINO_VERSION__',
);
