import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** One option of a `<select>`. */
export interface Choice {
  value: string;
  label: string;
  /** Proper names (cities) are not for browser translation. */
  noTranslate?: boolean;
}

/**
 * Fills a `<select>` with plain Option elements, set as text. A template per
 * option costs a cheap phone tens of milliseconds for a form of three lists
 * before the first results can paint; this costs almost nothing.
 */
class SelectOptions extends Directive {
  private shown?: string;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('selectOptions() belongs on a <select> element');
  }

  render(_choices: readonly Choice[], _selected: string) {
    return noChange;
  }

  override update(part: ElementPart, [choices, selected]: [readonly Choice[], string]) {
    const select = part.element as HTMLSelectElement;
    const key = JSON.stringify(choices);
    if (key !== this.shown) {
      this.shown = key;
      select.replaceChildren(
        ...choices.map(({ value, label, noTranslate }) => {
          const option = new Option(label, value);
          if (noTranslate) option.translate = false;
          return option;
        }),
      );
    }
    select.value = selected;
    return noChange;
  }
}

export const selectOptions = directive(SelectOptions);
