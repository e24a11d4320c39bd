/**
 * materials/placeholder: a material is content, not a place for it. Zero-byte files, forms without
 * any text, what `init` and templates leave to fill in (请填写…, TODO, 示例, example.com, 000000)
 * in the manifest's values, the materials and the policies.
 */
import { text } from '../../model/finding.js';
import type { DocumentText } from '../../evidence/document.js';
import { fieldName } from '../../manifest/positions.js';
import { MATERIAL_NAMES } from '../../data/paths.js';
import { draftAt, placeOf } from '../support/document-place.js';
import {
  FILL_IN_PROMPTS,
  placeholderInLine,
  placeholderInValue,
  SAMPLE_MARKERS,
  TODO_MARKERS,
  type Placeholder,
} from '../support/placeholders.js';
import type { Draft, Rule, RuleContext } from '../rule.js';

/** The materials this rule judges for emptiness (policies have their own rules for that). */
const MATERIAL = /^\/(materials\/[a-z_]+|models\/\d+\/agreement|test_access\/[a-z_]+)$/;
/** Forms and notes that are written, never only scanned: without text they say nothing. */
const MUST_CARRY_TEXT =
  /^\/(materials\/(contact_form|application_form|security_assessment)|test_access\/[a-z_]+)$/;
/** Documents whose lines are read for placeholders: the materials, policies and the system. */
const SCANNED =
  /^\/(materials\/[a-z_]+|models\/\d+\/agreement|test_access\/[a-z_]+|policies\/(privacy|service_agreement)\/path|content_safety\/management_system)$/;
/** Manifest sections of facts about the service (not settings, phrases or signals). */
const SECTIONS = [
  'exempt_reason',
  'service',
  'models',
  'materials',
  'content_safety',
  'policies',
  'test_access',
  'waivers',
];
/** Placeholder lines reported per document; the rest are counted in the last finding. */
const PER_DOCUMENT = 10;

