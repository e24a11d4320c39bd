/**
 * Package names declared on one line of a dependency file. Line-based on purpose: the diff
 * gives added lines, and every supported format writes one requirement per line or per quoted
 * string. Names are normalised (PEP 503: lower case, runs of `-_.` → `-`).
 */
import type { DependencyFormat } from './types.js';

export function normalizePackage(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

const REQUIREMENT_LINE = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(?:[<>=!~;@]|$)/;
const QUOTED_REQUIREMENT =
  /["']([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]"']*\])?\s*(?:[<>=!~;@][^"']*)?["']/g;
const TOML_KEY = /^\s*["']?([A-Za-z0-9][A-Za-z0-9._-]*)["']?\s*=/;
const CONDA_ITEM =
  /^\s*-\s*(?:[\w.-]+::)?([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(?:[<>=!~]|$)/;
const JSON_KEY = /^\s*"((?:@[\w.-]+\/)?[\w.-]+)"\s*:\s*"/;

function requirementLine(line: string): string[] {
  const trimmed = line.trimStart();
  if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('-')) return [];
  const match = REQUIREMENT_LINE.exec(line);
  return match ? [match[1]!] : [];
}

function quoted(line: string): string[] {
  const names: string[] = [];
  for (const match of line.matchAll(QUOTED_REQUIREMENT)) names.push(match[1]!);
  return names;
}

export function dependencyNames(format: DependencyFormat, line: string): string[] {
  let names: string[];
  switch (format) {
    case 'requirements':
      names = requirementLine(line);
      break;
    case 'pyproject': {
      // PEP 621 / setup.py: quoted requirement strings; Poetry: `name = "^1.0"` keys.
      if (line.trimStart().startsWith('#')) return [];
      names = quoted(line);
      const key = TOML_KEY.exec(line);
      if (key && /=\s*(?:["'{]|$)/.test(line)) names.push(key[1]!);
      break;
    }
    case 'setup-cfg':
      if (/^\s*[\w-]+\s*=/.test(line)) {
        const value = line.slice(line.indexOf('=') + 1);
        names = requirementLine(value);
      } else {
        names = requirementLine(line);
      }
      break;
    case 'conda': {
      const match = CONDA_ITEM.exec(line);
      names = match ? [match[1]!] : [];
      break;
    }
    case 'pipfile': {
      const match = TOML_KEY.exec(line);
      names = match ? [match[1]!] : [];
      break;
    }
    case 'package-json': {
      const match = JSON_KEY.exec(line);
      names = match ? [match[1]!] : [];
      break;
    }
  }
  return names.map(normalizePackage);
}
