// Localized names of the directory's fixed vocabularies. Functions, not
// constants: msg() must run while an element renders, in its own locale.
import { msg } from '@lit/localize';

export function taxonomyLabel(id: string): string {
  switch (id) {
    case 'legal': return msg('Asesoría legal');
    case 'shelter': return msg('Albergue');
    case 'health': return msg('Salud');
    case 'mental-health': return msg('Salud mental y apoyo psicosocial');
    case 'gbv': return msg('Atención a la violencia de género');
    case 'human-rights': return msg('Derechos humanos');
    case 'family-reunification': return msg('Reunificación familiar');
    case 'livelihoods': return msg('Empleo y medios de vida');
    case 'information': return msg('Información y orientación');
    case 'humanitarian-aid': return msg('Ayuda humanitaria');
    case 'other': return msg('Otra ayuda');
    default: return id;
  }
}

export function populationLabel(id: string): string {
  switch (id) {
    case 'women': return msg('Mujeres');
    case 'children': return msg('Niñas, niños y adolescentes');
    case 'lgbtqi': return msg('Personas LGBTQI+');
    case 'indigenous': return msg('Personas indígenas');
    case 'families': return msg('Familias');
    case 'deportees': return msg('Personas deportadas');
    case 'organizations': return msg('Organizaciones de la sociedad civil');
    case 'everyone': return msg('Todas las personas');
    default: return id;
  }
}
