/** The lexicon-quality lines of the text and Markdown reports (the JSON report carries it whole). */
import type { Lang } from '../model/finding.js';
import type { LexiconKeywordPlace, LexiconQuality } from '../model/summary.js';

/** Keywords named on one line; the count says the rest. */
const NAMED = 10;

const WORDS = {
  'zh-CN': {
    title: '关键词库质量',
    summary: (q: LexiconQuality) =>
      `${q.keywords} 个关键词（折叠后不同的 ${q.distinct} 个），${q.categories.length + q.moreCategories} 个类别；类别内重复 ${q.duplicates.withinCategory} 个，全库重复 ${q.duplicates.acrossLexicon} 个`,
    excluded: '未计入覆盖',
    kind: { allow: '白名单', stop: '停用词' },
    listed: (kind: string, n: number) => `（${kind}，${n} 条）`,
    short: (n: number) =>
      `过短的关键词 ${n} 个（一个汉字，或不超过两个字母、数字；会命中大量普通文本）`,
    unmatchable: (n: number) => `永远无法匹配的关键词 ${n} 个（只有分隔符，或折叠后为空）`,
    list: '、',
    colon: '：',
  },
  en: {
    title: 'Lexicon quality',
    summary: (q: LexiconQuality) =>
      `${q.keywords} keywords (${q.distinct} distinct after folding), ${q.categories.length + q.moreCategories} categories; ${q.duplicates.withinCategory} repeated within a category, ${q.duplicates.acrossLexicon} across the lexicon`,
    excluded: 'Not counted for coverage',
    kind: { allow: 'whitelist', stop: 'stop words' },
    listed: (kind: string, n: number) => ` (${kind}, ${n} entries)`,
    short: (n: number) =>
      `${n} keyword(s) too short to be useful (one CJK character, or up to two Latin letters or digits: they hit most ordinary text)`,
    unmatchable: (n: number) =>
      `${n} keyword(s) that can never match (separators only, or nothing left after folding)`,
    list: ', ',
    colon: ': ',
  },
};

function named(listed: LexiconKeywordPlace[], count: number, lang: Lang): string {
  const shown = listed.slice(0, NAMED).map((k) => JSON.stringify(k.keyword));
  return `${shown.join(WORDS[lang].list)}${count > shown.length ? ' …' : ''}`;
}

/** Plain lines (not yet escaped for any channel): a title and its items. */
export function lexiconQualityLines(
  quality: LexiconQuality,
  lang: Lang,
): { title: string; items: string[] } {
  const w = WORDS[lang];
  const items = [w.summary(quality)];
  if (quality.excluded.length > 0) {
    const lists = quality.excluded.map(
      (list) =>
        `${list.file}${list.sheet !== undefined ? `#${list.sheet}` : ''}${w.listed(w.kind[list.kind], list.entries)}`,
    );
    items.push(`${w.excluded}${w.colon}${lists.join(w.list)}`);
  }
  if (quality.short.count > 0) {
    items.push(
      `${w.short(quality.short.count)}${w.colon}${named(quality.short.listed, quality.short.count, lang)}`,
    );
  }
  if (quality.unmatchable.count > 0) {
    items.push(
      `${w.unmatchable(quality.unmatchable.count)}${w.colon}${named(quality.unmatchable.listed, quality.unmatchable.count, lang)}`,
    );
  }
  return { title: w.title, items };
}
