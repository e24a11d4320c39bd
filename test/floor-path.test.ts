/**
 * The path decision's edges, declared limits and null as "not given", through the bundled CLI:
 * each case and its passing twin, with the exact rule id, file and line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editManifest, exampleRepo, lineOf, writeFile } from './helpers/repo.js';
import { cliJson } from './helpers/run.js';

interface Found {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
}

function check(root: string) {
  const { status, report } = cliJson(['check', root]);
  return { status, findings: report.findings as Found[] };
}

function of(findings: Found[], ruleId: string) {
  return findings
    .filter((f) => f.ruleId === ruleId)
    .map(({ severity, file, line }) => ({ severity, file, line }));
}

const OPENAI = `models:
  - provider: OpenAI
    name: GPT-4o
    source: third-party
    filing_number: null
materials:`;

describe('the path decision', () => {
  it('registration with models: [] is an error at models', () => {
    const root = exampleRepo();
    const text = editManifest(root, /models:\n[\s\S]*?\nmaterials:/, 'models: []\nmaterials:');
    const { status, findings } = check(root);
    expect(status).toBe(1);
    expect(of(findings, 'path/no-model')).toEqual([
      { severity: 'error', file: 'compliance.yml', line: lineOf(text, 'models: []') },
    ]);
  });

  it('registration that names its filed model passes', () => {
    const { status, findings } = check(exampleRepo());
    expect(status).toBe(0);
    expect(of(findings, 'path/no-model')).toEqual([]);
  });

  it('filing on an open-weights base without its filing number or a reason is an error', () => {
    const root = exampleRepo('filing-self-developed');
    const text = editManifest(
      root,
      / {2}- provider: 北京灵犀智能科技有限公司\n {4}name: 灵犀大模型\n {4}source: self-developed\n {4}fine_tuning: none/,
      '  - provider: Meta\n    name: Llama-3-8B\n    source: open-weights\n    filing_number: null\n    fine_tuning: lora',
    );
    const { status, findings } = check(root);
    expect(status).toBe(1);
    expect(of(findings, 'path/unfiled-base')).toEqual([
      { severity: 'error', file: 'compliance.yml', line: lineOf(text, 'filing_number: null') },
    ]);
  });

  it('filing on an open-weights base with a declared reason passes', () => {
    const root = exampleRepo('filing-self-developed');
    editManifest(
      root,
      / {2}- provider: 北京灵犀智能科技有限公司\n {4}name: 灵犀大模型\n {4}source: self-developed\n {4}fine_tuning: none/,
      '  - provider: Meta\n    name: Llama-3-8B\n    source: open-weights\n    filing_number: null\n    unfiled_reason: 境外开源权重，未在境内备案，本次备案覆盖基座与微调后的模型\n    fine_tuning: lora',
    );
    const { status, findings } = check(root);
    expect(of(findings, 'path/unfiled-base')).toEqual([]);
    expect(status).toBe(0);
  });

  it('exempt on a public service still finds an unfiled foreign model', () => {
    const root = exampleRepo();
    editManifest(
      root,
      'path: registration',
      'path: exempt\nexempt_reason: 仅提供商品文案生成，不具有舆论属性或社会动员能力',
    );
    const text = editManifest(root, /models:\n[\s\S]*?\nmaterials:/, OPENAI);
    const { status, findings } = check(root);
    expect(status).toBe(1);
    expect(of(findings, 'path/unfiled-model')).toEqual([
      { severity: 'error', file: 'compliance.yml', line: lineOf(text, 'filing_number: null') },
    ]);
    expect(of(findings, 'path/required')).toEqual([]);
  });

  it('exempt on an internal service does not judge the models it calls', () => {
    const root = exampleRepo();
    editManifest(
      root,
      'path: registration',
      'path: exempt\nexempt_reason: 仅供本企业员工内部使用，不向公众提供',
    );
    editManifest(root, 'public_facing: true', 'public_facing: false');
    editManifest(root, /models:\n[\s\S]*?\nmaterials:/, OPENAI);
    const { status, findings } = check(root);
    expect(of(findings, 'path/unfiled-model')).toEqual([]);
    expect(status).toBe(0);
  });

  it('exempt on a public service keeps the policy rules', () => {
    const root = exampleRepo();
    editManifest(
      root,
      'path: registration',
      'path: exempt\nexempt_reason: 仅提供商品文案生成，不具有舆论属性或社会动员能力',
    );
    const text = editManifest(root, /\n {2}privacy: \{[^}]*\}/, '');
    const { status, findings } = check(root);
    expect(status).toBe(1);
    expect(of(findings, 'policy/privacy-missing')).toEqual([
      { severity: 'error', file: 'compliance.yml', line: lineOf(text, 'policies:') },
    ]);
  });

  it('exempt on a public service whose reason does not speak of public-opinion attributes is an error', () => {
    const root = exampleRepo();
    const text = editManifest(
      root,
      'path: registration',
      'path: exempt\nexempt_reason: 用户量很小，暂不申报',
    );
    const { status, findings } = check(root);
    expect(status).toBe(1);
    expect(of(findings, 'path/exempt-reason')).toEqual([
      { severity: 'error', file: 'compliance.yml', line: lineOf(text, 'exempt_reason:') },
    ]);
  });

  it('exempt on a public service whose reason says why it has no public-opinion attributes passes', () => {
    const root = exampleRepo();
    editManifest(
      root,
      'path: registration',
      'path: exempt\nexempt_reason: 仅提供商品文案生成，不具有舆论属性或社会动员能力',
    );
    const { status, findings } = check(root);
    expect(of(findings, 'path/exempt-reason')).toEqual([]);
    expect(of(findings, 'path/required')).toEqual([]);
    expect(status).toBe(0);
    expect(cliJson(['check', root]).report.path).toEqual({
      declared: 'exempt',
      required: 'exempt',
    });
  });
});

describe('declared limits', () => {
  const TEN_YEARS = '您的个人信息保存期限为10年，期满后删除或匿名化处理。';

  it('a privacy policy without retention_months is an error at the privacy key', () => {
    const root = exampleRepo();
    const text = editManifest(root, ', retention_months: 6', '');
    const { status, findings } = check(root);
    expect(status).toBe(1);
    expect(of(findings, 'policy/privacy-retention')).toEqual([
      { severity: 'error', file: 'compliance.yml', line: lineOf(text, '  privacy:') },
    ]);
  });

  it("a declared limit is compared with the policy's own period", () => {
    const root = exampleRepo();
    const page = 'web/public/privacy.html';
    writeFile(root, page, `<html><body>\n<h1>隐私政策</h1>\n<p>${TEN_YEARS}</p>\n</body></html>\n`);
    const { findings } = check(root);
    expect(of(findings, 'policy/privacy-retention')).toContainEqual({
      severity: 'error',
      file: page,
      line: 3,
    });
  });

  it("online_number set to the called model's filing number is an error", () => {
    const root = exampleRepo();
    const text = editManifest(
      root,
      'online_number: null',
      'online_number: ZheJiang-TongYiQianWen-20230901',
    );
    const { status, findings } = check(root);
    expect(status).toBe(1);
    expect(of(findings, 'path/online-number')).toEqual([
      { severity: 'error', file: 'compliance.yml', line: lineOf(text, 'online_number:') },
    ]);
  });

  it('a registration online number of its own is only noted (its format is unpublished)', () => {
    const root = exampleRepo();
    const text = editManifest(
      root,
      'online_number: null',
      'online_number: Zhejiang-XiaoZhi-202611150012',
    );
    const footer = 'web/src/components/Footer.tsx';
    const page = readFileSync(path.join(root, footer), 'utf8');
    writeFile(
      root,
      footer,
      page.replace('<p>内容由', '<p>上线编号：Zhejiang-XiaoZhi-202611150012</p>\n      <p>内容由'),
    );
    const { status, findings } = check(root);
    expect(of(findings, 'path/online-number')).toEqual([
      { severity: 'note', file: 'compliance.yml', line: lineOf(text, 'online_number:') },
    ]);
    expect(status).toBe(0);
  });

  it('a filing online number without the published shape is an error; the example passes', () => {
    const root = exampleRepo('filing-self-developed');
    const text = editManifest(
      root,
      'online_number: Beijing-LingXiDuiHua-202611200031',
      'online_number: LingXi-2026',
    );
    const { status, findings } = check(root);
    expect(status).toBe(1);
    expect(of(findings, 'path/online-number')).toEqual([
      { severity: 'error', file: 'compliance.yml', line: lineOf(text, 'online_number:') },
    ]);
    const twin = check(exampleRepo('filing-self-developed'));
    expect(of(twin.findings, 'path/online-number')).toEqual([]);
    expect(twin.status).toBe(0);
  });
});

describe('null means absent', () => {
  it('null and empty optional fields are "not given", not schema errors', () => {
    const root = exampleRepo('filing-self-developed');
    editManifest(
      root,
      'fine_tuning: none',
      'fine_tuning: none\n    agreement: null\n    endpoint: ""',
    );
    editManifest(root, 'path: filing', 'path: filing\nexempt_reason: null');
    const { status, findings } = check(root);
    expect(findings.filter((f) => f.ruleId.startsWith('manifest/'))).toEqual([]);
    expect(status).toBe(0);
  });

  it('a null required field is reported as missing', () => {
    const root = exampleRepo();
    const text = editManifest(root, 'name: 小智写作助手', 'name: null');
    const { status, findings } = check(root);
    expect(status).toBe(1);
    expect(of(findings, 'manifest/schema')).toEqual([
      { severity: 'error', file: 'compliance.yml', line: lineOf(text, 'service:') },
    ]);
  });
});
