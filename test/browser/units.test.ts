// Pure functions the components rely on.
import { expect } from '@open-wc/testing';
import { openState } from '../../src/directory/opening-hours.js';
import { displayPhone } from '../../src/directory/phone-display.js';
import { pickText } from '../../src/directory/localized-text.js';
import { foldForMatching } from '../../src/directory/text-match.js';
import { formatDays, formatList, formatPartialDate } from '../../src/internal/format.js';
import { formatCount, intlLocales } from '../../src/internal/intl-cache.js';
import { DirectoryIndex } from '../../src/directory/directory-index.js';
import { directionsHref, mailtoHref, webHref, whatsappHref } from '../../src/internal/safe-links.js';

const office = [{ freq: 'WEEKLY' as const, byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '17:00' }];

describe('openState', () => {
  it('judges opening hours on the office\'s clock, not the reader\'s', () => {
    // 2025-01-06 is a Monday. 17:30 UTC is 09:30 in Tijuana (UTC-8) and 11:30 in Mexico City (UTC-6).
    const at = new Date(Date.UTC(2025, 0, 6, 17, 30));
    expect(openState(office, 'America/Tijuana', at)).to.equal('open');
    // 16:30 UTC is 08:30 in Tijuana (closed) and 10:30 in Mexico City (open).
    const earlier = new Date(Date.UTC(2025, 0, 6, 16, 30));
    expect(openState(office, 'America/Tijuana', earlier)).to.equal('closed');
    expect(openState(office, 'America/Mexico_City', earlier)).to.equal('open');
  });

  it('follows US daylight saving at the border and none in central Mexico', () => {
    // 2025-07-07 (Monday) 15:30 UTC: Tijuana is on UTC-7 in summer (08:30, closed); Mexico City stays UTC-6 (09:30, open).
    const summer = new Date(Date.UTC(2025, 6, 7, 15, 30));
    expect(openState(office, 'America/Tijuana', summer)).to.equal('closed');
    expect(openState(office, 'America/Mexico_City', summer)).to.equal('open');
  });

  it('is closed on days not listed, at closing time, and unknown without hours', () => {
    const saturday = new Date(Date.UTC(2025, 0, 11, 18, 0));
    expect(openState(office, 'America/Mexico_City', saturday)).to.equal('closed');
    const closing = new Date(Date.UTC(2025, 0, 6, 23, 0)); // 17:00 in Mexico City
    expect(openState(office, 'America/Mexico_City', closing)).to.equal('closed');
    expect(openState(undefined, 'America/Mexico_City')).to.equal('unknown');
  });
});

describe('displayPhone', () => {
  it('writes Mexican numbers as they are dialled inside Mexico', () => {
    expect(displayPhone('+525515180730')).to.equal('55 1518 0730');
    expect(displayPhone('+529626254812')).to.equal('962 625 4812');
    expect(displayPhone('+528007152000')).to.equal('800 715 2000');
  });
  it('keeps the country code of foreign numbers', () => {
    expect(displayPhone('+12087537041')).to.equal('+1 208 753 7041');
  });
});

describe('pickText', () => {
  it('falls back to es, then en, and says which language it returns', () => {
    expect(pickText({ es: 'Hola', en: 'Hello' }, 'en-US')).to.deep.equal({ text: 'Hello', lang: 'en' });
    expect(pickText({ es: 'Hola', en: 'Hello' }, 'fr')).to.deep.equal({ text: 'Hola', lang: 'es' });
    expect(pickText({ en: 'Hello' }, 'fr')).to.deep.equal({ text: 'Hello', lang: 'en' });
    expect(pickText({ pt: 'Olá' }, 'es')).to.deep.equal({ text: 'Olá', lang: 'pt' });
    expect(pickText(undefined, 'es')).to.equal(undefined);
  });
});

describe('foldForMatching', () => {
  it('ignores case, accents and punctuation', () => {
    expect(foldForMatching('Cd. Juárez')).to.equal('cd juarez');
    expect(foldForMatching('QUERÉTARO')).to.equal('queretaro');
  });
});

describe('formatDays', () => {
  it('writes runs of days as a range and scattered days as a list, in the locale', () => {
    expect(formatDays('MO,TU,WE,TH,FR', 'en')).to.equal('Monday – Friday');
    expect(formatDays('MO,WE,FR', 'es')).to.equal('lunes, miércoles y viernes');
    expect(formatDays('MO,TU,WE,TH,FR', 'ar')).to.equal('الاثنين – الجمعة');
  });
  it('writes Haitian Creole\'s own days, months and "and", which Intl does not know (it would use the browser\'s language)', () => {
    expect(formatDays('MO,TU,WE,TH,FR', 'ht')).to.equal('lendi – vandredi');
    expect(formatDays('MO,WE,FR', 'ht')).to.equal('lendi, mèkredi ak vandredi');
    expect(formatPartialDate('2025-03-20', 'ht')).to.equal('20 mas 2025');
    expect(formatPartialDate('2023-09', 'ht')).to.equal('septanm 2023');
    expect(formatList(['A', 'B'], 'ht', 'disjunction')).to.equal('A oswa B');
  });
});

describe('formatList', () => {
  it('separates an enumeration with each language\'s own comma: Arabic "،"', () => {
    expect(formatList(['مأوى', 'صحة', 'عمل'], 'ar', 'unit')).to.equal('مأوى، وصحة، وعمل');
    expect(formatList(['Albergue', 'Salud', 'Trabajo'], 'es', 'unit')).to.equal('Albergue, Salud, Trabajo');
  });
});

