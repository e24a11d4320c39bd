/**
 * Text that holds a place instead of saying something: what `init` and the usual templates leave
 * for a person to fill in (请填写…, TODO, 示例, example.com, a run of zeros, XXX公司).
 */

export interface Placeholder {
  /** The placeholder as written. */
  found: string;
  /** Offset in the text it was found in. */
  offset: number;
}

/** What a template asks a person to fill in. */
export const FILL_IN_PROMPTS = [
  '请在此填写',
  '此处填写',
  '请填写',
  '待填写',
  '请补充',
  '待补充',
] as const;
/** Markers of unfinished work. */
export const TODO_MARKERS = ['TODO', 'TBD', 'FIXME'] as const;
/** Markers of sample content in a document. */
export const SAMPLE_MARKERS = ['【示例】', '（示例）', '[示例]', '示例：'] as const;

const FILL_IN = new RegExp(FILL_IN_PROMPTS.join('|'), 'u');

/** Found anywhere: in a manifest value, a material or a policy line. */
const ANYWHERE: RegExp[] = [
  new RegExp(`\\b(?:${TODO_MARKERS.join('|')})\\b`, 'u'),
  /\b[\w.-]*example\.(?:com|org|net)\b/iu,
  /(?<![0-9])0{6,}(?![0-9])/u,
  /(?<![A-Za-z])[Xx×]{3,}(?![A-Za-z])|(?<![A-Za-z])(?:XX|××)(?=\p{Script=Han})/u,
];

/** A manifest value is one fact, so a 示例 or an `init` prompt anywhere in it is a placeholder. */
const IN_VALUE: RegExp[] = [
  /示例|样例/u,
  /^(?:写明|填写)/u,
  /^the company name on the business licence$/iu,
];

/** In a document, 示例 only as a marker: 【示例】, （示例）, or a line that starts with it. */
const IN_DOCUMENT: RegExp[] = [/[【[（(]示例[】\]）)]|^\s*示例\s*[:：]/u];

function first(text: string, patterns: RegExp[]): Placeholder | undefined {
  let best: Placeholder | undefined;
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match && (best === undefined || match.index < best.offset)) {
      best = { found: match[0], offset: match.index };
    }
  }
  return best;
}

export function placeholderInValue(value: string): Placeholder | undefined {
  return first(value.trim(), [FILL_IN, ...ANYWHERE, ...IN_VALUE]);
}

/**
 * A fill-in prompt in a document holds a place when it stands where a value goes: at the start of
 * a line or cell, after a label's colon, inside brackets, or before a blank (____). In a sentence
 * ("注册时请填写真实、准确的信息") it asks the reader for something and holds nothing.
 */
function fillInPrompt(line: string): Placeholder | undefined {
  const m = FILL_IN.exec(line);
  if (!m) return undefined;
  const before = line.slice(0, m.index).trimEnd();
  const after = line.slice(m.index + m[0].length);
  const where =
    before === '' ||
    /[:：【[（(「<_＿|]$/u.test(before) ||
    /^[^。；;，,]{0,20}[_＿]{2,}/u.test(after);
  return where ? { found: m[0], offset: m.index } : undefined;
}

export function placeholderInLine(line: string): Placeholder | undefined {
  const prompt = fillInPrompt(line);
  const other = first(line, [...ANYWHERE, ...IN_DOCUMENT]);
  if (prompt && other) return prompt.offset <= other.offset ? prompt : other;
  return prompt ?? other;
}

/** A lexicon keyword that holds a place: 示例, 关键词, TODO, 请填写…. */
export function placeholderKeyword(keyword: string): Placeholder | undefined {
  return first(keyword.trim(), [
    /^(?:示例|样例|关键词|示例关键词|TODO|TBD)$/iu,
    /请(?:在此)?填写|待填写|待补充/u,
  ]);
}
