import { cpSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, PROJECT_ROOT, tempDir } from './helpers/repo.js';
import { cli } from './helpers/run.js';

describe('dist/ without node_modules', () => {
  it('checks the filing example, Chinese PDFs included, from a copy of dist alone', () => {
    const dir = tempDir();
    cpSync(path.join(PROJECT_ROOT, 'dist'), path.join(dir, 'dist'), { recursive: true });
    const example = path.join(dir, 'filing-self-developed');
    cpSync(path.join(EXAMPLES, 'filing-self-developed'), example, { recursive: true });
    const result = cli(['check', example, '--format', 'json', '--fail-on', 'note'], {
      cliPath: path.join(dir, 'dist/cli.js'),
      cwd: dir,
    });
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    expect(report.findings).toEqual([]);
    expect(result.status).toBe(0);
  });

  it('holds only ASCII JavaScript, so V8 keeps every module as one-byte text', () => {
    const dist = path.join(PROJECT_ROOT, 'dist');
    const modules = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.js'),
    );
    expect(modules.length).toBeGreaterThan(10);
    const withWide = modules.filter((f) =>
      readFileSync(path.join(dist, f)).some((byte) => byte > 0x7f),
    );
    expect(withWide).toEqual([]);
  });
});
