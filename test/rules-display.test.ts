import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINGXI } from '../scripts/example-documents.mjs';
import { editManifest, exampleRepo, lineOf, writeFile } from './helpers/repo.js';
import { byRule, check } from './helpers/run.js';

const NUMBER = 'Zhejiang-XiaoZhiXieZuo-202612010008';
const FOOTER = 'web/src/components/Footer.tsx';

async function display(root: string) {
  return byRule((await check(root, { lang: 'en' })).findings, 'display/online-number');
}

function edit(root: string, rel: string, from: string, to: string): string {
  const file = path.join(root, rel);
  const before = readFileSync(file, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`edit did not apply: ${from}`);
  writeFileSync(file, after);
  return after;
}

/** The registration example once granted its online number. */
function granted(): string {
  const root = exampleRepo();
  editManifest(root, 'online_number: null', `online_number: ${NUMBER}`);
  return root;
}

describe('display/online-number', () => {
  it('says nothing before the number is granted', async () => {
    expect(await display(exampleRepo())).toEqual([]);
  });

  it('passes the filing example, whose Vue footer shows its number', async () => {
    expect(await display(exampleRepo('filing-self-developed'))).toEqual([]);
  });

  it('a TSX footer missing the online number fails on that page', async () => {
    const root = granted();
    const source = readFileSync(path.join(root, FOOTER), 'utf8');
    const [finding, ...rest] = await display(root);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: FOOTER, line: lineOf(source, '©'), severity: 'error' });
    expect(finding!.message.en).toBe(`The page does not display the online number ${NUMBER}`);
  });

  it('passes once the TSX footer shows it', async () => {
    const root = granted();
    edit(
      root,
      FOOTER,
      '<p>内容由人工智能生成',
      `<p>上线编号：${NUMBER}</p>\n      <p>内容由人工智能生成`,
    );
    expect(await display(root)).toEqual([]);
  });

  it('a Vue footer that lost its number fails on that page', async () => {
    const root = exampleRepo('filing-self-developed');
    const source = edit(
      root,
      'web/src/Footer.vue',
      `const onlineNumber = '${LINGXI.onlineNumber}';`,
      "const onlineNumber = '';",
    );
    const [finding] = await display(root);
    expect(finding).toMatchObject({ file: 'web/src/Footer.vue', line: lineOf(source, '©') });
  });

  it('a number only in a comment is not displayed', async () => {
    const root = granted();
    edit(
      root,
      FOOTER,
      '<p>内容由人工智能生成',
      `{/* 上线编号：${NUMBER} */}\n      <p>内容由人工智能生成`,
    );
    expect(await display(root)).toHaveLength(1);
  });

  it('HTML pages: visible text counts, hidden text does not', async () => {
    const root = granted();
    const page = (hidden: boolean) =>
      `<html><body>\n<footer>\n<p>© 2026 杭州小智科技有限公司</p>\n<p${hidden ? ' style="display: none"' : ''}>上线编号：${NUMBER}</p>\n<p>模型：通义千问（ZheJiang-TongYiQianWen-20230901）</p>\n</footer>\n</body></html>\n`;
    writeFile(root, 'web/public/index.html', page(true));
    editManifest(root, `display_pages: [${FOOTER}]`, 'display_pages: [web/public/index.html]');
    const [finding] = await display(root);
    expect(finding).toMatchObject({ file: 'web/public/index.html', line: 3 });
    writeFile(root, 'web/public/index.html', page(false));
    expect(await display(root)).toEqual([]);
  });

  it('every declared page must show it', async () => {
    const root = granted();
    writeFile(root, 'web/src/About.vue', `<template><p>上线编号 ${NUMBER}</p></template>\n`);
    writeFile(root, 'web/src/Help.vue', '<template><p>帮助中心</p></template>\n');
    edit(root, FOOTER, '<p>内容由人工智能生成', `<p>${NUMBER}</p>\n      <p>内容由人工智能生成`);
    editManifest(
      root,
      `display_pages: [${FOOTER}]`,
      `display_pages: [${FOOTER}, web/src/About.vue, web/src/Help.vue]`,
    );
    expect((await display(root)).map((f) => [f.file, f.line])).toEqual([['web/src/Help.vue', 1]]);
  });

  it('no declared page, or a missing one, is a finding at the manifest', async () => {
    const root = granted();
    let manifest = editManifest(root, `display_pages: [${FOOTER}]`, 'display_pages: []');
    expect(await display(root)).toEqual([
      expect.objectContaining({ file: 'compliance.yml', line: lineOf(manifest, 'online_number:') }),
    ]);
    manifest = editManifest(root, 'display_pages: []', 'display_pages: [web/src/Gone.tsx]');
    const [finding] = await display(root);
    expect(finding).toMatchObject({
      file: 'compliance.yml',
      line: lineOf(manifest, 'display_pages:'),
    });
    expect(finding!.message.en).toContain('File not found');
  });

  it('warns when the pages do not show the model name and filing number', async () => {
    const root = granted();
    edit(
      root,
      FOOTER,
      '<p>内容由人工智能生成',
      `<p>上线编号：${NUMBER}</p>\n      <p>内容由人工智能生成`,
    );
    edit(root, FOOTER, '通义千问（备案号 ZheJiang-TongYiQianWen-20230901）', '第三方大模型');
    const [finding] = await display(root);
    expect(finding).toMatchObject({ file: FOOTER, severity: 'warning' });
    expect(finding!.message.en).toContain(
      'the model name "通义千问" and the filing number ZheJiang-TongYiQianWen-20230901',
    );
  });
});
