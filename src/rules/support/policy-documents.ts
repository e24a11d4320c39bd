/** Finding the policy documents in the evidence, and what to say when one cannot be checked. */
import { text, type Bilingual } from '../../model/finding.js';
import type { DocumentText } from '../../evidence/document.js';
import { fieldName } from '../../manifest/positions.js';
import { draftAt, startOf, type Place } from './document-place.js';
import {
  documentProblemText,
  incompleteText,
  isPathProblem,
  unverifiedNote,
} from './unreadable-document.js';
import type { Draft, RuleContext } from '../rule.js';

export const PRIVACY = '/policies/privacy/path';
export const AGREEMENT = '/policies/service_agreement/path';
export const SAFETY = '/content_safety/management_system';

/** The document named at `pointer`, when it was read and has text to check. */
export function usable(ctx: RuleContext, pointer: string): DocumentText | undefined {
  const result = ctx.evidence.documents?.get(pointer);
  return result?.ok && result.value.blocks.length > 0 ? result.value : undefined;
}

/**
 * The findings of the rule that owns a document when it cannot be checked: not declared, not
 * readable, or without text (then a note naming what could not be verified). Empty when the
 * document is fine to check.
 */
export function documentState(
  ctx: RuleContext,
  pointer: string,
  /** The manifest field that names the document; when absent, its nearest written ancestor. */
  field: string,
  name: Bilingual,
  checks: Bilingual,
): Draft[] {
  const result = ctx.evidence.documents?.get(pointer);
  if (result === undefined) {
    // Exempt drops the filing materials only; every public service keeps its policies.
    if (ctx.manifest.path === 'exempt' && !ctx.manifest.service.public_facing) return [];
    return [
      {
        ...ctx.at(field),
        message: text(
          `未声明${name['zh-CN']}（${fieldName(pointer)}）`,
          `No ${name.en} is declared (${fieldName(pointer)})`,
        ),
      },
    ];
  }
  if (!result.ok) {
    const message = documentProblemText(result.problem);
    // A path problem sits on the manifest value; a document unreadable as a whole, on its line 1.
    return isPathProblem(result.problem)
      ? [{ ...ctx.at(pointer), message }]
      : [{ file: result.problem.file, line: 1, message }];
  }
  const doc = result.value;
  if (doc.blocks.length === 0) {
    const note = unverifiedNote(doc, checks);
    if (note) return [note];
    return [
      {
        file: doc.file,
        message: text(
          `${doc.file} 没有可见文字，无法核验：${checks['zh-CN']}`,
          `${doc.file} has no visible text; cannot verify: ${checks.en}`,
        ),
      },
    ];
  }
  const partial = unverifiedNote(doc, checks);
  return partial ? [partial] : [];
}

/**
 * A finding about something the document does not say. When part of the text could not be read,
 * the missing part may be there: then it is a note, and says so.
 */
export function absent(doc: DocumentText, message: Bilingual, place: Place = startOf(doc)): Draft {
  const why = incompleteText(doc);
  if (!why) return draftAt(place, message);
  return draftAt(
    place,
    text(
      `${message['zh-CN']}（在可读文字中未找到；${why['zh-CN']}）`,
      `${message.en} (not found in the readable text; ${why.en})`,
    ),
    { severity: 'note' },
  );
}
