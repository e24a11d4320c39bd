/**
 * materials/call-legality: the agreement with a model's provider proves the call is lawful. It is
 * between the provider and the applicant, states that the model is filed (with the model's own
 * filing number) and grants the applicant the right to call it.
 */
import { text, type Bilingual } from '../../model/finding.js';
import type { Block, DocumentText } from '../../evidence/document.js';
import type { ModelEntry } from '../../model/manifest.js';
import { fieldName } from '../../manifest/positions.js';
import { CALL, FILED, FILED_NEGATION, GRANT, GRANT_NEGATION } from '../../data/call-legality.js';
import { FILING_PROVINCES } from '../../data/number-formats.js';
import { draftAt, placeOf, quote, startOf } from '../support/document-place.js';
import { noSpace, widthFold } from '../support/entity-mentions.js';
import { Phrases } from '../support/phrases.js';
import { absent } from '../support/policy-documents.js';
import { sentencesWith, type SentenceHit } from '../support/sentences.js';
import {
  documentProblemText,
  isPathProblem,
  unverifiedNote,
} from '../support/unreadable-document.js';
import type { Draft, Rule, RuleContext } from '../rule.js';

const filed = new Phrases(FILED);
const filedNegation = new Phrases(FILED_NEGATION);
const call = new Phrases(CALL);
const grant = new Phrases(GRANT);
const grantNegation = new Phrases(GRANT_NEGATION);

/**
 * Filing-number-shaped tokens, `Province-Name-YYYYMMDD[NNNN]`; a PDF line may break one with
 * spaces, which are allowed inside and dropped from the value.
 */
const NUMBER_TOKEN =
  /(?<![A-Za-z0-9-])([A-Za-z]+)\s*-\s*[A-Za-z0-9][A-Za-z0-9._]*(?:\s+[A-Za-z0-9._]+)*?\s*-\s*(?:\d\s*){7}\d(?:(?:\s*\d){4})?(?![0-9])/g;

/** Lines that introduce a party: 甲方：…, 乙方（服务提供方）：…, Party B: …. */
const PARTY_LINE =
  /^\s*(甲方|乙方|丙方|服务提供方|服务提供者|提供方|委托方|采购方|客户|party\s+[ab])\s*(?:[（(][^（）()]{0,20}[）)])?\s*[:：]/i;

const CHECKS = text(
  '协议双方、模型备案情况与调用授权',
  'the parties, the model’s filing and the grant to call it',
);

function normal(value: string): string {
  return widthFold(noSpace(value)).toLowerCase();
}

/** Whether the document names `name`: as a party when it has party lines, anywhere otherwise. */
function names(doc: DocumentText, name: string): boolean {
  const wanted = normal(name);
  if (wanted.length === 0) return false;
  const parties = partyTexts(doc);
  const where = parties.length > 0 ? parties : doc.blocks.map((block) => block.text);
  return where.some((value) => normal(value).includes(wanted));
}

function modelName(model: ModelEntry): string {
  return `${model.provider} ${model.name}`;
}

/** Models whose agreement must prove the call: every model on registration, third-party on filing. */
function applies(ctx: RuleContext, model: ModelEntry): boolean {
  if (ctx.manifest.path === 'registration') return true;
  return ctx.manifest.path === 'filing' && model.source === 'third-party';
}

function partyLines(doc: DocumentText): Block[] {
  return doc.blocks.filter((block) => PARTY_LINE.test(block.text));
}

/** Each party line, with the next block when the name is written on the line below the label. */
function partyTexts(doc: DocumentText): string[] {
  return doc.blocks.flatMap((block, i) => {
    const m = PARTY_LINE.exec(block.text);
    if (!m) return [];
    const rest = block.text.slice(m.index + m[0].length).trim();
    return [rest.length > 0 ? block.text : `${block.text}${doc.blocks[i + 1]?.text ?? ''}`];
  });
}

function partiesMessage(doc: DocumentText, what: Bilingual): Draft {
  const parties = partyLines(doc).slice(0, 3);
  if (parties.length === 0) return absent(doc, what);
  const quoted = parties.map((b) => `“${quote(b.text.trim(), 40)}”`);
  return absent(
    doc,
    text(
      `${what['zh-CN']}；协议中的当事方为 ${quoted.join('、')}`,
      `${what.en}; the parties written are ${quoted.join(', ')}`,
    ),
    placeOf(doc, parties[0]),
  );
}

function split(hits: SentenceHit[], negation: Phrases) {
  return {
    positive: hits.find((hit) => !negation.test(hit.sentence)),
    negative: hits.find((hit) => negation.test(hit.sentence)),
  };
}

function numberTokens(doc: DocumentText): { block: Block; offset: number; value: string }[] {
  const out: { block: Block; offset: number; value: string }[] = [];
  for (const block of doc.blocks) {
    const folded = widthFold(block.text);
    NUMBER_TOKEN.lastIndex = 0;
    for (let m = NUMBER_TOKEN.exec(folded); m !== null; m = NUMBER_TOKEN.exec(folded)) {
      if (FILING_PROVINCES.has(m[1]!.toLowerCase()))
        out.push({ block, offset: m.index, value: noSpace(m[0]) });
    }
  }
  return out;
}

