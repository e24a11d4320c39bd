/**
 * The layers of the gate, lowest first. A module may import from its own layer and the layers
 * below it, never from a layer above: inputs → context → manifest → evidence → change → rules →
 * verdict → reporters is the direction data flows, and imports follow it downwards.
 */
const LAYERS = [
  ['ground', '^src/(model|data|i18n|generated|text|match)/|^src/deadline\\.ts$'],
  ['files', '^src/files/'],
  ['manifest', '^src/manifest/'],
  ['policy', '^src/gate-policy/'],
  ['evidence', '^src/evidence/'],
  ['change', '^src/change/'],
  ['evaluate', '^src/evaluate/'],
  ['rules', '^src/rules/'],
  ['verdict', '^src/verdict\\.ts$'],
  ['engine', '^src/(engine|context)\\.ts$'],
  ['reporters', '^src/report/'],
  ['fleet', '^src/fleet/'],
  ['github', '^src/github/'],
  ['entries', '^src/(cli|action|docs|inputs)/'],
];

const upward = LAYERS.flatMap(([name, path], index) => {
  const above = LAYERS.slice(index + 1).map(([, higher]) => `(${higher})`);
  if (above.length === 0) return [];
  return [
    {
      name: `no-upward-import-from-${name}`,
      comment: `${name} sits below ${LAYERS.slice(index + 1)
        .map(([higher]) => higher)
        .join(', ')}: it may not import from them.`,
      severity: 'error',
      from: { path },
      to: { path: above.join('|') },
    },
  ];
});

const IN_A_LAYER = LAYERS.map(([, path]) => `(${path})`).join('|');

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'no-circular',
      comment: 'Modules may not import each other in a circle.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'every-module-in-a-layer',
      comment: 'A new top-level folder or file under src/ must be given its layer here.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^src/', pathNot: IN_A_LAYER },
    },
    {
      name: 'every-importer-in-a-layer',
      comment: 'A new top-level folder or file under src/ must be given its layer here.',
      severity: 'error',
      from: { path: '^src/', pathNot: IN_A_LAYER },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/generated/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
