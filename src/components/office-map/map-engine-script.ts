// How dist/camino.js loads its map engine, dist/camino-map.js, the first time
// a map is shown: a <script> element, from where camino.js itself came, that
// the browser runs only if its bytes have the SHA-384 written into camino.js
// when both were built (Subresource Integrity). A page that pinned camino.js
// with its own integrity hash thus gets exactly the engine built with it. The
// element has the crossorigin mode, nonce and referrer policy of Camino's own
// <script>, so a Content-Security-Policy whose nonce lets camino.js run lets
// the engine run too, and its address goes through Camino's Trusted Types
// policy. scripts/rollup-map-engine-file.js puts this loader in place of
// load-map-engine.ts.
import type { MapEngine } from './load-map-engine.js';
import { ENGINE_HANDOFF } from './map-engine-handoff.js';
import { caminoPolicy } from '../../internal/trusted-types.js';

/** Camino's own <script>, which is document.currentScript only while camino.js runs. */
const ownScript = document.currentScript as HTMLScriptElement | null;

/** The attribute that gives the engine's address where it is not beside camino.js. */
const ADDRESS_ATTRIBUTE = 'data-camino-map';

/**
 * After this long without the engine, a shown map says it could not be loaded (and a later
 * attempt asks again): its 32 KB take a few seconds on a slow 2G connection, not 30.
 */
const TIMEOUT_MS = 30_000;

/**
 * The engine's address. In order: the `data-camino-map` attribute of Camino's own `<script>`
 * (relative to the page); `path` beside camino.js when it came from a `<script src>`; else (camino.js
 * inlined, or run by a bundle or a loader without a script of its own) the `data-camino-map`
 * attribute of any `<script>` of the page, or `path` beside the page.
 */
export function engineAddress(path: string, script: HTMLScriptElement | null = ownScript): string {
  const given = script?.getAttribute(ADDRESS_ATTRIBUTE) || (script?.src ? undefined : document.querySelector(`script[${ADDRESS_ATTRIBUTE}]`)?.getAttribute(ADDRESS_ATTRIBUTE));
  return given ? new URL(given, document.baseURI).href : new URL(path, script?.src || document.baseURI).href;
}

/** Why the engine's script did not run, as precisely as the browser lets a page know. */
function whyNot(url: string, integrity: string, blockedBy: string | undefined): string {
  if (blockedBy) return `the page's Content-Security-Policy blocked it (${blockedBy})`;
  // The last attempt's status, where the browser tells it (Resource Timing's responseStatus).
  const attempts = performance.getEntriesByName(url) as (PerformanceResourceTiming & { responseStatus?: number })[];
  const status = attempts[attempts.length - 1]?.responseStatus;
  if (status === undefined) return `the browser refused it (unreachable, or its content is not the one camino.js was built with, ${integrity}; the browser's own message says which)`;
  if (status >= 400) return `the server answered ${status}`;
  if (status >= 200 && status < 300) {
    return `its content is not the one camino.js was built with (${integrity}): another version's, or altered`;
  }
  return 'it could not be fetched (offline, refused, or another origin without CORS)';
}

/**
 * A function that loads the map engine from `path` (relative to camino.js: "camino-map.js?v=…")
 * and checks it against `integrity` ("sha384-…"). Calls made while it loads share one request;
 * once loaded, the engine is kept. A failure rejects with an Error that says where the engine was
 * looked for, why it did not run and what to do, and the next call asks again: a page that was
 * offline for a moment gets its map the next time one is shown. `timeout` (ms) is for tests.
 */
export function mapEngineLoader(path: string, integrity: string, timeout = TIMEOUT_MS): () => Promise<MapEngine> {
  let engine: MapEngine | undefined;
  let pending: Promise<MapEngine> | undefined;

  const load = () =>
    new Promise<MapEngine>((resolve, reject) => {
      const url = engineAddress(path);
      const script = document.createElement('script');
      let blockedBy: string | undefined;
      let settled = false;
      const onViolation = (event: SecurityPolicyViolationEvent) => {
        if (event.blockedURI === url) blockedBy = event.effectiveDirective;
      };
      const settle = (problem?: string) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        document.removeEventListener('securitypolicyviolation', onViolation);
        script.remove();
        pending = undefined;
        if (engine) resolve(engine);
        else
          reject(
            new Error(
              `The map engine did not load from ${url}: ${problem}. The map is not shown; the list still works. ` +
                `camino-map.js must be beside camino.js, from the same build, or ${ADDRESS_ATTRIBUTE} on camino.js's <script> give its address.`,
            ),
          );
      };
      // The engine, handed over as the script runs (before its load event); even after a timeout,
      // a late one is kept for the next call.
      script.addEventListener(ENGINE_HANDOFF, (event) => {
        engine = (event as CustomEvent<MapEngine>).detail;
        settle();
      });
      script.addEventListener('load', () => settle('it ran but handed over no engine'));
      script.addEventListener('error', () => settle(whyNot(url, integrity, blockedBy)));
      const timer = setTimeout(() => settle(`nothing arrived within ${timeout / 1000} s`), timeout);
      document.addEventListener('securitypolicyviolation', onViolation);
      const policy = caminoPolicy();
      try {
        // A Trusted Types sink: without the "camino" policy, a page that requires Trusted Types refuses the string.
        script.src = policy ? policy.createScriptURL(url) : url;
      } catch {
        settle('the page requires Trusted Types and does not allow the policy "camino"');
        return;
      }
      script.integrity = integrity;
      // Subresource Integrity needs CORS for another origin's file: a camino.js loaded without a
      // crossorigin attribute still asks for its engine in CORS mode there.
      const crossOrigin = ownScript?.crossOrigin ?? (new URL(url).origin === location.origin ? null : 'anonymous');
      if (crossOrigin !== null) script.crossOrigin = crossOrigin;
      if (ownScript?.nonce) script.nonce = ownScript.nonce;
      if (ownScript?.referrerPolicy) script.referrerPolicy = ownScript.referrerPolicy;
      (document.head ?? document.documentElement).append(script);
    });

  return () => (engine ? Promise.resolve(engine) : (pending ??= load()));
}
