/**
 * Aho-Corasick over folded text, in typed arrays. The normalisation lives in a class table: each
 * UTF-16 unit maps to the dense class of its folded form, to SKIP (a separator: the state is kept)
 * or to 0 (in no keyword: back to the root). States are numbered breadth-first, so a state's
 * children are contiguous and sorted by class; failure and dictionary-suffix links report every
 * overlapping match. Built from sorted patterns without maps: the trie comes out in depth-first
 * order and a counting sort by depth renumbers it breadth-first.
 */
import { foldTables, type FoldTables } from './fold.js';

export const SKIP = 0xffff;
/** A separator to step over that the caller wants to hear about (see `scan`'s result). */
export const MARK = 0xfffe;

export interface Pattern {
  /** Folded text, separators removed. */
  text: string;
  /** Index of the keyword this pattern reports. */
  keyword: number;
}

export type OnMatch = (keyword: number, start: number, end: number) => void;

function keyOf(state: number, c: number): number {
  return Math.imul(Math.imul(state, 0x9e3779b1) ^ c, 0x85ebca6b);
}

function hashOf(state: number, c: number, shift: number): number {
  return keyOf(state, c) >>> shift;
}

const SYMBOL_PAIR = /^(?:\p{S}|\p{Extended_Pictographic})$/u;

export class Automaton {
  /** UTF-16 unit → class, SKIP or 0. */
  readonly classes: Uint16Array;
  readonly states: number;
  readonly keywords: number;
  private readonly rootNext: Int32Array;
  /**
   * Transitions out of every other state: open addressing keyed by (state, class), entries of
   * three units (state, class, next) so that a probe touches one cache line.
   */
  private readonly hash: Int32Array;
  private readonly hashShift: number;
  /** One bit per hashed (state, class) that exists: most lookups fail, and fail here, in cache. */
  private readonly filter: Int32Array;
  private readonly filterShift: number;
  private readonly fail: Int32Array;
  private readonly depth: Int32Array;
  /** The first state with output on the suffix chain (itself when terminal), else 0. */
  private readonly emit: Int32Array;
  private readonly dictLink: Int32Array;
  private readonly outStart: Int32Array;
  private readonly outKeyword: Int32Array;
  private readonly ring: Int32Array;
  private readonly mask: number;
  /** Last end reported per keyword, offset by `cursor`, to drop duplicate reports between variants. */
  private readonly lastEnd: Float64Array;
  private cursor = 1;

