import { closeSync, ftruncateSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Outline } from '../scripts/document-builders.mjs';
import { encryptedPdf, scannedPdf } from '../scripts/document-builders.mjs';
import {
  LINGXI,
  XIAOZHI,
  privacyOutline,
  safetyOutline,
  termsOutline,
} from '../scripts/example-documents.mjs';
import type { Finding } from '../src/model/finding.js';
import { editManifest, exampleRepo, lineOf, writeFile } from './helpers/repo.js';
import { toHtml, writeDocument, type Format } from './helpers/documents.js';
import { byRule, check } from './helpers/run.js';

/** The registration example with its privacy policy replaced by `outline` in `format`. */
async function withPrivacy(format: Format, outline: Outline, retention = 6) {
  const root = exampleRepo();
  const rel = await writeDocument(root, 'web/public/privacy-policy', format, outline);
  editManifest(
    root,
    /privacy: \{ path: [^}]+\}/,
    `privacy: { path: ${rel}, retention_months: ${retention} }`,
  );
  return { root, rel };
}

async function withTerms(format: Format, outline: Outline) {
  const root = exampleRepo();
  const rel = await writeDocument(root, 'web/public/user-terms', format, outline);
  editManifest(root, /service_agreement: \{ path: [^}]+\}/, `service_agreement: { path: ${rel} }`);
  return { root, rel };
}

async function findings(root: string, rule: string): Promise<Finding[]> {
  return byRule((await check(root, { lang: 'en' })).findings, rule);
}

/** Where a text sits in a generated document: its line (HTML, Markdown) or its page / paragraph. */
function expectAt(
  finding: Finding | undefined,
  root: string,
  rel: string,
  format: Format,
  needle: string,
) {
  expect(finding, 'a finding').toBeDefined();
  expect(finding!.file).toBe(rel);
  if (format === 'html' || format === 'md' || format === 'txt') {
    expect(finding!.line).toBe(lineOf(readFileSync(path.join(root, rel), 'utf8'), needle));
  } else if (format === 'pdf') {
    expect(finding!.line).toBeUndefined();
    expect(finding!.data).toMatchObject({ page: 1 });
    expect(finding!.message.en).toMatch(/^Page 1: /);
  } else {
    expect(finding!.line).toBeUndefined();
    expect(finding!.data?.paragraph).toEqual(expect.any(Number));
    expect(finding!.message.en).toMatch(/^Paragraph \d+: /);
  }
}

describe('the examples pass every policy rule', () => {
  it.each(['registration-app', 'filing-self-developed'])('%s', async (name) => {
    const report = await check(exampleRepo(name), { lang: 'en' });
    expect(report.findings.filter((f) => f.ruleId.startsWith('policy/'))).toEqual([]);
  });

  it.each<Format>(['html', 'md', 'docx', 'pdf'])(
    'a correct privacy policy and agreement in %s',
    async (format) => {
      const { root } = await withPrivacy(format, privacyOutline(XIAOZHI));
      const rel = await writeDocument(root, 'terms-copy', format, termsOutline(XIAOZHI));
      editManifest(
        root,
        /service_agreement: \{ path: [^}]+\}/,
        `service_agreement: { path: ${rel} }`,
      );
      const report = await check(root, { lang: 'en' });
      expect(report.findings.filter((f) => f.ruleId.startsWith('policy/'))).toEqual([]);
    },
  );
});

