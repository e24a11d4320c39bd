import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/model/finding.js';
import {
  csvLine,
  encode,
  FIRST_DATA_ROW,
  mutateXlsx,
  readJsonl,
  TESTSET_XLSX,
  TEXT_TESTSET,
  TODAY,
  writeJsonl,
} from './helpers/evidence.js';
import { editManifest, exampleRepo, lineOf, readManifest } from './helpers/repo.js';
import { check } from './helpers/run.js';

function contentFindings(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.ruleId.startsWith('lexicon/') || f.ruleId.startsWith('testset/'));
}

async function content(root: string) {
  return contentFindings((await check(root, { today: TODAY })).findings);
}

function places(findings: Finding[]) {
  return findings.map((f) => [f.ruleId, f.file, f.line]);
}

const TESTSET_PATH = 'path: compliance/content-safety/附件5';
const SHEET = '生成内容测试题库（A.1-A.5）';
// Columns of the generated sheets.
const CRITERIA = 3;
const HIGH_RISK = 5;
const REFUSAL = 6;

describe('registration test set rules', () => {
  it('fails 999 items on testset/size alone', async () => {
    const root = exampleRepo();
    await mutateXlsx(root, TESTSET_XLSX, ([sheet]) => {
      sheet!.rows = sheet!.rows.slice(0, FIRST_DATA_ROW - 1 + 999);
    });
    const findings = await content(root);
    expect(places(findings)).toEqual([
      ['testset/size', 'compliance.yml', lineOf(readManifest(root), TESTSET_PATH)],
    ]);
    expect(findings[0]!.message.en).toBe('The test set holds 999 items, fewer than 1000');
  });

  it('fails 40% high-risk items on testset/high-risk-ratio alone', async () => {
    const root = exampleRepo();
    await mutateXlsx(root, TESTSET_XLSX, ([sheet]) => {
      sheet!.rows.slice(FIRST_DATA_ROW - 1).forEach((row, i) => {
        row[HIGH_RISK] = i % 5 < 2 ? '是' : '否';
      });
    });
    const findings = await content(root);
    expect(places(findings)).toEqual([
      ['testset/high-risk-ratio', 'compliance.yml', lineOf(readManifest(root), TESTSET_PATH)],
    ]);
    expect(findings[0]!.message.en).toContain('480 high-risk items, 40.0%');
  });

  it('fails 60 expected refusals on testset/refusal-budget, at the 51st', async () => {
    const root = exampleRepo();
    await mutateXlsx(root, TESTSET_XLSX, ([sheet]) => {
      sheet!.rows.slice(FIRST_DATA_ROW - 1).forEach((row, i) => {
        row[REFUSAL] = i % 20 === 0 ? '是' : '否';
      });
    });
    const findings = await content(root);
    expect(places(findings)).toEqual([
      ['testset/refusal-budget', TESTSET_XLSX, FIRST_DATA_ROW + 1000],
    ]);
    expect(findings[0]!.message['zh-CN']).toContain(
      `工作表「${SHEET}」第 ${FIRST_DATA_ROW + 1000} 行`,
    );
    expect(findings[0]!.message.en).toContain('60 items expect a refusal (5.0%)');
  });

  it('reads refusals from the expected output when there is no 是否应拒答 column', async () => {
    const root = exampleRepo();
    await mutateXlsx(root, TESTSET_XLSX, ([sheet]) => {
      for (const row of sheet!.rows.slice(FIRST_DATA_ROW - 2)) row.length = REFUSAL;
      sheet!.rows.slice(FIRST_DATA_ROW - 1).forEach((row, i) => {
        if (i < 51) row[2] = '拒绝回答，并说明理由';
      });
    });
    expect(places(await content(root))).toEqual([
      ['testset/refusal-budget', TESTSET_XLSX, FIRST_DATA_ROW + 50],
    ]);
  });

  it('fails a row without criteria on testset/item-fields, at that row', async () => {
    const root = exampleRepo();
    await mutateXlsx(root, TESTSET_XLSX, ([sheet]) => {
      sheet!.rows[FIRST_DATA_ROW - 1 + 10]![CRITERIA] = '';
    });
    const findings = await content(root);
    expect(places(findings)).toEqual([['testset/item-fields', TESTSET_XLSX, FIRST_DATA_ROW + 10]]);
    expect(findings[0]!.message['zh-CN']).toBe(
      `工作表「${SHEET}」第 ${FIRST_DATA_ROW + 10} 行：测试题缺少「判定标准」`,
    );
  });

  it('reports a missing column once at the header, and summarises many incomplete rows', async () => {
    const root = exampleRepo();
    await mutateXlsx(root, TESTSET_XLSX, ([sheet]) => {
      sheet!.rows.slice(FIRST_DATA_ROW - 1, FIRST_DATA_ROW + 99).forEach((row) => (row[2] = ''));
    });
    const findings = await content(root);
    expect(findings).toHaveLength(21);
    expect(findings[20]!.message.en).toBe('80 more incomplete items');
    const noColumn = exampleRepo();
    await mutateXlsx(noColumn, TESTSET_XLSX, ([sheet]) => {
      for (const row of sheet!.rows.slice(FIRST_DATA_ROW - 2)) row.splice(CRITERIA, 1);
    });
    const [finding, ...rest] = await content(noColumn);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'testset/item-fields', line: FIRST_DATA_ROW - 1 });
  });

  it('warns on a repeated question and fails an unknown category, at their rows', async () => {
    const root = exampleRepo();
    await mutateXlsx(root, TESTSET_XLSX, ([sheet]) => {
      sheet!.rows[FIRST_DATA_ROW + 5]![1] = sheet!.rows[FIRST_DATA_ROW - 1]![1]!.replace('A', 'Ａ');
      sheet!.rows[FIRST_DATA_ROW + 7]![4] = '天气';
    });
    const findings = await content(root);
    expect(places(findings)).toEqual([
      ['testset/duplicates', TESTSET_XLSX, FIRST_DATA_ROW + 6],
      ['testset/parse', TESTSET_XLSX, FIRST_DATA_ROW + 8],
    ]);
    expect(findings.map((f) => f.severity)).toEqual(['warning', 'error']);
  });

  it('fails a manifest without a test set', async () => {
    const root = exampleRepo();
    editManifest(root, /\n {2}test_set:\n {4}path: .*/, '');
    expect(places(await content(root))).toEqual([
      ['testset/missing', 'compliance.yml', lineOf(readManifest(root), 'content_safety:')],
    ]);
  });
});

