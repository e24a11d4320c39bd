/** Whether a unified social credit code is well formed (GB 32100-2015). */
import { CREDIT_CODE_ALPHABET, CREDIT_CODE_WEIGHTS } from '../../data/number-formats.js';

/** GB 32100 check: 18 characters from the code alphabet, the last one a weighted mod-31 check. */
export function creditCodeProblem(code: string): { zh: string; en: string } | undefined {
  const value = code.trim().toUpperCase();
  if (value.length !== 18) {
    return {
      zh: `应为 18 位，实际 ${value.length} 位`,
      en: `must be 18 characters, got ${value.length}`,
    };
  }
  let sum = 0;
  for (let i = 0; i < 18; i++) {
    const digit = CREDIT_CODE_ALPHABET.indexOf(value[i]!);
    if (digit === -1) {
      return {
        zh: `第 ${i + 1} 位字符 ${value[i]} 不允许（不得使用 I、O、Z、S、V）`,
        en: `character ${i + 1} (${value[i]}) is not allowed (no I, O, Z, S, V)`,
      };
    }
    if (i < 17) sum += digit * CREDIT_CODE_WEIGHTS[i]!;
  }
  if (!/^\d{6}$/.test(value.slice(2, 8))) {
    return {
      zh: '第 3-8 位应为行政区划码（数字）',
      en: 'characters 3-8 must be an administrative division code (digits)',
    };
  }
  const expected = CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31]!;
  if (value[17] !== expected) {
    return {
      zh: `校验码应为 ${expected}，实际为 ${value[17]}`,
      en: `check character should be ${expected}, not ${value[17]}`,
    };
  }
  return undefined;
}
