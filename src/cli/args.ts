/**
 * Reading a command's arguments: Node's parser, with its errors turned into usage errors in both
 * languages that name the nearest known option, and the checked directory confirmed to exist.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../inputs/options.js';
import { nearest } from '../text/edit-distance.js';

type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

function optionNames(options: OptionSpecs): string[] {
  const names = Object.entries(options).flatMap(([name, spec]) => [
    `--${name}`,
    ...(spec.short ? [`-${spec.short}`] : []),
  ]);
  return [...new Set([...names, '--help'])];
}

/** A parser error as a usage error (other errors unchanged); `options` names the known ones. */
export function usageErrorOf(error: unknown, options: OptionSpecs = {}): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']*)'/.exec(message)?.[1] ?? message;
    const near = nearest(option.replace(/=.*$/s, ''), optionNames(options));
    return new UsageError(
      `unknown option ${option}${near ? `; did you mean ${near}?` : ''}`,
      `未知选项 ${option}${near ? `，是否要用 ${near}？` : ''}`,
    );
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = /'(-[^' ]*)/.exec(message)?.[1] ?? message;
    const name = option.replace(/^-+/, '');
    const spec =
      options[name] ?? Object.values(options).find((candidate) => candidate.short === name);
    return spec?.type === 'boolean'
      ? new UsageError(`${option} takes no value`, `${option} 不带值`)
      : new UsageError(`${option} needs a value`, `${option} 需要一个值`);
  }
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
    return new UsageError(message.split('\n', 1)[0]!);
  }
  return error;
}

/** The options and positionals of one command; a mistyped option is a usage error. */
export function parseCommandArgs<const O extends OptionSpecs>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageErrorOf(error, options);
  }
}

/** The directory a command checks must exist: a clear usage error instead of a raw ENOENT. */
export function requireDirectory(dir: string | undefined): void {
  const shown = dir ?? '.';
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path.resolve(shown)).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new UsageError(`directory ${shown} does not exist`, `目录 ${shown} 不存在`);
    }
    throw new UsageError(
      `cannot read directory ${shown} (${code})`,
      `无法读取目录 ${shown}（${code}）`,
    );
  }
  if (!isDirectory) throw new UsageError(`${shown} is not a directory`, `${shown} 不是目录`);
}
