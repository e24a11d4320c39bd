/** Runs the gate in-process (engine) or as users do (the bundled CLI in a child process). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createContext } from '../../src/context.js';
import { run } from '../../src/engine.js';
import type { Finding } from '../../src/model/finding.js';
import { PROJECT_ROOT } from './repo.js';

export const CLI = path.join(PROJECT_ROOT, 'dist/cli.js');

export async function check(root: string, options: Parameters<typeof createContext>[0] = {}) {
  return run(createContext({ dir: root, ...options }));
}

export function byRule(findings: Finding[], ruleId: string): Finding[] {
  return findings.filter((f) => f.ruleId === ruleId);
}

export function ruleIds(findings: Finding[]): string[] {
  return [...new Set(findings.map((f) => f.ruleId))].sort();
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function cli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number; cliPath?: string } = {},
): CliResult {
  const result = spawnSync(process.execPath, [options.cliPath ?? CLI, ...args], {
    cwd: options.cwd ?? PROJECT_ROOT,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    timeout: options.timeout ?? 20_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function cliJson(args: string[], options: Parameters<typeof cli>[1] = {}) {
  const result = cli([...args, '--format', 'json'], options);
  return { ...result, report: JSON.parse(result.stdout) as Record<string, any> };
}
