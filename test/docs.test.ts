import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ruleHelpUri, DOCS_URL } from '../src/data/project.js';
import { splitDescription } from '../src/docs/schema-reference.js';
import { splice } from '../src/docs/readme.js';
import { DOMAIN_DOCS, DOMAIN_SECTIONS, ruleBasis } from '../src/docs/domain.js';
import { RISKS } from '../src/data/risks.js';
import { RULES } from '../src/rules/index.js';
import { PROJECT_ROOT, tempDir } from './helpers/repo.js';
import { cli } from './helpers/run.js';

const STALE = 'the committed docs differ from the rule catalogue or the schema: run `npm run docs`';

function filesUnder(root: string, dir: string): string[] {
  const abs = path.join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort();
}

const READMES = ['README.md', 'README.en.md'];
const DOMAIN = [DOMAIN_DOCS['zh-CN'], DOMAIN_DOCS.en];

function anchors(document: string): string[] {
  return [...document.matchAll(/<a id="([^"]+)"><\/a>/g)].map((match) => match[1]!);
}

describe('generated documentation', () => {
  let out: string;
  beforeAll(() => {
    out = tempDir('gcg-docs-');
    const result = spawnSync(process.execPath, ['scripts/docs.mjs', '--out', out], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
  });

  it('docs/ and the init workflow match a fresh `npm run docs`', () => {
    const fresh = filesUnder(out, 'docs').concat(filesUnder(out, 'src'));
    expect(fresh).toContain('docs/manifest.md');
    expect(fresh).toContain('src/cli/init-workflow.ts');
    const committed = filesUnder(PROJECT_ROOT, 'docs/rules')
      .concat('docs/manifest.md', ...DOMAIN)
      .sort();
    expect(committed, STALE).toEqual(fresh.filter((rel) => rel.startsWith('docs/')));
    for (const rel of fresh) {
      const mine = path.join(PROJECT_ROOT, rel);
      expect(existsSync(mine), `${rel} is missing; ${STALE}`).toBe(true);
      expect(readFileSync(mine, 'utf8'), `${rel}: ${STALE}`).toBe(
        readFileSync(path.join(out, rel), 'utf8'),
      );
    }
  });

  it.each([...READMES, ...DOMAIN])('the generated sections of %s match', (name) => {
    expect(readFileSync(path.join(PROJECT_ROOT, name), 'utf8'), `${name}: ${STALE}`).toBe(
      readFileSync(path.join(out, name), 'utf8'),
    );
  });

  it('every rule in the catalogue has a page in both languages where helpUri points', () => {
    for (const rule of RULES) {
      const rel = `docs/rules/${rule.id}.md`;
      expect(ruleHelpUri(rule.id)).toBe(`${DOCS_URL}/rules/${rule.id}.md`);
      const page = readFileSync(path.join(PROJECT_ROOT, rel), 'utf8');
      const zh = page.indexOf('\n## 中文\n');
      const en = page.indexOf('\n## English\n');
      expect(zh, rel).toBeGreaterThan(0);
      expect(en, rel).toBeGreaterThan(zh);
      expect(page.slice(zh, en)).toContain(rule.title['zh-CN']);
      expect(page.slice(zh, en)).toContain(rule.help['zh-CN']);
      expect(page.slice(en)).toContain(rule.title.en);
      expect(page.slice(en)).toContain(rule.help.en);
      expect(page).toContain(`  ${rule.id}: warning`);
    }
  });

  it('both READMEs list every rule and link its page', () => {
    for (const name of READMES) {
      const readme = readFileSync(path.join(PROJECT_ROOT, name), 'utf8');
      for (const rule of RULES) expect(readme, name).toContain(`(docs/rules/${rule.id}.md)`);
    }
  });

  it('the manifest reference lists every schema field in both languages', async () => {
    const schema = JSON.parse(
      readFileSync(path.join(PROJECT_ROOT, 'schemas/compliance.schema.json'), 'utf8'),
    );
    const page = readFileSync(path.join(PROJECT_ROOT, 'docs/manifest.md'), 'utf8');
    const [zh = '', en = ''] = page.split('\n## English\n');
    for (const [key, node] of Object.entries<any>(schema.properties)) {
      const description = splitDescription(node.description);
      expect(zh).toContain(`| \`${key}\` |`);
      expect(en).toContain(`| \`${key}\` |`);
      expect(zh).toContain(description['zh-CN']);
      expect(en).toContain(description.en);
    }
    for (const key of Object.keys(schema.properties.service.properties)) {
      expect(en).toContain(`| \`service.${key}\` |`);
    }
  });
});

describe('domain notes', () => {
  const zh = readFileSync(path.join(PROJECT_ROOT, DOMAIN_DOCS['zh-CN']), 'utf8');
  const en = readFileSync(path.join(PROJECT_ROOT, DOMAIN_DOCS.en), 'utf8');

  it('both languages have the same section anchors, one per section rules link to', () => {
    expect(anchors(zh)).toEqual(anchors(en));
    expect(new Set(anchors(zh)).size).toBe(anchors(zh).length);
    for (const section of Object.keys(DOMAIN_SECTIONS)) expect(anchors(zh)).toContain(section);
  });

  it('every rule page links to the section of the domain notes it rests on', () => {
    for (const rule of RULES) {
      const section = ruleBasis(rule.id);
      const page = readFileSync(path.join(PROJECT_ROOT, `docs/rules/${rule.id}.md`), 'utf8');
      const [zhPart = '', enPart = ''] = page.split('\n## English\n');
      expect(zhPart, rule.id).toContain(`../../domain.md#${section})`);
      expect(enPart, rule.id).toContain(`../../domain.en.md#${section})`);
      expect(zh).toContain(`(rules/${rule.id}.md) |`);
      expect(en).toContain(`(rules/${rule.id}.md) |`);
    }
  });

  it('lists the 31 risks of the gate and both threshold profiles', () => {
    expect(RISKS).toHaveLength(31);
    for (const risk of RISKS) {
      expect(zh).toContain(`| \`${risk.id}\` |`);
      expect(zh).toContain(`| ${risk.zh} |`);
      expect(en).toContain(`| ${risk.en} |`);
    }
    for (const document of [zh, en]) {
      expect(document).toContain('| `testset_min_items` | 1000 (seed) | 2000 (V) |');
      expect(document).toContain('| `lexicon_min_per_a1_risk` | — | 200 (V) |');
    }
  });

  it('the READMEs link the domain notes in their language', () => {
    expect(readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8')).toContain(
      '(docs/domain.md)',
    );
    expect(readFileSync(path.join(PROJECT_ROOT, 'README.en.md'), 'utf8')).toContain(
      '(docs/domain.en.md)',
    );
  });
});

describe('doc helpers', () => {
  it('splits "中文。English." descriptions', () => {
    expect(splitDescription('服务名称。Service name.')).toEqual({
      'zh-CN': '服务名称。',
      en: 'Service name.',
    });
    expect(splitDescription('path 为 exempt 时的理由。Why (exempt).')).toEqual({
      'zh-CN': 'path 为 exempt 时的理由。',
      en: 'Why (exempt).',
    });
    expect(splitDescription('只有中文。')).toEqual({ 'zh-CN': '只有中文。', en: '只有中文。' });
    expect(
      splitDescription('下限（登记：0.5）。null 表示不作要求。Minimum share. null removes it.'),
    ).toEqual({
      'zh-CN': '下限（登记：0.5）。null 表示不作要求。',
      en: 'Minimum share. null removes it.',
    });
  });

  it('replaces only the text between the markers and fails without them', () => {
    const doc = 'a\n<!-- generated:x -->\nold\n<!-- /generated:x -->\nb\n';
    expect(splice(doc, 'x', 'new')).toBe(
      'a\n<!-- generated:x -->\nnew\n<!-- /generated:x -->\nb\n',
    );
    expect(splice(splice(doc, 'x', 'new'), 'x', 'new')).toBe(splice(doc, 'x', 'new'));
    expect(() => splice('a\n', 'x', 'new')).toThrow(/generated:x/);
  });
});

describe('explain', () => {
  it('prints a rule in zh-CN by default and in English on request, with its doc link', () => {
    const zh = cli(['explain', 'path/required']);
    expect(zh.status).toBe(0);
    expect(zh.stdout).toContain('申报路径与实际情况不符');
    expect(zh.stdout).toContain(ruleHelpUri('path/required'));
    const en = cli(['explain', 'path/required', '--lang', 'en']);
    expect(en.stdout).toContain('Declared path differs from the required path');
    expect(en.stdout).toContain('rule: path/required');
    expect(en.stdout).not.toContain('**');
  });

  it('says that manifest rules cannot be waived', () => {
    const en = cli(['explain', 'manifest/schema', '--lang', 'en']);
    expect(en.stdout).toContain('cannot be waived');
    expect(en.stdout).not.toContain('waivers:');
  });

  it('lists every rule without an id', () => {
    const list = cli(['explain', '--lang', 'en']);
    expect(list.status).toBe(0);
    for (const rule of RULES) expect(list.stdout).toContain(rule.id);
  });

  it('exits 2 on an unknown rule, suggesting its neighbours', () => {
    const result = cli(['explain', 'path/requird', '--lang', 'en']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Did you mean');
    expect(result.stderr).toContain('path/required');
    expect(cli(['explain', 'path/required', '--lang', 'fr']).status).toBe(2);
  });
});
