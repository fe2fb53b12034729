// What the directory accepts as a phone number or an e-mail address. The
// checks (check-directory.ts) and the link builders (internal/safe-links.ts)
// share these, so a number that passes the check is one a link can dial.

/** E.164 (ITU-T): +, country code and national number, digits only, 8 to 15 digits in all. */
export const E164 = /^\+[1-9]\d{6,14}$/;
/** An address a mailto: link can carry as it is: no spaces, no characters that would start a query or a header. */
export const EMAIL = /^[^\s@<>()?&]+@[^\s@<>()?&]+\.[a-zA-Z]{2,}$/;