function checkNumber(
  doc: DocumentText,
  model: ModelEntry,
  i: number,
  statement: SentenceHit,
): Draft[] {
  const expected = (model.filing_number ?? '').trim();
  if (expected === '') return [];
  const tokens = numberTokens(doc);
  if (tokens.some((t) => t.value.toLowerCase() === expected.toLowerCase())) return [];
  const field = fieldName(`/models/${i}/filing_number`);
  const other = tokens[0];
  if (other) {
    return [
      draftAt(
        placeOf(doc, other.block, other.offset),
        text(
          `协议中的备案号 ${other.value} 与清单（${field}）中的 ${expected} 不一致：“${quote(other.block.text.trim())}”`,
          `The agreement's filing number ${other.value} differs from ${expected} in the manifest (${field}): "${quote(other.block.text.trim())}"`,
        ),
        { data: { found: other.value, expected } },
      ),
    ];
  }
  return [
    absent(
      doc,
      text(
        `协议写明了模型已备案，但没有写出备案号 ${expected}（${field}）：“${quote(statement.sentence.trim())}”`,
        `The agreement states the model is filed but not its filing number ${expected} (${field}): "${quote(statement.sentence.trim())}"`,
      ),
      placeOf(doc, statement.block, statement.offset),
    ),
  ];
}

function checkAgreement(
  ctx: RuleContext,
  doc: DocumentText,
  model: ModelEntry,
  i: number,
): Draft[] {
  const drafts: Draft[] = [];
  const who = modelName(model);
  if (!names(doc, model.provider)) {
    drafts.push(
      partiesMessage(
        doc,
        text(
          `调用协议中没有出现模型提供方“${model.provider}”，不能证明协议是与 ${model.name} 的提供方签订`,
          `The calling agreement does not name the model provider "${model.provider}", so it does not show a contract with the provider of ${model.name}`,
        ),
      ),
    );
  }
  const entity = ctx.manifest.service.entity.trim();
  if (!names(doc, entity)) {
    drafts.push(
      partiesMessage(
        doc,
        text(
          `调用协议中没有出现申请主体“${entity}”（service.entity），不能证明本主体具备调用权限`,
          `The calling agreement does not name the applicant "${entity}" (service.entity), so it does not show that the applicant may call the model`,
        ),
      ),
    );
  }
  const filing = split(sentencesWith(doc, [filed]), filedNegation);
  if (filing.positive) {
    drafts.push(...checkNumber(doc, model, i, filing.positive));
  } else if (filing.negative) {
    drafts.push(
      draftAt(
        placeOf(doc, filing.negative.block, filing.negative.offset),
        text(
          `调用协议没有写明 ${who} 已完成备案：“${quote(filing.negative.sentence.trim())}”`,
          `The calling agreement does not state that ${who} is filed: "${quote(filing.negative.sentence.trim())}"`,
        ),
      ),
    );
  } else {
    drafts.push(
      absent(
        doc,
        text(
          `调用协议没有写明 ${who} 已完成生成式人工智能服务备案（及备案号）`,
          `The calling agreement does not state that ${who} is filed as a generative-AI service (with its filing number)`,
        ),
        startOf(doc),
      ),
    );
  }
  const granted = split(sentencesWith(doc, [call, grant]), grantNegation);
  if (!granted.positive) {
    const restriction = granted.negative;
    drafts.push(
      restriction
        ? draftAt(
            placeOf(doc, restriction.block, restriction.offset),
            text(
              `调用协议没有授予申请主体调用 ${who} 的权限，只写了限制：“${quote(restriction.sentence.trim())}”`,
              `The calling agreement grants the applicant no right to call ${who}; it only restricts: "${quote(restriction.sentence.trim())}"`,
            ),
          )
        : absent(
            doc,
            text(
              `调用协议没有写明申请主体有权调用 ${who}（调用/使用/接入的权限、授权或许可）`,
              `The calling agreement does not grant the applicant the right to call ${who} (a right, authorisation or licence to call, use or access it)`,
            ),
            startOf(doc),
          ),
    );
  }
  return drafts.map((d) => ({ ...d, data: { ...d.data, model: i } }));
}

