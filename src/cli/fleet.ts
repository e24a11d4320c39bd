/**
 * `fleet REPORT.json…`: one dashboard over the JSON reports of many repositories. A report that
 * cannot be read, is not JSON, is not a report of this tool or is too large is listed as a
 * problem on the dashboard; the exit is 1 only when no report at all could be used.
 */
import { parseCommandArgs } from './args.js';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LANG_VALUES, todayFromEnvironment, todayInChina } from '../context.js';
import { TOOL_NAME } from '../data/project.js';
import { writeOutput } from '../files/write-output.js';
import { buildFleet } from '../fleet/build.js';
import type { FleetProblem } from '../fleet/model.js';
import { isProblem, parseReport, type ParsedReport } from '../fleet/parse.js';
import { flag, oneOf, UsageError } from '../inputs/options.js';
import type { Lang } from '../model/finding.js';
import { withCommandsStopped } from '../report/workflow-log.js';

type FleetFormat = 'markdown' | 'html' | 'json';
const FLEET_FORMATS: readonly FleetFormat[] = ['markdown', 'html', 'json'];

/** A JSON report larger than this is refused unread. */
export const FLEET_REPORT_LIMIT = 16 * 1024 * 1024;
/** Folders are searched this deep for `*.json` reports. */
const FOLDER_DEPTH = 4;

const USAGE = `Usage: ${TOOL_NAME} fleet REPORT.json|FOLDER... [options]

One dashboard over the JSON reports (check --format json, the Action's report output) of many
repositories. A FOLDER stands for the *.json files in it and its sub-folders.

  --format markdown|html|json  dashboard format (default markdown)
  --output FILE                write the dashboard to FILE (default stdout)
  --lang zh-CN|en              language (default zh-CN; the HTML page can switch)
  -h, --help                   show this help

Exit: 0 the dashboard was written, 1 no report could be used, 2 could not run.
`;

/** The files an argument names: the file itself, or the `*.json` files under a folder. */
function reportFiles(arg: string, problems: FleetProblem[]): string[] {
  let stat;
  try {
    stat = lstatSync(arg);
  } catch (error) {
    problems.push({
      source: arg,
      kind: 'unreadable',
      detail: (error as NodeJS.ErrnoException).code ?? 'error',
    });
    return [];
  }
  if (!stat.isDirectory()) return [arg];
  const files: string[] = [];
  const walk = (dir: string, depth: number): void => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && depth < FOLDER_DEPTH) walk(full, depth + 1);
      else if (entry.isFile() && entry.name.endsWith('.json')) files.push(full);
    }
  };
  walk(arg, 0);
  return files;
}

function readReport(file: string): ParsedReport | FleetProblem {
  try {
    const stat = lstatSync(file);
    if (!stat.isFile()) return { source: file, kind: 'unreadable', detail: 'not a regular file' };
    if (stat.size > FLEET_REPORT_LIMIT) {
      return {
        source: file,
        kind: 'too-large',
        detail: `${stat.size} bytes > ${FLEET_REPORT_LIMIT}`,
      };
    }
    const text = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
    return parseReport(file, text);
  } catch (error) {
    return {
      source: file,
      kind: 'unreadable',
      detail: (error as NodeJS.ErrnoException).code ?? 'error',
    };
  }
}

export async function fleet(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: 'string' },
    output: { type: 'string' },
    lang: { type: 'string' },
  });
  if (positionals.length === 0) {
    throw new UsageError('fleet needs at least one JSON report', 'fleet 至少需要一份 JSON 报告');
  }
  const format = oneOf<FleetFormat>(flag('format'), values.format, FLEET_FORMATS) ?? 'markdown';
  const lang = oneOf<Lang>(flag('lang'), values.lang, LANG_VALUES) ?? 'zh-CN';

  const problems: FleetProblem[] = [];
  const reports: ParsedReport[] = [];
  for (const arg of positionals) {
    for (const file of reportFiles(arg, problems)) {
      const read = readReport(file);
      if (isProblem(read)) problems.push(read);
      else reports.push(read);
    }
  }
  const dashboard = buildFleet(reports, problems, todayFromEnvironment() ?? todayInChina());
  const body =
    format === 'html'
      ? (await import('../fleet/html.js')).fleetHtml(dashboard, lang)
      : format === 'json'
        ? (await import('../fleet/json.js')).fleetJson(dashboard)
        : (await import('../fleet/markdown.js')).fleetMarkdown(dashboard, lang);
  if (values.output !== undefined) writeOutput(values.output, body);
  else
    process.stdout.write(process.env.GITHUB_ACTIONS === 'true' ? withCommandsStopped(body) : body);
  return reports.length > 0 ? 0 : 1;
}
