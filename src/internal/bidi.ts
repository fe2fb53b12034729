import { html } from 'lit';
import { listFormat } from './intl-cache.js';

/**
 * Data text (a city's or an organisation's name, what a person typed) inside one of Camino's own
 * sentences, isolated in a `<bdi>`: it reads in its own direction, and whatever bidirectional
 * controls it holds end with it. Without it, a name holding a right-to-left override (U+202E)
 * reverses the rest of the sentence around it, and an Arabic name pulls the neighbouring
 * punctuation and numbers to its side. Unicode Standard Annex #9, section 6.3; HTML's `<bdi>`.
 */
export const isolated = (text: string) => html`<bdi>${text}</bdi>`;

/**
 * A list of names from the data ("Tijuana, Nuevo Laredo y Tapachula"), written by Intl.ListFormat
 * in the element's language, each name isolated: in an Arabic sentence, Latin names then keep
 * their own order and the list its right-to-left order.
 */
export function isolatedList(names: readonly string[], locale: string) {
  return listFormat(locale, { style: 'long', type: 'conjunction' })
    .formatToParts(names)
    .map((part) => (part.type === 'element' ? isolated(part.value) : part.value));
}