function checkModel(ctx: RuleContext, model: ModelEntry, i: number): Draft[] {
  const pointer = `/models/${i}/agreement`;
  const result = ctx.evidence.documents?.get(pointer);
  if (result === undefined) {
    // A third-party model's missing agreement is materials/missing's finding.
    if (model.source === 'third-party') return [];
    return [
      {
        ...ctx.at(pointer),
        message: text(
          `登记须调用已备案模型：${modelName(model)} 没有调用协议（${fieldName(pointer)}），无法证明模型已备案且本主体有权调用`,
          `Registration means calling a filed model: ${modelName(model)} has no calling agreement (${fieldName(pointer)}), so nothing shows the model is filed and the applicant may call it`,
        ),
      },
    ];
  }
  if (!result.ok) {
    // A wrong path is materials/missing's finding; a file that cannot be read is ours too.
    if (isPathProblem(result.problem)) return [];
    const why = documentProblemText(result.problem);
    return [
      {
        file: result.problem.file,
        line: 1,
        message: text(
          `${why['zh-CN']}；无法核验：${CHECKS['zh-CN']}`,
          `${why.en}; cannot verify: ${CHECKS.en}`,
        ),
      },
    ];
  }
  const doc = result.value;
  if (doc.blocks.length === 0) {
    return [
      unverifiedNote(doc, CHECKS) ?? {
        file: doc.file,
        line: 1,
        message: text(
          `${doc.file} 没有可见文字，无法核验：${CHECKS['zh-CN']}`,
          `${doc.file} has no visible text; cannot verify: ${CHECKS.en}`,
        ),
      },
    ];
  }
  const partial = unverifiedNote(doc, CHECKS);
  return [...(partial ? [partial] : []), ...checkAgreement(ctx, doc, model, i)];
}

const rule: Rule = {
  id: 'materials/call-legality',
  stage: 'main',
  needs: ['documents'],
  defaultSeverity: 'error',
  status: 'seed',
  title: text(
    '调用协议未证明调用合法性',
    'The calling agreement does not prove the call is lawful',
  ),
  help: text(
    '登记时的每个模型、备案时的每个第三方模型，都须有与模型提供方签订的 API 协议或服务合同（`models[].agreement`）。协议须：以模型提供方（`models[].provider`）与申请主体（`service.entity`）为双方；写明该模型已完成生成式人工智能服务备案，并写出与 `models[].filing_number` 一致的备案号；写明申请主体有权调用该模型（调用、使用或接入的权限、授权或许可）。只写限制（“不得调用”）不算授权。无法读取或没有文字的协议同样报告。',
    'On registration every model, and on filing every third-party model, needs the API agreement or service contract with its provider (`models[].agreement`). The agreement must be between the provider (`models[].provider`) and the applicant (`service.entity`); state that the model is filed as a generative-AI service, with the filing number in `models[].filing_number`; and grant the applicant the right to call the model (a right, authorisation or licence to call, use or access it). A restriction alone ("shall not call") is no grant. An agreement that cannot be read or has no text is reported too.',
  ),
  source: text(
    '登记材料要求（调用合法性）：协议/合同中需明确注明对方模型已完成备案，且本主体具备合法调用权限；备案号须为所调用模型的备案号。',
    'The registration requirements (lawful calling): the agreement or contract states that the other party’s model is filed and that the applicant may lawfully call it; the filing number is the called model’s own.',
  ),
  example: {
    file: 'compliance/contracts/模型服务协议.md',
    line: 9,
    message: text(
      '协议中的备案号 Beijing-QingYan-202401150003 与清单（models[0].filing_number）中的 ZheJiang-TongYiQianWen-20230901 不一致：“乙方模型已完成生成式人工智能服务备案，备案号 Beijing-QingYan-202401150003。”',
      'The agreement\'s filing number Beijing-QingYan-202401150003 differs from ZheJiang-TongYiQianWen-20230901 in the manifest (models[0].filing_number): "乙方模型已完成生成式人工智能服务备案，备案号 Beijing-QingYan-202401150003。"',
    ),
  },
  wording: {
    accepts: [
      { label: text('模型已备案', 'The model is filed'), phrases: FILED },
      {
        label: text('使备案说法不成立的词', 'Words that undo a filing statement'),
        phrases: FILED_NEGATION,
      },
      { label: text('调用模型', 'Calling the model'), phrases: CALL },
      { label: text('调用的权利', 'A right to call'), phrases: GRANT },
      {
        label: text('使授权变为限制的词', 'Words that make a grant a restriction'),
        phrases: GRANT_NEGATION,
      },
    ],
    good: [
      '甲方：杭州小智科技有限公司',
      '乙方：阿里云计算有限公司',
      '乙方提供的通义千问模型已完成生成式人工智能服务备案，备案号为 ZheJiang-TongYiQianWen-20230901。',
      '在本协议有效期内，甲方有权通过 API 调用该模型。',
    ].join('\n'),
    bad: [
      '甲方：杭州小智科技有限公司',
      '乙方：阿里云计算有限公司',
      '乙方模型的备案正在办理中。',
      '未经乙方书面同意，甲方不得调用该模型。',
    ].join('\n'),
    badWhy: text(
      '没有写明模型已完成备案及其备案号，也只写了限制、没有授予调用权限',
      'it neither states that the model is filed (with its number) nor grants a right to call it, only a restriction',
    ),
  },
  check(ctx) {
    return (ctx.manifest.models ?? []).flatMap((model, i) =>
      applies(ctx, model) ? checkModel(ctx, model, i) : [],
    );
  },
};

export default rule;
