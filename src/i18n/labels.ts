/** Words the reporters use around findings, in both languages. */
import { PATH_NAMES } from '../data/paths.js';
import type { Lang, Severity } from '../model/finding.js';
import type { DeclaredPath } from '../model/manifest.js';

interface Labels {
  passed: string;
  failed: string;
  declared: string;
  required: string;
  noManifestPath: string;
  severity: Record<Severity, string>;
  general: string;
  suppressed: string;
  waivedBy: (owner: string, expires: string, reason: string) => string;
  summary: (counts: Record<Severity, number>) => string;
  failOn: (threshold: string) => string;
  selectedRules: (ids: readonly string[]) => string;
  /** A declared or required path as readers of this language call it. */
  pathName: (path: DeclaredPath) => string;
  /** The line that states both paths and the fail-on threshold. */
  pathsLine: (declared: string, required: string, failOn: string) => string;
}

/** `fail_on` values in Chinese: the severities, and never. */
const FAIL_ON_ZH: Record<string, string> = {
  error: '错误',
  warning: '警告',
  note: '提示',
  never: '从不失败',
};

const zh: Labels = {
  passed: '通过',
  failed: '未通过',
  declared: '声明路径',
  required: '应走路径',
  noManifestPath: '（未知）',
  severity: { error: '错误', warning: '警告', note: '提示' },
  general: '（整体）',
  suppressed: '已豁免',
  waivedBy: (owner, expires, reason) => `豁免：${reason}（负责人 ${owner}，至 ${expires}）`,
  summary: (c) => `${c.error} 个错误，${c.warning} 个警告，${c.note} 个提示`,
  failOn: (t) => `失败阈值：${FAIL_ON_ZH[t] ?? t}`,
  pathName: (path) => PATH_NAMES[path]['zh-CN'],
  pathsLine: (declared, required, failOn) =>
    `声明路径：${declared}，应走路径：${required}，${zh.failOn(failOn)}`,
  selectedRules: (ids) => `只运行了所选的 ${ids.length} 条规则：${ids.join('、')}`,
};

const en: Labels = {
  passed: 'passed',
  failed: 'failed',
  declared: 'declared path',
  required: 'required path',
  noManifestPath: '(unknown)',
  severity: { error: 'error', warning: 'warning', note: 'note' },
  general: '(general)',
  suppressed: 'suppressed',
  waivedBy: (owner, expires, reason) => `waived: ${reason} (owner ${owner}, until ${expires})`,
  summary: (c) => `${c.error} error(s), ${c.warning} warning(s), ${c.note} note(s)`,
  failOn: (t) => `fail-on: ${t}`,
  selectedRules: (ids) => `only the ${ids.length} selected rule(s) ran: ${ids.join(', ')}`,
  pathName: (path) => PATH_NAMES[path].en,
  pathsLine: (declared, required, failOn) =>
    `declared path: ${declared}  required path: ${required}  ${en.failOn(failOn)}`,
};

export function labels(lang: Lang): Labels {
  return lang === 'en' ? en : zh;
}
