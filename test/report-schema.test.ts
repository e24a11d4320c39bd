/**
 * The JSON report against its committed schema (schemas/report.schema.json): real reports of
 * every example, of an evaluation and of a compared change, with the repository and commit they
 * name.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionOrigin } from '../src/action/origin.js';
import { repositoryFromUrl } from '../src/change/origin.js';
import { commit, driftRepo, git } from './helpers/drift-repo.js';
import {
  editManifest,
  EXAMPLES,
  exampleRepo,
  PROJECT_ROOT,
  tempDir,
  writeFile,
} from './helpers/repo.js';
import { cliJson } from './helpers/run.js';

const schema = JSON.parse(
  readFileSync(path.join(PROJECT_ROOT, 'schemas/report.schema.json'), 'utf8'),
);
const ajv = new Ajv2020({ allErrors: true, strict: true });
// ajv-formats is CommonJS: under Node's ESM the plugin is the default export's `default`.
const addFormats = ((formatsPlugin as { default?: unknown }).default ??
  formatsPlugin) as typeof formatsPlugin.default;
addFormats(ajv);
const validate = ajv.compile(schema);

function expectValid(report: unknown): void {
  const ok = validate(report);
  expect(ok ? [] : validate.errors).toEqual([]);
}

const EXAMPLE_NAMES = readdirSync(EXAMPLES).filter(
  (name) => name !== 'workflows' && statSync(path.join(EXAMPLES, name)).isDirectory(),
);

describe('JSON report schema', () => {
  it.each(EXAMPLE_NAMES)('validates the report of examples/%s', (name) => {
    const { status, report } = cliJson(['check', path.join(EXAMPLES, name)]);
    expect(status).toBe(0);
    expectValid(report);
    expect(report.coverage.rows.length).toBe(report.coverage.profile === 'filing' ? 31 : 17);
    expect(report.packs).toEqual([]);
    expect(Date.parse(report.generatedAt)).not.toBeNaN();
  });

  it('rejects a report whose field was renamed or whose types changed', () => {
    const { report } = cliJson(['check', path.join(EXAMPLES, 'registration-app')]);
    const { passed, ...renamed } = report;
    expect(validate({ ...renamed, pass: passed })).toBe(false);
    expect(validate({ ...report, counts: { ...report.counts, error: '0' } })).toBe(false);
  });

  it('validates a failing report with waivers, and lists every waiver used or not', () => {
    const root = exampleRepo();
    editManifest(root, '"91330106MA2H4K7L39"', '"91330106MA2H4K7L30"');
    editManifest(
      root,
      'waivers: []',
      [
        'waivers:',
        '  - { rule: materials/credit-code, reason: 营业执照变更中, owner: 法务 李安全, expires: 2099-12-31 }',
        '  - { rule: display/online-number, reason: 上线前, owner: 产品 王, expires: 2099-01-31, files: [web/**] }',
      ].join('\n'),
    );
    const { report } = cliJson(['check', root, '--lang', 'en']);
    expectValid(report);
    expect(report.suppressed.map((s: { ruleId: string }) => s.ruleId)).toContain(
      'materials/credit-code',
    );
    expect(report.waivers).toEqual([
      {
        rule: 'materials/credit-code',
        reason: '营业执照变更中',
        owner: '法务 李安全',
        expires: '2099-12-31',
      },
      {
        rule: 'display/online-number',
        reason: '上线前',
        owner: '产品 王',
        expires: '2099-01-31',
        files: ['web/**'],
      },
    ]);
  });

  it('validates the report of an unreadable manifest', () => {
    const root = tempDir();
    writeFile(root, 'compliance.yml', 'path: [unclosed\n');
    const { status, report } = cliJson(['check', root]);
    expect(status).toBe(1);
    expectValid(report);
    expect(report.repository).toBeNull();
    expect(report.commit).toBeNull();
  });

  it('validates the report of an evaluation', () => {
    const root = exampleRepo();
    writeFile(
      root,
      'responses.jsonl',
      `${JSON.stringify({ id: 'none', response: '抱歉，我无法回答这个问题。' })}\n`,
    );
    const { report } = cliJson([
      'evaluate',
      root,
      '--responses',
      path.join(root, 'responses.jsonl'),
    ]);
    expectValid(report);
    expect(report.metrics.source).toBe('responses');
  });

  it('names the repository from the origin remote and the commit from HEAD, with the sub-folder', () => {
    const { root } = driftRepo();
    git(root, 'remote', 'add', 'origin', 'git@github.com:acme-ai/writer-app.git');
    writeFile(root, 'models/bot/adapter_config.json', '{ "peft_type": "LORA" }\n');
    const head = commit(root, 'fine-tuning');
    const { report } = cliJson(['check', root, '--base', 'HEAD~1', '--head', 'HEAD']);
    expectValid(report);
    expect(report).toMatchObject({ repository: 'acme-ai/writer-app', commit: head, passed: false });
    expect(report).not.toHaveProperty('directory');

    const nested = cliJson(['check', path.join(root, 'compliance')]).report;
    expect(nested).toMatchObject({ repository: 'acme-ai/writer-app', directory: 'compliance' });
  });

  it('names the folder of a repository without a remote', () => {
    const { root, base } = driftRepo();
    const { report } = cliJson(['check', root]);
    expect(report).toMatchObject({ repository: path.basename(root), commit: base });
  });
});

describe('report origin', () => {
  it.each([
    ['https://github.com/acme-ai/writer-app.git', 'acme-ai/writer-app'],
    ['https://github.com/acme-ai/writer-app', 'acme-ai/writer-app'],
    ['git@github.com:acme-ai/writer.app.git', 'acme-ai/writer.app'],
    ['ssh://git@ghe.example.cn:2222/team/app.git/', 'team/app'],
    ['not a url', undefined],
  ])('reads %s as %s', (url, repository) => {
    expect(repositoryFromUrl(url)).toBe(repository);
  });

  it("takes the Action's repository, the pull request's head and the working directory", () => {
    const dir = tempDir();
    const head = 'a'.repeat(40);
    const event = writeFile(
      dir,
      'event.json',
      JSON.stringify({ pull_request: { base: { sha: 'b'.repeat(40) }, head: { sha: head } } }),
    );
    const env = {
      GITHUB_REPOSITORY: 'acme-ai/writer-app',
      GITHUB_SHA: 'c'.repeat(40),
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
    };
    const workspace = path.join(dir, 'ws');
    const inWorkspace = { workspace, workingDirectory: path.join(workspace, 'svc') };
    expect(actionOrigin(inWorkspace, {}, env)).toEqual({
      repository: 'acme-ai/writer-app',
      commit: head,
      directory: 'svc',
    });
    const scheduled = { ...env, GITHUB_EVENT_NAME: 'schedule' };
    const atRoot = { workspace, workingDirectory: workspace };
    expect(actionOrigin(atRoot, { commit: 'd'.repeat(40) }, scheduled)).toEqual({
      repository: 'acme-ai/writer-app',
      commit: 'c'.repeat(40),
    });
    expect(actionOrigin(atRoot, {}, { GITHUB_REPOSITORY: '../x y' })).toEqual({});
    // A fleet's matrix checks out other repositories: git names them.
    const other = { repository: 'acme-ai/search', commit: 'e'.repeat(40), directory: 'svc' };
    expect(actionOrigin(atRoot, other, env)).toEqual(other);
    expect(actionOrigin(inWorkspace, { repository: 'Acme-AI/Writer-App' }, env)).toMatchObject({
      repository: 'acme-ai/writer-app',
      commit: head,
    });
  });
});
