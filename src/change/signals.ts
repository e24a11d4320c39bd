/**
 * The signal pack compiled for matching: path globs as precompiled `Minimatch` objects,
 * line patterns as vetted RegExps behind one prefilter per file kind, dependency names in a
 * map. The built-in pack merges with the manifest's `signals:` section (add, disable,
 * re-severity, exclude).
 */
import type { Bilingual, Severity } from '../model/finding.js';
import type { ManifestSignals } from '../model/manifest.js';
import { dependencyNames, normalizePackage } from './dependencies.js';
import { GlobSet, type GlobProblem } from './globs.js';
import { escapeLiteral, literalHints } from './literals.js';
import type { Deadline } from '../deadline.js';
import { RegexBudget } from '../match/bounded-regex.js';
import { slowOnHostileLines, TRIAL_MS, USER_LINE_LIMIT } from './regex-trial.js';
import { regexProblem, type RegexProblem } from './safe-regex.js';
import type {
  DependencyFormat,
  SignalKind,
  SignalPackSpec,
  SignalRule,
  SignalSpec,
} from './types.js';

export interface CompiledSignal {
  id: string;
  kind: SignalKind;
  pattern: string;
  rule: SignalRule;
  severity: Severity;
  /** The severity its definition gives, before the manifest's `signals.severity`. */
  defaultSeverity: Severity;
  meaning: Bilingual;
  origin: 'pack' | 'manifest';
  /** Index in the manifest's `signals.add`, for user signals. */
  index?: number;
  minSize?: number;
  provider?: { name: string; aliases: string[] };
  glob?: GlobSet;
  regex?: RegExp;
  /** Patterns from the manifest run under a time budget; once it is spent they stop matching. */
  budget?: RegexBudget;
  outOfTime?: boolean;
  excludes: GlobSet;
  /** Line signals: globs that restrict where they apply (else the file sets in `sets`). */
  files?: GlobSet;
  sets: string[];
}

export type SignalProblem =
  | { index: number; id: string; kind: 'regex'; problem: RegexProblem }
  | { index: number; id: string; kind: 'unknown-set'; set: string }
  | { index: number; id: string; kind: 'duplicate-id' }
  | { index: number; id: string; kind: 'unknown-signal' }
  | {
      index: number;
      id: string;
      kind: 'glob';
      pointer: string;
      glob: string;
      problem: GlobProblem;
    };

export interface LinePlan {
  signals: CompiledSignal[];
  /**
   * Superset test run on every added line before the individual patterns: the literal hints of
   * all signals (and, for case-insensitive ones, on the lower-cased line), or when some signal
   * has none, the union of the patterns.
   */
  prefilter: RegExp;
  lowerPrefilter?: RegExp;
  comments: string[];
}

/** What applies to one changed file. */
export interface FilePlan {
  excluded: boolean;
  line?: LinePlan;
  dependencies?: DependencyFormat;
}

export interface LineMatch {
  signal: CompiledSignal;
  column: number;
  match: string;
}

const LINE_KINDS: ReadonlySet<SignalKind> = new Set([
  'code',
  'endpoint',
  'model-name',
  'model-card',
]);
/** A very long (minified) line is matched in windows of this many characters. */
export const LINE_SCAN_LIMIT = 16 * 1024;
/** Time one pattern from the manifest may take over all changed lines together. */
export const USER_SIGNAL_TOTAL_MS = 5000;

/** Characters two windows share, so that a match across the cut is seen. */
const WINDOW_OVERLAP = 512;

/**
 * A comment line carries no call. A line opening with a block comment that closes on the same
 * line (a licence banner before minified code) is not one.
 */
function isComment(text: string, prefixes: string[]): boolean {
  const trimmed = text.trimStart();
  for (const prefix of prefixes) {
    if (!trimmed.startsWith(prefix)) continue;
    const close = prefix === '/*' ? trimmed.indexOf('*/') : -1;
    if (close !== -1) return trimmed.slice(close + 2).trim() === '';
    return true;
  }
  return false;
}

