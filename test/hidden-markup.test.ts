/**
 * Markup that hides text: HTML read by the loader keeps concealed text apart (a policy's collapsed
 * section is still read), and page sources are judged by the elements around a place.
 */
import { describe, expect, it } from 'vitest';
import { htmlBlocks } from '../src/evidence/doc-html.js';
import { hiddenAt, hidingClass } from '../src/text/hidden-markup.js';

describe('hiding classes', () => {
  it.each([
    ['hidden', 'hidden'],
    ['text-xs sr-only', 'sr-only'],
    ['invisible', 'invisible'],
    ['hidden md:block', undefined],
    ['text-hidden-label', undefined],
  ])('%s', (classes, why) => {
    expect(hidingClass(classes)).toBe(why);
  });
});

describe('HTML', () => {
  it('keeps text under a hiding class or aria-hidden in blocks of its own, marked concealed', () => {
    const blocks = htmlBlocks(
      [
        '<footer>',
        '<p>© 2026 杭州小智科技有限公司 <span class="sr-only">上线编号：A-B-20260101</span></p>',
        '<p aria-hidden="true">装饰</p>',
        '<p class="hidden md:block">桌面端可见</p>',
        '<p hidden>完全隐藏</p>',
        '</footer>',
      ].join('\n'),
      'lines',
    );
    expect(blocks.map((b) => [b.text, b.concealed])).toEqual([
      ['© 2026 杭州小智科技有限公司', undefined],
      ['上线编号：A-B-20260101', 'class "sr-only"'],
      ['装饰', 'aria-hidden'],
      ['桌面端可见', undefined],
    ]);
  });
});

describe('page sources', () => {
  const source = [
    '<footer>',
    '  <nav className="hidden"><a href="/">首页</a></nav>',
    '  <p>上线编号：{ONLINE_NUMBER}</p>',
    '  <div style={{ display: "none" }}>',
    '    <span>{ONLINE_NUMBER}</span>',
    '  </div>',
    '</footer>',
  ].join('\n');

  it('a sibling that closed before the place does not hide it', () => {
    expect(hiddenAt(source, source.indexOf('{ONLINE_NUMBER}'))).toBeUndefined();
  });

  it('an enclosing element with display: none hides it', () => {
    expect(hiddenAt(source, source.lastIndexOf('{ONLINE_NUMBER}'))).toBe('display: none');
  });
});
