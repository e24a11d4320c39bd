/**
 * A change cannot loosen its own gate: a pull request that adds fine-tuning and, in the same
 * commit, loosens the manifest's policy is still judged with the base's, through the bundled CLI
 * and the bundled Action on real git repositories.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { runAction, runActionAsync } from './helpers/action.js';
import { commit, driftRepo } from './helpers/drift-repo.js';
import { commitAll, eventRepo, pullRequestEnv, restFallbackEnv } from './helpers/event-repo.js';
import { editManifest, exampleRepo, lineOf, readManifest, writeFile } from './helpers/repo.js';
import { cliJson } from './helpers/run.js';

const HANG_GUARD = 120_000;

const TUNE_FILE = 'app/jobs.py';
const TUNE_LINE = 4;
const TUNE = [
  'from openai import OpenAI',
  '',
  'client = OpenAI(base_url="https://dashscope.aliyuncs.com/compatible-mode/v1")',
  'job = client.fine_tuning.jobs.create(training_file="file-abc", model="qwen-turbo")',
  '',
].join('\n');
const ADAPTER = 'models/support-bot/adapter_config.json';

/** What the pull request adds besides its manifest edit: a fine-tuning call and a LoRA adapter. */
function addFineTuning(root: string): void {
  writeFile(root, TUNE_FILE, TUNE);
  writeFile(root, ADAPTER, '{ "peft_type": "LORA", "r": 8, "lora_alpha": 16 }\n');
}

/** Inserts manifest text before the (last) `waivers: []` line of the example. */
function beforeWaivers(root: string, yaml: string): void {
  editManifest(root, /^waivers: \[\]$/m, `${yaml}\nwaivers: []`);
}

interface Loosen {
  name: string;
  /** Writes the loosening into the head manifest; returns the text of the line to be reported. */
  head(root: string): string;
  /** Policy already on base (committed before the change). */
  base?(root: string): void;
}

const LOOSENINGS: Loosen[] = [
  {
    name: 'a drift rule turned off',
    head(root) {
      beforeWaivers(root, 'rules:\n  drift/fine-tuning-introduced: off');
      return 'drift/fine-tuning-introduced: off';
    },
  },
  {
    name: 'a drift rule lowered to note',
    head(root) {
      beforeWaivers(root, 'rules:\n  drift/fine-tuning-introduced: note');
      return 'drift/fine-tuning-introduced: note';
    },
  },
  {
    name: 'a waiver for the drift rule until 2099',
    head(root) {
      editManifest(
        root,
        /^waivers: \[\]$/m,
        [
          'waivers:',
          '  - rule: drift/fine-tuning-introduced',
          '    reason: 仅为内部实验，不上线',
          '    owner: 算法组 王工',
          '    expires: 2099-12-31',
        ].join('\n'),
      );
      return '- rule: drift/fine-tuning-introduced';
    },
  },
  {
    name: 'signals.disable',
    head(root) {
      beforeWaivers(root, 'signals:\n  disable: [openai-fine-tuning-job, adapter-config]');
      return 'disable: [openai-fine-tuning-job';
    },
  },
  {
    name: 'signals.exclude: ["**"]',
    head(root) {
      beforeWaivers(root, 'signals:\n  exclude: ["**"]');
      return 'exclude: ["**"]';
    },
  },
  {
    name: 'a signal severity lowered',
    head(root) {
      beforeWaivers(
        root,
        'signals:\n  severity:\n    openai-fine-tuning-job: note\n    adapter-config: note',
      );
      return 'openai-fine-tuning-job: note';
    },
  },
  {
    name: 'gate.fail_on: never',
    head(root) {
      beforeWaivers(root, 'gate:\n  fail_on: never');
      return 'fail_on: never';
    },
  },
  {
    name: 'a threshold lowered',
    base(root) {
      beforeWaivers(root, 'thresholds:\n  testset_min_items: 2000');
    },
    head(root) {
      editManifest(root, 'testset_min_items: 2000', 'testset_min_items: 10');
      return 'testset_min_items: 10';
    },
  },
];

