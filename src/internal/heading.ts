import { nothing } from 'lit';
import { html as staticHtml, unsafeStatic, type StaticValue } from 'lit/static-html.js';

/** Heading tags by level, made once: the host page decides where our headings sit in its outline. */
const tags: StaticValue[] = [1, 2, 3, 4, 5, 6].map((level) => unsafeStatic(`h${level}`));

/** The heading tag `offset` levels below `level` (clamped to h1–h6). */
export function headingTag(level: number, offset = 0): StaticValue {
  const clamped = Math.min(6, Math.max(1, Math.round(Number(level) || 2) + offset));
  return tags[clamped - 1];
}

export interface HeadingAttributes {
  id?: string;
  part?: string;
  class?: string;
  tabindex?: string;
  /** "auto" for a heading made of data (a name), so it reads in the direction of its own text. */
  dir?: string;
}

/**
 * A real heading (h1–h6) of the level the page needs. It is the one template
 * with a tag chosen at run time, so every other template stays plain `html`,
 * which the build can minify.
 */
export function heading(tag: StaticValue, content: unknown, attributes: HeadingAttributes = {}) {
  return staticHtml`<${tag} id=${attributes.id ?? nothing} part=${attributes.part ?? nothing} class=${attributes.class ?? nothing} tabindex=${attributes.tabindex ?? nothing} dir=${attributes.dir ?? nothing}>${content}</${tag}>`;
}
