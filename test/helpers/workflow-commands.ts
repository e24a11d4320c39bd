/**
 * The GitHub Actions runner's reading of a step's output, reproduced from actions/runner
 * (ActionCommand.TryParseV2 / TryParse, ActionCommandManager's stop-commands): command names in
 * any capitalisation, `::name::` at the start of a line and `##[name]` anywhere in one.
 */

const REGISTERED = [
  'error',
  'warning',
  'notice',
  'debug',
  'group',
  'endgroup',
  'echo',
  'add-mask',
  'add-path',
  'set-env',
  'set-output',
  'save-state',
  'add-matcher',
  'remove-matcher',
  'stop-commands',
];

export interface Command {
  command: string;
  properties: Record<string, string>;
  data: string;
}

function unescape(value: string): string {
  return value
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}

function parseLine(line: string, registered: Set<string>): Command | undefined {
  const message = line.trimStart();
  if (message.startsWith('::')) {
    const end = message.indexOf('::', 2);
    if (end >= 0) {
      const info = message.slice(2, end);
      const space = info.indexOf(' ');
      const command = (space < 0 ? info : info.slice(0, space)).toLowerCase();
      if (registered.has(command)) {
        const properties: Record<string, string> = {};
        if (space > 0) {
          for (const pair of info.slice(space + 1).split(',')) {
            const eq = pair.indexOf('=');
            if (eq > 0) properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
          }
        }
        return { command, properties, data: unescape(message.slice(end + 2)) };
      }
    }
  }
  const prefix = line.indexOf('##[');
  if (prefix < 0) return undefined;
  const close = line.indexOf(']', prefix);
  if (close < 0) return undefined;
  const info = line.slice(prefix + 3, close);
  const command = info.split(' ')[0]!.toLowerCase();
  return registered.has(command)
    ? { command, properties: {}, data: line.slice(close + 1) }
    : undefined;
}

/**
 * Where the runner ends a line: its stream reader splits at CR, LF and CRLF; NEL and the Unicode
 * line and paragraph separators are counted too, as any other reader of the log may split there.
 */
export const RUNNER_LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/;

/** The commands the runner would execute from this output, honouring stop-commands. */
export function runnerCommands(stdout: string): Command[] {
  const registered = new Set(REGISTERED);
  const executed: Command[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split(RUNNER_LINE_BREAK)) {
    const command = parseLine(line, registered);
    if (!command) continue;
    if (stopToken !== undefined) {
      if (command.command === stopToken.toLowerCase()) {
        registered.delete(stopToken.toLowerCase());
        stopToken = undefined;
      }
      continue;
    }
    if (command.command === 'stop-commands') {
      stopToken = command.data;
      registered.add(stopToken.toLowerCase());
      continue;
    }
    executed.push(command);
  }
  return executed;
}
