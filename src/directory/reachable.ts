// Whether a person can reach an organisation from the directory, and which
// other organisations they can reach instead when they cannot: a record with
// no phone, e-mail or website must not leave a person without a next step.
import type { DirectoryIndex } from './directory-index.js';
import type { Email, Organization, Phone } from './format.js';

/** A line a person can call or write to: not a fax, not a press line. */
const usablePhone = (phone: Phone) => !!phone.number && phone.type !== 'fax' && phone.purpose !== 'media';
/** An address a person can write to for help: not the press office's. */
const usableEmail = (email: Email) => !!email.email && email.purpose !== 'media';

/** Whether the organisation, or one of its offices still listed, has a phone, an e-mail (not for the press) or a website. */
export function hasContact(org: Organization): boolean {
  return [org, ...org.locations.filter((l) => l.status !== 'defunct')].some(
    (record) => record.phones?.some(usablePhone) || record.emails?.some(usableEmail) || !!record.url,
  );
}

/** Whether all of an organisation's services are for civil-society organisations rather than for people. */
const servesOnlyOrganizations = (org: Organization) => org.services.every((s) => s.populations.includes('organizations'));

export interface Alternatives {
  /** `city`: they have an office in one of the cities asked about; `national`: none did, so these work in all of Mexico. */
  where: 'city' | 'national';
  organizations: Organization[];
}

/**
 * Organisations a person can reach instead of `org`: those with an open
 * office in one of `cityIds` and a contact, or, when there are none (or no
 * city is known), those that work in all of Mexico and have a contact. Never
 * `org` itself, nor an organisation whose services are only for organisations.
 */
export function reachableAlternatives(index: DirectoryIndex, org: Organization, cityIds: readonly string[]): Alternatives {
  const candidates = index.organizations.filter((o) => o !== org && o.status === 'active' && !servesOnlyOrganizations(o) && hasContact(o));
  const cities = new Set(cityIds);
  const inCities = candidates.filter((o) => o.locations.some((l) => l.status === 'active' && cities.has(l.city_id)));
  if (inCities.length) return { where: 'city', organizations: inCities };
  return { where: 'national', organizations: candidates.filter((o) => o.service_areas?.some((a) => !a.state_province)) };
}
