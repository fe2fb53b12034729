/* Generated from data/schema/directory.schema.json by scripts/generate-types.js. Do not edit: change the schema and run npm run generate-types. */

/**
 * A stable lowercase id: letters, digits and single hyphens.
 *
 * This interface was referenced by `CaminoDirectory`'s JSON-Schema
 * via the `definition` "Slug".
 */
export type Slug = string;
/**
 * A record's id, kept as given: any text without spaces, up to 128 characters (a UUID in any case, a slug). Looked up without regard to case. The built-in directory uses lowercase slugs.
 *
 * This interface was referenced by `CaminoDirectory`'s JSON-Schema
 * via the `definition` "Id".
 */
export type Id = string;
/**
 * HSDS status of a record.
 *
 * This interface was referenced by `CaminoDirectory`'s JSON-Schema
 * via the `definition` "Status".
 */
export type Status = 'active' | 'inactive' | 'defunct' | 'temporarily closed';
/**
 * Why the record has its status, in words people read: shown beside any status other than active ("MSF's 2019 page tells of this work in the past tense"). For an active record whose newest source is older than three years at its assured_date, why it is still listed as active.
 *
 * This interface was referenced by `CaminoDirectory`'s JSON-Schema
 * via the `definition` "StatusReason".
 */
export type StatusReason = LocalizedText;
/**
 * The sources of a record's facts, at least one.
 *
 * @minItems 1
 *
 * This interface was referenced by `CaminoDirectory`'s JSON-Schema
 * via the `definition` "ProvenanceList".
 */
export type ProvenanceList = [Provenance, ...Provenance[]];
/**
 * Camino's kinds of help. "other": a partner's service that no taxonomy mapping places (shown under "other help").
 *
 * This interface was referenced by `CaminoDirectory`'s JSON-Schema
 * via the `definition` "TaxonomyId".
 */
export type TaxonomyId =
  | 'legal'
  | 'shelter'
  | 'health'
  | 'mental-health'
  | 'gbv'
  | 'human-rights'
  | 'family-reunification'
  | 'livelihoods'
  | 'information'
  | 'humanitarian-aid'
  | 'other';
/**
 * Who a service is for, where a source names a group. "organizations": the service's users are civil-society organisations, not people seeking help. "everyone": only where a source says so.
 *
 * This interface was referenced by `CaminoDirectory`'s JSON-Schema
 * via the `definition` "Population".
 */
export type Population =
  'women' | 'children' | 'lgbtqi' | 'indigenous' | 'families' | 'deportees' | 'organizations' | 'everyone';
/**
 * HSDS fees_description: what the service costs, in words people read. Absent: the sources do not say.
 *
 * This interface was referenced by `CaminoDirectory`'s JSON-Schema
 * via the `definition` "FeesDescription".
 */
export type FeesDescription = LocalizedText;
/**
 * A calendar date, YYYY-MM-DD.
 *
 * This interface was referenced by `CaminoDirectory`'s JSON-Schema
 * via the `definition` "IsoDate".
 */
export type IsoDate = string;
/**
 * A year, a month or a day: YYYY, YYYY-MM or YYYY-MM-DD.
 *
 * This interface was referenced by `CaminoDirectory`'s JSON-Schema
 * via the `definition` "PartialDate".
 */
export type PartialDate = string;

/**
 * A Camino directory: a profile of Open Referral HSDS 3.0 (organization, service, location, address, phone, schedule) extended with translated text, WhatsApp/SMS flags, Camino's kinds of help, populations served, per-service fees, status reasons, contact purposes, fraud reporting, a maintainer's correction channel, and provenance. It describes a directory as the browser keeps it after its checks (src/directory/check-directory.ts): a partner's file may also carry fields Camino does not read (ignored with a console note), and the built-in directory in data/ is held to stricter rules (scripts/data/validate-directory.js). data/README.md documents every field.
 */
export interface CaminoDirectory {
  $schema?: string;
  /**
   * Format version. This schema describes version 1.
   */
  camino_directory: 1;
  maintainer?: Maintainer;
  /**
   * The documents every fact comes from; records point at them by id.
   */
  sources: Source[];
  /**
   * Cities that locations may name in city_id, in addition to the built-in list.
   */
  cities?: City[];
  organizations: Organization[];
}
/**
 * Who keeps the directory and where people report a mistake in it. The elements' "report a mistake" action opens url (where {id} and {name} are replaced by the record's id and name) or, without url, a message to email with the record's name and id. Without both, no action is shown.
 *
 * This interface was referenced by `CaminoDirectory`'s JSON-Schema
 * via the `definition` "Maintainer".
 */
export interface Maintainer {
  /**
   * Who keeps the directory.
   */
  name?: string;
  /**
   * Where corrections are e-mailed.
   */
  email?: string;
  /**
   * A web page or form for corrections, http(s); {id} and {name} in it are replaced by the record's.
   */
  url?: string;
}
/**
 * This interface was referenced by `CaminoDirectory`'s JSON-Schema
 * via the `definition` "Source".
 */
