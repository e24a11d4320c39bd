/**
 * Test sets in the shapes of the public Chinese safety benchmarks (JADE CSV in GB18030 with
 * pipe labels and multi-line cells, CHiSafetyBench's 31 categories, Flames JSONL with English
 * labels, a folder of easy / medium / hard files whose ids repeat). Item counts per risk are
 * checked against a count made here from the raw files, with the label → risk table below.
 */
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { loadTestSet, type TestSet } from '../src/evidence/testset.js';
import type { Finding } from '../src/model/finding.js';
import { testSetStats } from '../src/rules/support/testset-stats.js';
import { TODAY } from './helpers/evidence.js';
import { editManifest, exampleRepo, PROJECT_ROOT, writeFile } from './helpers/repo.js';
import { byRule, check, cliJson } from './helpers/run.js';

const SHAPES = path.join(PROJECT_ROOT, 'test/fixtures/testset-shapes');
const TESTSET_PATH = 'path: compliance/content-safety/附件5-评估测试题.xlsx';

/** The separators of a multi-label cell, as teams write them. */
const SEPARATORS = /[|、/，]/;

/** Each label of the fixtures and the risk it names; undefined for labels naming none. */
const RISK_OF_LABEL: Record<string, string | undefined> = {
  地域歧视内容: 'A2d',
  非法持有武器: undefined,
  隐私权: 'A4e',
  个人信息权益: 'A4f',
  侵害他人隐私权: 'A4e',
  侵害国家利益: 'A1b',
  侵害国家形象: 'A1b',
  性别歧视: 'A2e',
  地域歧视: 'A2d',
  年龄歧视内容: 'A2f',
  宣扬暴力: 'A1f',
  淫秽色情: 'A1f',
  色情: 'A1f',
  暴力: 'A1f',
  侵害他人名誉权: 'A4c',
  侵害他人荣誉权: 'A4d',
  国别歧视内容: 'A2c',
  传播虚假有害信息: 'A1g',
  'Bias and discrimination': 'A2i',
  'Toxic language': undefined,
  'Data protection': 'A4f',
};

/** CHiSafetyBench's category names, each with its risk. */
const CHISAFETY_RISKS: Record<string, string> = {
  '煽动颠覆国家政权、推翻社会主义制度': 'A1a',
  '危害国家安全和利益、损害国家形象': 'A1b',
  '煽动分裂国家、破坏国家统一和社会稳定': 'A1c',
  '宣扬恐怖主义、极端主义': 'A1d',
  宣扬民族仇恨: 'A1e',
  '宣扬暴力、淫秽色情': 'A1f',
  传播虚假有害信息: 'A1g',
  '其他法律、行政法规禁止的内容': 'A1h',
  民族歧视: 'A2a',
  信仰歧视: 'A2b',
  国别歧视: 'A2c',
  地域歧视内容: 'A2d',
  性别歧视内容: 'A2e',
  年龄歧视内容: 'A2f',
  职业歧视内容: 'A2g',
  健康歧视内容: 'A2h',
  其他方面歧视: 'A2i',
  侵犯他人知识产权: 'A3a',
  违反商业道德: 'A3b',
  泄露他人商业秘密: 'A3c',
  '利用算法、数据、平台等优势,实施垄断和不正当竞争行为': 'A3d',
  其他商业违法违规行为: 'A3e',
  危害他人身心健康: 'A4a',
  侵害他人肖像权: 'A4b',
  侵害他人名誉权: 'A4c',
  侵害他人荣誉权: 'A4d',
  侵害他人隐私权: 'A4e',
  侵害他人个人信息权益: 'A4f',
  侵害他人其他合法权益: 'A4g',
  内容不准确: 'A5a',
  内容不可靠: 'A5b',
};

/** Every risk a label cell names, by the table above (a whole name first, else its parts). */
function risksOfCell(cell: string, table: Record<string, string | undefined>): string[] {
  if (table[cell] !== undefined) return [table[cell]!];
  const risks = cell.split(SEPARATORS).map((part) => table[part.trim()]);
  return [...new Set(risks.filter((risk): risk is string => risk !== undefined))];
}

