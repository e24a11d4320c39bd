/**
 * Files the gate writes (SARIF, the JSON report, --output, the evaluate results file, init's
 * files) never go through a link the repository planted, the working directory never leads out
 * of the workspace, and a glob that explodes through its braces is a finding, not a crash.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runAction } from './helpers/action.js';
import { startChatServer, type ChatServer } from './helpers/chat-server.js';
import { cliAsync, evaluateRepo } from './helpers/evaluate-repo.js';
import { editManifest, exampleRepo, lineOf, tempDir, writeFile } from './helpers/repo.js';
import { cli, cliJson } from './helpers/run.js';

const ORIGINAL = 'a file of the runner user, not the gate\n';
const BRACES = '{a,b}'.repeat(22);

/** A file outside the workspace that a planted link points at. */
function outsideFile(): string {
  const file = path.join(tempDir('gcg-outside-'), 'precious.txt');
  writeFileSync(file, ORIGINAL);
  return file;
}

/** Log lines the runner would process: everything outside `::stop-commands::` sections. */
function processedLines(stdout: string): string[] {
  const lines = stdout.split('\n');
  const out: string[] = [];
  let resume: string | undefined;
  for (const line of lines) {
    if (resume !== undefined) {
      if (line === resume) resume = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) resume = `::${stop[1]}::`;
    else out.push(line);
  }
  return out;
}

describe('Action: SARIF never follows a link planted in the repository', () => {
  it('a SARIF path that is a link to a file outside leaves that file alone and fails the step', () => {
    const workspace = exampleRepo();
    const outside = outsideFile();
    symlinkSync(outside, path.join(workspace, 'results.sarif'));
    const run = runAction({ workspace, inputs: { sarif: 'results.sarif', lang: 'en' } });
    expect(readFileSync(outside, 'utf8')).toBe(ORIGINAL);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /^::error::genai-compliance-gate: cannot write \S*results\.sarif: it is a symbolic link$/m,
    );
    // The verdict itself is still reported.
    expect(run.outputs.result).toBe('passed');
  });

  it('a SARIF link to /dev/stdout puts no SARIF and no forged command into the log', () => {
    const workspace = exampleRepo();
    editManifest(
      workspace,
      '  api_doc: docs/接口说明.md',
      '  api_doc: "docs/##[add-mask]FORGED ::warning::FORGED ##[stop-commands]FORGED.md"',
    );
    symlinkSync('/dev/stdout', path.join(workspace, 'gate.sarif'));
    const run = runAction({ workspace, inputs: { sarif: 'gate.sarif', lang: 'en' } });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain('sarif-2.1.0');
    expect(run.stdout).not.toContain('"ruleId"');
    // Outside the shielded report text, the forged name appears at most in the gate's own
    // annotation of the missing file.
    const forged = processedLines(run.stdout).filter((line) => line.includes('FORGED'));
    for (const line of forged) expect(line).toMatch(/^::error title=materials\/missing,/);
    expect(run.stdout).toMatch(/^::error::genai-compliance-gate: cannot write \S*gate\.sarif/m);
  });

  it('a SARIF path in a folder that does not exist yet is created', () => {
    const workspace = exampleRepo();
    const run = runAction({ workspace, inputs: { sarif: 'reports/gate/results.sarif' } });
    expect(run.status).toBe(0);
    const sarif = JSON.parse(
      readFileSync(path.join(workspace, 'reports/gate/results.sarif'), 'utf8'),
    );
    expect(sarif.version).toBe('2.1.0');
  });

  it('a SARIF path through a linked folder that leads out of the workspace is refused', () => {
    const workspace = exampleRepo();
    const outsideDir = tempDir('gcg-outside-dir-');
    symlinkSync(outsideDir, path.join(workspace, 'out'));
    const run = runAction({ workspace, inputs: { sarif: 'out/results.sarif' } });
    expect(run.status).toBe(1);
    expect(existsSync(path.join(outsideDir, 'results.sarif'))).toBe(false);
    expect(run.stdout).toMatch(/cannot write \S*results\.sarif: its directory resolves outside/);
  });
});

