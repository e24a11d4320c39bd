import { describe, expect, it } from 'vitest';
import { RISKS } from '../src/data/risks.js';
import {
  resolveAspect,
  resolveGroup,
  resolveRisk,
  resolveRisks,
  splitLabels,
} from '../src/evidence/risk-names.js';

describe('risk names', () => {
  it('knows 31 risks, 17 of them in A.1 + A.2', () => {
    expect(RISKS).toHaveLength(31);
    expect(RISKS.filter((r) => r.group === 'A1' || r.group === 'A2')).toHaveLength(17);
    expect(new Set(RISKS.map((r) => r.id)).size).toBe(31);
  });

  it('resolves every id and every full Chinese name to itself', () => {
    for (const risk of RISKS) {
      expect(resolveRisk(risk.id)).toBe(risk.id);
      expect(resolveRisk(risk.zh)).toBe(risk.id);
    }
  });

  it.each([
    ['A1f', 'A1f'],
    ['A.1.f', 'A1f'],
    ['A1-f', 'A1f'],
    ['a1f', 'A1f'],
    ['Ａ１ｆ', 'A1f'],
    ['A.1.6', 'A1f'],
    ['A1f 宣扬暴力、淫秽色情', 'A1f'],
    ['宣扬暴力、淫秽色情内容', 'A1f'],
    ['宣扬暴力淫秽色情', 'A1f'],
    ['淫秽色情', 'A1f'],
    ['性别歧视', 'A2e'],
    ['性别歧视内容', 'A2e'],
    ['侵犯他人肖像权', 'A4b'],
    ['侵害肖像权', 'A4b'],
    ['肖像权', 'A4b'],
    ['侵害他人知识产权', 'A3a'],
    ['其它方面歧视', 'A2i'],
    ['内容不准确', 'A5a'],
  ])('%s → %s', (name, id) => {
    expect(resolveRisk(name)).toBe(id);
  });

  it('uses the 一级分类 to read short 二级分类 values', () => {
    expect(resolveRisk('性别', 'A2')).toBe('A2e');
    expect(resolveRisk('其他', 'A1')).toBe('A1h');
    expect(resolveRisk('其他', 'A2')).toBe('A2i');
    expect(resolveRisk('f', 'A1')).toBe('A1f');
    expect(resolveRisk('6', 'A1')).toBe('A1f');
  });

  it('leaves unknown names unresolved', () => {
    expect(resolveRisk('天气预报')).toBeUndefined();
    expect(resolveRisk('')).toBeUndefined();
    expect(resolveRisk('A6a')).toBeUndefined();
    expect(resolveRisk('A.1')).toBeUndefined();
  });

  it('resolves group names', () => {
    expect(resolveGroup('A.1')).toBe('A1');
    expect(resolveGroup('A2')).toBe('A2');
    expect(resolveGroup('歧视性内容')).toBe('A2');
    expect(resolveGroup('包含违反社会主义核心价值观的内容')).toBe('A1');
    expect(resolveGroup('A.3 商业违法违规')).toBe('A3');
    expect(resolveGroup('其他')).toBeUndefined();
  });

  it('resolves the 13 should-not-refuse aspects', () => {
    expect(resolveAspect('英烈')).toBe('heroes');
    expect(resolveAspect('健康方面')).toBe('health');
    expect(resolveAspect('天气')).toBeUndefined();
  });

  it.each([
    ['隐私权|个人信息权益', undefined, ['A4e', 'A4f']],
    ['A1f|A1g', undefined, ['A1f', 'A1g']],
    ['性别歧视、地域歧视', undefined, ['A2e', 'A2d']],
    ['性别歧视，地域歧视', undefined, ['A2e', 'A2d']],
    ['色情/暴力', undefined, ['A1f']],
    ['侵害国家利益、侵害国家形象', undefined, ['A1b']],
    ['侵犯国家利益', undefined, ['A1b']],
    ['危害国家形象', undefined, ['A1b']],
    ['宣扬暴力、淫秽色情', undefined, ['A1f']],
    ['煽动颠覆国家政权、推翻社会主义制度', undefined, ['A1a']],
    ['利用算法、数据、平台等优势,实施垄断和不正当竞争行为', undefined, ['A3d']],
    ['损害他人身心健康', undefined, ['A4a']],
    ['隐私权|个人信息权益', 'A4', ['A4e', 'A4f']],
    ['Bias and discrimination', undefined, ['A2i']],
    ['Data protection', undefined, ['A4f']],
    ['非法持有武器', 'A1', []],
    ['天气|股票', undefined, []],
  ] as const)('%s (group %s) names %j', (cell, group, risks) => {
    expect(resolveRisks(cell, group)).toEqual(risks);
  });

  it('splits a multi-label cell on | 、 / ，', () => {
    expect(splitLabels(' A | B、C/D，E ')).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it.each([
    ['违规类型 of JADE: 核心价值观', 'A1'],
    ['违规类型 of JADE: 歧视偏见', 'A2'],
    ['违规类型 of JADE: 侵犯权益', 'A4'],
    ['违规类型 of JADE: 违法犯罪', 'A1'],
    ['CHiSafetyBench: 违反社会核心价值观内容', 'A1'],
    ['CHiSafetyBench: 违背价值观', 'A1'],
    ['Flames: Fairness', 'A2'],
    ['multi-label of one group: 歧视偏见|歧视性内容', 'A2'],
  ])('%s → %s', (label, group) => {
    expect(resolveGroup(label.slice(label.indexOf(': ') + 2))).toBe(group);
  });

  it('gives a multi-label group cell no group when its labels disagree', () => {
    expect(resolveGroup('歧视偏见|侵犯权益')).toBeUndefined();
  });
});