describe('policy/privacy-missing', () => {
  it('fails when no privacy policy is declared, at the policies key', async () => {
    const root = exampleRepo();
    const manifest = editManifest(root, /\n {2}privacy: .*\n/, '\n');
    const [finding] = await findings(root, 'policy/privacy-missing');
    expect(finding).toMatchObject({ file: 'compliance.yml', line: lineOf(manifest, 'policies:') });
  });

  it('fails a declared file that does not exist, at its value', async () => {
    const root = exampleRepo();
    const manifest = editManifest(root, 'web/public/privacy.html', 'web/public/gone.html');
    const [finding] = await findings(root, 'policy/privacy-missing');
    expect(finding).toMatchObject({ file: 'compliance.yml', line: lineOf(manifest, 'privacy:') });
    expect(finding!.message.en).toContain('File not found');
  });

  it('a password-protected PDF is a clear error', async () => {
    const root = exampleRepo();
    writeFile(root, 'web/public/privacy.pdf', await encryptedPdf());
    editManifest(root, 'web/public/privacy.html', 'web/public/privacy.pdf');
    const [finding] = await findings(root, 'policy/privacy-missing');
    expect(finding).toMatchObject({ file: 'web/public/privacy.pdf', severity: 'error' });
    expect(finding!.message.en).toContain('password-protected');
    expect(finding!.message['zh-CN']).toContain('设有打开密码');
  });

  it('a scanned PDF is a note naming what cannot be verified, and nothing passes silently', async () => {
    const root = exampleRepo();
    writeFile(root, 'web/public/privacy.pdf', await scannedPdf(2));
    editManifest(root, 'web/public/privacy.html', 'web/public/privacy.pdf');
    const report = await check(root, { lang: 'en' });
    const [finding] = byRule(report.findings, 'policy/privacy-missing');
    expect(finding).toMatchObject({ file: 'web/public/privacy.pdf', severity: 'note' });
    expect(finding!.message.en).toContain('no text layer');
    expect(finding!.message.en).toContain(
      'cannot verify: the collection scope, retention period and deletion path',
    );
    const others = report.findings.filter((f) =>
      /policy\/privacy-(scope|retention|deletion)/.test(f.ruleId),
    );
    expect(others).toEqual([]);
  });

  it('a corrupt DOCX is a clear error', async () => {
    const root = exampleRepo();
    writeFile(root, 'web/public/privacy.docx', 'PK\u0003\u0004 not a real package');
    editManifest(root, 'web/public/privacy.html', 'web/public/privacy.docx');
    const [finding] = await findings(root, 'policy/privacy-missing');
    expect(finding).toMatchObject({ file: 'web/public/privacy.docx', severity: 'error' });
    expect(finding!.message.en).toContain('not a valid DOCX');
  });

  it('a 200 MB HTML file is refused by size', async () => {
    const root = exampleRepo();
    const fd = openSync(path.join(root, 'web/public/privacy.html'), 'w');
    ftruncateSync(fd, 200 * 1024 * 1024);
    closeSync(fd);
    const [finding] = await findings(root, 'policy/privacy-missing');
    expect(finding).toMatchObject({ file: 'web/public/privacy.html', severity: 'error' });
    expect(finding!.message.en).toContain('too large (200.0 MiB');
  });
});

function without(outline: Outline, match: (text: string) => boolean): Outline {
  return {
    ...outline,
    blocks: outline.blocks.filter((b) => !('p' in b && match(b.p)) && !('h' in b && match(b.h))),
  };
}

function replacing(outline: Outline, from: string, to: string): Outline {
  return JSON.parse(JSON.stringify(outline).replaceAll(from, to)) as Outline;
}

describe('policy/privacy-scope', () => {
  const noPurpose = replacing(
    privacyOutline(XIAOZHI),
    `为提供服务，我们收集${XIAOZHI.collected}。`,
    '我们收集您的手机号码和设备信息。',
  );

  it.each<Format>(['html', 'pdf'])(
    'fails collection without a purpose, where it is said (%s)',
    async (format) => {
      const { root, rel } = await withPrivacy(format, noPurpose);
      const [finding] = await findings(root, 'policy/privacy-scope');
      expectAt(finding, root, rel, format, '我们收集您的手机号码和设备信息');
      expect(finding!.message.en).toContain('not what for');
    },
  );

  it.each<Format>(['md', 'docx'])(
    'fails a policy that never says what is collected (%s)',
    async (format) => {
      const outline = without(privacyOutline(XIAOZHI), (t) => t.includes('收集'));
      const { root, rel } = await withPrivacy(format, outline);
      const [finding] = await findings(root, 'policy/privacy-scope');
      expect(finding).toMatchObject({ file: rel });
      expect(finding!.message.en).toContain('does not say which personal information is collected');
    },
  );
});

