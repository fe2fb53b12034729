// Camino's one Trusted Types policy, "camino". On a page that sends
// `require-trusted-types-for 'script'`, two things Camino does need it: reading
// a partner's tile credit with DOMParser (tile-attribution.ts), and setting the
// address of the map engine's <script> (map-engine-script.ts). Lit makes its
// own policy ("lit-html") for its templates. The policy object never leaves
// Camino's code, so nothing else on the page can use it.

/** The part of a Trusted Types policy Camino uses; its results are strings where Trusted Types does not exist. */
export interface CaminoPolicy {
  createHTML(html: string): string;
  createScriptURL(url: string): string;
}

type TrustedTypesFactory = { createPolicy(name: string, rules: CaminoPolicy): CaminoPolicy };

let policy: CaminoPolicy | null | undefined;

/**
 * The "camino" policy, made the first time it is asked for. Null when the
 * browser has no Trusted Types (then strings are accepted as they are) or when
 * the page's `trusted-types` directive does not allow the name "camino" (then
 * the sinks refuse strings, and the caller says what it could not do).
 */
export function caminoPolicy(): CaminoPolicy | null {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
    try {
      policy = factory ? factory.createPolicy('camino', { createHTML: (html) => html, createScriptURL: (url) => url }) : null;
    } catch {
      policy = null;
    }
  }
  return policy;
}
