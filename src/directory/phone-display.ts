// Shows E.164 numbers the way people read and dial them, without shipping a
// phone-number library to phones: Mexican numbers in national format
// (Mexico City, Guadalajara and Monterrey have two-digit area codes), others
// in international format.
const TWO_DIGIT_AREA_CODES = ['33', '55', '56', '81'];

export function displayPhone(e164: string): string {
  const mexican = /^\+52(\d{10})$/.exec(e164);
  if (mexican) {
    const n = mexican[1];
    return TWO_DIGIT_AREA_CODES.includes(n.slice(0, 2))
      ? `${n.slice(0, 2)} ${n.slice(2, 6)} ${n.slice(6)}`
      : `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
  }
  const northAmerican = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  if (northAmerican) return `+1 ${northAmerican[1]} ${northAmerican[2]} ${northAmerican[3]}`;
  return e164;
}