/** A repository whose base is the example (plus `base` policy) and whose head is the change. */
function pullRequest(loosen: Loosen): { root: string; base: string; head: string; line: number } {
  const repo = driftRepo();
  let base = repo.base;
  if (loosen.base) {
    loosen.base(repo.root);
    base = commit(repo.root, 'policy');
  }
  addFineTuning(repo.root);
  const needle = loosen.head(repo.root);
  const line = lineOf(readManifest(repo.root), needle);
  return { root: repo.root, base, head: commit(repo.root, 'change'), line };
}

function checkJson(root: string, base: string, head: string) {
  return cliJson(['check', root, '--base', base, '--head', head, '--lang', 'en'], {
    timeout: HANG_GUARD,
  });
}

describe('a change cannot loosen its own gate (dist/cli.js --base/--head)', () => {
  it.each(LOOSENINGS.map((l) => [l.name, l] as const))(
    '%s: the drift finding stays, the loosening is an error at its line',
    (_name, loosen) => {
      const { root, base, head, line } = pullRequest(loosen);
      const { status, report } = checkJson(root, base, head);
      expect(status).toBe(1);
      expect(report.passed).toBe(false);
      const tuning = report.findings.filter(
        (f: any) => f.ruleId === 'drift/fine-tuning-introduced',
      );
      expect(tuning).toContainEqual(
        expect.objectContaining({ file: TUNE_FILE, line: TUNE_LINE, severity: 'error' }),
      );
      expect(tuning).toContainEqual(expect.objectContaining({ file: ADAPTER, severity: 'error' }));
      const loosened = report.findings.filter((f: any) => f.ruleId === 'drift/policy-loosened');
      expect(loosened).toContainEqual(
        expect.objectContaining({ file: 'compliance.yml', line, severity: 'error' }),
      );
      expect(loosened[0].message).toMatch(/judged with the base's stricter value/);
      expect(report.suppressed.filter((f: any) => f.ruleId.startsWith('drift/'))).toEqual([]);
    },
    HANG_GUARD,
  );

  it(
    'names the key, the base value and the head value',
    () => {
      const { root, base, head } = pullRequest(LOOSENINGS[0]!);
      const { report } = checkJson(root, base, head);
      const [loosened] = report.findings.filter((f: any) => f.ruleId === 'drift/policy-loosened');
      expect(loosened.message).toContain('rules.drift/fine-tuning-introduced');
      expect(loosened.message).toContain('`error` on base');
      expect(loosened.message).toContain('`off` in this change');
      expect(loosened.data).toEqual({
        key: 'rules.drift/fine-tuning-introduced',
        before: 'error',
        after: 'off',
      });
    },
    HANG_GUARD,
  );

  it(
    'a lowered threshold: the base threshold still judges the test set',
    () => {
      const { root, base, head } = pullRequest(LOOSENINGS.find((l) => l.base)!);
      const { report } = checkJson(root, base, head);
      const size = report.findings.filter((f: any) => f.ruleId === 'testset/size');
      expect(size).toHaveLength(1);
      expect(size[0].message).toContain('fewer than 2000');
    },
    HANG_GUARD,
  );

  it(
    'gate.fail_on: never in the head does not lower the report fail-on',
    () => {
      const { root, base, head } = pullRequest(LOOSENINGS.find((l) => l.name.startsWith('gate'))!);
      const { report } = checkJson(root, base, head);
      expect(report.failOn).toBe('error');
    },
    HANG_GUARD,
  );

  it(
    'a waiver of drift/policy-loosened added in the head does not count either',
    () => {
      const repo = driftRepo();
      addFineTuning(repo.root);
      editManifest(
        repo.root,
        /^waivers: \[\]$/m,
        [
          'rules:',
          '  drift/fine-tuning-introduced: off',
          'waivers:',
          '  - rule: drift/policy-loosened',
          '    reason: 评审已同意放宽',
          '    owner: 合规组 李安全',
          '    expires: 2099-12-31',
          '  - rule: drift/fine-tuning-introduced',
          '    reason: 评审已同意放宽',
          '    owner: 合规组 李安全',
          '    expires: 2099-12-31',
        ].join('\n'),
      );
      const manifest = readManifest(repo.root);
      const head = commit(repo.root, 'change');
      const { status, report } = checkJson(repo.root, repo.base, head);
      expect(status).toBe(1);
      expect(report.suppressed).toEqual([]);
      const lines = report.findings
        .filter((f: any) => f.ruleId === 'drift/policy-loosened')
        .map((f: any) => f.line);
      expect(lines).toEqual(
        expect.arrayContaining([
          lineOf(manifest, 'drift/fine-tuning-introduced: off'),
          lineOf(manifest, '- rule: drift/policy-loosened'),
          lineOf(manifest, '- rule: drift/fine-tuning-introduced'),
        ]),
      );
    },
    HANG_GUARD,
  );
});

describe('what stays allowed', () => {
  it(
    'tightening is not a finding',
    () => {
      const repo = driftRepo();
      beforeWaivers(
        repo.root,
        [
          'gate:\n  fail_on: warning',
          'rules:\n  drift/self-hosted-weights: error',
          'thresholds:\n  testset_min_items: 1100',
          'signals:\n  add:\n    - { id: house-tuner, kind: code, pattern: "house_tune\\\\(", rule: drift/fine-tuning-introduced }',
        ].join('\n'),
      );
      const head = commit(repo.root, 'tighten');
      const { status, report } = checkJson(repo.root, repo.base, head);
      expect(report.findings).toEqual([]);
      expect(status).toBe(0);
    },
    HANG_GUARD,
  );

  it(
    'the same loosening already on base is not a finding',
    () => {
      const repo = driftRepo();
      beforeWaivers(
        repo.root,
        'rules:\n  drift/fine-tuning-introduced: off\nsignals:\n  exclude: ["vendor/**"]',
      );
      const base = commit(repo.root, 'policy');
      addFineTuning(repo.root);
      const head = commit(repo.root, 'change');
      const { status, report } = checkJson(repo.root, base, head);
      expect(report.findings.filter((f: any) => f.ruleId === 'drift/policy-loosened')).toEqual([]);
      expect(status).toBe(0);
    },
    HANG_GUARD,
  );

  it(
    'a waiver already on base still counts',
    () => {
      const repo = driftRepo();
      editManifest(
        repo.root,
        /^waivers: \[\]$/m,
        [
          'waivers:',
          '  - rule: drift/fine-tuning-introduced',
          '    reason: 内部实验，评审已同意',
          '    owner: 算法组 王工',
          '    expires: 2099-12-31',
        ].join('\n'),
      );
      const base = commit(repo.root, 'policy');
      addFineTuning(repo.root);
      const head = commit(repo.root, 'change');
      const { status, report } = checkJson(repo.root, base, head);
      expect(report.findings).toEqual([]);
      expect(report.suppressed.map((f: any) => f.ruleId)).toContain('drift/fine-tuning-introduced');
      expect(status).toBe(0);
    },
    HANG_GUARD,
  );

  it(
    'a base manifest that does not validate is said in a note, not assumed',
    () => {
      const repo = driftRepo();
      editManifest(repo.root, 'path: registration', 'path: registration\nunknown_key: 1');
      const base = commit(repo.root, 'broken manifest');
      editManifest(repo.root, 'path: registration\nunknown_key: 1', 'path: registration');
      const head = commit(repo.root, 'fixed manifest');
      const { status, report } = checkJson(repo.root, base, head);
      expect(report.findings).toEqual([
        expect.objectContaining({
          ruleId: 'drift/policy-loosened',
          severity: 'note',
          file: 'compliance.yml',
        }),
      ]);
      expect(status).toBe(0);
    },
    HANG_GUARD,
  );

  it(
    'without a change to compare, the manifest governs as written',
    () => {
      const repo = driftRepo();
      beforeWaivers(repo.root, 'rules:\n  lexicon/total-size: off\ngate:\n  fail_on: never');
      const { status, report } = cliJson(['check', repo.root, '--lang', 'en'], {
        timeout: HANG_GUARD,
      });
      expect(status).toBe(0);
      expect(report.failOn).toBe('never');
      expect(report.findings.filter((f: any) => f.ruleId === 'drift/policy-loosened')).toEqual([]);
    },
    HANG_GUARD,
  );
});

describe('a change cannot loosen its own gate (dist/index.js on a pull_request event)', () => {
  it(
    'a drift rule turned off and signals disabled in the pull request fail the check',
    () => {
      const repo = eventRepo();
      addFineTuning(repo.workspace);
      beforeWaivers(
        repo.workspace,
        'rules:\n  drift/fine-tuning-introduced: off\nsignals:\n  disable: [openai-fine-tuning-job]',
      );
      const manifest = readManifest(repo.workspace);
      repo.head = commitAll(repo.workspace, 'tune and loosen');
      const run = runAction({
        workspace: repo.workspace,
        inputs: { lang: 'en', comment: 'never' },
        env: pullRequestEnv(repo),
      });
      expect(run.status).toBe(1);
      expect(run.outputs.result).toBe('failed');
      const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
      expect(errors).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^::error title=drift/fine-tuning-introduced,file=${TUNE_FILE},line=${TUNE_LINE}\\b`,
          ),
        ),
      );
      for (const needle of [
        'drift/fine-tuning-introduced: off',
        'disable: [openai-fine-tuning-job]',
      ]) {
        expect(errors).toContainEqual(
          expect.stringMatching(
            new RegExp(
              `^::error title=drift/policy-loosened,file=compliance\\.yml,line=${lineOf(manifest, needle)}\\b`,
            ),
          ),
        );
      }
    },
    HANG_GUARD,
  );
});

const TOKEN = `ghs_${'P0l1cyT0k3n'.repeat(3)}zz`;
const servers: Server[] = [];
afterAll(() => {
  for (const server of servers) server.close();
});

/** A stand-in GitHub API: the pull request's files and the manifest at its base. */
async function pullApi(patch: string, baseManifest: string): Promise<string> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.headers.authorization !== `token ${TOKEN}`) return send(401, { message: 'no' });
    if (url.pathname === '/repos/octo-org/octo-repo/pulls/7/files') {
      return send(200, [{ filename: TUNE_FILE, status: 'added', additions: 4, patch }]);
    }
    if (url.pathname === '/repos/octo-org/octo-repo/contents/compliance.yml') {
      const content = Buffer.from(baseManifest).toString('base64');
      return send(200, { type: 'file', encoding: 'base64', content });
    }
    return send(404, { message: 'Not Found' });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('a change cannot loosen its own gate (REST fallback without git history)', () => {
  it(
    'signals excluded in the head: the base manifest from the API governs',
    async () => {
      const workspace = exampleRepo();
      const baseManifest = readManifest(workspace);
      beforeWaivers(
        workspace,
        'signals:\n  exclude: ["app/**"]\n  disable: [openai-fine-tuning-job]',
      );
      const manifest = readManifest(workspace);
      const patch = `@@ -0,0 +1,4 @@\n${TUNE.trimEnd()
        .split('\n')
        .map((l) => `+${l}`)
        .join('\n')}`;
      const api = await pullApi(patch, baseManifest);
      const result = await runActionAsync({
        workspace,
        inputs: { token: TOKEN, lang: 'en', comment: 'never' },
        env: restFallbackEnv(1, api),
      });
      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(
        new RegExp(
          `::error title=drift/fine-tuning-introduced,file=${TUNE_FILE},line=${TUNE_LINE}\\b`,
        ),
      );
      for (const needle of ['exclude: ["app/**"]', 'disable: [openai-fine-tuning-job]']) {
        expect(result.stdout).toMatch(
          new RegExp(
            `::error title=drift/policy-loosened,file=compliance\\.yml,line=${lineOf(manifest, needle)}\\b`,
          ),
        );
      }
    },
    HANG_GUARD,
  );
});
