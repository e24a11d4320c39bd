/**
 * Hostile repositories, paths: `..`, absolute and Windows paths, NUL bytes, symlinks and hard
 * links out of the root, a symlink loop, a FIFO or a folder where a file should be. Each runs
 * the bundled CLI under a system-call trace and proves that the planted secret beside the root
 * was never opened, and that the problem is a finding with file and line.
 */
import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editManifest, lineOf, readManifest } from './helpers/repo.js';
import {
  expectCompleted,
  expectConfined,
  findingAt,
  hostileRepo,
  jsonFindings,
  TRACER,
  tracedCli,
  tracedNode,
  type HostileRepo,
} from './helpers/hostile.js';

const LEXICON = 'compliance/content-safety/附件4-拦截关键词列表.xlsx';
const TESTSET = 'compliance/content-safety/附件5-评估测试题.xlsx';
const CONTACT = 'compliance/materials/联系人信息表.md';
const PRIVACY = 'web/public/privacy.html';

function check(repo: HostileRepo, extra: string[] = []) {
  const run = tracedCli(['check', repo.root, '--format', 'json', '--lang', 'en', ...extra], {
    cwd: repo.root,
  });
  expectCompleted(run);
  expectConfined(run, repo);
  return { run, findings: jsonFindings(run) };
}

describe(`hostile paths (confinement proved by ${TRACER})`, () => {
  it('the tracer sees a read of the planted secret, and the guard sees pollution', () => {
    const repo = hostileRepo();
    const script = path.join(repo.root, 'leak.mjs');
    writeFileSync(
      script,
      `import { readFileSync } from 'node:fs';\nreadFileSync(${JSON.stringify(repo.secretFile)});\nObject.prototype.polluted = 1;\n`,
    );
    const run = tracedNode(script, [], { cwd: repo.root });
    expect(['strace', 'fs-hook']).toContain(run.tracer);
    expect(run.opened).toContain(repo.secretFile);
    expect(run.pollution).toContain('Object.prototype.polluted');
  });

  it('`..` out of the root: a finding on the manifest line, the secret never opened', () => {
    const repo = hostileRepo();
    editManifest(repo.root, CONTACT, '../outside/secret.txt');
    const { findings } = check(repo);
    const finding = findingAt(findings, 'materials/missing', 'compliance.yml');
    expect(finding.line).toBe(lineOf(readManifest(repo.root), '../outside/secret.txt'));
    expect(finding.message).toContain('outside the repository');
  });

  it('an absolute path to the secret', () => {
    const repo = hostileRepo();
    editManifest(repo.root, `path: ${PRIVACY}`, `path: ${repo.secretFile}`);
    const { findings } = check(repo);
    const finding = findingAt(findings, 'policy/privacy-missing', 'compliance.yml');
    expect(finding.line).toBe(lineOf(readManifest(repo.root), repo.secretFile));
  });

  it('Windows drive and UNC paths', () => {
    const repo = hostileRepo();
    editManifest(repo.root, CONTACT, "'C:\\Windows\\win.ini'");
    editManifest(repo.root, `path: ${TESTSET}`, "path: '\\\\server\\share\\tests.csv'");
    const { findings } = check(repo);
    const source = readManifest(repo.root);
    expect(findingAt(findings, 'materials/missing', 'compliance.yml').line).toBe(
      lineOf(source, 'win.ini'),
    );
    expect(
      findings.some(
        (f) => f.ruleId === 'testset/missing' && f.line === lineOf(source, 'tests.csv'),
      ),
    ).toBe(true);
  });

  it('a NUL byte in a path', () => {
    const repo = hostileRepo();
    editManifest(repo.root, CONTACT, `"${CONTACT}\\0../../outside/secret.txt"`);
    const { findings } = check(repo);
    expect(findingAt(findings, 'materials/missing', 'compliance.yml').line).toBe(
      lineOf(readManifest(repo.root), 'outside/secret.txt'),
    );
  });

  it('a symlinked file pointing out of the root', () => {
    const repo = hostileRepo();
    rmSync(path.join(repo.root, PRIVACY));
    symlinkSync(repo.secretFile, path.join(repo.root, PRIVACY));
    const { findings } = check(repo);
    const finding = findingAt(findings, 'policy/privacy-missing', 'compliance.yml');
    expect(finding.line).toBe(lineOf(readManifest(repo.root), PRIVACY));
  });

  it('a symlinked folder, and a symlink inside a folder, pointing out of the root', () => {
    const repo = hostileRepo();
    mkdirSync(path.join(repo.root, 'compliance/keywords'));
    symlinkSync(
      path.join(repo.outside, 'lexicon', 'A1a.txt'),
      path.join(repo.root, 'compliance/keywords/A1a.txt'),
    );
    symlinkSync(repo.secretFile, path.join(repo.root, 'compliance/keywords/A1b.txt'));
    symlinkSync(path.join(repo.outside, 'lexicon'), path.join(repo.root, 'compliance/tests-link'));
    editManifest(repo.root, LEXICON, 'compliance/keywords');
    editManifest(repo.root, TESTSET, 'compliance/tests-link');
    const { findings } = check(repo);
    expect(findingAt(findings, 'lexicon/parse', 'compliance/keywords/A1a.txt').message).toContain(
      'outside the repository',
    );
    findingAt(findings, 'lexicon/parse', 'compliance/keywords/A1b.txt');
    expect(findingAt(findings, 'testset/missing', 'compliance.yml').line).toBe(
      lineOf(readManifest(repo.root), 'compliance/tests-link'),
    );
  });

  it('a hard link to a file outside the root is not read', () => {
    const repo = hostileRepo();
    rmSync(path.join(repo.root, PRIVACY));
    linkSync(repo.secretFile, path.join(repo.root, PRIVACY));
    const { findings } = check(repo);
    const finding = findingAt(findings, 'policy/privacy-missing', 'compliance.yml');
    expect(finding.message).toMatch(/hard link/);
  });

  it('a symlink loop', () => {
    const repo = hostileRepo();
    symlinkSync('loop-b', path.join(repo.root, 'compliance/loop-a'));
    symlinkSync('loop-a', path.join(repo.root, 'compliance/loop-b'));
    editManifest(repo.root, LEXICON, 'compliance/loop-a');
    const { findings } = check(repo);
    expect(findingAt(findings, 'lexicon/parse', 'compliance/loop-a').message).toContain(
      'symlink loop',
    );
  });

  it('a FIFO where the test set should be cannot hang the gate', () => {
    const repo = hostileRepo();
    rmSync(path.join(repo.root, TESTSET));
    execFileSync('mkfifo', [path.join(repo.root, TESTSET)]);
    const { findings } = check(repo);
    expect(findingAt(findings, 'testset/parse', TESTSET).message).toContain('not a regular file');
  });

  it('a folder where a document should be', () => {
    const repo = hostileRepo();
    rmSync(path.join(repo.root, CONTACT));
    mkdirSync(path.join(repo.root, CONTACT));
    const { findings } = check(repo);
    expect(findingAt(findings, 'materials/missing', 'compliance.yml').line).toBe(
      lineOf(readManifest(repo.root), CONTACT),
    );
  });

  it('a manifest given by a path outside the root', () => {
    const repo = hostileRepo();
    const { findings } = check(repo, ['--manifest', '../outside/secret.txt']);
    expect(findingAt(findings, 'manifest/parse', '../outside/secret.txt').message).toContain(
      'outside the repository',
    );
  });
});
