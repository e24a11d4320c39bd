/**
 * Periods written in policies: `6个月`, `二十四个月`, `半年`, `2 years`, `15个工作日`. Parsed to a
 * number and a unit with their offset, so a rule can compare them and point at them. Dates
 * (`2026年1月1日`) are not periods.
 */

export type PeriodUnit = 'hour' | 'day' | 'working-day' | 'week' | 'month' | 'year';

export interface Period {
  value: number;
  unit: PeriodUnit;
  /** Offset and length of the whole match in the searched text. */
  index: number;
  length: number;
  raw: string;
}

const DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Chinese numerals up to 999 (一, 十二, 二十四, 一百八十). */
function chineseNumber(value: string): number | undefined {
  if (value === '半') return 0.5;
  let total = 0;
  let current = 0;
  for (const ch of value) {
    if (ch in DIGIT) current = DIGIT[ch]!;
    else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else return undefined;
  }
  return total + current;
}

const EN_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  eighteen: 18,
  twenty: 20,
  thirty: 30,
};

// `一年半`, `两个半月`, `1个半小时`: a half after the unit (or between 个 and 月) adds 0.5.
const ZH_PERIOD =
  /(?<![0-9.])([0-9]{1,3}(?:\.[0-9])?|[零〇一二两三四五六七八九十百]{1,4}|半)\s*(?:个(半)?)?\s*(小时|工作日|自然日|日|天|周|星期|个月|月|年)(半(?![年月天日]))?(?!\s*[0-9]{1,2}\s*[日号])/g;
const EN_PERIOD =
  /(?<![a-z0-9])([0-9]{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty)(?:\s+|-)(hours?|(?:working|business)\s+days?|calendar\s+days?|days?|weeks?|months?|years?)(?![a-z])/gi;

const ZH_UNITS: Record<string, PeriodUnit> = {
  小时: 'hour',
  工作日: 'working-day',
  自然日: 'day',
  日: 'day',
  天: 'day',
  周: 'week',
  星期: 'week',
  个月: 'month',
  月: 'month',
  年: 'year',
};

function enUnit(unit: string): PeriodUnit {
  const u = unit.toLowerCase();
  if (u.startsWith('hour')) return 'hour';
  if (u.startsWith('working') || u.startsWith('business')) return 'working-day';
  if (u.startsWith('week')) return 'week';
  if (u.startsWith('month')) return 'month';
  if (u.startsWith('year')) return 'year';
  return 'day';
}

export function periods(textValue: string): Period[] {
  const out: Period[] = [];
  ZH_PERIOD.lastIndex = 0;
  for (let m = ZH_PERIOD.exec(textValue); m !== null; m = ZH_PERIOD.exec(textValue)) {
    const [raw, number, halfBefore, unitText, halfAfter] = m;
    // `2026年`: a year, not a period of 2026 years.
    if (unitText === '年' && /^[0-9]{4}$/.test(number!)) continue;
    // A bare `月` after a digit is a month of the year (`3月`), unless written `个月`.
    if (unitText === '月' && !raw.includes('个') && /^[0-9]+$/.test(number!)) continue;
    const whole = /^[0-9.]+$/.test(number!) ? Number(number) : chineseNumber(number!);
    if (whole === undefined || !Number.isFinite(whole)) continue;
    // `半个月` is half a month; `两个半月` is two and a half.
    const half = (halfBefore !== undefined || halfAfter !== undefined) && number !== '半';
    const value = half ? whole + 0.5 : whole;
    out.push({ value, unit: ZH_UNITS[unitText!]!, index: m.index, length: raw.length, raw });
  }
  EN_PERIOD.lastIndex = 0;
  for (let m = EN_PERIOD.exec(textValue); m !== null; m = EN_PERIOD.exec(textValue)) {
    const [raw, number, unitText] = m;
    const value = /^[0-9]+$/.test(number!) ? Number(number) : EN_NUMBERS[number!.toLowerCase()];
    if (value === undefined) continue;
    out.push({ value, unit: enUnit(unitText!), index: m.index, length: raw.length, raw });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** A period in months (a month counts 30 days; a working week 5 working days). */
export function inMonths(period: Period): number {
  switch (period.unit) {
    case 'year':
      return period.value * 12;
    case 'month':
      return period.value;
    case 'week':
      return (period.value * 7) / 30;
    case 'day':
      return period.value / 30;
    case 'working-day':
      return (period.value * 7) / 5 / 30;
    case 'hour':
      return period.value / 24 / 30;
  }
}

/** A period in working days: calendar time counts 5 working days in every 7. */
export function inWorkingDays(period: Period): number {
  switch (period.unit) {
    case 'working-day':
      return period.value;
    case 'week':
      return period.value * 5;
    case 'day':
      return (period.value * 5) / 7;
    case 'hour':
      return (period.value / 24) * (5 / 7);
    case 'month':
      return (period.value * 30 * 5) / 7;
    case 'year':
      return (period.value * 365 * 5) / 7;
  }
}

/** `6 个月` / `6 months`, `15 个工作日` / `15 working days`. */
export function periodText(value: number, unit: PeriodUnit): { zh: string; en: string } {
  const zh: Record<PeriodUnit, string> = {
    hour: '小时',
    day: '天',
    'working-day': '个工作日',
    week: '周',
    month: '个月',
    year: '年',
  };
  const en: Record<PeriodUnit, string> = {
    hour: 'hour',
    day: 'day',
    'working-day': 'working day',
    week: 'week',
    month: 'month',
    year: 'year',
  };
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return { zh: `${shown}${zh[unit]}`, en: `${shown} ${en[unit]}${value === 1 ? '' : 's'}` };
}
