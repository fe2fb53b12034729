import { html, unsafeStatic, type StaticValue } from 'lit/static-html.js';

/** Heading tags by level, made once: the host page decides where our headings sit in its outline. */
const tags: StaticValue[] = [1, 2, 3, 4, 5, 6].map((level) => unsafeStatic(`h${level}`));

/** The heading tag `offset` levels below `level` (clamped to h1–h6). */
export function headingTag(level: number, offset = 0): StaticValue {
  const clamped = Math.min(6, Math.max(1, Math.round(Number(level) || 2) + offset));
  return tags[clamped - 1];
}

export { html as staticHtml };
