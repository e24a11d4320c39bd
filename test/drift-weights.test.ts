/**
 * Weight files are judged by the size git records, never by reading them: a 2 GB sparse
 * .safetensors whose object store holds only its first bytes is still reported, at its size.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { constants, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFile } from './helpers/repo.js';
import {
  checkChange,
  commit,
  drift,
  driftRepo,
  git,
  switchToFiling,
} from './helpers/drift-repo.js';

const TWO_GB = 2 * 1024 ** 3;

/**
 * Stores a blob of `size` zero bytes under its real object id, but writes only the start of its
 * compressed stream: git can tell the size from the header, and any full read fails.
 */
function storeTruncatedZeroBlob(root: string, size: number): string {
  const header = Buffer.from(`blob ${size}\0`);
  const hash = createHash('sha1').update(header);
  const chunk = Buffer.alloc(64 * 1024 * 1024);
  for (let left = size; left > 0; left -= chunk.length) {
    hash.update(left >= chunk.length ? chunk : chunk.subarray(0, left));
  }
  const oid = hash.digest('hex');
  const start = deflateSync(Buffer.concat([header, Buffer.alloc(64 * 1024)]), {
    finishFlush: constants.Z_SYNC_FLUSH,
  });
  const file = path.join(root, '.git/objects', oid.slice(0, 2), oid.slice(2));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, start);
  return oid;
}

function sparseFile(root: string, rel: string, size: number): void {
  const abs = path.join(root, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  const fd = openSync(abs, 'w');
  ftruncateSync(fd, size);
  closeSync(fd);
}

/** Commits the index with plumbing only (porcelain would re-hash the sparse file to refresh). */
function commitIndex(root: string, message: string): string {
  const tree = git(root, 'write-tree');
  const commit = git(root, 'commit-tree', tree, '-p', 'HEAD', '-m', message);
  git(root, 'update-ref', 'HEAD', commit);
  return commit;
}

/** Commits a 2 GB weight file at `rel` without anything reading its content. */
function commitBigWeights(root: string, rel: string): string {
  const oid = storeTruncatedZeroBlob(root, TWO_GB);
  git(root, 'update-index', '--add', '--cacheinfo', `100644,${oid},${rel}`);
  sparseFile(root, rel, TWO_GB);
  return commitIndex(root, 'weights');
}

describe('self-hosted weights', () => {
  it('a 2 GB sparse .safetensors is drift/self-hosted-weights, judged by size only', async () => {
    const { root, base } = driftRepo();
    const rel = 'models/qwen2.5-7b/model.safetensors';
    const head = commitBigWeights(root, rel);
    expect(git(root, 'cat-file', '-s', `${head}:${rel}`)).toBe(String(TWO_GB));
    // The object store cannot produce the content: a gate that read the blob whole would fail.
    expect(() =>
      execFileSync('git', ['cat-file', 'blob', `${head}:${rel}`], { cwd: root, stdio: 'pipe' }),
    ).toThrow();

    const report = await checkChange(root, base, head);
    const found = drift(report);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: 'drift/self-hosted-weights',
      severity: 'warning',
      file: rel,
      data: { signal: 'weights-safetensors', size: TWO_GB },
    });
    expect(found[0]!.line).toBeUndefined();
    expect(found[0]!.message.en).toContain('2.0 GB');
    expect(report.change).toMatchObject({ source: 'git', changedFiles: 1 });
  }, 120_000);

  it('is a note when the same change switches to path: filing', async () => {
    const { root, base } = driftRepo();
    switchToFiling(root);
    git(root, 'add', '-A');
    const rel = 'models/qwen2.5-7b/model.safetensors';
    const head = commitBigWeights(root, rel);
    const found = drift(await checkChange(root, base, head));
    expect(found.map((f) => [f.ruleId, f.severity, f.file])).toEqual([
      ['drift/self-hosted-weights', 'note', rel],
    ]);
  }, 120_000);

  it('does not fire when the weights were already on the base branch', async () => {
    const { root } = driftRepo();
    const rel = 'models/qwen2.5-7b/model.safetensors';
    const base = commitBigWeights(root, rel);
    writeFile(root, 'models/qwen2.5-7b/README.txt', 'Served by the inference team.\n');
    const blob = git(root, 'hash-object', '-w', 'models/qwen2.5-7b/README.txt');
    git(
      root,
      'update-index',
      '--add',
      '--cacheinfo',
      `100644,${blob},models/qwen2.5-7b/README.txt`,
    );
    const head = commitIndex(root, 'notes');
    expect(drift(await checkChange(root, base, head))).toEqual([]);
  }, 120_000);

  it('moving the weights to another folder adds nothing', async () => {
    const { root } = driftRepo();
    const base = commitBigWeights(root, 'models/qwen/model.safetensors');
    const oid = git(root, 'rev-parse', `${base}:models/qwen/model.safetensors`);
    git(root, 'update-index', '--force-remove', 'models/qwen/model.safetensors');
    git(
      root,
      'update-index',
      '--add',
      '--cacheinfo',
      `100644,${oid},serving/qwen/model.safetensors`,
    );
    const head = commitIndex(root, 'move');
    const report = await checkChange(root, base, head);
    expect(report.change?.changedFiles).toBe(1);
    expect(drift(report)).toEqual([]);
  }, 120_000);

  it('small binaries below the size threshold are not weights; a Git LFS pointer counts at its declared size', async () => {
    const { root, base } = driftRepo();
    writeFile(root, 'assets/tokenizer/vocab.bin', Buffer.alloc(4096, 7));
    writeFile(
      root,
      'models/glm/pytorch_model.bin',
      'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 3221225472\n',
    );
    const head = commit(root);
    const found = drift(await checkChange(root, base, head));
    expect(found.map((f) => [f.ruleId, f.file, f.data?.size])).toEqual([
      ['drift/self-hosted-weights', 'models/glm/pytorch_model.bin', 3221225472],
    ]);
  });
});
