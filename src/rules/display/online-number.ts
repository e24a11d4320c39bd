/**
 * display/online-number: once the online number (上线编号) is granted it is shown on every declared
 * page, with the underlying model's name and filing number. Pages are read as visible text (HTML)
 * or as source without comments (TSX, Vue, templates).
 */
import { text } from '../../model/finding.js';
import type { DocumentText } from '../../evidence/document.js';
import { draftAt, placeOf } from '../support/document-place.js';
import { fold } from '../support/phrases.js';
import { isValueSource, numberOnPage, valueReferences } from '../support/page-source.js';
import { HIDING_ATTRIBUTES, HIDING_CLASSES } from '../../text/hidden-markup.js';
import {
  documentProblemText,
  isPathProblem,
  unverifiedNote,
} from '../support/unreadable-document.js';
import type { Draft, Rule } from '../rule.js';

/** Case, width and white space do not matter when looking for a number on a page. */
function squeeze(value: string): string {
  return fold(value).replace(/[\s\u3000\u00a0]+/g, '');
}

function pageText(doc: DocumentText): string {
  return squeeze(doc.blocks.map((b) => b.text).join(''));
}

/** Where a missing number belongs: the line with the other registration marks, else the first. */
function markLine(doc: DocumentText) {
  const block =
    doc.blocks.find((b) => /备案|ICP|公网安备|许可证|©|copyright/i.test(b.text)) ?? doc.blocks[0];
  return placeOf(doc, block);
}

