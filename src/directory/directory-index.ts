import type { CaminoDirectory, City, Location, Maintainer, Organization, Service, Source } from './format.js';
import { foldForMatching } from './text-match.js';

/** A checked directory with the look-ups the components need. */
export class DirectoryIndex {
  readonly organizations: readonly Organization[];
  readonly cities: readonly City[];
  /** Who keeps the directory, and where people report a mistake (a `src` directory's own `maintainer`). */
  readonly maintainer?: Maintainer;
  private readonly organizationsById = new Map<string, Organization>();
  private readonly citiesById = new Map<string, City>();
  /** Folded names and aliases, made at the first look-up that needs them (folding is not free on a phone). */
  private citiesByName?: Map<string, City>;
  private readonly sourcesById = new Map<string, Source>();

  constructor(directory: CaminoDirectory) {
    this.organizations = directory.organizations;
    this.cities = directory.cities ?? [];
    this.maintainer = directory.maintainer;
    for (const source of directory.sources) this.sourcesById.set(source.id, source);
    this.add(this.organizations);
  }

  /**
   * Indexes organisations added to the directory's list (a big `src` is read
   * a batch at a time), and the cities added with them.
   */
  add(organizations: readonly Organization[]) {
    if (this.citiesById.size < this.cities.length) {
      for (const city of this.cities) this.citiesById.set(city.id, city);
      this.citiesByName = undefined;
    }
    // Partners' ids are kept as given (a UUID in capitals, say) and found whatever the case.
    for (const org of organizations) {
      this.organizationsById.set(org.id.toLowerCase(), org);
      for (const location of org.locations) this.place(location);
    }
  }

  /**
   * Gives a location what its city says: its time zone (and its hours'),
   * unless it has its own, and, where the door's position is not known, the
   * city's point marked "city". Directories, the built-in one too, leave these
   * out rather than repeat them.
   */
  private place(location: Location) {
    const city = this.city(location.city_id);
    const hasPoint = typeof location.latitude === 'number' && typeof location.longitude === 'number';
    location.geo_precision = hasPoint && location.geo_precision !== 'city' ? 'address' : 'city';
    if (!hasPoint && city) {
      location.latitude = city.latitude;
      location.longitude = city.longitude;
    }
    location.timezone ??= city?.timezone;
    for (const schedule of location.schedules ?? []) schedule.timezone ??= location.timezone;
  }

  organization(id: string): Organization | undefined {
    return this.organizationsById.get(id.trim().toLowerCase());
  }

  /** A city by id, name or alias, whatever the case and accents ("CDMX", "cd. juarez"). */
  findCity(nameOrId: string): City | undefined {
    const byId = this.citiesById.get(nameOrId);
    if (byId) return byId;
    if (!this.citiesByName) {
      this.citiesByName = new Map();
      for (const city of this.cities) {
        for (const name of [city.id, city.name, ...(city.aliases ?? [])]) {
          const key = foldForMatching(name);
          if (!this.citiesByName.has(key)) this.citiesByName.set(key, city);
        }
      }
    }
    return this.citiesByName.get(foldForMatching(nameOrId));
  }

  city(id: string | undefined): City | undefined {
    return id === undefined ? undefined : this.citiesById.get(id);
  }

  source(id: string): Source | undefined {
    return this.sourcesById.get(id);
  }

  /** The organisation's locations that are not closed for good, optionally only those in one city. */
  officesOf(org: Organization, cityId?: string): Location[] {
    return org.locations.filter(
      (location) => location.status !== 'defunct' && (!cityId || location.city_id === cityId),
    );
  }

  /** The services offered at a location (a service without location_ids is offered at all of them). */
  servicesAt(org: Organization, location: Location): Service[] {
    return org.services.filter((service) => !service.location_ids || service.location_ids.includes(location.id));
  }

  /** Cities where an organisation has offices, in the order of the city list. */
  citiesOf(org: Organization): City[] {
    const ids = new Set(org.locations.map((l) => l.city_id));
    return this.cities.filter((c) => ids.has(c.id));
  }
}
