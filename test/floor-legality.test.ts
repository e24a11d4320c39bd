/**
 * Call legality through the bundled CLI: the agreement with a model's provider names both
 * parties, states that the model is filed with its own number, and grants the right to call it.
 */
import { describe, expect, it } from 'vitest';
import { cliJson } from './helpers/run.js';
import { editManifest, exampleRepo, writeFile } from './helpers/repo.js';

const RULE = 'materials/call-legality';
const AGREEMENT = 'compliance/contracts/阿里云百炼API服务协议.md';
const PARTIES =
  '# 阿里云百炼大模型服务平台 API 服务协议\n\n甲方：杭州小智科技有限公司\n\n乙方：阿里云计算有限公司\n\n';
const FILED =
  '乙方提供的通义千问大模型已完成生成式人工智能服务备案，备案号 ZheJiang-TongYiQianWen-20230901。';
const GRANT = '乙方授权甲方在本协议有效期内通过 API 调用该模型。';

function check(root: string) {
  const { status, report } = cliJson(['check', root]);
  const findings = (report.findings as Record<string, any>[])
    .filter((f) => f.ruleId === RULE)
    .map((f) => ({ file: f.file, line: f.line, message: f.message as string }));
  return { status, findings };
}

function registration(agreement: string): string {
  const root = exampleRepo('registration-app');
  writeFile(root, AGREEMENT, agreement);
  return root;
}

describe('materials/call-legality through the CLI', () => {
  it('passes the example agreement and another wording of the same clauses', () => {
    expect(check(exampleRepo('registration-app'))).toEqual({ status: 0, findings: [] });
    const other = registration(
      '# 大模型 API 接入服务合同\n\n委托方（甲方）：杭州小智科技有限公司\n服务提供方（乙方）：阿里云计算有限公司\n\n' +
        '一、乙方确认，通义千问大模型已依法完成备案，备案编号：ZheJiang-TongYiQianWen-20230901。\n\n' +
        '二、甲方在合同期内享有通过 API 接入并使用通义千问大模型的权利。\n',
    );
    expect(check(other)).toEqual({ status: 0, findings: [] });
  });

  it('fails an agreement silent on the filing', () => {
    const { status, findings } = check(registration(PARTIES + GRANT + '\n'));
    expect(status).toBe(1);
    expect(findings).toEqual([
      expect.objectContaining({
        file: AGREEMENT,
        line: 1,
        message: expect.stringContaining('已完成生成式人工智能服务备案'),
      }),
    ]);
  });

  it('fails an agreement that only restricts the call', () => {
    const restriction = '未经乙方书面同意，甲方不得将调用权限转让给第三方。';
    const { status, findings } = check(registration(`${PARTIES}${FILED}\n\n${restriction}\n`));
    expect(status).toBe(1);
    expect(findings).toEqual([
      expect.objectContaining({
        file: AGREEMENT,
        line: 9,
        message: expect.stringContaining(`只写了限制：“${restriction}”`),
      }),
    ]);
  });

  it('fails an agreement with another model’s filing number', () => {
    const wrong = FILED.replace('ZheJiang-TongYiQianWen-20230901', 'Beijing-QingYan-202401150003');
    const { status, findings } = check(registration(`${PARTIES}${wrong}\n\n${GRANT}\n`));
    expect(status).toBe(1);
    expect(findings).toEqual([
      expect.objectContaining({
        file: AGREEMENT,
        line: 7,
        message: expect.stringContaining(
          '协议中的备案号 Beijing-QingYan-202401150003 与清单（models[0].filing_number）中的 ZheJiang-TongYiQianWen-20230901 不一致',
        ),
      }),
    ]);
  });

  it('fails an agreement with another party than the provider', () => {
    const reseller = PARTIES.replace('乙方：阿里云计算有限公司', '乙方：上海云途信息技术有限公司');
    const { status, findings } = check(registration(`${reseller}${FILED}${GRANT}\n`));
    expect(status).toBe(1);
    expect(findings).toEqual([
      expect.objectContaining({
        file: AGREEMENT,
        line: 3,
        message: expect.stringContaining('没有出现模型提供方“阿里云”'),
      }),
    ]);
  });

  it('checks a third-party model on the filing path, and passes its twin', () => {
    const add = (agreement: string) => {
      const root = exampleRepo('filing-self-developed');
      writeFile(root, 'compliance/contracts/模型服务协议.md', agreement);
      editManifest(
        root,
        /models:\n/,
        'models:\n  - provider: 阿里云\n    name: 通义千问\n    source: third-party\n    filing_number: ZheJiang-TongYiQianWen-20230901\n    fine_tuning: none\n    agreement: compliance/contracts/模型服务协议.md\n',
      );
      return root;
    };
    const parties = PARTIES.replace('杭州小智科技有限公司', '北京灵犀智能科技有限公司');
    expect(check(add(`${parties}${FILED}${GRANT}\n`)).findings).toEqual([]);
    expect(check(add(`${parties}${GRANT}\n`)).findings).toEqual([
      expect.objectContaining({
        file: 'compliance/contracts/模型服务协议.md',
        line: 1,
        message: expect.stringContaining('没有写明 阿里云 通义千问 已完成生成式人工智能服务备案'),
      }),
    ]);
  });
});
