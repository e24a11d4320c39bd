/** The command `init` prints and writes into its checklists: the one that works where it ran. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gateCommand, shellWord } from '../src/cli/init-command.js';
import { cli, CLI } from './helpers/run.js';
import { PROJECT_ROOT, tempDir } from './helpers/repo.js';

describe('gateCommand', () => {
  const clone = '/home/dev/genai-compliance-gate/dist/cli.js';

  it('repeats npx --package for a release tarball run through npx', () => {
    const env = {
      npm_command: 'exec',
      npm_config_package: '/tmp/my dl/genai-compliance-gate-0.1.0.tgz',
    };
    expect(
      gateCommand({
        script: '/root/.npm/_npx/1/x/dist/cli.js',
        from: '/p',
        env,
        platform: 'linux',
      }),
    ).toBe("npx --package='/tmp/my dl/genai-compliance-gate-0.1.0.tgz' genai-compliance-gate");
  });

  it('says npx for npx by name and for a project that installed the package', () => {
    expect(
      gateCommand({ script: '/x/dist/cli.js', from: '/p', env: { npm_command: 'exec' } }),
    ).toBe('npx genai-compliance-gate');
    expect(
      gateCommand({
        script: '/p/node_modules/genai-compliance-gate/dist/cli.js',
        from: '/p',
        env: {},
      }),
    ).toBe('npx genai-compliance-gate');
  });

  it('says the bare name when the same script is on PATH (a global install)', () => {
    const script = '/usr/lib/node_modules/genai-compliance-gate/dist/cli.js';
    expect(gateCommand({ script, from: '/p', env: {}, onPath: script })).toBe(
      'genai-compliance-gate',
    );
    // Another copy on PATH is not this one.
    expect(gateCommand({ script, from: '/p', env: {}, onPath: '/opt/other/cli.js' })).toBe(
      'npx genai-compliance-gate',
    );
  });

  it('says node and the script from a clone, relative when below the directory', () => {
    expect(gateCommand({ script: clone, from: '/home/dev/genai-compliance-gate', env: {} })).toBe(
      'node dist/cli.js',
    );
    expect(gateCommand({ script: clone, from: '/home/dev/product', env: {} })).toBe(
      `node ${clone}`,
    );
  });

  it('quotes only what the shell would split', () => {
    expect(shellWord('dist/cli.js', 'linux')).toBe('dist/cli.js');
    expect(shellWord("/a b/it's.js", 'linux')).toBe(`'/a b/it'\\''s.js'`);
    expect(shellWord('C:\\a b\\cli.js', 'win32')).toBe('"C:\\a b\\cli.js"');
  });
});

describe('init from a clone (node dist/cli.js)', () => {
  it('prints a command that runs, and writes it into the checklist', () => {
    const dir = path.join(tempDir(), 'product');
    const init = cli(['init', dir, '--lang', 'en', '-y'], { env: { npm_command: '' } });
    expect(init.status).toBe(0);
    const command = /then run\n {2}(.+)\n/.exec(init.stdout)?.[1];
    expect(command).toBe(`node dist/cli.js check ${path.relative(PROJECT_ROOT, dir)}`);
    expect(init.stdout).not.toContain('npx');
    const checklist = readFileSync(path.join(dir, 'compliance/checklists/申报材料.md'), 'utf8');
    expect(checklist).toContain(`\`node ${CLI} check\``);
    const again = spawnSync('sh', ['-c', `${command} --lang en`], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    // A fresh manifest has materials to gather: the gate runs and reports them.
    expect(again.stdout).toContain('declared path: registration');
    expect(again.status).toBe(1);
  });
});
