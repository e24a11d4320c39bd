/** The risk coverage table for a terminal: risk, keywords, test items, minimums, status. */
import type { Lang } from '../model/finding.js';
import type { Coverage, CoverageCell, CoverageRow } from '../model/summary.js';

/** Terminal columns a string takes: CJK and full-width characters take two. */
export function displayWidth(value: string): number {
  let width = 0;
  for (const ch of value) {
    const c = ch.codePointAt(0)!;
    width +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      c >= 0x20000
        ? 2
        : 1;
  }
  return width;
}

function pad(value: string, width: number): string {
  return value + ' '.repeat(Math.max(0, width - displayWidth(value)));
}

function truncate(value: string, width: number): string {
  if (displayWidth(value) <= width) return value;
  let out = '';
  for (const ch of value) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

function cell(value: CoverageCell | undefined): string {
  if (!value) return '-';
  return value.minimum > 0 ? `${value.count}/${value.minimum}` : String(value.count);
}

export function rowMeetsMinimums(row: CoverageRow): boolean {
  const ok = (c: CoverageCell | undefined) => !c || c.count >= c.minimum;
  return ok(row.lexicon) && ok(row.testset);
}

const WORDS = {
  'zh-CN': {
    title: (profile: string) =>
      `内容安全覆盖（${profile === 'filing' ? '备案，31 类风险' : '登记，17 类风险'}；数量/最低要求）`,
    risk: '风险',
    name: '名称',
    lexicon: '关键词',
    testset: '测试题',
    status: '状态',
    ok: '达标',
    short: '不足',
  },
  en: {
    title: (profile: string) =>
      `Content-safety coverage (${profile === 'filing' ? 'filing, 31 risks' : 'registration, 17 risks'}; count/minimum)`,
    risk: 'risk',
    name: 'name',
    lexicon: 'keywords',
    testset: 'test items',
    status: 'status',
    ok: 'ok',
    short: 'short',
  },
};

export function formatCoverageText(
  coverage: Coverage,
  lang: Lang,
  paint: (kind: 'ok' | 'error' | 'dim', value: string) => string = (_k, v) => v,
): string[] {
  const w = WORDS[lang];
  const nameWidth = 28;
  const header = [w.risk, w.name, w.lexicon, w.testset, w.status];
  const rows = coverage.rows.map((row) => [
    row.risk,
    truncate(row.name[lang], nameWidth),
    cell(row.lexicon),
    cell(row.testset),
    rowMeetsMinimums(row) ? w.ok : w.short,
  ]);
  const widths = header.map((h, i) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]!))),
  );
  const line = (cells: string[]) =>
    `  ${cells.map((c, i) => pad(c, widths[i]!)).join('  ')}`.trimEnd();
  const out = [w.title(coverage.profile), paint('dim', line(header))];
  coverage.rows.forEach((row, i) => {
    const text = line(rows[i]!);
    out.push(rowMeetsMinimums(row) ? text : paint('error', text));
  });
  out.push('');
  return out;
}
