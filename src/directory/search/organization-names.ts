import type { Organization } from '../format.js';
import { words } from './tokens.js';

/** A country or legal form at the end of a name, which people leave out: "HIAS México", "IMUMI, AC". */
const NAME_TAIL = / (mexico|ac|a c)$/;

/** The ways a name is written whole: each language's, and the parts of "MSF (Médecins Sans Frontières)". */
function nameForms(org: Organization): string[] {
  const forms = new Set<string>();
  for (const text of [...Object.values(org.name ?? {}), ...Object.values(org.alternate_name ?? {})]) {
    for (const part of [text, ...text.split(/[()]/)]) {
      const form = words(part).join(' ');
      if (!form) continue;
      forms.add(form);
      forms.add(form.replace(NAME_TAIL, ''));
    }
  }
  forms.delete('');
  return [...forms];
}

/**
 * Organisations named in a query: their name, acronym or other name written
 * whole ("acnur", "Sin Fronteras", "casa del migrante tijuana"). When one
 * name is part of a longer one also written ("médicos sin fronteras"), only
 * the longer counts: that is the organisation meant.
 */
export class OrganizationNames {
  /** Folded name → organisation ids. */
  private readonly byName = new Map<string, string[]>();
  private longest = 1;

  /** Adds an organisation's names (organisations are added as a directory is read). */
  add(org: Organization) {
    for (const form of nameForms(org)) {
      const ids = this.byName.get(form) ?? [];
      if (!ids.includes(org.id)) ids.push(org.id);
      this.byName.set(form, ids);
      this.longest = Math.max(this.longest, form.split(' ').length);
    }
  }

  /** @param all the query's folded words, little words included (`ReadQuery.all`) */
  named(all: readonly string[]): Set<string> {
    const spans: { from: number; to: number; ids: string[] }[] = [];
    for (let from = 0; from < all.length; from++) {
      for (let to = Math.min(all.length, from + this.longest); to > from; to--) {
        const ids = this.byName.get(all.slice(from, to).join(' '));
        if (ids) spans.push({ from, to, ids });
      }
    }
    const inside = (a: (typeof spans)[number], b: (typeof spans)[number]) => a !== b && b.from <= a.from && a.to <= b.to && b.to - b.from > a.to - a.from;
    return new Set(spans.filter((a) => !spans.some((b) => inside(a, b))).flatMap((s) => s.ids));
  }
}
