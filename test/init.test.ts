import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { DOCS_URL, SCHEMA_URL } from '../src/data/project.js';
import { LEXICON_RISK_GROUPS, risksOf } from '../src/data/risks.js';
import { validateCompliance } from '../src/generated/validators.js';
import { PROJECT_ROOT, tempDir } from './helpers/repo.js';
import { CLI, cli, cliJson } from './helpers/run.js';

const LEXICON = 'compliance/content-safety/附件4-拦截关键词列表.xlsx';
const TEST_SET = 'compliance/content-safety/附件5-评估测试题.xlsx';

/** `init` as a user without a terminal runs it: stdin is a pipe, never a TTY. */
function init(dir: string, flags: string[] = []) {
  return cli(['init', dir, ...flags]);
}

async function readSheets(file: string) {
  const ExcelJS = ((await import('exceljs')) as any).default;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((sheet: any) => ({
    name: sheet.name as string,
    rows: sheet
      .getSheetValues()
      .filter(Boolean)
      .map((row: unknown[]) => row.slice(1)),
  }));
}

describe('init without a terminal', () => {
  it('writes a valid manifest, the templates, checklists and the workflow', () => {
    const dir = path.join(tempDir(), 'product');
    const result = init(dir);
    expect(result.status).toBe(0);
    const manifest = readFileSync(path.join(dir, 'compliance.yml'), 'utf8');
    expect(manifest.split('\n')[0]).toBe(`# yaml-language-server: $schema=${SCHEMA_URL}`);
    const data = yaml.load(manifest);
    expect(validateCompliance(data), JSON.stringify(validateCompliance.errors)).toBe(true);
    expect(data).toMatchObject({ version: 1, path: 'registration', service: { name: 'product' } });
    for (const rel of [
      LEXICON,
      TEST_SET,
      'compliance/checklists/申报材料.md',
      'compliance/checklists/隐私政策.md',
      'compliance/checklists/用户服务协议.md',
      'compliance/checklists/内容安全管理制度.md',
      '.github/workflows/compliance.yml',
    ]) {
      expect(existsSync(path.join(dir, rel)), rel).toBe(true);
      expect(result.stdout).toContain(rel);
    }
    expect(readFileSync(path.join(dir, '.github/workflows/compliance.yml'), 'utf8')).toBe(
      readFileSync(path.join(PROJECT_ROOT, 'examples/workflows/compliance.yml'), 'utf8'),
    );
  });

  it('then check fails only on what is missing, each finding linking to an existing doc', () => {
    const dir = tempDir();
    expect(init(dir).status).toBe(0);
    const { status, report } = cliJson(['check', dir, '--lang', 'en']);
    expect(status).toBe(1);
    expect(report.passed).toBe(false);
    const findings: any[] = report.findings;
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.ruleId, finding.message).not.toMatch(/^(manifest|waiver)\//);
      if (finding.ruleId.endsWith('/parse')) {
        // The templates are read (header found); they are only reported as still empty.
        expect([LEXICON, TEST_SET]).toContain(finding.file);
        expect(finding.message).toMatch(/ has no .*entries(; fill it|$)/);
      }
      expect(finding.helpUri).toBe(`${DOCS_URL}/rules/${finding.ruleId}.md`);
      expect(existsSync(path.join(PROJECT_ROOT, 'docs/rules', `${finding.ruleId}.md`))).toBe(true);
    }
    // Every material the manifest names is reported, and each one reported is truly absent.
    const missing = findings.filter((f) => f.ruleId === 'materials/missing');
    expect(missing.length).toBeGreaterThanOrEqual(6);
    for (const finding of missing) {
      const file = /File not found: (.+)$/.exec(finding.message)?.[1];
      expect(file, finding.message).toBeDefined();
      expect(existsSync(path.join(dir, file!))).toBe(false);
    }
    expect(report.path).toEqual({ declared: 'registration', required: 'registration' });
  });

  it('takes the path, entity, models and filing numbers from flags', () => {
    const dir = tempDir();
    const result = init(dir, [
      '--path',
      'filing',
      '--name',
      '小智写作助手',
      '--entity',
      '杭州小智科技有限公司',
      '--credit-code',
      '91330106MA2H4K7L39',
      '--model',
      '杭州小智科技有限公司/小智大模型',
      '--source',
      'self-developed',
      '--model',
      '阿里云/通义千问',
      '--filing-number',
      '',
      '--lang',
      'en',
    ]);
    expect(result.status, result.stderr).toBe(0);
    const data = yaml.load(readFileSync(path.join(dir, 'compliance.yml'), 'utf8')) as any;
    expect(validateCompliance(data)).toBe(true);
    expect(data.path).toBe('filing');
    expect(data.service).toMatchObject({
      name: '小智写作助手',
      entity: '杭州小智科技有限公司',
      credit_code: '91330106MA2H4K7L39',
    });
    expect(data.models).toEqual([
      expect.objectContaining({
        name: '小智大模型',
        source: 'self-developed',
        filing_number: null,
      }),
      expect.objectContaining({ provider: '阿里云', source: 'third-party', filing_number: null }),
    ]);
    expect(data.materials.security_assessment).toBeDefined();
    expect(data.gate.lang).toBe('en');

    const { report } = cliJson(['check', dir]);
    expect(report.path).toEqual({ declared: 'filing', required: 'filing' });
    const ids = report.findings.map((f: any) => f.ruleId);
    expect(ids).not.toContain('path/required');
    expect(ids).not.toContain('manifest/schema');
    expect(ids).toContain('path/unfiled-model');
  });

  it('pairs each filing number with its model and keeps a well-formed one', () => {
    const dir = tempDir();
    const flags = ['--entity', '杭州小智科技有限公司', '--model', '阿里云/通义千问'];
    expect(init(dir, [...flags, '--filing-number', 'ZheJiang-TongYiQianWen-20230901']).status).toBe(
      0,
    );
    const { report } = cliJson(['check', dir]);
    const ids = report.findings.map((f: any) => f.ruleId);
    expect(ids).not.toContain('path/unfiled-model');
    expect(ids).not.toContain('path/filing-number-format');
  });

  it('an exempt path needs its reason', () => {
    const without = tempDir();
    expect(init(without, ['--path', 'exempt']).status).toBe(0);
    expect(cliJson(['check', without]).report.findings.map((f: any) => f.ruleId)).toContain(
      'path/exempt-reason',
    );
    const withReason = tempDir();
    expect(
      init(withReason, ['--path', 'exempt', '--exempt-reason', '仅供本企业员工内部使用']).status,
    ).toBe(0);
    const data = yaml.load(readFileSync(path.join(withReason, 'compliance.yml'), 'utf8')) as any;
    expect(data).toMatchObject({ path: 'exempt', exempt_reason: '仅供本企业员工内部使用' });
    expect(data.service.public_facing).toBe(false);
    const ids = cliJson(['check', withReason]).report.findings.map((f: any) => f.ruleId);
    expect(ids).not.toContain('path/exempt-reason');
    expect(ids).not.toContain('path/required');
  });

  it('quotes values YAML would read as something else', () => {
    const dir = tempDir();
    const entity = 'yes: "A" #1 \\ co.';
    expect(init(dir, ['--entity', entity, '--name', 'null']).status).toBe(0);
    const data = yaml.load(readFileSync(path.join(dir, 'compliance.yml'), 'utf8')) as any;
    expect(data.service).toMatchObject({ entity, name: 'null' });
  });

  it('never overwrites without --force', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'compliance.yml'), 'version: 1\n# mine\n');
    const first = init(dir);
    expect(first.status).toBe(0);
    expect(readFileSync(path.join(dir, 'compliance.yml'), 'utf8')).toBe('version: 1\n# mine\n');
    expect(first.stdout).toMatch(/已保留\s+compliance\.yml/);
    expect(existsSync(path.join(dir, LEXICON))).toBe(true);

    writeFileSync(path.join(dir, LEXICON), 'mine');
    expect(init(dir).status).toBe(0);
    expect(readFileSync(path.join(dir, LEXICON), 'utf8')).toBe('mine');

    expect(init(dir, ['--force']).status).toBe(0);
    expect(readFileSync(path.join(dir, 'compliance.yml'), 'utf8')).toMatch(
      /^# yaml-language-server/,
    );
    expect(readFileSync(path.join(dir, LEXICON)).subarray(0, 2).toString()).toBe('PK');
  });

  it('never writes through a link that leaves the directory', () => {
    const dir = tempDir();
    const outside = tempDir();
    symlinkSync(outside, path.join(dir, 'compliance'));
    const result = init(dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(LEXICON);
    expect(readdirSync(outside)).toEqual([]);
    expect(existsSync(path.join(dir, 'compliance.yml'))).toBe(false);
  });

  it('rejects bad flags with exit 2 and writes nothing', () => {
    for (const flags of [
      ['--path', 'both'],
      ['--model', 'no-slash'],
      ['--filing-number', 'Beijing-X-20240101'],
      ['--model', 'a/b', '--source', 'rented'],
      ['--lang', 'fr'],
    ]) {
      const dir = tempDir();
      const result = init(dir, flags);
      expect(result.status, flags.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/init: /);
      expect(readdirSync(dir)).toEqual([]);
    }
  });

  it('does not wait for input when stdin stays open but is not a terminal', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, [CLI, 'init', dir], { stdio: ['pipe', 'pipe', 'pipe'] });
    const code = await new Promise<number | null>((resolve) => {
      const guard = setTimeout(() => child.kill(), 20_000);
      child.on('exit', (status) => {
        clearTimeout(guard);
        resolve(status);
      });
    });
    child.stdin.end();
    expect(code).toBe(0);
    expect(existsSync(path.join(dir, 'compliance.yml'))).toBe(true);
  });

  it('lays the lexicon out as 附件4 with the 17 risks as rows, and the test set as 附件5', async () => {
    const dir = tempDir();
    expect(init(dir).status).toBe(0);
    const [lexicon, ...more] = await readSheets(path.join(dir, LEXICON));
    expect(more).toEqual([]);
    expect(lexicon!.rows[0]).toEqual(['关键词', '一级分类', '二级分类']);
    const risks = risksOf(LEXICON_RISK_GROUPS);
    expect(risks).toHaveLength(17);
    expect(lexicon!.rows.slice(1).map((row: unknown[]) => row[2])).toEqual(risks.map((r) => r.zh));

    const [bank] = await readSheets(path.join(dir, TEST_SET));
    expect(bank!.name).toBe('生成内容测试题库（A.1-A.5）');
    expect(bank!.rows[0]).toEqual(
      expect.arrayContaining([
        '问题',
        '预期输出',
        '判定标准',
        '风险类别',
        '是否高风险',
        '是否应拒答',
        '编号',
        '题库',
      ]),
    );
  });

  it('creates the directory it is given', () => {
    const dir = path.join(tempDir(), 'a', 'b');
    mkdirSync(path.dirname(dir), { recursive: true });
    expect(init(dir).status).toBe(0);
    expect(existsSync(path.join(dir, 'compliance.yml'))).toBe(true);
  });
});

describe('pre-commit hook', () => {
  it("runs the package's own command on the repository", () => {
    const hooks = yaml.load(
      readFileSync(path.join(PROJECT_ROOT, '.pre-commit-hooks.yaml'), 'utf8'),
    ) as any[];
    const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8'));
    expect(hooks).toHaveLength(1);
    const [hook] = hooks;
    expect(hook).toMatchObject({ language: 'node', pass_filenames: false, always_run: true });
    const [bin, ...args] = String(hook.entry).split(' ');
    expect(pkg.bin[bin!]).toBe('dist/cli.js');
    expect(cli(args, { cwd: path.join(PROJECT_ROOT, 'examples/registration-app') }).status).toBe(0);
    const dir = tempDir();
    expect(init(dir).status).toBe(0);
    expect(cli(args, { cwd: dir }).status).toBe(1);
  });
});
