/** The dashboard as JSON: the fleet's data, for other tools to read. */
import { TOOL_NAME, TOOL_VERSION } from '../data/project.js';
import type { Fleet } from './model.js';

export function fleetJson(fleet: Fleet): string {
  return `${JSON.stringify({ tool: { name: TOOL_NAME, version: TOOL_VERSION }, ...fleet }, null, 2)}\n`;
}
