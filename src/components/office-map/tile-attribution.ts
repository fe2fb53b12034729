// Credit for the map's tiles, written by Leaflet with innerHTML. A partner's
// `tile-attribution` may link to its licence, so links to http(s) addresses are
// kept; everything else is shown as text.
import { msg } from '@lit/localize';
import { webHref } from '../../internal/safe-links.js';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const link = (href: string, inner: string) => `<a href="${escape(href)}" target="_blank" rel="noopener noreferrer">${inner}</a>`;

function safeHtml(node: Node): string {
  return [...node.childNodes]
    .map((child) => {
      if (child.nodeType === Node.TEXT_NODE) return escape(child.textContent ?? '');
      const inner = safeHtml(child);
      const href = (child as Element).localName === 'a' ? webHref((child as Element).getAttribute('href') ?? undefined) : undefined;
      return href ? link(href, inner) : inner;
    })
    .join('');
}

/** A partner's attribution, reduced to text and http(s) links. */
export function safeAttribution(partnerHtml: string): string {
  // DOMParser's document is inert: no script runs and no image loads while it is read.
  return safeHtml(new DOMParser().parseFromString(partnerHtml, 'text/html').body);
}

/** The credit OpenStreetMap's licence asks for, in the element's language (call while rendering). */
export const openStreetMapAttribution = () =>
  `© ${link('https://www.openstreetmap.org/copyright', escape(msg('colaboradores de OpenStreetMap')))}`;

