/** The Action's inputs (action.yml), read once and validated; defaults live in the schema and context. */
import * as core from '@actions/core';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { FAIL_ON_VALUES, LANG_VALUES } from '../context.js';
import { input, oneOf } from '../inputs/options.js';
import type { FailOn, Lang } from '../model/finding.js';

export type CommentMode = 'always' | 'on-failure' | 'never';

export interface ActionInputs {
  workspace: string;
  workingDirectory: string;
  manifest?: string;
  failOn?: FailOn;
  lang?: Lang;
  token?: string;
  comment: CommentMode;
  sarif?: string;
  baseRef?: string;
  headRef?: string;
  mode: 'check' | 'evaluate';
  /** evaluate: a responses file, relative to working-directory. */
  responses?: string;
  /** evaluate: an OpenAI-compatible endpoint, the model, and the variable holding the key. */
  endpoint?: string;
  model?: string;
  apiKeyEnv?: string;
}

function optional(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === '' ? undefined : value;
}

/** The deepest part of `dir` that exists, resolved through its links. */
function realExisting(dir: string): string {
  for (let current = dir; ; current = path.dirname(current)) {
    try {
      return realpathSync(current);
    } catch (error) {
      if (path.dirname(current) === current) throw error;
    }
  }
}

/**
 * A repository may commit a link that leads the working directory out of the workspace; then
 * the step stops before anything outside is read.
 */
function insideWorkspace(workspace: string, input: string): string {
  const dir = path.resolve(workspace, input);
  const realWorkspace = realExisting(workspace);
  const real = realExisting(dir);
  if (real !== realWorkspace && !real.startsWith(`${realWorkspace}${path.sep}`)) {
    throw new Error(`input 'working-directory' (${input}) resolves outside the workspace`);
  }
  return dir;
}

export function readInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const workingDirectory = insideWorkspace(workspace, optional('working-directory') ?? '.');
  const token = optional('token');
  if (token) core.setSecret(token);
  return {
    workspace,
    workingDirectory,
    manifest: optional('manifest'),
    failOn: oneOf<FailOn>(input('fail-on'), optional('fail-on'), FAIL_ON_VALUES),
    lang: oneOf<Lang>(input('lang'), optional('lang'), LANG_VALUES),
    token,
    comment:
      oneOf<CommentMode>(input('comment'), optional('comment'), [
        'always',
        'on-failure',
        'never',
      ]) ?? 'on-failure',
    sarif: optional('sarif'),
    baseRef: optional('base-ref'),
    headRef: optional('head-ref'),
    mode:
      oneOf<'check' | 'evaluate'>(input('mode'), optional('mode'), ['check', 'evaluate']) ??
      'check',
    responses: optional('responses'),
    endpoint: optional('endpoint'),
    model: optional('model'),
    apiKeyEnv: optional('api-key-env'),
  };
}