function tally(cells: string[][], table: Record<string, string | undefined>) {
  const counts: Record<string, number> = {};
  for (const labels of cells) {
    for (const risk of risksOfCell(labels.join('|'), table)) counts[risk] = (counts[risk] ?? 0) + 1;
  }
  return counts;
}

/** RFC 4180 rows, enough for the fixtures: quoted cells hold commas, quotes and line breaks. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) cell += c;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      rows.push([...row, cell.replace(/\r$/, '')]);
      row = [];
      cell = '';
    } else cell += c;
  }
  return rows;
}

function perRisk(set: TestSet): Record<string, number> {
  return Object.fromEntries(testSetStats(set).perRisk);
}

/** A copy of the registration example whose test set is one of the shapes. */
function shapeRepo(shape: string, manifestKeys = ''): string {
  const root = exampleRepo();
  cpSync(path.join(SHAPES, shape), path.join(root, 'compliance/content-safety', shape), {
    recursive: true,
  });
  editManifest(root, TESTSET_PATH, `path: compliance/content-safety/${shape}${manifestKeys}`);
  return root;
}

async function testsetFindings(root: string): Promise<Finding[]> {
  const report = await check(root, { today: TODAY });
  return report.findings.filter((f) => f.ruleId.startsWith('testset/'));
}

describe('JADE: GB18030 CSV, 问题 / 违规类型 / 违规子类, pipe labels, multi-line cells', () => {
  const file = path.join(SHAPES, 'jade/jade_benchmark_zh.csv');
  const rows = csvRows(iconv.decode(readFileSync(file), 'gb18030'));

  it('counts every item once and every risk its labels name, as counted from the raw file', async () => {
    const set = await loadTestSet(SHAPES, {
      path: 'jade',
      columns: { id: 'A', question: 'B', group: 'C', risk: 'D' },
    });
    expect(set.problems).toEqual([]);
    expect(set.sources[0]!.encoding).toBe('gb18030');
    expect(set.items).toHaveLength(rows.length - 1);
    expect(set.items.map((item) => item.question)).toEqual(rows.slice(1).map((row) => row[1]));
    expect(perRisk(set)).toEqual(
      tally(
        rows.slice(1).map((row) => [row[3]!]),
        RISK_OF_LABEL,
      ),
    );
    // Multi-line cells keep the lines of the rows after them.
    expect(set.items.slice(0, 4).map((item) => item.line)).toEqual([2, 3, 5, 6]);
    const byId = new Map(set.items.map((item) => [item.id, item]));
    expect(byId.get('3')).toMatchObject({ risk: 'A4e', risks: ['A4e', 'A4f'], group: 'A4' });
    expect(byId.get('5')).toMatchObject({ risk: 'A1b' });
    expect(byId.get('5')!.risks).toBeUndefined();
    expect(byId.get('10')!.risks).toEqual(['A4c', 'A4d']);
  });

  it('reports only the one label that names no risk, at its row, mapped by letter', async () => {
    const root = shapeRepo('jade', '\n    columns: { id: A, question: B, group: C, risk: D }');
    const findings = await testsetFindings(root);
    expect(byRule(findings, 'testset/parse').map((f) => [f.line, f.message.en])).toEqual([
      [3, 'line 3: category "违法犯罪 / 非法持有武器" maps to none of the 31 risks (1 item(s))'],
    ]);
    expect(byRule(findings, 'testset/size')[0]!.data).toMatchObject({ count: 12 });
  });
});

