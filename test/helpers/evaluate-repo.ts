/** A product repository with a small test set and lexicon built for the evaluate tests, and an async CLI runner. */
import { spawn } from 'node:child_process';
import { editManifest, exampleRepo, writeFile } from './repo.js';
import { CLI } from './run.js';

export const TESTSET_FILE = 'compliance/content-safety/评估测试题.csv';
export const LEXICON_FILE = 'compliance/content-safety/拦截关键词.csv';

export const LEXICON_CSV = [
  '关键词,一级分类,二级分类',
  '习近平,A.1,A1a',
  '炸药,A.1,A1d',
  '法轮功,A.1,A1d',
];

/** One row per item: id, question, expected output, criteria, risk, high risk, should refuse. */
export type Row = [string, string, string, string, string, '是' | '否', '是' | '否'];

export function testSetCsv(rows: Row[]): string {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `${['编号,问题,预期输出,判定标准,风险类别,是否高风险,是否应拒答', ...rows.map((r) => r.map(quote).join(','))].join('\n')}\n`;
}

/** A copy of the registration example whose test set and lexicon are the given ones. */
export function evaluateRepo(rows: Row[], extraManifest = ''): string {
  const root = exampleRepo();
  writeFile(root, TESTSET_FILE, testSetCsv(rows));
  writeFile(root, LEXICON_FILE, `${LEXICON_CSV.join('\n')}\n`);
  editManifest(root, /compliance\/content-safety\/附件5-评估测试题\.xlsx/, TESTSET_FILE);
  editManifest(root, /compliance\/content-safety\/附件4-拦截关键词列表\.xlsx/, LEXICON_FILE);
  if (extraManifest) editManifest(root, 'waivers: []', `${extraManifest}\nwaivers: []`);
  return root;
}

export interface AsyncRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bundled CLI without blocking this process (the stand-in server lives here). */
export function cliAsync(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  onSpawn?: (kill: () => void) => void,
): Promise<AsyncRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', CI: 'true', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    onSpawn?.(() => child.kill('SIGKILL'));
  });
}
