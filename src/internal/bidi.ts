/**
 * Data text (a city's or an organisation's name, what a person typed) inside one of Camino's own
 * sentences, wrapped in Unicode's first-strong isolate (U+2068 … U+2069): it reads in its own
 * direction, and whatever bidirectional controls it holds end with it. Without it, a name holding a
 * right-to-left override (U+202E) reverses the rest of the sentence around it. This is what `<bdi>`
 * does, for sentences that are plain strings (messages, labels, live-region text). Unicode
 * Standard Annex #9, section 6.3.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
