/** Annotations within GitHub's caps: the most important first, the rest counted, never lost. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ANNOTATION_CAP,
  omittedText,
  planAnnotations,
  toAnnotation,
} from '../src/report/annotations.js';
import { text, type Finding, type Severity } from '../src/model/finding.js';
import type { ChangeSummary } from '../src/model/summary.js';
import { runAction } from './helpers/action.js';
import { commitAll, eventRepo, pullRequestEnv } from './helpers/event-repo.js';
import { editManifest, exampleRepo, writeFile } from './helpers/repo.js';

function finding(ruleId: string, severity: Severity, line: number, file = 'a.yml'): Finding {
  return { ruleId, severity, file, line, message: text(`问题 ${line}`, `problem ${line}`) };
}

/** Twenty third-party models without filing number or agreement: two errors each. */
function fortyErrors(root: string): void {
  const models = Array.from(
    { length: 20 },
    (_, i) =>
      `  - { provider: 供应商${i}, name: 模型${i}, source: third-party, fine_tuning: none }\n`,
  ).join('');
  editManifest(root, /\nmaterials:\n/, `\n${models}materials:\n`);
}

const CHANGE: ChangeSummary = { source: 'git', changedFiles: 3, addedLines: 10 };

describe('annotations (dist/index.js)', () => {
  it('40 error findings give exactly 10 error annotations and a line counting the other 30', () => {
    const workspace = exampleRepo();
    fortyErrors(workspace);
    const run = runAction({ workspace, inputs: { lang: 'en' } });
    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'failed', errors: '40' });
    const lines = run.stdout.split('\n');
    const errors = lines.filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(10);
    expect(
      errors.every((l) =>
        /^::error title=[a-z-]+\/[a-z-]+,file=compliance\.yml,line=\d+,endLine=\d+,col=\d+::/.test(
          l,
        ),
      ),
    ).toBe(true);
    const notAnnotated =
      '30 finding(s) were not annotated (30 error(s)): GitHub shows at most 10 annotations of each severity per step.';
    expect(lines.filter((l) => l.startsWith(notAnnotated))).toHaveLength(1);
    expect(run.summary).toContain(notAnnotated);
    // The verdict still reaches the log, and the step fails by its exit code.
    expect(run.stdout).toContain('genai-compliance-gate: failed — 40 error(s)');
  });

  it('annotates what the pull request adds before older findings', () => {
    const repo = eventRepo();
    fortyErrors(repo.workspace);
    repo.base = commitAll(repo.workspace, 'forty errors on the base branch');
    writeFile(repo.workspace, 'train/lora/adapter_config.json', '{"peft_type": "LORA", "r": 8}\n');
    repo.head = commitAll(repo.workspace, 'add an adapter');
    const run = runAction({
      workspace: repo.workspace,
      inputs: { lang: 'en', comment: 'never' },
      env: pullRequestEnv(repo),
    });
    expect(run.status).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(10);
    expect(errors[0]).toMatch(
      /^::error title=drift\/fine-tuning-introduced,file=train\/lora\/adapter_config\.json/,
    );
    expect(run.stdout).toContain('were not annotated (');
    expect(run.summary).toContain('### Drift in this change `drift`');
    expect(run.summary).toContain(`| Head | \`${repo.head.slice(0, 7)}\` |`);
  });

  it('says it in Chinese by default', () => {
    const workspace = exampleRepo();
    fortyErrors(workspace);
    const run = runAction({ workspace });
    expect(run.stdout).toContain('另有 30 条发现未标注（30 个错误）');
    expect(run.summary).toContain('另有 30 条发现未标注');
  });

  it('uses a failing-verdict annotation while the error budget has room', () => {
    const workspace = exampleRepo();
    editManifest(workspace, 'fine_tuning: none', 'fine_tuning: lora');
    const run = runAction({ workspace, inputs: { lang: 'en' } });
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n').filter((l) => l.startsWith('::error'))).toHaveLength(2);
    expect(run.stdout).not.toContain('were not annotated');
  });
});

describe('planAnnotations', () => {
  const root = '/ws/app';
  const workspace = '/ws';

  it('caps each severity, errors first, and counts what it left out', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => finding('path/x', 'note', i + 1)),
      ...Array.from({ length: 11 }, (_, i) => finding('path/y', 'warning', i + 100)),
      ...Array.from({ length: 3 }, (_, i) => finding('path/z', 'error', i + 200)),
    ];
    const plan = planAnnotations({ findings, lang: 'en', root }, workspace);
    expect(plan.annotations.map((a) => a.severity)).toEqual([
      ...Array(3).fill('error'),
      ...Array(ANNOTATION_CAP).fill('warning'),
      ...Array(ANNOTATION_CAP).fill('note'),
    ]);
    expect(plan.omitted).toEqual({ error: 0, warning: 1, note: 2 });
    expect(omittedText(plan.omitted, 'en')).toMatch(
      /^3 finding\(s\) were not annotated \(1 warning\(s\), 2 note\(s\)\)/,
    );
    expect(omittedText({ error: 0, warning: 0, note: 0 }, 'en')).toBeUndefined();
  });

  it('puts findings on the change first when the change is known', () => {
    const findings = [
      ...Array.from({ length: 10 }, (_, i) => finding('materials/missing', 'error', i + 1)),
      finding('drift/fine-tuning-introduced', 'error', 99, 'train/lora.py'),
    ];
    const withChange = planAnnotations({ findings, lang: 'en', root, change: CHANGE }, workspace);
    expect(withChange.annotations[0]!.properties).toMatchObject({
      title: 'drift/fine-tuning-introduced',
      file: 'app/train/lora.py',
      startLine: 99,
    });
    expect(withChange.omitted.error).toBe(1);
    const without = planAnnotations({ findings, lang: 'en', root }, workspace);
    expect(without.annotations.map((a) => a.properties.title)).not.toContain(
      'drift/fine-tuning-introduced',
    );
  });

  it('makes files relative to the workspace and leaves out what lies outside it', () => {
    const inside = toAnnotation(
      { ...finding('path/required', 'error', 3, 'compliance.yml'), column: 7, endLine: 4 },
      'zh-CN',
      path.join(workspace, 'sub', 'app'),
      workspace,
    );
    expect(inside.properties).toEqual({
      title: 'path/required',
      file: 'sub/app/compliance.yml',
      startLine: 3,
      endLine: 4,
      startColumn: 7,
    });
    expect(inside.message).toContain('问题 3\n文档: https://');
    const outside = toAnnotation(
      finding('path/required', 'error', 3, '../x.yml'),
      'en',
      workspace,
      workspace,
    );
    expect(outside.properties).toEqual({ title: 'path/required' });
    const general = toAnnotation(
      { ruleId: 'manifest/missing', severity: 'error', message: text('缺少', 'missing') },
      'en',
      root,
      workspace,
    );
    expect(general.properties).toEqual({ title: 'manifest/missing' });
  });
});