  constructor(
    patterns: readonly Pattern[],
    keywordCount: number,
    tables: FoldTables = foldTables(),
    /** Separator units whose presence `scan` reports (1 = marked). */
    marked?: Uint8Array,
  ) {
    this.keywords = keywordCount;
    // Sorting plain strings is much faster than a comparator; "\0" (a blank, never in a pattern)
    // sorts a prefix before its extensions.
    const keyed: string[] = [];
    for (const p of patterns) if (p.text.length > 0) keyed.push(`${p.text}\0${p.keyword}`);
    keyed.sort();

    const alphabet = new Uint8Array(65536);
    let maxLength = 0;
    let totalUnits = 0;
    const texts: string[] = new Array(keyed.length);
    const owners = new Int32Array(keyed.length);
    for (let i = 0; i < keyed.length; i++) {
      const k = keyed[i]!;
      const cut = k.lastIndexOf('\0');
      const text = k.slice(0, cut);
      texts[i] = text;
      owners[i] = Number(k.slice(cut + 1));
      for (let j = 0; j < text.length; j++) alphabet[text.charCodeAt(j)] = 1;
      if (text.length > maxLength) maxLength = text.length;
      totalUnits += text.length;
    }
    // Classes in ascending unit order keep children sorted by class.
    const classOfUnit = new Uint16Array(65536);
    let classCount = 0;
    for (let unit = 0; unit < 65536; unit++) if (alphabet[unit]) classOfUnit[unit] = ++classCount;
    if (classCount >= MARK) throw new RangeError('keyword alphabet too large');
    const classes = new Uint16Array(65536);
    const { fold, separator } = tables;
    for (let unit = 0; unit < 65536; unit++) {
      const c = classOfUnit[fold[unit]!]!;
      classes[unit] = c !== 0 ? c : separator[unit] === 0 ? 0 : marked?.[unit] ? MARK : SKIP;
    }
    this.classes = classes;

    // Trie in depth-first order from the sorted texts.
    const capacity = totalUnits + 1;
    const dParent = new Int32Array(capacity);
    const dCls = new Uint16Array(capacity);
    const dDepth = new Int32Array(capacity);
    const terminalOf = new Int32Array(texts.length);
    const path = new Int32Array(maxLength + 1);
    let count = 1;
    let prev = '';
    for (let i = 0; i < texts.length; i++) {
      const text = texts[i]!;
      let lcp = 0;
      const limit = Math.min(prev.length, text.length);
      while (lcp < limit && prev.charCodeAt(lcp) === text.charCodeAt(lcp)) lcp++;
      for (let d = lcp; d < text.length; d++) {
        const node = count++;
        dParent[node] = path[d]!;
        dCls[node] = classOfUnit[text.charCodeAt(d)]!;
        dDepth[node] = d + 1;
        path[d + 1] = node;
      }
      terminalOf[i] = path[text.length]!;
      prev = text;
    }

    // Breadth-first numbering: a stable counting sort of the depth-first order by depth.
    const states = count;
    const perDepth = new Int32Array(maxLength + 2);
    for (let v = 0; v < states; v++) perDepth[dDepth[v]! + 1]!++;
    for (let d = 1; d < perDepth.length; d++) perDepth[d]! += perDepth[d - 1]!;
    const bfs = new Int32Array(states);
    for (let v = 0; v < states; v++) bfs[v] = perDepth[dDepth[v]!]!++;

    const parent = new Int32Array(states);
    const cls = new Uint16Array(states);
    const depth = new Int32Array(states);
    for (let v = 0; v < states; v++) {
      const b = bfs[v]!;
      parent[b] = bfs[dParent[v]!]!;
      cls[b] = dCls[v]!;
      depth[b] = dDepth[v]!;
    }
    const rootNext = new Int32Array(classCount + 1);
    for (let v = 1; v < states; v++) if (parent[v] === 0) rootNext[cls[v]!] = v;
    this.rootNext = rootNext;
    let bits = 4;
    while (1 << bits < states * 1.5) bits++;
    const hash = new Int32Array(3 << bits);
    const hashMask = (1 << bits) - 1;
    for (let v = 1; v < states; v++) {
      const p = parent[v]!;
      if (p === 0) continue;
      let h = hashOf(p, cls[v]!, 32 - bits);
      while (hash[h * 3] !== 0) h = (h + 1) & hashMask;
      hash[h * 3] = p;
      hash[h * 3 + 1] = cls[v]!;
      hash[h * 3 + 2] = v;
    }
    this.hash = hash;
    const filterBits = bits + 4;
    const filter = new Int32Array(1 << (filterBits - 5));
    for (let v = 1; v < states; v++) {
      const p = parent[v]!;
      if (p === 0) continue;
      const f = keyOf(p, cls[v]!) >>> (32 - filterBits);
      filter[f >>> 5]! |= 1 << (f & 31);
    }
    this.filter = filter;
    this.filterShift = 32 - filterBits;
    this.hashShift = 32 - bits;
    this.depth = depth;

    // Outputs per terminal state (compressed rows), duplicates of one keyword dropped.
    const outCount = new Int32Array(states + 1);
    for (let i = 0; i < texts.length; i++) outCount[bfs[terminalOf[i]!]! + 1]!++;
    for (let v = 1; v <= states; v++) outCount[v]! += outCount[v - 1]!;
    const outStart = Int32Array.from(outCount);
    const outKeyword = new Int32Array(texts.length);
    const fill = Int32Array.from(outCount);
    for (let i = 0; i < texts.length; i++) outKeyword[fill[bfs[terminalOf[i]!]!]!++] = owners[i]!;
    this.outStart = outStart;
    this.outKeyword = outKeyword;

    const fail = new Int32Array(states);
    const dictLink = new Int32Array(states);
    const emit = new Int32Array(states);
    for (let v = 1; v < states; v++) {
      const p = parent[v]!;
      if (p !== 0) {
        const c = cls[v]!;
        let f = fail[p]!;
        for (;;) {
          if (f === 0) {
            fail[v] = rootNext[c]!;
            break;
          }
          const t = this.child(f, c);
          if (t !== 0) {
            fail[v] = t;
            break;
          }
          f = fail[f]!;
        }
      }
      const f = fail[v]!;
      dictLink[v] = outStart[f + 1]! > outStart[f]! ? f : dictLink[f]!;
      emit[v] = outStart[v + 1]! > outStart[v]! ? v : dictLink[v]!;
    }
    this.fail = fail;
    this.dictLink = dictLink;
    this.emit = emit;
    this.states = states;

    let ringSize = 1;
    while (ringSize < maxLength) ringSize <<= 1;
    this.ring = new Int32Array(ringSize);
    this.mask = ringSize - 1;
    this.lastEnd = new Float64Array(keywordCount);
  }

