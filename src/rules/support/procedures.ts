/**
 * How a policy describes a procedure in its text: a menu path (`【我的】-【设置】-【注销账号】`,
 * `我的 > 设置 > 删除数据`, `我的/设置/账号与安全`), inline numbered steps (`1.登录；2.进入设置`),
 * or prose (`先……再……然后……最后……`). Each is read as a sequence of places or actions, and two
 * sequences in one passage stay two. Scanners are linear in the text's length.
 */

export interface Procedure {
  /** The places or actions in order. */
  steps: string[];
  /** Offset of the procedure in the searched text. */
  index: number;
  how: 'path' | 'inline' | 'prose';
}

// A place in brackets or quotes (without a separator inside), or a bare run of text.
const SEGMENT =
  /【[^【】>＞→/／\-—]{1,24}】|“[^“”>＞→/／\-—]{1,24}”|「[^「」>＞→/／\-—]{1,24}」|"[^">＞→/／\-—]{1,24}"|[^\s【】“”「」"'、，,。；;：:！!？?（）()<>＞→›»⇒/／\-－—–|]{1,16}/y;
// Arrows are unambiguous; dashes and slashes separate places only where the places are UI places.
const ARROW = /\s*(?:->|—>|=>|[>＞→›»⇒])\s*/y;
const DASH = /\s*(?:—{1,2}|[-－–]|[/／])\s*/y;

/** Words that name a place or an action of an app's interface. */
const UI_WORD =
  /我的|设置|个人中心|个人主页|账号|账户|帐号|隐私|注销|删除|清除|管理|历史|记录|头像|菜单|更多|帮助|反馈|安全|首页|对话|会话/;

function stripQuotes(segment: string): string {
  return segment.replace(/^[【“「"]|[】”」"]$/g, '').trim();
}

function sticky(pattern: RegExp, value: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(value);
}

/** Every menu path of at least three places in `value`. */
export function menuPaths(value: string): Procedure[] {
  const out: Procedure[] = [];
  let i = 0;
  while (i < value.length) {
    const first = sticky(SEGMENT, value, i);
    if (!first) {
      i++;
      continue;
    }
    const segments = [first[0]];
    let end = i + first[0].length;
    let dashed = false;
    for (;;) {
      const arrow = sticky(ARROW, value, end);
      const separator = arrow ?? sticky(DASH, value, end);
      if (!separator || separator[0].length === 0) break;
      const next = sticky(SEGMENT, value, end + separator[0].length);
      if (!next) break;
      if (!arrow) dashed = true;
      segments.push(next[0]);
      end += separator[0].length + next[0].length;
    }
    const steps = segments.map(stripQuotes).filter((s) => s.length > 0);
    const uiPlaces = steps.filter((s) => UI_WORD.test(s)).length;
    if (steps.length >= 3 && (!dashed || uiPlaces >= 2)) {
      out.push({ steps, index: i, how: 'path' });
      i = end;
    } else i += first[0].length;
  }
  return out;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';
// `1.` `2、` `3)` `（4）` `⑤` `第六步`: an ordinal that opens a step, after a start or a break.
const INLINE_ORDINAL =
  /(?:(?:^|(?<=[\s；;，,。：:]))([0-9]{1,2})\s*[.．、)）](?![0-9])|[（(]([0-9]{1,2})[)）]|([①②③④⑤⑥⑦⑧⑨⑩])|第([一二三四五六七八九十])步)/g;
const ZH_ORDINAL = '一二三四五六七八九十';

/** Numbered steps written inside one paragraph; numbering that starts again is a new sequence. */
export function inlineSteps(value: string): Procedure[] {
  const marks: { n: number; index: number; end: number }[] = [];
  INLINE_ORDINAL.lastIndex = 0;
  for (let m = INLINE_ORDINAL.exec(value); m !== null; m = INLINE_ORDINAL.exec(value)) {
    const n = m[1] ?? m[2];
    const number = n ? Number(n) : m[3] ? CIRCLED.indexOf(m[3]) + 1 : ZH_ORDINAL.indexOf(m[4]!) + 1;
    marks.push({ n: number, index: m.index, end: m.index + m[0].length });
  }
  const out: Procedure[] = [];
  let run: typeof marks = [];
  const close = () => {
    if (run.length >= 2) {
      const steps = run.map((mark, k) =>
        value.slice(mark.end, run[k + 1]?.index ?? value.length).replace(/[；;，,。\s]+$/, ''),
      );
      out.push({ steps, index: run[0]!.index, how: 'inline' });
    }
    run = [];
  };
  for (const mark of marks) {
    const last = run[run.length - 1];
    if (last && mark.n === last.n + 1) run.push(mark);
    else {
      close();
      if (mark.n === 1) run.push(mark);
    }
  }
  close();
  return out;
}

/** The words that order prose steps: the first step, then each later one. */
export const PROSE_MARKERS = {
  first: ['首先', '先', '第一步'],
  next: ['其次', '再', '然后', '接着', '随后', '最后', '第二步', '第三步', '第四步', '第五步'],
} as const;

// 先 is not 优先, 事先, 预先, 率先 (首先 counts once); 再 is not 再次.
const GUARDED: Record<string, string> = {
  先: '(?<![优事预率原首])先(?![生前进])',
  再: '(?<![一不])再(?![次者])',
};
const markerPattern = (words: readonly string[]) =>
  new RegExp(words.map((w) => GUARDED[w] ?? w).join('|'), 'g');
const PROSE_FIRST = markerPattern(PROSE_MARKERS.first);
const PROSE_NEXT = markerPattern(PROSE_MARKERS.next);

/** `先……再……然后……最后……`: one step per marker, from the first marker on. */
export function proseSteps(value: string): Procedure[] {
  const out: Procedure[] = [];
  PROSE_FIRST.lastIndex = 0;
  const first = PROSE_FIRST.exec(value);
  if (!first) return out;
  const starts = [first.index];
  PROSE_NEXT.lastIndex = first.index + first[0].length;
  for (let m = PROSE_NEXT.exec(value); m !== null; m = PROSE_NEXT.exec(value)) {
    starts.push(m.index);
  }
  if (starts.length < 2) return out;
  const steps = starts.map((start, k) =>
    value.slice(start, starts[k + 1] ?? value.length).replace(/[；;，,。\s]+$/, ''),
  );
  out.push({ steps, index: first.index, how: 'prose' });
  return out;
}

/** Words of a lead-in that introduces circumstances, not steps; and `以下……时`. */
export const CIRCUMSTANCE_WORDS = ['情形', '情况', '条件', '场景'] as const;
const CIRCUMSTANCES = new RegExp(
  `${CIRCUMSTANCE_WORDS.join('|')}|(?:以下|下列|如下)[^。；;]{0,30}时`,
);

/**
 * A lead-in to a list of circumstances rather than steps: `在以下情形中，您可以……`,
 * `符合下列情况之一的`, `出现以下……时` (PIPL art. 47's list is of this kind).
 */
export function introducesCircumstances(value: string): boolean {
  return CIRCUMSTANCES.test(value);
}

/** One example of each way a menu path is written; the docs list them, the tests parse them. */
export const PATH_FORMS = [
  '【我的】-【设置】-【注销账号】',
  '我的 > 设置 > 注销账号',
  '我的—设置—注销账号',
  '我的/设置/注销账号',
  '“我的 → 设置 → 注销账号”',
] as const;

/** One example of inline numbered steps and of prose steps. */
export const STEP_FORMS = [
  '1.登录；2.进入设置；3.注销账号',
  '先登录，再进入设置，最后点击注销账号',
] as const;