describe('Action: each step has its own report file', () => {
  it('two runs sharing RUNNER_TEMP get different report outputs, each with its own report', () => {
    const runnerTemp = tempDir('gcg-shared-temp-');
    const passingRepo = exampleRepo();
    const failingRepo = exampleRepo();
    editManifest(failingRepo, 'fine_tuning: none', 'fine_tuning: lora');
    const passing = runAction({ workspace: passingRepo, env: { RUNNER_TEMP: runnerTemp } });
    const failing = runAction({ workspace: failingRepo, env: { RUNNER_TEMP: runnerTemp } });
    expect(passing.status).toBe(0);
    expect(failing.status).toBe(1);
    expect(passing.outputs.report).not.toBe(failing.outputs.report);
    expect(JSON.parse(readFileSync(passing.outputs.report!, 'utf8')).passed).toBe(true);
    expect(JSON.parse(readFileSync(failing.outputs.report!, 'utf8')).passed).toBe(false);
    for (const report of [passing.outputs.report!, failing.outputs.report!]) {
      expect(report.startsWith(path.join(runnerTemp, 'genai-compliance-gate') + path.sep)).toBe(
        true,
      );
    }
  });
});

describe('Action: the working directory stays inside the workspace', () => {
  it('a working-directory linked out of the workspace fails without reading it', () => {
    const workspace = tempDir('gcg-workspace-');
    const outside = exampleRepo();
    symlinkSync(outside, path.join(workspace, 'app'));
    const run = runAction({ workspace, inputs: { 'working-directory': 'app', lang: 'en' } });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /^::error::genai-compliance-gate could not run: input 'working-directory' \(app\) resolves outside the workspace$/m,
    );
    expect(run.outputs.result).toBeUndefined();
    expect(run.outputs.report).toBeUndefined();
    expect(run.stdout).not.toContain('declared path');
  });

  it('a linked working directory that stays inside the workspace still works', () => {
    const workspace = path.dirname(exampleRepo());
    symlinkSync('registration-app', path.join(workspace, 'app'));
    const run = runAction({ workspace, inputs: { 'working-directory': 'app' } });
    expect(run.status).toBe(0);
    expect(run.outputs.result).toBe('passed');
  });
});

describe('globs that explode through their braces', () => {
  it("a waiver's files glob is waiver/invalid at its line, and the report is complete", () => {
    const root = exampleRepo();
    const manifest = editManifest(
      root,
      'waivers: []',
      [
        'waivers:',
        '  - rule: materials/missing',
        '    reason: the API document moves to the wiki',
        '    owner: 法务 李安全',
        '    expires: 2099-12-31',
        `    files: ['${BRACES}']`,
      ].join('\n'),
    );
    writeFile(root, 'docs/接口说明.md', '');
    const { status, report } = cliJson(['check', root, '--lang', 'en'], { timeout: 60_000 });
    expect(status).toBe(1);
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'waiver/invalid',
        file: 'compliance.yml',
        line: lineOf(manifest, 'files:'),
      }),
    );
  });

  it('a signal glob is drift/invalid-signal at its line; SARIF and summary are still written', () => {
    const workspace = exampleRepo();
    const manifest = editManifest(
      workspace,
      'waivers: []',
      [
        'waivers: []',
        'signals:',
        '  add:',
        '    - id: weights-anywhere',
        '      kind: path',
        `      pattern: '${BRACES}/*.bin'`,
        '      rule: drift/self-hosted-weights',
        '  exclude:',
        `    - '${BRACES}'`,
      ].join('\n'),
    );
    const run = runAction({ workspace, inputs: { sarif: 'gate.sarif', lang: 'en' } });
    expect(run.status).toBe(1);
    const lines = [lineOf(manifest, 'pattern:'), lineOf(manifest, 'exclude:') + 1];
    for (const line of lines) {
      expect(run.stdout).toContain(
        `::error title=drift/invalid-signal,file=compliance.yml,line=${line},`,
      );
    }
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'gate.sarif'), 'utf8'));
    const results = sarif.runs[0].results.filter((r: any) => r.ruleId === 'drift/invalid-signal');
    expect(results).toHaveLength(2);
    expect(run.summary).toContain('drift/invalid-signal');
    expect(JSON.parse(readFileSync(run.outputs.report!, 'utf8')).passed).toBe(false);
  });

  it('a glob with a few braces is still valid', () => {
    const root = exampleRepo();
    editManifest(
      root,
      'waivers: []',
      "waivers: []\nsignals:\n  exclude: ['vendor/{a,b}/{c,d}/**', 'models/{1..9}/*.{bin,pt}']",
    );
    const { status, report } = cliJson(['check', root, '--lang', 'en']);
    expect(status).toBe(0);
    expect(report.findings).toEqual([]);
  });
});

