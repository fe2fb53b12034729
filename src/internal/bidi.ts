import { html, nothing } from 'lit';
import type { TextInLanguage } from '../directory/localized-text.js';
import { listParts } from './format.js';
import { isRightToLeft } from './locale.js';

/**
 * Data text (a city's or an organisation's name, what a person typed) inside one of Camino's own
 * sentences, isolated in a `<bdi>`: it reads in its own direction, and whatever bidirectional
 * controls it holds end with it. Without it, a name holding a right-to-left override (U+202E)
 * reverses the rest of the sentence around it, and an Arabic name pulls the neighbouring
 * punctuation and numbers to its side. Unicode Standard Annex #9, section 6.3; HTML's `<bdi>`.
 * With `lang`, the language the text is in, so a screen reader reads a Spanish name with a
 * Spanish voice in an Arabic page (`""`: not known).
 */
export const isolated = (text: string, lang?: string) => html`<bdi lang=${lang ?? nothing}>${text}</bdi>`;

/**
 * The language of a place's name or address: the names of Camino's cities are Spanish, and so are
 * Mexico's addresses; an address in another country is in the directory's language, if it says.
 */
export const placeLanguage = (country?: string, dataLang?: string) => (!country || country === 'MX' ? 'es' : (dataLang ?? ''));

/**
 * Data text in several parts, in one language (an address and its landmark; a contact and what it is
 * for), held together as one isolated run in that language's direction: in an Arabic card,
 * "4a. Avenida Sur No. 6, … (Entre Central y 2a Calle Poniente)" then reads left to right with its
 * spaces, instead of its parts being laid out right to left. Camino's own words around it keep the
 * card's direction. A class, not `dir`: a link in the run names its target to screen readers in the
 * reader's words (visually hidden), which `dir="ltr"` would claim is left-to-right text. Without a
 * known language, the run takes the direction of its first letter (`unicode-bidi: plaintext`).
 */
export const dataRun = (lang: string | undefined, content: unknown) =>
  html`<span class=${!lang ? 'run' : isRightToLeft(lang) ? 'run rtl-run' : 'run ltr-run'}>${content}</span>`;

/** A city's or state's name (always Spanish in Camino's list of cities), isolated, not for browser translation. */
export const placeName = (name: string) => html`<bdi lang="es" translate="no">${name}</bdi>`;

/** A name picked from translated data, isolated, marked with the language it is really in. */
export const dataName = (name: TextInLanguage | undefined, fallback: string) =>
  html`<bdi lang=${name?.lang ?? nothing} translate="no">${name?.text ?? fallback}</bdi>`;

/**
 * A list of names from the data ("Tijuana, Nuevo Laredo y Tapachula"), written by Intl.ListFormat
 * in the element's language, each name isolated (and marked with its language, for names picked
 * from translated data): in an Arabic sentence, Latin names then keep their own order and the
 * list its right-to-left order, with the language's own separators.
 */
export function isolatedList(names: readonly (string | TextInLanguage)[], locale: string, lang?: string, type?: 'conjunction' | 'unit') {
  const texts = names.map((n) => (typeof n === 'string' ? n : n.text));
  let i = 0;
  return listParts(texts, locale, type).map((part) => {
    if (part.type !== 'element') return part.value;
    const name = names[i++];
    return isolated(part.value, typeof name === 'string' ? lang : name.lang);
  });
}
