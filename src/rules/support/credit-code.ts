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

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/**
 * Whether an 18-character value is built like a resident identity number (GB 11643): 17 digits
 * with a birth date at characters 7-14, then the ISO 7064 MOD 11-2 check character. Some such
 * numbers also pass the GB 32100 check by chance; a credit code almost never has both shapes.
 */
export function isResidentIdNumber(value: string): boolean {
  const id = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11] === id[17];
}
