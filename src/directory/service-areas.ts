// Where an organisation works without an office: the areas it names for
// itself and for its services (a country, or a state of one).
import type { Organization, ServiceArea } from './format.js';

/** Every area an organisation names, its own and its services'. */
export const areasOf = (org: Organization): ServiceArea[] => [...(org.service_areas ?? []), ...org.services.flatMap((s) => s.service_areas ?? [])];

/** The countries served as a whole (areas without a state), each once, as ISO 3166 codes: ["MX"]. */
export const countriesServed = (areas: readonly ServiceArea[]): string[] => [...new Set(areas.filter((a) => !a.state_province).map((a) => a.country))];
