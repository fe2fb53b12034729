// Which of Camino's kinds of help an HSDS taxonomy term stands for. In order:
// 1. the partner's own mapping, in the file: a top-level "camino_taxonomy"
//    object from a term's code, id or name to a kind ("BD-1800": "humanitarian-aid");
// 2. (read-hsds.ts) a term of the taxonomy "camino" whose code is a kind;
// 3. the words below, in the term's name or code, English or Spanish (the first
//    rule that matches wins, so "Mental Health Care" is mental health, not health).
// A term none of these place gives no kind; a service with no kind at all is
// shown under "other help". data/README.md lists this mapping for partners.
import { foldForMatching } from '../text-match.js';
import { TAXONOMY_IDS } from '../check-directory.js';

export const KIND_WORDS: readonly [kind: string, words: RegExp][] = [
  ['mental-health', /mental|psych|psic|counsel|emotional|trauma/],
  ['gbv', /gender based|domestic violence|sexual (violence|assault)|violencia (de genero|familiar|sexual)/],
  ['human-rights', /human rights|derechos humanos/],
  ['family-reunification', /family (reunification|tracing)|restoring family|reunificacion familiar/],
  ['legal', /legal|lawyer|attorney|asylum|immigration|abogad|asilo|juridic/],
  ['shelter', /shelter|housing|lodging|albergue|refugio|alojamiento|vivienda/],
  ['health', /health|medical|clinic|dental|salud|medic|clinica|hospital/],
  ['livelihoods', /employment|\bjobs?\b|livelihood|vocational|empleo|trabajo/],
  ['humanitarian-aid', /\bfood|clothing|hygiene|humanitarian|basic needs|alimento|comida|ropa/],
  ['information', /information|referral|orientation|informacion|orientacion/],
];

/**
 * @param term an HSDS taxonomy_term object
 * @param partnerKinds the file's "camino_taxonomy" mapping
 * @returns a kind id, or undefined
 */
export function kindOfTerm(term: Record<string, unknown>, partnerKinds: Record<string, unknown>): string | undefined {
  const keys = [term.code, term.id, term.name].filter((k): k is string => typeof k === 'string');
  for (const key of keys) {
    const kind = partnerKinds[key] ?? partnerKinds[key.toLowerCase()];
    if (TAXONOMY_IDS.includes(kind as never)) return kind as string;
  }
  const words = foldForMatching(`${term.name ?? ''} ${term.code ?? ''}`);
  return KIND_WORDS.find(([, pattern]) => pattern.test(words))?.[0];
}
