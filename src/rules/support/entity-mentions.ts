/**
 * Where a document names the declared entity: company names aligned with it (near-misses
 * included) and the unified social credit codes that belong to it.
 */
import type { Block } from '../../evidence/document.js';
import { editDistance } from '../../text/edit-distance.js';
import { creditCodeProblem } from './credit-code.js';

const SUFFIX = /(股份有限公司|有限责任公司|有限公司|公司)([(（][^()（）]{1,12}[)）])?/g;

export function noSpace(value: string): string {
  return value.replace(/[\s\u3000\u00a0]+/g, '');
}

/** Brackets, colons and letters compared regardless of full or half width. */
export function widthFold(value: string): string {
  let out = '';
  for (const ch of value) {
    const c = ch.charCodeAt(0);
    out += c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : ch;
  }
  return out;
}

/** The organisational form dropped: what is left names the company. */
function formFold(value: string): string {
  return widthFold(value).replace(/股份|有限|责任/g, '');
}

export interface Entity {
  full: string;
  core: string;
}

/** The declared name without spaces, and its core: the name before the organisational form. */
export function splitEntity(name: string): Entity {
  const full = noSpace(name);
  let last: RegExpExecArray | undefined;
  SUFFIX.lastIndex = 0;
  for (let m = SUFFIX.exec(full); m !== null; m = SUFFIX.exec(full)) last = m;
  return { full, core: last ? full.slice(0, last.index) : full };
}

export interface Mention {
  name: string;
  /** Offset of the mention in the block's text (spaces removed offsets map back approximately). */
  offset: number;
  exact: boolean;
  /** Differs from the entity only in form: bracket width, 有限 / 责任 / 股份. */
  formOnly: boolean;
  distance: number;
}

/** Bounds the alignment work on a hostile document full of 公司. */
const MENTIONS_PER_BLOCK = 200;

/** Company names in a block, each aligned with the declared entity. */
export function nameMentions(block: Block, entity: Entity): Mention[] {
  const source = block.text;
  const out: Mention[] = [];
  const core = widthFold(entity.core);
  SUFFIX.lastIndex = 0;
  for (
    let m = SUFFIX.exec(source);
    m !== null && out.length < MENTIONS_PER_BLOCK;
    m = SUFFIX.exec(source)
  ) {
    const windowStart = Math.max(0, m.index - core.length - 4);
    const window = source.slice(windowStart, m.index);
    let best = { start: m.index, distance: Number.POSITIVE_INFINITY };
    for (let s = window.length; s >= 0; s--) {
      const candidate = widthFold(noSpace(window.slice(s)));
      const distance = editDistance(candidate, core);
      if (distance < best.distance) best = { start: windowStart + s, distance };
    }
    // Leading spaces and punctuation are not part of a name.
    while (best.start < m.index && /[\s:：，,、。;；"“”'‘’|]/.test(source[best.start]!))
      best.start++;
    const name = noSpace(source.slice(best.start, m.index + m[0].length));
    out.push({
      name,
      offset: best.start,
      exact: name === entity.full,
      formOnly: name !== entity.full && formFold(name) === formFold(entity.full),
      distance: best.distance,
    });
  }
  return out;
}

const CODE =
  /(?<![0-9A-Z])[0-9A-HJ-NP-RTUWXY]{2}[0-9]{6}[0-9A-HJ-NP-RTUWXY]{9}[0-9A-HJ-NP-RTUWXY](?![0-9A-Z])/g;
const CODE_LABEL = /信用代码|credit\s*code/i;

interface CodeMention {
  code: string;
  offset: number;
}

/** Credit codes in a block that belong to the entity (not to another company named before them). */
export function codeMentions(block: Block, entity: Entity, names: Mention[]): CodeMention[] {
  const upper = block.text.toUpperCase();
  const out: CodeMention[] = [];
  CODE.lastIndex = 0;
  for (let m = CODE.exec(upper); m !== null; m = CODE.exec(upper)) {
    const labelled = CODE_LABEL.test(block.text.slice(Math.max(0, m.index - 16), m.index));
    if (!labelled && creditCodeProblem(m[0]) !== undefined) continue;
    const owner = names.filter((n) => n.offset < m!.index).pop();
    if (owner && !owner.exact && !owner.formOnly && owner.distance > 2) continue;
    if (!entity.full) continue;
    out.push({ code: m[0], offset: m.index });
  }
  return out;
}
