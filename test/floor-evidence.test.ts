/**
 * The floor on evidence: a lexicon or test set that gives nothing to count fails, at the file,
 * saying what was read and how to map it; the shapes real files have (category-keyed JSON and
 * YAML, named question fields, dialogue records) are read. Each case has a passing twin.
 */
import { describe, expect, it } from 'vitest';
import { LEXICON_RISK_GROUPS, RISK_GROUPS, RISKS, risksOf } from '../src/data/risks.js';
import { cliJson } from './helpers/run.js';
import { editManifest, exampleRepo, lineOf, readManifest, writeFile } from './helpers/repo.js';

interface JsonFinding {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  message: string;
}

const DIR = 'compliance/content-safety';
const LEXICON_LINE = 'path: compliance/content-safety/附件4-拦截关键词列表.xlsx';
const TESTSET_LINE = 'path: compliance/content-safety/附件5-评估测试题.xlsx';

function run(root: string) {
  const { status, stderr, report } = cliJson(['check', root, '--lang', 'en']);
  expect(stderr).toBe('');
  return { status, findings: report.findings as JsonFinding[] };
}

function places(findings: JsonFinding[], prefix: string) {
  return findings.filter((f) => f.ruleId.startsWith(prefix)).map((f) => [f.ruleId, f.file, f.line]);
}

/** Points the registration example's lexicon at `file` (plus manifest lines under it). */
function useLexicon(root: string, file: string, content: string, extra = ''): void {
  writeFile(root, `${DIR}/${file}`, content);
  editManifest(root, LEXICON_LINE, `path: ${DIR}/${file}${extra ? `\n    ${extra}` : ''}`);
}

function useTestSet(root: string, file: string, content: string, extra = ''): void {
  writeFile(root, `${DIR}/${file}`, content);
  editManifest(root, TESTSET_LINE, `path: ${DIR}/${file}${extra ? `\n    ${extra}` : ''}`);
}

const LEXICON_RISKS = risksOf(LEXICON_RISK_GROUPS);
const groupName = (id: string) => RISK_GROUPS.find((group) => group.id === id)!.zh;

/** `{ 一级: { 二级: [keywords] } }` over the 17 risks, two keywords each. */
function nestedLexicon(): Record<string, Record<string, string[]>> {
  const lexicon: Record<string, Record<string, string[]>> = {};
  for (const risk of LEXICON_RISKS) {
    (lexicon[groupName(risk.group)] ??= {})[risk.zh] = [`${risk.id}词甲`, `${risk.id}词乙`];
  }
  return lexicon;
}

/** 1,000 items keyed by risk category, as a published safety benchmark is; half high-risk. */
function benchmarkTestSet(questionField = 'question'): Record<string, Record<string, string>[]> {
  const set: Record<string, Record<string, string>[]> = {};
  for (let i = 0; i < 1000; i++) {
    const risk = RISKS[i % RISKS.length]!;
    (set[risk.zh] ??= []).push({
      [questionField]: `关于${risk.zh}的第 ${i} 个测试问题`,
      expected_output: '给出合法、客观、安全的回答',
      criteria: '回答不含违法不良信息',
      high_risk: i % 2 === 0 ? '是' : '否',
    });
  }
  return set;
}

describe('lexicon: shapes and the floor', () => {
  it('reads a lexicon JSON nested as {一级: {二级: [keywords]}} and passes', () => {
    const root = exampleRepo();
    useLexicon(root, 'lexicon.json', JSON.stringify(nestedLexicon(), null, 2));
    const { status, findings } = run(root);
    expect(places(findings, 'lexicon/')).toEqual([]);
    expect(status).toBe(0);
  });

  it('places a duplicate of a nested YAML lexicon at its own line', () => {
    const root = exampleRepo();
    const lines: string[] = [];
    for (const [group, risks] of Object.entries(nestedLexicon())) {
      lines.push(`${group}:`);
      for (const [risk, words] of Object.entries(risks)) {
        lines.push(`  ${risk}:`, ...words.map((word) => `    - ${word}`));
      }
    }
    lines.push('    - A2i词甲');
    const yaml = `${lines.join('\n')}\n`;
    useLexicon(root, 'lexicon.yaml', yaml);
    const { findings } = run(root);
    expect(places(findings, 'lexicon/')).toEqual([
      ['lexicon/duplicates', `${DIR}/lexicon.yaml`, yaml.split('\n').length - 1],
    ]);
  });

  it('fails a lexicon template whose category rows have no keywords, at its header', () => {
    const root = exampleRepo();
    const rows = LEXICON_RISKS.map((risk) => `,${groupName(risk.group)},${risk.zh}`);
    useLexicon(root, 'lexicon.csv', ['关键词,一级分类,二级分类', ...rows].join('\n'));
    const { status, findings } = run(root);
    expect(status).toBe(1);
    const manifestLine = lineOf(readManifest(root), 'path: compliance/content-safety/lexicon.csv');
    // Each template row left as it is, too (rows 2-18, one per risk).
    const templateRows = rows.map((_, i) => ['lexicon/template-rows', `${DIR}/lexicon.csv`, i + 2]);
    expect(places(findings, 'lexicon/')).toEqual([
      ['lexicon/category-coverage', 'compliance.yml', manifestLine],
      ['lexicon/parse', `${DIR}/lexicon.csv`, 1],
      ...templateRows,
    ]);
    const parse = findings.find((f) => f.ruleId === 'lexicon/parse')!;
    expect(parse.severity).toBe('error');
    expect(parse.message).toContain('17 row(s) read');
    expect(parse.message).toContain('columns.keyword');
  });

  it('passes the same template once its keyword cells are filled', () => {
    const root = exampleRepo();
    const rows = LEXICON_RISKS.map((risk) => `${risk.id}词,${groupName(risk.group)},${risk.zh}`);
    useLexicon(root, 'lexicon.csv', ['关键词,一级分类,二级分类', ...rows].join('\n'));
    const { status, findings } = run(root);
    expect(places(findings, 'lexicon/')).toEqual([]);
    expect(status).toBe(0);
  });

  it('fails records whose keyword field is not named like ours, and says how to map it', () => {
    const root = exampleRepo();
    const records = LEXICON_RISKS.map((risk) => ({ word_text: `${risk.id}词`, cat: risk.zh }));
    useLexicon(root, 'lexicon.json', `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]`);
    const { status, findings } = run(root);
    expect(status).toBe(1);
    const parse = findings.filter((f) => f.ruleId === 'lexicon/parse');
    expect(parse.map((f) => [f.file, f.line])).toEqual([[`${DIR}/lexicon.json`, 2]]);
    expect(parse[0]!.message).toContain('columns.keyword: word_text');
  });

  it('passes those records once the manifest maps the fields', () => {
    const root = exampleRepo();
    const records = LEXICON_RISKS.map((risk) => ({ word_text: `${risk.id}词`, cat: risk.zh }));
    useLexicon(
      root,
      'lexicon.json',
      JSON.stringify(records),
      'columns: { keyword: word_text, risk: cat }',
    );
    const { status, findings } = run(root);
    expect(places(findings, 'lexicon/')).toEqual([]);
    expect(status).toBe(0);
  });

  it('fails a JSON lexicon of an unknown shape at line 1', () => {
    const root = exampleRepo();
    useLexicon(root, 'lexicon.json', '{"version": 3, "words": "色情 暴力"}');
    const { status, findings } = run(root);
    expect(status).toBe(1);
    expect(places(findings, 'lexicon/parse')).toEqual([
      ['lexicon/parse', `${DIR}/lexicon.json`, 1],
    ]);
  });
});

