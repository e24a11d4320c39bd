/**
 * `.gitattributes` lines that change how a change is seen: as binary or not diffed (`binary`,
 * `-diff`, `diff=…`), converted (`text`, `eol`, `filter`, `working-tree-encoding`, `ident`),
 * merged or exported differently, or hidden from review (`linguist-*`). The gate itself reads
 * no attributes; the finding tells reviewers that their own view of the change is affected.
 */
const SEEN_AS =
  /^(?:binary|diff|text|crlf|eol|filter|merge|ident|working-tree-encoding|export-ignore|export-subst|linguist-.+)$/i;

/** What `git lfs track` writes; harmless when the pattern covers no scanned file. */
const LFS = new Set(['filter=lfs', 'diff=lfs', 'merge=lfs', '-text', 'lockable']);

export function isAttributesFile(file: string): boolean {
  return baseName(file).toLowerCase() === '.gitattributes';
}

export function isSubmodulesFile(file: string): boolean {
  return baseName(file).toLowerCase() === '.gitmodules';
}

function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

/** The pattern and the attribute settings written on one line. */
function parseLine(line: string): { pattern: string; settings: string[] } | undefined {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return undefined;
  let pattern: string;
  let rest: string;
  if (trimmed.startsWith('"')) {
    const close = trimmed.indexOf('"', 1);
    pattern = close === -1 ? trimmed.slice(1) : trimmed.slice(1, close);
    rest = close === -1 ? '' : trimmed.slice(close + 1);
  } else {
    const space = trimmed.search(/\s/);
    pattern = space === -1 ? trimmed : trimmed.slice(0, space);
    rest = space === -1 ? '' : trimmed.slice(space);
  }
  return { pattern, settings: rest.split(/\s+/).filter(Boolean) };
}

/**
 * The settings on an added line that alter how changes are seen ([] when none).
 * `coversScanned` tells whether a pattern may match files the drift signals read.
 */
export function attributesOfConcern(
  line: string,
  coversScanned: (pattern: string) => boolean,
): string[] {
  const parsed = parseLine(line);
  if (!parsed) return [];
  const concern = parsed.settings.filter((setting) => {
    const name = setting.replace(/^[-!]/, '').split('=')[0]!;
    return SEEN_AS.test(name);
  });
  if (concern.length === 0) return [];
  const lfsOnly = parsed.settings.every((s) => LFS.has(s.toLowerCase()));
  if (lfsOnly && !parsed.pattern.startsWith('[attr]') && !coversScanned(parsed.pattern)) return [];
  return concern;
}

/** A file name a `.gitattributes` pattern stands for, to ask the signal pack about. */
export function sampleName(pattern: string): string {
  const last = pattern.replace(/\/+$/, '').split('/').pop() ?? '';
  return last
    .replace(/\*+/g, 'x')
    .replace(/\?/g, 'x')
    .replace(/\[[^\]]*\]/g, 'x');
}
