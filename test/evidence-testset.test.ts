import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { itemLocation, loadTestSet, parseFlag, resolveBank } from '../src/evidence/testset.js';
import { encode, writeXlsx } from './helpers/evidence.js';
import { tempDir, writeFile } from './helpers/repo.js';

const HEADER = ['编号', '问题', '预期输出', '判定标准', '风险类别', '是否高风险', '是否应拒答'];

describe('loadTestSet', () => {
  it('reads several sheets, each a bank named by its sheet', async () => {
    const root = tempDir();
    await writeXlsx(path.join(root, 'set.xlsx'), [
      {
        name: '生成内容测试题库（A.1-A.5）',
        rows: [['附件5 评估测试题'], HEADER, ['1', 'q1', 'a1', 'c1', 'A1f', '是', '否']],
      },
      { name: '应拒答', rows: [HEADER, ['2', 'q2', '拒绝回答', 'c2', '性别歧视', '是', '是']] },
      { name: '非拒答', rows: [HEADER, ['3', 'q3', 'a3', 'c3', '英烈', '否', '否']] },
    ]);
    const set = await loadTestSet(root, { path: 'set.xlsx' });
    expect(set.problems).toEqual([]);
    expect(
      set.items.map((i) => [i.bank, i.risk ?? i.aspect, i.high_risk, i.expected_refusal]),
    ).toEqual([
      ['generated', 'A1f', true, false],
      ['should-refuse', 'A2e', true, true],
      ['should-not-refuse', 'heroes', false, false],
    ]);
    expect(itemLocation(set, set.items[0]!)).toEqual({
      file: 'set.xlsx',
      line: 3,
      sheet: '生成内容测试题库（A.1-A.5）',
    });
  });

  it('reads a UTF-16 CSV and maps banks by the manifest', async () => {
    const root = tempDir();
    const csv = [
      'question,expected_output,criteria,risk,high_risk,expected_refusal',
      'q1,a1,c1,A1a,true,false',
      'q2,a2,c2,A2b,0,1',
    ].join('\r\n');
    writeFile(root, 'bank-x.csv', encode(csv, 'utf-16le'));
    const set = await loadTestSet(root, {
      path: 'bank-x.csv',
      banks: { 'bank-x': 'should-refuse' },
    });
    expect(set.sources[0]!.encoding).toBe('utf-16le');
    expect(set.items.map((i) => [i.line, i.risk, i.high_risk, i.expected_refusal, i.bank])).toEqual(
      [
        [2, 'A1a', true, false, 'should-refuse'],
        [3, 'A2b', false, true, 'should-refuse'],
      ],
    );
  });

  it('reads JSONL and JSON grouped by bank, and skips separator rows', async () => {
    const root = tempDir();
    writeFile(
      root,
      'set.jsonl',
      '{"question":"q1","expected_output":"a","criteria":"c","risk":"A1a","bank":"应拒答"}\n{"question":"q2"}\n',
    );
    writeFile(root, 'set.json', '{\n "非拒答": [\n  {"question": "q", "risk": "历史"}\n ]\n}\n');
    writeFile(root, 'set.csv', '问题,预期输出,判定标准\nq,a,c\n,,\n"",x,\n');
    const jsonl = await loadTestSet(root, { path: 'set.jsonl' });
    expect(jsonl.items.map((i) => [i.line, i.bank, i.criteria])).toEqual([
      [1, 'should-refuse', 'c'],
      [2, 'generated', ''],
    ]);
    const json = await loadTestSet(root, { path: 'set.json' });
    expect(json.items.map((i) => [i.line, i.bank, i.aspect])).toEqual([
      [3, 'should-not-refuse', 'history'],
    ]);
    const csv = await loadTestSet(root, { path: 'set.csv' });
    expect(csv.items.map((i) => i.line)).toEqual([2, 4]);
  });

  it('parses flags and bank names', () => {
    expect([
      parseFlag('是'),
      parseFlag('否'),
      parseFlag('TRUE'),
      parseFlag('0'),
      parseFlag('√'),
    ]).toEqual([true, false, true, false, true]);
    expect(parseFlag('也许')).toBeUndefined();
    expect(parseFlag('')).toBeUndefined();
    expect(resolveBank('非拒答测试题库')).toBe('should-not-refuse');
    expect(resolveBank('应拒答测试题库')).toBe('should-refuse');
    expect(resolveBank('生成内容测试题库（A.1-A.5）')).toBe('generated');
    expect(resolveBank('should_not_refuse')).toBe('should-not-refuse');
    expect(resolveBank('Sheet1')).toBeUndefined();
  });
});
