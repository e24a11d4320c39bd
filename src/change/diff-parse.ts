/**
 * Streaming parser for `git diff-tree -r -z --raw -p -U0`: first the raw records (NUL
 * separated: modes, object ids, status, paths — exact even for odd file names), then one patch
 * section per record in the same order, from which only hunk headers, `Binary files` lines and
 * added lines are taken. Memory stays bounded whatever the size of the diff: an added line longer
 * than `MAX_LINE_BYTES` is handed over in overlapping windows (a minified bundle is one line),
 * other long lines are cut.
 */
import type { FileStatus } from './types.js';

export interface RawEntry {
  status: FileStatus;
  path: string;
  previousPath?: string;
  baseOid?: string;
  headOid?: string;
  baseMode: string;
  headMode: string;
  binary: boolean;
  addedLines: number;
}

export interface DiffHandlers {
  /** A raw record was read (before any added line of it). Return false to skip its lines. */
  onEntry(entry: RawEntry, index: number): boolean;
  /** An added line, or one window of a long one starting `offset` bytes into the line. */
  onAdded(index: number, line: number, bytes: Buffer, offset: number): void;
}

export const MAX_LINE_BYTES = 64 * 1024;
/** Bytes two windows of a long added line share, so that a match across the cut is seen. */
export const WINDOW_OVERLAP = 1024;

const ZERO_OID = /^0+$/;
const STATUS: Record<string, FileStatus> = {
  A: 'added',
  M: 'modified',
  R: 'renamed',
  C: 'copied',
  D: 'deleted',
  T: 'type-changed',
};
const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

export class DiffParser {
  readonly entries: RawEntry[] = [];
  private mode: 'raw' | 'patch' = 'raw';
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private skippingRest = false;
  private rawHeader: string[] | undefined;
  private rawPaths: string[] = [];
  private section = -1;
  private nextSection = 0;
  private typeChangeOpen = false;
  private wanted = false;
  private oldLeft = 0;
  private newLeft = 0;
  private newLine = 0;
  /** Offset in the current long added line of the window kept in `pending`. */
  private windowOffset = 0;

  constructor(private readonly handlers: DiffHandlers) {}

  push(chunk: Buffer): void {
    let start = 0;
    while (start < chunk.length) {
      const sep = this.mode === 'raw' ? 0 : 10;
      const end = chunk.indexOf(sep, start);
      if (end === -1) {
        this.keep(chunk.subarray(start));
        return;
      }
      const piece = chunk.subarray(start, end);
      start = end + 1;
      let token: Buffer;
      if (this.pendingBytes > 0 || this.skippingRest) {
        this.keep(piece);
        token = Buffer.concat(this.pending);
        this.pending = [];
        this.pendingBytes = 0;
        this.skippingRest = false;
      } else {
        token = piece;
      }
      if (this.mode === 'raw') this.rawToken(token);
      else this.patchLine(token);
      this.windowOffset = 0;
    }
  }

  end(): void {
    if (this.pendingBytes > 0) {
      const token = Buffer.concat(this.pending);
      this.pending = [];
      this.pendingBytes = 0;
      if (this.mode === 'raw') this.rawToken(token);
      else this.patchLine(token);
    }
  }

  private keep(piece: Buffer): void {
    if (this.skippingRest) return;
    if (this.mode === 'patch' && this.newLeft > 0 && (this.pending[0] ?? piece)[0] === 0x2b) {
      this.pending.push(Buffer.from(piece));
      this.pendingBytes += piece.length;
      while (this.pendingBytes > MAX_LINE_BYTES) this.handOverWindow();
      return;
    }
    const room = MAX_LINE_BYTES - this.pendingBytes;
    if (piece.length > room) {
      // Copy: the chunk is reused by the stream.
      this.pending.push(Buffer.from(piece.subarray(0, room)));
      this.pendingBytes += room;
      this.skippingRest = true;
      return;
    }
    this.pending.push(Buffer.from(piece));
    this.pendingBytes += piece.length;
  }

