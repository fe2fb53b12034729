// Credit for the map's tiles, as pieces of text and links that the map puts
// into the page as DOM nodes, never as HTML: a partner's `tile-attribution` may
// link to its licence, so links to http(s) addresses are kept; everything else
// is shown as text. No innerHTML is involved, so the credit works on pages that
// require Trusted Types.
import { msg } from '@lit/localize';
import { webHref } from '../../internal/safe-links.js';
import { caminoPolicy } from '../../internal/trusted-types.js';

/** A piece of the credit: text, linked when it has an http(s) `href`. */
export interface CreditPart {
  text: string;
  href?: string;
}

function parts(node: Node): CreditPart[] {
  return [...node.childNodes].flatMap((child): CreditPart[] => {
    if (child.nodeType === Node.TEXT_NODE) return [{ text: child.textContent ?? '' }];
    const href = (child as Element).localName === 'a' ? webHref((child as Element).getAttribute('href') ?? undefined) : undefined;
    return href ? [{ text: child.textContent ?? '', href }] : parts(child);
  });
}

/**
 * An inert document parsed from `html`. DOMParser is a Trusted Types sink: on a page that
 * requires Trusted Types the string goes through Camino's own policy ("camino"). Undefined when
 * the page's policy list refuses it.
 */
function inertDocument(html: string): Document | undefined {
  const policy = caminoPolicy();
  try {
    // DOMParser's document is inert: no script runs and no image loads while it is read.
    return new DOMParser().parseFromString(policy ? policy.createHTML(html) : html, 'text/html');
  } catch {
    return undefined;
  }
}

/** A partner's attribution, reduced to text and http(s) links; without a parser, to its text. */
export function safeAttribution(partnerHtml: string): CreditPart[] {
  const parsed = inertDocument(partnerHtml);
  return parsed ? parts(parsed.body) : [{ text: partnerHtml.replace(/<[^>]*>/g, '') }];
}

/** The credit OpenStreetMap's licence asks for, in the element's language (call while rendering). */
export const openStreetMapAttribution = (): CreditPart[] => [
  { text: '© ' },
  { text: msg('colaboradores de OpenStreetMap'), href: 'https://www.openstreetmap.org/copyright' },
];
