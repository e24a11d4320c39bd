/**
 * The Action's evaluate mode: the same evaluation as `genai-compliance-gate evaluate`, from a
 * responses file or a live endpoint whose key comes from an environment variable the workflow
 * sets from a secret. The key, and any credential the endpoint URL carries, is masked in the
 * log before any request is made and redacted from every output.
 */
import { isLocalEndpoint } from '../inputs/endpoint.js';
import * as core from '@actions/core';
import path from 'node:path';
import type { Context } from '../context.js';
import { run } from '../engine.js';
import type { Report } from '../model/report.js';
import type { ActionInputs } from './inputs.js';

export async function evaluationReport(
  inputs: ActionInputs,
  context: Context,
  secrets: string[],
): Promise<Report> {
  const { endpointSecrets, LIVE_DEFAULTS } = await import('../evaluate/client.js');
  if ((inputs.responses === undefined) === (inputs.endpoint === undefined)) {
    throw new Error(
      "mode 'evaluate' needs either input 'responses' or inputs 'endpoint' and 'model'",
    );
  }
  if (inputs.responses !== undefined) {
    return run(context, {
      source: { kind: 'responses', file: path.resolve(context.root, inputs.responses) },
    });
  }
  if (inputs.model === undefined) throw new Error("input 'endpoint' needs input 'model'");
  const keyEnv = inputs.apiKeyEnv ?? LIVE_DEFAULTS.apiKeyEnv;
  const apiKey = process.env[keyEnv];
  // A loopback or private-network server (Ollama, vLLM on the runner) usually needs no key.
  if (!apiKey && !isLocalEndpoint(inputs.endpoint!)) {
    throw new Error(
      `environment variable ${keyEnv} (the API key) is not set; a public endpoint needs one`,
    );
  }
  for (const secret of endpointSecrets({ endpoint: inputs.endpoint!, apiKey })) {
    core.setSecret(secret);
    secrets.push(secret);
  }
  return run(context, {
    source: {
      kind: 'endpoint',
      concurrency: LIVE_DEFAULTS.concurrency,
      client: {
        endpoint: inputs.endpoint!,
        model: inputs.model,
        ...(apiKey ? { apiKey } : {}),
        timeoutMs: LIVE_DEFAULTS.timeoutSeconds * 1000,
        retries: LIVE_DEFAULTS.retries,
        backoffMs: LIVE_DEFAULTS.backoffMs,
      },
    },
  });
}
