/**
 * A pull request cannot blind the drift rules: diffs are read as text whatever `.gitattributes`
 * says, sources in UTF-16/UTF-32/GB18030 or with NUL bytes are matched, long lines are matched
 * to the end, dependency trees and minified bundles are matched, and what still cannot be
 * checked (submodules, oversized or Git LFS sources, files GitHub gives no diff for) is a
 * finding. Run through the bundled CLI and Action as users run them.
 */
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { attributeFreeView } from '../src/change/git.js';
import { runAction, runActionAsync } from './helpers/action.js';
import { commit, driftRepo, git, switchToFiling } from './helpers/drift-repo.js';
import { commitAll, eventRepo, pullRequestEnv, restFallbackEnv } from './helpers/event-repo.js';
import { exampleRepo, readManifest, writeFile } from './helpers/repo.js';
import { cliJson } from './helpers/run.js';

const LONG = 120_000;

const TUNE_PY = [
  'from openai import OpenAI',
  '',
  'client = OpenAI()',
  'job = client.fine_tuning.jobs.create(training_file="file-abc", model="qwen-turbo")',
  '',
].join('\n');

interface Found {
  ruleId: string;
  severity: string;
  file?: string;
  line?: number;
  column?: number;
  message: string;
}

function driftOf(
  root: string,
  base: string,
  head: string,
): { status: number | null; found: Found[] } {
  const result = cliJson(['check', root, '--base', base, '--head', head, '--lang', 'en'], {
    timeout: 120_000,
  });
  const found = (result.report.findings as Found[]).filter((f) => f.ruleId.startsWith('drift/'));
  return { status: result.status, found };
}

function places(found: Found[]): string[] {
  return found.map((f) => `${f.ruleId} ${f.severity} ${f.file ?? ''}:${f.line ?? ''}`).sort();
}

describe('.gitattributes cannot hide the change', () => {
  it.each([
    ['* -diff', '.gitattributes'],
    ['* binary', '.gitattributes'],
    ['*.txt -diff\n*.py diff=plain -text', 'app/.gitattributes'],
  ])('%s in %s: the additions are still seen, and the setting is a finding', (line, file) => {
    const { root, base } = driftRepo();
    writeFile(root, file, `${line}\n`);
    writeFile(root, 'requirements.txt', 'openai==1.51.0\npeft==0.13\n');
    writeFile(root, 'app/train/tune.py', TUNE_PY);
    const head = commit(root);
    const { status, found } = driftOf(root, base, head);
    expect(status).toBe(1);
    const ids = places(found);
    expect(ids).toContain('drift/fine-tuning-introduced error requirements.txt:2');
    expect(ids).toContain('drift/fine-tuning-introduced error app/train/tune.py:4');
    expect(ids).toContain(`drift/attributes-changed error ${file}:1`);
  });

  it('an attributes file already on base with -diff changes nothing', () => {
    const { root } = driftRepo();
    writeFile(root, '.gitattributes', '* -diff\n');
    const base = commit(root, 'attributes');
    writeFile(root, 'app/train/tune.py', TUNE_PY);
    const head = commit(root);
    const { found } = driftOf(root, base, head);
    expect(places(found)).toEqual(['drift/fine-tuning-introduced error app/train/tune.py:4']);
  });

  it('Git LFS tracking of weights is not reported; LFS tracking of Python source is', () => {
    const { root, base } = driftRepo();
    writeFile(
      root,
      '.gitattributes',
      '*.safetensors filter=lfs diff=lfs merge=lfs -text\n*.py filter=lfs diff=lfs merge=lfs -text\n',
    );
    const head = commit(root);
    const { found } = driftOf(root, base, head);
    expect(places(found)).toEqual(['drift/attributes-changed error .gitattributes:2']);
  });

  it('the Action on a pull request event fails the attack', () => {
    const repo = eventRepo();
    writeFile(repo.workspace, '.gitattributes', '* -diff\n');
    writeFile(repo.workspace, 'requirements.txt', 'openai==1.51.0\npeft==0.13\ntrl==0.11\n');
    writeFile(repo.workspace, 'app/train/tune.py', TUNE_PY);
    repo.head = commitAll(repo.workspace);
    const result = runAction({
      workspace: repo.workspace,
      inputs: { lang: 'en', comment: 'never' },
      env: pullRequestEnv(repo),
    });
    expect(result.outputs.result).toBe('failed');
    expect(result.stdout).toMatch(
      /::error title=drift\/fine-tuning-introduced,file=requirements\.txt,line=2,/,
    );
    expect(result.stdout).toMatch(
      /::error title=drift\/fine-tuning-introduced,file=app\/train\/tune\.py,line=4,/,
    );
    expect(result.stdout).toMatch(
      /::error title=drift\/attributes-changed,file=\.gitattributes,line=1,/,
    );
  });

  it('git run from the diff view reads none of the checkout attributes', async () => {
    const { root } = driftRepo();
    writeFile(root, '.gitattributes', '* -diff\n*.py diff=hide\n');
    commit(root, 'attributes');
    const inRepo = git(root, 'check-attr', 'diff', '--', 'tune.py');
    expect(inRepo).toBe('tune.py: diff: hide');
    const view = await attributeFreeView(root);
    const seen = execFileSync('git', [...view.globals, 'check-attr', '-a', '--', 'tune.py'], {
      cwd: view.cwd,
      env: { ...process.env, ...view.env },
      encoding: 'utf8',
    }).trim();
    expect(seen).toBe('');
  });
});

