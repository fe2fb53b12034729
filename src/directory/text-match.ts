/**
 * Folds text for matching what people type: case, accents and punctuation do
 * not matter ("Cd. Juárez" matches "cd juarez").
 */
export function foldForMatching(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
