import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);

// src/report/workflow-log.ts
import { randomUUID } from "node:crypto";
function withCommandsStopped(text, token = randomUUID()) {
  let body = text.endsWith(`
`) ? text : `${text}
`;
  return `::stop-commands::${token}
${body}::${token}::
`;
}

export {
  withCommandsStopped
};
