/** Where the project lives: the docs and the schema are published from its repository. */
import packageJson from '../../package.json' with { type: 'json' };

export const TOOL_NAME = 'genai-compliance-gate';
/** The version of package.json; the bundle inlines it at build time. */
export const TOOL_VERSION: string = packageJson.version;
export const REPOSITORY_URL = 'https://github.com/genai-compliance-gate/genai-compliance-gate';
export const DOCS_URL = `${REPOSITORY_URL}/blob/main/docs`;
export const SCHEMA_URL =
  'https://raw.githubusercontent.com/genai-compliance-gate/genai-compliance-gate/main/schemas/compliance.schema.json';

export function ruleHelpUri(ruleId: string): string {
  return `${DOCS_URL}/rules/${ruleId}.md`;
}
