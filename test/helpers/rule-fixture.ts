/**
 * A rule's own fixtures, in the manner of checkov's `example_<check>/` folders and conftest's
 * policy tests: `test/rules/<group>/<name>/<case>/` is a small repository (a manifest and the one
 * document the rule reads), named `pass-…` or `fail-…`, with an optional `case.yml`:
 *
 *   expect:                       # the findings of this rule (fail cases); none for pass cases
 *     - { file: compliance.yml, line: 3, severity: error, message: 登记 }
 *   responses: responses.jsonl    # judge these responses (evaluate rules)
 *   base: no-such-branch          # a change: compare from this ref instead of the base commit
 *
 * A case with `base/` and `head/` folders is a change: `base/` is committed, then `head/` is laid
 * over it (a `head/.deleted` file lists paths to remove) and committed, and the rule judges it.
 * `base:` in `case.yml` names the ref given as the base instead (e.g. one that does not exist, for
 * a change that cannot be compared); the head stays the committed `head/`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { createContext } from '../../src/context.js';
import { run } from '../../src/engine.js';
import type { Finding } from '../../src/model/finding.js';
import { PROJECT_ROOT, tempDir } from './repo.js';

export const FIXTURES = path.join(PROJECT_ROOT, 'test/rules');

export interface ExpectedFinding {
  file?: string;
  line?: number;
  severity?: string;
  /** A piece of the zh-CN message. */
  message?: string;
}

export interface RuleCase {
  ruleId: string;
  name: string;
  dir: string;
  passes: boolean;
  expect: ExpectedFinding[];
  responses?: string;
  /** The ref given as the base of a change instead of the committed `base/`. */
  baseRef?: string;
}

/** Every case of every rule that has fixtures. */
export function ruleCases(): RuleCase[] {
  if (!existsSync(FIXTURES)) return [];
  const cases: RuleCase[] = [];
  for (const group of readdirSync(FIXTURES).sort()) {
    for (const name of readdirSync(path.join(FIXTURES, group)).sort()) {
      const ruleDir = path.join(FIXTURES, group, name);
      for (const entry of readdirSync(ruleDir).sort()) {
        const dir = path.join(ruleDir, entry);
        const spec = existsSync(path.join(dir, 'case.yml'))
          ? ((yaml.load(readFileSync(path.join(dir, 'case.yml'), 'utf8')) ?? {}) as {
              expect?: ExpectedFinding[];
              responses?: string;
              base?: string;
            })
          : {};
        cases.push({
          ruleId: `${group}/${name}`,
          name: entry,
          dir,
          passes: entry.startsWith('pass'),
          expect: spec.expect ?? [],
          ...(spec.responses ? { responses: spec.responses } : {}),
          ...(spec.base ? { baseRef: String(spec.base) } : {}),
        });
      }
    }
  }
  return cases;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Fixture',
      GIT_AUTHOR_EMAIL: 'fixture@example.com',
      GIT_COMMITTER_NAME: 'Fixture',
      GIT_COMMITTER_EMAIL: 'fixture@example.com',
    },
  }).trim();
}

function commitAll(root: string, message: string): string {
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '--allow-empty', '-m', message);
  return git(root, 'rev-parse', 'HEAD');
}

/** Lays the case out in a temp dir; returns the root and, for a change, base and head. */
function layOut(ruleCase: RuleCase): { root: string; base?: string; head?: string } {
  const root = path.join(tempDir('gcg-rule-'), 'repo');
  const skip = (src: string) => path.basename(src) !== 'case.yml';
  if (!existsSync(path.join(ruleCase.dir, 'base'))) {
    cpSync(ruleCase.dir, root, { recursive: true, filter: skip });
    return { root };
  }
  cpSync(path.join(ruleCase.dir, 'base'), root, { recursive: true });
  git(root, 'init', '-q', '-b', 'main');
  const base = commitAll(root, 'base');
  const head = path.join(ruleCase.dir, 'head');
  const deleted = path.join(head, '.deleted');
  if (existsSync(deleted)) {
    for (const rel of readFileSync(deleted, 'utf8').split('\n').filter(Boolean)) {
      rmSync(path.join(root, rel), { recursive: true, force: true });
    }
  }
  cpSync(head, root, { recursive: true, filter: (src) => path.basename(src) !== '.deleted' });
  return { root, base: ruleCase.baseRef ?? base, head: commitAll(root, 'head') };
}

/** The findings of the case's rule, with only that rule run. */
export async function runRuleCase(ruleCase: RuleCase): Promise<Finding[]> {
  const { root, base, head } = layOut(ruleCase);
  const rules = new Set([ruleCase.ruleId]);
  const context = createContext({ dir: root, rules, ...(base && head ? { base, head } : {}) });
  const report = await run(
    context,
    ruleCase.responses
      ? { source: { kind: 'responses', file: path.join(root, ruleCase.responses) } }
      : undefined,
  );
  return report.findings.filter((f) => f.ruleId === ruleCase.ruleId);
}
