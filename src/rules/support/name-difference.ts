/** What differs between a declared name and the one a document has, for a message. */
import { text, type Bilingual } from '../../model/finding.js';
import { widthFold } from './entity-mentions.js';

/** What differs between two names, for the message: 缺少“有限”, 多出“（北京）”, 全角/半角. */
export function nameDifference(declared: string, found: string): Bilingual {
  if (widthFold(declared) === widthFold(found)) {
    return text(
      '括号或标点的全角/半角不同',
      'brackets or punctuation differ in width (full-width vs half-width)',
    );
  }
  // Longest common subsequence, then the runs on either side.
  const a = [...declared];
  const b = [...found];
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const missing: string[] = [];
  const extra: string[] = [];
  let i = 0;
  let j = 0;
  let runA = '';
  let runB = '';
  const flush = () => {
    if (runA) missing.push(runA);
    if (runB) extra.push(runB);
    runA = '';
    runB = '';
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && dp[i + 1]![j]! >= dp[i]![j + 1]!)) runA += a[i++];
    else runB += b[j++];
  }
  flush();
  const zh: string[] = [];
  const en: string[] = [];
  if (missing.length > 0) {
    zh.push(`缺少“${missing.join('”“')}”`);
    en.push(`missing "${missing.join('", "')}"`);
  }
  if (extra.length > 0) {
    zh.push(`多出“${extra.join('”“')}”`);
    en.push(`extra "${extra.join('", "')}"`);
  }
  return text(zh.join('，'), en.join(', '));
}
