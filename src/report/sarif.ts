/**
 * `--format sarif` and the Action's `sarif` input: SARIF 2.1.0 for GitHub code scanning.
 * Every rule of the catalogue is described; waived findings are results with a suppression.
 * GitHub keeps at most 5,000 results per run, so past that the most severe are kept and a
 * notification says how many were left out.
 */
import { createHash } from 'node:crypto';
import { REPOSITORY_URL, ruleHelpUri } from '../data/project.js';
import { SEVERITY_RANK, type Finding, type Lang, type Severity } from '../model/finding.js';
import type { Report } from '../model/report.js';
import { RULES } from '../rules/index.js';
import type { RuleMeta } from '../rules/rule.js';
import type { SuppressedFinding } from '../model/report.js';

export interface SarifOptions {
  /** Where the checked directory sits inside the repository ('' at its root), `/` separators. */
  uriPrefix?: string;
  /** Results kept per run (GitHub shows at most 5,000). */
  maxResults?: number;
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const MAX_SARIF_RESULTS = 5000;
const MESSAGE_MAX = 4000;

/** GitHub's scale: ≥7 high, ≥4 medium, >0 low. */
export const SECURITY_SEVERITY: Record<Severity, string> = {
  error: '7.5',
  warning: '5.0',
  note: '2.0',
};

type Json = Record<string, unknown>;

function pascal(id: string): string {
  return id
    .split(/[/\-_]/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

function plain(markdown: string): string {
  return markdown
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)');
}

function firstParagraph(textValue: string): string {
  return textValue.split(/\n\s*\n/, 1)[0]!.trim();
}

function groupOf(ruleId: string): string {
  return ruleId.split('/', 1)[0]!;
}

function descriptor(rule: RuleMeta, lang: Lang): Json {
  const uri = ruleHelpUri(rule.id);
  const docs = lang === 'en' ? 'Documentation' : '规则文档';
  const help = rule.help[lang];
  return {
    id: rule.id,
    name: pascal(rule.id),
    shortDescription: { text: rule.title[lang] },
    fullDescription: { text: firstParagraph(plain(help)) },
    help: { text: `${plain(help)}\n\n${docs}: ${uri}`, markdown: `${help}\n\n[${docs}](${uri})` },
    helpUri: uri,
    defaultConfiguration: { level: rule.defaultSeverity },
    properties: {
      tags: ['compliance', 'genai', groupOf(rule.id)],
      precision: 'very-high',
      'problem.severity': rule.defaultSeverity === 'note' ? 'recommendation' : rule.defaultSeverity,
      'security-severity': SECURITY_SEVERITY[rule.defaultSeverity],
    },
  };
}

/** A relative URI reference: each path segment percent-encoded (Chinese file names included). */
export function artifactUri(file: string, prefix: string): string {
  const joined = prefix ? `${prefix.replace(/\/+$/, '')}/${file}` : file;
  return joined
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .map(encodeURIComponent)
    .join('/');
}

/** Numbers are left out so a finding keeps its identity when lines move or counts change. */
function fingerprint(ruleId: string, uri: string, message: string): string {
  return createHash('sha256')
    .update(`${ruleId}\u0000${uri}\u0000${message.replace(/\d+/g, '#')}`)
    .digest('hex')
    .slice(0, 16);
}

function cut(value: string): string {
  return value.length > MESSAGE_MAX ? `${value.slice(0, MESSAGE_MAX)}…` : value;
}

export function toSarif(report: Report, options: SarifOptions = {}): Json {
  const lang = report.lang;
  const prefix = options.uriPrefix ?? '';
  const rules: RuleMeta[] = [...RULES];
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const ruleIndex = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      i = rules.length;
      rules.push({
        id,
        defaultSeverity: 'warning',
        status: 'structural',
        needs: [],
        title: { 'zh-CN': id, en: id },
        help: { 'zh-CN': id, en: id },
      });
      index.set(id, i);
    }
    return i;
  };

  const ordered: (Finding | SuppressedFinding)[] = [
    ...[...report.findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]),
    ...report.suppressed,
  ];
  const max = options.maxResults ?? MAX_SARIF_RESULTS;
  const kept = ordered.slice(0, max);
  const seen = new Map<string, number>();

  const results = kept.map((f) => {
    const message = cut(f.message[lang]);
    const file = f.file ?? report.manifestFile;
    const uri = artifactUri(file, prefix);
    const hash = fingerprint(f.ruleId, uri, f.message.en);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    const region: Json = { startLine: f.file !== undefined ? (f.line ?? 1) : 1 };
    if (f.file !== undefined && f.column !== undefined) region.startColumn = f.column;
    if (f.file !== undefined && f.endLine !== undefined) region.endLine = f.endLine;
    const result: Json = {
      ruleId: f.ruleId,
      ruleIndex: ruleIndex(f.ruleId),
      level: f.severity,
      message: { text: message },
      locations: [{ physicalLocation: { artifactLocation: { uri }, region } }],
      partialFingerprints: { primaryLocationLineHash: `${hash}:${occurrence}` },
      properties: { 'security-severity': SECURITY_SEVERITY[f.severity] },
    };
    if ('waiver' in f) {
      const w = f.waiver;
      result.suppressions = [
        {
          // No `status`: absent means accepted, and schema revisions disagree on its name.
          kind: 'external',
          justification: cut(
            lang === 'en'
              ? `${w.reason} (owner ${w.owner}, until ${w.expires})`
              : `${w.reason}（负责人 ${w.owner}，至 ${w.expires}）`,
          ),
        },
      ];
    }
    return result;
  });

  const left = ordered.length - kept.length;
  const notifications =
    left > 0
      ? [
          {
            level: 'warning',
            message: {
              text:
                lang === 'en'
                  ? `${left} result(s) were left out: GitHub code scanning keeps at most ${max} results per run. See the JSON report for all of them.`
                  : `另有 ${left} 条结果未写入：GitHub 代码扫描每次最多保留 ${max} 条结果。全部结果见 JSON 报告。`,
            },
          },
        ]
      : [];

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: REPOSITORY_URL,
            rules: rules.map((rule) => descriptor(rule, lang)),
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        columnKind: 'utf16CodeUnits',
        ...(report.metrics ? { properties: { metrics: report.metrics } } : {}),
        results,
      },
    ],
  };
}

export function formatSarif(report: Report, options: SarifOptions = {}): string {
  return `${JSON.stringify(toSarif(report, options), null, 2)}\n`;
}
