// Writes a Camino directory as Open Referral HSDS 3.0: one compiled
// organization per organisation (its locations, services, phones, schedules
// and taxonomy terms nested), which the official schemas validate. HSDS text
// is in one language; everything Camino has that HSDS has no field for
// (translations, provenance and sources, people served, "free" with its source,
// status reasons, fraud reporting, precision of coordinates, IANA time zones,
// WhatsApp, contact purposes) goes into a
// "camino" object on the record it belongs to, an extension HSDS allows
// (its schemas do not forbid other properties). data/README.md documents it.
import { createHash } from 'node:crypto';

/** UUIDs of records whose Camino id is not one are UUID v5 names in this namespace: the same id always gives the same UUID. */
const NAMESPACE = 'a8f1c4e2-6b0d-5c3e-9f27-1d4b8e6a0c53';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** RFC 4122 version 5 (SHA-1, name-based) UUID. */
export function uuidV5(name, namespace = NAMESPACE) {
  const hash = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
const hsdsId = (kind, id) => (UUID.test(id) ? id : uuidV5(`${kind}:${id}`));

/** Camino's kinds of help and people served, as terms of its own taxonomies ("camino", "camino-populations"). */
export const KIND_TERMS = {
  legal: ['Asesoría legal', 'Legal advice, representation, asylum procedure'],
  shelter: ['Albergue', 'Shelter'],
  health: ['Salud', 'Health care'],
  'mental-health': ['Salud mental y apoyo psicosocial', 'Mental health and psychosocial support'],
  gbv: ['Atención a la violencia de género', 'Response to gender-based violence'],
  'human-rights': ['Derechos humanos', 'Human rights: complaints, documentation, litigation'],
  'family-reunification': ['Reunificación familiar', 'Family reunification'],
  livelihoods: ['Empleo y medios de vida', 'Work and livelihoods'],
  information: ['Información y orientación', 'Information and orientation'],
  'humanitarian-aid': ['Ayuda humanitaria', 'Humanitarian aid'],
  other: ['Otra ayuda', 'Other help: no taxonomy mapping placed the service'],
};
export const POPULATION_TERMS = {
  women: ['Mujeres', 'Women'],
  children: ['Niñas, niños y adolescentes', 'Children and adolescents'],
  lgbtqi: ['Personas LGBTQI+', 'LGBTQI+ people'],
  indigenous: ['Personas indígenas', 'Indigenous people'],
  families: ['Familias', 'Families'],
  deportees: ['Personas deportadas', 'Deported people'],
  organizations: ['Organizaciones', 'Civil-society organisations, not people seeking help'],
  everyone: ['Todas las personas', 'Everyone'],
};

/** Drops undefined members and empty lists and objects, so the output holds only what is known. */
function compact(object) {
  const kept = {};
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) continue;
    kept[key] = value;
  }
  return kept;
}

/**
 * @param {object} directory a Camino directory (data compiled by the build, or a checked partner file)
 * @param {{ language?: string }} [options] the language of HSDS's text fields (default "es")
 * @returns {object[]} compiled HSDS organizations
 */
