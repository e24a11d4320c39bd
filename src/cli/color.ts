/**
 * Whether the report on a stream gets colour, decided as Node's `util.styleText` and chalk decide:
 * FORCE_COLOR (https://force-color.org) turns it on, or off when it is `0` or `false`; otherwise
 * NO_COLOR (https://no-color.org, when not empty), NODE_DISABLE_COLORS and TERM=dumb turn it off;
 * otherwise a terminal gets colour and a pipe or file does not.
 */
export function useColor(
  stream: { isTTY?: boolean },
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.trim().toLowerCase());
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.NODE_DISABLE_COLORS !== undefined || env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}
