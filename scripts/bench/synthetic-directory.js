// Synthetic Camino directories for benchmarks: N services spread over
// organisations and offices in the built-in cities, with multilingual text
// built from the phrases real listings use. Deterministic for a given seed,
// so runs compare. Runs in Node and in the browser.

/** mulberry32: a small, fast, seeded PRNG. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TAXONOMY = ['legal', 'shelter', 'health', 'mental-health', 'gbv', 'human-rights', 'family-reunification', 'livelihoods', 'information', 'humanitarian-aid'];
const POPULATIONS = ['women', 'children', 'lgbtqi', 'indigenous', 'families', 'deportees', 'everyone'];

/** Service names and descriptions per taxonomy id, in the languages people search in. */
const PHRASES = {
  legal: { es: ['Asesoría legal gratuita', 'Acompañamiento en la solicitud de asilo', 'Representación legal ante la COMAR'], en: ['Free legal advice', 'Support with asylum claims', 'Legal representation'], fr: ['Conseil juridique gratuit'], pt: ['Assessoria jurídica gratuita'], ht: ['Konsèy legal gratis'] },
  shelter: { es: ['Albergue para personas migrantes', 'Hospedaje temporal', 'Casa de acogida para familias'], en: ['Shelter for migrants', 'Temporary lodging', 'Family shelter'], fr: ['Abri pour migrants'], pt: ['Abrigo para migrantes'], ht: ['Abri pou migran'] },
  health: { es: ['Consulta médica general', 'Atención de salud sexual y reproductiva', 'Clínica móvil'], en: ['General medical care', 'Sexual and reproductive health care', 'Mobile clinic'], fr: ['Soins médicaux'], pt: ['Atendimento médico'], ht: ['Swen medikal'] },
  'mental-health': { es: ['Apoyo psicosocial', 'Atención psicológica individual', 'Grupos de apoyo emocional'], en: ['Psychosocial support', 'Individual counselling', 'Emotional support groups'], fr: ['Soutien psychosocial'], pt: ['Apoio psicossocial'], ht: ['Sipò sikososyal'] },
  gbv: { es: ['Atención a sobrevivientes de violencia de género', 'Línea de apoyo para mujeres'], en: ['Support for survivors of gender-based violence', 'Helpline for women'], fr: ['Aide aux survivantes de violences'], pt: ['Apoio a sobreviventes de violência de gênero'], ht: ['Sipò pou sivivan vyolans'] },
  'human-rights': { es: ['Documentación de violaciones a derechos humanos', 'Quejas contra autoridades'], en: ['Documenting human rights violations', 'Complaints against authorities'], fr: ['Défense des droits humains'], pt: ['Defesa dos direitos humanos'], ht: ['Defans dwa moun'] },
  'family-reunification': { es: ['Reunificación familiar', 'Búsqueda de familiares'], en: ['Family reunification', 'Family tracing'], fr: ['Regroupement familial'], pt: ['Reunificação familiar'], ht: ['Reyinifikasyon fanmi'] },
  livelihoods: { es: ['Bolsa de trabajo', 'Capacitación para el empleo'], en: ['Job placement', 'Job training'], fr: ['Aide à l’emploi'], pt: ['Apoio ao emprego'], ht: ['Èd pou travay'] },
  information: { es: ['Orientación sobre trámites migratorios', 'Información sobre derechos'], en: ['Guidance on migration procedures', 'Information on rights'], fr: ['Orientation et information'], pt: ['Orientação e informação'], ht: ['Oryantasyon ak enfòmasyon'] },
  'humanitarian-aid': { es: ['Entrega de alimentos', 'Kits de higiene', 'Comedor comunitario'], en: ['Food distribution', 'Hygiene kits', 'Community kitchen'], fr: ['Aide alimentaire'], pt: ['Distribuição de alimentos'], ht: ['Distribisyon manje'] },
};
const ORG_WORDS = ['Casa', 'Centro', 'Red', 'Fundación', 'Colectivo', 'Iniciativa', 'Programa', 'Refugio', 'Comunidad', 'Alianza'];
const ORG_NAMES = ['Esperanza', 'Camino Seguro', 'Manos Unidas', 'Frontera Digna', 'Nuevo Horizonte', 'Solidaridad', 'Sin Muros', 'Puerta Abierta', 'Luz del Norte', 'Tierra Firme'];

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

/**
 * @param {{ services: number, cities: Array<{id: string, latitude: number, longitude: number}>, seed?: number }} options
 * @returns {object} a CaminoDirectory
 */
export function syntheticDirectory({ services: serviceCount, cities, seed = 1 }) {
  const rand = random(seed);
  const provenance = [{ source: 'synthetic', source_date: '2026-01' }];
  // "Free" per service, with the provenance entry that says so (the format's rule for claiming it).
  const freeProvenance = [...provenance, { source: 'synthetic', source_date: '2026-01', field: 'free', note: 'Servicios gratuitos.' }];
  const organizations = [];
  let made = 0;
  for (let o = 0; made < serviceCount; o++) {
    const id = `org-${o}`;
    const officeCount = 1 + Math.floor(rand() * 3);
    const locations = Array.from({ length: officeCount }, (_, l) => {
      const city = pick(rand, cities);
      return {
        id: `${id}-office-${l}`,
        name: { es: `${pick(rand, ORG_WORDS)} ${pick(rand, ORG_NAMES)} — ${city.id}` },
        city_id: city.id,
        status: 'active',
        // Scatter offices around the city centre (about ±5 km).
        latitude: city.latitude + (rand() - 0.5) * 0.09,
        longitude: city.longitude + (rand() - 0.5) * 0.09,
        geo_precision: rand() < 0.7 ? 'address' : 'city',
        phones: [{ number: `+5255${String(10000000 + Math.floor(rand() * 89999999))}`, type: 'voice', whatsapp: rand() < 0.5 }],
        schedules: [{ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: rand() < 0.5 ? '14:00' : '18:00' }],
        provenance,
        assured_date: '2026-01-15',
      };
    });
    const servicesHere = Math.min(serviceCount - made, 1 + Math.floor(rand() * 4));
    const orgServices = Array.from({ length: servicesHere }, (_, s) => {
      const type = pick(rand, TAXONOMY);
      const text = PHRASES[type];
      const name = Object.fromEntries(Object.entries(text).map(([lang, list]) => [lang, pick(rand, list)]));
      return {
        id: `${id}-service-${s}`,
        name,
        description: { es: `${pick(rand, text.es)}. ${pick(rand, text.es)} para personas migrantes y refugiadas.`, en: `${pick(rand, text.en)}. ${pick(rand, text.en)} for migrants and refugees.` },
        taxonomy: rand() < 0.3 ? [type, pick(rand, TAXONOMY)].filter((t, i, all) => all.indexOf(t) === i) : [type],
        populations: [pick(rand, POPULATIONS)],
        status: 'active',
        free: true,
        provenance: freeProvenance,
        assured_date: '2026-01-15',
      };
    });
    made += servicesHere;
    organizations.push({
      id,
      name: { es: `${pick(rand, ORG_WORDS)} ${pick(rand, ORG_NAMES)} ${o}` },
      description: { es: 'Organización de la sociedad civil que apoya a personas migrantes.', en: 'A civil society organisation supporting migrants.' },
      status: 'active',
      services: orgServices,
      locations,
      provenance,
      assured_date: '2026-01-15',
    });
  }
  return {
    camino_directory: 1,
    sources: [{ id: 'synthetic', title: { es: 'Directorio sintético', en: 'Synthetic directory' }, date: '2026-01' }],
    organizations,
  };
}
