// Preloaded with `node --import` when strace is not installed: wraps the node:fs calls that open
// files and appends every path to GCG_FS_TRACE, one JSON string per line.
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';
import { URL } from 'node:url';

const log = process.env.GCG_FS_TRACE;
const record = (target) => {
  if (!log) return;
  let text;
  if (typeof target === 'string') text = target;
  else if (target instanceof URL) text = target.pathname;
  else if (Buffer.isBuffer(target)) text = target.toString('utf8');
  else return;
  fs.appendFileSync(log, `${JSON.stringify(path.resolve(text))}\n`);
};

const SYNC = ['openSync', 'readFileSync', 'opendirSync', 'readdirSync', 'createReadStream'];
const ASYNC = ['open', 'readFile', 'opendir', 'readdir'];
for (const name of [...SYNC, ...ASYNC]) {
  const original = fs[name];
  fs[name] = function traced(target, ...rest) {
    record(target);
    return original.call(this, target, ...rest);
  };
}
for (const name of ['open', 'readFile', 'opendir', 'readdir']) {
  const original = fs.promises[name];
  fs.promises[name] = function traced(target, ...rest) {
    record(target);
    return original.call(this, target, ...rest);
  };
}
syncBuiltinESMExports();
