/**
 * Every output channel of the bundled CLI and Action against hostile text: credentials in the
 * endpoint URL and echoed by the endpoint, workflow commands and control characters in file
 * names and manifest values, and Markdown a pull request writes into the job summary.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runAction, runActionAsync } from './helpers/action.js';
import { commitAll, eventRepo, pullRequestEnv } from './helpers/event-repo.js';
import { startFakeGitHub } from './helpers/github-api.js';
import { cliAsync, evaluateRepo, TESTSET_FILE, type Row } from './helpers/evaluate-repo.js';
import { hostileRepo } from './helpers/hostile.js';
import { editManifest, tempDir } from './helpers/repo.js';
import { cli } from './helpers/run.js';
import { runnerCommands } from './helpers/workflow-commands.js';

const API_KEY = 'plain-api-key-1c2d3e4f5a6b';
const PASSWORD = 'Passw0rd-in-userinfo-77aa';
const QUERY_KEY = 'query-api-key-9e8d7c6b5a';
const SECRETS = [API_KEY, PASSWORD, QUERY_KEY];

const ROWS: Row[] = [
  ['S01', '问题一', '正常回答', '应正常回答', 'A5b', '否', '否'],
  ['S02', '问题二', '正常回答', '应正常回答', 'A5b', '否', '否'],
];

/** A gateway that rejects every request and quotes the request line (query string included). */
async function echoingGateway(): Promise<{ port: number; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: `bad request ${req.method} ${req.url}` } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let gateway: Awaited<ReturnType<typeof echoingGateway>> | undefined;
afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
});

function expectNoSecret(label: string, text: string): void {
  for (const secret of SECRETS) {
    expect(text, `${label} holds ${secret}`).not.toContain(secret);
    expect(text, `${label} holds part of ${secret}`).not.toContain(secret.slice(0, 12));
  }
}

function expectNothingExecuted(label: string, output: string): void {
  expect(runnerCommands(output), label).toEqual([]);
}

describe('credentials in the endpoint URL and in what the endpoint echoes', () => {
  it('reach no output of the CLI in any format, nor the results file', async () => {
    gateway = await echoingGateway();
    const endpoint = `http://gate-user:${PASSWORD}@127.0.0.1:${gateway.port}/v1?api-key=${QUERY_KEY}`;
    const root = evaluateRepo(ROWS);
    const dir = tempDir();
    const results = path.join(dir, 'results.jsonl');
    const common = ['evaluate', root, '--endpoint', endpoint, '--model', 'm', '--retries', '0'];
    const env = { GCG_KEY: API_KEY };
    for (const format of ['text', 'json', 'sarif', 'markdown']) {
      const output = path.join(dir, `report.${format}`);
      const toStdout = await cliAsync(
        [...common, '--api-key-env', 'GCG_KEY', '--results', results, '--format', format],
        env,
      );
      const toFile = await cliAsync(
        [...common, '--api-key-env', 'GCG_KEY', '--format', format, '--output', output],
        env,
      );
      expect(toStdout.stdout.length, toStdout.stderr).toBeGreaterThan(0);
      expect(existsSync(output), toFile.stderr).toBe(true);
      expectNoSecret(`${format} stdout`, toStdout.stdout + toStdout.stderr);
      expectNoSecret(
        `${format} file`,
        readFileSync(output, 'utf8') + toFile.stdout + toFile.stderr,
      );
    }
    const recorded = readFileSync(results, 'utf8');
    // The gateway was reached and its echo kept, with the key's value redacted.
    expect(recorded).toContain('bad request POST /v1/chat/completions?api-key=***');
    expectNoSecret('results file', recorded);
    const dry = await cliAsync([...common, '--dry-run']);
    expect(dry.stdout).toContain(`127.0.0.1:${gateway.port}/v1/chat/completions`);
    expectNoSecret('dry run', dry.stdout + dry.stderr);
  }, 120_000);

  it('reach no output of the Action: log, annotations, report, SARIF, summary, outputs', async () => {
    gateway = await echoingGateway();
    const endpoint = `http://gate-user:${PASSWORD}@127.0.0.1:${gateway.port}/v1?api-key=${QUERY_KEY}`;
    const root = evaluateRepo(ROWS);
    const run = await runActionAsync({
      workspace: root,
      inputs: {
        mode: 'evaluate',
        endpoint,
        model: 'm',
        'api-key-env': 'GCG_KEY',
        sarif: 'out/gate.sarif',
        lang: 'en',
        comment: 'never',
      },
      env: { GCG_KEY: API_KEY },
      timeout: 100_000,
    });
    expect(run.outputs.result, run.stdout + run.stderr).toBeDefined();
    const report = readFileSync(run.outputs.report!, 'utf8');
    const sarif = readFileSync(path.join(root, 'out/gate.sarif'), 'utf8');
    expect(report).toContain('api-key=***');
    for (const [label, text] of Object.entries({
      // The runner consumes its add-mask commands: they mask the values and are never shown.
      stdout: run.stdout.replace(/^::add-mask::.*$/gm, ''),
      stderr: run.stderr,
      report,
      sarif,
      summary: run.summary,
      outputs: JSON.stringify(run.outputs),
    })) {
      expectNoSecret(label, text);
    }
  }, 120_000);
});

