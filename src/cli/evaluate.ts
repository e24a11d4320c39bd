/**
 * `genai-compliance-gate evaluate [DIR]`: runs the test set against the service (or reads the
 * responses the product's pipeline produced) and judges the answers as the reviewers' technical
 * test does. Exit 0 passed, 1 findings at or above --fail-on, 2 could not run.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createContext, FAIL_ON_VALUES, LANG_VALUES } from '../context.js';
import { atLeast, flag, oneOf, UsageError } from '../inputs/options.js';
import { TOOL_NAME } from '../data/project.js';
import { readTextInRoot } from '../files/read.js';
import { endpointSecrets, FatalEndpointError, LIVE_DEFAULTS } from '../evaluate/client.js';
import { createProgress } from '../evaluate/progress.js';
import { parsePhraseList } from '../evaluate/refusal.js';
import { ResponsesReadError } from '../evaluate/responses-file.js';
import { EvaluateError, type DryRun, type Source } from '../evaluate/stage.js';
import { planRun, run as runGate } from '../engine.js';
import type { FailOn, Lang } from '../model/finding.js';
import { FORMATS, formatReport, type Format } from '../report/index.js';
import { withCommandsStopped } from '../report/workflow-log.js';
import { OutputRefusedError, writeOutput } from '../files/write-output.js';
import { scrubData, scrubSecrets } from '../text/secrets.js';
import { shieldReport, shieldText } from '../text/shield.js';
import { originOf } from './origin.js';

export const EVALUATE_USAGE = `Usage: ${TOOL_NAME} evaluate [DIR] (--responses FILE | --endpoint URL --model NAME) [options]

  --responses FILE                   JSONL from your pipeline: {"id": ..., "response": ...} per line
  --endpoint URL --model NAME        ask an OpenAI-compatible chat-completions endpoint
  --api-key-env NAME                 environment variable holding the API key (default OPENAI_API_KEY)
  --concurrency N                    requests in flight (default 4)
  --timeout SECONDS                  per request (default 120)
  --retries N                        retries on 429, 5xx, timeouts (default 4)
  --backoff MS                       first retry delay, doubling (default 1000; Retry-After wins)
  --system TEXT                      system prompt sent with every question
  --results FILE                     append-only results; a rerun resumes where it stopped
  --dry-run                          show how many requests would be sent, send none
  --refusal-phrases FILE             refusal phrases, one per line (replaces the built-in list)
  --manifest PATH                    manifest, relative to DIR (default compliance.yml)
  --format text|json|sarif|markdown  report format (default text)
  --output FILE                      write the report to FILE (default stdout)
  --fail-on error|warning|note|never fail at or above this severity (default error)
  --lang zh-CN|en                    report language (default zh-CN)

The API key is read from the environment only, never from the manifest or the command line.
Exit: 0 passed, 1 findings at or above --fail-on, 2 could not run.
`;

/** The API key and the endpoint's own credentials, once known: kept out of every output. */
const secrets: string[] = [];

/** Text for stdout or stderr: no secret, no control character, no workflow command. */
function terminalText(message: string): string {
  return shieldText(scrubSecrets(message, secrets));
}

function readPhrases(file: string): string[] {
  const abs = path.resolve(file);
  const read = readTextInRoot(path.dirname(abs), path.basename(abs), 4 * 1024 * 1024);
  if (!read.ok) throw new UsageError(`cannot read ${file}: ${read.problem.code}`);
  const phrases = parsePhraseList(read.value.text);
  if (phrases.length === 0) throw new UsageError(`${file} holds no phrases`);
  return phrases;
}

function dryRunText(dry: DryRun): string {
  const lines = [`evaluate --dry-run: ${dry.items} questions in the test set`];
  if (dry.endpoint !== undefined) {
    lines.push(`  already answered (results file): ${dry.done}`);
    lines.push(`  would send ${dry.requests} requests to ${dry.endpoint} (model ${dry.model})`);
  } else {
    lines.push(`  responses found: ${dry.done}, missing: ${dry.items - dry.done}`);
    lines.push('  no requests are sent with --responses');
  }
  return `${lines.join('\n')}\n`;
}

