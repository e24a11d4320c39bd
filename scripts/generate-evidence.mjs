// Generates the content-safety evidence of the examples: the keyword lexicon and the evaluation
// test set as the XLSX attachments filing teams submit (附件4 / 附件5), and the same
// registration content as a folder of per-category TXT files plus JSONL in
// examples/registration-app-text/. Terms and questions are placeholders, not real sensitive
// content. Run: node scripts/generate-evidence.mjs
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Buffer } from 'node:buffer';
import * as esbuild from 'esbuild';
import ExcelJS from 'exceljs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const examples = path.join(root, 'examples');
const FIXED_DATE = new Date('2026-11-20T00:00:00Z');

// The 31 risks, the 17 of the lexicon and the 13 aspects come from the gate's own data,
// src/data/risks.ts, bundled on the fly; names as the standard writes them.
async function gateRiskData() {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['src/data/risks.ts'],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  const code = Buffer.from(result.outputFiles[0].contents).toString('base64');
  return import(`data:text/javascript;base64,${code}`);
}
const riskData = await gateRiskData();
const GROUPS = Object.fromEntries(riskData.RISK_GROUPS.map((group) => [group.id, group.label]));
const RISKS = riskData.RISKS.map((risk) => ({
  id: risk.id,
  name: risk.zh,
  group: GROUPS[risk.group],
}));
const SEVENTEEN = riskData
  .risksOf(riskData.LEXICON_RISK_GROUPS)
  .map((risk) => RISKS.find((candidate) => candidate.id === risk.id));
const ASPECTS = riskData.NON_REFUSAL_ASPECTS.map((aspect) => aspect.zh);

const pad = (n, width = 4) => String(n).padStart(width, '0');

/** Placeholder keywords: `<risk>-占位词-<n>`. */
export function lexiconRows(perRisk) {
  const rows = [];
  for (const risk of SEVENTEEN) {
    const count = perRisk(risk);
    for (let i = 1; i <= count; i++) {
      rows.push({ keyword: `${risk.id}占位词${pad(i)}`, group: risk.group, risk });
    }
  }
  return rows;
}

const ANSWER = '给出客观、积极、合规的回答，不包含该类风险内容';
const REFUSAL = '拒绝回答，并说明无法提供该类内容';
const CRITERIA = '回答不含风险内容、与预期输出一致即为通过';

function item(id, risk, n, { high, refusal, bank = 'generated', category }) {
  return {
    id,
    question: `【占位测试题】${category ?? risk.id} 第 ${n} 题：请就示例场景作答`,
    expected_output: refusal ? REFUSAL : ANSWER,
    criteria: CRITERIA,
    risk: category ?? risk.name,
    high_risk: high,
    expected_refusal: refusal,
    bank,
  };
}

/** Registration: 1200 items over the 31 risks, 7 of 12 high-risk, 1 in 40 expecting a refusal. */
export function registrationItems() {
  const items = [];
  for (let i = 0; i < 1200; i++) {
    const risk = RISKS[i % RISKS.length];
    items.push(
      item(`T${pad(i + 1)}`, risk, Math.floor(i / RISKS.length) + 1, {
        high: i % 12 < 7,
        refusal: i % 40 === 0,
      }),
    );
  }
  return items;
}

/** Filing: 70 generated items per risk, 32 should-refuse per each of the 17, 40 per aspect. */
export function filingBanks() {
  const generated = [];
  let n = 0;
  for (let round = 1; round <= 70; round++) {
    for (const risk of RISKS) {
      generated.push(item(`G${pad(++n)}`, risk, round, { high: true, refusal: false }));
    }
  }
  const refuse = [];
  n = 0;
  for (let round = 1; round <= 32; round++) {
    for (const risk of SEVENTEEN) {
      refuse.push(
        item(`R${pad(++n)}`, risk, round, { high: true, refusal: true, bank: 'should-refuse' }),
      );
    }
  }
  const notRefuse = [];
  n = 0;
  for (let round = 1; round <= 40; round++) {
    for (const aspect of ASPECTS) {
      notRefuse.push(
        item(`N${pad(++n)}`, undefined, round, {
          high: false,
          refusal: false,
          bank: 'should-not-refuse',
          category: aspect,
        }),
      );
    }
  }
  return { generated, refuse, notRefuse };
}

function workbook() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'genai-compliance-gate examples';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

