/** `genai-compliance-gate explain [RULE-ID] [--lang zh-CN|en]`: a rule's documentation in the terminal. */
import { LANG_VALUES } from '../context.js';
import { flag, oneOf, UsageError } from '../inputs/options.js';
import { ruleHelpUri, TOOL_NAME } from '../data/project.js';
import type { Lang } from '../model/finding.js';
import { groupedRules } from '../docs/readme.js';
import {
  exampleFinding,
  ruleSource,
  SEVERITY_NAMES,
  STATUS_NAMES,
  waiverNote,
  waiverYaml,
} from '../docs/rule-doc.js';
import { HEADINGS } from '../docs/rule-page.js';
import { RULES, ruleById } from '../rules/index.js';
import { parseCommandArgs } from './args.js';
import type { AnyRule } from '../rules/rule.js';

export const EXPLAIN_USAGE = `Usage: ${TOOL_NAME} explain [RULE-ID] [--lang zh-CN|en]

Prints a rule's documentation: what it checks, why, an example, how to fix and waive it.
Without RULE-ID, lists every rule.
`;

const indent = (block: string) =>
  block
    .split('\n')
    .map((line) => (line === '' ? '' : `  ${line}`))
    .join('\n');

/** Markdown emphasis reads as noise in a terminal; code spans stay. */
const plain = (markdown: string) => markdown.replace(/\*\*(.+?)\*\*/g, '$1');

export function explainRule(rule: AnyRule, lang: Lang): string {
  const h = HEADINGS[lang];
  const sep = lang === 'zh-CN' ? '：' : ': ';
  return `${[
    `${rule.id} — ${rule.title[lang]}`,
    `${h.severity}${sep}${SEVERITY_NAMES[rule.defaultSeverity][lang]} · ${h.status}${sep}${STATUS_NAMES[rule.status][lang]}`,
    '',
    h.checks,
    indent(plain(rule.help[lang])),
    '',
    h.why,
    indent(plain(ruleSource(rule)[lang])),
    '',
    h.example,
    indent(exampleFinding(rule, lang)),
    '',
    h.waive,
    indent(plain(waiverNote(rule, lang))),
    '',
    indent(waiverYaml(rule, lang)),
    '',
    ruleHelpUri(rule.id),
  ].join('\n')}\n`;
}

export function ruleList(lang: Lang): string {
  const rules = groupedRules(RULES);
  const width = Math.max(...rules.map((rule) => rule.id.length));
  return `${rules
    .map(
      (rule) =>
        `${rule.id.padEnd(width)}  ${SEVERITY_NAMES[rule.defaultSeverity][lang].padEnd(7)} ${rule.title[lang]}`,
    )
    .join('\n')}\n`;
}

/** Rule ids sharing the group or the name of an unknown id, for the error message. */
function suggestions(id: string): string[] {
  const [group = '', name = ''] = id.toLowerCase().split('/');
  return RULES.map((rule) => rule.id).filter((candidate) => {
    const [g, n] = candidate.split('/');
    return (
      (group !== '' && g === group) ||
      (name !== '' && n !== undefined && (n.includes(name) || name.includes(n)))
    );
  });
}

export async function explain(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    lang: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) {
    process.stdout.write(EXPLAIN_USAGE);
    return 0;
  }
  const lang: Lang = oneOf<Lang>(flag('lang'), values.lang, LANG_VALUES) ?? 'zh-CN';
  if (positionals.length > 1) {
    throw new UsageError(
      `expected one rule id, got ${positionals.length}`,
      `只能指定一个规则 ID，收到 ${positionals.length} 个`,
    );
  }
  const id = positionals[0];
  if (id === undefined) {
    process.stdout.write(ruleList(lang as Lang));
    return 0;
  }
  const rule = ruleById(id);
  if (!rule) {
    const near = suggestions(id);
    process.stderr.write(
      lang === 'en'
        ? `Unknown rule ${id}.${near.length ? ` Did you mean: ${near.join(', ')}?` : ''} Run 'explain' without an id for the list.\n`
        : `规则 ${id} 不存在。${near.length ? `是否要找：${near.join('、')}？` : ''}不带规则 ID 运行 explain 可列出全部规则。\n`,
    );
    return 2;
  }
  process.stdout.write(explainRule(rule, lang as Lang));
  return 0;
}