describe('policy/privacy-retention', () => {
  it.each<Format>(['html', 'docx', 'pdf', 'md'])(
    '保存期限为24个月 with retention_months: 6 fails at that place (%s)',
    async (format) => {
      const { root, rel } = await withPrivacy(
        format,
        privacyOutline(XIAOZHI, { retention: '24个月' }),
      );
      const [finding, ...rest] = await findings(root, 'policy/privacy-retention');
      expect(rest).toEqual([]);
      expectAt(finding, root, rel, format, '保存期限为24个月');
      expect(finding).toMatchObject({
        severity: 'error',
        data: expect.objectContaining({ months: 24, limit: 6 }),
      });
      expect(finding!.message['zh-CN']).toContain('保存期限“24个月”超过清单声明的最长 6 个月');
    },
  );

  it.each([
    ['2年', true],
    ['二十四个月', true],
    ['半年', false],
    ['180天', false],
    ['6个月', false],
  ])('%s against 6 months fails: %s', async (period, fails) => {
    const { root } = await withPrivacy('html', privacyOutline(XIAOZHI, { retention: period }));
    expect((await findings(root, 'policy/privacy-retention')).length > 0).toBe(fails);
  });

  it('the legal minimum for logs (不少于六个月) is not compared with the maximum', async () => {
    const { root } = await withPrivacy('html', privacyOutline(XIAOZHI, { retention: '3个月' }), 3);
    expect(await findings(root, 'policy/privacy-retention')).toEqual([]);
  });

  it.each<Format>(['html', 'docx'])(
    '永久保存 fails; its negation does not (%s)',
    async (format) => {
      const forever = replacing(
        privacyOutline(XIAOZHI),
        '您的个人信息保存期限为6个月，期满后删除或匿名化处理。',
        '您的个人信息将被永久保存。',
      );
      const { root, rel } = await withPrivacy(format, forever);
      const [finding] = await findings(root, 'policy/privacy-retention');
      expectAt(finding, root, rel, format, '永久保存');
      expect(finding!.message.en).toContain('may not be kept permanently');

      const never = replacing(
        privacyOutline(XIAOZHI),
        '期满后删除或匿名化处理。',
        '期满后删除，我们不会永久保存您的个人信息。',
      );
      const second = await withPrivacy(format, never);
      expect(await findings(second.root, 'policy/privacy-retention')).toEqual([]);
    },
  );

  it.each<Format>(['html', 'pdf'])('fails a policy that states no period (%s)', async (format) => {
    const outline = replacing(
      privacyOutline(XIAOZHI),
      '您的个人信息保存期限为6个月，期满后删除或匿名化处理。',
      '我们在实现目的所必需的期间内保存您的个人信息。',
    );
    const { root, rel } = await withPrivacy(
      format,
      without(outline, (t) => t.includes('日志')),
    );
    const [finding] = await findings(root, 'policy/privacy-retention');
    expect(finding).toMatchObject({ file: rel });
    expect(finding!.message.en).toContain('states no retention period');
  });
});

