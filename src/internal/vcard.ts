// A contact file (vCard) of one record, so a person can call later without a
// connection. Version 3.0 (RFC 2426): the version every phone's contacts app
// imports (Android's and iOS's read 4.0 less reliably), written with the
// rules 3.0 and 4.0 (RFC 6350) share: CRLF line ends, text escaped
// (backslash, comma, newline; semicolons in compound values), lines folded at
// 75 octets of UTF-8 without splitting a character. Why Camino writes it
// itself rather than with a library: BENCHMARKS.md, "vCard".
import { msg } from '@lit/localize';
import type { RecordFacts } from './record-facts.js';

/** Text as a vCard value: `compound` for one field of N, ADR or ORG, where a semicolon separates fields. */
const escape = (value: string, compound = false) =>
  value.replace(compound ? /[\\,;]/g : /[\\,]/g, '\\$&').replace(/\r\n|[\r\n]/g, '\\n');

/**
 * A content line folded at 75 octets (RFC 6350 §3.2): a CRLF and a space before each continuation.
 * Each character's size in UTF-8 comes from its code point (a lone surrogate is written as U+FFFD,
 * 3 octets, as TextEncoder does): encoding each one took a few milliseconds per result on a cheap
 * phone, while the first results paint.
 */
function fold(line: string): string {
  // No UTF-16 unit takes more than 3 octets in UTF-8 (a pair of them, 4).
  if (line.length * 3 <= 75) return line;
  let out = '';
  let octets = 0;
  for (const char of line) {
    const code = char.codePointAt(0)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (octets + size > 75) {
      out += '\r\n ';
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
}

/** The vCard 3.0 text of a record: its name, phones, e-mails, address, website and hours (a note). */
export function vcard({ name, office, phones, emails, address, website, hours }: RecordFacts): string {
  const compound = (...fields: (string | undefined)[]) => fields.map((f) => escape(f ?? '', true)).join(';');
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    // N is required in 3.0; the organisation's name there is what every contacts app shows.
    `N:${compound(name, '', '', '', '')}`,
    `FN:${escape(name)}`,
    `ORG:${compound(name, ...(office ? [office] : []))}`,
    ...phones.map((p) => `TEL;TYPE=WORK,${p.type === 'cell' ? 'CELL' : p.type === 'fax' ? 'FAX' : 'VOICE'}:${escape(p.number!)}`),
    ...emails.map((e) => `EMAIL;TYPE=INTERNET:${escape(e.email)}`),
    address &&
      `ADR;TYPE=WORK:${compound('', '', [address.address_1, address.address_2, address.region].filter(Boolean).join(', '), address.city, address.state_province, address.postal_code, address.country)}`,
    website && `URL:${website}`,
    hours.length && `NOTE:${escape(`${msg('Horario')}: ${hours.join('; ')}`)}`,
    'END:VCARD',
  ];
  return lines.filter(Boolean).map((line) => fold(line as string)).join('\r\n') + '\r\n';
}
