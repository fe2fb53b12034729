// A rollup plugin for dist/camino.js: two changes to Leaflet 1.9's source so that
// a host page cannot break the map.
//
// 1. Object.prototype additions. Leaflet walks its own objects with
// `for (… in …)`, which also visits anything a page has added to
// Object.prototype. With `Object.prototype.extra = function () {}` (old
// libraries and some site scripts do this), Events.on({ … }) registers a
// listener for "extra", finds Object.prototype.extra in its listener table,
// calls .push on a function and throws, and LayerGroup.eachLayer hands the
// function to map.addLayer, which throws "not a Layer": the map stays blank.
// Each loop in Leaflet's source is rewritten to skip a key that the object
// only inherits from Object.prototype; every other key is visited as before.
//
// 2. Trusted Types. On a page that sends `require-trusted-types-for 'script'`,
// Leaflet's start-up check for inline SVG (core/Browser.js) assigns a string to
// innerHTML, which throws before any map exists. The check makes the same
// element with createElementNS instead. (Leaflet's other innerHTML writes are in
// the zoom and attribution controls, which the map replaces: see map-view.ts.)
const LEAFLET_SOURCE = /[\\/]node_modules[\\/]leaflet[\\/]src[\\/].*\.js$/;
const FOR_IN = /for \((var )?(\w+) in ([^)]+)\) \{/g;
const HELPER = '\0camino-leaflet-own-keys';
const SVG_PROBE = "div.innerHTML = '<svg/>';";
const SVG_PROBE_WITHOUT_HTML = "div.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));";

export default function leafletHostSafe() {
  return {
    name: 'leaflet-host-safe',
    resolveId: (id) => (id === HELPER ? HELPER : null),
    load: (id) =>
      id === HELPER
        ? `const has = Object.prototype.hasOwnProperty;
/** True for a key that \`object\` has only because a page added it to Object.prototype. */
export const fromObjectPrototype = (object, key) => !has.call(object, key) && key in Object.prototype && object[key] === Object.prototype[key];`
        : null,
    transform(code, id) {
      if (!LEAFLET_SOURCE.test(id)) return null;
      if (/[\\/]core[\\/]Browser\.js$/.test(id)) {
        if (!code.includes(SVG_PROBE)) this.error(`${id}: Leaflet's inline-SVG check changed; update scripts/rollup-leaflet-host-safe.js`);
        code = code.replace(SVG_PROBE, SVG_PROBE_WITHOUT_HTML);
      }
      const loops = code.match(/for \((var )?\w+ in /g)?.length ?? 0;
      let rewritten = 0;
      const guarded = code.replace(FOR_IN, (_, declare = '', key, object) => {
        rewritten++;
        return `for (${declare}${key} in ${object}) { if (fromObjectPrototype(${object}, ${key})) continue;`;
      });
      if (rewritten !== loops) this.error(`${id}: ${loops - rewritten} for…in loop(s) not in the expected form; update scripts/rollup-leaflet-own-keys.js`);
      return { code: `import { fromObjectPrototype } from ${JSON.stringify(HELPER)};\n${guarded}`, map: null };
    },
  };
}