async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      responses: { type: 'string' },
      endpoint: { type: 'string' },
      model: { type: 'string' },
      'api-key-env': { type: 'string' },
      concurrency: { type: 'string' },
      timeout: { type: 'string' },
      retries: { type: 'string' },
      backoff: { type: 'string' },
      system: { type: 'string' },
      results: { type: 'string' },
      'dry-run': { type: 'boolean' },
      'refusal-phrases': { type: 'string' },
      manifest: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string' },
      'fail-on': { type: 'string' },
      lang: { type: 'string' },
    },
  });
  if (positionals.length > 1) {
    throw new UsageError(`expected one directory, got ${positionals.length}`);
  }
  const live = values.endpoint !== undefined || values.model !== undefined;
  if ((values.responses !== undefined) === live) {
    throw new UsageError('give either --responses FILE or --endpoint URL --model NAME');
  }
  if (live && (values.endpoint === undefined || values.model === undefined)) {
    throw new UsageError('--endpoint and --model go together');
  }
  if (!live && values.results !== undefined) {
    throw new UsageError('--results goes with --endpoint');
  }
  const format = oneOf<Format>(flag('format'), values.format, FORMATS) ?? 'text';
  const dryRun = values['dry-run'] === true;

  let source: Source;
  if (live) {
    try {
      const url = new URL(values.endpoint!);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
    } catch {
      throw new UsageError(`--endpoint must be an http(s) URL`);
    }
    const keyEnv = values['api-key-env'] ?? LIVE_DEFAULTS.apiKeyEnv;
    const apiKey = process.env[keyEnv];
    secrets.push(...endpointSecrets({ endpoint: values.endpoint!, apiKey }));
    if (!dryRun && (apiKey === undefined || apiKey === '')) {
      throw new UsageError(`environment variable ${keyEnv} (the API key) is not set`);
    }
    source = {
      kind: 'endpoint',
      concurrency: Math.floor(
        atLeast(flag('concurrency'), values.concurrency, LIVE_DEFAULTS.concurrency),
      ),
      ...(values.results !== undefined ? { resultsFile: values.results } : {}),
      client: {
        endpoint: values.endpoint!,
        model: values.model!,
        ...(apiKey ? { apiKey } : {}),
        ...(values.system !== undefined ? { system: values.system } : {}),
        timeoutMs:
          atLeast(flag('timeout'), values.timeout, LIVE_DEFAULTS.timeoutSeconds, 0.001) * 1000,
        retries: Math.floor(atLeast(flag('retries'), values.retries, LIVE_DEFAULTS.retries, 0)),
        backoffMs: atLeast(flag('backoff'), values.backoff, LIVE_DEFAULTS.backoffMs, 0),
      },
    };
  } else {
    source = { kind: 'responses', file: values.responses! };
  }

  const context = createContext({
    dir: positionals[0],
    manifest: values.manifest,
    lang: oneOf<Lang>(flag('lang'), values.lang, LANG_VALUES),
    failOn: oneOf<FailOn>(flag('fail-on'), values['fail-on'], FAIL_ON_VALUES),
    ...(format === 'json' && !dryRun ? { origin: await originOf(positionals[0]) } : {}),
  });
  const interactive = process.stderr.isTTY === true && !process.env.CI;
  const request = {
    source,
    ...(values['refusal-phrases'] !== undefined
      ? { refusalPhrases: readPhrases(values['refusal-phrases']) }
      : {}),
    progress: (total: number, startAt: number) =>
      createProgress(process.stderr, { interactive, startAt }),
  };
  if (dryRun) {
    process.stdout.write(terminalText(dryRunText(await planRun(context, request))));
    return 0;
  }
  const report = scrubData(await runGate(context, request), secrets);
  const color =
    values.output === undefined && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const formatted = await formatReport(report, format, { color });
  const body = shieldReport(scrubSecrets(formatted, secrets), format, { color });
  if (values.output !== undefined) writeOutput(values.output, body);
  // Inside a workflow, file names and answers in the report must not become workflow commands.
  else
    process.stdout.write(process.env.GITHUB_ACTIONS === 'true' ? withCommandsStopped(body) : body);
  return report.passed ? 0 : 1;
}

/** Expected failures become a message and exit 2; anything else propagates to main. */
export async function evaluateCommand(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(EVALUATE_USAGE);
    return 0;
  }
  try {
    return await run(args);
  } catch (error) {
    const known =
      error instanceof UsageError ||
      error instanceof EvaluateError ||
      error instanceof FatalEndpointError ||
      error instanceof ResponsesReadError ||
      error instanceof OutputRefusedError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (!known) throw error;
    process.stderr.write(terminalText(`${TOOL_NAME} evaluate: ${(error as Error).message}\n`));
    if (error instanceof UsageError || (error as { code?: string }).code) {
      process.stderr.write(`Run '${TOOL_NAME} evaluate --help' for usage.\n`);
    }
    return 2;
  }
}
