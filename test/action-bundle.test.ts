/** The GitHub toolkit stays out of the CLI and out of Action runs that never talk to GitHub. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runActionAsync } from './helpers/action.js';
import { startFakeGitHub } from './helpers/github-api.js';
import { eventRepo, pullRequestEnv, pushEnv } from './helpers/event-repo.js';
import { PROJECT_ROOT, tempDir } from './helpers/repo.js';

const DIST = path.join(PROJECT_ROOT, 'dist');
/** The user agent @octokit/core sends: a string of the toolkit that survives minification. */
const TOOLKIT = /octokit-core\.js\//;

/** Files a bundle entry loads before any dynamic import runs. */
function staticClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    // Static imports and re-exports, minified or not; `import("…")` is dynamic and not followed.
    const statics = /(?:^|[;}\n])\s*(?:import|export)\s*(?:[^;"'()]*?\bfrom\s*)?"(\.[^"]+)"/g;
    for (const match of source.matchAll(statics)) {
      visit(path.resolve(path.dirname(file), match[1]!));
    }
  };
  visit(entry);
  return [...seen];
}

function loadsToolkit(files: string[]): boolean {
  return files.some((file) => TOOLKIT.test(readFileSync(file, 'utf8')));
}

describe('bundle', () => {
  it('the CLI and the Action entry load the toolkit only through a dynamic import', () => {
    const cli = staticClosure(path.join(DIST, 'cli.js'));
    const action = staticClosure(path.join(DIST, 'index.js'));
    expect(cli.length).toBeGreaterThan(1);
    const everyChunk = readdirSync(path.join(DIST, 'chunks')).map((f) =>
      path.join(DIST, 'chunks', f),
    );
    expect(loadsToolkit(everyChunk)).toBe(true);
    expect(loadsToolkit(cli)).toBe(false);
    expect(loadsToolkit(action)).toBe(false);
    expect(readFileSync(path.join(DIST, 'index.js'), 'utf8')).toMatch(
      /import\("\.\/chunks\/github-comment\.js"\)/,
    );
  });

  it.each([
    ['push', false],
    ['pull_request', true],
  ] as const)('an Action run on %s loads the toolkit: %s', async (event, expected) => {
    const fake = await startFakeGitHub();
    const repo = eventRepo();
    const record = path.join(tempDir(), 'loads.txt');
    const env = event === 'push' ? pushEnv(repo) : pullRequestEnv(repo);
    const run = await runActionAsync({
      workspace: repo.workspace,
      inputs: { token: fake.token, comment: 'always' },
      env: {
        ...env,
        GITHUB_API_URL: fake.url,
        NODE_OPTIONS: `--import=${pathToFileURL(path.join(PROJECT_ROOT, 'test/fixtures/record-loads.mjs')).href}`,
        GCG_RECORD_LOADS: record,
      },
    });
    expect(run.status).toBe(0);
    const loaded = readFileSync(record, 'utf8').split('\n').filter(Boolean);
    expect(loaded.some((url) => url.endsWith('/dist/index.js'))).toBe(true);
    const toolkit = loaded.filter(
      (url) => url.startsWith('file:') && /\/chunks\/actions-github-/.test(url),
    );
    expect(toolkit.length > 0).toBe(expected);
    expect(fake.comments).toHaveLength(expected ? 1 : 0);
  });
});
