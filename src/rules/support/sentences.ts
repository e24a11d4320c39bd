/** Sentences and clauses of a block's text, with offsets; and the sentences that phrases match. */
import type { Block, DocumentText } from '../../evidence/document.js';
import type { Phrases } from './phrases.js';

export interface Sentence {
  text: string;
  /** Offset in the block's text. */
  offset: number;
}

const SENTENCE_END = /[。！？!?；;]|\.(?=\s|$)/g;
const CLAUSE_END = /[。！？!?；;，,、]|\.(?=\s|$)/g;

function split(value: string, boundary: RegExp): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  boundary.lastIndex = 0;
  for (let m = boundary.exec(value); m !== null; m = boundary.exec(value)) {
    const end = m.index + m[0].length;
    if (value.slice(start, end).trim().length > 0)
      out.push({ text: value.slice(start, end), offset: start });
    start = end;
  }
  if (value.slice(start).trim().length > 0) out.push({ text: value.slice(start), offset: start });
  return out;
}

export function sentences(value: string): Sentence[] {
  return split(value, SENTENCE_END);
}

export function clauses(value: string): Sentence[] {
  return split(value, CLAUSE_END);
}

export interface SentenceHit {
  block: Block;
  /** Offset of the hit in the block's text. */
  offset: number;
  sentence: string;
}

/** Every sentence of the document that every list matches. */
export function sentencesWith(doc: DocumentText, lists: Phrases[]): SentenceHit[] {
  const hits: SentenceHit[] = [];
  for (const block of doc.blocks) {
    if (!lists.every((list) => list.test(block.text))) continue;
    for (const s of sentences(block.text)) {
      const first = lists[0]!.first(s.text);
      if (first && lists.every((list) => list.test(s.text))) {
        hits.push({ block, offset: s.offset + first.index, sentence: s.text });
      }
    }
  }
  return hits;
}

export function firstWith(doc: DocumentText, lists: Phrases[]): SentenceHit | undefined {
  return sentencesWith(doc, lists)[0];
}
