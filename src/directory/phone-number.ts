// Reads a partner's phone number as E.164 where its own digits say how, without
// shipping a phone-number library to phones: an international number written
// with spaces, dots, dashes or quotes ("+44 1234 234567", "00 52 664 …"), and
// the national numbers of Mexico (10 digits, after the pre-2019 prefixes 01,
// 044, 045) and of the United States and Canada (10 digits, or 11 after a 1)
// when the address says the country. Anything else is kept as written: it is
// shown as the partner wrote it and dialled as given, never dropped.
import { E164 } from './contact-patterns.js';

export interface ReadNumber {
  /** E.164 when it could be read so; otherwise the number as written, trimmed. */
  number: string;
  e164: boolean;
}

/**
 * @param written the number as the partner wrote it
 * @param country ISO 3166-1 alpha-2 country of the place the number belongs to, when known
 */
export function readPhoneNumber(written: string, country?: string): ReadNumber {
  // Spreadsheets and some exports wrap numbers in quotes to keep them text.
  const trimmed = written.trim().replace(/^["']+|["']+$/g, '').trim();
  // 00 is the international prefix in most countries; Mexico's mobiles dropped the 1 after +52 in 2019.
  const digits = trimmed.replace(/[\s().\-/]/g, '').replace(/^00/, '+').replace(/^\+521(\d{10})$/, '+52$1');
  const national =
    country === 'MX' ? /^(?:01|044|045)?(\d{10})$/.exec(digits) : country === 'US' || country === 'CA' ? /^1?(\d{10})$/.exec(digits) : null;
  const e164 = E164.test(digits) ? digits : national ? `+${country === 'MX' ? 52 : 1}${national[1]}` : '';
  return e164 ? { number: e164, e164: true } : { number: trimmed, e164: false };
}
