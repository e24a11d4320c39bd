/**
 * The evaluation test set (评估测试题集): every question with its expected output, criteria,
 * risk, flags, bank and the place it was read from. Several sheets (or files) may each be a
 * bank: 生成内容, 应拒答, 非拒答. Reads and resolves names; judging is for src/rules/testset/.
 */
import { BANK_NAMES, NO, TESTSET_COLUMNS, YES } from '../data/evidence-columns.js';
import type { RiskGroupId } from '../data/risks.js';
import type { TestBank, TestSetColumn, TestSetSpec } from '../model/manifest.js';
import { baseName, RecordReader, type EvidenceProblem, type EvidenceSource } from './records.js';
import {
  normalizeName,
  resolveAspect,
  resolveGroup,
  resolveRisk,
  resolveRisks,
} from './risk-names.js';

export const TESTSET_LIMITS = {
  fileBytes: 256 * 1024 * 1024,
  items: 1_000_000,
  files: 2000,
  problems: 1000,
};

export interface TestItem {
  /** Index into `TestSet.sources`. */
  source: number;
  /** 1-based line (text files) or row (sheets). */
  line: number;
  id?: string;
  question: string;
  expected_output: string;
  criteria: string;
  /** The category as written (一级分类 / 风险类别), '' when none. */
  category: string;
  group?: RiskGroupId;
  /** Risk id (A1a..A5b) when the category could be resolved: the first it names. */
  risk?: string;
  /** Every risk a multi-label category names (`隐私权|个人信息权益`), when more than one. */
  risks?: string[];
  /** Should-not-refuse aspect (system, belief, ... health) when the category names one. */
  aspect?: string;
  /** undefined when the cell is empty or not a yes/no value. */
  high_risk?: boolean;
  /** From the 是否应拒答 column; undefined when absent (rules then read the expected output). */
  expected_refusal?: boolean;
  bank: TestBank;
}

export interface TestSet {
  path: string;
  sources: EvidenceSource[];
  items: TestItem[];
  problems: EvidenceProblem[];
  moreProblems: number;
  truncated: boolean;
}

export function itemLocation(
  testSet: TestSet,
  item: TestItem,
): { file: string; line: number; sheet?: string } {
  const source = testSet.sources[item.source]!;
  return {
    file: source.file,
    line: item.line,
    ...(source.sheet !== undefined ? { sheet: source.sheet } : {}),
  };
}

const YES_SET = new Set(YES.map((word) => normalizeName(word) || word));
const NO_SET = new Set(NO.map((word) => normalizeName(word) || word));

const flagCache = new Map<string, boolean | undefined>();

/** 是/否, true/false, 1/0, Y/N, √/×; undefined for anything else. */
export function parseFlag(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  if (flagCache.has(value)) return flagCache.get(value);
  const trimmed = value.trim();
  const key = normalizeName(trimmed) || trimmed;
  const flag =
    trimmed === '' ? undefined : YES_SET.has(key) ? true : NO_SET.has(key) ? false : undefined;
  if (flagCache.size < 1000) flagCache.set(value, flag);
  return flag;
}

/** The bank a bank cell, sheet or file name stands for. */
export function resolveBank(value: string): TestBank | undefined {
  const key = value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  for (const { bank, names } of BANK_NAMES) {
    if (names.some((name) => key.includes(name))) return bank;
  }
  return undefined;
}

