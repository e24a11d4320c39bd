// Preloaded with `node --import`: records the own properties of the built-in prototypes at
// start-up and, at exit, writes to GCG_PROTO_LOG any that appeared (prototype pollution) and the
// peak resident memory of the run.
import { writeFileSync } from 'node:fs';

const watched = {
  Object: Object.prototype,
  Array: Array.prototype,
  Function: Function.prototype,
  String: String.prototype,
};
const before = Object.fromEntries(
  Object.entries(watched).map(([name, proto]) => [name, new Set(Reflect.ownKeys(proto))]),
);
const log = process.env.GCG_PROTO_LOG;

process.on('exit', () => {
  if (!log) return;
  const added = [];
  for (const [name, proto] of Object.entries(watched)) {
    for (const key of Reflect.ownKeys(proto)) {
      if (!before[name].has(key)) added.push(`${name}.prototype.${String(key)}`);
    }
  }
  // A polluted prototype shows up on every fresh object, whatever the key was called.
  for (const key of ['polluted', 'isAdmin', 'risk', 'keyword', 'path', 'fail_on', 'off']) {
    if (key in {}) added.push(`{}.${key}`);
  }
  writeFileSync(log, JSON.stringify({ added, maxRssKb: process.resourceUsage().maxRSS }));
});
