// Links are built from data only for the schemes a person needs: http(s),
// tel:, mailto: and WhatsApp. Anything else (javascript:, data:) is shown as
// text or not at all, whatever a directory file says.
import { E164, EMAIL } from '../directory/contact-patterns.js';

export { E164, EMAIL };

/**
 * A tel: link for an E.164 number, or for a number a partner wrote another way
 * ("664 123 4567", "*123#"), dialled as written: its digits, +, * and #.
 */
export const telHref = (number: string) => {
  const dial = number.replace(/[\s().\-/]/g, '');
  return /^\+?[\d*#]{3,20}$/.test(dial) ? `tel:${dial}` : undefined;
};
export const whatsappHref = (e164: string) => (E164.test(e164) ? `https://wa.me/${e164.slice(1)}` : undefined);
export const mailtoHref = (email: string) => (EMAIL.test(email) ? `mailto:${email}` : undefined);

export function webHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * OpenStreetMap directions to a place: "lat,lon" where the door is known, else
 * the street address, which OpenStreetMap's search turns into a point. The
 * reader's own position is never put in the link; OpenStreetMap asks for it.
 */
export const directionsHref = (destination: string) =>
  `https://www.openstreetmap.org/directions?to=${encodeURIComponent(destination)}`;
