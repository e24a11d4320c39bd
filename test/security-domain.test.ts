import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './helpers/repo.js';
import { cli, cliJson } from './helpers/run.js';

const packageVersion: string = JSON.parse(
  readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8'),
).version;

/** Outside the repository: the product carries what it enforces in docs/domain.md. */
const EXTERNAL_SPECS = ['DOMAIN', 'PRODUCT'].map((name) => `${name}.md`);
const NOT_SOURCE = new Set(['node_modules', 'dist', '.git', 'coverage', '.bench']);

function repositoryFiles(dir = PROJECT_ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (NOT_SOURCE.has(entry.name) && dir === PROJECT_ROOT) return [];
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) return repositoryFiles(abs);
    return entry.isFile() ? [abs] : [];
  });
}

describe('the repository carries its own domain text', () => {
  it('no file cites specifications that are not in the repository', () => {
    const files = repositoryFiles();
    expect(files.length).toBeGreaterThan(100);
    const citing = files.flatMap((abs) => {
      const content = readFileSync(abs);
      return EXTERNAL_SPECS.filter((name) => content.includes(name)).map(
        (name) => `${path.relative(PROJECT_ROOT, abs)}: ${name}`,
      );
    });
    expect(citing).toEqual([]);
  });

  it('the version has one home, package.json', () => {
    const sources = repositoryFiles(path.join(PROJECT_ROOT, 'src')).filter(
      (abs) => abs.endsWith('.ts') && !abs.includes(`${path.sep}generated${path.sep}`),
    );
    const repeating = sources.filter((abs) =>
      readFileSync(abs, 'utf8').includes(`'${packageVersion}'`),
    );
    expect(repeating.map((abs) => path.relative(PROJECT_ROOT, abs))).toEqual([]);
  });

  it('the bundled CLI reports the version of package.json', () => {
    const version = cli(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(packageVersion);
    const report = cliJson(['check', 'examples/registration-app']).report;
    expect(report.tool).toEqual({ name: 'genai-compliance-gate', version: packageVersion });
  });
});