export interface Source {
  id: Slug;
  title: LocalizedText;
  publisher?: string;
  /**
   * The document's own date.
   */
  date?: string;
  date_note?: string;
  url?: string;
  /**
   * The copy the data was read from.
   */
  file?: string;
}
/**
 * Human-readable text in one or more languages, keyed by BCP 47 language code: { "es": "…", "en": "…" }.
 *
 * This interface was referenced by `CaminoDirectory`'s JSON-Schema
 * via the `definition` "LocalizedText".
 */
export interface LocalizedText {
  [k: string]: string;
}
/**
 * A city that locations belong to. A partner's city may come without a point or time zone: its locations are then placed by their own coordinates. In data/, a gazetteer key from which the build adds them (data/cities.json).
 *
 * This interface was referenced by `CaminoDirectory`'s JSON-Schema
 * via the `definition` "City".
 */
export interface City {
  id: Slug;
  /**
   * The city's Spanish name, with its accents.
   */
  name: string;
  /**
   * Other names people type: "CDMX", "Cd. Juárez".
   */
  aliases?: string[];
  state_province?: string;
  country?: string;
  /**
   * IANA time zone.
   */
  timezone?: string;
  latitude?: number;
  longitude?: number;
  geonames_id?: number;
  /**
   * How to find the city in GeoNames: its name there and its first-level admin code.
   */
  gazetteer?: {
    name: string;
    admin1: string;
  };
}
/**
 * HSDS organization with its services and locations nested.
 *
 * This interface was referenced by `CaminoDirectory`'s JSON-Schema
 * via the `definition` "Organization".
 */
export interface Organization {
  $schema?: string;
  id: Id;
  name: LocalizedText;
  alternate_name?: LocalizedText;
  description?: LocalizedText;
  status?: Status;
  status_reason?: StatusReason;
  /**
   * HSDS website: the organisation's web site.
   */
  website?: string;
  emails?: Email[];
  phones?: Phone[];
  year_incorporated?: number;
  service_areas?: ServiceArea[];
  fraud_reporting?: FraudReporting;
  services: Service[];
  locations: Location[];
  /**
   * Editorial notes; not shown, not shipped.
   */
  notes?: string;
  provenance?: ProvenanceList;
  /**
   * HSDS assured_date: when the record was last checked against its sources.
   */
  assured_date?: string;
}
/**
 * An e-mail address. description: what the address is for ("Media inquiries", "Legal clinic"), in words people read.
 *
 * This interface was referenced by `CaminoDirectory`'s JSON-Schema
 * via the `definition` "Email".
 */
export interface Email {
  email: string;
  description?: LocalizedText;
  /**
   * What the contact is for, where the source says. "media": press and media inquiries only; never offered as a way to get help. Absent: the source does not say.
   */
  purpose?: 'media';
}
/**
 * HSDS phone. In data/, source_text is given and the build adds number; a partner gives number.
 *
 * This interface was referenced by `CaminoDirectory`'s JSON-Schema
 * via the `definition` "Phone".
 */
export interface Phone {
  /**
   * E.164 (+ country code and national number, digits only) where the browser could read it so; otherwise the number as the partner wrote it, shown and dialled as given.
   */
  number?: string;
  /**
   * The number exactly as the source document writes it.
   */
  source_text?: string;
  extension?: string;
  /**
   * HSDS phone type. "text" is a line that only takes messages. Absent: voice.
   */
  type?: 'voice' | 'cell' | 'fax' | 'text';
  /**
   * The number takes WhatsApp messages.
   */
  whatsapp?: boolean;
  /**
   * The number takes SMS.
   */
  sms?: boolean;
  /**
   * A free call from within Mexico.
   */
  toll_free?: boolean;
  description?: LocalizedText;
  /**
   * ISO 3166-1 alpha-2 country to read source_text in when it has no + prefix. Default MX.
   */
  country?: string;
  /**
   * What the contact is for, where the source says. "media": press and media inquiries only; never offered as a way to get help. Absent: the source does not say.
   */
  purpose?: 'media';
}
/**
 * Where an organisation or service works without an office of its own: a whole country or a state.
 *
 * This interface was referenced by `CaminoDirectory`'s JSON-Schema
 * via the `definition` "ServiceArea".
 */
export interface ServiceArea {
  country: string;
  state_province?: string;
  description?: LocalizedText;
}
/**
 * The organisation's own statement and channel for reporting anyone who charges in its name.
 *
 * This interface was referenced by `CaminoDirectory`'s JSON-Schema
 * via the `definition` "FraudReporting".
 */
export interface FraudReporting {
  statement: LocalizedText;
  emails?: Email[];
  phones?: Phone[];
  url?: string;
  provenance: ProvenanceList;
}
/**
 * Where a record's facts come from.
 *
 * This interface was referenced by `CaminoDirectory`'s JSON-Schema
 * via the `definition` "Provenance".
 */
export interface Provenance {
  /**
   * A stable lowercase id: letters, digits and single hyphens.
   */
  source: string;
  /**
   * The date of that document, as in sources.
   */
  source_date: string;
  /**
   * The field of the record this entry is the source for in particular ("free", "fees_description", "name", "status"); its note quotes or describes the source's words. Required for "free".
   */
  field?: string;
  /**
   * What this source says that others do not, or what was read with care.
   */
  note?: string;
}
/**
 * HSDS service, tagged with Camino's taxonomy.
 *
 * This interface was referenced by `CaminoDirectory`'s JSON-Schema
 * via the `definition` "Service".
 */
