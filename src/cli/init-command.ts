/**
 * The command that runs the gate again the way this process was started, for `init`'s "next
 * step" and its checklists: a bare `npx genai-compliance-gate` only works once the package is on
 * the registry or installed in the project.
 */
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { TOOL_NAME } from '../data/project.js';

export interface Invocation {
  /** The real path of the running CLI script. */
  script: string;
  /** Where the command will be run from. */
  from: string;
  env: NodeJS.ProcessEnv;
  /** The real path of `TOOL_NAME` on PATH outside any `node_modules/.bin`, if there is one. */
  onPath?: string;
  platform?: NodeJS.Platform;
}

/** A word for the shell, quoted only when it needs to be. */
export function shellWord(word: string, platform: NodeJS.Platform = process.platform): string {
  if (/^[\w./:@=+-]+$/.test(word)) return word;
  return platform === 'win32' ? `"${word}"` : `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * - started by `npx --package SPEC` (a release tarball, say): the same `npx --package SPEC`;
 * - started by npx otherwise, or from a project's `node_modules`: `npx genai-compliance-gate`;
 * - installed globally (the same script is on PATH): `genai-compliance-gate`;
 * - otherwise (a clone, a copy of dist/): `node <path of the script>`.
 */
export function gateCommand(how: Invocation): string {
  const platform = how.platform ?? process.platform;
  if (how.env.npm_command === 'exec') {
    const spec = how.env.npm_config_package?.trim();
    return spec && spec !== TOOL_NAME
      ? `npx --package=${shellWord(spec, platform)} ${TOOL_NAME}`
      : `npx ${TOOL_NAME}`;
  }
  if (how.onPath === how.script) return TOOL_NAME;
  if (how.script.split(/[\\/]/).includes('node_modules')) return `npx ${TOOL_NAME}`;
  const relative = path.relative(how.from, how.script);
  const shown =
    relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
      ? relative
      : how.script;
  return `node ${shellWord(shown, platform)}`;
}

function realOrUndefined(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

/** `TOOL_NAME` on PATH, skipping the `node_modules/.bin` folders npm scripts and npx add. */
function onPath(env: NodeJS.ProcessEnv): string | undefined {
  const names = process.platform === 'win32' ? [`${TOOL_NAME}.cmd`, TOOL_NAME] : [TOOL_NAME];
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (dir === '' || /[\\/]node_modules[\\/]\.bin[\\/]?$/.test(dir)) continue;
    for (const name of names) {
      const file = path.join(dir, name);
      if (!existsSync(file)) continue;
      // A Windows shim is not the script; its folder's package is.
      const real = name.endsWith('.cmd')
        ? realOrUndefined(path.join(dir, 'node_modules', TOOL_NAME, 'dist', 'cli.js'))
        : realOrUndefined(file);
      if (real) return real;
    }
  }
  return undefined;
}

/** The command for this process, to be run from `from`. */
export function currentGateCommand(from: string): string {
  const script = realOrUndefined(process.argv[1] ?? '') ?? path.resolve(process.argv[1] ?? '');
  return gateCommand({ script, from, env: process.env, onPath: onPath(process.env) });
}