describe('policy/privacy-deletion-steps', () => {
  const six = [
    '登录后进入“我的”；',
    '点击“设置”；',
    '点击“账号与安全”；',
    '点击“隐私与数据”；',
    '点击“删除我的数据”；',
    '再次确认删除。',
  ];

  it.each<Format>(['html', 'docx', 'md', 'pdf'])(
    'deletion in 6 numbered steps fails with the count (%s)',
    async (format) => {
      const { root, rel } = await withPrivacy(format, privacyOutline(XIAOZHI, { steps: six }));
      const [finding] = await findings(root, 'policy/privacy-deletion-steps');
      expectAt(finding, root, rel, format, '三、删除您的信息');
      expect(finding).toMatchObject({ data: expect.objectContaining({ steps: 6, limit: 4 }) });
      expect(finding!.message['zh-CN']).toContain('删除个人信息的路径共 6 步，超过上限 4 步');
    },
  );

  it.each<Format>(['html', 'pdf'])('4 steps pass (%s)', async (format) => {
    const { root } = await withPrivacy(format, privacyOutline(XIAOZHI, { steps: six.slice(2) }));
    expect(await findings(root, 'policy/privacy-deletion-steps')).toEqual([]);
  });

  it('counts a menu path', async () => {
    const outline = privacyOutline(XIAOZHI);
    outline.blocks = outline.blocks.map((b) =>
      'ol' in b ? { p: '路径：我的 > 设置 > 账号与安全 > 隐私 > 删除我的数据' } : b,
    );
    const { root } = await withPrivacy('html', outline);
    const [finding] = await findings(root, 'policy/privacy-deletion-steps');
    expect(finding!.data).toMatchObject({ steps: 5 });
  });

  it('every procedure is counted: a second, longer one fails at its own place', async () => {
    const outline = privacyOutline(XIAOZHI);
    outline.blocks.push(
      { h: '五、注销账号' },
      { p: '您可以在“我的 > 设置 > 账号与安全 > 隐私 > 注销账号”中注销账号。' },
    );
    const { root, rel } = await withPrivacy('html', outline);
    const found = await findings(root, 'policy/privacy-deletion-steps');
    expect(found).toHaveLength(1);
    expectAt(found[0], root, rel, 'html', '五、注销账号');
    expect(found[0]!.data).toMatchObject({ steps: 5 });
  });

  it('the limit comes from the manifest', async () => {
    const { root } = await withPrivacy('html', privacyOutline(XIAOZHI, { steps: six }));
    editManifest(root, 'retention_months: 6 }', 'retention_months: 6, max_deletion_steps: 6 }');
    expect(await findings(root, 'policy/privacy-deletion-steps')).toEqual([]);
  });

  it.each<Format>(['html', 'docx'])(
    'fails a policy without any deletion path (%s)',
    async (format) => {
      const outline = without(privacyOutline(XIAOZHI), (t) => t.includes('删除'));
      outline.blocks = outline.blocks.filter((b) => !('ol' in b));
      const { root, rel } = await withPrivacy(format, outline);
      const [finding] = await findings(root, 'policy/privacy-deletion-steps');
      expect(finding).toMatchObject({ file: rel });
      expect(finding!.message.en).toContain('does not say how to delete');
    },
  );
});

describe('policy/agreement-terms', () => {
  it.each<Format>(['html', 'docx'])(
    'fails an agreement without the labelling notice (%s)',
    async (format) => {
      const outline = without(
        termsOutline(XIAOZHI),
        (t) => t.includes('标识') || t.includes('标注'),
      );
      const { root, rel } = await withTerms(format, outline);
      const found = await findings(root, 'policy/agreement-terms');
      expect(found).toHaveLength(1);
      expectAt(found[0], root, rel, format, '<h1>');
      expect(found[0]!.message.en).toContain(
        'lacks: the notice that AI-generated content is labelled',
      );
    },
  );

  it.each<Format>(['md', 'pdf'])(
    'fails an agreement without usage rules or account measures (%s)',
    async (format) => {
      const outline = without(termsOutline(XIAOZHI), (t) =>
        /使用规范|不得利用|账号管理|警示/.test(t),
      );
      const { root } = await withTerms(format, outline);
      const messages = (await findings(root, 'policy/agreement-terms')).map((f) => f.message.en);
      expect(messages).toEqual([
        expect.stringContaining('lacks: usage rules'),
        expect.stringContaining('lacks: prohibited content'),
        expect.stringContaining('lacks: measures against violating accounts'),
      ]);
    },
  );

  it('phrases added in the manifest extend the built-in lists', async () => {
    const outline = replacing(
      without(termsOutline(XIAOZHI), (t) => t.includes('使用规范')),
      '您不得利用本服务生成、传播法律、行政法规禁止的内容',
      '平台公约：禁止以本服务生成、传播法律、行政法规禁止的内容',
    );
    const { root } = await withTerms('html', outline);
    expect((await findings(root, 'policy/agreement-terms')).map((f) => f.message.en)).toEqual([
      expect.stringContaining('lacks: usage rules'),
    ]);
    editManifest(root, 'waivers: []', 'phrases:\n  usage_rules: [平台公约]\nwaivers: []');
    expect(await findings(root, 'policy/agreement-terms')).toEqual([]);
  });

  it('an unknown phrase list is a schema error', async () => {
    const root = exampleRepo();
    editManifest(root, 'waivers: []', 'phrases:\n  usage_ruls: [x]\nwaivers: []');
    const report = await check(root, { lang: 'en' });
    expect(byRule(report.findings, 'manifest/schema')[0]!.message.en).toContain(
      'phrases.usage_ruls',
    );
  });

  it('fails when no agreement is declared', async () => {
    const root = exampleRepo();
    const manifest = editManifest(root, /\n {2}service_agreement: .*\n/, '\n');
    const [finding] = await findings(root, 'policy/agreement-terms');
    expect(finding).toMatchObject({ file: 'compliance.yml', line: lineOf(manifest, 'policies:') });
  });
});