export function toHsds(directory, { language = 'es' } = {}) {
  const pick = (text) => (text ? (text[language] ?? text.es ?? text.en ?? Object.values(text)[0]) : undefined);
  /** The whole translated text, kept in the extension when it holds more than the one language written. */
  const translations = (text) => (text && Object.keys(text).some((lang) => lang !== language) ? text : undefined);
  const sources = new Map((directory.sources ?? []).map((s) => [s.id, s]));
  const cities = new Map((directory.cities ?? []).map((c) => [c.id, c]));

  return directory.organizations.map((org) => {
    const orgId = hsdsId('organization', org.id);
    const cited = new Set();
    const provenance = (record) => {
      for (const p of record.provenance ?? []) cited.add(p.source);
      return record.provenance;
    };
    const phones = (list, owner) =>
      (list ?? []).map((phone, i) =>
        compact({
          id: uuidV5(`phone:${owner}:${i}`),
          number: phone.number,
          extension: phone.extension === undefined ? undefined : Number(phone.extension),
          type: phone.type,
          description: pick(phone.description),
          camino: compact({ whatsapp: phone.whatsapp, sms: phone.sms, toll_free: phone.toll_free, purpose: phone.purpose, description: translations(phone.description) }),
        }),
      );
    const schedule = (hours, key, text) =>
      compact({
        id: uuidV5(`schedule:${key}`),
        freq: hours.byday ? 'WEEKLY' : undefined,
        byday: hours.byday,
        opens_at: hours.opens_at,
        closes_at: hours.closes_at,
        valid_from: hours.valid_from,
        valid_to: hours.valid_to,
        description: text,
        camino: compact({ timezone: hours.timezone, description: translations(hours.description), notes: translations(hours.notes) }),
      });

    const serviceNames = new Map(org.services.map((s) => [pick(s.name), s.id]));
    /** Hours named after a service offered here belong to that service there (HSDS's service_at_location). */
    const serviceHours = new Map();
    const locations = org.locations.map((location) => {
      const city = cities.get(location.city_id);
      const point = typeof location.latitude === 'number' ? location : city;
      const precise = typeof location.latitude === 'number' && location.geo_precision !== 'city';
      const ownHours = [];
      (location.schedules ?? []).forEach((hours, i) => {
        const label = pick(hours.description);
        const serviceId = serviceNames.get(label);
        const key = `${location.id}:${i}`;
        if (serviceId) {
          const list = serviceHours.get(`${serviceId} ${location.id}`) ?? [];
          list.push(schedule(hours, key, pick(hours.notes)));
          serviceHours.set(`${serviceId} ${location.id}`, list);
        } else {
          ownHours.push(schedule(hours, key, [label, pick(hours.notes)].filter(Boolean).join('. ') || undefined));
        }
      });
      return compact({
        id: hsdsId('location', location.id),
        location_type: 'physical',
        name: pick(location.name),
        description: pick(location.description),
        latitude: point?.latitude,
        longitude: point?.longitude,
        url: location.url,
        external_identifier: UUID.test(location.id) ? undefined : location.id,
        external_identifier_type: UUID.test(location.id) ? undefined : 'camino',
        addresses: (location.addresses ?? []).map((a, i) =>
          compact({
            id: uuidV5(`address:${location.id}:${i}`),
            address_1: a.address_1,
            address_2: a.address_2,
            city: a.city ?? city?.name ?? '',
            region: a.region,
            state_province: a.state_province ?? city?.state_province ?? '',
            postal_code: a.postal_code ?? '',
            country: a.country ?? city?.country ?? '',
            address_type: a.address_type ?? 'physical',
            camino: compact({ landmark: a.landmark }),
          }),
        ),
        phones: phones(location.phones, location.id),
        schedules: ownHours,
        contacts: (location.emails ?? []).map((e, i) => compact({ id: uuidV5(`contact:${location.id}:${i}`), email: e.email, title: pick(e.description) })),
        camino: compact({
          city_id: location.city_id,
          // "city": the point is the city's centre, not the door.
          geo_precision: point ? (precise ? 'address' : 'city') : undefined,
          timezone: location.timezone ?? city?.timezone,
          status: location.status,
          status_reason: location.status_reason,
          name: translations(location.name),
          description: translations(location.description),
          provenance: provenance(location),
          assured_date: location.assured_date,
        }),
      });
    });

    // Remote work is a virtual location in HSDS.
    const remote = org.services.some((s) => s.remote);
    const virtualId = uuidV5(`virtual:${org.id}`);
    if (remote) locations.push({ id: virtualId, location_type: 'virtual', name: language === 'es' ? 'A distancia (por teléfono o en línea)' : 'Remote (by phone or online)' });

    const term = (taxonomy, code, [name, description]) => {
      const id = uuidV5(`term:${taxonomy}:${code}`);
      return { id: uuidV5(`attribute:${taxonomy}:${code}`), taxonomy_term_id: id, taxonomy_term: { id, code, name: language === 'es' ? name : description.split(':')[0], description, taxonomy } };
    };
    const services = org.services.map((service) => {
      const at = service.location_ids ?? org.locations.map((l) => l.id);
      return compact({
        id: hsdsId('service', service.id),
        name: pick(service.name),
        description: pick(service.description),
        url: service.url,
        email: service.email,
        status: service.status,
        application_process: pick(service.application_process),
        fees_description: pick(service.fees_description),
        eligibility_description: pick(service.eligibility_description),
        assured_date: service.assured_date,
        languages: (service.languages ?? []).map((code) => ({ id: uuidV5(`language:${service.id}:${code}`), code })),
        attributes: [
          ...service.taxonomy.map((kind) => term('camino', kind, KIND_TERMS[kind])),
          ...(service.populations ?? []).map((p) => term('camino-populations', p, POPULATION_TERMS[p])),
        ],
        service_at_locations: [
          ...at.map((locationId) =>
            compact({
              id: uuidV5(`service_at_location:${service.id}:${locationId}`),
              location_id: hsdsId('location', locationId),
              schedules: serviceHours.get(`${service.id} ${locationId}`),
            }),
          ),
          ...(service.remote ? [{ id: uuidV5(`service_at_location:${service.id}:remote`), location_id: virtualId }] : []),
        ],
        camino: compact({
          id: UUID.test(service.id) ? undefined : service.id,
          free: service.free,
          status_reason: service.status_reason,
          name: translations(service.name),
          description: translations(service.description),
          service_areas: service.service_areas,
          fees_description: translations(service.fees_description),
          eligibility_description: translations(service.eligibility_description),
          application_process: translations(service.application_process),
          provenance: provenance(service),
        }),
      });
    });

    // A press address or line is no way to get help: it goes to a contact of its own, never the organisation's email.
    const forPress = (contact) => contact.purpose === 'media';
    const [firstEmail, ...otherEmails] = (org.emails ?? []).filter((e) => !forPress(e));
    const press = [...(org.emails ?? []).filter(forPress), ...(org.phones ?? []).filter(forPress)];
    return compact({
      id: orgId,
      name: pick(org.name),
      alternate_name: pick(org.alternate_name),
      // HSDS requires a description; an empty one says there is none.
      description: pick(org.description) ?? '',
      email: firstEmail?.email,
      website: org.website,
      year_incorporated: org.year_incorporated,
      phones: phones(org.phones?.filter((p) => !forPress(p)), org.id),
      contacts: [
        ...otherEmails.map((e, i) => compact({ id: uuidV5(`contact:${org.id}:${i}`), email: e.email, title: pick(e.description) })),
        ...press.map((c, i) =>
          compact({
            id: uuidV5(`press:${org.id}:${i}`),
            title: language === 'es' ? 'Prensa y medios' : 'Press and media',
            email: c.email,
            phones: c.number ? phones([c], `press:${org.id}:${i}`) : undefined,
            camino: { purpose: 'media' },
          }),
        ),
      ],
      locations,
      services,
      organization_identifiers: UUID.test(org.id)
        ? undefined
        : [{ id: uuidV5(`identifier:${org.id}`), identifier_scheme: 'camino', identifier_type: 'Camino directory id', identifier: org.id }],
      camino: compact({
        name: translations(org.name),
        alternate_name: translations(org.alternate_name),
        description: translations(org.description),
        status: org.status,
        service_areas: org.service_areas,
        status_reason: org.status_reason,
        fraud_reporting: org.fraud_reporting && { ...org.fraud_reporting, provenance: provenance(org.fraud_reporting) },
        provenance: provenance(org),
        assured_date: org.assured_date,
        sources: [...cited].map((id) => sources.get(id)).filter(Boolean),
      }),
    });
  });
}

/** A page of organizations, the shape an HSDS API answers with; Camino's `src` reads it as it is. */
export function hsdsPage(organizations, language) {
  return {
    total_items: organizations.length,
    total_pages: 1,
    page_number: 1,
    size: organizations.length,
    first_page: true,
    last_page: true,
    empty: organizations.length === 0,
    language,
    contents: organizations,
  };
}