function pointerKey(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

function manifestValues(value: unknown, pointer: string, out: [string, string][]): void {
  if (typeof value === 'string') out.push([pointer, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => manifestValues(v, `${pointer}/${i}`, out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value))
      manifestValues(v, `${pointer}/${pointerKey(key)}`, out);
  }
}

function shortened(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

function quoted(found: Placeholder): string {
  return shortened(found.found);
}

function inManifest(ctx: RuleContext): Draft[] {
  const values: [string, string][] = [];
  const manifest = ctx.manifest as unknown as Record<string, unknown>;
  for (const section of SECTIONS) manifestValues(manifest[section], `/${section}`, values);
  const drafts: Draft[] = [];
  for (const [pointer, value] of values) {
    const found = placeholderInValue(value);
    if (!found) continue;
    drafts.push({
      ...ctx.at(pointer),
      message: text(
        `${fieldName(pointer)} 仍是占位内容“${shortened(value.trim())}”：填写真实内容`,
        `${fieldName(pointer)} is still a placeholder ("${shortened(value.trim())}"): write the real value`,
      ),
      data: { placeholder: found.found },
    });
  }
  return drafts;
}

function materialName(pointer: string): { 'zh-CN': string; en: string } {
  const key = /^\/materials\/([a-z_]+)$/.exec(pointer)?.[1];
  if (key && Object.hasOwn(MATERIAL_NAMES, key)) {
    return MATERIAL_NAMES[key as keyof typeof MATERIAL_NAMES];
  }
  return { 'zh-CN': fieldName(pointer), en: fieldName(pointer) };
}

/** Zero-byte files, blank text files and written forms with no text at all. */
function emptyMaterials(ctx: RuleContext): Draft[] {
  const drafts: Draft[] = [];
  const seen = new Set<string>();
  for (const [pointer, check] of ctx.evidence.files) {
    if (!MATERIAL.test(pointer) || !check.ok || check.value.isDirectory) continue;
    const file = check.value.rel;
    const doc = ctx.evidence.documents.get(pointer);
    const zeroBytes = check.value.size === 0;
    const textless =
      (doc !== undefined && !doc.ok && doc.problem.code === 'empty') ||
      (MUST_CARRY_TEXT.test(pointer) &&
        doc?.ok === true &&
        doc.value.blocks.every((block) => block.text.trim() === ''));
    if ((!zeroBytes && !textless) || seen.has(file)) continue;
    seen.add(file);
    const name = materialName(pointer);
    drafts.push({
      ...ctx.at(pointer),
      message: zeroBytes
        ? text(
            `${name['zh-CN']} ${file} 是空文件（0 字节）：放入真实材料`,
            `The ${name.en} ${file} is empty (0 bytes): put the real material there`,
          )
        : text(
            `${name['zh-CN']} ${file} 没有任何文字：须填写后提交（扫描件请另附文字版）`,
            `The ${name.en} ${file} has no text at all: fill it in before submitting (add a text version to a scan)`,
          ),
    });
  }
  return drafts;
}

function inDocument(doc: DocumentText): Draft[] {
  const drafts: Draft[] = [];
  let more = 0;
  for (const block of doc.blocks) {
    const found = placeholderInLine(block.text);
    if (!found) continue;
    if (drafts.length >= PER_DOCUMENT) {
      more++;
      continue;
    }
    drafts.push(
      draftAt(
        placeOf(doc, block, found.offset),
        text(
          `仍是占位内容“${quoted(found)}”：换成真实内容`,
          `Still a placeholder ("${quoted(found)}"): replace it with the real content`,
        ),
        { data: { placeholder: found.found } },
      ),
    );
  }
  if (more > 0) {
    const last = drafts[drafts.length - 1]!;
    last.message = text(
      `${last.message['zh-CN']}（另有 ${more} 处占位内容）`,
      `${last.message.en} (and ${more} more placeholders)`,
    );
  }
  return drafts;
}

const rule: Rule = {
  id: 'materials/placeholder',
  stage: 'main',
  needs: ['documents'],
  defaultSeverity: 'error',
  status: 'seed',
  title: text('材料或清单仍是占位内容', 'Material or manifest value is still a placeholder'),
  help: text(
    '`init` 与模板留下的位置不是材料：空文件（0 字节）、没有任何文字的申请表、联系人信息表、安全评估报告或测试说明，以及“请填写…”“TODO”“示例”“example.com”“000000”“XXX公司”这类占位内容，无论出现在 `compliance.yml` 的值里（如 `service.entity: 请填写营业执照上的企业名称`），还是出现在材料、协议与政策文件的某一行。营业执照与身份证明可以是扫描件，但不能是空文件。逐项换成真实内容后再运行检查。',
    'What `init` and templates leave behind is not a material: an empty (0-byte) file; an application form, contact form, security assessment or test-access note without any text; and placeholders such as "请填写…", "TODO", "示例", "example.com", "000000" or "XXX公司", whether in a `compliance.yml` value (e.g. `service.entity: 请填写营业执照上的企业名称`) or on a line of a material, agreement or policy. The licence and ID proof may be scans, but not empty files. Replace each with the real content, then run the check again.',
  ),
  source: text(
    '登记材料要求：营业执照复印件、法定代表人身份证明、联系人信息表、上线备案表、与模型提供方的调用协议、测试账号与接口信息——每一项都是写有内容的材料；空文件或占位内容等于没有提交。',
    'The registration requirements: the business licence copy, legal representative ID, contact-person form, application form, the calling agreement with the model provider, test account and API information — each a material with content; an empty file or a placeholder is not a submission.',
  ),
  example: {
    file: 'compliance.yml',
    line: 6,
    column: 11,
    message: text(
      'service.entity 仍是占位内容“请填写营业执照上的企业名称”：填写真实内容',
      'service.entity is still a placeholder ("请填写营业执照上的企业名称"): write the real value',
    ),
  },
  wording: {
    accepts: [
      {
        label: text(
          '填写提示（位于行首、冒号后、括号内或空白线前时为占位）',
          'Fill-in prompts (a placeholder at the start of a line, after a colon, in brackets or before a blank)',
        ),
        phrases: FILL_IN_PROMPTS,
      },
      { label: text('待办标记', 'Markers of unfinished work'), phrases: TODO_MARKERS },
      { label: text('示例标记', 'Markers of sample content'), phrases: SAMPLE_MARKERS },
    ],
    good: [
      '联系人：李安全',
      '手机号：13812345678',
      '如联系人发生变更，请补充提交最新的联系人信息表。',
    ].join('\n'),
    bad: ['联系人：李安全', '手机号：请填写______', '邮箱：contact@example.com'].join('\n'),
    badWhy: text(
      '手机号仍是填写提示，邮箱是示例域名',
      'the phone number is still a fill-in prompt and the e-mail address uses an example domain',
    ),
  },
  check(ctx) {
    const drafts = [...inManifest(ctx), ...emptyMaterials(ctx)];
    const seen = new Set<string>();
    for (const [pointer, result] of ctx.evidence.documents) {
      if (!SCANNED.test(pointer) || !result.ok || seen.has(result.value.file)) continue;
      seen.add(result.value.file);
      drafts.push(...inDocument(result.value));
    }
    return drafts;
  },
};

export default rule;
