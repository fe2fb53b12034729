// The "Camino" block in the block editor, in plain JavaScript (no build step;
// ASCII only, like camino.js, so it runs whatever encoding a site declares):
// settings in the sidebar, and the real element as the preview (camino.js is
// loaded in the editor too). The page shows what camino_render_block() writes.
(function (blocks, element, blockEditor, components, i18n) {
  var el = element.createElement;
  var __ = i18n.__;

  var ELEMENTS = [
    { value: 'service-finder', label: __('Service finder', 'camino') },
    { value: 'org-card', label: __('Organisation card', 'camino') },
    { value: 'fraud-notice', label: __('Fraud notice', 'camino') },
    { value: 'office-map', label: __('Map of offices', 'camino') },
  ];
  var LANGUAGES = [
    { value: '', label: __('The site\u2019s language', 'camino') },
    { value: 'es', label: 'Espa\u00f1ol' },
    { value: 'en', label: 'English' },
    { value: 'fr', label: 'Fran\u00e7ais' },
    { value: 'ht', label: 'Krey\u00f2l ayisyen' },
    { value: 'pt', label: 'Portugu\u00eas' },
    { value: 'ar', label: '\u0627\u0644\u0639\u0631\u0628\u064a\u0629' },
  ];
  // Which settings each element has (the attributes documented in the README).
  var FIELDS = {
    'service-finder': ['city', 'service', 'population', 'query', 'hideFraudNotice'],
    'org-card': ['org', 'city'],
    'fraud-notice': ['org'],
    'office-map': ['city', 'org', 'service'],
  };
  var LABELS = {
    city: __('City (for example: tijuana)', 'camino'),
    org: __('Organisation id (for example: hias)', 'camino'),
    service: __('Kind of help (for example: legal)', 'camino'),
    population: __('People served (for example: women)', 'camino'),
    query: __('Search text', 'camino'),
    src: __('Your own directory (URL of a JSON file)', 'camino'),
  };

  blocks.registerBlockType('camino/element', {
    edit: function (props) {
      var attributes = props.attributes;
      var set = function (name) {
        return function (value) {
          var change = {};
          change[name] = value;
          props.setAttributes(change);
        };
      };
      var fields = FIELDS[attributes.element] || [];
      var controls = [
        el(components.SelectControl, { key: 'element', label: __('Show', 'camino'), value: attributes.element, options: ELEMENTS, onChange: set('element') }),
      ];
      fields.concat(['src']).forEach(function (name) {
        if (name === 'hideFraudNotice') {
          controls.push(el(components.ToggleControl, { key: name, label: __('Hide the fraud notice', 'camino'), checked: attributes.hideFraudNotice, onChange: set(name) }));
        } else {
          controls.push(el(components.TextControl, { key: name, label: LABELS[name], value: attributes[name], onChange: set(name) }));
        }
      });
      controls.push(el(components.SelectControl, { key: 'lang', label: __('Language', 'camino'), value: attributes.lang, options: LANGUAGES, onChange: set('lang') }));
      // On the published page only: in the editor, Shift pressed three times would leave the editor.
      controls.push(
        el(components.ToggleControl, {
          key: 'quickExit',
          label: __('Quick exit button (leaves for a neutral site; Shift three times too)', 'camino'),
          checked: attributes.quickExit,
          onChange: set('quickExit'),
        }),
      );

      // The preview: the element itself, with the attributes its settings give.
      var preview = { 'heading-level': String(attributes.headingLevel || 2) };
      fields.concat(['src', 'lang']).forEach(function (name) {
        if (name === 'hideFraudNotice') {
          if (attributes.hideFraudNotice) preview['hide-fraud-notice'] = '';
        } else if (attributes[name]) {
          preview[name] = attributes[name];
        }
      });
      return el(
        'div',
        blockEditor.useBlockProps(),
        el(blockEditor.InspectorControls, null, el(components.PanelBody, { title: __('Camino', 'camino') }, controls)),
        el('camino-' + attributes.element, preview),
      );
    },
    // Rendered on the server (camino.php), so the page always has the current markup.
    save: function () {
      return null;
    },
  });
})(window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.i18n);
