// JSON.parse for a big directory, without a long task. A directory file is
// one long list (its organisations, or HSDS records) and a few small things:
// its text is scanned piece by piece as it arrives, for where the items of
// its top-level lists begin and end (strings are skipped with indexOf); the
// rest is parsed with those lists left empty; then their items are parsed by
// JSON.parse itself, a batch at a time, when they are wanted. Together: the
// value JSON.parse(text) gives. The text is never joined into one string.
// While it still comes, head() gives the value so far and the items of the
// list being read that have come whole, so they can be read before the rest.
import { nextSlice, overtime } from './slices.js';

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_LIST = 91;
const CLOSE_LIST = 93;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;

/** The items of one top-level list, parsed on demand. */
export interface ListItems {
  count: number;
  /** Items from..to−1, parsed; throws SyntaxError when they are not JSON. */
  parse(from: number, to: number): unknown[];
}

interface Bounds {
  open: number;
  close: number;
  /** The commas between its items. */
  commas: number[];
}

export interface SplitJson {
  /** What JSON.parse(text) gives, with each top-level list empty. */
  value: unknown;
  /** Each top-level list of `value` (the value itself, or a field of it), with its items. */
  lists: Map<unknown[], ListItems>;
}

/** JSON text that comes in pieces. */
export class JsonText {
  private readonly pieces: string[] = [];
  /** Where each piece starts in the text. */
  private readonly starts: number[] = [];
  private length = 0;
  private readonly lists: Bounds[] = [];
  private depth = 0;
  /** Depth of the top-level lists' opening brackets: 0 when the value is a list, 1 in an object. */
  private listDepth = -1;
  private list?: Bounds;
  private inString = false;
  /** The last piece ended inside a string with a backslash that escapes the next character. */
  private escapeNext = false;

  /** Adds the next piece of the text, and scans it. */
  add(piece: string) {
    if (!piece) return;
    const base = this.length;
    this.pieces.push(piece);
    this.starts.push(base);
    this.length += piece.length;
    for (let i = this.inString ? this.stringEnd(piece, 0) + 1 : 0; i < piece.length; i++) {
      const c = piece.charCodeAt(i);
      // White space (most of an indented file's text outside strings) first.
      if (c <= 32) continue;
      if (c === QUOTE) i = this.stringEnd(piece, i + 1);
      else if (c === OPEN_LIST || c === OPEN_OBJECT) {
        if (this.listDepth < 0) this.listDepth = c === OPEN_LIST ? 0 : 1;
        if (c === OPEN_LIST && this.depth === this.listDepth) this.list = { open: base + i, close: 0, commas: [] };
        this.depth++;
      } else if (c === CLOSE_LIST || c === CLOSE_OBJECT) {
        if (--this.depth === this.listDepth && this.list) {
          this.list.close = base + i;
          this.lists.push(this.list);
          this.list = undefined;
        }
      } else if (c === COMMA && this.list && this.depth === this.listDepth + 1) this.list.commas.push(base + i);
    }
  }

  /** Where the string being read ends in `piece` (its closing quote), or the piece's end when it goes on. */
  private stringEnd(piece: string, from: number): number {
    let at = from;
    if (this.escapeNext) at++;
    this.escapeNext = false;
    for (;;) {
      const quote = piece.indexOf('"', at);
      const end = quote < 0 ? piece.length : quote;
      // Backslashes just before it: an odd number escapes it.
      let backslashes = 0;
      while (end - backslashes - 1 >= at && piece.charCodeAt(end - backslashes - 1) === BACKSLASH) backslashes++;
      if (quote < 0) {
        this.inString = true;
        this.escapeNext = backslashes % 2 === 1;
        return piece.length;
      }
      if (backslashes % 2 === 0) {
        this.inString = false;
        return quote;
      }
      at = quote + 1;
    }
  }

