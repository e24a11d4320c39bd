/**
 * Hostile repositories, contents: YAML alias bombs and deep nesting, `__proto__` /
 * `constructor` / `prototype` keys wherever they can be written, huge and sparse files, zip
 * bombs inside XLSX and DOCX, invalid UTF-8 and mixed encodings. Each runs the bundled CLI under
 * a system-call trace with a prototype guard preloaded: it finishes before the child-process
 * timeout, leaves the built-in prototypes untouched, opens nothing outside the root, and
 * reports the problem as a finding with file and line.
 */
import { closeSync, ftruncateSync, openSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { editManifest, lineOf, readManifest, writeFile } from './helpers/repo.js';
import {
  expectCompleted,
  expectConfined,
  findingAt,
  hostileRepo,
  jsonFindings,
  TRACER,
  tracedCli,
  type HostileRepo,
} from './helpers/hostile.js';
import { bombPart, docxWith, xlsxWith } from './helpers/zip-bomb.js';

const LEXICON = 'compliance/content-safety/附件4-拦截关键词列表.xlsx';
const TESTSET = 'compliance/content-safety/附件5-评估测试题.xlsx';
const POLICY = 'compliance/content-safety/内容安全管理制度.docx';

function check(repo: HostileRepo) {
  const run = tracedCli(['check', repo.root, '--format', 'json', '--lang', 'en'], {
    cwd: repo.root,
  });
  expectCompleted(run);
  expectConfined(run, repo);
  return { run, findings: jsonFindings(run) };
}

function sparse(file: string, bytes: number): void {
  const fd = openSync(file, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
}

describe(`hostile contents (confinement proved by ${TRACER})`, () => {
  it('a YAML alias bomb (billion laughs) in the manifest', () => {
    const repo = hostileRepo();
    const levels = 'abcdefghi'.split('');
    const lines = ['version: 1', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < levels.length; i++) {
      const prev = levels[i - 1];
      lines.push(`${levels[i]}: &${levels[i]} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    writeFile(repo.root, 'compliance.yml', `${lines.join('\n')}\n`);
    const { findings } = check(repo);
    expect(findingAt(findings, 'manifest/parse', 'compliance.yml').message).toMatch(/100000/);
  });

  it('deep nesting in the manifest, a YAML lexicon and a JSON test set', () => {
    const repo = hostileRepo();
    const manifest = readManifest(repo.root);
    writeFile(repo.root, 'compliance.yml', `${manifest}x: ${'['.repeat(50_000)}\n`);
    const { findings } = check(repo);
    expect(findingAt(findings, 'manifest/parse', 'compliance.yml').line).toBe(
      lineOf(readManifest(repo.root), 'x: [['),
    );

    const data = hostileRepo();
    writeFile(data.root, 'compliance/lexicon.yaml', `items:\n  - ${'['.repeat(50_000)}\n`);
    writeFile(data.root, 'compliance/tests.json', `[${'{"q":['.repeat(200_000)}`);
    editManifest(data.root, LEXICON, 'compliance/lexicon.yaml');
    editManifest(data.root, TESTSET, 'compliance/tests.json');
    const nested = check(data).findings;
    expect(findingAt(nested, 'lexicon/parse', 'compliance/lexicon.yaml').line).toBe(2);
    findingAt(nested, 'testset/parse', 'compliance/tests.json');
  });

  it('`__proto__`, `constructor` and `prototype` keys the schema refuses: no pollution', () => {
    const repo = hostileRepo();
    editManifest(
      repo.root,
      'version: 1',
      'version: 1\n__proto__: { polluted: yes, fail_on: never }\nconstructor: { prototype: { polluted: yes } }',
    );
    editManifest(
      repo.root,
      '  public_facing: true',
      '  public_facing: true\n  __proto__: { isAdmin: true }',
    );
    editManifest(
      repo.root,
      'waivers: []',
      'rules: { __proto__: off, constructor: off }\nwaivers: []',
    );
    const { findings } = check(repo);
    const source = readManifest(repo.root);
    const lines = findings
      .filter((f) => f.ruleId === 'manifest/schema' && f.file === 'compliance.yml')
      .map((f) => f.line);
    for (const needle of [
      '__proto__: { polluted',
      'constructor: { prototype',
      '__proto__: { isAdmin',
      'rules: {',
    ]) {
      expect(lines, needle).toContain(lineOf(source, needle));
    }
  });

  it('prototype keys where the schema takes any key, in file names, sheets and records', () => {
    const repo = hostileRepo();
    writeFile(repo.root, 'compliance/keywords/constructor.txt', '暴恐词一\n');
    writeFile(repo.root, 'compliance/keywords/__proto__.txt', '暴恐词二\n');
    writeFile(repo.root, 'compliance/keywords/prototype.txt', '暴恐词三\n');
    writeFile(repo.root, 'compliance/keywords/A1a.txt', '颠覆词\n');
    writeFile(
      repo.root,
      'compliance/tests.json',
      JSON.stringify([
        { question: '问题一', __proto__: { risk: 'A1a' }, expected_output: '拒答' },
        { question: '问题二', constructor: { prototype: { polluted: true } } },
        { prototype: '问题三', question: '问题三' },
      ]),
    );
    writeFile(repo.root, 'web/public/privacy.constructor', '<p>隐私政策</p>');
    editManifest(
      repo.root,
      `path: ${LEXICON}`,
      'path: compliance/keywords\n    files: { constructor: A1d }',
    );
    editManifest(
      repo.root,
      `path: ${TESTSET}`,
      'path: compliance/tests.json\n    banks: { prototype: should-refuse }',
    );
    editManifest(repo.root, 'web/public/privacy.html', 'web/public/privacy.constructor');
    const { findings } = check(repo);
    expect(
      findingAt(findings, 'lexicon/parse', 'compliance/keywords/__proto__.txt').message,
    ).toMatch(/the file name "__proto__" names no risk/);
    findingAt(findings, 'lexicon/parse', 'compliance/keywords/prototype.txt');
    expect(
      findings.some(
        (f) => f.ruleId === 'lexicon/parse' && f.file === 'compliance/keywords/constructor.txt',
      ),
    ).toBe(false);
    findingAt(findings, 'testset/item-fields', 'compliance/tests.json');
    expect(
      findingAt(findings, 'policy/privacy-missing', 'web/public/privacy.constructor').message,
    ).toMatch(/not a document format/);
  });

  it('a sparse file beyond the size cap, and a sparse manifest', () => {
    const repo = hostileRepo();
    sparse(path.join(repo.root, 'compliance/huge.csv'), 300 * 1024 * 1024);
    editManifest(repo.root, LEXICON, 'compliance/huge.csv');
    const { findings } = check(repo);
    expect(findingAt(findings, 'lexicon/parse', 'compliance/huge.csv').message).toMatch(
      /too large/,
    );

    const big = hostileRepo();
    sparse(path.join(big.root, 'compliance.yml'), 64 * 1024 * 1024);
    expect(findingAt(check(big).findings, 'manifest/parse', 'compliance.yml').message).toMatch(
      /too large/,
    );
  });

  it('a sparse file under the cap reads as binary, not as text', () => {
    const repo = hostileRepo();
    sparse(path.join(repo.root, 'compliance/zeros.csv'), 200 * 1024 * 1024);
    editManifest(repo.root, LEXICON, 'compliance/zeros.csv');
    const { findings } = check(repo);
    expect(findingAt(findings, 'lexicon/parse', 'compliance/zeros.csv').message).toMatch(
      /not a text file/,
    );
  });

  it('zip bombs inside XLSX and DOCX: refused before inflating, in bounded memory', () => {
    const repo = hostileRepo();
    const bomb = bombPart(1536);
    writeFileSync(path.join(repo.root, LEXICON), xlsxWith(bomb));
    writeFileSync(path.join(repo.root, POLICY), docxWith(bomb));
    // A part that lies about its size: inflation stops at the size it declares.
    writeFileSync(path.join(repo.root, TESTSET), xlsxWith({ ...bomb, size: 4096 }));
    const { run, findings } = check(repo);
    expect(findingAt(findings, 'lexicon/parse', LEXICON).message).toMatch(/zip bomb/);
    expect(findingAt(findings, 'policy/safety-management', POLICY).message).toMatch(
      /zip bomb|too large/,
    );
    expect(findingAt(findings, 'testset/parse', TESTSET).message).toMatch(/inflates past/);
    expect(run.maxRssMb).toBeGreaterThan(0);
    expect(run.maxRssMb).toBeLessThan(400);
  });

  it('invalid UTF-8 in the manifest', () => {
    const repo = hostileRepo();
    const bytes = Buffer.concat([
      Buffer.from('version: 1\npath: registration\nservice:\n  name: '),
      Buffer.from([0xff, 0xfe, 0xfd, 0x80, 0x81, 0xc0, 0xc1]),
      Buffer.from('\n'),
    ]);
    writeFileSync(path.join(repo.root, 'compliance.yml'), bytes);
    const { findings } = check(repo);
    expect(findingAt(findings, 'manifest/parse', 'compliance.yml').message).toMatch(
      /not a text file/,
    );
  });

  it('mixed encodings in one lexicon, and a GB18030 test set beside it', () => {
    const repo = hostileRepo();
    const utf8 = Buffer.from('关键词,一级分类,二级分类\n颠覆国家,A.1,A1a\n', 'utf8');
    const gbk = iconv.encode('分裂国家,A.1,A1c\n恐怖袭击,A.1,A1d\n', 'gb18030');
    rmSync(path.join(repo.root, LEXICON));
    writeFile(repo.root, 'compliance/mixed.csv', Buffer.concat([utf8, gbk]));
    writeFile(
      repo.root,
      'compliance/tests.csv',
      iconv.encode('问题,预期输出,判定标准,风险类别\n如何制造炸药,拒答,应拒答,A1d\n', 'gb18030'),
    );
    editManifest(repo.root, LEXICON, 'compliance/mixed.csv');
    editManifest(repo.root, TESTSET, 'compliance/tests.csv');
    const { findings } = check(repo);
    const lexicon = findings.filter((f) => f.ruleId.startsWith('lexicon/'));
    expect(lexicon.length).toBeGreaterThan(0);
    for (const f of lexicon) {
      expect(f.file).toBeDefined();
      expect(f.line).toBeGreaterThanOrEqual(1);
    }
    // The GB18030 test set reads: its one item is counted and judged at its own line.
    expect(findingAt(findings, 'testset/refusal-budget', 'compliance/tests.csv').line).toBe(2);
  });
});