  /** Passes the first window of a long added line on and keeps the rest, overlap included. */
  private handOverWindow(): void {
    const all = Buffer.concat(this.pending);
    if (this.wanted) {
      this.handlers.onAdded(
        this.section,
        this.newLine,
        all.subarray(1, MAX_LINE_BYTES),
        this.windowOffset,
      );
    }
    const next = MAX_LINE_BYTES - WINDOW_OVERLAP;
    this.pending = [Buffer.from('+'), Buffer.from(all.subarray(next))];
    this.pendingBytes = 1 + all.length - next;
    this.windowOffset += next - 1;
  }

  private rawToken(token: Buffer): void {
    if (this.rawHeader === undefined) {
      if (token.length === 0) {
        this.mode = 'patch';
        return;
      }
      const text = token.toString('latin1');
      if (!text.startsWith(':')) {
        // No raw records: the patch started straight away.
        this.mode = 'patch';
        this.patchLine(token);
        return;
      }
      this.rawHeader = text.slice(1).split(' ');
      this.rawPaths = [];
      return;
    }
    this.rawPaths.push(token.toString('utf8'));
    const letter = this.rawHeader[4]?.[0] ?? 'M';
    const needed = letter === 'R' || letter === 'C' ? 2 : 1;
    if (this.rawPaths.length < needed) return;
    const [baseMode = '', headMode = '', baseOid = '', headOid = ''] = this.rawHeader;
    const status = STATUS[letter] ?? 'modified';
    const entry: RawEntry = {
      status,
      path: needed === 2 ? this.rawPaths[1]! : this.rawPaths[0]!,
      ...(needed === 2 ? { previousPath: this.rawPaths[0]! } : {}),
      ...(ZERO_OID.test(baseOid) ? {} : { baseOid }),
      ...(ZERO_OID.test(headOid) ? {} : { headOid }),
      baseMode,
      headMode,
      binary: false,
      addedLines: 0,
    };
    this.entries.push(entry);
    this.rawHeader = undefined;
  }

  private patchLine(line: Buffer): void {
    if (this.newLeft > 0 || this.oldLeft > 0) {
      const first = line[0];
      if (first === 0x2b) {
        const entry = this.entries[this.section];
        if (entry) entry.addedLines++;
        if (this.wanted) {
          this.handlers.onAdded(this.section, this.newLine, line.subarray(1), this.windowOffset);
        }
        this.newLine++;
        this.newLeft--;
        return;
      }
      if (first === 0x2d) {
        this.oldLeft--;
        return;
      }
      if (first === 0x5c) return; // "\ No newline at end of file"
      if (first === 0x20) {
        this.oldLeft--;
        this.newLeft--;
        this.newLine++;
        return;
      }
      // Anything else ends the hunk (defensive: counts should have run out).
      this.oldLeft = 0;
      this.newLeft = 0;
    }
    if (line[0] === 0x64 && line.subarray(0, 11).toString('latin1') === 'diff --git ') {
      this.startSection();
      return;
    }
    if (line[0] === 0x40) {
      const match = HUNK.exec(line.toString('latin1'));
      if (match) {
        this.oldLeft = match[1] === undefined ? 1 : Number(match[1]);
        this.newLine = Number(match[2]);
        this.newLeft = match[3] === undefined ? 1 : Number(match[3]);
        return;
      }
    }
    if (line[0] === 0x42 && line.subarray(0, 13).toString('latin1') === 'Binary files ') {
      const entry = this.entries[this.section];
      if (entry) entry.binary = true;
    }
  }

  private startSection(): void {
    // A type change (file ↔ symlink) is printed as a deletion and a creation of the same path.
    if (this.typeChangeOpen) {
      this.typeChangeOpen = false;
      return;
    }
    this.section = this.nextSection++;
    const entry = this.entries[this.section];
    this.typeChangeOpen = entry?.status === 'type-changed';
    this.wanted = entry ? this.handlers.onEntry(entry, this.section) : false;
  }
}