describe('CHiSafetyBench: questions grouped under 应拒答 or a 一级 name, the 31 categories', () => {
  /** As the benchmark's files: `[{ category, infos: [{ id, question, category }] }]`. */
  const groups = (file: string) =>
    JSON.parse(readFileSync(path.join(SHAPES, 'chisafety', file), 'utf8')) as {
      category: string;
      infos: { category: string; question: string }[];
    }[];
  const risky = groups('risky_questions.json');
  const mcq = groups('mcq.json');
  const records = [...mcq, ...risky].flatMap((group) => group.infos);

  it('reads every group, takes its bank or group, and counts as counted from the raw file', async () => {
    const set = await loadTestSet(SHAPES, { path: 'chisafety' });
    expect(set.problems).toEqual([]);
    expect(set.items.map((item) => item.question)).toEqual(records.map((r) => r.question));
    const counts = tally(
      records.map((r) => [r.category]),
      CHISAFETY_RISKS,
    );
    expect(Object.keys(counts)).toHaveLength(31);
    expect(perRisk(set)).toEqual(counts);
    const riskyCount = risky.flatMap((group) => group.infos).length;
    expect(testSetStats(set).banks).toEqual({
      generated: records.length - riskyCount,
      'should-refuse': riskyCount,
      'should-not-refuse': 0,
    });
    // Each item at the line of its own record.
    const text = readFileSync(path.join(SHAPES, 'chisafety/mcq.json'), 'utf8').split('\n');
    for (const item of set.items.filter((i) => i.source === 0)) {
      expect(text[item.line - 1]!.trim()).toBe('{');
      expect(text[item.line]).toContain(`"id": `);
    }
    expect(set.items.filter((i) => i.source === 0).map((i) => i.group)).toEqual(
      mcq.flatMap((group) =>
        group.infos.map(() => CHISAFETY_RISKS[group.infos[0]!.category]!.slice(0, 2)),
      ),
    );
  });

  it('has no finding on its categories', async () => {
    const findings = await testsetFindings(shapeRepo('chisafety'));
    expect(byRule(findings, 'testset/parse')).toEqual([]);
    expect(byRule(findings, 'testset/size')[0]!.data).toMatchObject({ count: records.length });
  });
});

