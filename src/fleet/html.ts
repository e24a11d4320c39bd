/**
 * The dashboard as one self-contained HTML page: inline style and script allowed by hash in a
 * strict Content Security Policy, no request of any kind, both languages in the page with a
 * switch. Every value from a report (repository names, rule ids, waiver terms) is escaped.
 */
import { createHash } from 'node:crypto';
import { groupName } from '../data/rule-groups.js';
import { RISK_BY_ID } from '../data/risks.js';
import type { Bilingual, Lang } from '../model/finding.js';
import { PAGE_SCRIPT, PAGE_STYLE } from './html-page.js';
import { CELL_LABELS, LABELS, pathLabel, percent, PROBLEM_LABELS } from './labels.js';
import type { Fleet, HeatCell, RepositoryRow } from './model.js';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Bidi controls and zero-width characters would reorder or hide what the reader sees. */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Text for an element or a quoted attribute. */
export function escapeHtml(value: string): string {
  return value
    .replace(
      INVISIBLE,
      (ch) => `‹U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}›`,
    )
    .replace(CONTROL, '\ufffd')
    .replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

function t(label: Bilingual): string {
  return `<span class="zh" lang="zh-CN">${escapeHtml(label['zh-CN'])}</span><span class="en" lang="en">${escapeHtml(label.en)}</span>`;
}

function both(label: Bilingual): string {
  return escapeHtml(`${label['zh-CN']} · ${label.en}`);
}

function slash(label: Bilingual): string {
  return escapeHtml(`${label['zh-CN']}/${label.en}`);
}

function hash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/** Short, as it is repeated for every cell: the risk's name is on its column. */
function cellTitle(risk: string, cell: HeatCell | undefined): string {
  const parts = [risk, both(CELL_LABELS[cell?.state ?? 'none'])];
  if (cell?.lexicon)
    parts.push(`${slash(LABELS.lexicon)} ${cell.lexicon.count}/${cell.lexicon.minimum}`);
  if (cell?.testset)
    parts.push(`${slash(LABELS.testset)} ${cell.testset.count}/${cell.testset.minimum}`);
  return parts.join(' — ');
}

function heatMap(fleet: Fleet): string {
  const head = fleet.risks
    .map((risk) => {
      const name = RISK_BY_ID.get(risk);
      return `<th class="risk" scope="col" title="${escapeHtml(name ? `${name.zh} · ${name.en}` : risk)}">${risk}</th>`;
    })
    .join('');
  const rows = fleet.repositories
    .map((repo) => {
      const cells = fleet.risks
        .map((risk) => {
          const cell = repo.coverage[risk];
          return `<td class="cell ${cell?.state ?? 'none'}" data-risk="${risk}" title="${cellTitle(risk, cell)}"></td>`;
        })
        .join('');
      return `<tr><th scope="row">${escapeHtml(repo.name)}</th>${cells}</tr>`;
    })
    .join('\n');
  const legend = (['met', 'short', 'missing', 'none'] as const)
    .map((state) => `<span class="swatch cell ${state}"></span>${t(CELL_LABELS[state])}`)
    .join('');
  return `<h2>${t(LABELS.heatMap)}</h2>
<p class="legend muted">${legend}</p>
<div class="scroll"><table class="heat" id="heat-map"><thead><tr><th scope="col">${t(LABELS.repository)}</th>${head}</tr></thead>
<tbody>
${rows}
</tbody></table></div>`;
}

interface Column {
  label: Bilingual;
  type: 'text' | 'number';
  value: (repo: RepositoryRow) => string | number;
  show: (repo: RepositoryRow) => string;
}

function numberOrNone(value: number | null | undefined): number {
  return value === null || value === undefined ? -1 : value;
}

function groupsText(repo: RepositoryRow): string {
  if (repo.groups.length === 0) return '';
  return repo.groups
    .map((g) => {
      const name =
        g.group === 'other'
          ? LABELS.other
          : { 'zh-CN': groupName(g.group, 'zh-CN'), en: groupName(g.group, 'en') };
      return `<div>${t(name)} <span class="failed">${g.error}</span> / ${g.warning}</div>`;
    })
    .join('');
}

function waiversText(repo: RepositoryRow): string {
  return repo.expiringWaivers
    .map((w) => {
      const when = w.daysLeft < 0 ? LABELS.expired(w.daysLeft) : LABELS.expiresIn(w.daysLeft);
      return `<div><code>${escapeHtml(w.rule)}</code> ${escapeHtml(w.expires)} (${t(when)}) <span class="muted">${escapeHtml(w.owner)} · ${escapeHtml(w.reason)}</span></div>`;
    })
    .join('');
}

function packsText(repo: RepositoryRow): string {
  if (repo.packs.length === 0) return `<span class="muted">${t(LABELS.noPack)}</span>`;
  return repo.packs
    .map(
      (p) =>
        `<div>${escapeHtml(p.id ?? p.file)}${p.version ? ` <code>${escapeHtml(p.version)}</code>` : ''}</div>`,
    )
    .join('');
}

const COLUMNS: Column[] = [
  {
    label: LABELS.repository,
    type: 'text',
    value: (r) => r.name,
    show: (r) =>
      `${escapeHtml(r.name)}${r.commit ? `<div class="muted"><code>${escapeHtml(r.commit.slice(0, 12))}</code></div>` : ''}`,
  },
  {
    label: LABELS.declared,
    type: 'text',
    value: (r) => r.declared ?? '',
    show: (r) => t(pathLabel(r.declared)),
  },
  {
    label: LABELS.required,
    type: 'text',
    value: (r) => r.required ?? '',
    show: (r) => t(pathLabel(r.required)),
  },
  {
    label: LABELS.verdict,
    type: 'number',
    value: (r) => (r.passed ? 1 : 0),
    show: (r) =>
      `<span class="${r.passed ? 'passed' : 'failed'}">${t(r.passed ? LABELS.passed : LABELS.failed)}</span>`,
  },
  {
    label: LABELS.errors,
    type: 'number',
    value: (r) => r.counts.error,
    show: (r) => String(r.counts.error),
  },
  {
    label: LABELS.warnings,
    type: 'number',
    value: (r) => r.counts.warning,
    show: (r) => String(r.counts.warning),
  },
  { label: LABELS.byGroup, type: 'number', value: (r) => r.groups.length, show: groupsText },
  {
    label: LABELS.coverage,
    type: 'number',
    value: (r) => (r.risksTotal > 0 ? r.risksMet / r.risksTotal : -1),
    show: (r) => (r.risksTotal > 0 ? `${r.risksMet}/${r.risksTotal}` : '—'),
  },
  {
    label: LABELS.refusal,
    type: 'number',
    value: (r) => numberOrNone(r.rates?.refusal),
    show: (r) => percent(r.rates?.refusal),
  },
  {
    label: LABELS.nonRefusal,
    type: 'number',
    value: (r) => numberOrNone(r.rates?.nonRefusal),
    show: (r) => percent(r.rates?.nonRefusal),
  },
  {
    label: LABELS.waivers,
    type: 'number',
    value: (r) => r.expiringWaivers.length,
    show: waiversText,
  },
  {
    label: LABELS.pack,
    type: 'text',
    value: (r) => r.packs.map((p) => `${p.id ?? p.file}@${p.version ?? ''}`).join(','),
    show: packsText,
  },
];

function repositoryTable(fleet: Fleet): string {
  const head = COLUMNS.map(
    (c) =>
      `<th scope="col" data-type="${c.type}"><button type="button">${t(c.label)}</button></th>`,
  ).join('');
  const rows = fleet.repositories
    .map(
      (repo) =>
        `<tr>${COLUMNS.map((c) => `<td${c.type === 'number' ? ' class="num"' : ''} data-v="${escapeHtml(String(c.value(repo)))}">${c.show(repo)}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<h2>${t(LABELS.repositories)}</h2>
<p class="muted">${t(LABELS.sortHint)}</p>
<div class="scroll"><table id="repositories"><thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody></table></div>`;
}

function problemList(fleet: Fleet): string {
  if (fleet.problems.length === 0) return '';
  const items = fleet.problems
    .map(
      (p) =>
        `<li><code>${escapeHtml(p.source)}</code>: ${t(PROBLEM_LABELS[p.kind])} <span class="muted">${escapeHtml(p.detail)}</span></li>`,
    )
    .join('\n');
  return `<h2>${t(LABELS.problems)}</h2>
<ul id="problems">
${items}
</ul>`;
}

export function fleetHtml(fleet: Fleet, lang: Lang): string {
  const failed = fleet.repositories.filter((r) => !r.passed).length;
  const csp = [
    "default-src 'none'",
    `style-src ${hash(PAGE_STYLE)}`,
    `script-src ${hash(PAGE_SCRIPT)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const body =
    fleet.repositories.length === 0
      ? `<p>${t(LABELS.noRepositories)}</p>`
      : `${heatMap(fleet)}\n${repositoryTable(fleet)}`;
  return `<!doctype html>
<html lang="${lang}" data-lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${LABELS.title[lang]} · ${fleet.today}`)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header>
<h1>${t(LABELS.title)}</h1>
<div class="lang" role="group" aria-label="${both(LABELS.language)}"><button type="button" data-set-lang="zh-CN">中文</button> <button type="button" data-set-lang="en">English</button></div>
</header>
<p>${t(LABELS.summary(fleet.repositories.length, failed, fleet.problems.length))} · ${t(LABELS.asOf(fleet.today, fleet.windowDays))}</p>
${body}
${problemList(fleet)}
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}
