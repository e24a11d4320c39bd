/** Reads everything the manifest points at. Loaders read and never judge. */
import type { Manifest } from '../model/manifest.js';
import { checkNamedPaths, type FileCheck } from './files.js';
import { gatherDocuments } from './documents.js';
import type { DocumentResult } from './document.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import { loadTestSet, type TestSet } from './testset.js';
import type { Deadline } from '../deadline.js';

export interface Evidence {
  /** Stat of every path the manifest names, by the JSON pointer of its value. */
  files: Map<string, FileCheck>;
  /** Text of the policies, materials and display pages, by the JSON pointer that names them. */
  documents: Map<string, DocumentResult>;
  /** The keyword lexicon, when the manifest names one (items with positions, load problems). */
  lexicon?: Lexicon;
  /** The evaluation test set, when the manifest names one. */
  testset?: TestSet;
}

/** What to read besides the stat of every named path; everything when not said. */
export interface EvidenceWanted {
  has(kind: 'documents' | 'lexicon' | 'testset'): boolean;
}

const EVERYTHING: EvidenceWanted = { has: () => true };

export async function gatherEvidence(
  root: string,
  manifest: Manifest,
  wanted: EvidenceWanted = EVERYTHING,
  deadline?: Deadline,
): Promise<Evidence> {
  const lexiconSpec = wanted.has('lexicon') ? manifest.content_safety?.lexicon : undefined;
  const testSetSpec = wanted.has('testset') ? manifest.content_safety?.test_set : undefined;
  return {
    files: checkNamedPaths(root, manifest),
    documents: wanted.has('documents')
      ? await gatherDocuments(root, manifest, deadline)
      : new Map(),
    ...(lexiconSpec ? { lexicon: await loadLexicon(root, lexiconSpec) } : {}),
    ...(testSetSpec ? { testset: await loadTestSet(root, testSetSpec) } : {}),
  };
}