export interface Service {
  id: Id;
  name: LocalizedText;
  description?: LocalizedText;
  /**
   * Kinds of help, where a source says; empty when it does not say what kind of help.
   */
  taxonomy: TaxonomyId[];
  /**
   * Groups the service is for, where a source names them; empty when it names none.
   */
  populations: Population[];
  status?: Status;
  status_reason?: StatusReason;
  /**
   * The organisation's locations that offer this service. Absent: all of them.
   */
  location_ids?: Id[];
  service_areas?: ServiceArea[];
  /**
   * Also offered by phone or online.
   */
  remote?: boolean;
  /**
   * Languages the service is offered in, BCP 47 ("es", "es-MX", "tzh"), where a source says.
   */
  languages?: string[];
  fees_description?: FeesDescription;
  /**
   * true where a source says the service is free of charge, false where it says it costs money; absent when no source says. Needs a provenance entry with field "free".
   */
  free?: boolean;
  eligibility_description?: LocalizedText1;
  application_process?: LocalizedText2;
  /**
   * HSDS url: the service's own web page.
   */
  url?: string;
  /**
   * HSDS email: the service's own e-mail address.
   */
  email?: string;
  provenance?: ProvenanceList;
  /**
   * HSDS assured_date: when the record was last checked against its sources.
   */
  assured_date?: string;
}
/**
 * Human-readable text in one or more languages, keyed by BCP 47 language code: { "es": "…", "en": "…" }.
 */
export interface LocalizedText1 {
  [k: string]: string;
}
/**
 * Human-readable text in one or more languages, keyed by BCP 47 language code: { "es": "…", "en": "…" }.
 */
export interface LocalizedText2 {
  [k: string]: string;
}
/**
 * HSDS location: an office, shelter or project site.
 *
 * This interface was referenced by `CaminoDirectory`'s JSON-Schema
 * via the `definition` "Location".
 */
export interface Location {
  id: Id;
  name: LocalizedText;
  description?: LocalizedText;
  /**
   * A stable lowercase id: letters, digits and single hyphens.
   */
  city_id?: string;
  status?: Status;
  status_reason?: StatusReason;
  addresses?: Address[];
  latitude?: number;
  longitude?: number;
  /**
   * "address": the point is the door. "city": only the city is known; the point is the city's.
   */
  geo_precision?: 'address' | 'city';
  /**
   * IANA time zone; the build derives it from the city.
   */
  timezone?: string;
  phones?: Phone[];
  emails?: Email[];
  schedules?: Schedule[];
  url?: string;
  /**
   * Editorial notes; not shown, not shipped.
   */
  notes?: string;
  provenance?: ProvenanceList;
  /**
   * HSDS assured_date: when the record was last checked against its sources.
   */
  assured_date?: string;
}
/**
 * HSDS address. landmark: How people find the door ("one street from the Angel of Independence").
 *
 * This interface was referenced by `CaminoDirectory`'s JSON-Schema
 * via the `definition` "Address".
 */
export interface Address {
  address_1: string;
  address_2?: string;
  /**
   * The city as the address writes it.
   */
  city?: string;
  /**
   * Alcaldía, municipio or delegación.
   */
  region?: string;
  state_province?: string;
  /**
   * As the country writes it; shown with "C.P." only in Mexico.
   */
  postal_code?: string;
  /**
   * ISO 3166-1 alpha-2.
   */
  country?: string;
  address_type?: 'physical' | 'postal' | 'virtual';
  landmark?: LocalizedText;
}
/**
 * HSDS schedule: weekly opening hours in the location's time zone (byday, opens_at and closes_at together), or, for hours Camino cannot judge (an HSDS schedule by month or by week number), only their text. description: what these hours are for ("Migrant reception", a service's name).
 *
 * This interface was referenced by `CaminoDirectory`'s JSON-Schema
 * via the `definition` "Schedule".
 */
export interface Schedule {
  freq?: 'WEEKLY';
  /**
   * RFC 5545 days, comma-separated: MO,TU,WE,TH,FR,SA,SU.
   */
  byday?: string;
  opens_at?: string;
  /**
   * Closing time. Earlier than opens_at: the next morning (a night shelter's 20:00–08:00). 24:00: midnight at the end of the day.
   */
  closes_at?: string;
  /**
   * IANA time zone of the hours (Etc/GMT±N for an HSDS fixed UTC offset). The browser fills it in from the location.
   */
  timezone?: string;
  description?: LocalizedText;
  notes?: LocalizedText3;
  /**
   * HSDS valid_from: the first day these hours apply.
   */
  valid_from?: string;
  /**
   * HSDS valid_to: the last day these hours apply.
   */
  valid_to?: string;
}
/**
 * Human-readable text in one or more languages, keyed by BCP 47 language code: { "es": "…", "en": "…" }.
 */
export interface LocalizedText3 {
  [k: string]: string;
}
