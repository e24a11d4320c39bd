import { closeSync, ftruncateSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/model/finding.js';
import {
  encode,
  FIRST_DATA_ROW,
  LEXICON_XLSX,
  mutateXlsx,
  TEXT_LEXICON,
  TODAY,
} from './helpers/evidence.js';
import {
  editManifest,
  exampleRepo,
  lineOf,
  PROJECT_ROOT,
  readManifest,
  writeFile,
} from './helpers/repo.js';
import { check, cliJson } from './helpers/run.js';

/** Findings of the content-safety groups, as [ruleId, file, line]. */
function contentFindings(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.ruleId.startsWith('lexicon/') || f.ruleId.startsWith('testset/'));
}

async function content(root: string, today = TODAY) {
  return contentFindings((await check(root, { today })).findings);
}

function places(findings: Finding[]) {
  return findings.map((f) => [f.ruleId, f.file, f.line]);
}

const LEXICON_PATH = 'path: compliance/content-safety/附件4';

describe('the examples', () => {
  it.each(['registration-app', 'filing-self-developed', 'registration-app-text'])(
    '%s passes every lexicon and test-set rule',
    async (name) => {
      const report = await check(exampleRepo(name), { today: TODAY });
      expect(contentFindings(report.findings)).toEqual([]);
      expect(report.coverage?.rows).toHaveLength(name.startsWith('filing') ? 31 : 17);
    },
  );
});

describe('lexicon/category-coverage', () => {
  it('fails an XLSX lexicon without one risk, at the manifest path', async () => {
    const root = exampleRepo();
    await mutateXlsx(root, LEXICON_XLSX, ([sheet]) => {
      sheet!.rows = sheet!.rows.filter((row) => row[2] !== '宣扬暴力、淫秽色情');
    });
    const findings = await content(root);
    expect(places(findings)).toEqual([
      ['lexicon/category-coverage', 'compliance.yml', lineOf(readManifest(root), LEXICON_PATH)],
    ]);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message.en).toContain('A1f');
  });

  it('fails a TXT folder without the file of one risk', async () => {
    const root = exampleRepo('registration-app-text');
    rmSync(path.join(root, TEXT_LEXICON, '性别歧视.txt'));
    const findings = await content(root);
    expect(findings.map((f) => f.ruleId)).toEqual(['lexicon/category-coverage']);
    expect(findings[0]!.message['zh-CN']).toContain('A2e 性别歧视');
  });

  it('takes the per-risk minimum from the manifest thresholds', async () => {
    const root = exampleRepo();
    editManifest(
      root,
      /\nwaivers: \[\]/,
      '\nthresholds: { lexicon_min_per_risk: 31 }\nwaivers: []',
    );
    const findings = await content(root);
    expect(findings).toHaveLength(17);
    expect(new Set(findings.map((f) => f.ruleId))).toEqual(new Set(['lexicon/category-coverage']));
    expect(findings[0]!.message.en).toContain('30 keyword(s)');
  });
});

describe('lexicon/category-size and lexicon/total-size on the filing profile', () => {
  it('fails a risk below 200 and a lexicon below 10,000', async () => {
    const root = exampleRepo('filing-self-developed');
    await mutateXlsx(root, LEXICON_XLSX, ([sheet]) => {
      let dropped = 0;
      sheet!.rows = sheet!.rows.filter((row) => !(row[0]?.startsWith('A1a') && dropped++ < 600));
    });
    const findings = await content(root);
    const line = lineOf(readManifest(root), LEXICON_PATH);
    expect(places(findings)).toEqual([
      ['lexicon/category-size', 'compliance.yml', line],
      ['lexicon/total-size', 'compliance.yml', line],
    ]);
    expect(findings.map((f) => f.severity)).toEqual(['error', 'error']);
    expect(findings[0]!.message.en).toContain('100 keyword(s), fewer than 200');
    expect(findings[1]!.message.en).toContain('9500 distinct keywords, fewer than 10000');
  });

  it('needs nothing of the kind on the registration profile', async () => {
    const root = exampleRepo();
    editManifest(root, /\nwaivers: \[\]/, '\nthresholds: { lexicon_min_total: 600 }\nwaivers: []');
    expect(places(await content(root))).toEqual([
      ['lexicon/total-size', 'compliance.yml', lineOf(readManifest(root), LEXICON_PATH)],
    ]);
  });
});

