/** The repository and commit a JSON report names, from git; git loads only for that report. */
import path from 'node:path';
import type { ReportOrigin } from '../model/report.js';

export async function originOf(dir: string | undefined): Promise<ReportOrigin> {
  return (await import('../change/origin.js')).gitOrigin(path.resolve(dir ?? '.'));
}
