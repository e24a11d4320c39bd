// `npm run bench [name ...]`: runs the benchmark sections and prints their tables. Ratios against
// a baseline measured in the same run are what to compare; absolute times vary with the machine.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sections = [
  'startup',
  'matcher',
  'evaluate',
  'action',
  'evidence',
  'documents',
  'drift',
  'fleet',
];
const wanted = process.argv.slice(2);

console.log(
  `# genai-compliance-gate bench — node ${process.version}, ${new Date().toISOString()}\n`,
);
for (const name of sections) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const { default: section } = await import(`./${name}.mjs`);
  console.log(`${await section({ root })}\n`);
}
