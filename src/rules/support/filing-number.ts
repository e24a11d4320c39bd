/** Whether a model filing number has the shape, province and date the CAC publishes. */
import {
  EARLIEST_FILING_DATE,
  FILING_NUMBER,
  FILING_PROVINCES,
} from '../../data/number-formats.js';

function isRealDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Why a model filing number is malformed, or undefined when it is well formed. */
export function filingNumberProblem(
  value: string,
  today: string,
): { zh: string; en: string } | undefined {
  const match = FILING_NUMBER.exec(value.trim());
  if (!match) {
    return {
      zh: '格式应为 省份-名称-YYYYMMDD（2024 年起另加 4 位序号），例如 Beijing-DeepseekChat-202404280016',
      en: 'expected Province-Name-YYYYMMDD (plus a 4-digit serial from 2024), e.g. Beijing-DeepseekChat-202404280016',
    };
  }
  const [, province = '', , date = ''] = match;
  if (!FILING_PROVINCES.has(province.toLowerCase())) {
    return { zh: `未知的省份前缀 ${province}`, en: `unknown province prefix ${province}` };
  }
  if (!isRealDate(date)) return { zh: `日期 ${date} 无效`, en: `date ${date} is not a real date` };
  if (date < EARLIEST_FILING_DATE) {
    return { zh: `日期 ${date} 早于备案制度施行`, en: `date ${date} predates the filing regime` };
  }
  if (date > today.replace(/-/g, ''))
    return { zh: `日期 ${date} 在未来`, en: `date ${date} is in the future` };
  return undefined;
}