  /** The text from `start` to `end`, from the pieces it spans. */
  slice(start: number, end: number): string {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.starts[middle] <= start) low = middle;
      else high = middle - 1;
    }
    let text = '';
    for (let p = low; p < this.pieces.length && this.starts[p] < end; p++) text += this.pieces[p].slice(Math.max(0, start - this.starts[p]), end - this.starts[p]);
    return text;
  }

  /** The whole text, as one string: for JSON.parse's own message about what is wrong. */
  toString(): string {
    return this.pieces.join('');
  }

  /**
   * The value, its top-level lists empty, and their items. Throws a
   * SyntaxError when the text is not JSON (beyond the lists' items, which
   * are parsed later).
   */
  split(): SplitJson {
    if (this.inString || this.depth) throw new SyntaxError('unfinished JSON');
    return this.withListsCut(this.lists, this.length, '');
  }

  /**
   * While the text is still coming and inside a top-level list with at least
   * `min` whole items: the value so far, as split() gives it, with that list
   * last and holding the items that have come whole (its count grows as more
   * comes), and none of the fields after it. Undefined otherwise. Throws a
   * SyntaxError when the text before the list is not JSON.
   */
  head(min: number): (SplitJson & { open: unknown[] }) | undefined {
    const list = this.list;
    if (!list || list.commas.length < min) return undefined;
    // The open list is closed after its number, and the value around it.
    const { value, lists } = this.withListsCut([...this.lists, list], list.open + 1, this.listDepth ? ']}' : ']');
    const open = [...lists.keys()].find((items) => lists.get(items)!.bounds === list);
    return open ? { value, lists, open } : undefined;
  }

  /** Where the open top-level list begins in the text, or −1 outside one: a head() tried there need not be tried again. */
  get openList(): number {
    return this.list ? this.list.open : -1;
  }

  /**
   * JSON.parse of the text up to `end` with `closing` after it, each list of
   * `bounds` replaced by its number (`"organizations": [0]`); those lists
   * emptied, with their items to parse on demand. A list still open (no
   * `close`) counts only its whole items, those followed by a comma.
   */
  private withListsCut(bounds: Bounds[], end: number, closing: string): { value: unknown; lists: Map<unknown[], ListItems & { bounds: Bounds }> } {
    let rest = '';
    let at = 0;
    bounds.forEach(({ open, close }, k) => {
      rest += `${this.slice(at, open + 1)}${k}`;
      at = close || end;
    });
    const value = JSON.parse(rest + this.slice(at, end) + closing);
    const lists = new Map<unknown[], ListItems & { bounds: Bounds }>();
    const mark = (list: unknown) => {
      if (!Array.isArray(list)) return;
      const listBounds = bounds[list[0]];
      const { open, close, commas } = listBounds;
      list.length = 0;
      const whole = commas.length ? commas.length + 1 : /\S/.test(this.slice(open + 1, close)) ? 1 : 0;
      lists.set(list, {
        bounds: listBounds,
        get count() {
          return close ? whole : commas.length;
        },
        parse: (from, to) => {
          const items = JSON.parse(`[${this.slice(from ? commas[from - 1] + 1 : open + 1, to > commas.length ? close : commas[to - 1])}]`);
          // A batch of nothing but a trailing comma (`[1,]`) parses as `[]`: not JSON, and it would never fill its list.
          if (items.length !== to - from) throw new SyntaxError('a list item is missing');
          return items;
        },
      });
    };
    if (Array.isArray(value)) mark(value);
    else if (value && typeof value === 'object') for (const key of Object.keys(value)) mark((value as Record<string, unknown>)[key]);
    return { value, lists };
  }
}

/** Items parsed per JSON.parse: a few dozen kilobytes of a directory. */
const BATCH = 32;

/** Puts a list's items from its current length up to `to` into it, in slices. */
export async function fill(list: unknown[], items: ListItems, to: number) {
  while (list.length < to) {
    for (const item of items.parse(list.length, Math.min(to, list.length + BATCH))) list.push(item);
    if (overtime()) await nextSlice();
  }
}
