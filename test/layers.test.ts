/** The layer rules of .dependency-cruiser.cjs hold: an upward import or a cycle fails `npm run lint`. */
import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, tempDir, writeFile } from './helpers/repo.js';

const DEPCRUISE = path.join(
  PROJECT_ROOT,
  'node_modules/dependency-cruiser/bin/dependency-cruise.mjs',
);

/** Runs the project's layer rules on a small tree of modules written for the test. */
function cruise(files: Record<string, string>) {
  const dir = tempDir('gcg-layers-');
  copyFileSync(
    path.join(PROJECT_ROOT, '.dependency-cruiser.cjs'),
    path.join(dir, '.dependency-cruiser.cjs'),
  );
  copyFileSync(path.join(PROJECT_ROOT, 'tsconfig.json'), path.join(dir, 'tsconfig.json'));
  for (const [rel, text] of Object.entries(files)) writeFile(dir, rel, text);
  return spawnSync(process.execPath, [DEPCRUISE, '--config', '.dependency-cruiser.cjs', 'src'], {
    cwd: dir,
    encoding: 'utf8',
  });
}

describe('layers', () => {
  it('passes imports that point down', () => {
    const run = cruise({
      'src/engine.ts': "import { rule } from './rules/a.js';\nexport const run = rule;\n",
      'src/rules/a.ts': "import { risk } from '../data/risks.js';\nexport const rule = risk;\n",
      'src/data/risks.ts': 'export const risk = 1;\n',
    });
    expect(run.stdout).toContain('no dependency violations');
    expect(run.status).toBe(0);
  });

  it('fails a rule that imports the engine, and data that imports a rule', () => {
    const run = cruise({
      'src/engine.ts': "import { rule } from './rules/a.js';\nexport const run = () => rule;\n",
      'src/rules/a.ts': "import { run } from '../engine.js';\nexport const rule = run;\n",
      'src/data/risks.ts': "import { rule } from '../rules/a.js';\nexport const risk = rule;\n",
    });
    expect(run.stdout).toContain('no-upward-import-from-rules: src/rules/a.ts → src/engine.ts');
    expect(run.stdout).toContain(
      'no-upward-import-from-ground: src/data/risks.ts → src/rules/a.ts',
    );
    expect(run.status).not.toBe(0);
  });

  it('fails modules that import each other in a circle, and a folder given no layer', () => {
    const run = cruise({
      'src/evidence/a.ts': "import { b } from './b.js';\nexport const a = () => b;\n",
      'src/evidence/b.ts': "import { a } from './a.js';\nexport const b = () => a;\n",
      'src/helpers/x.ts': "import { a } from '../evidence/a.js';\nexport const x = a;\n",
    });
    expect(run.stdout).toContain('no-circular');
    expect(run.stdout).toContain('every-importer-in-a-layer: src/helpers/x.ts');
    expect(run.status).not.toBe(0);
  });
});