export class SignalPack {
  readonly signals: CompiledSignal[] = [];
  readonly byId = new Map<string, CompiledSignal>();
  readonly problems: SignalProblem[] = [];
  private readonly pathSignals: CompiledSignal[] = [];
  private readonly lineSignals: CompiledSignal[] = [];
  private readonly dependencySignals = new Map<string, CompiledSignal[]>();
  private readonly fileSets = new Map<string, { globs: GlobSet; comments: string[] }>();
  private readonly exclude: GlobSet;
  private readonly userExclude: GlobSet;
  private readonly dependencyFiles: { glob: GlobSet; format: DependencyFormat }[];
  private readonly linePlans = new Map<string, LinePlan>();
  /** The run's time budget: once it has run out no more lines are matched. */
  deadline?: Deadline;

  constructor(pack: SignalPackSpec, settings: ManifestSignals = {}) {
    for (const [name, set] of Object.entries(pack.fileSets)) {
      this.fileSets.set(name, { globs: new GlobSet(set.globs), comments: set.comments ?? [] });
    }
    this.exclude = new GlobSet([...pack.exclude, ...(settings.exclude ?? [])]);
    this.reportGlobs(this.exclude, -1, '', (i) => `/signals/exclude/${i - pack.exclude.length}`);
    this.userExclude = new GlobSet(settings.exclude ?? []);
    this.dependencyFiles = pack.dependencyFiles.map((d) => ({
      glob: new GlobSet([d.glob]),
      format: d.format,
    }));
    const disabled = new Set(settings.disable ?? []);
    const severities = settings.severity ?? {};
    const specs: { spec: SignalSpec; origin: 'pack' | 'manifest'; index: number }[] = [
      ...pack.signals.map((spec, index) => ({ spec, origin: 'pack' as const, index })),
      ...(settings.add ?? []).map((spec, index) => ({ spec, origin: 'manifest' as const, index })),
    ];
    for (const { spec, origin, index } of specs) {
      if (this.byId.has(spec.id)) {
        this.problems.push({ index, id: spec.id, kind: 'duplicate-id' });
        continue;
      }
      const compiled = this.compile(spec, origin, index, pack);
      if (!compiled) continue;
      // Own keys only: a signal id such as `constructor` must not find Object.prototype's members.
      if (Object.hasOwn(severities, spec.id)) compiled.severity = severities[spec.id]!;
      this.byId.set(spec.id, compiled);
      if (disabled.has(spec.id)) continue;
      this.signals.push(compiled);
      if (spec.kind === 'path') this.pathSignals.push(compiled);
      else if (spec.kind === 'dependency') {
        const name = normalizePackage(spec.pattern);
        this.dependencySignals.set(name, [...(this.dependencySignals.get(name) ?? []), compiled]);
      } else this.lineSignals.push(compiled);
    }
    for (const id of [...disabled, ...Object.keys(severities)]) {
      if (!this.byId.has(id)) this.problems.push({ index: -1, id, kind: 'unknown-signal' });
    }
  }

  /** Globs a set left out, as problems at their place in the manifest. */
  private reportGlobs(
    set: GlobSet,
    index: number,
    id: string,
    pointer: (i: number) => string,
  ): boolean {
    for (const bad of set.invalid) {
      this.problems.push({
        index,
        id,
        kind: 'glob',
        pointer: pointer(bad.index),
        glob: bad.glob,
        problem: bad.problem,
      });
    }
    return set.invalid.length > 0;
  }

