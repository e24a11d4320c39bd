/**
 * The Action: inputs → the same engine as the CLI → annotations, report files, outputs, the PR
 * comment, the job summary and the verdict. `run()` is exported for `index.ts` (the bundle's
 * entry) and for `@github/local-action`, which imports this module and calls it.
 */
import * as core from '@actions/core';
import os from 'node:os';
import path from 'node:path';
import { createContext } from '../context.js';
import { run as judge } from '../engine.js';
import type { Report } from '../model/report.js';
import type { Severity } from '../model/finding.js';
import { pullRequestTarget } from '../github/pull-request.js';
import { ANNOTATION_CAP, omittedText, planAnnotations, repoPath } from '../report/annotations.js';
import { formatJson } from '../report/json.js';
import { actionOrigin } from './origin.js';
import { gitOrigin } from '../change/origin.js';
import { formatMarkdown, SUMMARY_LIMIT_BYTES } from '../report/markdown.js';
import { formatSarif } from '../report/sarif.js';
import { formatText } from '../report/text.js';
import { withCommandsStopped } from '../report/workflow-log.js';
import { scrubData, scrubSecrets } from '../text/secrets.js';
import { shieldText } from '../text/shield.js';
import { labels } from '../i18n/labels.js';
import { OutputRefusedError, privateDirectory, writeOutput } from '../files/write-output.js';
import { commentStep } from './comment-step.js';
import { evaluationReport } from './evaluate-mode.js';
import { eventChange } from './event.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { fileLinker, runUrl } from './links.js';

const secrets: string[] = [];

function runnerTemp(): string {
  return process.env.RUNNER_TEMP ?? os.tmpdir();
}

/** Every line the Action logs: no secret, no control character, no workflow command. */
function logLine(message: string): string {
  return shieldText(scrubSecrets(message, secrets));
}

function info(message: string): void {
  core.info(logLine(message));
}

/** A report file of this step's own: two gate steps in one job never share it. */
function reportPath(): string {
  const base = path.join(runnerTemp(), 'genai-compliance-gate');
  return path.join(privateDirectory(base, 'report-'), 'report.json');
}

/** Annotations left per severity after the findings took theirs. */
type Budget = Record<Severity, number>;

function annotate(report: Report, workspace: string): { budget: Budget; notes: string[] } {
  const plan = planAnnotations(report, workspace);
  const budget: Budget = { error: ANNOTATION_CAP, warning: ANNOTATION_CAP, note: ANNOTATION_CAP };
  for (const annotation of plan.annotations) {
    const emit =
      annotation.severity === 'error'
        ? core.error
        : annotation.severity === 'warning'
          ? core.warning
          : core.notice;
    emit(logLine(annotation.message), annotation.properties);
    budget[annotation.severity]--;
  }
  const omitted = omittedText(plan.omitted, report.lang);
  if (omitted) info(omitted);
  return { budget, notes: omitted ? [omitted] : [] };
}

/** SARIF goes only inside the workspace or the runner's temp directory, never through a link. */
function writeSarif(report: Report, inputs: ActionInputs, uriPrefix: string): void {
  if (!inputs.sarif) return;
  const file = path.resolve(inputs.workspace, inputs.sarif);
  writeOutput(file, formatSarif(report, { uriPrefix }), {
    roots: [inputs.workspace, runnerTemp()],
    createParents: true,
  });
  info(`SARIF: ${file}`);
}

/** A report file the gate could not write fails the step: it must not pass without it. */
function refuseOutput(error: unknown, budget: Budget, notes: string[]): void {
  if (!(error instanceof OutputRefusedError)) throw error;
  const problem = `genai-compliance-gate: ${error.message}`;
  if (budget.error > 0) {
    core.error(problem);
    budget.error--;
  } else {
    core.info(problem);
  }
  notes.push(problem);
  process.exitCode = 1;
}

async function gate(): Promise<void> {
  const inputs = readInputs();
  if (inputs.token) secrets.push(inputs.token);
  const context = createContext({
    dir: inputs.workingDirectory,
    manifest: inputs.manifest,
    workspace: inputs.workspace,
    ...eventChange(inputs),
    lang: inputs.lang,
    failOn: inputs.failOn,
    origin: actionOrigin(inputs, await gitOrigin(inputs.workingDirectory)),
  });
  const judged =
    inputs.mode === 'evaluate'
      ? await evaluationReport(inputs, context, secrets)
      : await judge(context);
  // Every output below (log, annotations, files, summary, comment) is made from this copy.
  const report = scrubData(judged, secrets);
  process.stdout.write(withCommandsStopped(logLine(formatText(report))));

  const { budget, notes } = annotate(report, inputs.workspace);
  const uriPrefix = repoPath('.', report.root, inputs.workspace) ?? '';

  const jsonPath = reportPath();
  writeOutput(jsonPath, formatJson(report), { roots: [runnerTemp()], exclusive: true });
  try {
    writeSarif(report, inputs, uriPrefix);
  } catch (error) {
    refuseOutput(error, budget, notes);
  }
  core.setOutput('result', report.passed ? 'passed' : 'failed');
  core.setOutput('declared-path', report.path.declared ?? '');
  core.setOutput('required-path', report.path.required ?? '');
  core.setOutput('errors', String(report.counts.error));
  core.setOutput('warnings', String(report.counts.warning));
  core.setOutput('report', jsonPath);

  const target = pullRequestTarget();
  const markdown = {
    fileLink: fileLinker((file) => repoPath(file, report.root, inputs.workspace), target),
    fullReportUrl: runUrl(),
  };
  const outcome = await commentStep({
    report,
    mode: inputs.comment,
    token: inputs.token,
    target,
    markerKey: `${path.relative(inputs.workspace, report.root).split(path.sep).join('/') || '.'}:${context.manifest}`,
    markdown,
    log: {
      info,
      warning: info,
    },
  });
  if (outcome.action === 'failed' && outcome.problem) {
    const problem = logLine(outcome.problem);
    if (budget.warning > 0) {
      core.warning(problem);
      budget.warning--;
    } else {
      core.info(problem);
    }
    notes.push(problem);
  } else if (outcome.action !== 'skipped') {
    info(`Pull-request comment ${outcome.action}${outcome.url ? `: ${outcome.url}` : ''}`);
  }

  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) {
    try {
      writeOutput(
        summaryFile,
        scrubSecrets(
          formatMarkdown(report, {
            ...markdown,
            notes,
            limit: { max: SUMMARY_LIMIT_BYTES, unit: 'bytes' },
          }),
          secrets,
        ),
        { append: true },
      );
    } catch (error) {
      info(`Job summary not written: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  if (!report.passed) {
    const l = labels(report.lang);
    const verdict = `genai-compliance-gate: ${l.failed} — ${l.summary(report.counts)}`;
    // A full error budget would make GitHub drop the verdict annotation silently.
    if (budget.error > 0) {
      core.setFailed(verdict);
    } else {
      info(verdict);
      process.exitCode = 1;
    }
  }
}

/** Runs the gate; whatever stops it fails the step with the reason instead of a stack trace. */
export async function run(): Promise<void> {
  try {
    await gate();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    core.setFailed(logLine(`genai-compliance-gate could not run: ${message}`));
  }
}