describe('lexicon/duplicates', () => {
  it('finds a keyword repeated in full-width form, at its row', async () => {
    const root = exampleRepo();
    let row = 0;
    await mutateXlsx(root, LEXICON_XLSX, ([sheet]) => {
      sheet!.rows.push(['Ａ１ａ占位词０００５', 'A.1', '煽动颠覆国家政权、推翻社会主义制度']);
      row = sheet!.rows.length;
    });
    const findings = await content(root);
    expect(places(findings)).toEqual([['lexicon/duplicates', LEXICON_XLSX, row]]);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message['zh-CN']).toContain(`第 ${FIRST_DATA_ROW + 4} 行`);
    expect(findings[0]!.message.en).toContain('sheet "拦截关键词列表"');
  });

  it('reads a header on row 3 and still places rows exactly', async () => {
    const root = exampleRepo();
    let row = 0;
    await mutateXlsx(root, LEXICON_XLSX, ([sheet]) => {
      sheet!.rows.splice(1, 0, ['编制单位：杭州小智科技有限公司']);
      sheet!.rows.push(['a2b占位词0001'.toUpperCase(), 'A.2', '信仰歧视']);
      row = sheet!.rows.length;
    });
    expect(places(await content(root))).toEqual([['lexicon/duplicates', LEXICON_XLSX, row]]);
  });

  it('reads a GB18030 TXT file and places a repeated line', async () => {
    const root = exampleRepo('registration-app-text');
    const file = path.join(root, TEXT_LEXICON, '性别歧视.txt');
    const words = readFileSync(file, 'utf8');
    writeFileSync(file, encode(`${words}A2E占位词0003\n`, 'gb18030'));
    expect(places(await content(root))).toEqual([
      ['lexicon/duplicates', `${TEXT_LEXICON}/性别歧视.txt`, 31],
    ]);
  });

  it('lists 20 duplicates and summarises the rest', async () => {
    const root = exampleRepo();
    await mutateXlsx(root, LEXICON_XLSX, ([sheet]) => {
      sheet!.rows.push(...sheet!.rows.slice(FIRST_DATA_ROW - 1, FIRST_DATA_ROW + 99));
    });
    const findings = await content(root);
    expect(findings).toHaveLength(21);
    expect(findings[20]!.message.en).toBe('80 more duplicate keywords');
  });
});

describe('lexicon/missing and lexicon/parse', () => {
  it('fails a manifest without a lexicon, and a path that does not exist', async () => {
    const root = exampleRepo();
    editManifest(root, /\n {2}lexicon:\n {4}path: .*\n {4}update: .*/, '');
    expect(places(await content(root))).toEqual([
      ['lexicon/missing', 'compliance.yml', lineOf(readManifest(root), 'content_safety:')],
    ]);
    const other = exampleRepo();
    editManifest(other, '附件4-拦截关键词列表.xlsx', '附件4-拦截关键词.xlsx');
    const found = await content(other);
    const finding = found.find((f) => f.ruleId === 'lexicon/missing');
    // The count the missing file leaves undone says so too, at the same manifest value.
    expect(places(found).map(([id]) => id)).toEqual([
      'lexicon/category-coverage',
      'lexicon/missing',
    ]);
    expect(finding).toMatchObject({
      ruleId: 'lexicon/missing',
      line: lineOf(readManifest(other), 'path: compliance/content-safety/附件4'),
      column: 11,
    });
  });

  it('fails a category that maps to no risk, once, at its first row', async () => {
    const root = exampleRepo();
    await mutateXlsx(root, LEXICON_XLSX, ([sheet]) => {
      for (const row of sheet!.rows.slice(FIRST_DATA_ROW + 9, FIRST_DATA_ROW + 14))
        row[2] = '天气类';
    });
    const findings = await content(root);
    expect(places(findings)).toEqual([['lexicon/parse', LEXICON_XLSX, FIRST_DATA_ROW + 10]]);
    expect(findings[0]!.message['zh-CN']).toContain('「A.1 / 天气类」');
    expect(findings[0]!.message['zh-CN']).toContain('5 个关键词');
  });

  it.each([
    [
      'a corrupt XLSX',
      'bad.xlsx',
      Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(4096, 9)]),
    ],
    ['an empty file', 'empty.csv', Buffer.alloc(0)],
    [
      'a binary file renamed .csv',
      'binary.csv',
      Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7) % 256)),
    ],
    ['a 2 GB sparse file', 'huge.csv', undefined],
  ])('turns %s into lexicon/parse, not a crash', (_name, file, bytes) => {
    const root = exampleRepo();
    const rel = `compliance/content-safety/${file}`;
    if (bytes) writeFile(root, rel, bytes);
    else {
      const fd = openSync(path.join(root, rel), 'w');
      ftruncateSync(fd, 2 * 1024 * 1024 * 1024);
      closeSync(fd);
    }
    editManifest(root, '附件4-拦截关键词列表.xlsx', file);
    const { status, stderr, report } = cliJson(['check', root, '--lang', 'en']);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    const findings = (report.findings as Finding[]).filter((f) => f.ruleId.startsWith('lexicon/'));
    expect(findings.map((f) => [f.ruleId, f.file])).toEqual([
      ['lexicon/category-coverage', 'compliance.yml'],
      ['lexicon/parse', rel],
    ]);
    expect(findings[0]!.message).toContain('Cannot check the coverage of the 17 risks');
  });
});

