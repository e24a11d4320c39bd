/**
 * Lexicon and test-set load problems as findings: an absent file is the …/missing rule's, an
 * unreadable one the …/parse rule's.
 */
import { text } from '../../model/finding.js';
import type { EvidenceProblem } from '../../evidence/records.js';
import type { Draft } from '../rule.js';
import { evidenceProblemText } from './evidence-problem-text.js';

/** Read problems that mean the evidence is not there at all, rather than unreadable. */
const ABSENT = new Set(['missing', 'outside-root', 'invalid-path']);

/** Whether a load problem means "absent" (…/missing) rather than "unreadable" (…/parse). */
function isAbsence(problem: EvidenceProblem, sourceCount: number): boolean {
  if (problem.code === 'empty-folder') return true;
  return (
    problem.code === 'read' &&
    problem.read !== undefined &&
    ABSENT.has(problem.read.code) &&
    sourceCount <= 1
  );
}

/** What a lexicon or test set load reports about the files it could not read. */
interface LoadProblems {
  path: string;
  sources: readonly unknown[];
  problems: readonly EvidenceProblem[];
  moreProblems: number;
}

/** …/parse findings: each reading problem at its place, a whole-file problem on line 1. */
export function readingProblemDrafts(
  loaded: LoadProblems,
  what: { zh: string; en: string },
): Draft[] {
  const drafts: Draft[] = [];
  for (const problem of loaded.problems) {
    if (isAbsence(problem, loaded.sources.length)) continue;
    drafts.push({
      file: problem.file,
      line: problem.line ?? 1,
      ...(problem.column !== undefined ? { column: problem.column } : {}),
      message: evidenceProblemText(problem, what),
    });
  }
  if (loaded.moreProblems > 0) {
    drafts.push({
      file: loaded.problems[loaded.problems.length - 1]?.file ?? loaded.path,
      line: 1,
      message: text(
        `另有 ${loaded.moreProblems} 处读取问题未列出`,
        `${loaded.moreProblems} more reading problems not listed`,
      ),
    });
  }
  return drafts;
}

/** …/missing findings: the declared path is absent (or an empty folder), at the manifest value. */
export function absenceDrafts(
  loaded: LoadProblems,
  location: Pick<Draft, 'file' | 'line' | 'column'>,
  what: { zh: string; en: string },
): Draft[] {
  return loaded.problems
    .filter((problem) => isAbsence(problem, loaded.sources.length))
    .map((problem) => ({ ...location, message: evidenceProblemText(problem, what) }));
}
