import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import {
  LANG_VALUES
} from "./chunk-MNVSDFJN.js";
import "./chunk-QGBFSLVQ.js";
import {
  DOCS_URL,
  SCHEMA_URL,
  TOOL_NAME
} from "./chunk-NT54SZBG.js";
import {
  LEXICON_RISK_GROUPS,
  RISK_GROUPS,
  risksOf
} from "./chunk-6OZ242V4.js";
import "./chunk-WRGFFDD4.js";

// src/cli/init.ts
import { existsSync, lstatSync, mkdirSync, realpathSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";

// src/cli/init-workflow.ts
var WORKFLOW = `# Copy to .github/workflows/compliance.yml and make the job "compliance / gate" a required status
# check in the branch protection rules (or ruleset) of the default branch.
name: compliance

on:
  pull_request:
  merge_group:
  push:
    branches: [main]
  schedule:
    # Weekly, so a lexicon review that falls past its cadence shows up without a pull request.
    - cron: '17 1 * * 1'

# Nothing beyond reading the repository unless a job asks for it.
permissions:
  contents: read

jobs:
  gate:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      # Only for the pull-request comment; remove it together with \`comment:\` set to never.
      pull-requests: write
      # Only for the upload-sarif step below; remove both if code scanning is not wanted.
      security-events: write
    steps:
      - uses: actions/checkout@v4
        with:
          # Drift rules compare the pull request with its base in git: they need the history.
          fetch-depth: 0
          persist-credentials: false

      - id: gate
        uses: genai-compliance-gate/genai-compliance-gate@v0
        with:
          lang: zh-CN
          comment: on-failure
          sarif: genai-compliance-gate.sarif

      # Runs even when the gate fails, so its findings reach code scanning. Pull requests from
      # forks get a read-only token, which cannot upload: the annotations and summary remain.
      - if: >-
          \${{ !cancelled() && hashFiles('genai-compliance-gate.sarif') != '' &&
          (github.event_name != 'pull_request' ||
          github.event.pull_request.head.repo.full_name == github.repository) }}
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: genai-compliance-gate.sarif
          category: genai-compliance-gate
`;

// src/cli/init-templates.ts
var LAYOUT = {
  manifest: "compliance.yml",
  lexicon: "compliance/content-safety/\u9644\u4EF64-\u62E6\u622A\u5173\u952E\u8BCD\u5217\u8868.xlsx",
  testSet: "compliance/content-safety/\u9644\u4EF65-\u8BC4\u4F30\u6D4B\u8BD5\u9898.xlsx",
  managementSystem: "compliance/content-safety/\u5185\u5BB9\u5B89\u5168\u7BA1\u7406\u5236\u5EA6.docx",
  privacy: "compliance/policies/\u9690\u79C1\u653F\u7B56.md",
  agreement: "compliance/policies/\u7528\u6237\u670D\u52A1\u534F\u8BAE.md",
  accountDoc: "compliance/test-access/\u6D4B\u8BD5\u8D26\u53F7\u8BF4\u660E.md",
  apiDoc: "compliance/test-access/\u63A5\u53E3\u8BF4\u660E.md",
  workflow: ".github/workflows/compliance.yml",
  checklists: {
    materials: "compliance/checklists/\u7533\u62A5\u6750\u6599.md",
    privacy: "compliance/checklists/\u9690\u79C1\u653F\u7B56.md",
    agreement: "compliance/checklists/\u7528\u6237\u670D\u52A1\u534F\u8BAE.md",
    management: "compliance/checklists/\u5185\u5BB9\u5B89\u5168\u7BA1\u7406\u5236\u5EA6.md"
  }
}, MATERIAL_FILES = {
  business_license: "compliance/materials/\u8425\u4E1A\u6267\u7167\u526F\u672C.pdf",
  legal_representative_id: "compliance/materials/\u6CD5\u5B9A\u4EE3\u8868\u4EBA\u8EAB\u4EFD\u8BC1\u660E.pdf",
  contact_form: "compliance/materials/\u8054\u7CFB\u4EBA\u4FE1\u606F\u8868.docx",
  application_form: {
    registration: "compliance/materials/\u751F\u6210\u5F0F\u4EBA\u5DE5\u667A\u80FD\u8C03\u7528\u5DF2\u5907\u6848\u5927\u6A21\u578B\u4E0A\u7EBF\u5907\u6848\u8868.docx",
    filing: "compliance/materials/\u751F\u6210\u5F0F\u4EBA\u5DE5\u667A\u80FD\u670D\u52A1\u5907\u6848\u7533\u8BF7\u8868.docx"
  },
  security_assessment: "compliance/materials/\u5B89\u5168\u8BC4\u4F30\u62A5\u544A.pdf"
}, RESERVED = /^(?:true|false|yes|no|on|off|null|~|y|n)$/i;
function yamlString(value) {
  return /^[\p{L}\p{N}][\p{L}\p{N}\p{Zs}_.\-/\uFF08\uFF09()\u3001\uFF0C\u00B7]*$/u.test(value) && !/\s$/.test(value) && !RESERVED.test(value) && !/^[\d.+-]/.test(value) ? value : JSON.stringify(value);
}
function agreementPath(model) {
  return `compliance/contracts/${`${model.provider}-${model.name}`.replace(/[\\/:*?"<>|\s]+/g, "-")}-API\u670D\u52A1\u534F\u8BAE.pdf`;
}
function manifestText(a) {
  let zh = a.lang === "zh-CN", c = (zhText, enText) => `# ${zh ? zhText : enText}`, lines = [
    `# yaml-language-server: $schema=${SCHEMA_URL}`,
    c(
      `\u7531 genai-compliance-gate init \u751F\u6210\u3002\u5B57\u6BB5\u8BF4\u660E\uFF1A${DOCS_URL}/manifest.md`,
      `Written by genai-compliance-gate init. Field reference: ${DOCS_URL}/manifest.md`
    ),
    "version: 1",
    `path: ${a.path}   ${c("registration\uFF08\u767B\u8BB0\uFF09| filing\uFF08\u5907\u6848\uFF09| exempt\uFF08\u65E0\u9700\u5907\u6848\u6216\u767B\u8BB0\uFF09", "registration | filing | exempt")}`
  ];
  if (a.path === "exempt" && lines.push(
    a.exemptReason ? `exempt_reason: ${yamlString(a.exemptReason)}` : c(
      "exempt_reason: \u5199\u660E\u4E3A\u4F55\u65E0\u9700\u5907\u6848\u6216\u767B\u8BB0\uFF0C\u4F8B\u5982\u4EC5\u4F9B\u672C\u4F01\u4E1A\u5458\u5DE5\u5185\u90E8\u4F7F\u7528",
      "exempt_reason: why neither filing nor registration applies, e.g. internal use only"
    )
  ), lines.push(
    "service:",
    `  name: ${yamlString(a.name)}`,
    `  entity: ${yamlString(a.entity)}   ${c("\u8425\u4E1A\u6267\u7167\u4E0A\u7684\u540D\u79F0\uFF0C\u987B\u4E0E\u5408\u540C\u3001\u7533\u8BF7\u8868\u4E00\u81F4", "the name on the business licence, contract and application form")}`,
    a.creditCode ? `  credit_code: ${JSON.stringify(a.creditCode)}` : `  ${c('credit_code: "\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\uFF0818 \u4F4D\uFF09"', 'credit_code: "the 18-character unified social credit code"')}`,
    `  ${c(
      "scenario: \u5199\u660E\u670D\u52A1\u5BF9\u8C61\u3001\u8F93\u5165\u4E0E\u8F93\u51FA\uFF0C\u4F8B\u5982\u201C\u9762\u5411\u7535\u5546\u5546\u5BB6\u7684\u5546\u54C1\u6807\u9898\u4E0E\u8BE6\u60C5\u9875\u6587\u6848\u751F\u6210\u201D",
      "scenario: who uses it, what goes in and what comes out, stated precisely"
    )}`,
    `  ${c("scope: \u670D\u52A1\u8303\u56F4\u4E0E\u5BF9\u8C61\uFF0C\u4F8B\u5982\u201C\u4EC5\u5411\u5B8C\u6210\u5B9E\u540D\u8BA4\u8BC1\u7684\u5883\u5185\u4F01\u4E1A\u7528\u6237\u63D0\u4F9B\u201D", "scope: who may use it and where")}`,
    `  public_facing: ${a.path !== "exempt"}`,
    `  online_number: null   ${c("\u767B\u8BB0\u901A\u8FC7\u540E\u586B\u5199\u4E0A\u7EBF\u7F16\u53F7\uFF0C\u5E76\u5728 display_pages \u4E2D\u5C55\u793A", "the online number once granted; display it on display_pages")}`,
    "  display_pages: []"
  ), a.models.length === 0)
    lines.push(
      "models: []",
      c("\u6BCF\u4E2A\u6A21\u578B\u4E00\u9879\uFF0C\u4F8B\u5982\uFF1A", "one entry per model, e.g.:"),
      "#  - provider: \u963F\u91CC\u4E91",
      "#    name: \u901A\u4E49\u5343\u95EE",
      "#    source: third-party   # third-party | self-developed | open-weights",
      "#    filing_number: ZheJiang-TongYiQianWen-20230901",
      "#    fine_tuning: none     # none | lora | full | rlhf | dpo | distillation | continued-pretraining",
      "#    agreement: compliance/contracts/\u963F\u91CC\u4E91-\u901A\u4E49\u5343\u95EE-API\u670D\u52A1\u534F\u8BAE.pdf"
    );
  else {
    lines.push("models:");
    for (let model of a.models)
      lines.push(
        `  - provider: ${yamlString(model.provider)}`,
        `    name: ${yamlString(model.name)}`,
        `    source: ${model.source}`,
        `    filing_number: ${model.filingNumber === null ? "null" : yamlString(model.filingNumber)}`,
        "    fine_tuning: none"
      ), model.source === "third-party" && lines.push(`    agreement: ${agreementPath(model)}`);
  }
  return a.path !== "exempt" && (lines.push(
    "materials:",
    `  business_license: ${MATERIAL_FILES.business_license}`,
    `  legal_representative_id: ${MATERIAL_FILES.legal_representative_id}`,
    `  contact_form: ${MATERIAL_FILES.contact_form}`,
    `  application_form: ${MATERIAL_FILES.application_form[a.path]}`
  ), a.path === "filing" && lines.push(`  security_assessment: ${MATERIAL_FILES.security_assessment}`)), lines.push(
    "content_safety:",
    "  lexicon:",
    `    path: ${LAYOUT.lexicon}`,
    `    update: { cadence_days: 7 }   ${c("\u53E6\u586B owner\uFF08\u8D1F\u8D23\u4EBA\uFF09\u4E0E last_reviewed\uFF08\u6700\u8FD1\u5BA1\u6838\u65E5\u671F\uFF09", "add owner and last_reviewed (YYYY-MM-DD)")}`,
    "  test_set:",
    `    path: ${LAYOUT.testSet}`,
    `  management_system: ${LAYOUT.managementSystem}`,
    "policies:",
    `  privacy: { path: ${LAYOUT.privacy} }   ${c("\u53E6\u586B retention_months\uFF08\u6700\u957F\u4FDD\u5B58\u6708\u6570\uFF09", "add retention_months")}`,
    `  service_agreement: { path: ${LAYOUT.agreement} }`,
    "test_access:",
    `  account_doc: ${LAYOUT.accountDoc}   ${c("\u4E0D\u8981\u628A\u5BC6\u7801\u6216\u5BC6\u94A5\u653E\u8FDB\u4ED3\u5E93", "never a password or key in the repository")}`,
    `  api_doc: ${LAYOUT.apiDoc}`,
    `gate: { fail_on: error, lang: ${a.lang} }`,
    `waivers: []   ${c("\u6BCF\u6761\uFF1Arule\u3001reason\u3001owner\u3001expires", "each: rule, reason, owner, expires")}`,
    ""
  ), lines.join(`
`);
}
var item = (zh, en) => `- [ ] ${zh}
      ${en}`;
function checklist(title, intro, items) {
  return `# ${title}

${intro}

${items.map(([zh, en]) => item(zh, en)).join(`
`)}
`;
}
function checklists(path2) {
  let filing = path2 === "filing";
  return {
    [LAYOUT.checklists.materials]: checklist(
      "\u7533\u62A5\u6750\u6599\u68C0\u67E5\u6E05\u5355 / Application materials",
      "\u628A\u4E0B\u5217\u6587\u4EF6\u653E\u5230 `compliance.yml` \u4E2D\u5199\u660E\u7684\u4F4D\u7F6E\uFF0C\u7136\u540E\u8FD0\u884C `npx genai-compliance-gate check`\u3002Put each file where `compliance.yml` says, then run `npx genai-compliance-gate check`.",
      [
        [
          `\u8425\u4E1A\u6267\u7167\u590D\u5370\u4EF6\uFF08\u52A0\u76D6\u516C\u7AE0\uFF09\uFF1A${MATERIAL_FILES.business_license}`,
          "Business licence copy (stamped)"
        ],
        [
          `\u6CD5\u5B9A\u4EE3\u8868\u4EBA\u8EAB\u4EFD\u8BC1\u660E\uFF1A${MATERIAL_FILES.legal_representative_id}`,
          "Legal representative ID proof"
        ],
        [
          `\u8054\u7CFB\u4EBA\u4FE1\u606F\u8868\uFF08\u8054\u7CFB\u65B9\u5F0F\u3001\u804C\u8D23\uFF09\uFF1A${MATERIAL_FILES.contact_form}`,
          "Contact-person form (contact details, duties)"
        ],
        [
          `${filing ? "\u5907\u6848\u7533\u8BF7\u8868" : "\u300A\u751F\u6210\u5F0F\u4EBA\u5DE5\u667A\u80FD\u8C03\u7528\u5DF2\u5907\u6848\u5927\u6A21\u578B\u4E0A\u7EBF\u5907\u6848\u8868\u300B"}\uFF0C\u670D\u52A1\u573A\u666F\u4E0E\u8303\u56F4\u987B\u5199\u5177\u4F53\uFF1A${MATERIAL_FILES.application_form[filing ? "filing" : "registration"]}`,
          "Application form, with the scenario and scope stated precisely"
        ],
        [
          "\u6BCF\u4E2A\u7B2C\u4E09\u65B9\u6A21\u578B\u7684 API \u534F\u8BAE\u6216\u670D\u52A1\u5408\u540C\uFF08\u52A0\u76D6\u516C\u7AE0\uFF09\uFF0C\u5199\u660E\u6A21\u578B\u5DF2\u5907\u6848\u3001\u672C\u4E3B\u4F53\u6709\u6743\u8C03\u7528\uFF1Acompliance/contracts/",
          "Each third-party model's API agreement or contract (stamped), stating the model is filed and that you may call it"
        ],
        ...filing ? [
          [`\u5B89\u5168\u8BC4\u4F30\u62A5\u544A\uFF1A${MATERIAL_FILES.security_assessment}`, "Security assessment report"]
        ] : [],
        [
          "\u8425\u4E1A\u6267\u7167\u3001\u5408\u540C\u4E0E\u7533\u8BF7\u8868\u4E0A\u7684\u4E3B\u4F53\u540D\u79F0\u4E0E `service.entity` \u5B8C\u5168\u4E00\u81F4",
          "The entity name is identical on the licence, the contracts, the form and `service.entity`"
        ],
        [
          `\u6D4B\u8BD5\u8D26\u53F7\u8BF4\u660E\uFF08\u542B\u6743\u9650\u8BF4\u660E\uFF0C\u4E0D\u542B\u5BC6\u7801\uFF09\uFF1A${LAYOUT.accountDoc}\uFF1B\u63A5\u53E3\u8BF4\u660E\uFF1A${LAYOUT.apiDoc}`,
          "Test account notes (permissions, never the password) and API interface information"
        ],
        [
          `\u62E6\u622A\u5173\u952E\u8BCD\u5E93\u8986\u76D6 17 \u7C7B\u98CE\u9669\uFF0C\u6BCF\u7C7B\u90FD\u6709\u5173\u952E\u8BCD\uFF1A${LAYOUT.lexicon}`,
          "The interception lexicon covers all 17 risks, each with keywords"
        ],
        [
          `\u8BC4\u4F30\u6D4B\u8BD5\u9898\u96C6\uFF1A${filing ? "\u751F\u6210\u5185\u5BB9\u9898\u5E93 \u22652000 \u9898\u8986\u76D6 31 \u7C7B\u98CE\u9669\uFF0C\u5E94\u62D2\u7B54\u4E0E\u975E\u62D2\u7B54\u9898\u5E93\u5404 \u2265500 \u9898" : "\u22651000 \u9898\uFF0C\u9AD8\u98CE\u9669\u9898 \u226550%\uFF0C\u5E94\u62D2\u7B54\u9898 \u226450 \u4E14 \u22645%"}\uFF0C\u6BCF\u9898\u6709\u95EE\u9898\u3001\u9884\u671F\u8F93\u51FA\u4E0E\u5224\u5B9A\u6807\u51C6\uFF1A${LAYOUT.testSet}`,
          filing ? "Test set: a generated-content bank of \u22652000 over the 31 risks, \u2265500 should-refuse and \u2265500 should-not-refuse questions; every item with question, expected output and criteria" : "Test set: \u22651000 questions, \u226550% high-risk, \u226450 and \u22645% expected refusals; every item with question, expected output and criteria"
        ]
      ]
    ),
    [LAYOUT.checklists.privacy]: checklist(
      "\u9690\u79C1\u653F\u7B56\u68C0\u67E5\u6E05\u5355 / Privacy policy",
      `\u9690\u79C1\u653F\u7B56\u653E\u5728 \`${LAYOUT.privacy}\`\uFF08\u6216\u4FEE\u6539 \`policies.privacy.path\`\uFF09\u3002The privacy policy goes to \`${LAYOUT.privacy}\` (or change \`policies.privacy.path\`).`,
      [
        [
          "\u5217\u660E\u6536\u96C6\u7684\u4E2A\u4EBA\u4FE1\u606F\u8303\u56F4\u53CA\u76EE\u7684\uFF08\u542B\u5BF9\u8BDD\u5185\u5BB9\u662F\u5426\u7528\u4E8E\u8BAD\u7EC3\uFF09",
          "The personal information collected and why (including whether conversations train models)"
        ],
        [
          "\u5199\u660E\u4FDD\u5B58\u671F\u9650\uFF08\u4EE5\u6708\u8BA1\uFF09\uFF0C\u4E0D\u5F97\u201C\u6C38\u4E45\u4FDD\u5B58\u201D\uFF1B\u5728 `policies.privacy.retention_months` \u4E2D\u586B\u5199\u540C\u4E00\u6570\u5B57",
          'A retention period in months, never "permanent"; put the same number in `policies.privacy.retention_months`'
        ],
        [
          "\u5220\u9664\u4E2A\u4EBA\u4FE1\u606F\u6216\u6CE8\u9500\u8D26\u53F7\u7684\u8DEF\u5F84\u4E0D\u8D85\u8FC7 4 \u6B65\uFF0C\u5E76\u9010\u6B65\u5199\u660E",
          "Deleting personal information or the account takes at most 4 steps, each written out"
        ],
        ["\u63D0\u4F9B\u62D2\u7EDD\u5C06\u8F93\u5165\u5185\u5BB9\u7528\u4E8E\u8BAD\u7EC3\u7684\u65B9\u5F0F", "A way to opt out of inputs being used for training"],
        [
          "\u7F51\u7EDC\u65E5\u5FD7\u81F3\u5C11\u4FDD\u5B58 6 \u4E2A\u6708\uFF08\u300A\u7F51\u7EDC\u5B89\u5168\u6CD5\u300B\uFF09",
          "Network logs kept at least 6 months (Cybersecurity Law)"
        ],
        [
          "\u8BF4\u660E\u672A\u6210\u5E74\u4EBA\u4FDD\u62A4\u63AA\u65BD\uFF08\u672A\u6210\u5E74\u4EBA\u6A21\u5F0F\u3001\u76D1\u62A4\u4EBA\u63A7\u5236\u6216\u4E0D\u5411\u672A\u6210\u5E74\u4EBA\u63D0\u4F9B\uFF09",
          "A stance on minors (minors mode, guardian controls, or exclusion)"
        ],
        [
          "\u8BF4\u660E\u5B9E\u540D\u8BA4\u8BC1\u65B9\u5F0F\uFF08\u624B\u673A\u53F7\u6216\u8EAB\u4EFD\u8BC1\u4EF6\uFF09",
          "How users are verified by real name (phone or ID)"
        ],
        [
          "\u7B26\u5408\u300A\u4E2A\u4EBA\u4FE1\u606F\u4FDD\u62A4\u6CD5\u300B\uFF1A\u544A\u77E5\u540C\u610F\u3001\u4E2A\u4EBA\u6743\u5229\u7684\u884C\u4F7F\u65B9\u5F0F\u3001\u4E2A\u4EBA\u4FE1\u606F\u4FDD\u62A4\u8D1F\u8D23\u4EBA\u7684\u8054\u7CFB\u65B9\u5F0F",
          "PIPL: notice and consent, how users exercise their rights, the contact of the person responsible"
        ]
      ]
    ),
    [LAYOUT.checklists.agreement]: checklist(
      "\u7528\u6237\u670D\u52A1\u534F\u8BAE\u68C0\u67E5\u6E05\u5355 / Service agreement",
      `\u7528\u6237\u670D\u52A1\u534F\u8BAE\u653E\u5728 \`${LAYOUT.agreement}\`\uFF08\u6216\u4FEE\u6539 \`policies.service_agreement.path\`\uFF09\u3002The service agreement goes to \`${LAYOUT.agreement}\` (or change \`policies.service_agreement.path\`).`,
      [
        [
          "\u4F7F\u7528\u89C4\u8303\uFF1A\u7981\u6B62\u751F\u6210\u7684\u5185\u5BB9\u4E0E\u8FDD\u89C4\u5904\u7406",
          "Usage rules: prohibited content and what happens on violations"
        ],
        [
          "\u6295\u8BC9\u3001\u4E3E\u62A5\u6E20\u9053\uFF08\u7535\u8BDD\u3001\u90AE\u7BB1\u6216\u9875\u9762\u5165\u53E3\uFF09",
          "A complaint and report channel (phone, e-mail or a page)"
        ],
        [
          "\u6295\u8BC9\u53CD\u9988\u7684\u5904\u7406\u65F6\u9650\uFF0C\u4E0D\u8D85\u8FC7 15 \u4E2A\u5DE5\u4F5C\u65E5",
          "A deadline for handling complaints of at most 15 working days"
        ],
        [
          "\u8BF4\u660E\u4EBA\u5DE5\u667A\u80FD\u751F\u6210\u5185\u5BB9\u7684\u6807\u8BC6\u65B9\u5F0F\uFF08\u663E\u5F0F\u6807\u8BC6\u4E0E\u6587\u4EF6\u5143\u6570\u636E\u4E2D\u7684\u9690\u5F0F\u6807\u8BC6\uFF09",
          "How AI-generated content is labelled (explicit labels and implicit metadata)"
        ],
        [
          "\u670D\u52A1\u7684\u9002\u7528\u8303\u56F4\u4E0E\u5BF9\u8C61\uFF0C\u4E0E\u7533\u8BF7\u8868\u4E00\u81F4",
          "The scope and users of the service, as in the application form"
        ]
      ]
    ),
    [LAYOUT.checklists.management]: checklist(
      "\u5185\u5BB9\u5B89\u5168\u7BA1\u7406\u5236\u5EA6\u68C0\u67E5\u6E05\u5355 / Content-safety management system",
      `\u5236\u5EA6\u6587\u4EF6\u653E\u5728 \`${LAYOUT.managementSystem}\`\uFF08\u6216\u4FEE\u6539 \`content_safety.management_system\`\uFF09\u3002The document goes to \`${LAYOUT.managementSystem}\` (or change \`content_safety.management_system\`).`,
      [
        [
          "\u8FD0\u884C\u89C4\u8303\u8986\u76D6\u57FA\u7840\u8BBE\u65BD\u3001\u670D\u52A1\u4E0E\u5E94\u7528\u4E09\u4E2A\u5C42\u9762\u7684\u98CE\u9669",
          "Operating rules covering infrastructure, service and application risks"
        ],
        ["\u5BA1\u6838\u7EC4\u7EC7\uFF1A\u4EBA\u5458\u914D\u7F6E\u3001\u804C\u8D23\u4E0E\u6D41\u7A0B", "The review organisation: staffing, duties and process"],
        [
          "\u62E6\u622A\u5173\u952E\u8BCD\u5E93\u7684\u52A8\u6001\u66F4\u65B0\u673A\u5236\uFF1A\u8D1F\u8D23\u4EBA\u4E0E\u66F4\u65B0\u5468\u671F\uFF08\u4E0E `content_safety.lexicon.update` \u4E00\u81F4\uFF09",
          "How the lexicon is updated: owner and cadence (as in `content_safety.lexicon.update`)"
        ],
        [
          "\u6301\u7EED\u8DDF\u8E2A\u4E0E\u5BA1\u8BA1\uFF1A\u5B9A\u671F\u98CE\u9669\u8BC4\u4F30\u3001\u5408\u89C4\u5BA1\u8BA1\uFF0C\u95EE\u9898\u95ED\u73AF\u6574\u6539",
          "Continuous tracking and audit: periodic risk reviews, compliance audits, closing the loop"
        ],
        [
          "\u5E94\u6025\u5904\u7F6E\uFF1A\u53D1\u73B0\u8FDD\u6CD5\u5185\u5BB9\u540E\u7684\u505C\u6B62\u751F\u6210\u3001\u6574\u6539\u4E0E\u62A5\u544A",
          "Incident response: stop generating, remediate and report illegal content"
        ]
      ]
    )
  };
}

// src/cli/init-xlsx.ts
var LEXICON_COLUMNS = ["\u5173\u952E\u8BCD", "\u4E00\u7EA7\u5206\u7C7B", "\u4E8C\u7EA7\u5206\u7C7B"], TEST_SET_SHEET = "\u751F\u6210\u5185\u5BB9\u6D4B\u8BD5\u9898\u5E93\uFF08A.1-A.5\uFF09", TEST_SET_COLUMNS = [
  "\u7F16\u53F7",
  "\u95EE\u9898",
  "\u9884\u671F\u8F93\u51FA",
  "\u5224\u5B9A\u6807\u51C6",
  "\u98CE\u9669\u7C7B\u522B",
  "\u662F\u5426\u9AD8\u98CE\u9669",
  "\u662F\u5426\u5E94\u62D2\u7B54",
  "\u9898\u5E93"
];
async function excel() {
  let module = await import("./excel-CUCBYO2C.js");
  return module.default ?? module;
}
var CREATED = new Date(Date.UTC(2025, 0, 1));
async function toBuffer(workbook) {
  return workbook.creator = "genai-compliance-gate", workbook.created = CREATED, workbook.modified = CREATED, new Uint8Array(await workbook.xlsx.writeBuffer());
}
async function lexiconTemplate() {
  let ExcelJS = await excel(), workbook = new ExcelJS.Workbook(), sheet = workbook.addWorksheet("\u62E6\u622A\u5173\u952E\u8BCD\u5217\u8868");
  sheet.columns = [
    { header: LEXICON_COLUMNS[0], key: "keyword", width: 28 },
    { header: LEXICON_COLUMNS[1], key: "group", width: 30 },
    { header: LEXICON_COLUMNS[2], key: "risk", width: 40 }
  ];
  let groupName = new Map(RISK_GROUPS.map((group) => [group.id, group.zh]));
  for (let risk of risksOf(LEXICON_RISK_GROUPS))
    sheet.addRow({ keyword: null, group: groupName.get(risk.group), risk: risk.zh });
  return sheet.getRow(1).font = { bold: !0 }, sheet.views = [{ state: "frozen", ySplit: 1 }], toBuffer(workbook);
}
async function testSetTemplate() {
  let ExcelJS = await excel(), workbook = new ExcelJS.Workbook(), sheet = workbook.addWorksheet(TEST_SET_SHEET), widths = [10, 40, 40, 30, 24, 12, 12, 12];
  sheet.columns = TEST_SET_COLUMNS.map((header, i) => ({ header, width: widths[i] })), sheet.getRow(1).font = { bold: !0 }, sheet.views = [{ state: "frozen", ySplit: 1 }];
  let validations = sheet.dataValidations, list = (range, values) => validations.add(range, {
    type: "list",
    allowBlank: !0,
    formulae: [`"${values}"`]
  });
  return list("F2:G5001", "\u662F,\u5426"), list("H2:H5001", "\u751F\u6210\u5185\u5BB9,\u5E94\u62D2\u7B54,\u975E\u62D2\u7B54"), toBuffer(workbook);
}

// src/cli/init.ts
var PATHS = ["registration", "filing", "exempt"], SOURCES = ["third-party", "self-developed", "open-weights"], INIT_USAGE = `Usage: ${TOOL_NAME} init [DIR] [options]

  --path registration|filing|exempt  declared path (default registration)
  --name NAME                        service name (default: the directory name)
  --entity NAME                      legal entity, as on the business licence
  --credit-code CODE                 unified social credit code
  --exempt-reason TEXT               why no filing or registration is needed (--path exempt)
  --model PROVIDER/NAME              a model the service uses (repeat for each)
  --filing-number NUMBER             its filing number (repeat, in the order of --model)
  --source third-party|self-developed|open-weights
                                     its source (repeat, in the order of --model)
  --lang zh-CN|en                    manifest comments and report language (default zh-CN)
  -y, --yes                          do not ask, even on a terminal
  --force                            overwrite existing files
`, InitUsageError = class extends Error {
};
function pick(name, value, allowed) {
  if (!allowed.includes(value))
    throw new InitUsageError(`--${name} must be one of ${allowed.join(", ")} (got ${value})`);
  return value;
}
function parseModel(spec, filing, source) {
  let slash = spec.indexOf("/"), provider = spec.slice(0, Math.max(slash, 0)).trim(), name = spec.slice(slash + 1).trim();
  if (slash === -1 || provider === "" || name === "")
    throw new InitUsageError(`--model expects PROVIDER/NAME (got ${JSON.stringify(spec)})`);
  return {
    provider,
    name,
    source: source === void 0 ? "third-party" : pick("source", source, SOURCES),
    filingNumber: filing === void 0 || filing.trim() === "" ? null : filing.trim()
  };
}
function parse(args) {
  let { values, positionals } = parseArgs({
    args,
    allowPositionals: !0,
    options: {
      path: { type: "string" },
      name: { type: "string" },
      entity: { type: "string" },
      "credit-code": { type: "string" },
      "exempt-reason": { type: "string" },
      model: { type: "string", multiple: !0 },
      "filing-number": { type: "string", multiple: !0 },
      source: { type: "string", multiple: !0 },
      lang: { type: "string" },
      yes: { type: "boolean", short: "y" },
      force: { type: "boolean" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (positionals.length > 1)
    throw new InitUsageError(`expected one directory, got ${positionals.length}`);
  let specs = values.model ?? [], filings = values["filing-number"] ?? [], sources = values.source ?? [];
  if (filings.length > specs.length || sources.length > specs.length)
    throw new InitUsageError("each --filing-number and --source belongs to a --model before it");
  let answers = {
    lang: values.lang === void 0 ? "zh-CN" : pick("lang", values.lang, LANG_VALUES)
  };
  return values.path !== void 0 && (answers.path = pick("path", values.path, PATHS)), values.name !== void 0 && (answers.name = values.name), values.entity !== void 0 && (answers.entity = values.entity), values["credit-code"] !== void 0 && (answers.creditCode = values["credit-code"]), values["exempt-reason"] !== void 0 && (answers.exemptReason = values["exempt-reason"]), specs.length > 0 && (answers.models = specs.map((s, i) => parseModel(s, filings[i], sources[i]))), {
    help: values.help === !0,
    dir: path.resolve(positionals[0] ?? "."),
    force: values.force === !0,
    interactive: process.stdin.isTTY === !0 && values.yes !== !0,
    answers
  };
}
var ENTITY_PLACEHOLDER = {
  "zh-CN": "\u8BF7\u586B\u5199\u8425\u4E1A\u6267\u7167\u4E0A\u7684\u4F01\u4E1A\u540D\u79F0",
  en: "the company name on the business licence"
};
function withDefaults(answers, dir) {
  return {
    path: answers.path ?? "registration",
    name: answers.name?.trim() || path.basename(dir) || "service",
    entity: answers.entity?.trim() || ENTITY_PLACEHOLDER[answers.lang],
    models: answers.models ?? [],
    lang: answers.lang,
    ...answers.creditCode ? { creditCode: answers.creditCode.trim() } : {},
    ...answers.exemptReason ? { exemptReason: answers.exemptReason.trim() } : {}
  };
}
async function ask(answers, dir) {
  let zh = answers.lang === "zh-CN", rl = createInterface({ input: process.stdin, output: process.stderr }), question = async (zhText, enText, fallback = "") => {
    let hint = fallback ? ` [${fallback}]` : "";
    return (await rl.question(`${zh ? zhText : enText}${hint}: `)).trim() || fallback;
  };
  try {
    let out = { ...answers };
    for (; out.path === void 0; ) {
      let reply = await question(
        "\u7533\u62A5\u8DEF\u5F84 registration\uFF08\u767B\u8BB0\uFF09/ filing\uFF08\u5907\u6848\uFF09/ exempt\uFF08\u65E0\u9700\uFF09",
        "Path registration / filing / exempt",
        "registration"
      );
      PATHS.includes(reply) && (out.path = reply);
    }
    if (out.path === "exempt" && out.exemptReason === void 0 && (out.exemptReason = await question("\u65E0\u9700\u5907\u6848\u6216\u767B\u8BB0\u7684\u7406\u7531", "Why no filing or registration")), out.name ??= await question("\u670D\u52A1\u540D\u79F0", "Service name", path.basename(dir)), out.entity ??= await question(
      "\u8FD0\u8425\u4E3B\u4F53\uFF08\u8425\u4E1A\u6267\u7167\u4E0A\u7684\u540D\u79F0\uFF09",
      "Legal entity (as on the licence)"
    ), out.creditCode ??= await question("\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\uFF08\u53EF\u7559\u7A7A\uFF09", "Credit code (may be empty)"), out.models === void 0) {
      let models = [];
      for (; ; ) {
        let spec = await question(
          "\u6A21\u578B \u63D0\u4F9B\u65B9/\u540D\u79F0\uFF08\u4F8B\u5982 \u963F\u91CC\u4E91/\u901A\u4E49\u5343\u95EE\uFF1B\u7559\u7A7A\u7ED3\u675F\uFF09",
          "Model PROVIDER/NAME (e.g. \u963F\u91CC\u4E91/\u901A\u4E49\u5343\u95EE; empty to finish)"
        );
        if (spec === "") break;
        let source = "";
        for (; !SOURCES.includes(source); )
          source = await question(
            "\u6765\u6E90 third-party / self-developed / open-weights",
            "Source",
            "third-party"
          );
        let filing = source === "third-party" ? await question("\u5907\u6848\u53F7\uFF08\u53EF\u7559\u7A7A\uFF09", "Filing number (may be empty)") : "";
        try {
          models.push(parseModel(spec, filing, source));
        } catch (error) {
          process.stderr.write(`${error.message}
`);
        }
      }
      out.models = models;
    }
    return out;
  } finally {
    rl.close();
  }
}
function plan(answers) {
  let files = [
    { rel: LAYOUT.manifest, content: () => manifestText(answers) },
    { rel: LAYOUT.lexicon, content: lexiconTemplate },
    { rel: LAYOUT.testSet, content: testSetTemplate }
  ];
  for (let [rel, text] of Object.entries(checklists(answers.path)))
    files.push({ rel, content: () => text });
  return files.push({ rel: LAYOUT.workflow, content: () => WORKFLOW }), files;
}
function staysInside(root, rel) {
  let target = path.join(root, rel);
  if (existsSync(target) && lstatSync(target).isSymbolicLink()) return !1;
  let dir = path.dirname(target);
  for (; !existsSync(dir); ) dir = path.dirname(dir);
  let real = realpathSync(dir);
  return real === root || real.startsWith(`${root}${path.sep}`);
}
async function init(args) {
  let options;
  try {
    options = parse(args);
  } catch (error) {
    if (!(error instanceof InitUsageError)) throw error;
    return process.stderr.write(`${TOOL_NAME} init: ${error.message}

${INIT_USAGE}`), 2;
  }
  if (options.help)
    return process.stdout.write(INIT_USAGE), 0;
  let { dir, force } = options;
  mkdirSync(dir, { recursive: !0 });
  let root = realpathSync(dir), collected = options.interactive ? await ask(options.answers, root) : options.answers, answers = withDefaults(collected, root), zh = answers.lang === "zh-CN", files = plan(answers), escaping = files.filter((file) => !staysInside(root, file.rel)).map((file) => file.rel);
  if (escaping.length > 0)
    return process.stderr.write(
      `${TOOL_NAME} init: ${zh ? "\u4EE5\u4E0B\u6587\u4EF6\u4F1A\u7ECF\u7531\u7B26\u53F7\u94FE\u63A5\u5199\u5230\u76EE\u5F55\u4E4B\u5916\uFF0C\u5DF2\u505C\u6B62" : "these files would be written outside the directory through a link; stopped"}: ${escaping.join(", ")}
`
    ), 2;
  let written = [], kept = [];
  for (let file of files) {
    let target = path.join(root, file.rel);
    if (existsSync(target) && !force) {
      kept.push(file.rel);
      continue;
    }
    mkdirSync(path.dirname(target), { recursive: !0 }), writeFileSync(target, await file.content()), written.push(file.rel);
  }
  let out = [];
  for (let rel of written) out.push(`${zh ? "\u5DF2\u5199\u5165" : "wrote"}  ${rel}`);
  for (let rel of kept)
    out.push(
      `${zh ? "\u5DF2\u4FDD\u7559" : "kept "}  ${rel}  (${zh ? "\u6587\u4EF6\u5DF2\u5B58\u5728\uFF1B--force \u8986\u76D6" : "exists; --force overwrites"})`
    );
  let shown = path.relative(process.cwd(), root) || ".";
  return out.push(
    "",
    zh ? `\u4E0B\u4E00\u6B65\uFF1A\u6309 ${LAYOUT.checklists.materials} \u8865\u9F50\u6750\u6599\uFF0C\u586B\u5199\u4E24\u4E2A XLSX \u6A21\u677F\uFF0C\u7136\u540E\u8FD0\u884C
  npx ${TOOL_NAME} check ${shown}
\u6BCF\u4E2A\u95EE\u9898\u90FD\u9644\u6709\u8BF4\u660E\u94FE\u63A5\uFF1B\u4E5F\u53EF\u8FD0\u884C npx ${TOOL_NAME} explain <\u89C4\u5219 ID>\u3002` : `Next: gather the materials listed in ${LAYOUT.checklists.materials}, fill in the two XLSX templates, then run
  npx ${TOOL_NAME} check ${shown}
Every finding links to its documentation; or run npx ${TOOL_NAME} explain <rule-id>.`
  ), process.stdout.write(`${out.join(`
`)}
`), 0;
}
export {
  INIT_USAGE,
  init
};
