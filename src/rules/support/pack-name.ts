/** How findings name a policy pack: its id and version when it has them, and its file. */
import type { PolicyPackRef } from '../../model/pack.js';

export function packName(pack: PolicyPackRef): string {
  if (pack.id === undefined) return pack.file;
  const version = pack.version === undefined ? '' : `@${pack.version}`;
  return `${pack.id}${version} (${pack.file})`;
}
