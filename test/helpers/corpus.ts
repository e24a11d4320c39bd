/**
 * The labelled document corpus: documents written in the styles real companies use, each judged by
 * one rule alone, with precision and recall per rule.
 *
 *   test/corpus/documents/<group>/<rule>/
 *     corpus.yml        rule, repo, place, and the expectations of cases that need them
 *     repo/             the repository every case is judged in; `{{document}}` in its files
 *                       becomes the case's path
 *     good/<case>       documents the rule must not report
 *     bad/<case>        documents the rule must report
 *
 * A case is one file (`.md`, `.html`, `.txt`, `.json`, `.tsx`, …, or `.docx.md`: Markdown built
 * into a real Word document) placed at `<place>.<extension>`, or a folder laid over the repository
 * as it is. corpus.yml:
 *
 *   rule: policy/privacy-deletion-steps
 *   place: docs/privacy          # where a one-file case goes
 *   cases:                       # optional: what a case must produce
 *     bad/six-steps.md: [{ line: 7, message: 共 6 步 }]
 *     good/with-table/: { document: docs/privacy.html }   # a folder case's `{{document}}`
 *
 * A bad case without expectations must produce at least one finding of the rule; with them, each
 * expectation must be met by a finding (file defaults to the case's document). A good case must
 * produce none.
 */
import { cpSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Outline, OutlineBlock } from '../../scripts/document-builders.mjs';
import { toDocx } from '../../scripts/document-builders.mjs';
import { createContext } from '../../src/context.js';
import { run } from '../../src/engine.js';
import type { Finding } from '../../src/model/finding.js';
import { PROJECT_ROOT, tempDir, writeFile } from './repo.js';

export const CORPUS = path.join(PROJECT_ROOT, 'test/corpus/documents');

export interface CorpusExpectation {
  file?: string;
  line?: number;
  /** A piece of the zh-CN message. */
  message?: string;
}

export interface CorpusCase {
  ruleId: string;
  /** `good/<name>` or `bad/<name>`. */
  name: string;
  label: 'good' | 'bad';
  source: string;
  /** Where the case's document lies in the laid-out repository. */
  document: string;
  expect: CorpusExpectation[];
}

export interface RuleCorpus {
  ruleId: string;
  dir: string;
  cases: CorpusCase[];
}

interface CorpusSpec {
  rule: string;
  place?: string;
  cases?: Record<string, CorpusExpectation[] | { document: string; expect?: CorpusExpectation[] }>;
}

function extensionOf(file: string): string {
  if (file.endsWith('.docx.md')) return '.docx';
  return path.extname(file);
}

export function ruleCorpora(): RuleCorpus[] {
  if (!existsSync(CORPUS)) return [];
  const corpora: RuleCorpus[] = [];
  for (const group of readdirSync(CORPUS).sort()) {
    const groupDir = path.join(CORPUS, group);
    if (!statSync(groupDir).isDirectory()) continue;
    for (const name of readdirSync(groupDir).sort()) {
      const dir = path.join(groupDir, name);
      const spec = yaml.load(readFileSync(path.join(dir, 'corpus.yml'), 'utf8')) as CorpusSpec;
      const cases: CorpusCase[] = [];
      for (const label of ['good', 'bad'] as const) {
        const labelDir = path.join(dir, label);
        if (!existsSync(labelDir)) continue;
        for (const entry of readdirSync(labelDir).sort()) {
          const source = path.join(labelDir, entry);
          const folder = statSync(source).isDirectory();
          const key = `${label}/${entry}${folder ? '/' : ''}`;
          const given = spec.cases?.[key] ?? spec.cases?.[`${label}/${entry}`];
          const expect = Array.isArray(given) ? given : (given?.expect ?? []);
          const document = folder
            ? Array.isArray(given) || !given
              ? ''
              : given.document
            : `${spec.place ?? 'docs/document'}${extensionOf(entry)}`;
          cases.push({ ruleId: spec.rule, name: key, label, source, document, expect });
        }
      }
      corpora.push({ ruleId: spec.rule, dir, cases });
    }
  }
  return corpora;
}

