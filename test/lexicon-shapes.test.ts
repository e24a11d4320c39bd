/**
 * Lexicons in the shapes teams really keep them (a topical TXT folder with a whitelist and a
 * stop-word list, objects keyed by category, one list under "words"): the counts the gate
 * reports per category equal a count made here directly from the files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, tempDir, writeFile } from './helpers/repo.js';
import { cli, cliJson } from './helpers/run.js';
import { loadLexicon } from '../src/evidence/lexicon.js';

const SHAPES = path.join(PROJECT_ROOT, 'test/fixtures/lexicon-shapes');

interface Finding {
  ruleId: string;
  file?: string;
  line?: number;
  message: string;
}

interface Category {
  label: string;
  risk?: string;
  file: string;
  keywords: number;
}

function lexiconFindings(report: Record<string, any>): string[] {
  return (report.findings as Finding[])
    .filter((f) => f.ruleId.startsWith('lexicon/') && f.ruleId !== 'lexicon/category-coverage')
    .filter((f) => f.ruleId !== 'lexicon/update-mechanism')
    .map((f) => `${f.ruleId} ${f.file ?? '-'}:${f.line ?? '-'}`);
}

function checkShape(name: string) {
  const { status, report } = cliJson(['check', path.join(SHAPES, name)]);
  expect(status).toBe(1);
  return report;
}

/** Non-blank lines of a TXT file, in the encoding it was written in. */
function txtLines(file: string, encoding = 'utf-8'): string[] {
  return new TextDecoder(encoding)
    .decode(readFileSync(file))
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Folded as the gate folds for duplicates: NFKC, lower case. */
function key(keyword: string): string {
  return keyword.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

function perFile(categories: Category[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of categories)
    out[path.basename(c.file)] = (out[path.basename(c.file)] ?? 0) + c.keywords;
  return out;
}

describe('a topical TXT folder with a whitelist and a stop-word list', () => {
  const folder = path.join(SHAPES, 'topical-txt/敏感词库');
  const report = checkShape('topical-txt');

  it('counts every keyword file as a count made from the files does, per category', () => {
    const excluded = /白名单|停用词/;
    const independent: Record<string, number> = {};
    const all: string[] = [];
    for (const name of readdirSync(folder)) {
      if (excluded.test(name)) continue;
      const lines = txtLines(
        path.join(folder, name),
        name === '政治类型.txt' ? 'gb18030' : 'utf-8',
      );
      independent[name] = lines.length;
      all.push(...lines);
    }
    expect(perFile(report.lexicon.categories)).toEqual(independent);
    expect(report.lexicon.keywords).toBe(all.length);
    expect(report.lexicon.keywords).toBe(21);
    expect(report.lexicon.distinct).toBe(new Set(all.map(key)).size);
  });

  it('leaves the whitelist and the stop words out, with a note each', () => {
    expect(report.lexicon.excluded).toEqual([
      { file: '敏感词库/停用词.txt', kind: 'stop', entries: 5 },
      { file: '敏感词库/色情白名单.txt', kind: 'allow', entries: 3 },
    ]);
    const notes = (report.findings as Finding[]).filter(
      (f) => f.ruleId === 'lexicon/excluded-lists',
    );
    expect(notes.map((f) => f.file)).toEqual(['敏感词库/停用词.txt', '敏感词库/色情白名单.txt']);
  });

  it('takes a file name as the category only when it names a risk', () => {
    const byFile = Object.fromEntries(
      (report.lexicon.categories as Category[]).map((c) => [
        path.basename(c.file),
        [c.label, c.risk],
      ]),
    );
    expect(byFile).toEqual({
      '色情类型.txt': ['色情类型', 'A1f'],
      '暴恐词库.txt': ['暴恐词库', 'A1d'],
      '政治类型.txt': ['', undefined],
      '广告类型.txt': ['', undefined],
      '补充词库.txt': ['', undefined],
    });
  });

  it('counts duplicates within a category apart from those across the lexicon', () => {
    const within = new Map<string, Set<string>>();
    let withinCount = 0;
    const seen = new Set<string>();
    let across = 0;
    for (const name of readdirSync(folder)) {
      if (/白名单|停用词/.test(name)) continue;
      const lines = txtLines(
        path.join(folder, name),
        name === '政治类型.txt' ? 'gb18030' : 'utf-8',
      );
      const own = within.get(name) ?? new Set();
      within.set(name, own);
      for (const line of lines) {
        if (own.has(key(line))) withinCount++;
        own.add(key(line));
        if (seen.has(key(line))) across++;
        seen.add(key(line));
      }
    }
    expect(report.lexicon.duplicates).toEqual({
      withinCategory: withinCount,
      acrossLexicon: across,
    });
    expect(report.lexicon.duplicates).toEqual({ withinCategory: 1, acrossLexicon: 3 });
  });

  it('reports these findings and no others about the lexicon', () => {
    expect(lexiconFindings(report)).toEqual([
      'lexicon/excluded-lists 敏感词库/停用词.txt:-',
      'lexicon/parse 敏感词库/广告类型.txt:1',
      'lexicon/parse 敏感词库/政治类型.txt:1',
      'lexicon/unmatchable-keywords 敏感词库/政治类型.txt:4',
      'lexicon/short-keywords 敏感词库/暴恐词库.txt:2',
      'lexicon/short-keywords 敏感词库/暴恐词库.txt:4',
      'lexicon/short-keywords 敏感词库/暴恐词库.txt:5',
      'lexicon/excluded-lists 敏感词库/色情白名单.txt:-',
      'lexicon/short-keywords 敏感词库/色情类型.txt:4',
      'lexicon/duplicates 敏感词库/色情类型.txt:5',
      'lexicon/parse 敏感词库/补充词库.txt:1',
    ]);
    expect(report.lexicon.short.listed.map((k: { keyword: string }) => k.keyword)).toEqual([
      '炸',
      '法?',
      '毒',
      'av',
    ]);
    expect(report.lexicon.unmatchable).toEqual({
      count: 1,
      listed: [{ keyword: '&', file: '敏感词库/政治类型.txt', line: 4 }],
    });
  });

  it('shows the lexicon quality in the text and Markdown reports', () => {
    const dir = path.join(SHAPES, 'topical-txt');
    const textReport = cli(['check', dir, '--lang', 'en']).stdout;
    expect(textReport).toContain('Lexicon quality');
    expect(textReport).toContain('1 repeated within a category, 3 across the lexicon');
    expect(textReport).toMatch(/4 keyword\(s\) too short[^\n]*"炸", "法\?", "毒", "av"/);
    expect(textReport).toContain('敏感词库/色情白名单.txt (whitelist, 3 entries)');
    const markdown = cli(['check', dir, '--format', 'markdown']).stdout;
    expect(markdown).toContain('### 关键词库质量');
    expect(markdown).toContain('永远无法匹配的关键词 1 个');
  });
});

describe('objects keyed by category', () => {
  const file = path.join(SHAPES, 'category-json/词库/sensitive_words.json');
  const report = checkShape('category-json');

  it('counts each key as a category, as a count made from the file does', () => {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>;
    const independent = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v.length]));
    const reported = Object.fromEntries(
      (report.lexicon.categories as Category[]).map((c) => [c.label, c.keywords]),
    );
    expect(reported).toEqual(independent);
    expect(report.lexicon.categories.map((c: Category) => c.risk ?? null)).toEqual([
      'A1f',
      'A1d',
      null,
      'A2d',
    ]);
    const words = Object.values(data).flat();
    expect(report.lexicon.keywords).toBe(words.length);
    expect(report.lexicon.distinct).toBe(new Set(words.map(key)).size);
  });

  it('reports the unmapped key and the repeat within its category', () => {
    expect(lexiconFindings(report)).toEqual([
      'lexicon/parse 词库/sensitive_words.json:12',
      'lexicon/duplicates 词库/sensitive_words.json:17',
    ]);
  });
});

