/**
 * Drift as users run it: the bundled CLI with --base/--head, shallow clones, and signals added,
 * disabled or re-severitied from the manifest.
 */
import { cpSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../src/context.js';
import { run } from '../src/engine.js';
import { cliJson } from './helpers/run.js';
import {
  editManifest,
  EXAMPLES,
  lineOf,
  readManifest,
  tempDir,
  writeFile,
} from './helpers/repo.js';
import { checkChange, commit, drift, driftRepo, git } from './helpers/drift-repo.js';

describe('CLI check DIR --base REF --head REF', () => {
  it('enables drift; without base/head drift is skipped', async () => {
    const { root, base } = driftRepo();
    writeFile(root, 'requirements.txt', 'openai==1.51.0\npeft==0.13\n');
    const head = commit(root);
    const withChange = cliJson(['check', root, '--base', base, '--head', head, '--lang', 'en']);
    expect(withChange.status).toBe(1);
    const found = withChange.report.findings.filter((f: any) => f.ruleId.startsWith('drift/'));
    expect(found).toEqual([
      expect.objectContaining({
        ruleId: 'drift/fine-tuning-introduced',
        severity: 'error',
        file: 'requirements.txt',
        line: 2,
        column: 1,
      }),
    ]);
    expect(found[0].message).toContain('peft');

    const without = cliJson(['check', root, '--lang', 'en']);
    expect(without.report.findings.filter((f: any) => f.ruleId.startsWith('drift/'))).toEqual([]);
  });

  it('branch names work as refs, and the product may sit in a folder of a bigger repository', async () => {
    const outer = tempDir('gcg-mono-');
    const product = path.join(outer, 'product');
    cpSync(path.join(EXAMPLES, 'registration-app'), product, { recursive: true });
    git(outer, 'init', '-q', '-b', 'main');
    commit(outer, 'base');
    git(outer, 'checkout', '-q', '-b', 'feature');
    writeFile(product, 'src/llm/tune.py', 'job = client.fine_tuning.jobs.create(model="qwen")\n');
    writeFile(outer, 'research/tune.py', 'job = client.fine_tuning.jobs.create(model="qwen")\n');
    commit(outer);
    const report = await checkChange(product, 'main', 'feature');
    expect(drift(report).map((f) => [f.file, f.line])).toEqual([['src/llm/tune.py', 1]]);
    expect(report.change?.changedFiles).toBe(1);
  });

  it('an unknown ref is drift/change-unavailable, never a silent pass', async () => {
    const { root, base } = driftRepo();
    const report = await checkChange(root, base, 'no-such-branch');
    expect(drift(report)).toEqual([
      expect.objectContaining({ ruleId: 'drift/change-unavailable', severity: 'error' }),
    ]);
    expect(report.passed).toBe(false);
    expect(report.change).toMatchObject({ source: 'none' });
  });

  it('a directory outside git says so', async () => {
    const dir = tempDir('gcg-nogit-');
    writeFile(
      dir,
      'compliance.yml',
      readManifest(path.join(process.cwd(), 'examples/registration-app')),
    );
    const report = await checkChange(dir, 'main', 'HEAD');
    const found = drift(report);
    expect(found.map((f) => f.ruleId)).toEqual(['drift/change-unavailable']);
    expect(found[0]!.message.en).toMatch(/not in a git repository/);
  });
});

describe('shallow clones', () => {
  function origin(): { origin: string; base: string } {
    const { root, base } = driftRepo();
    git(root, 'checkout', '-q', '-b', 'feature');
    for (let i = 0; i < 5; i++) {
      writeFile(root, `docs/notes-${i}.md`, `# ${i}\n`);
      commit(root, `notes ${i}`);
    }
    writeFile(root, 'models/bot/adapter_config.json', '{ "peft_type": "LORA" }\n');
    commit(root, 'adapter');
    git(root, 'checkout', '-q', 'main');
    writeFile(root, 'docs/main.md', '# main moves on\n');
    const mainTip = commit(root, 'main moves on');
    expect(mainTip).not.toBe(base);
    return { origin: root, base: mainTip };
  }

  function shallowClone(from: string): string {
    const clone = path.join(tempDir('gcg-clone-'), 'repo');
    git(
      path.dirname(clone),
      'clone',
      '-q',
      '--depth',
      '1',
      '--branch',
      'feature',
      `file://${from}`,
      clone,
    );
    expect(git(clone, 'rev-parse', '--is-shallow-repository')).toBe('true');
    return clone;
  }

  it('depth 1 works when deepening is allowed (the Action): the base is fetched and history deepened', async () => {
    const { origin: from, base } = origin();
    const clone = shallowClone(from);
    const report = await run(
      createContext({ dir: clone, base, head: 'HEAD', deepen: true, lang: 'en' }),
    );
    expect(drift(report).map((f) => [f.ruleId, f.file])).toEqual([
      ['drift/fine-tuning-introduced', 'models/bot/adapter_config.json'],
    ]);
    expect(report.change?.source).toBe('git');
    expect(report.change?.note?.en).toMatch(/deepened history/);
    expect(report.change?.changedFiles).toBe(6);
  });

  it('without deepening it says exactly what to set (fetch-depth: 0)', async () => {
    const { origin: from, base } = origin();
    const clone = shallowClone(from);
    git(clone, 'fetch', '-q', '--depth', '1', 'origin', base);
    const report = await run(createContext({ dir: clone, base, head: 'HEAD', lang: 'en' }));
    const found = drift(report);
    expect(found.map((f) => f.ruleId)).toEqual(['drift/change-unavailable']);
    expect(found[0]!.message.en).toContain('fetch-depth: 0');
    expect(report.change?.note?.en).toContain('fetch-depth: 0');
  });
});

describe('signals from the manifest (policy as code)', () => {
  const SIGNALS = [
    'signals:',
    '  add:',
    '    - id: internal-trainer',
    '      kind: code',
    "      pattern: '\\bacme_tune\\.start\\('",
    '      rule: drift/fine-tuning-introduced',
    '      severity: warning',
    '      meaning: { zh-CN: 调用内部微调平台, en: calls the in-house fine-tuning platform }',
    '  disable: [endpoint-openai]',
    '  severity: { dep-peft: note }',
    '  exclude: ["tests/fixtures/**"]',
    '',
  ].join('\n');

  it('adds, disables, re-severities and excludes', async () => {
    const { root } = driftRepo();
    const manifest = `${readManifest(root)}${SIGNALS}`;
    writeFile(root, 'compliance.yml', manifest);
    const base = commit(root, 'policy');
    writeFile(root, 'src/tune.py', 'import acme_tune\n\nacme_tune.start(dataset="faq")\n');
    writeFile(root, 'src/fallback.py', 'URL = "https://api.openai.com/v1"\n');
    writeFile(root, 'requirements.txt', 'peft==0.13\n');
    writeFile(root, 'tests/fixtures/old_job.py', 'client.fine_tuning.jobs.create(model="x")\n');
    const head = commit(root);
    const found = drift(await checkChange(root, base, head));
    expect(found.map((f) => [f.ruleId, f.severity, f.file, f.line])).toEqual([
      ['drift/fine-tuning-introduced', 'note', 'requirements.txt', 1],
      ['drift/fine-tuning-introduced', 'warning', 'src/tune.py', 3],
    ]);
  });

  it('an unsafe or broken user pattern is drift/invalid-signal at its manifest line', async () => {
    const { root } = driftRepo();
    const manifest = `${readManifest(root)}signals:\n  add:\n    - id: slow\n      kind: code\n      pattern: '(a+)+$'\n      rule: drift/fine-tuning-introduced\n  disable: [no-such-signal]\n`;
    writeFile(root, 'compliance.yml', manifest);
    const report = await run(createContext({ dir: root, lang: 'en' }));
    const found = drift(report);
    expect(found.map((f) => [f.ruleId, f.line])).toEqual([
      ['drift/invalid-signal', lineOf(manifest, "pattern: '(a+)+$'")],
      ['drift/invalid-signal', lineOf(manifest, 'disable: [no-such-signal]')],
    ]);
    expect(found[0]!.message.en).toMatch(/nests quantifiers/);
  });

  it('a malformed signal is a schema finding', async () => {
    const { root } = driftRepo();
    editManifest(
      root,
      'waivers: []',
      'waivers: []\nsignals:\n  add:\n    - { id: x, kind: telepathy, pattern: y, rule: drift/fine-tuning-introduced }',
    );
    const report = await run(createContext({ dir: root, lang: 'en' }));
    expect(report.findings.map((f) => f.ruleId)).toContain('manifest/schema');
  });
});
