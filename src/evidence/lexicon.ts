/**
 * The interception keyword lexicon (拦截关键词库): every keyword with its category and the
 * place it was read from. Stored column-wise (typed arrays for positions and categories) so a
 * million keywords cost little more than the keyword strings themselves. Reads and resolves
 * names; judging is for the rules under src/rules/lexicon/.
 */
import { LEXICON_COLUMNS } from '../data/evidence-columns.js';
import type { RiskGroupId } from '../data/risks.js';
import type { LexiconColumn, LexiconSpec } from '../model/manifest.js';
import { baseName, RecordReader, type EvidenceProblem, type EvidenceSource } from './records.js';
import { resolveGroup, resolveRisk } from './risk-names.js';

export const LEXICON_LIMITS = {
  /** Bytes per file (CSV, XLSX, ...). */
  fileBytes: 256 * 1024 * 1024,
  /** Keywords in all; reading stops there. */
  items: 5_000_000,
  /** Files read from a folder. */
  files: 2000,
  /** Load problems kept (the rest are counted). */
  problems: 1000,
  /** Rows with a category and no keyword kept (the rest are counted). */
  blankRows: 1000,
};

export interface LexiconCategory {
  /**
   * As written: `一级分类 / 二级分类`, a TXT file name that names a risk, or '' when neither
   * the row nor the file names one.
   */
  label: string;
  /** The file's own name when the file, not a row, would have named the category and does not. */
  fileName?: string;
  group?: RiskGroupId;
  /** Risk id (A1a..A5b) when the label could be resolved. */
  risk?: string;
  /** Where the category first appears, and how many keywords carry it. */
  source: number;
  line: number;
  count: number;
}

export interface Lexicon {
  /** The path the manifest names. */
  path: string;
  /** Files (and sheets) read, in order; items refer to them by index. */
  sources: EvidenceSource[];
  categories: LexiconCategory[];
  size: number;
  keywords: string[];
  /** Per keyword: index into `categories`. */
  category: Uint32Array;
  /** Per keyword: index into `sources`. */
  source: Uint32Array;
  /** Per keyword: 1-based line (text files) or row (sheets). */
  line: Uint32Array;
  problems: EvidenceProblem[];
  /** Problems beyond the kept ones. */
  moreProblems: number;
  /** Reading stopped at LEXICON_LIMITS.items. */
  truncated: boolean;
  /** Rows that name a category but no keyword (a template row left as it is), up to a cap. */
  blankRows: LexiconBlankRow[];
  /** Blank rows beyond the kept ones. */
  moreBlankRows: number;
  /** Files (or sheets) read but left out: lists of words not to block, or stop words. */
  excluded: LexiconExcludedList[];
}

/** A whitelist or stop-word list found beside the keywords: read, counted, never a keyword. */
export interface LexiconExcludedList {
  /** Index into `sources`. */
  source: number;
  kind: 'allow' | 'stop';
  /** Entries the list holds. */
  entries: number;
}

export interface LexiconBlankRow {
  /** Index into `sources`. */
  source: number;
  line: number;
  /** The category the row names, as written. */
  label: string;
}

export interface LexiconEntry {
  keyword: string;
  risk?: string;
  category: LexiconCategory;
  file: string;
  sheet?: string;
  line: number;
}

export function lexiconEntry(lexicon: Lexicon, index: number): LexiconEntry {
  const category = lexicon.categories[lexicon.category[index]!]!;
  const source = lexicon.sources[lexicon.source[index]!]!;
  return {
    keyword: lexicon.keywords[index]!,
    ...(category.risk !== undefined ? { risk: category.risk } : {}),
    category,
    file: source.file,
    ...(source.sheet !== undefined ? { sheet: source.sheet } : {}),
    line: lexicon.line[index]!,
  };
}

