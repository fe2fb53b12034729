// "Information from 2019": how old what an element shows is, and, past a
// threshold, that it may have changed. The dates and the threshold's logic
// are the directory's (information-age.js); this is how they read.
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { DEFAULT_STALE_YEARS, isOlderThan, newestSourceDate } from '../directory/information-age.js';
import type { AskBy } from '../directory/reachable.js';
import { formatPartialDate } from './format.js';

/** The `stale-after` attribute as years: a positive number, else the default (3). */
export function staleYears(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : DEFAULT_STALE_YEARS;
}

/**
 * The date of the newest source of some records ("Information from 2019"),
 * and "this may have changed" when it is more than `years` years before
 * `now`, with what to do as the records allow (`ask`, from howToAsk): call
 * before you go, ask before you go, or nothing more when there is no contact
 * (the "no contact" notice beside it names who can be reached). Nothing when
 * no record names a dated source.
 */
export function renderInformationAge(records: Iterable<{ provenance?: unknown } | undefined>, years: number, locale: string, now: Date, ask: AskBy) {
  const date = newestSourceDate(records);
  if (!date) return nothing;
  const stale = isOlderThan(date, years, now);
  // The space goes inside the text: a space alone beside a binding is dropped from Chrome's accessibility tree.
  return html`<p class="age" part="age">${msg(str`Información de ${formatPartialDate(date, locale)}.`)}${stale
    ? html`<strong>${` ${ask === 'call' ? msg('Puede haber cambiado: llame antes de ir.') : ask ? msg('Puede haber cambiado: pregunte antes de ir.') : msg('Puede haber cambiado.')}`}</strong>`
    : nothing}</p>`;
}
