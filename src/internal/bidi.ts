import { html } from 'lit';

/**
 * Data text (a city's or an organisation's name, what a person typed) inside one of Camino's own
 * sentences, isolated in a `<bdi>`: it reads in its own direction, and whatever bidirectional
 * controls it holds end with it. Without it, a name holding a right-to-left override (U+202E)
 * reverses the rest of the sentence around it, and an Arabic name pulls the neighbouring
 * punctuation and numbers to its side. Unicode Standard Annex #9, section 6.3; HTML's `<bdi>`.
 */
export const isolated = (text: string) => html`<bdi>${text}</bdi>`;