class GrowingUint32 {
  data = new Uint32Array(4096);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  trimmed(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

/** Reads the lexicon the manifest names. Never throws; problems come back in the result. */
export async function loadLexicon(root: string, spec: LexiconSpec): Promise<Lexicon> {
  const sources: EvidenceSource[] = [];
  const categories: LexiconCategory[] = [];
  const keywords: string[] = [];
  const categoryOf = new GrowingUint32();
  const sourceOf = new GrowingUint32();
  const lineOf = new GrowingUint32();
  const problems: EvidenceProblem[] = [];
  let moreProblems = 0;
  let truncated = false;
  const blankRows: LexiconBlankRow[] = [];
  let moreBlankRows = 0;
  let interned = new Map<string, number>();
  let fileCategory: { label: string; risk?: string; fileName?: string } | undefined;
  const excluded: LexiconExcludedList[] = [];
  let excludedList: LexiconExcludedList | undefined;
  let previous: { group: string; risk: string } = { group: '', risk: '' };
  const files = spec.files ?? {};

  let last = { group: '', risk: '', index: -1 };
  const categoryFor = (groupText: string, riskText: string, line: number): number => {
    // Rows usually come grouped by category: skip the lookup when it repeats.
    if (last.index !== -1 && last.group === groupText && last.risk === riskText) {
      categories[last.index]!.count++;
      return last.index;
    }
    const key = `${groupText}\u0001${riskText}`;
    let index = interned.get(key);
    if (index === undefined) {
      index = categories.length;
      let category: LexiconCategory;
      const columns = sources[sources.length - 1]?.header?.columns ?? [];
      const byFile = !columns.includes('group') && !columns.includes('risk');
      if (groupText === '' && riskText === '') {
        category = {
          label: byFile ? (fileCategory?.label ?? '') : '',
          ...(byFile && fileCategory?.risk ? { risk: fileCategory.risk } : {}),
          ...(byFile && fileCategory?.fileName ? { fileName: fileCategory.fileName } : {}),
          source: sources.length - 1,
          line,
          count: 0,
        };
      } else {
        const group = groupText === '' ? undefined : resolveGroup(groupText);
        const risk =
          riskText !== ''
            ? resolveRisk(riskText, group)
            : group
              ? undefined
              : resolveRisk(groupText);
        category = {
          label: [groupText, riskText].filter((part) => part !== '').join(' / '),
          ...(group ? { group } : {}),
          ...(risk ? { risk, group: risk.slice(0, 2) as RiskGroupId } : {}),
          source: sources.length - 1,
          line,
          count: 0,
        };
      }
      categories.push(category);
      interned.set(key, index);
    }
    categories[index]!.count++;
    last = { group: groupText, risk: riskText, index };
    return index;
  };

  const reader = new RecordReader<LexiconColumn>(
    root,
    {
      specs: LEXICON_COLUMNS,
      primary: 'keyword',
      lineKey: 'keyword',
      // `{ 违法违规: { 色情: [...] } }`: the outer key is the 一级 group, the inner one the risk.
      // `{ "words": [...] }`: a key that only holds the list names no category.
      keyFields: (keys) => {
        const named = keys.filter((key) => !isListKey(key));
        if (named.length === 0) return {};
        return named.length === 1
          ? { group: named[0]! }
          : { group: named[0]!, risk: named[named.length - 1]! };
      },
      format: spec.format ?? 'auto',
      ...(spec.sheet !== undefined ? { sheet: spec.sheet } : {}),
      ...(spec.header_row !== undefined ? { headerRow: spec.header_row } : {}),
      ...(spec.columns ? { mapping: spec.columns } : {}),
      fileLimit: LEXICON_LIMITS.fileBytes,
      folderLimit: LEXICON_LIMITS.files,
    },
    {
      source(source) {
        sources.push(source);
        interned = new Map();
        last = { group: '', risk: '', index: -1 };
        previous = { group: '', risk: '' };
        const name = source.file.slice(source.file.lastIndexOf('/') + 1);
        // Own keys only: a file named `constructor.txt` must not find Object.prototype's members.
        const own = (key: string) => (Object.hasOwn(files, key) ? files[key] : undefined);
        const mapped = own(name) ?? own(baseName(source.file));
        const kind = mapped === undefined ? excludedListKind(source) : undefined;
        excludedList = undefined;
        if (kind) {
          excludedList = { source: sources.length - 1, kind, entries: 0 };
          excluded.push(excludedList);
        }
        const label = mapped ?? baseName(source.file);
        const risk = resolveRisk(label);
        // A file's name is its category only when it names a risk (or the manifest maps it).
        fileCategory =
          mapped !== undefined || risk
            ? { label, ...(risk ? { risk } : {}) }
            : { label: '', fileName: label };
      },
      record(line, values) {
        if (excludedList) {
          if (values.keyword) excludedList.entries++;
          return true;
        }
        const keyword = values.keyword;
        if (keyword === undefined || keyword === '') {
          const label = [values.group, values.risk].filter((part) => part).join(' / ');
          if (label === '') return true;
          if (blankRows.length < LEXICON_LIMITS.blankRows) {
            blankRows.push({ source: sources.length - 1, line, label });
          } else moreBlankRows++;
          return true;
        }
        if (keywords.length >= LEXICON_LIMITS.items) {
          truncated = true;
          return false;
        }
        // Merged category cells leave the rows below them empty: carry the last value down.
        const table = sources[sources.length - 1]?.header !== undefined;
        const group = values.group || (table ? previous.group : '');
        const risk = values.risk || (table && !values.group ? previous.risk : '');
        previous = { group, risk };
        keywords.push(keyword);
        categoryOf.push(categoryFor(group, risk, line));
        sourceOf.push(sources.length - 1);
        lineOf.push(line);
        return true;
      },
      problem(problem) {
        if (problems.length < LEXICON_LIMITS.problems) problems.push(problem);
        else moreProblems++;
      },
    },
  );
  await reader.readPath(spec.path);
  if (keywords.length === 0 && problems.length === 0) {
    // Nothing read and nothing said: the floor that keeps an empty source from passing.
    problems.push({ code: 'no-items', file: sources[0]?.file ?? spec.path });
  }
  if (truncated) {
    problems.push({
      code: 'too-many-items',
      file: sources[sources.length - 1]?.file ?? spec.path,
      limit: LEXICON_LIMITS.items,
    });
  }
  return {
    path: spec.path,
    sources,
    categories,
    size: keywords.length,
    keywords,
    category: categoryOf.trimmed(),
    source: sourceOf.trimmed(),
    line: lineOf.trimmed(),
    problems,
    moreProblems,
    truncated,
    blankRows,
    moreBlankRows,
    excluded,
  };
}

/** Keys that hold the keyword list itself rather than naming a category. */
const LIST_KEYS = new Set([
  'words',
  'word',
  'keywords',
  'keyword',
  'data',
  'items',
  'list',
  'terms',
  'lexicon',
  '关键词',
  '敏感词',
  '词库',
  '词表',
  '词汇',
]);

function isListKey(key: string): boolean {
  return LIST_KEYS.has(key.trim().toLowerCase());
}

/** Whitelists (words not to block) and stop-word lists, recognised by the file or sheet name. */
const ALLOW_LIST_RE = /白名单|whitelist|white[-_ .]list|(?:^|[^a-z])allow/i;
const STOP_LIST_RE = /停用词|stop[-_ .]?words?/i;

function excludedListKind(source: EvidenceSource): 'allow' | 'stop' | undefined {
  const names = [baseName(source.file), source.sheet ?? ''];
  if (names.some((name) => STOP_LIST_RE.test(name))) return 'stop';
  if (names.some((name) => ALLOW_LIST_RE.test(name))) return 'allow';
  return undefined;
}