const rule: Rule = {
  id: 'display/online-number',
  stage: 'main',
  needs: ['documents'],
  defaultSeverity: 'error',
  status: 'seed',
  title: text('页面未展示上线编号', 'Online number not displayed'),
  help: text(
    '登记通过后，网信部门公布服务及其上线编号；服务页面须持续、显著地展示该编号。设置 `service.online_number` 后，门禁检查 `service.display_pages` 中的每个页面（HTML 按可见文字；TSX、Vue 等模板按去掉注释后的源码）是否包含该编号，并检查所调用模型的名称与备案号是否展示（警告）。页面可以从常量或语言文件（i18n JSON）取得编号：把这些文件与页面一起列在 `display_pages` 中，页面引用其中的常量或键即算展示。被隐藏的文字不算展示：`hidden` 属性、`aria-hidden`、`display: none`、`visibility: hidden`，以及 `hidden`、`sr-only`、`invisible` 等隐藏类（有 `md:block` 等响应式类重新显示时除外）。',
    "After approval the CAC publishes the service with an online number (上线编号), which the service pages must display prominently and continuously. Once `service.online_number` is set, the gate checks that every page in `service.display_pages` contains it (HTML by its visible text; TSX, Vue and other templates by their source without comments), and that the called model's name and filing number are shown (a warning). A page may take the number from a constant or a language file (i18n JSON): list those files in `display_pages` with the page, and a page that refers to the constant or key displays it. Hidden text does not count: the `hidden` attribute, `aria-hidden`, `display: none`, `visibility: hidden`, and hiding classes such as `hidden`, `sr-only` and `invisible` (unless a responsive class such as `md:block` shows it again).",
  ),
  source: text(
    '登记材料要求：通过后公布上线编号，服务页面须显著展示；展示所调用模型名称与备案号为常见审核实践（S）。',
    "The registration requirements: after approval the online number is published and must be displayed prominently; showing the called model's name and filing number is common reviewing practice (S).",
  ),
  example: {
    file: 'web/src/components/Footer.tsx',
    line: 4,
    message: text(
      '页面没有展示上线编号 Zhejiang-XiaoZhi-202612010001',
      'The page does not display the online number Zhejiang-XiaoZhi-202612010001',
    ),
  },
  wording: {
    accepts: [
      {
        label: text(
          '隐藏内容的类（其中的编号不算展示，`md:block` 等重新显示时除外）',
          'Classes that hide content (a number inside is not displayed, unless `md:block` or the like shows it again)',
        ),
        phrases: HIDING_CLASSES,
      },
      {
        label: text('隐藏内容的属性与样式', 'Attributes and styles that hide content'),
        phrases: HIDING_ATTRIBUTES,
      },
    ],
    good: [
      "import { ONLINE_NUMBER } from '../constants/site';",
      '',
      'export function Footer() {',
      '  return (',
      '    <footer className="text-xs text-gray-500">',
      '      <p>生成式人工智能服务上线编号：{ONLINE_NUMBER}</p>',
      '    </footer>',
      '  );',
      '}',
    ].join('\n'),
    bad: [
      'export function Footer() {',
      '  return (',
      '    <footer>',
      '      <p className="hidden">上线编号：Zhejiang-XiaoZhiXieZuo-202612010008</p>',
      '    </footer>',
      '  );',
      '}',
    ].join('\n'),
    badWhy: text(
      '编号写在 `hidden` 类的元素里，页面上看不到',
      'the number sits in an element with the `hidden` class and cannot be seen on the page',
    ),
  },
  check(ctx) {
    const number = ctx.manifest.service.online_number?.trim();
    if (!number) return [];
    const pages = ctx.manifest.service.display_pages;
    if (pages.length === 0) {
      return [
        {
          ...ctx.at('/service/online_number'),
          message: text(
            `已设置上线编号 ${number}，但没有在 service.display_pages 中列出展示它的页面`,
            `The online number ${number} is set, but service.display_pages lists no page that shows it`,
          ),
        },
      ];
    }
    const drafts: Draft[] = [];
    const wanted = squeeze(number);
    const read: DocumentText[] = [];
    const listed: DocumentText[] = [];
    pages.forEach((_, i) => {
      const result = ctx.evidence.documents?.get(`/service/display_pages/${i}`);
      if (result?.ok) listed.push(result.value);
    });
    // Constants and i18n files listed with the pages hold the number; the pages render it.
    const references = valueReferences(listed.filter(isValueSource), number);
    if (listed.length > 0 && listed.every(isValueSource)) {
      drafts.push({
        ...ctx.at('/service/display_pages'),
        message: text(
          `service.display_pages 只列出了存放上线编号的常量或语言文件，没有列出渲染它的页面`,
          'service.display_pages lists only constant or language files that hold the online number, no page that renders it',
        ),
      });
    }
    pages.forEach((_, i) => {
      const pointer = `/service/display_pages/${i}`;
      const result = ctx.evidence.documents?.get(pointer);
      if (!result) return;
      if (!result.ok) {
        const message = documentProblemText(result.problem);
        drafts.push(
          isPathProblem(result.problem)
            ? { ...ctx.at(pointer), message }
            : { file: result.problem.file, line: 1, message },
        );
        return;
      }
      const doc = result.value;
      read.push(doc);
      if (isValueSource(doc)) return;
      const shown = numberOnPage(doc, number, references);
      if (shown.visible) return;
      if (shown.hidden) {
        drafts.push(
          draftAt(
            placeOf(doc, shown.hidden.block),
            text(
              `页面上的上线编号 ${number} 被隐藏（${shown.hidden.why}），不算展示`,
              `The online number ${number} is on the page but hidden (${shown.hidden.why}), which does not count as displayed`,
            ),
          ),
        );
        return;
      }
      if (pageText(doc).includes(wanted)) return;
      const note = unverifiedNote(
        doc,
        text(`上线编号 ${number} 是否展示`, `whether the online number ${number} is displayed`),
      );
      if (note) {
        drafts.push(note);
        return;
      }
      drafts.push(
        draftAt(
          markLine(doc),
          text(
            `页面没有展示上线编号 ${number}`,
            `The page does not display the online number ${number}`,
          ),
        ),
      );
    });
    if (read.length === 0) return drafts;
    const all = read.map(pageText).join('');
    (ctx.manifest.models ?? []).forEach((model) => {
      if (model.source !== 'third-party' || !model.filing_number) return;
      const missing = [
        all.includes(squeeze(model.name))
          ? undefined
          : text(`模型名称“${model.name}”`, `the model name "${model.name}"`),
        all.includes(squeeze(model.filing_number))
          ? undefined
          : text(`备案号 ${model.filing_number}`, `the filing number ${model.filing_number}`),
      ].filter((m) => m !== undefined);
      if (missing.length === 0) return;
      drafts.push(
        draftAt(
          markLine(read[0]!),
          text(
            `展示页面没有展示所调用模型的${missing.map((m) => m['zh-CN']).join('与')}`,
            `No display page shows ${missing.map((m) => m.en).join(' and ')} of the model the service calls`,
          ),
          { severity: 'warning' },
        ),
      );
    });
    return drafts;
  },
};

export default rule;