describe('policy/complaint-deadline', () => {
  it.each<Format>(['html', 'pdf', 'docx'])(
    'a terms page promising feedback within 30 个工作日 fails there (%s)',
    async (format) => {
      const { root, rel } = await withTerms(
        format,
        termsOutline(XIAOZHI, { deadline: '30个工作日' }),
      );
      const [finding, ...rest] = await findings(root, 'policy/complaint-deadline');
      expect(rest).toEqual([]);
      expectAt(finding, root, rel, format, '30个工作日');
      expect(finding!.message['zh-CN']).toContain('反馈时限“30个工作日”超过 15个工作日');
    },
  );

  it.each([
    ['15个工作日', false],
    ['20天', false],
    ['一个月', true],
    ['30日', true],
    ['48小时', false],
  ])('feedback within %s fails: %s', async (deadline, fails) => {
    const { root } = await withTerms('html', termsOutline(XIAOZHI, { deadline }));
    expect((await findings(root, 'policy/complaint-deadline')).length > 0).toBe(fails);
  });

  it('a reply deadline in the privacy policy is held to the same limit', async () => {
    const { root, rel } = await withPrivacy(
      'html',
      privacyOutline(XIAOZHI, { deadline: '30个工作日' }),
    );
    const [finding] = await findings(root, 'policy/complaint-deadline');
    expectAt(finding, root, rel, 'html', '30个工作日');
  });

  it.each<Format>(['html', 'md'])(
    'fails an agreement with no channel and no deadline (%s)',
    async (format) => {
      const outline = without(termsOutline(XIAOZHI), (t) => t.includes('投诉举报'));
      const { root } = await withTerms(format, outline);
      const messages = (await findings(root, 'policy/complaint-deadline')).map((f) => f.message.en);
      expect(messages).toEqual([
        expect.stringContaining('gives no complaint or report channel'),
        expect.stringContaining('states no feedback deadline'),
      ]);
    },
  );
});

describe('policy/safety-management', () => {
  async function withSafety(format: Format, outline: Outline, example = 'registration-app') {
    const root = exampleRepo(example);
    const rel = await writeDocument(root, 'compliance/content-safety/制度', format, outline);
    editManifest(root, /management_system: .*/, `management_system: ${rel}`);
    return { root, rel };
  }

  it.each<Format>(['docx', 'md'])(
    'fails a system without tracking and audit (%s)',
    async (format) => {
      const outline = without(safetyOutline(XIAOZHI), (t) => /审计|评估/.test(t));
      const { root, rel } = await withSafety(format, outline);
      const found = await findings(root, 'policy/safety-management');
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ file: rel, severity: 'error' });
      expect(found[0]!.message.en).toContain('lacks: continuous tracking and audit');
    },
  );

  it.each<Format>(['pdf', 'html'])(
    'warns when the guidelines name no risk areas (%s)',
    async (format) => {
      const outline = replacing(
        safetyOutline(LINGXI),
        '本制度覆盖基础设施风险、服务风险与应用风险：',
        '运营规范：',
      );
      const { root, rel } = await withSafety(format, outline, 'filing-self-developed');
      const [finding] = await findings(root, 'policy/safety-management');
      expect(finding).toMatchObject({ file: rel, severity: 'warning' });
      expect(finding!.message.en).toContain(
        'do not go through the risks of: infrastructure, service provision, application',
      );
      if (format === 'html') expect(finding!.line).toBe(lineOf(toHtml(outline), '一、运营规范'));
    },
  );

  it('fails when the filing path declares no management system', async () => {
    const root = exampleRepo('filing-self-developed');
    const manifest = editManifest(root, /\n {2}management_system: .*\n/, '\n');
    const [finding] = await findings(root, 'policy/safety-management');
    expect(finding).toMatchObject({
      file: 'compliance.yml',
      line: lineOf(manifest, 'content_safety:'),
    });
  });
});
