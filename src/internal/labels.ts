// Localized names of the directory's fixed vocabularies, in the words of
// xliff/GLOSSARY.md. Functions, not constants: msg() must run while an element
// renders, in its own locale. "LGBTQI+" sits between U+2068 and U+2069 (first
// strong isolate, pop directional isolate) in every language: in a
// right-to-left line its "+" would otherwise move to the other end
// ("+LGBTQI"), and a <select>'s options can hold no <bdi>.
import { msg } from '@lit/localize';

export function taxonomyLabel(id: string): string {
  switch (id) {
    case 'legal': return msg('Ayuda legal');
    case 'shelter': return msg('Albergue');
    case 'health': return msg('Salud');
    case 'mental-health': return msg('Salud mental y apoyo emocional');
    case 'gbv': return msg('Ayuda por violencia en casa o violencia sexual');
    case 'human-rights': return msg('Derechos humanos');
    case 'family-reunification': return msg('Reunirse con la familia');
    case 'livelihoods': return msg('Trabajo');
    case 'information': return msg('Información y consejos');
    case 'humanitarian-aid': return msg('Ayuda humanitaria');
    case 'other': return msg('Otra ayuda');
    default: return id;
  }
}

export function populationLabel(id: string): string {
  switch (id) {
    case 'women': return msg('Mujeres');
    case 'children': return msg('Niñas, niños y jóvenes');
    case 'lgbtqi': return msg('Personas \u2068LGBTQI+\u2069');
    case 'indigenous': return msg('Personas indígenas');
    case 'families': return msg('Familias');
    case 'deportees': return msg('Personas deportadas');
    case 'organizations': return msg('Organizaciones de ayuda');
    case 'everyone': return msg('Todas las personas');
    default: return id;
  }
}
