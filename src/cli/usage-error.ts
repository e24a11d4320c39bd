/** How the command line reports a usage error: in the language `--lang` asks for, or in both. */
import { LANG_VALUES } from '../context.js';
import { TOOL_NAME } from '../data/project.js';
import type { UsageError } from '../inputs/options.js';
import type { Lang } from '../model/finding.js';

/** The language named by `--lang` on the command line, if any. */
export function requestedLang(argv: readonly string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : '';
    const lang = LANG_VALUES.find((known) => known === value);
    if (lang) return lang;
  }
  return undefined;
}

/** The error and where to read the usage; Chinese first when no language was asked for. */
export function usageErrorText(
  error: UsageError,
  argv: readonly string[],
  command?: string,
): string {
  const prefix = command ? `${TOOL_NAME} ${command}` : TOOL_NAME;
  const help = command ? `${TOOL_NAME} ${command} --help` : `${TOOL_NAME} --help`;
  const zh = `${prefix}：${error.zh}\n运行 ${help} 查看用法。\n`;
  const en = `${prefix}: ${error.message}\nRun '${help}' for usage.\n`;
  const lang = requestedLang(argv);
  if (lang === 'en' || (lang === undefined && error.zh === error.message)) return en;
  return lang === 'zh-CN' ? zh : `${zh}${en}`;
}
