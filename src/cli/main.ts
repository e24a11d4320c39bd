#!/usr/bin/env node
/** The command line: `genai-compliance-gate check [DIR] ...`. Exit 0 passed, 1 failed, 2 could not run. */
import { createContext, FAIL_ON_VALUES, LANG_VALUES } from '../context.js';
import { flag, oneOf, seconds, UsageError } from '../inputs/options.js';
import { TOOL_NAME, TOOL_VERSION } from '../data/project.js';
import { run } from '../engine.js';
import type { FailOn, Lang } from '../model/finding.js';
import { FORMATS, formatReport, type Format } from '../report/index.js';
import { writeOutput } from '../files/write-output.js';
import { nearest } from '../text/edit-distance.js';
import { scrubData, scrubSecrets } from '../text/secrets.js';
import { shieldReport, shieldText } from '../text/shield.js';
import { parseCommandArgs, requireDirectory, usageErrorOf } from './args.js';
import { useColor } from './color.js';
import { exitCode, watchStdout, writeReport } from './output.js';
import { tuneForShortRun } from './tiering.js';
import { selectRules } from './select-rules.js';
import { usageErrorText } from './usage-error.js';

const COMMANDS = ['check', 'init', 'explain', 'evaluate', 'fleet'];
import { originOf } from './origin.js';

const USAGE = `Usage: ${TOOL_NAME} check [DIR] [options]
       ${TOOL_NAME} init [DIR] [options]       start: compliance.yml, templates, workflow (init --help)
       ${TOOL_NAME} explain [RULE-ID] [--lang zh-CN|en]   a rule's documentation; no id lists them
       ${TOOL_NAME} evaluate [DIR] --responses FILE | --endpoint URL --model NAME
                                        run the test set against the service (evaluate --help)
       ${TOOL_NAME} fleet REPORT.json... [--format markdown|html|json]
                                        one dashboard over many reports (fleet --help)

  --manifest PATH                    manifest, relative to DIR (default compliance.yml)
  --workspace DIR                    folder holding DIR and the policy packs it extends (default DIR)
  --base REF --head REF              compare a change (git); enables drift rules
  --format text|json|sarif|markdown  report format (default text)
  --output FILE                      write the report to FILE (default stdout)
  --fail-on error|warning|note|never fail at or above this severity (default error)
  --lang zh-CN|en                    report language (default zh-CN)
  --time-budget SECONDS              time budget of the run (default gate.time_budget_seconds, 600)
  --rule ID|GROUP                    run only this rule, or every rule of this group (repeatable)
  -h, --help                         show this help
  -v, --version                      show the version

Exit: 0 passed, 1 findings at or above --fail-on, 2 could not run.
`;

async function check(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    manifest: { type: 'string' },
    workspace: { type: 'string' },
    base: { type: 'string' },
    head: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string' },
    'fail-on': { type: 'string' },
    lang: { type: 'string' },
    'time-budget': { type: 'string' },
    rule: { type: 'string', multiple: true },
  });
  if (positionals.length > 1) {
    throw new UsageError(
      `expected one directory, got ${positionals.length}`,
      `只能指定一个目录，收到 ${positionals.length} 个`,
    );
  }
  if ((values.base === undefined) !== (values.head === undefined)) {
    throw new UsageError('--base and --head go together', '--base 与 --head 须同时给出');
  }
  const format = oneOf<Format>(flag('format'), values.format, FORMATS) ?? 'text';
  const context = createContext({
    dir: positionals[0],
    manifest: values.manifest,
    workspace: values.workspace,
    base: values.base,
    head: values.head,
    lang: oneOf<Lang>(flag('lang'), values.lang, LANG_VALUES),
    failOn: oneOf<FailOn>(flag('fail-on'), values['fail-on'], FAIL_ON_VALUES),
    timeBudgetSeconds: seconds(flag('time-budget'), values['time-budget']),
    ...(values.rule ? { rules: selectRules(values.rule) } : {}),
    ...(format === 'json' ? { origin: await originOf(positionals[0]) } : {}),
  });
  requireDirectory(positionals[0]);
  const report = scrubData(await run(context));
  const color = values.output === undefined && useColor(process.stdout);
  const body = shieldReport(scrubSecrets(await formatReport(report, format, { color })), format, {
    color,
  });
  if (values.output !== undefined) writeOutput(values.output, body);
  else await writeReport(body);
  return report.passed ? 0 : 1;
}

function unknownCommand(command: string): UsageError {
  const near = nearest(command, command.startsWith('-') ? ['--help', '--version'] : COMMANDS);
  return command.startsWith('-')
    ? new UsageError(
        `unknown option ${command}${near ? `; did you mean ${near}?` : ''} (options follow a command, e.g. check)`,
        `未知选项 ${command}${near ? `，是否要用 ${near}？` : ''}（选项写在命令之后，例如 check）`,
      )
    : new UsageError(
        `unknown command ${command}${near ? `; did you mean ${near}?` : ''}`,
        `未知命令 ${command}${near ? `，是否要用 ${near}？` : ''}`,
      );
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '-v' || command === '--version') {
    process.stdout.write(`${TOOL_VERSION}\n`);
    return 0;
  }
  if (command === 'init') return (await import('./init.js')).init(rest);
  if (command === 'explain') return (await import('./explain.js')).explain(rest);
  if (command === 'evaluate') return (await import('./evaluate.js')).evaluateCommand(rest);
  if (command === 'fleet') return (await import('./fleet.js')).fleet(rest);
  if (
    command === undefined ||
    command === '-h' ||
    command === '--help' ||
    rest.includes('--help') ||
    rest.includes('-h')
  ) {
    process.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === 'check') return check(rest);
  throw unknownCommand(command);
}

tuneForShortRun();
watchStdout();
const argv = process.argv.slice(2);
main(argv).then(
  (code) => {
    process.exitCode = exitCode(code);
  },
  (error: unknown) => {
    // Commands that parse their own arguments leave Node's parser errors to this handler.
    error = usageErrorOf(error);
    const message = error instanceof Error ? error.message : String(error);
    const text =
      error instanceof UsageError
        ? usageErrorText(error, argv, COMMANDS.includes(argv[0]!) ? argv[0] : undefined)
        : `${TOOL_NAME}: ${message}\n`;
    process.stderr.write(shieldText(scrubSecrets(text)));
    if (process.env.GCG_DEBUG && error instanceof Error) {
      process.stderr.write(shieldText(scrubSecrets(`${error.stack}\n`)));
    }
    process.exitCode = 2;
  },
);