describe('safe links', () => {
  it('only http(s), tel:, mailto: and wa.me', () => {
    expect(webHref('javascript:alert(1)')).to.equal(undefined);
    expect(webHref('data:text/html,x')).to.equal(undefined);
    expect(webHref('https://example.org/a')).to.equal('https://example.org/a');
    expect(mailtoHref('a@b.org?subject=x')).to.equal(undefined);
    expect(whatsappHref('+526641234567')).to.equal('https://wa.me/526641234567');
    expect(whatsappHref('6641234567')).to.equal(undefined);
    expect(directionsHref('Calle 1 & 2')).to.equal('https://www.openstreetmap.org/directions?to=Calle%201%20%26%202');
  });
});

describe('lists and dates written without Intl', () => {
  // The first results paint without the page's first Intl object (slow to make on a cheap phone): lists and
  // dates are written from CLDR's patterns, and must read exactly as Intl writes them.
  const locales = ['es', 'en', 'fr', 'pt', 'ar', 'es-MX', 'pt-BR', 'ar-EG', 'en-GB'];
  const types = ['conjunction', 'disjunction', 'unit'] as const;

  it('writes every list as Intl.ListFormat does, Spanish "e" and "u" included', () => {
    const words = ['Albergue', 'Salud', 'Información', 'hielo', 'hierro', 'Hierba', 'HIAS', 'hi', 'Hi5', 'hia', 'iglesia', 'iatros', 'otro', 'Ocho', 'hotel', '8 días', '11 casas', '11', '110', '11,5', 'Ímpetu', 'Óscar', 'ïle', 'ayuda', 'مأوى', 'صحة', '«Casa»', ' inicio'];
    for (const locale of locales) {
      for (const type of types) {
        const intl = new Intl.ListFormat(intlLocales(locale), { style: type === 'unit' ? 'short' : 'long', type });
        for (let n = 0; n <= 4; n++) {
          for (let start = 0; start < words.length; start++) {
            const items = Array.from({ length: n }, (_, i) => words[(start + i * 7) % words.length]);
            expect(formatList(items, locale, type), `${locale} ${type} ${items.join('/')}`).to.equal(intl.format(items));
          }
        }
      }
    }
  });

  it('writes a month and a day as Intl.DateTimeFormat does', () => {
    for (const locale of locales) {
      const month = new Intl.DateTimeFormat(intlLocales(locale), { year: 'numeric', month: 'long', timeZone: 'UTC' });
      const day = new Intl.DateTimeFormat(intlLocales(locale), { dateStyle: 'long', timeZone: 'UTC' });
      for (let m = 1; m <= 12; m++) {
        const mm = String(m).padStart(2, '0');
        expect(formatPartialDate(`2024-${mm}`, locale), `${locale} ${m}`).to.equal(month.format(new Date(Date.UTC(2024, m - 1, 1))));
        for (const d of [1, 9, 10, 28]) {
          const dd = String(d).padStart(2, '0');
          expect(formatPartialDate(`2019-${mm}-${dd}`, locale), `${locale} ${m} ${d}`).to.equal(day.format(new Date(Date.UTC(2019, m - 1, d))));
        }
      }
      expect(formatPartialDate('2021', locale)).to.equal('2021');
    }
  });
});

describe('formatCount', () => {
  it('writes counts exactly as Intl.NumberFormat does for every locale', () => {
    for (const locale of ['es', 'en', 'fr', 'ht', 'pt', 'ar', 'es-MX']) {
      const intl = new Intl.NumberFormat(intlLocales(locale));
      for (const n of [0, 1, 7, 42, 999, 1000, 12345]) expect(formatCount(n, locale), `${locale} ${n}`).to.equal(intl.format(n));
    }
  });
});

describe('DirectoryIndex', () => {
  it('gives each office its city\'s time zone, and the city\'s point when its own is unknown', () => {
    const provenance: [{ source: string; source_date: string }] = [{ source: 's', source_date: '2025' }];
    const location = (id: string, extra: object) => ({ id, name: { es: id }, city_id: 'tijuana', status: 'active' as const, provenance, assured_date: '2025-01-01', ...extra });
    const index = new DirectoryIndex({
      camino_directory: 1,
      sources: [{ id: 's', title: { es: 's' }, date: '2025' }],
      cities: [{ id: 'tijuana', name: 'Tijuana', state_province: 'Baja California', country: 'MX', latitude: 32.5, longitude: -117, timezone: 'America/Tijuana' }],
      organizations: [
        {
          id: 'o',
          name: { es: 'o' },
          description: { es: 'd', en: 'd' },
          status: 'active',
          services: [{ id: 'sv', name: { es: 'n', en: 'n' }, description: { es: 'd', en: 'd' }, taxonomy: ['legal'], populations: ['everyone'], status: 'active', provenance, assured_date: '2025-01-01' }],
          locations: [
            location('known', { latitude: 32.53, longitude: -117.03, schedules: [{ freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '10:00' }] }),
            location('city-only', {}),
          ],
          provenance,
          assured_date: '2025-01-01',
        },
      ],
    });
    const [known, cityOnly] = index.organization('o')!.locations;
    expect([known.latitude, known.geo_precision, known.timezone]).to.deep.equal([32.53, 'address', 'America/Tijuana']);
    expect(known.schedules![0].timezone).to.equal('America/Tijuana');
    expect([cityOnly.latitude, cityOnly.longitude, cityOnly.geo_precision]).to.deep.equal([32.5, -117, 'city']);
  });
});

describe('Intl in Haitian Creole', () => {
  it('is asked in French when no browser knows Creole, never in the browser\'s own language', () => {
    expect(intlLocales('ht')).to.deep.equal(['ht', 'fr']);
    expect(formatCount(12345, 'ht')).to.equal(new Intl.NumberFormat('fr').format(12345));
  });
});
