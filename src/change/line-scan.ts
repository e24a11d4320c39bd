/**
 * The added lines of a git diff as it streams by: matched against the line and dependency
 * signals of their file, `.gitattributes` and `.gitmodules` lines read for settings that hide
 * changes, and files whose bytes are not plain UTF-8 noted, to be decoded whole afterwards.
 */
import { Buffer } from 'node:buffer';
import { DiffParser, MAX_LINE_BYTES } from './diff-parse.js';
import { readBlobs } from './git.js';
import { attributesOfConcern, isAttributesFile, isSubmodulesFile } from './gitattributes.js';
import type { HitCollector } from './hits.js';
import { attributesCoverScanned, lineScanPlan } from './plan.js';
import type { FilePlan, SignalPack } from './signals.js';
import { decodeSource, unusualLine } from './source-text.js';
import type { ScanGap } from './types.js';

/** Head blobs decoded whole (UTF-16, UTF-32, GB18030 sources) are read up to this size. */
export const DECODE_LIMIT = 8 * 1024 * 1024;
const LFS_POINTER = Buffer.from('version https://git-lfs.github.com/spec/');

type Special = 'attributes' | 'submodules';

export class LineScan {
  readonly parser: DiffParser;
  private readonly plans: (FilePlan | undefined)[] = [];
  private readonly special: (Special | undefined)[] = [];
  private readonly unusual = new Set<number>();
  private readonly attributeGaps = new Map<number, ScanGap & { kind: 'attributes' }>();
  private readonly coversScanned: (pattern: string) => boolean;

  constructor(
    private readonly pack: SignalPack,
    private readonly manifestPath: string,
    private readonly collector: HitCollector,
    private readonly gaps: ScanGap[],
  ) {
    this.coversScanned = attributesCoverScanned(pack, manifestPath);
    this.parser = new DiffParser({
      onEntry: (entry, index) => {
        const plan = lineScanPlan(pack, entry, manifestPath);
        this.plans[index] = plan;
        const special = entry.status === 'deleted' ? undefined : specialFile(entry.path);
        this.special[index] = special;
        return plan !== undefined || special !== undefined;
      },
      onAdded: (index, line, bytes, offset) => this.added(index, line, bytes, offset),
    });
  }

  /** Whether the drift signals read this file's lines (so skipping it leaves a blind spot). */
  reads(entry: { status: string; path: string }): boolean {
    return (
      lineScanPlan(this.pack, entry, this.manifestPath) !== undefined ||
      specialFile(entry.path) !== undefined
    );
  }

  private added(index: number, line: number, bytes: Buffer, offset: number): void {
    const entry = this.parser.entries[index]!;
    const special = this.special[index];
    if (special) return this.specialLine(index, special, entry.path, line, bytes, offset);
    const plan = this.plans[index]!;
    if (!this.unusual.has(index)) {
      const whole = offset === 0 && bytes.length < MAX_LINE_BYTES - 1;
      if (unusualLine(bytes, line, whole)) this.unusual.add(index);
    }
    if (line === 1 && offset === 0 && bytes.subarray(0, LFS_POINTER.length).equals(LFS_POINTER)) {
      this.gaps.push({ kind: 'not-scanned', file: entry.path, line, reason: 'lfs-pointer' });
    }
    let text = bytes.toString('utf8');
    if (text.endsWith('\r')) text = text.slice(0, -1);
    this.match(plan, entry.path, line, text, offset);
  }

  private match(plan: FilePlan, file: string, line: number, text: string, offset: number): void {
    if (plan.line) {
      for (const m of this.pack.matchLine(plan.line, text)) {
        this.collector.add(m.signal, { file, line, column: offset + m.column, match: m.match });
      }
    }
    if (plan.dependencies && offset === 0) {
      for (const m of this.pack.matchDependencies(plan.dependencies, text)) {
        this.collector.add(m.signal, { file, line, column: m.column, match: m.match });
      }
    }
  }

  private specialLine(
    index: number,
    special: Special,
    file: string,
    line: number,
    bytes: Buffer,
    offset: number,
  ): void {
    if (special === 'submodules') {
      if (!this.gaps.some((g) => g.kind === 'submodule' && g.file === file)) {
        this.gaps.push({ kind: 'submodule', file, line, how: 'gitmodules' });
      }
      return;
    }
    if (offset !== 0) return;
    const attributes = attributesOfConcern(bytes.toString('utf8'), this.coversScanned);
    if (attributes.length === 0) return;
    const gap = this.attributeGaps.get(index);
    if (gap) {
      gap.more = (gap.more ?? 0) + 1;
      for (const a of attributes) if (!gap.attributes.includes(a)) gap.attributes.push(a);
      return;
    }
    const added: ScanGap & { kind: 'attributes' } = { kind: 'attributes', file, line, attributes };
    this.attributeGaps.set(index, added);
    this.gaps.push(added);
  }

  /** Files whose lines were not plain UTF-8: decoded whole and matched line by line. */
  async rescanDecoded(root: string): Promise<void> {
    const targets = [...this.unusual]
      .map((index) => ({ entry: this.parser.entries[index]!, plan: this.plans[index]! }))
      .filter((t) => t.entry.headOid);
    for (let i = 0; i < targets.length; i += 8) {
      const batch = targets.slice(i, i + 8);
      const blobs = await readBlobs(
        root,
        batch.map((t) => t.entry.headOid!),
        DECODE_LIMIT,
      );
      for (const { entry, plan } of batch) {
        const blob = blobs.get(entry.headOid!);
        if (!blob) {
          this.gaps.push({ kind: 'not-scanned', file: entry.path, reason: 'not-decoded' });
          continue;
        }
        const decoded = decodeSource(blob);
        if (decoded.encoding === 'utf-8') continue;
        // The lines git split on 0x0A bytes meant nothing; the decoded ones replace them.
        this.collector.filter((hit) => hit.file !== entry.path);
        decoded.text
          .split(/\r?\n/)
          .forEach((text, at) => this.match(plan, entry.path, at + 1, text, 0));
      }
    }
  }
}

function specialFile(file: string): Special | undefined {
  if (isAttributesFile(file)) return 'attributes';
  if (isSubmodulesFile(file)) return 'submodules';
  return undefined;
}
