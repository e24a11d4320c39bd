/**
 * The CLI as a user installs it: `npm pack`, then `npm install --prefix <dir> <tarball>` with no
 * registry. dist/ bundles everything, so the package has no runtime dependency and the install
 * adds the package alone; the installed CLI checks an example, and the command `init` prints
 * runs where `init` ran.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, PROJECT_ROOT, tempDir } from './helpers/repo.js';

const NPM_ENV = {
  ...process.env,
  NO_COLOR: '1',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  npm_config_loglevel: 'warn',
};

function sh(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = NPM_ENV) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let prefix: string;
let tarball: string;
let install: ReturnType<typeof sh>;

beforeAll(() => {
  const packDir = tempDir('gcg-pack-');
  const pack = sh('npm', ['pack', '--json', '--pack-destination', packDir], PROJECT_ROOT);
  expect(pack.status, pack.stderr).toBe(0);
  const [packed] = JSON.parse(pack.stdout) as { filename: string }[];
  tarball = path.join(packDir, path.basename(packed!.filename));
  prefix = tempDir('gcg-prefix-');
  install = sh('npm', ['install', '--prefix', prefix, '--offline', tarball], prefix);
}, 180_000);

describe('the packed CLI', () => {
  it('declares no runtime dependency and the Node.js versions its bundle runs on', () => {
    const manifest = JSON.parse(
      readFileSync(path.join(prefix, 'node_modules/genai-compliance-gate/package.json'), 'utf8'),
    );
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies']) {
      expect(manifest[field] ?? {}).toEqual({});
    }
    expect(manifest.engines.node).toBe('^20.19.0 || >=22.12.0');
  });

  it('installs into an empty prefix without the registry, adding at most 3 packages', () => {
    expect(install.status, install.stderr).toBe(0);
    const added = Number(/added (\d+) packages?/.exec(install.stdout)?.[1]);
    expect(added).toBeLessThanOrEqual(3);
    const installed = readdirSync(path.join(prefix, 'node_modules')).filter(
      (name) => !name.startsWith('.'),
    );
    expect(installed).toEqual(['genai-compliance-gate']);
  });

  it('runs `genai-compliance-gate check` on an example', () => {
    const bin = path.join(prefix, 'node_modules/.bin/genai-compliance-gate');
    const run = sh(bin, ['check', path.join(EXAMPLES, 'registration-app'), '--lang', 'en'], prefix);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('declared path: registration  required path: registration');
    expect(run.status).toBe(0);
  });

  it('has `init` print the command that runs it there, and that command runs', () => {
    const product = path.join(prefix, 'product');
    cpSync(path.join(EXAMPLES, 'registration-app'), product, { recursive: true });
    const bin = path.join(prefix, 'node_modules/.bin/genai-compliance-gate');
    const init = sh(bin, ['init', '.', '--lang', 'en', '-y'], product, {
      ...NPM_ENV,
      npm_command: '',
    });
    expect(init.status, init.stderr).toBe(0);
    const command = /then run\n {2}(.+)\n/.exec(init.stdout)?.[1];
    expect(command).toBe('npx genai-compliance-gate check .');
    const checklist = readFileSync(path.join(product, 'compliance/checklists/申报材料.md'), 'utf8');
    expect(checklist).toContain('`npx genai-compliance-gate check`');
    // --offline: the command must resolve to the installed package, never to the registry.
    const again = sh('sh', ['-c', `${command} --lang en`], product, {
      ...NPM_ENV,
      npm_config_offline: 'true',
    });
    expect(again.stdout).toContain('declared path: registration  required path: registration');
    expect(again.status).toBe(0);
  });
});
