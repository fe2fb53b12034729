// A rollup plugin for dist/camino.js, after terser with ascii_only: the characters
// outside ASCII that terser leaves, those in template literals (the html`` and
// css`` templates and the translations), become escapes (\xe9, \u0645), so the
// script means the same whatever encoding the page that loads it declares. A
// classic script is decoded in the page's encoding (windows-1252, Shift_JIS, or
// a guess when a saved file has no <meta charset>), and raw UTF-8 then turns
// into other characters or a syntax error. Inside a template (or a string, or a
// regular expression) an escape means the same character; a character outside
// the BMP becomes its two surrogates. terser has already escaped names (an
// object key `ł` becomes `\u0142`, where \x would not be valid).
import MagicString from 'magic-string';

export default function asciiOnly() {
  return {
    name: 'ascii-only',
    renderChunk(code, _chunk, options) {
      const output = new MagicString(code);
      for (const { 0: char, 1: backslashes, index } of code.matchAll(/(\\*)[^\x00-\x7f]/g)) {
        // An escaped character (\é) would turn into an escaped backslash: minifiers do not write those.
        if (backslashes.length % 2) this.error(`a backslash before "${char.slice(-1)}" cannot be rewritten as an escape`);
        const at = index + backslashes.length;
        const unit = code.charCodeAt(at);
        // \xe9 for the Latin letters of Spanish, French and Portuguese, \u0645 for the rest.
        output.overwrite(at, at + 1, unit < 0x100 ? `\\x${unit.toString(16).padStart(2, '0')}` : `\\u${unit.toString(16).padStart(4, '0')}`);
      }
      return { code: output.toString(), map: options.sourcemap ? output.generateMap({ hires: true }) : null };
    },
  };
}