function utf16le(text: string, bom: boolean): Buffer {
  return Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(text, 'utf16le')]);
}

function utf16be(text: string, bom: boolean): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return Buffer.concat([Buffer.from(bom ? [0xfe, 0xff] : []), le]);
}

function utf32le(text: string): Buffer {
  const codes = [0xfeff, ...[...text].map((c) => c.codePointAt(0)!)];
  const out = Buffer.alloc(codes.length * 4);
  codes.forEach((code, i) => out.writeUInt32LE(code, i * 4));
  return out;
}

describe('drift fails closed', () => {
  const requirements = 'openai==1.51.0\r\npeft==0.13\r\n';
  it.each([
    ['UTF-16 LE with BOM', utf16le(requirements, true)],
    ['UTF-16 LE without BOM', utf16le(requirements, false)],
    ['UTF-16 BE with BOM', utf16be(requirements, true)],
    ['UTF-32 LE with BOM', utf32le(requirements)],
  ])('requirements.txt in %s is decoded', (_name, bytes) => {
    const { root, base } = driftRepo();
    writeFile(root, 'requirements.txt', bytes);
    const head = commit(root);
    const { status, found } = driftOf(root, base, head);
    expect(status).toBe(1);
    expect(places(found)).toEqual(['drift/fine-tuning-introduced error requirements.txt:2']);
  });

  it('a GB18030 Python file is decoded for a signal written in Chinese', () => {
    const { root } = driftRepo();
    const manifest = `${readManifest(root)}signals:\n  add:\n    - id: internal-trainer\n      kind: code\n      pattern: '启动微调'\n      rule: drift/fine-tuning-introduced\n`;
    writeFile(root, 'compliance.yml', manifest);
    const base = commit(root, 'signal');
    writeFile(root, 'app/train/tune.py', gb18030('import acme\n\nacme.run("启动微调")\n'));
    const head = commit(root);
    const { found } = driftOf(root, base, head);
    expect(places(found)).toEqual(['drift/fine-tuning-introduced error app/train/tune.py:3']);
  });

  it('a NUL byte in a JavaScript comment does not make the file binary', () => {
    const { root, base } = driftRepo();
    writeFile(
      root,
      'web/src/tune.js',
      "// \u0000\nimport OpenAI from 'openai';\nconst client = new OpenAI();\nclient.fine_tuning.jobs.create({ model: 'qwen-plus' });\n",
    );
    const head = commit(root);
    const { found } = driftOf(root, base, head);
    expect(places(found)).toEqual(['drift/fine-tuning-introduced error web/src/tune.js:4']);
  });

  it('a fine-tuning call far into one long line is found, with its column', () => {
    const { root, base } = driftRepo();
    const line = `var a="${'x'.repeat(LONG)}";client.fine_tuning.jobs.create({model:"qwen-plus"});`;
    writeFile(root, 'web/src/bundle.js', `${line}\n`);
    const head = commit(root);
    const { found } = driftOf(root, base, head);
    expect(places(found)).toEqual(['drift/fine-tuning-introduced error web/src/bundle.js:1']);
    expect(found[0]!.column).toBe(LONG + 16);
  });

  it('a source file over 32 MB is reported as not scanned', () => {
    const { root, base } = driftRepo();
    const filler = `${'# padding '.repeat(10)}\n`.repeat(Math.ceil((33 * 1024 * 1024) / 101));
    writeFile(root, 'app/train/huge.py', `${filler}${TUNE_PY}`);
    const head = commit(root);
    const { status, found } = driftOf(root, base, head);
    expect(status).toBe(1);
    expect(places(found)).toEqual(['drift/not-scanned error app/train/huge.py:']);
    expect(found[0]!.message).toContain('32 MB');
  }, 120_000);

  it('a Python source committed as a Git LFS pointer is reported as not scanned', () => {
    const { root, base } = driftRepo();
    writeFile(
      root,
      'app/train/tune.py',
      `version https://git-lfs.github.com/spec/v1\noid sha256:${'a'.repeat(64)}\nsize 2048\n`,
    );
    const head = commit(root);
    const { found } = driftOf(root, base, head);
    expect(places(found)).toEqual(['drift/not-scanned error app/train/tune.py:1']);
  });

  it('fine-tuning code under node_modules/ and in a minified bundle is found', () => {
    const { root, base } = driftRepo();
    writeFile(root, 'node_modules/helper/train.py', TUNE_PY);
    writeFile(
      root,
      'web/static/app.min.js',
      '/*! app v1 */var c=new OpenAI;c.fine_tuning.jobs.create({model:"qwen-plus"});\n',
    );
    writeFile(root, 'node_modules/helper/lora/adapter_config.json', '{ "peft_type": "LORA" }\n');
    const head = commit(root);
    const { found } = driftOf(root, base, head);
    const ids = places(found);
    expect(ids).toContain('drift/fine-tuning-introduced error node_modules/helper/train.py:4');
    expect(ids).toContain('drift/fine-tuning-introduced error web/static/app.min.js:1');
    expect(ids).toContain(
      'drift/fine-tuning-introduced error node_modules/helper/lora/adapter_config.json:',
    );
  });

  it('a submodule added with its .gitmodules is a finding; on the filing path a note', () => {
    const { root, base } = driftRepo();
    writeFile(
      root,
      '.gitmodules',
      '[submodule "trainer"]\n\tpath = third_party/trainer\n\turl = https://example.com/trainer.git\n',
    );
    git(root, 'add', '.gitmodules');
    git(
      root,
      'update-index',
      '--add',
      '--cacheinfo',
      `160000,${'c'.repeat(40)},third_party/trainer`,
    );
    git(root, 'commit', '-q', '-m', 'submodule');
    const head = git(root, 'rev-parse', 'HEAD');
    const { status, found } = driftOf(root, base, head);
    expect(status).toBe(1);
    expect(places(found)).toEqual([
      'drift/submodule error .gitmodules:1',
      'drift/submodule error third_party/trainer:',
    ]);

    switchToFiling(root);
    // Only what the switch touched: the work tree has no checkout of the submodule.
    git(root, 'add', 'compliance.yml', 'compliance');
    git(root, 'commit', '-q', '-m', 'filing');
    const filing = git(root, 'rev-parse', 'HEAD');
    const onFiling = driftOf(root, base, filing);
    expect(places(onFiling.found.filter((f) => f.ruleId === 'drift/submodule'))).toEqual([
      'drift/submodule note .gitmodules:1',
      'drift/submodule note third_party/trainer:',
    ]);
  });

  it('a submodule moved to another path is a finding', () => {
    const { root } = driftRepo();
    git(root, 'update-index', '--add', '--cacheinfo', `160000,${'c'.repeat(40)},vendor/a`);
    git(root, 'commit', '-q', '-m', 'submodule');
    const base = git(root, 'rev-parse', 'HEAD');
    git(root, 'rm', '-q', '--cached', 'vendor/a');
    git(root, 'update-index', '--add', '--cacheinfo', `160000,${'c'.repeat(40)},vendor/b`);
    git(root, 'commit', '-q', '-m', 'moved');
    const head = git(root, 'rev-parse', 'HEAD');
    const { found } = driftOf(root, base, head);
    expect(places(found)).toEqual(['drift/submodule error vendor/b:']);
  });
});