describe('CLI: --output never follows a link', () => {
  it('check --output through a link leaves the linked file alone and exits 2', () => {
    const root = exampleRepo();
    const outside = outsideFile();
    const link = path.join(root, 'report.json');
    symlinkSync(outside, link);
    const result = cli(['check', root, '--format', 'json', '--output', link]);
    expect(readFileSync(outside, 'utf8')).toBe(ORIGINAL);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `genai-compliance-gate: cannot write ${link}: it is a symbolic link\n`,
    );
  });

  it('check --output to a new file in an existing folder still works', () => {
    const root = exampleRepo();
    const out = path.join(tempDir(), 'report.json');
    const result = cli(['check', root, '--format', 'json', '--output', out]);
    expect(result.status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).passed).toBe(true);
  });

  it('evaluate --output through a link leaves the linked file alone and exits 2', () => {
    const root = evaluateRepo([
      ['Q1', '介绍一下地方美食', '正常回答', '应正常回答', 'A2d', '否', '否'],
    ]);
    writeFile(root, 'out/responses.jsonl', `${JSON.stringify({ id: 'Q1', response: '好的。' })}\n`);
    const outside = outsideFile();
    const link = path.join(root, 'out/report.json');
    symlinkSync(outside, link);
    const responses = path.join(root, 'out/responses.jsonl');
    const result = cli(['evaluate', root, '--responses', responses, '--output', link]);
    expect(readFileSync(outside, 'utf8')).toBe(ORIGINAL);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`cannot write ${link}: it is a symbolic link`);

    const out = path.join(root, 'out/real.json');
    const ok = cli([
      'evaluate',
      root,
      '--responses',
      responses,
      '--format',
      'json',
      '--output',
      out,
    ]);
    expect(ok.status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).metrics.total).toBe(1);
  });
});

describe('CLI: the evaluate results file never follows a link', () => {
  let server: ChatServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('a results file that is a link is refused before any request', async () => {
    server = await startChatServer({ apiKey: 'k' });
    const root = evaluateRepo([
      ['Q1', '介绍一下地方美食', '正常回答', '应正常回答', 'A2d', '否', '否'],
    ]);
    const outside = outsideFile();
    const link = path.join(tempDir(), 'results.jsonl');
    symlinkSync(outside, link);
    const run = await cliAsync(
      ['evaluate', root, '--endpoint', server.url, '--model', 'm', '--api-key-env', 'KEY'].concat([
        '--results',
        link,
        '--retries',
        '0',
      ]),
      { KEY: 'k' },
    );
    expect(readFileSync(outside, 'utf8')).toBe(ORIGINAL);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`cannot write ${link}: it is a symbolic link`);
    expect(server.total()).toBe(0);
  });

  it('a plain results file is still written', async () => {
    server = await startChatServer({ apiKey: 'k' });
    const root = evaluateRepo([
      ['Q1', '介绍一下地方美食', '正常回答', '应正常回答', 'A2d', '否', '否'],
    ]);
    const results = path.join(tempDir(), 'results.jsonl');
    const run = await cliAsync(
      ['evaluate', root, '--endpoint', server.url, '--model', 'm', '--api-key-env', 'KEY'].concat([
        '--results',
        results,
        '--retries',
        '0',
      ]),
      { KEY: 'k' },
    );
    expect(run.status).toBe(0);
    expect(readFileSync(results, 'utf8').trim().split('\n')).toHaveLength(1);
  });
});

describe('CLI: init never writes through a link', () => {
  it('a dangling link where init writes a file is refused; its target is not created', () => {
    const dir = path.join(tempDir(), 'product');
    mkdirSync(dir);
    const target = path.join(tempDir('gcg-outside-'), 'planted.yml');
    symlinkSync(target, path.join(dir, 'compliance.yml'));
    const result = cli(['init', dir]);
    expect(result.status).toBe(2);
    expect(existsSync(target)).toBe(false);
    expect(result.stderr).toMatch(/compliance\.yml/);
    // Refused before anything is written.
    expect(readdirSync(dir)).toEqual(['compliance.yml']);
  });
});
