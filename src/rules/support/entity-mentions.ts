/**
 * Where a document names the declared entity: company names aligned with it (near-misses
 * included) and the unified social credit codes that belong to it.
 */
import type { Block } from '../../evidence/document.js';
import { editDistance } from '../../text/edit-distance.js';
import { creditCodeProblem, isResidentIdNumber } from './credit-code.js';

/** The organisational form, and a bracket after it that is part of the name (not "（以下简称…）"). */
/** The organisational forms that end a company name, longest first. */
export const ORGANISATION_FORMS = ['股份有限公司', '有限责任公司', '有限公司', '公司'] as const;
/** A contract's party roles. */
export const PARTY_ROLES = [
  '甲方',
  '乙方',
  '丙方',
  '丁方',
  '委托方',
  '受托方',
  '服务方',
  '使用方',
  '供应方',
  '采购方',
  '许可方',
  '被许可方',
] as const;
/** Labels of a person's identity number: an 18-digit number after them is not a credit code. */
export const PERSON_ID_LABELS = ['身份证', '身份号码', '证件号', '居民身份'] as const;

const alternatives = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).join('|');

/** The organisational form, and a bracket after it that is part of the name (not "（以下简称…）"). */
const SUFFIX = new RegExp(
  `(${alternatives(ORGANISATION_FORMS)})([(（](?!以下|下称|简称|下同|统一社会)[^()（）]{1,12}[)）])?`,
  'g',
);

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
/** A person's identity number, not an organisation's code. */
const PERSON_ID_LABEL = new RegExp(
  `${alternatives(PERSON_ID_LABELS)}|ID\\s*(?:card|number|no)`,
  'i',
);

interface CodeMention {
  code: string;
  offset: number;
}

/** A contract's party roles: 甲方, 乙方 and the like. */
const PARTY = new RegExp(`(${alternatives(PARTY_ROLES)})`, 'g');
const OPENING_PARTY = new RegExp(`^\\s*(${alternatives(PARTY_ROLES)})`);

/** The party a block introduces by its role, when it opens with one: `乙方（服务提供方）：…`. */
export function openingParty(block: Block): string | undefined {
  return OPENING_PARTY.exec(block.text)?.[1];
}

/** The last party role named in `text`: `乙方统一社会信用代码：` names 乙方. */
export function lastPartyIn(text: string): string | undefined {
  let last: string | undefined;
  PARTY.lastIndex = 0;
  for (let m = PARTY.exec(text); m !== null; m = PARTY.exec(text)) last = m[1];
  return last;
}

/** Whether a name mention is the entity (exactly, in another form, or one near-miss away). */
export function isOurs(mention: Mention): boolean {
  return mention.exact || mention.formOnly || mention.distance <= 2;
}

/**
 * Credit codes in a block that belong to the entity: not another company's, whether that company
 * is named before the code in the block, or is `owner`, the party the block continues (a contract
 * lists each party's name, then its code, on lines of their own).
 */
export function codeMentions(
  block: Block,
  entity: Entity,
  names: Mention[],
  owner?: (before: string) => Mention | undefined,
): CodeMention[] {
  const upper = block.text.toUpperCase();
  const out: CodeMention[] = [];
  CODE.lastIndex = 0;
  for (let m = CODE.exec(upper); m !== null; m = CODE.exec(upper)) {
    const before = block.text.slice(Math.max(0, m.index - 16), m.index);
    const labelled = CODE_LABEL.test(before);
    if (!labelled && creditCodeProblem(m[0]) !== undefined) continue;
    if (PERSON_ID_LABEL.test(before) || (!labelled && isResidentIdNumber(m[0]))) continue;
    const named =
      names.filter((n) => n.offset < m!.index).pop() ?? owner?.(block.text.slice(0, m.index));
    if (named && !isOurs(named)) continue;
    if (!entity.full) continue;
    out.push({ code: m[0], offset: m.index });
  }
  return out;
}
