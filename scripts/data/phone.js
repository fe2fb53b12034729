// Normalises the phone numbers of the source documents to E.164.
// Mexico moved to 10-digit national numbers in August 2019 and dropped the
// long-distance prefix 01, the mobile prefixes 044/045 and the "1" after +52
// for mobiles. The sources still write them, and libphonenumber reads such
// numbers as invalid, so they are removed first, and only in those shapes.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

const MX_NATIONAL_DIGITS = 10;

/**
 * Strips Mexico's pre-2019 dialling prefixes from a number written in Mexico.
 * @param {string} text the number as the source writes it
 * @returns {string} a dialable string for libphonenumber
 */
export function dropObsoleteMexicanPrefixes(text) {
  const digits = text.replace(/[^\d+]/g, '');
  const international = /^\+521(\d{10})$/.exec(digits);
  if (international) return `+52${international[1]}`;
  const national = /^(?:01|044|045)(\d{10})$/.exec(digits);
  if (national) return national[1];
  return text;
}

/**
 * Reads a source's phone text as E.164.
 * @param {string} sourceText the number exactly as the source writes it
 * @param {string} [country] ISO country the number is written in when it has no "+"; MX by default
 * @returns {{ number: string } | { error: string }}
 */
export function normalisePhone(sourceText, country = 'MX') {
  const dialable = country === 'MX' ? dropObsoleteMexicanPrefixes(sourceText) : sourceText;
  const parsed = parsePhoneNumberFromString(dialable, country);
  if (!parsed) return { error: `"${sourceText}" is not a phone number` };
  if (!parsed.isValid()) {
    return { error: `"${sourceText}" does not make a valid ${parsed.country ?? country} number (read as ${parsed.number})` };
  }
  if (parsed.country === 'MX' && parsed.nationalNumber.length !== MX_NATIONAL_DIGITS) {
    return { error: `"${sourceText}" is not a 10-digit Mexican number` };
  }
  return { number: parsed.number };
}

/** E.164 as this format accepts it. */
export const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * Checks that a number is E.164 and a valid number of its country.
 * @param {string} number
 * @returns {string | null} what is wrong, or null
 */
export function checkE164(number) {
  if (!E164.test(number)) return `"${number}" is not E.164 (+, country code, digits only)`;
  const parsed = parsePhoneNumberFromString(number);
  if (!parsed || !parsed.isValid()) return `"${number}" is not a valid phone number`;
  return null;
}
