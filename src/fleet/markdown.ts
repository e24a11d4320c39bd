/** The dashboard as GitHub Markdown, for a job summary: every value from a report is made inert. */
import { groupName } from '../data/rule-groups.js';
import { RISK_BY_ID } from '../data/risks.js';
import type { Lang } from '../model/finding.js';
import { cell, codeSpan } from '../report/markdown-escape.js';
import { CELL_LABELS, LABELS, pathLabel, percent, PROBLEM_LABELS } from './labels.js';
import type { CellState, Fleet, RepositoryRow } from './model.js';

const HEAT: Record<CellState, string> = { met: '🟩', short: '🟨', missing: '🟥', none: '⬜' };

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(headers: string[], rows: string[][]): string[] {
  return [row(headers), row(headers.map(() => '---')), ...rows.map(row)];
}

function packText(repo: RepositoryRow, lang: Lang): string {
  if (repo.packs.length === 0) return LABELS.noPack[lang];
  return repo.packs
    .map((p) => cell(`${p.id ?? p.file}${p.version ? `@${p.version}` : ''}`))
    .join(', ');
}

function groupLabel(group: string, lang: Lang): string {
  return group === 'other' ? LABELS.other[lang] : groupName(group, lang);
}

export function fleetMarkdown(fleet: Fleet, lang: Lang): string {
  const l = (label: { 'zh-CN': string; en: string }) => label[lang];
  const failed = fleet.repositories.filter((r) => !r.passed).length;
  const out = [
    `## ${l(LABELS.title)}`,
    '',
    `${l(LABELS.summary(fleet.repositories.length, failed, fleet.problems.length))} · ${l(LABELS.asOf(fleet.today, fleet.windowDays))}`,
    '',
  ];
  if (fleet.repositories.length === 0) out.push(l(LABELS.noRepositories), '');
  else {
    out.push(
      ...table(
        [
          l(LABELS.repository),
          l(LABELS.declared),
          l(LABELS.required),
          l(LABELS.verdict),
          l(LABELS.errors),
          l(LABELS.warnings),
          l(LABELS.coverage),
          l(LABELS.refusal),
          l(LABELS.nonRefusal),
          l(LABELS.waivers),
          l(LABELS.pack),
        ],
        fleet.repositories.map((repo) => [
          cell(repo.name),
          l(pathLabel(repo.declared)),
          l(pathLabel(repo.required)),
          repo.passed ? `✅ ${l(LABELS.passed)}` : `❌ ${l(LABELS.failed)}`,
          String(repo.counts.error),
          String(repo.counts.warning),
          repo.risksTotal > 0 ? `${repo.risksMet}/${repo.risksTotal}` : '—',
          percent(repo.rates?.refusal),
          percent(repo.rates?.nonRefusal),
          String(repo.expiringWaivers.length),
          packText(repo, lang),
        ]),
      ),
      '',
    );
    out.push(
      `### ${l(LABELS.heatMap)}`,
      '',
      (Object.keys(HEAT) as CellState[]).map((s) => `${HEAT[s]} ${l(CELL_LABELS[s])}`).join(' · '),
      '',
    );
    out.push(
      ...table(
        [l(LABELS.repository), ...fleet.risks],
        fleet.repositories.map((repo) => [
          cell(repo.name),
          ...fleet.risks.map((risk) => HEAT[repo.coverage[risk]?.state ?? 'none']),
        ]),
      ),
      '',
      fleet.risks
        .map((risk) => `${risk} ${RISK_BY_ID.get(risk)?.[lang === 'en' ? 'en' : 'zh'] ?? ''}`)
        .join(' · '),
      '',
    );
    const grouped = fleet.repositories.filter((repo) => repo.groups.length > 0);
    if (grouped.length > 0) {
      out.push(`### ${l(LABELS.byGroup)}`, '');
      out.push(
        ...table(
          [l(LABELS.repository), l(LABELS.group), l(LABELS.errors), l(LABELS.warnings)],
          grouped.flatMap((repo) =>
            repo.groups.map((g) => [
              cell(repo.name),
              groupLabel(g.group, lang),
              String(g.error),
              String(g.warning),
            ]),
          ),
        ),
        '',
      );
    }
    const waivers = fleet.repositories.flatMap((repo) =>
      repo.expiringWaivers.map((w) => ({ repo, w })),
    );
    if (waivers.length > 0) {
      out.push(`### ${l(LABELS.waivers)}`, '');
      for (const { repo, w } of waivers) {
        const when = w.daysLeft < 0 ? LABELS.expired(w.daysLeft) : LABELS.expiresIn(w.daysLeft);
        out.push(
          `- ${cell(repo.name)}: ${codeSpan(w.rule)} ${cell(w.expires)} (${l(when)}) · ${cell(w.owner)} · ${cell(w.reason)}`,
        );
      }
      out.push('');
    }
  }
  if (fleet.problems.length > 0) {
    out.push(`### ${l(LABELS.problems)}`, '');
    for (const problem of fleet.problems) {
      out.push(
        `- ${codeSpan(problem.source)}: ${l(PROBLEM_LABELS[problem.kind])} (${cell(problem.detail)})`,
      );
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