  private compile(
    spec: SignalSpec,
    origin: 'pack' | 'manifest',
    index: number,
    pack: SignalPackSpec,
  ): CompiledSignal | undefined {
    const base: CompiledSignal = {
      id: spec.id,
      kind: spec.kind,
      pattern: spec.pattern,
      rule: spec.rule,
      severity: spec.severity ?? 'error',
      defaultSeverity: spec.severity ?? 'error',
      meaning: spec.meaning ?? { 'zh-CN': `信号 ${spec.id}`, en: `signal ${spec.id}` },
      origin,
      ...(origin === 'manifest' ? { index } : {}),
      ...(spec.minSize !== undefined ? { minSize: spec.minSize } : {}),
      ...(spec.provider ? { provider: spec.provider } : {}),
      excludes: new GlobSet(spec.exclude ?? []),
      sets: [],
    };
    const at = `/signals/add/${index}`;
    if (origin === 'manifest')
      this.reportGlobs(base.excludes, index, spec.id, (i) => `${at}/exclude/${i}`);
    if (spec.kind === 'path') {
      const glob = new GlobSet([spec.pattern]);
      if (origin === 'manifest' && this.reportGlobs(glob, index, spec.id, () => `${at}/pattern`)) {
        return undefined;
      }
      return { ...base, glob };
    }
    if (spec.kind === 'dependency') return base;
    let problem = regexProblem(spec.pattern, spec.flags ?? '');
    // Patterns from the manifest are also tried on hostile lines; the built-in pack is vetted here.
    if (!problem && origin === 'manifest') {
      if (slowOnHostileLines(new RegExp(spec.pattern, spec.flags ?? ''))) problem = 'slow';
    }
    if (problem) {
      this.problems.push({ index, id: spec.id, kind: 'regex', problem });
      return undefined;
    }
    const sets = spec.in ?? pack.kindSets[spec.kind] ?? [];
    for (const set of sets) {
      if (!this.fileSets.has(set)) {
        this.problems.push({ index, id: spec.id, kind: 'unknown-set', set });
        return undefined;
      }
    }
    const files = spec.files ? new GlobSet(spec.files) : undefined;
    if (files && origin === 'manifest')
      this.reportGlobs(files, index, spec.id, (i) => `${at}/files/${i}`);
    return {
      ...base,
      regex: new RegExp(spec.pattern, spec.flags ?? ''),
      ...(origin === 'manifest' ? { budget: new RegexBudget(USER_SIGNAL_TOTAL_MS, TRIAL_MS) } : {}),
      sets,
      ...(files ? { files } : {}),
    };
  }

  /** Files whose added lines are not matched (lock files, source maps, the manifest's excludes). */
  isExcluded(file: string): boolean {
    return this.exclude.match(file);
  }

  /**
   * Files left out of the path signals: only what the manifest excludes. An adapter or weight
   * file counts wherever it is put, vendored and dependency trees included.
   */
  isExcludedFromPaths(file: string): boolean {
    return this.userExclude.match(file);
  }

  /** Path signals that a newly added file (or a rename onto this path) matches. */
  pathMatches(file: string): CompiledSignal[] {
    const found: CompiledSignal[] = [];
    for (const signal of this.pathSignals) {
      if (signal.glob!.match(file) && !signal.excludes.match(file)) found.push(signal);
    }
    return found;
  }

  /** Whether a path signal with a size threshold could match this file. */
  needsSize(file: string): boolean {
    return this.pathSignals.some((s) => s.minSize !== undefined && s.glob!.match(file));
  }

  plan(file: string): FilePlan {
    if (this.isExcluded(file)) return { excluded: true };
    const plan: FilePlan = { excluded: false };
    for (const d of this.dependencyFiles) {
      if (d.glob.match(file)) {
        plan.dependencies = d.format;
        break;
      }
    }
    const memberOf: string[] = [];
    for (const [name, set] of this.fileSets) if (set.globs.match(file)) memberOf.push(name);
    const signals = this.lineSignals.filter((s) => {
      const inScope = s.files ? s.files.match(file) : s.sets.some((x) => memberOf.includes(x));
      return inScope && (s.excludes.empty || !s.excludes.match(file));
    });
    if (signals.length > 0) {
      const key = `${memberOf.join(',')}|${signals.map((s) => s.id).join(',')}`;
      let line = this.linePlans.get(key);
      if (!line) {
        const comments = [
          ...new Set(memberOf.flatMap((name) => this.fileSets.get(name)!.comments)),
        ];
        line = { signals, ...prefilters(signals), comments };
        this.linePlans.set(key, line);
      }
      plan.line = line;
    }
    return plan;
  }

