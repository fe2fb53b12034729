// "Information from 2019": how old what an element shows is, and, past a
// threshold, that it may have changed. The dates and the threshold's logic
// are the directory's (information-age.js); this is how they read.
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { DEFAULT_STALE_YEARS, informationDate, isOlderThan } from '../directory/information-age.js';
import type { AskBy } from '../directory/reachable.js';
import { formatPartialDate } from './format.js';

/** The `stale-after` attribute as years: a positive number, else the default (3). */
export function staleYears(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : DEFAULT_STALE_YEARS;
}

/**
 * The date of the newest source of some records ("Information from 2019"),
 * or, without dated sources, the day their publisher last checked them (HSDS
 * `assured_date`: "The people who publish this list checked this
 * information on …", the date of a check, not of the facts); and "this may
 * have changed" when that date is more than `years` years before `now`, with
 * what to do as the records allow (`ask`, from howToAsk): call before you go,
 * ask before you go, or nothing more when there is no contact (the "no
 * contact" notice beside it names who can be reached). Nothing when no record
 * names a date.
 */
export function renderInformationAge(records: Iterable<{ provenance?: unknown; assured_date?: unknown } | undefined>, years: number, locale: string, now: Date, ask: AskBy) {
  const known = informationDate(records);
  if (!known) return nothing;
  const date = formatPartialDate(known.date, locale);
  const stale = isOlderThan(known.date, years, now);
  // The space goes inside the text: a space alone beside a binding is dropped from Chrome's accessibility tree.
  return html`<p class="age" part="age">${known.checked ? msg(str`Quien publica esta lista revisó esta información el ${date}.`) : msg(str`Información de ${date}.`)}${stale
    ? html`<strong>${` ${ask === 'call' ? msg('Puede haber cambiado: llame antes de ir.') : ask ? msg('Puede haber cambiado: pregunte antes de ir.') : msg('Puede haber cambiado.')}`}</strong>`
    : nothing}</p>`;
}
