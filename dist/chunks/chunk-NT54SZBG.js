import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);

// src/data/project.ts
var TOOL_NAME = "genai-compliance-gate", TOOL_VERSION = "0.1.0", REPOSITORY_URL = "https://github.com/genai-compliance-gate/genai-compliance-gate", DOCS_URL = `${REPOSITORY_URL}/blob/main/docs`, SCHEMA_URL = "https://raw.githubusercontent.com/genai-compliance-gate/genai-compliance-gate/main/schemas/compliance.schema.json";
function ruleHelpUri(ruleId) {
  return `${DOCS_URL}/rules/${ruleId}.md`;
}

export {
  TOOL_NAME,
  TOOL_VERSION,
  REPOSITORY_URL,
  DOCS_URL,
  SCHEMA_URL,
  ruleHelpUri
};