  /**
   * Line signals matching one added line. A long line (minified code) is matched in
   * overlapping windows of `LINE_SCAN_LIMIT` characters (manifest patterns: `USER_LINE_LIMIT`),
   * so no part of it goes unseen while each pattern runs on a bounded subject.
   */
  matchLine(plan: LinePlan, text: string): LineMatch[] {
    if (this.deadline?.expired()) return [];
    if (!plan.prefilter.test(text) && !plan.lowerPrefilter?.test(text.toLowerCase())) return [];
    if (isComment(text, plan.comments)) return [];
    const found: LineMatch[] = [];
    for (const signal of plan.signals) {
      if (signal.outOfTime) continue;
      const limit = signal.origin === 'manifest' ? USER_LINE_LIMIT : LINE_SCAN_LIMIT;
      const step = limit - Math.min(WINDOW_OVERLAP, limit / 4);
      for (let start = 0; start < text.length || start === 0; start += step) {
        const subject = text.length > limit ? text.slice(start, start + limit) : text;
        const match = signal.budget
          ? signal.budget.exec(signal.regex!, subject)
          : signal.regex!.exec(subject);
        if (match === undefined) {
          // Fail closed: the lines left unmatched are reported, never taken as clean.
          signal.outOfTime = true;
          this.problems.push({
            index: signal.index ?? -1,
            id: signal.id,
            kind: 'regex',
            problem: 'out-of-time',
          });
          break;
        }
        if (match) {
          const column = start + match.index + 1;
          found.push({ signal, column, match: match[0].slice(0, 120) });
          break;
        }
        if (start + limit >= text.length) break;
      }
    }
    return found;
  }

  /** Dependency signals declared on one added line of a dependency file. */
  matchDependencies(format: DependencyFormat, text: string): LineMatch[] {
    if (this.dependencySignals.size === 0) return [];
    const line = text;
    const found: LineMatch[] = [];
    for (const name of dependencyNames(format, line)) {
      for (const signal of this.dependencySignals.get(name) ?? []) {
        const at = nameAt(line, name);
        found.push({ signal, column: at + 1, match: line.slice(at, at + name.length + 8).trim() });
      }
    }
    return found;
  }
}

function prefilters(signals: CompiledSignal[]): { prefilter: RegExp; lowerPrefilter?: RegExp } {
  const exact = new Set<string>();
  const lower = new Set<string>();
  for (const signal of signals) {
    const hints = literalHints(signal.pattern);
    // A pattern without literal text cannot be prefiltered: every line goes to the individual
    // signals, each run on its own capped subject (a union would run user patterns uncapped).
    if (!hints) return { prefilter: /(?:)/ };
    const insensitive = signal.regex!.flags.includes('i');
    for (const hint of hints)
      (insensitive ? lower : exact).add(insensitive ? hint.toLowerCase() : hint);
  }
  const alternation = (set: Set<string>) => new RegExp([...set].map(escapeLiteral).join('|'));
  return {
    prefilter: exact.size > 0 ? alternation(exact) : /(?!)/,
    ...(lower.size > 0 ? { lowerPrefilter: alternation(lower) } : {}),
  };
}

/** Where a normalised package name is written on the line (0 when it cannot be found). */
function nameAt(line: string, name: string): number {
  const parts = name.split('-').map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  const match = new RegExp(`(?<![\\w.-])${parts.join('[-_.]+')}(?![\\w])`, 'i').exec(line);
  return match ? match.index : 0;
}

export function isLineKind(kind: SignalKind): boolean {
  return LINE_KINDS.has(kind);
}