describe('one list under "words"', () => {
  const file = path.join(SHAPES, 'words-json/词库/色情.json');
  const report = checkShape('words-json');

  it('takes its category from the file name, never from the key "words"', () => {
    const words = (JSON.parse(readFileSync(file, 'utf8')) as { words: string[] }).words;
    expect(report.lexicon.categories).toEqual([
      { label: '色情', risk: 'A1f', file: '词库/色情.json', line: 1, keywords: words.length },
    ]);
    expect(lexiconFindings(report)).toEqual(['lexicon/duplicates 词库/色情.json:1']);
    const messages = (report.findings as Finding[]).map((f) => f.message).join('\n');
    expect(messages).not.toContain('words');
  });
});

describe('whitelists and stop words never count as coverage', () => {
  it('a whitelist named for a risk leaves that risk uncovered', () => {
    const root = tempDir();
    const folder = '内容安全/关键词库';
    writeFile(
      root,
      'compliance.yml',
      readFileSync(path.join(SHAPES, 'topical-txt/compliance.yml'), 'utf8').replace(
        '敏感词库',
        folder,
      ),
    );
    writeFile(root, `${folder}/地域歧视.txt`, '乡巴佬\n外地佬\n');
    writeFile(root, `${folder}/色情白名单.txt`, '人体艺术\n性教育\n母婴用品\n');
    writeFile(root, `${folder}/stopwords.txt`, '-\n.\n，\n的\n');
    const { report } = cliJson(['check', root]);
    const ids = (report.findings as Finding[]).map((f) => `${f.ruleId} ${f.file}`);
    expect(ids).toContain('lexicon/category-coverage compliance.yml');
    const coverage = (report.findings as Finding[]).filter(
      (f) => f.ruleId === 'lexicon/category-coverage',
    );
    expect(coverage.map((f) => f.message)).toContain('关键词库未覆盖风险 A1f 宣扬暴力、淫秽色情');
    expect(coverage.map((f) => f.message)).not.toContain('关键词库未覆盖风险 A2d 地域歧视');
    expect(ids).toContain(`lexicon/excluded-lists ${folder}/色情白名单.txt`);
    expect(ids).toContain(`lexicon/excluded-lists ${folder}/stopwords.txt`);
    expect(ids.filter((id) => id.startsWith('lexicon/parse'))).toEqual([]);
  });
});

describe('lists recognised by name', () => {
  it('by file name, never by a look-alike word', async () => {
    const root = tempDir();
    writeFile(root, '词库/色情白名单.txt', '人体艺术\n');
    writeFile(root, '词库/allowlist.txt', '母婴用品\n');
    writeFile(root, '词库/stop_words.txt', '的\n了\n');
    writeFile(root, '词库/色情.txt', '裸聊\n');
    writeFile(root, '词库/shallow-fake.txt', '刷单返利\n');
    const lexicon = await loadLexicon(root, { path: './词库/' });
    const excluded = lexicon.excluded.map((list) => [
      lexicon.sources[list.source]!.file,
      list.kind,
      list.entries,
    ]);
    expect(excluded.sort()).toEqual([
      ['词库/allowlist.txt', 'allow', 1],
      ['词库/stop_words.txt', 'stop', 2],
      ['词库/色情白名单.txt', 'allow', 1],
    ]);
    expect(lexicon.keywords.sort()).toEqual(['刷单返利', '裸聊'].sort());
  });
});
