/** The Action entry: inputs → the same engine as the CLI → annotations, outputs, verdict. */
import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createContext } from '../context.js';
import { run } from '../engine.js';
import { toAnnotations } from '../report/annotations.js';
import { formatJson } from '../report/json.js';
import { formatText } from '../report/text.js';
import { labels } from '../i18n/labels.js';
import { readInputs } from './inputs.js';

function reportPath(): string {
  const dir = path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), 'genai-compliance-gate');
  mkdirSync(dir, { recursive: true });
  return path.join(dir, 'report.json');
}

async function main(): Promise<void> {
  const inputs = readInputs();
  const context = createContext({
    dir: inputs.workingDirectory,
    manifest: inputs.manifest,
    base: inputs.baseRef,
    head: inputs.headRef,
    lang: inputs.lang,
    failOn: inputs.failOn,
  });
  const report = await run(context);
  process.stdout.write(formatText(report));

  for (const annotation of toAnnotations(
    report.findings,
    report.lang,
    report.root,
    inputs.workspace,
  )) {
    const emit =
      annotation.severity === 'error'
        ? core.error
        : annotation.severity === 'warning'
          ? core.warning
          : core.notice;
    emit(annotation.message, annotation.properties);
  }

  const jsonPath = reportPath();
  writeFileSync(jsonPath, formatJson(report));
  core.setOutput('result', report.passed ? 'passed' : 'failed');
  core.setOutput('declared-path', report.path.declared ?? '');
  core.setOutput('required-path', report.path.required ?? '');
  core.setOutput('errors', String(report.counts.error));
  core.setOutput('warnings', String(report.counts.warning));
  core.setOutput('report', jsonPath);

  if (!report.passed) {
    const l = labels(report.lang);
    core.setFailed(`genai-compliance-gate: ${l.failed} — ${l.summary(report.counts)}`);
  }
}

main().catch((error: unknown) => {
  core.setFailed(
    `genai-compliance-gate could not run: ${error instanceof Error ? error.message : String(error)}`,
  );
});