/** GB18030 bytes of text whose non-ASCII characters are among the few written here. */
function gb18030(source: string): Buffer {
  const table: Record<string, number[]> = {
    启: [0xc6, 0xf4],
    动: [0xb6, 0xaf],
    微: [0xce, 0xa2],
    调: [0xb5, 0xf7],
  };
  const bytes: number[] = [];
  for (const c of source) bytes.push(...(table[c] ?? [c.charCodeAt(0)]));
  const out = Buffer.from(bytes);
  expect(new TextDecoder('gb18030').decode(out)).toBe(source);
  return out;
}

const TOKEN = `ghs_${'Q7w8E9r0T1'.repeat(3)}zz`;
const servers: Server[] = [];
afterAll(() => {
  for (const server of servers) server.close();
});

interface PullFile {
  filename: string;
  status: string;
  additions: number;
  patch?: string;
}

async function fakeApi(files: PullFile[], manifest: string): Promise<string> {
  let base = '';
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.headers.authorization !== `token ${TOKEN}`) return send(401, { message: 'no' });
    if (url.pathname === '/repos/octo-org/octo-repo/pulls/7/files') {
      const page = Number(url.searchParams.get('page') ?? 1);
      return send(200, page === 1 ? files : []);
    }
    if (url.pathname === '/repos/octo-org/octo-repo/contents/compliance.yml') {
      return send(200, {
        type: 'file',
        encoding: 'base64',
        content: Buffer.from(manifest).toString('base64'),
      });
    }
    return send(404, { message: 'Not Found' });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return base;
}

