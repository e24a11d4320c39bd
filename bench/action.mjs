// Whole-process time of the Action (dist/index.js) as the runner starts it, against bare node:
// the plain audit of a push never loads the GitHub toolkit; a pull request with a comment does.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { median, table, timeProcess } from './lib.mjs';

function runnerEnv(root, dir, extra = {}) {
  const output = path.join(dir, 'output');
  const summary = path.join(dir, 'summary');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: path.join(root, 'examples/registration-app'),
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: dir,
    GITHUB_EVENT_NAME: 'push',
    ...extra,
  };
}

/** A minimal comments API: an empty list, and 201 for a new comment. */
function stubApi() {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const list = req.method === 'GET' && /\/comments/.test(req.url);
      const body = list
        ? '[]'
        : JSON.stringify({
            id: 1,
            html_url: 'https://github.com/o/r/pull/1#issuecomment-1',
            login: 'bot',
          });
      res.writeHead(req.url === '/user' ? 403 : list ? 200 : 201, {
        'content-type': 'application/json',
      });
      res.end(req.url === '/user' ? '{"message":"Resource not accessible by integration"}' : body);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function timeAsync(args, env) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { env, stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', () => resolve(performance.now() - start));
  });
}

export default async function action({ root, runs = 9 }) {
  const index = path.join(root, 'dist/index.js');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gcg-bench-action-'));
  const server = await stubApi();
  const api = `http://127.0.0.1:${server.address().port}`;
  const event = path.join(dir, 'event.json');
  writeFileSync(
    event,
    JSON.stringify({ number: 1, pull_request: { number: 1, head: { sha: 'a'.repeat(40) } } }),
  );
  mkdirSync(path.join(dir, 'pr'), { recursive: true });
  const samples = {
    'node -e 0': [],
    'Action, push (plain audit)': [],
    'Action, pull_request + comment': [],
  };
  try {
    for (let i = 0; i < runs; i++) {
      samples['node -e 0'].push(timeProcess(['-e', '0']));
      samples['Action, push (plain audit)'].push(
        timeProcess([index], { env: runnerEnv(root, dir), allowFailure: true }),
      );
      samples['Action, pull_request + comment'].push(
        await timeAsync(
          [index],
          runnerEnv(root, path.join(dir, 'pr'), {
            GITHUB_EVENT_NAME: 'pull_request',
            GITHUB_EVENT_PATH: event,
            GITHUB_REPOSITORY: 'o/r',
            GITHUB_API_URL: api,
            INPUT_TOKEN: 'ghs_bench',
            INPUT_COMMENT: 'always',
          }),
        ),
      );
    }
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const base = median(samples['node -e 0']);
  const rows = Object.entries(samples).map(([name, values]) => {
    const ms = median(values);
    return [name, ms.toFixed(1), (ms / base).toFixed(2)];
  });
  return `### Action start-up (median of ${runs} interleaved runs)\n\n${table(['process', 'median ms', '× node -e 0'], rows)}`;
}
