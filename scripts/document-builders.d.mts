export type OutlineBlock =
  | { h: string; level?: number }
  | { p: string }
  | { ol: string[] }
  | { ul: string[] }
  | { page: true };
export interface Outline {
  title: string;
  author?: string;
  blocks: OutlineBlock[];
}
export function toDocx(outline: Outline): Promise<Uint8Array>;
export function toPdf(outline: Outline): Promise<Uint8Array>;
export function toMarkdown(outline: Outline): string;
export function scanPng(width?: number, height?: number): Uint8Array;
export function scannedPdf(pages?: number): Promise<Uint8Array>;
export function encryptedPdf(text?: string, password?: string): Promise<Uint8Array>;
export function toXlsx(title: string, rows: string[][]): Promise<Uint8Array>;