describe('REST fallback', () => {
  it('reports attributes, submodules and files GitHub gives no diff for', async () => {
    const workspace = exampleRepo();
    const manifest = readFileSync(path.join(workspace, 'compliance.yml'), 'utf8');
    const files: PullFile[] = [
      {
        filename: '.gitattributes',
        status: 'added',
        additions: 1,
        patch: '@@ -0,0 +1 @@\n+* -diff',
      },
      {
        filename: '.gitmodules',
        status: 'added',
        additions: 2,
        patch: '@@ -0,0 +1,2 @@\n+[submodule "t"]\n+\tpath = third_party/trainer',
      },
      {
        filename: 'third_party/trainer',
        status: 'added',
        additions: 1,
        patch: `@@ -0,0 +1 @@\n+Subproject commit ${'c'.repeat(40)}`,
      },
      { filename: 'requirements.txt', status: 'modified', additions: 0 },
    ];
    const api = await fakeApi(files, manifest);
    const result = await runActionAsync({
      workspace,
      inputs: { token: TOKEN, lang: 'en', comment: 'never' },
      env: restFallbackEnv(files.length, api),
    });
    expect(result.outputs.result).toBe('failed');
    expect(result.stdout).toMatch(
      /::error title=drift\/attributes-changed,file=\.gitattributes,line=1,/,
    );
    expect(result.stdout).toMatch(/::error title=drift\/submodule,file=\.gitmodules,line=1,/);
    expect(result.stdout).toMatch(/::error title=drift\/submodule,file=third_party\/trainer::/);
    expect(result.stdout).toMatch(/::error title=drift\/not-scanned,file=requirements\.txt::/);
  });
});