describe('test set: shapes and the floor', () => {
  it('reads a benchmark JSON keyed by risk category and passes', () => {
    const root = exampleRepo();
    useTestSet(root, 'bench.json', JSON.stringify(benchmarkTestSet(), null, 1));
    const { status, findings } = run(root);
    expect(places(findings, 'testset/')).toEqual([]);
    expect(status).toBe(0);
  });

  it('fails every item dropped for an unrecognised question field, at the first item', () => {
    const root = exampleRepo();
    useTestSet(root, 'bench.json', JSON.stringify(benchmarkTestSet('input'), null, 1));
    const { status, findings } = run(root);
    expect(status).toBe(1);
    const manifestLine = lineOf(readManifest(root), 'path: compliance/content-safety/bench.json');
    expect(places(findings, 'testset/')).toEqual([
      ['testset/high-risk-ratio', 'compliance.yml', manifestLine],
      ['testset/size', 'compliance.yml', manifestLine],
      ['testset/parse', `${DIR}/bench.json`, 3],
    ]);
    const parse = findings.find((f) => f.ruleId === 'testset/parse')!;
    expect(parse.message).toContain('1000 record(s) read');
    expect(parse.message).toContain('columns.question: input');
  });

  it('passes the same file once columns.question names the field', () => {
    const root = exampleRepo();
    useTestSet(
      root,
      'bench.json',
      JSON.stringify(benchmarkTestSet('input'), null, 1),
      'columns: { question: input }',
    );
    const { status, findings } = run(root);
    expect(places(findings, 'testset/')).toEqual([]);
    expect(status).toBe(0);
  });

  it('reads dialogue records (messages with roles) as question and expected output', () => {
    const root = exampleRepo();
    const lines = Array.from({ length: 1000 }, (_, i) =>
      JSON.stringify({
        messages: [
          { role: 'user', content: `对话测试问题 ${i}` },
          { role: 'assistant', content: '给出合法、客观、安全的回答' },
        ],
        meta: { risk: RISKS[i % RISKS.length]!.id, high_risk: i % 2 === 0 ? '是' : '否' },
        criteria: '回答不含违法不良信息',
      }),
    );
    useTestSet(root, 'dialogue.jsonl', `${lines.join('\n')}\n`);
    const { status, findings } = run(root);
    expect(places(findings, 'testset/')).toEqual([]);
    expect(status).toBe(0);
  });

  it('fails dialogue records whose turns name no user, at the first record', () => {
    const root = exampleRepo();
    const lines = Array.from({ length: 3 }, (_, i) =>
      JSON.stringify({ turns: [{ speaker: 'A', utterance: `问题 ${i}` }] }),
    );
    useTestSet(root, 'dialogue.jsonl', `${lines.join('\n')}\n`);
    const { status, findings } = run(root);
    expect(status).toBe(1);
    expect(places(findings, 'testset/parse')).toEqual([
      ['testset/parse', `${DIR}/dialogue.jsonl`, 1],
    ]);
    expect(findings.find((f) => f.ruleId === 'testset/parse')!.message).toContain('turns');
  });

  it('fails an empty JSON array: zero items, and the count rules say they cannot count', () => {
    const root = exampleRepo();
    useTestSet(root, 'bench.json', '[]\n');
    const { status, findings } = run(root);
    expect(status).toBe(1);
    const manifestLine = lineOf(readManifest(root), 'path: compliance/content-safety/bench.json');
    expect(places(findings, 'testset/')).toEqual([
      ['testset/high-risk-ratio', 'compliance.yml', manifestLine],
      ['testset/size', 'compliance.yml', manifestLine],
      ['testset/parse', `${DIR}/bench.json`, 1],
    ]);
    expect(findings.find((f) => f.ruleId === 'testset/size')!.message).toContain(
      'Cannot check the number of items',
    );
  });
});
