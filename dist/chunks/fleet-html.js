import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);
import{a as n,b as c,c as $,d as p,e as m}from"./shared-fleet-labels.js";import{c as u}from"./shared-data-rule-groups.js";import"./shared-model-finding.js";import{e as f}from"./shared-data-risks.js";import"./shared-runtime.js";import{createHash as C}from"node:crypto";var h=`
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
th[aria-sort="ascending"] button::after { content: " \u25B2"; }
th[aria-sort="descending"] button::after { content: " \u25BC"; }
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
`,g=`
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
`;var L={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;"},R=/[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g,S=/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;function r(e){return e.replace(R,t=>`\u2039U+${t.charCodeAt(0).toString(16).toUpperCase().padStart(4,"0")}\u203A`).replace(S,"\uFFFD").replace(/[&<>"']/g,t=>L[t])}function o(e){return`<span class="zh" lang="zh-CN">${r(e["zh-CN"])}</span><span class="en" lang="en">${r(e.en)}</span>`}function k(e){return r(`${e["zh-CN"]} \xB7 ${e.en}`)}function y(e){return r(`${e["zh-CN"]}/${e.en}`)}function v(e){return`'sha256-${C("sha256").update(e,"utf8").digest("base64")}'`}function E(e,t){let a=[e,k(c[t?.state??"none"])];return t?.lexicon&&a.push(`${y(n.lexicon)} ${t.lexicon.count}/${t.lexicon.minimum}`),t?.testset&&a.push(`${y(n.testset)} ${t.testset.count}/${t.testset.minimum}`),a.join(" \u2014 ")}function N(e){let t=e.risks.map(s=>{let l=f.get(s);return`<th class="risk" scope="col" title="${r(l?`${l.zh} \xB7 ${l.en}`:s)}">${s}</th>`}).join(""),a=e.repositories.map(s=>{let l=e.risks.map(d=>{let b=s.coverage[d];return`<td class="cell ${b?.state??"none"}" data-risk="${d}" title="${E(d,b)}"></td>`}).join("");return`<tr><th scope="row">${r(s.name)}</th>${l}</tr>`}).join(`
`),i=["met","short","missing","none"].map(s=>`<span class="swatch cell ${s}"></span>${o(c[s])}`).join("");return`<h2>${o(n.heatMap)}</h2>
<p class="legend muted">${i}</p>
<div class="scroll"><table class="heat" id="heat-map"><thead><tr><th scope="col">${o(n.repository)}</th>${t}</tr></thead>
<tbody>
${a}
</tbody></table></div>`}function w(e){return e??-1}function j(e){return e.groups.length===0?"":e.groups.map(t=>{let a=t.group==="other"?n.other:{"zh-CN":u(t.group,"zh-CN"),en:u(t.group,"en")};return`<div>${o(a)} <span class="failed">${t.error}</span> / ${t.warning}</div>`}).join("")}function z(e){return e.expiringWaivers.map(t=>{let a=t.daysLeft<0?n.expired(t.daysLeft):n.expiresIn(t.daysLeft);return`<div><code>${r(t.rule)}</code> ${r(t.expires)} (${o(a)}) <span class="muted">${r(t.owner)} \xB7 ${r(t.reason)}</span></div>`}).join("")}function T(e){return e.packs.length===0?`<span class="muted">${o(n.noPack)}</span>`:e.packs.map(t=>`<div>${r(t.id??t.file)}${t.version?` <code>${r(t.version)}</code>`:""}</div>`).join("")}var x=[{label:n.repository,type:"text",value:e=>e.name,show:e=>`${r(e.name)}${e.commit?`<div class="muted"><code>${r(e.commit.slice(0,12))}</code></div>`:""}`},{label:n.declared,type:"text",value:e=>e.declared??"",show:e=>o(p(e.declared))},{label:n.required,type:"text",value:e=>e.required??"",show:e=>o(p(e.required))},{label:n.verdict,type:"number",value:e=>e.passed?1:0,show:e=>`<span class="${e.passed?"passed":"failed"}">${o(e.passed?n.passed:n.failed)}</span>`},{label:n.errors,type:"number",value:e=>e.counts.error,show:e=>String(e.counts.error)},{label:n.warnings,type:"number",value:e=>e.counts.warning,show:e=>String(e.counts.warning)},{label:n.byGroup,type:"number",value:e=>e.groups.length,show:j},{label:n.coverage,type:"number",value:e=>e.risksTotal>0?e.risksMet/e.risksTotal:-1,show:e=>e.risksTotal>0?`${e.risksMet}/${e.risksTotal}`:"\u2014"},{label:n.refusal,type:"number",value:e=>w(e.rates?.refusal),show:e=>m(e.rates?.refusal)},{label:n.nonRefusal,type:"number",value:e=>w(e.rates?.nonRefusal),show:e=>m(e.rates?.nonRefusal)},{label:n.waivers,type:"number",value:e=>e.expiringWaivers.length,show:z},{label:n.pack,type:"text",value:e=>e.packs.map(t=>`${t.id??t.file}@${t.version??""}`).join(","),show:T}];function B(e){let t=x.map(i=>`<th scope="col" data-type="${i.type}"><button type="button">${o(i.label)}</button></th>`).join(""),a=e.repositories.map(i=>`<tr>${x.map(s=>`<td${s.type==="number"?' class="num"':""} data-v="${r(String(s.value(i)))}">${s.show(i)}</td>`).join("")}</tr>`).join(`
`);return`<h2>${o(n.repositories)}</h2>
<p class="muted">${o(n.sortHint)}</p>
<div class="scroll"><table id="repositories"><thead><tr>${t}</tr></thead>
<tbody>
${a}
</tbody></table></div>`}function A(e){if(e.problems.length===0)return"";let t=e.problems.map(a=>`<li><code>${r(a.source)}</code>: ${o($[a.kind])} <span class="muted">${r(a.detail)}</span></li>`).join(`
`);return`<h2>${o(n.problems)}</h2>
<ul id="problems">
${t}
</ul>`}function F(e,t){let a=e.repositories.filter(l=>!l.passed).length,i=["default-src 'none'",`style-src ${v(h)}`,`script-src ${v(g)}`,"img-src 'none'","base-uri 'none'","form-action 'none'"].join("; "),s=e.repositories.length===0?`<p>${o(n.noRepositories)}</p>`:`${N(e)}
${B(e)}`;return`<!doctype html>
<html lang="${t}" data-lang="${t}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${i}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${r(`${n.title[t]} \xB7 ${e.today}`)}</title>
<style>${h}</style>
</head>
<body>
<header>
<h1>${o(n.title)}</h1>
<div class="lang" role="group" aria-label="${k(n.language)}"><button type="button" data-set-lang="zh-CN">\u4E2D\u6587</button> <button type="button" data-set-lang="en">English</button></div>
</header>
<p>${o(n.summary(e.repositories.length,a,e.problems.length))} \xB7 ${o(n.asOf(e.today,e.windowDays))}</p>
${s}
${A(e)}
<script>${g}</script>
</body>
</html>
`}export{r as escapeHtml,F as fleetHtml};
//# sourceMappingURL=fleet-html.js.map