/** Markdown as an outline for a Word document: headings, paragraphs, numbered and bullet lists. */
export function markdownOutline(markdown: string): Outline {
  const blocks: OutlineBlock[] = [];
  let title = '';
  let list: { kind: 'ol' | 'ul'; items: string[] } | undefined;
  const flush = () => {
    if (list) blocks.push(list.kind === 'ol' ? { ol: list.items } : { ul: list.items });
    list = undefined;
  };
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    const ordered = /^\d+[.、)]\s*(.*)$/.exec(line);
    const bullet = /^[-*]\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      if (heading[1] === '#' && !title) title = heading[2]!;
      else blocks.push({ h: heading[2]!, level: Math.max(1, heading[1]!.length - 1) });
    } else if (ordered || bullet) {
      const kind = ordered ? 'ol' : 'ul';
      if (list?.kind !== kind) flush();
      list ??= { kind, items: [] };
      list.items.push((ordered ?? bullet)![1]!);
    } else {
      flush();
      if (line) blocks.push({ p: line });
    }
  }
  flush();
  return { title, blocks };
}

function fillTemplate(root: string, document: string): void {
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) stack.push(file);
      else if (/\.(ya?ml|json|md|html|txt)$/.test(entry.name)) {
        const content = readFileSync(file, 'utf8');
        if (content.includes('{{document}}'))
          writeFileSync(file, content.replaceAll('{{document}}', document));
      }
    }
  }
}

/** Lays the case out in a temp repository and returns the findings of its rule alone. */
export async function judgeCorpusCase(corpus: RuleCorpus, item: CorpusCase): Promise<Finding[]> {
  const root = path.join(tempDir('gcg-corpus-'), 'repo');
  const repo = path.join(corpus.dir, 'repo');
  if (existsSync(repo)) cpSync(repo, root, { recursive: true });
  if (statSync(item.source).isDirectory()) {
    cpSync(item.source, root, { recursive: true });
  } else if (item.source.endsWith('.docx.md')) {
    writeFile(
      root,
      item.document,
      await toDocx(markdownOutline(readFileSync(item.source, 'utf8'))),
    );
  } else {
    cpSync(item.source, path.join(root, item.document));
  }
  fillTemplate(root, item.document);
  const context = createContext({ dir: root, rules: new Set([item.ruleId]) });
  const report = await run(context);
  return report.findings.filter((f) => f.ruleId === item.ruleId);
}

/** Whether the findings are what the case expects: none for a good case. */
export function caseHolds(item: CorpusCase, findings: readonly Finding[]): boolean {
  if (item.label === 'good') return findings.length === 0;
  if (item.expect.length === 0) return findings.length > 0;
  return item.expect.every((want) =>
    findings.some(
      (f) =>
        f.file === (want.file ?? item.document) &&
        (want.line === undefined || f.line === want.line) &&
        (want.message === undefined || f.message['zh-CN'].includes(want.message)),
    ),
  );
}

export interface RuleScore {
  ruleId: string;
  good: number;
  bad: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export function score(
  ruleId: string,
  outcomes: readonly { item: CorpusCase; holds: boolean }[],
): RuleScore {
  const good = outcomes.filter((o) => o.item.label === 'good');
  const bad = outcomes.filter((o) => o.item.label === 'bad');
  const truePositives = bad.filter((o) => o.holds).length;
  const falsePositives = good.filter((o) => !o.holds).length;
  const falseNegatives = bad.length - truePositives;
  const flagged = truePositives + falsePositives;
  return {
    ruleId,
    good: good.length,
    bad: bad.length,
    truePositives,
    falsePositives,
    falseNegatives,
    precision: flagged === 0 ? 1 : truePositives / flagged,
    recall: bad.length === 0 ? 1 : truePositives / bad.length,
  };
}

export function scoreTable(scores: readonly RuleScore[]): string {
  const rows = scores.map(
    (s) =>
      `| \`${s.ruleId}\` | ${s.good + s.bad} | ${s.good} | ${s.bad} | ${s.falsePositives} | ${s.falseNegatives} | ${s.precision.toFixed(2)} | ${s.recall.toFixed(2)} |`,
  );
  return [
    '| rule | documents | good | bad | false alarms | misses | precision | recall |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}