describe('lexicon/update-mechanism and lexicon/stale', () => {
  it('fails a mechanism without owner, at the update line', async () => {
    const root = exampleRepo();
    editManifest(root, 'owner: 内容安全组 张敏, ', '');
    expect(places(await content(root))).toEqual([
      ['lexicon/update-mechanism', 'compliance.yml', lineOf(readManifest(root), 'update:')],
    ]);
  });

  it('fails (V) on the filing path when the cadence is longer than a week', async () => {
    const root = exampleRepo('filing-self-developed');
    editManifest(root, 'cadence_days: 7', 'cadence_days: 30');
    const findings = await content(root);
    expect(places(findings)).toEqual([
      ['lexicon/update-mechanism', 'compliance.yml', lineOf(readManifest(root), 'update:')],
    ]);
    expect(findings[0]!.severity).toBe('error');
  });

  it('warns when the last review is older than the cadence', async () => {
    const root = exampleRepo();
    const findings = await content(root, '2026-12-10');
    expect(places(findings)).toEqual([
      ['lexicon/stale', 'compliance.yml', lineOf(readManifest(root), 'last_reviewed:')],
    ]);
    expect(findings[0]!).toMatchObject({ severity: 'warning' });
    expect(findings[0]!.message.en).toContain('13 days ago');
  });
});

describe('the coverage table', () => {
  it('leads the text report and is part of the report', async () => {
    const root = exampleRepo();
    await mutateXlsx(root, LEXICON_XLSX, ([sheet]) => {
      sheet!.rows = sheet!.rows.filter((row) => row[2] !== '性别歧视');
    });
    const report = await check(root, { today: TODAY });
    expect(report.coverage?.rows.find((r) => r.risk === 'A2e')).toMatchObject({
      lexicon: { count: 0, minimum: 1 },
      testset: { count: 39, minimum: 0 },
    });
    const { cli } = await import('./helpers/run.js');
    const text = cli(['check', root, '--lang', 'en']).stdout;
    expect(text.split('\n')[0]).toContain('Content-safety coverage (registration, 17 risks');
    expect(text).toMatch(/A2e\s+gender discrimination\s+0\/1\s+39\s+short/);
    expect(text).toMatch(/A2f\s+age discrimination\s+30\/1\s+39\s+ok/);
  });
});

describe('thresholds as data', () => {
  it('lists the same thresholds in the schema, the types and both profiles', async () => {
    const schema = JSON.parse(
      readFileSync(path.join(PROJECT_ROOT, 'schemas/compliance.schema.json'), 'utf8'),
    );
    const { THRESHOLD_KEYS } = await import('../src/model/manifest.js');
    const { PROFILES } = await import('../src/data/profiles.js');
    const keys = [...THRESHOLD_KEYS].sort();
    expect(Object.keys(schema.properties.thresholds.properties).sort()).toEqual(keys);
    expect(Object.keys(PROFILES.registration.thresholds).sort()).toEqual(keys);
    expect(Object.keys(PROFILES.filing.thresholds).sort()).toEqual(keys);
    expect(PROFILES.registration.thresholds.testset_min_items).toEqual({
      value: 1000,
      status: 'seed',
    });
    expect(PROFILES.filing.thresholds.lexicon_max_cadence_days).toEqual({ value: 7, status: 'V' });
  });

  it('lets the manifest remove a requirement with null', async () => {
    const root = exampleRepo();
    await mutateXlsx(root, 'compliance/content-safety/附件5-评估测试题.xlsx', ([sheet]) => {
      sheet!.rows = sheet!.rows.slice(0, FIRST_DATA_ROW + 500);
    });
    expect((await content(root)).map((f) => f.ruleId)).toEqual([
      'testset/high-risk-ratio',
      'testset/size',
    ]);
    editManifest(
      root,
      /\nwaivers: \[\]/,
      '\nthresholds: { testset_min_items: null, testset_min_high_risk_items: null }\nwaivers: []',
    );
    expect(await content(root)).toEqual([]);
  });
});
