#!/usr/bin/env node
/** The command line: `genai-compliance-gate check [DIR] ...`. Exit 0 passed, 1 failed, 2 could not run. */
import { parseArgs } from 'node:util';
import { createContext, FAIL_ON_VALUES, LANG_VALUES } from '../context.js';
import { flag, oneOf, seconds, UsageError } from '../inputs/options.js';
import { TOOL_NAME, TOOL_VERSION } from '../data/project.js';
import { run } from '../engine.js';
import type { FailOn, Lang } from '../model/finding.js';
import { FORMATS, formatReport, type Format } from '../report/index.js';
import { withCommandsStopped } from '../report/workflow-log.js';
import { writeOutput } from '../files/write-output.js';
import { scrubData, scrubSecrets } from '../text/secrets.js';
import { shieldReport, shieldText } from '../text/shield.js';
import { tuneForShortRun } from './tiering.js';
import { originOf } from './origin.js';

const USAGE = `Usage: ${TOOL_NAME} check [DIR] [options]
       ${TOOL_NAME} init [DIR] [options]       start: compliance.yml, templates, workflow (init --help)
       ${TOOL_NAME} explain [RULE-ID] [--lang zh-CN|en]   a rule's documentation; no id lists them
       ${TOOL_NAME} evaluate [DIR] --responses FILE | --endpoint URL --model NAME
                                        run the test set against the service (evaluate --help)
       ${TOOL_NAME} fleet REPORT.json... [--format markdown|html|json]
                                        one dashboard over many reports (fleet --help)

  --manifest PATH                    manifest, relative to DIR (default compliance.yml)
  --base REF --head REF              compare a change (git); enables drift rules
  --format text|json|sarif|markdown  report format (default text)
  --output FILE                      write the report to FILE (default stdout)
  --fail-on error|warning|note|never fail at or above this severity (default error)
  --lang zh-CN|en                    report language (default zh-CN)
  --time-budget SECONDS              time budget of the run (default gate.time_budget_seconds, 600)
  -h, --help                         show this help
  -v, --version                      show the version

Exit: 0 passed, 1 findings at or above --fail-on, 2 could not run.
`;

async function check(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      manifest: { type: 'string' },
      base: { type: 'string' },
      head: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string' },
      'fail-on': { type: 'string' },
      lang: { type: 'string' },
      'time-budget': { type: 'string' },
    },
  });
  if (positionals.length > 1)
    throw new UsageError(`expected one directory, got ${positionals.length}`);
  if ((values.base === undefined) !== (values.head === undefined)) {
    throw new UsageError('--base and --head go together');
  }
  const format = oneOf<Format>(flag('format'), values.format, FORMATS) ?? 'text';
  const context = createContext({
    dir: positionals[0],
    manifest: values.manifest,
    base: values.base,
    head: values.head,
    lang: oneOf<Lang>(flag('lang'), values.lang, LANG_VALUES),
    failOn: oneOf<FailOn>(flag('fail-on'), values['fail-on'], FAIL_ON_VALUES),
    timeBudgetSeconds: seconds(flag('time-budget'), values['time-budget']),
    ...(format === 'json' ? { origin: await originOf(positionals[0]) } : {}),
  });
  const report = scrubData(await run(context));
  const color =
    values.output === undefined && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const body = shieldReport(scrubSecrets(await formatReport(report, format, { color })), format, {
    color,
  });
  if (values.output !== undefined) writeOutput(values.output, body);
  // Inside a workflow, file names in the report must not become workflow commands.
  else
    process.stdout.write(process.env.GITHUB_ACTIONS === 'true' ? withCommandsStopped(body) : body);
  return report.passed ? 0 : 1;
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
  throw new UsageError(`unknown command ${command}`);
}

tuneForShortRun();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage =
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(shieldText(scrubSecrets(`${TOOL_NAME}: ${message}\n`)));
    if (usage) process.stderr.write(`Run '${TOOL_NAME} --help' for usage.\n`);
    if (process.env.GCG_DEBUG && error instanceof Error) {
      process.stderr.write(shieldText(scrubSecrets(`${error.stack}\n`)));
    }
    process.exitCode = 2;
  },
);
