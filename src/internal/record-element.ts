import { property } from 'lit/decorators.js';
import { CaminoElement } from './camino-element.js';
import { staleYears } from './age-line.js';
import { correctionChannel } from './correction.js';

/**
 * What the camino-* elements that show records of the directory share (the
 * finder, the org card, the map): how old their information may be before it
 * "may have changed", and where a person reports a mistake in it.
 */
export class RecordElement extends CaminoElement {
  /**
   * Years after which information "may have changed" (default 3), counted from
   * the date of the newest source of what is shown (for a record with no dated
   * source, the day its publisher last checked it); such finder results rank
   * after current information. Given to the elements this one shows.
   */
  @property({ attribute: 'stale-after', type: Number }) staleAfter = 3;

  /**
   * Where people report a mistake in the built-in directory: an e-mail address, or an http(s)
   * page where `{id}` and `{name}` are replaced by the record's. A `src` directory's own
   * `maintainer` is used first. Without either, there is no "report a mistake" link.
   */
  @property({ attribute: 'corrections-to' }) correctionsTo?: string;

  /** `stale-after` as years: a positive number, else the default (3). */
  protected get staleAfterYears(): number {
    return staleYears(this.staleAfter);
  }

  /** Where mistakes go (the `src` file's maintainer, else `corrections-to`); undefined: no link. */
  protected get correctionChannel(): string | undefined {
    return correctionChannel(this.loaded?.index?.maintainer, this.correctionsTo, (m) => this.warnOnce(m));
  }
}