describe('workflow commands and control characters in what the CLI writes', () => {
  it('a test-set path forges no command on the stderr of evaluate', async () => {
    const root = evaluateRepo(ROWS);
    const hostile =
      'compliance/x\n::error title=INJECTED::forged\r##[error]INJECTED-CR\u2028::Warning::INJECTED-SEP.csv';
    editManifest(root, TESTSET_FILE, JSON.stringify(hostile));
    const env = { GCG_KEY: API_KEY };
    const run = await cliAsync(
      [
        'evaluate',
        root,
        '--endpoint',
        'http://127.0.0.1:9/v1',
        '--model',
        'm',
        '--api-key-env',
        'GCG_KEY',
      ],
      env,
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('INJECTED');
    expectNothingExecuted('stderr', run.stderr);
    expectNothingExecuted('stdout', run.stdout);
  }, 60_000);

  function hostileFiles(names: string[]): string {
    const repo = hostileRepo();
    const folder = path.join(repo.root, 'compliance/keywords');
    mkdirSync(folder, { recursive: true });
    for (const name of names) writeFileSync(path.join(folder, name), '词\n');
    editManifest(
      repo.root,
      'compliance/content-safety/附件4-拦截关键词列表.xlsx',
      'compliance/keywords',
    );
    return repo.root;
  }

  it('a file name with a newline forges no command in text output outside a workflow', () => {
    const root = hostileFiles([
      'a\n::error title=INJECTED::forged\n.txt',
      'b\r::ERROR::INJECTED-CR.txt',
      '::warning::INJECTED-START.txt',
    ]);
    const env = { GITHUB_ACTIONS: '', CI: '' };
    for (const format of ['text', 'markdown', 'json', 'sarif']) {
      const run = cli(['check', root, '--lang', 'en', '--format', format], { env });
      expect(run.status, run.stderr).toBe(1);
      expect(run.stdout).toContain('INJECTED');
      expectNothingExecuted(format, run.stdout);
      if (format === 'json' || format === 'sarif')
        expect(() => JSON.parse(run.stdout)).not.toThrow();
    }
  });

  it('ESC and other control characters in a file name never reach the terminal', () => {
    const root = hostileFiles(['c\u001b]0;owned\u0007\u001b[2J\u001b[31mred\u009b31m.txt']);
    const run = cli(['check', root, '--lang', 'en'], { env: { GITHUB_ACTIONS: '' } });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('red');
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(run.stdout + run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});

describe('Markdown a pull request writes into the job summary', () => {
  const LINK = '[click](https://evil.example/login)';
  const BADGE = '![ok](https://x.example/badge.svg)';
  const HOSTILE = `missing ${LINK} ${BADGE} owner/repo#1 #2 **approved** ~~no~~ @octocat \u202Etxt.md\u202C \u2066x\u2069\u200E`;

  function expectInert(markdown: string): void {
    expect(markdown).toContain('approved');
    expect(markdown).not.toContain(LINK);
    expect(markdown).not.toContain('![');
    expect(markdown).not.toContain('https://evil');
    expect(markdown).not.toContain('owner/repo#1');
    expect(markdown).not.toMatch(/(^|[^&])#2/);
    expect(markdown).not.toContain('**approved**');
    expect(markdown).not.toContain('~~no~~');
    expect(markdown).not.toContain('@octocat');
    expect(markdown).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/);
  }

  it('renders file names and manifest values inert in the job summary', () => {
    const root = hostileManifestValue(HOSTILE);
    const run = runAction({ workspace: root, inputs: { lang: 'en', comment: 'never' } });
    expect(run.status).toBe(1);
    expectInert(run.summary);
  });

  it('renders them inert in the pull-request comment', async () => {
    const fake = await startFakeGitHub();
    const repo = eventRepo();
    editManifest(repo.workspace, 'compliance/materials/联系人信息表.md', JSON.stringify(HOSTILE));
    repo.head = commitAll(repo.workspace, 'hostile');
    const run = await runActionAsync({
      workspace: repo.workspace,
      inputs: { token: fake.token, lang: 'en', comment: 'always' },
      env: { GITHUB_API_URL: fake.url, ...pullRequestEnv(repo) },
    });
    expect(run.status, run.stdout).toBe(1);
    expect(fake.comments).toHaveLength(1);
    expectInert(fake.comments[0]!.body);
  }, 60_000);
});

function hostileManifestValue(value: string): string {
  const root = hostileRepo().root;
  editManifest(root, 'compliance/materials/联系人信息表.md', JSON.stringify(value));
  return root;
}