  /** The child of `state` (not the root) on class `c`, or 0. */
  private child(state: number, c: number): number {
    const hash = this.hash;
    const mask = hash.length / 3 - 1;
    for (let h = hashOf(state, c, this.hashShift); ; h = (h + 1) & mask) {
      const s = hash[h * 3]!;
      if (s === 0) return 0;
      if (s === state && hash[h * 3 + 1] === c) return hash[h * 3 + 2]!;
    }
  }

  /**
   * Calls `onMatch(keyword, start, end)` for every occurrence, overlapping ones included; offsets
   * are UTF-16 indexes into `text`, `end` exclusive, separators inside a match included. Returns
   * whether the text holds a marked separator, and collects where into `marks` when given. `from`
   * and `to` limit the scan to a part of `text`.
   */
  scan(text: string, onMatch: OnMatch, from = 0, to = text.length, marks?: number[]): boolean {
    const { classes, rootNext, hash, fail, emit, ring, mask } = this;
    const { filter, filterShift } = this;
    const shift = this.hashShift;
    const hashMask = hash.length / 3 - 1;
    const base = this.cursor;
    this.cursor += text.length + 1;
    let state = 0;
    let seen = 0;
    let marked = false;
    for (let i = from; i < to; i++) {
      const unit = text.charCodeAt(i);
      const c = classes[unit]!;
      if (c >= MARK) {
        if (c === MARK) {
          marked = true;
          marks?.push(i);
        }
        continue;
      }
      if (c === 0) {
        if (unit >= 0xd800 && unit <= 0xdbff && this.isSymbolPair(text, i)) {
          i++;
          continue;
        }
        state = 0;
        continue;
      }
      ring[seen & mask] = i;
      seen++;
      for (;;) {
        if (state === 0) {
          state = rootNext[c]!;
          break;
        }
        let next = 0;
        const key = keyOf(state, c);
        const f = key >>> filterShift;
        if (((filter[f >>> 5]! >>> (f & 31)) & 1) !== 0)
          for (let h = key >>> shift; ; h = (h + 1) & hashMask) {
            const at = h * 3;
            const s = hash[at]!;
            if (s === 0) break;
            if (s === state && hash[at + 1] === c) {
              next = hash[at + 2]!;
              break;
            }
          }
        if (next !== 0) {
          state = next;
          break;
        }
        state = fail[state]!;
      }
      if (emit[state] !== 0) this.report(state, seen, i + 1, base, onMatch);
    }
    return marked;
  }

  private report(state: number, seen: number, end: number, base: number, onMatch: OnMatch): void {
    const { ring, mask, depth, outStart, outKeyword, dictLink, lastEnd } = this;
    const stamp = base + end;
    for (let s = this.emit[state]!; s !== 0; s = dictLink[s]!) {
      const start = ring[(seen - depth[s]!) & mask]!;
      for (let k = outStart[s]!; k < outStart[s + 1]!; k++) {
        const keyword = outKeyword[k]!;
        if (lastEnd[keyword] === stamp) continue;
        lastEnd[keyword] = stamp;
        onMatch(keyword, start, end);
      }
    }
  }

  /** An astral symbol (emoji and the like) not in any keyword is a separator too. */
  private isSymbolPair(text: string, i: number): boolean {
    const low = text.charCodeAt(i + 1);
    if (!(low >= 0xdc00 && low <= 0xdfff)) return false;
    return SYMBOL_PAIR.test(text.slice(i, i + 2));
  }
}
