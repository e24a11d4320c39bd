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

/** Found anywhere: in a manifest value, a material or a policy line. */
const ANYWHERE: RegExp[] = [
  /请(?:在此)?填写|待填写|请补充|待补充|此处填写/u,
  /\b(?:TODO|TBD|FIXME)\b/u,
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
  return first(value.trim(), [...ANYWHERE, ...IN_VALUE]);
}

export function placeholderInLine(line: string): Placeholder | undefined {
  return first(line, [...ANYWHERE, ...IN_DOCUMENT]);
}

/** A lexicon keyword that holds a place: 示例, 关键词, TODO, 请填写…. */
export function placeholderKeyword(keyword: string): Placeholder | undefined {
  return first(keyword.trim(), [
    /^(?:示例|样例|关键词|示例关键词|TODO|TBD)$/iu,
    /请(?:在此)?填写|待填写|待补充/u,
  ]);
}
