/**
 * Without git history the Action falls back to the REST list of the pull request's files
 * (paginated), against a stand-in GitHub API, and says so.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runActionAsync } from './helpers/action.js';
import { restFallbackEnv } from './helpers/event-repo.js';
import { exampleRepo } from './helpers/repo.js';

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

async function fakeApi(
  files: PullFile[],
  manifest: string,
): Promise<{ url: string; paths: string[] }> {
  const paths: string[] = [];
  let base = '';
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    paths.push(`${req.method} ${url.pathname}${url.search}`);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (req.headers.authorization !== `token ${TOKEN}`)
      return send(401, { message: 'Bad credentials' });
    if (url.pathname === '/repos/octo-org/octo-repo/pulls/7/files') {
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const last = Math.ceil(files.length / perPage);
      const headers: Record<string, string> =
        page < last
          ? {
              link: `<${base}/repos/octo-org/octo-repo/pulls/7/files?per_page=${perPage}&page=${page + 1}>; rel="next"`,
            }
          : {};
      return send(200, files.slice((page - 1) * perPage, page * perPage), headers);
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
  return { url: base, paths };
}

describe('REST fallback', () => {
  it('lists every page of the pull request files and flags the added line', async () => {
    const workspace = exampleRepo();
    const manifest = readFileSync(path.join(workspace, 'compliance.yml'), 'utf8');
    const files: PullFile[] = Array.from({ length: 149 }, (_, i) => ({
      filename: `web/src/page-${i}.ts`,
      status: 'added',
      additions: 1,
      patch: `@@ -0,0 +1 @@\n+export const page${i} = ${i};`,
    }));
    files.push({
      filename: 'train/tune.py',
      status: 'added',
      additions: 3,
      patch:
        '@@ -0,0 +1,3 @@\n+from openai import OpenAI\n+client = OpenAI()\n+client.fine_tuning.jobs.create(model="qwen")',
    });
    const api = await fakeApi(files, manifest);
    const result = await runActionAsync({
      workspace,
      inputs: { token: TOKEN, lang: 'en', comment: 'never' },
      env: restFallbackEnv(files.length, api.url),
    });
    expect(result.stdout).toMatch(
      /::error title=drift\/fine-tuning-introduced,file=train\/tune\.py,line=3,endLine=3,col=7::/,
    );
    expect(result.stdout).not.toMatch(/drift\/change-unavailable/);
    expect(api.paths.filter((p) => p.includes('/pulls/7/files'))).toHaveLength(2);
    expect(api.paths.some((p) => p.includes('/contents/compliance.yml?ref=aaaa'))).toBe(true);
    expect(result.stdout.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
  });
});