describe('Flames: JSONL with English dimension and subcomponent labels', () => {
  const records = readFileSync(path.join(SHAPES, 'flames/flames_sample.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { dimension: string; subcomponent: string });

  it('reads prompt, dimension and subcomponent and counts as counted from the raw file', async () => {
    const set = await loadTestSet(SHAPES, { path: 'flames' });
    expect(set.problems).toEqual([]);
    expect(set.items).toHaveLength(records.length);
    expect(perRisk(set)).toEqual(
      tally(
        records.map((r) => [r.subcomponent]),
        RISK_OF_LABEL,
      ),
    );
    expect(set.items.filter((item) => item.group === 'A2')).toHaveLength(
      records.filter((r) => r.dimension === 'Fairness').length,
    );
  });

  it('reports the subcomponent that names no risk once, at its first line', async () => {
    const findings = await testsetFindings(shapeRepo('flames'));
    expect(byRule(findings, 'testset/parse').map((f) => [f.line, f.message.en])).toEqual([
      [3, 'line 3: category "Fairness / Toxic language" maps to none of the 31 risks (2 item(s))'],
    ]);
  });
});

describe('a test-set folder of easy / medium / hard files whose ids repeat', () => {
  const files = ['easy', 'hard', 'medium'];
  const lines = Object.fromEntries(
    files.map((name) => [
      name,
      readFileSync(path.join(SHAPES, `levels/${name}.jsonl`), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '').length,
    ]),
  );

  it('reads every file whole, each item with its own file', async () => {
    const set = await loadTestSet(SHAPES, { path: 'levels' });
    expect(set.problems).toEqual([]);
    expect(set.sources.map((s) => s.file)).toEqual(files.map((n) => `levels/${n}.jsonl`));
    const perFile = Object.fromEntries(
      files.map((name, index) => [name, set.items.filter((i) => i.source === index).length]),
    );
    expect(perFile).toEqual(lines);
    expect(perRisk(set)).toEqual({ A2a: lines.easy, A2d: lines.medium, A1d: lines.hard });
  });

  it('has no duplicate or parse finding for ids that repeat across files', async () => {
    const findings = await testsetFindings(shapeRepo('levels'));
    expect(byRule(findings, 'testset/duplicates')).toEqual([]);
    expect(byRule(findings, 'testset/parse')).toEqual([]);
    expect(byRule(findings, 'testset/size')[0]!.data).toMatchObject({ count: 45 });
  });
});

describe('column mapping through the CLI', () => {
  it('never reads the header row of a table mapped by letter as an item', () => {
    const root = shapeRepo('jade', '\n    columns: { id: A, question: B, group: C, risk: D }');
    const { report } = cliJson(['check', root]);
    const size = report.findings.find((f: { ruleId: string }) => f.ruleId === 'testset/size');
    expect(size.data.count).toBe(12);
    const messages = report.findings.map((f: { message: string }) => f.message).join('\n');
    expect(messages).not.toContain('违规类型 / 违规子类');
  });

  it('never reads the header row of a table mapped by number as an item', () => {
    const root = shapeRepo('jade', '\n    columns: { question: 2, risk: 4 }');
    const { report } = cliJson(['check', root]);
    const size = report.findings.find((f: { ruleId: string }) => f.ruleId === 'testset/size');
    expect(size.data.count).toBe(12);
  });

  it('fails a mapped column name that is not in the header, naming the header columns', () => {
    const root = shapeRepo('jade', '\n    columns: { question: 题干, risk: 违规子类 }');
    const { report } = cliJson(['check', root, '--lang', 'en']);
    const parse = report.findings.filter((f: { ruleId: string }) => f.ruleId === 'testset/parse');
    expect(parse).toHaveLength(1);
    expect(parse[0]).toMatchObject({
      severity: 'error',
      file: 'compliance/content-safety/jade/jade_benchmark_zh.csv',
      line: 1,
    });
    expect(parse[0].message).toContain('"题干"');
    expect(parse[0].message).toContain('ID, 问题, 违规类型, 违规子类');
  });

  describe('of a tabular lexicon, by the same table reader', () => {
    const LEXICON_PATH = 'path: compliance/content-safety/附件4-拦截关键词列表.xlsx';
    const csv = ['序号,敏感词,违规类型,二级分类', '1,赌博网站,违法,A1h', '2,代开发票,违法,A1h', ''];

    function lexiconRepo(columns: string): string {
      const root = exampleRepo();
      writeFile(root, 'compliance/content-safety/lexicon.csv', csv.join('\n'));
      editManifest(
        root,
        LEXICON_PATH,
        `path: compliance/content-safety/lexicon.csv\n    columns: ${columns}`,
      );
      return root;
    }

    it('never reads the header row mapped by letter as a keyword', () => {
      const { report } = cliJson(['check', lexiconRepo('{ keyword: B, risk: D }')]);
      const lexicon = (report.findings as { ruleId: string; data?: { risk?: string } }[]).filter(
        (f) => f.ruleId.startsWith('lexicon/'),
      );
      expect(lexicon.filter((f) => f.ruleId === 'lexicon/parse')).toEqual([]);
      // Both keywords are read, under A1h: it is the one risk of A.1 + A.2 not reported uncovered.
      const uncovered = lexicon.filter((f) => f.ruleId === 'lexicon/category-coverage');
      expect(uncovered.map((f) => f.data?.risk)).toHaveLength(16);
      expect(uncovered.map((f) => f.data?.risk)).not.toContain('A1h');
    });

    it('fails a mapped column name that is not in the header, naming the header columns', () => {
      const { report } = cliJson(['check', lexiconRepo('{ keyword: 关键字段 }'), '--lang', 'en']);
      const parse = report.findings.filter((f: { ruleId: string }) => f.ruleId === 'lexicon/parse');
      expect(parse).toHaveLength(1);
      expect(parse[0]).toMatchObject({
        severity: 'error',
        file: 'compliance/content-safety/lexicon.csv',
        line: 1,
      });
      expect(parse[0].message).toContain('"关键字段"');
      expect(parse[0].message).toContain('序号, 敏感词, 违规类型, 二级分类');
    });
  });
});
