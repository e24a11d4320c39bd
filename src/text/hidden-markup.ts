/**
 * Markup that hides its content from sighted readers: utility classes (Tailwind's `hidden`,
 * `sr-only`, `invisible`), `aria-hidden`, the `hidden` attribute and inline `display: none` or
 * `visibility: hidden` — in HTML attributes and in the opening tags of JSX, Vue or templates.
 */

/** Classes that take an element off the screen (Tailwind, Bootstrap, UnoCSS). */
export const HIDING_CLASSES = [
  'hidden',
  'sr-only',
  'invisible',
  'visually-hidden',
  'd-none',
] as const;

const HIDING = new Set<string>(HIDING_CLASSES);
/** A responsive or state variant that shows the element again: `md:block`, `lg:visible`. */
const SHOWN_AGAIN =
  /^[\w-]+:(?:block|flex|inline|inline-block|inline-flex|grid|inline-grid|table|contents|flow-root|visible|not-sr-only|d-block|d-flex|d-inline)$/;

/** The hiding class in a class list, unless a responsive variant shows the element again. */
export function hidingClass(classList: string): string | undefined {
  const tokens = classList.split(/\s+/).filter(Boolean);
  if (tokens.some((t) => SHOWN_AGAIN.test(t))) return undefined;
  return tokens.find((t) => HIDING.has(t));
}

const HIDDEN_STYLE =
  /(?:^|[;{,\s'"])\s*(?:display\s*:\s*['"]?none|visibility\s*:\s*['"]?hidden)\b/i;

/** Whether an HTML element is hidden by its own markup: the `hidden` attribute or inline style. */
export function hiddenByAttributes(attribs: Record<string, string>): boolean {
  return (
    attribs.hidden !== undefined ||
    (attribs.style !== undefined && HIDDEN_STYLE.test(attribs.style))
  );
}

/**
 * Why an HTML element is kept from sighted readers by a hiding class or `aria-hidden`, or
 * undefined. Its text is still read (a collapsed section of a policy is part of the policy), but
 * it does not count as displayed.
 */
export function concealedByAttributes(attribs: Record<string, string>): string | undefined {
  if (attribs['aria-hidden'] !== undefined && attribs['aria-hidden'] !== 'false')
    return 'aria-hidden';
  const cls = attribs.class === undefined ? undefined : hidingClass(attribs.class);
  return cls === undefined ? undefined : `class "${cls}"`;
}

const CLASS_ATTRIBUTE =
  /\b(?:class|className|:class)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/g;
const ARIA_HIDDEN = /\baria-hidden(?:\s*=\s*(?:"true"|'true'|\{\s*true\s*\}))?(?=[\s/>]|$)/;
const HIDDEN_ATTRIBUTE = /(?:^|\s)hidden(?:\s*=\s*\{\s*true\s*\})?(?=[\s/>]|$)/;

/** Why a source opening tag (`<p className="hidden">`) hides its content, or undefined. */
export function hiddenBySourceTag(tag: string): string | undefined {
  CLASS_ATTRIBUTE.lastIndex = 0;
  for (let m = CLASS_ATTRIBUTE.exec(tag); m !== null; m = CLASS_ATTRIBUTE.exec(tag)) {
    const cls = hidingClass(m[1] ?? m[2] ?? m[3] ?? '');
    if (cls) return `class "${cls}"`;
  }
  if (HIDDEN_STYLE.test(tag.replace(/^<[^\s>]*/, ''))) return 'display: none';
  if (ARIA_HIDDEN.test(tag)) return 'aria-hidden';
  if (HIDDEN_ATTRIBUTE.test(tag.replace(/^<[^\s>]*/, ''))) return 'hidden';
  return undefined;
}

const TAG =
  /<(\/?)([A-Za-z][\w.:-]*)((?:[^<>"'{}]|"[^"]*"|'[^']*'|\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\})*)>/g;

/**
 * Why the text at `offset` of a page's source is hidden by one of the elements around it, or
 * undefined. Elements are matched by name on a stack, so a sibling that closed before the offset
 * does not count.
 */
export function hiddenAt(source: string, offset: number): string | undefined {
  const open: { name: string; hidden?: string }[] = [];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(source); m !== null && m.index < offset; m = TAG.exec(source)) {
    const [tag, closing, name, rest] = m;
    if (closing) {
      const at = open.map((e) => e.name).lastIndexOf(name!);
      if (at !== -1) open.length = at;
      continue;
    }
    if (rest!.trimEnd().endsWith('/')) continue;
    const hidden = hiddenBySourceTag(tag);
    open.push({ name: name!, ...(hidden ? { hidden } : {}) });
  }
  return open.find((e) => e.hidden)?.hidden;
}

/** The attributes and styles that hide an element, as the docs name them. */
export const HIDING_ATTRIBUTES = [
  'hidden',
  'aria-hidden',
  'display: none',
  'visibility: hidden',
] as const;
