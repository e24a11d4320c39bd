/**
 * The dashboard page's own style and script. They are inline, and the page's Content Security
 * Policy allows exactly these two by their hashes: nothing else runs, and nothing loads.
 */

export const PAGE_STYLE = `
:root { color-scheme: light; font-family: system-ui, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; }
body { margin: 1.5rem; color: #1f2328; background: #fff; }
html[data-lang="en"] .zh, html[data-lang="zh-CN"] .en { display: none; }
header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: baseline; justify-content: space-between; }
h1 { font-size: 1.5rem; margin: 0; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
.lang button { font: inherit; padding: .2rem .6rem; border: 1px solid #d0d7de; background: #f6f8fa; border-radius: 4px; cursor: pointer; }
html[data-lang="zh-CN"] .lang [data-set-lang="zh-CN"], html[data-lang="en"] .lang [data-set-lang="en"] { background: #0969da; color: #fff; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; font-size: .85rem; }
th, td { border: 1px solid #d0d7de; padding: .25rem .45rem; text-align: left; vertical-align: top; }
thead th { background: #f6f8fa; position: sticky; top: 0; }
th button { font: inherit; font-weight: 600; border: 0; background: none; cursor: pointer; padding: 0; }
th[aria-sort="ascending"] button::after { content: " ▲"; }
th[aria-sort="descending"] button::after { content: " ▼"; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.failed { color: #cf222e; font-weight: 600; }
.passed { color: #1a7f37; font-weight: 600; }
.heat td.cell { width: 1.1rem; height: 1.1rem; padding: 0; }
.heat th.risk { writing-mode: vertical-rl; font-weight: 500; padding: .3rem .1rem; }
.cell.met { background: #2da44e; }
.cell.short { background: #d4a72c; }
.cell.missing { background: #cf222e; }
.cell.none { background: #eaeef2; }
.legend .swatch { display: inline-block; width: .9rem; height: .9rem; vertical-align: middle; margin: 0 .2rem 0 .6rem; }
.muted { color: #59636e; }
ul { padding-left: 1.2rem; }
code { font-size: .8rem; }
`;

export const PAGE_SCRIPT = `
(() => {
  const root = document.documentElement;
  for (const button of document.querySelectorAll('[data-set-lang]')) {
    button.addEventListener('click', () => {
      root.dataset.lang = button.dataset.setLang;
      root.lang = button.dataset.setLang;
    });
  }
  const table = document.getElementById('repositories');
  if (!table) return;
  const body = table.tBodies[0];
  const headers = [...table.tHead.rows[0].cells];
  headers.forEach((th, column) => {
    const button = th.querySelector('button');
    if (!button) return;
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      const numeric = th.dataset.type === 'number';
      const value = (row) => row.cells[column].dataset.v ?? '';
      const rows = [...body.rows].sort((a, b) => {
        const order = numeric ? Number(value(a)) - Number(value(b)) : value(a).localeCompare(value(b));
        return ascending ? order : -order;
      });
      for (const row of rows) body.appendChild(row);
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    });
  });
})();
`;
