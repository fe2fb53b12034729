// The relevance set (test/relevance/queries.json) and how a result list is
// scored against it: a query is a hit when every organisation it names is in
// the first three results (one per organisation), and the one named `first`
// comes first. Used by the Node test (every query must hit) and by the bench
// (hit rates of Camino, plain Fuse.js and MiniSearch over the same records).
import { readFileSync } from 'node:fs';

/** The date the set was judged at: which information is "current" depends on it (older than three years ranks after). */
export const JUDGED_AT = new Date('2026-12-01T12:00:00Z');

/** @returns {{ lang: string, query: string, city?: string, top3: string[], first?: string }[]} */
export function relevanceSet() {
  return JSON.parse(readFileSync(new URL('../../test/relevance/queries.json', import.meta.url), 'utf8')).queries;
}

/** Organisation ids in order of first appearance: one result per organisation. */
export const organisationsIn = (orgIds) => [...new Set(orgIds)];

/** Whether a ranked list of organisation ids satisfies a query of the set. */
export function isHit(query, orgIds) {
  const top = organisationsIn(orgIds).slice(0, 3);
  return query.top3.every((id) => top.includes(id)) && (!query.first || top[0] === query.first);
}

/** The built-in directory as flat records, one per office (or per organisation without one), with every text in every language. */
export function flatRecords(directory) {
  const texts = (value) => Object.values(value ?? {}).join(' ');
  const cities = new Map((directory.cities ?? []).map((c) => [c.id, c]));
  return directory.organizations.flatMap((org) => {
    const services = (location) => org.services.filter((s) => !location || !s.location_ids || s.location_ids.includes(location.id));
    const record = (location, id) => ({
      id,
      org: org.id,
      city: location?.city_id,
      organization: `${texts(org.name)} ${texts(org.alternate_name)}`,
      service: services(location).map((s) => texts(s.name)).join(' '),
      description: [texts(org.description), ...services(location).map((s) => texts(s.description))].join(' '),
      cities: location ? [cities.get(location.city_id)?.name, ...(cities.get(location.city_id)?.aliases ?? [])].join(' ') : '',
    });
    const offices = org.locations.filter((l) => l.status !== 'defunct').map((l) => record(l, l.id));
    return offices.length ? offices : [record(undefined, org.id)];
  });
}