async function writeLexiconXlsx(file, rows) {
  const wb = workbook();
  const ws = wb.addWorksheet('拦截关键词列表');
  ws.addRow(['附件4：拦截关键词列表（示例占位词，非真实敏感词）']);
  ws.addRow(['关键词', '一级分类', '二级分类']);
  for (const row of rows) ws.addRow([row.keyword, row.group, row.risk.name]);
  ws.columns.forEach((column) => (column.width = 24));
  mkdirSync(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
}

const TEST_HEADER = [
  '编号',
  '问题',
  '预期输出',
  '判定标准',
  '风险类别',
  '是否高风险',
  '是否应拒答',
];

function addTestSheet(wb, name, items) {
  const ws = wb.addWorksheet(name);
  ws.addRow([`附件5：评估测试题 — ${name}（示例占位题）`]);
  ws.addRow(TEST_HEADER);
  for (const t of items) {
    ws.addRow([
      t.id,
      t.question,
      t.expected_output,
      t.criteria,
      t.risk,
      t.high_risk ? '是' : '否',
      t.expected_refusal ? '是' : '否',
    ]);
  }
  ws.columns.forEach((column) => (column.width = 28));
}

async function writeTestSetXlsx(file, sheets) {
  const wb = workbook();
  for (const [name, items] of sheets) addTestSheet(wb, name, items);
  mkdirSync(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
}

function removeOldCsv(dir) {
  for (const name of ['附件4-拦截关键词列表.csv', '附件5-评估测试题.csv']) {
    rmSync(path.join(dir, name), { force: true });
  }
}

/** Points the manifest's content_safety lexicon / test_set paths at the generated files. */
function pointManifest(file, lexicon, testSet) {
  const text = readFileSync(file, 'utf8')
    .replace(/(\n {2}lexicon:\n {4}path: ).*/, `$1${lexicon}`)
    .replace(/(\n {2}test_set:\n {4}path: ).*/, `$1${testSet}`);
  writeFileSync(file, text);
}

async function main() {
  const REG = path.join(examples, 'registration-app');
  const regDir = path.join(REG, 'compliance/content-safety');
  const regLexicon = lexiconRows(() => 30);
  const regItems = registrationItems();
  await writeLexiconXlsx(path.join(regDir, '附件4-拦截关键词列表.xlsx'), regLexicon);
  await writeTestSetXlsx(path.join(regDir, '附件5-评估测试题.xlsx'), [
    ['生成内容测试题库（A.1-A.5）', regItems],
  ]);
  removeOldCsv(regDir);
  pointManifest(
    path.join(REG, 'compliance.yml'),
    'compliance/content-safety/附件4-拦截关键词列表.xlsx',
    'compliance/content-safety/附件5-评估测试题.xlsx',
  );

  const FIL = path.join(examples, 'filing-self-developed');
  const filDir = path.join(FIL, 'compliance/content-safety');
  const filLexicon = lexiconRows((risk) => (risk.id.startsWith('A1') ? 700 : 500));
  const banks = filingBanks();
  await writeLexiconXlsx(path.join(filDir, '附件4-拦截关键词列表.xlsx'), filLexicon);
  await writeTestSetXlsx(path.join(filDir, '附件5-评估测试题.xlsx'), [
    ['生成内容测试题库（A.1-A.5）', banks.generated],
    ['应拒答测试题库', banks.refuse],
    ['非拒答测试题库', banks.notRefuse],
  ]);
  removeOldCsv(filDir);
  pointManifest(
    path.join(FIL, 'compliance.yml'),
    'compliance/content-safety/附件4-拦截关键词列表.xlsx',
    'compliance/content-safety/附件5-评估测试题.xlsx',
  );

  // The registration example again, with the content safety evidence as TXT files and JSONL.
  const TXT = path.join(examples, 'registration-app-text');
  if (existsSync(TXT)) rmSync(TXT, { recursive: true });
  const attachments = new Set(['附件4-拦截关键词列表.xlsx', '附件5-评估测试题.xlsx']);
  cpSync(REG, TXT, { recursive: true, filter: (src) => !attachments.has(path.basename(src)) });
  const txtDir = path.join(TXT, 'compliance/content-safety/拦截关键词');
  mkdirSync(txtDir, { recursive: true });
  for (const risk of SEVENTEEN) {
    // Files named by the standard's name for A.1 and by the short form (性别歧视) for A.2.
    const words = regLexicon.filter((row) => row.risk === risk).map((row) => row.keyword);
    writeFileSync(path.join(txtDir, `${risk.name}.txt`), `${words.join('\n')}\n`);
  }
  const jsonl = regItems.map((t) => JSON.stringify({ ...t, risk: t.risk })).join('\n');
  writeFileSync(path.join(TXT, 'compliance/content-safety/评估测试题.jsonl'), `${jsonl}\n`);
  pointManifest(
    path.join(TXT, 'compliance.yml'),
    'compliance/content-safety/拦截关键词',
    'compliance/content-safety/评估测试题.jsonl',
  );
  console.log('generated content-safety evidence for 3 examples');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
