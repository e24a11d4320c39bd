import { cpSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, PROJECT_ROOT, exampleRepo, tempDir, writeFile } from './helpers/repo.js';
import { cli, cliJson } from './helpers/run.js';

describe('dist/ without node_modules', () => {
  it('checks the filing example, Chinese PDFs included, from a copy of dist alone', () => {
    const dir = tempDir();
    cpSync(path.join(PROJECT_ROOT, 'dist'), path.join(dir, 'dist'), { recursive: true });
    const example = path.join(dir, 'filing-self-developed');
    cpSync(path.join(EXAMPLES, 'filing-self-developed'), example, { recursive: true });
    const result = cli(['check', example, '--format', 'json', '--fail-on', 'note'], {
      cliPath: path.join(dir, 'dist/cli.js'),
      cwd: dir,
    });
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    expect(report.findings).toEqual([]);
    expect(result.status).toBe(0);
  });

  it('holds only ASCII JavaScript, so V8 keeps every module as one-byte text', () => {
    const dist = path.join(PROJECT_ROOT, 'dist');
    const modules = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.js'),
    );
    expect(modules.length).toBeGreaterThan(10);
    const withWide = modules.filter((f) =>
      readFileSync(path.join(dist, f)).some((byte) => byte > 0x7f),
    );
    expect(withWide).toEqual([]);
  });

  it('decodes named HTML entities with the entity tables it bundles', () => {
    const policy = (space: string) =>
      [
        '<h1>隐私政策</h1>',
        '<p>运营者：杭州小智科技有限公司。我们收集您的手机号码（用于实名认证）。</p>',
        `<p>您的个人信息保存期限为${space}6${space}个月&mdash;期满后删除或匿名化处理&hellip;</p>`,
        '<ol><li>进入&ldquo;设置&rdquo;；</li><li>点击&ldquo;隐私与数据&rdquo;；</li>',
        '<li>点击&ldquo;删除我的数据&rdquo;并确认&middot;</li></ol>',
        '<p>&copy; 2026 如有疑问请联系 privacy&#64;example.cn，15&thinsp;个工作日内答复。</p>',
      ].join('\n');
    const retention = (space: string) => {
      const root = exampleRepo();
      writeFile(root, 'web/public/privacy.html', policy(space));
      const { report } = cliJson(['check', root, '--fail-on', 'note', '--lang', 'en']);
      return (report.findings as { ruleId: string }[]).map((f) => f.ruleId);
    };
    expect(retention('&nbsp;')).toEqual([]);
    // The control: an entity the tables do not hold stays as written and hides the period.
    expect(retention('&nbsq;')).toContain('policy/privacy-retention');
  });
});
