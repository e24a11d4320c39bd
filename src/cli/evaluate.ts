/**
 * `genai-compliance-gate evaluate [DIR]`: runs the test set against the service (or reads the
 * responses the product's pipeline produced) and judges the answers as the reviewers' technical
 * test does. Exit 0 passed, 1 findings at or above --fail-on, 2 could not run.
 */
import path from 'node:path';
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
import { OutputRefusedError, writeOutput } from '../files/write-output.js';
import { scrubData, scrubSecrets } from '../text/secrets.js';
import { shieldReport, shieldText } from '../text/shield.js';
import { isLocalEndpoint } from '../inputs/endpoint.js';
import { parseCommandArgs, requireDirectory } from './args.js';
import { useColor } from './color.js';
import { writeReport } from './output.js';
import { usageErrorText } from './usage-error.js';
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
  --workspace DIR                    folder holding DIR and the policy packs it extends (default DIR)
  --format text|json|sarif|markdown  report format (default text)
  --output FILE                      write the report to FILE (default stdout)
  --fail-on error|warning|note|never fail at or above this severity (default error)
  --lang zh-CN|en                    report language (default zh-CN)

The API key is read from the environment only, never from the manifest or the command line;
a loopback or private-network endpoint (a local Ollama or vLLM) may go without one.
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
  const { values, positionals } = parseCommandArgs(args, {
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
    workspace: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string' },
    'fail-on': { type: 'string' },
    lang: { type: 'string' },
  });
  if (positionals.length > 1) {
    throw new UsageError(
      `expected one directory, got ${positionals.length}`,
      `只能指定一个目录，收到 ${positionals.length} 个`,
    );
  }
  const live = values.endpoint !== undefined || values.model !== undefined;
  if ((values.responses !== undefined) === live) {
    throw new UsageError(
      'give either --responses FILE or --endpoint URL --model NAME',
      '请给出 --responses FILE，或 --endpoint URL --model NAME（二选一）',
    );
  }
  if (live && (values.endpoint === undefined || values.model === undefined)) {
    throw new UsageError('--endpoint and --model go together', '--endpoint 与 --model 须同时给出');
  }
  if (!live && values.results !== undefined) {
    throw new UsageError('--results goes with --endpoint', '--results 须与 --endpoint 一起使用');
  }
  requireDirectory(positionals[0]);
  const format = oneOf<Format>(flag('format'), values.format, FORMATS) ?? 'text';
  const dryRun = values['dry-run'] === true;

  let source: Source;
  if (live) {
    try {
      const url = new URL(values.endpoint!);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
    } catch {
      throw new UsageError('--endpoint must be an http(s) URL', '--endpoint 须为 http(s) 地址');
    }
    const keyEnv = values['api-key-env'] ?? LIVE_DEFAULTS.apiKeyEnv;
    const apiKey = process.env[keyEnv];
    secrets.push(...endpointSecrets({ endpoint: values.endpoint!, apiKey }));
    // A server on this machine or a private network (Ollama, vLLM) usually needs no key.
    if (!dryRun && !apiKey && !isLocalEndpoint(values.endpoint!)) {
      throw new UsageError(
        `environment variable ${keyEnv} (the API key) is not set; a public endpoint needs one (name another variable with --api-key-env; only a loopback or private-network endpoint may go without)`,
        `环境变量 ${keyEnv}（API 密钥）未设置；公网接口须提供密钥（可用 --api-key-env 指定其他变量；只有本机或内网接口可以不设）`,
      );
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
    workspace: values.workspace,
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
  const color = values.output === undefined && useColor(process.stdout);
  const formatted = await formatReport(report, format, { color });
  const body = shieldReport(scrubSecrets(formatted, secrets), format, { color });
  if (values.output !== undefined) writeOutput(values.output, body);
  else await writeReport(body);
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
      error instanceof OutputRefusedError;
    if (!known) throw error;
    process.stderr.write(
      terminalText(
        error instanceof UsageError
          ? usageErrorText(error, args, 'evaluate')
          : `${TOOL_NAME} evaluate: ${(error as Error).message}\n`,
      ),
    );
    return 2;
  }
}
