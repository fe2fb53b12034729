// What an element says for an organisation that cannot be reached from the
// directory: that there is no contact, and which organisations nearby can be.
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { DirectoryIndex } from '../directory/directory-index.js';
import type { Location, Organization } from '../directory/format.js';
import { pickText } from '../directory/localized-text.js';
import { hasContact, reachableAlternatives } from '../directory/reachable.js';
import { isolatedList } from './bidi.js';
import { formatCountries, onlyMexico } from './format.js';

/**
 * Nothing when the organisation, or one of the `offices` shown, has a phone,
 * an e-mail (not the press's) or a website; otherwise "no contact in the
 * directory" and the organisations that can be reached in `cityIds` (or in
 * all of Mexico when none there can).
 */
export function renderNoContact(index: DirectoryIndex, org: Organization, offices: readonly Location[], cityIds: readonly string[], locale: string) {
  if (hasContact(org, offices)) return nothing;
  const { where, organizations, countries } = reachableAlternatives(index, org, cityIds);
  const names = html`<span translate="no">${isolatedList(organizations.map((o) => pickText(o.name, locale) ?? o.id), locale)}</span>`;
  // City names are Spanish (Camino's list of cities).
  const places = html`<span translate="no">${isolatedList(cityIds.map((id) => index.city(id)?.name ?? id), locale, 'es')}</span>`;
  return html`<div class="no-contact" part="no-contact">
    <p><strong>${msg('No tenemos ni teléfono ni correo de esta organización.')}</strong></p>
    ${organizations.length
      ? html`<p>${where === 'city'
          ? msg(html`Estas organizaciones sí tienen teléfono o correo y ayudan en ${places}: ${names}.`)
          : onlyMexico(countries)
            ? msg(html`Estas organizaciones sí tienen teléfono o correo y ayudan en todo México: ${names}.`)
            : msg(html`Estas organizaciones sí tienen teléfono o correo y ayudan en todo el país (${formatCountries(countries, locale)}): ${names}.`)}</p>`
      : nothing}
  </div>`;
}