describe('the same content as TXT + JSONL, and as a UTF-16 CSV', () => {
  it('places a JSONL item without criteria at its line', async () => {
    const root = exampleRepo('registration-app-text');
    const file = path.join(root, TEXT_TESTSET);
    const records = readJsonl(file);
    records[41]!.criteria = '';
    writeJsonl(file, records);
    expect(places(await content(root))).toEqual([['testset/item-fields', TEXT_TESTSET, 42]]);
  });

  it('reads a UTF-16 CSV test set with Chinese headers', async () => {
    const root = exampleRepo('registration-app-text');
    const records = readJsonl(path.join(root, TEXT_TESTSET));
    rmSync(path.join(root, TEXT_TESTSET));
    records[7]!.criteria = '';
    const lines = [
      csvLine(['编号', '问题', '预期输出', '判定标准', '风险类别', '是否高风险', '是否应拒答']),
      ...records.map((r) =>
        csvLine([
          String(r.id),
          String(r.question),
          String(r.expected_output),
          String(r.criteria),
          String(r.risk),
          r.high_risk ? '是' : '否',
          r.expected_refusal ? '是' : '否',
        ]),
      ),
    ];
    const rel = 'compliance/content-safety/评估测试题.csv';
    writeFileSync(path.join(root, rel), encode(`${lines.join('\r\n')}\r\n`, 'utf-16le'));
    editManifest(root, TEXT_TESTSET, rel);
    expect(places(await content(root))).toEqual([['testset/item-fields', rel, 9]]);
  });
});

describe('filing test set rules', () => {
  it('fails a missing should-not-refuse bank on testset/category-coverage', async () => {
    const root = exampleRepo('filing-self-developed');
    await mutateXlsx(root, TESTSET_XLSX, (sheets) => {
      sheets.splice(2, 1);
    });
    const findings = await content(root);
    expect(new Set(findings.map((f) => f.ruleId))).toEqual(new Set(['testset/category-coverage']));
    expect(findings).toHaveLength(14);
    expect(findings[0]!.message.en).toContain('should-not-refuse bank holds 0 items');
  });

  it('fails (V) for an A.3 risk and for an A.1 risk below its minimum', async () => {
    const root = exampleRepo('filing-self-developed');
    await mutateXlsx(root, TESTSET_XLSX, ([generated]) => {
      let a1 = 0;
      generated!.rows = generated!.rows.filter(
        (row) => row[4] !== '侵犯他人知识产权' && !(row[4] === '宣扬民族仇恨' && a1++ < 30),
      );
    });
    const findings = await content(root);
    expect(findings.map((f) => [f.ruleId, f.severity, f.data?.risk])).toEqual([
      ['testset/category-coverage', 'error', 'A1e'],
      ['testset/category-coverage', 'error', 'A3a'],
    ]);
  });
});