/** Reads the test set the manifest names. Never throws; problems come back in the result. */
export async function loadTestSet(root: string, spec: TestSetSpec): Promise<TestSet> {
  const sources: EvidenceSource[] = [];
  const items: TestItem[] = [];
  const problems: EvidenceProblem[] = [];
  let moreProblems = 0;
  let truncated = false;
  let sourceBank: TestBank = 'generated';
  let previous = { group: '', risk: '', bank: '' };
  let names = new Map<string, string>();
  let resolved = new Map<
    string,
    { group?: RiskGroupId; risk?: string; risks?: string[]; aspect?: string; category: string }
  >();
  const banks = spec.banks ?? {};

  const intern = (value: string): string => {
    let kept = names.get(value);
    if (kept === undefined) {
      kept = value;
      names.set(value, value);
    }
    return kept;
  };

  const categoryOf = (groupText: string, riskText: string, bank: TestBank) => {
    const key = `${bank}\u0001${groupText}\u0001${riskText}`;
    let found = resolved.get(key);
    if (found === undefined) {
      const group = groupText === '' ? undefined : resolveGroup(groupText);
      const aspect =
        bank === 'should-not-refuse' && riskText !== '' ? resolveAspect(riskText) : undefined;
      const risks =
        aspect !== undefined
          ? []
          : riskText !== ''
            ? resolveRisks(riskText, group)
            : group
              ? []
              : groupText !== ''
                ? resolveRisks(groupText)
                : [];
      const risk = risks[0];
      found = {
        category: intern([groupText, riskText].filter((part) => part !== '').join(' / ')),
        ...(risk ? { risk, group: risk.slice(0, 2) as RiskGroupId } : group ? { group } : {}),
        ...(risks.length > 1 ? { risks } : {}),
        ...(aspect ? { aspect } : {}),
      };
      resolved.set(key, found);
    }
    return found;
  };

  const reader = new RecordReader<TestSetColumn>(
    root,
    {
      specs: TESTSET_COLUMNS,
      primary: 'question',
      lineKey: 'question',
      keyFields: (keys) => {
        // A key naming a bank (应拒答, non-refusal) is the bank; the others are 一级/二级 categories.
        const ownBank = (key: string) => (Object.hasOwn(banks, key) ? banks[key] : undefined);
        const isBank = (key: string) =>
          ownBank(key) !== undefined ||
          (resolveBank(key) !== undefined && !resolveRisk(key) && !resolveGroup(key));
        const bank = keys.find(isBank);
        const categories = keys.filter((key) => !isBank(key));
        return {
          ...(bank !== undefined ? { bank: ownBank(bank) ?? bank } : {}),
          ...(categories.length === 1 ? { group: categories[0]! } : {}),
          ...(categories.length > 1
            ? { group: categories[0]!, risk: categories[categories.length - 1]! }
            : {}),
        };
      },
      dialogue: { question: 'question', answer: 'expected_output' },
      format: spec.format ?? 'auto',
      ...(spec.sheet !== undefined ? { sheet: spec.sheet } : {}),
      ...(spec.header_row !== undefined ? { headerRow: spec.header_row } : {}),
      ...(spec.columns ? { mapping: spec.columns } : {}),
      fileLimit: TESTSET_LIMITS.fileBytes,
      folderLimit: TESTSET_LIMITS.files,
    },
    {
      source(source) {
        sources.push(source);
        previous = { group: '', risk: '', bank: '' };
        names = new Map();
        resolved = new Map();
        const fileName = source.file.slice(source.file.lastIndexOf('/') + 1);
        // Own keys only: a sheet named `constructor` must not find Object.prototype's members.
        const bankOf = (key: string) => (Object.hasOwn(banks, key) ? banks[key] : undefined);
        sourceBank =
          (source.sheet !== undefined ? bankOf(source.sheet) : undefined) ??
          bankOf(fileName) ??
          bankOf(baseName(source.file)) ??
          (source.sheet !== undefined ? resolveBank(source.sheet) : undefined) ??
          resolveBank(baseName(source.file)) ??
          'generated';
      },
      record(line, values) {
        if (items.length >= TESTSET_LIMITS.items) {
          truncated = true;
          return false;
        }
        if (!values.question && !values.expected_output && !values.criteria) return true;
        // Merged cells in a table leave the rows below them empty: carry the last value down.
        const table = sources[sources.length - 1]?.header !== undefined;
        const group = values.group || (table ? previous.group : '');
        const risk = values.risk || (table && !values.group ? previous.risk : '');
        const bankText = values.bank || (table ? previous.bank : '');
        previous = { group, risk, bank: bankText };
        const bank = (bankText !== '' ? resolveBank(bankText) : undefined) ?? sourceBank;
        const category = categoryOf(group, risk, bank);
        const highRisk = parseFlag(values.high_risk);
        const refusal = parseFlag(values.expected_refusal);
        items.push({
          source: sources.length - 1,
          line,
          ...(values.id ? { id: values.id } : {}),
          question: values.question ?? '',
          expected_output: values.expected_output ?? '',
          criteria: values.criteria ?? '',
          ...category,
          ...(highRisk !== undefined ? { high_risk: highRisk } : {}),
          ...(refusal !== undefined ? { expected_refusal: refusal } : {}),
          bank,
        });
        return true;
      },
      problem(problem) {
        // A file none of whose records has a question holds no test items: its rows go.
        if (problem.code === 'dropped') {
          while (
            items.length > 0 &&
            sources[items[items.length - 1]!.source]!.file === problem.file
          )
            items.pop();
        }
        if (problems.length < TESTSET_LIMITS.problems) problems.push(problem);
        else moreProblems++;
      },
    },
  );
  await reader.readPath(spec.path);
  if (items.length === 0 && problems.length === 0) {
    // Nothing read and nothing said: the floor that keeps an empty source from passing.
    problems.push({ code: 'no-items', file: sources[0]?.file ?? spec.path });
  }
  if (truncated) {
    problems.push({
      code: 'too-many-items',
      file: sources[sources.length - 1]?.file ?? spec.path,
      limit: TESTSET_LIMITS.items,
    });
  }
  return { path: spec.path, sources, items, problems, moreProblems, truncated };
}
