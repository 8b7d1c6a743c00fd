// One self-contained HTML page per report: summary, filterable findings, side-by-side aligned sentences with
// facts and evidence highlighted. No network; all document text escaped; a CSP that allows only our own
// inline style and script (by hash), so an injected script could not run even if escaping failed.
import { createHash } from 'node:crypto';
import type { ReportFinding } from '../core/report.js';
import { FAMILIES, type Severity } from '../core/types.js';
import { escapeHtml as h } from './escape.js';
import {
  findingsByPair,
  gateOutcome,
  pairLabel,
  pairOfFinding,
  runsOf,
  sentenceViews,
  SEVERITIES_DESC,
  severityCounts,
  worstSeverity,
  type RenderOptions,
  type RichReport,
  type SentenceView,
} from './report-view.js';

const STYLE = `
:root { --error:#b3261e; --error-bg:#fde7e5; --warning:#8a5a00; --warning-bg:#fff1c7; --info:#1f5fa8; --info-bg:#e3eefb;
  --fact-bg:#e6f4ea; --fact:#1e6b35; --line:#d9dce1; --muted:#5f6670; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, "Noto Sans", "Noto Sans Devanagari", "Noto Sans Thai", "Noto Sans CJK SC", sans-serif; color: #1c1f23; background: #fafbfc; }
header, main { max-width: 1400px; margin: 0 auto; padding: 0 20px; }
header { padding-top: 16px; }
h1 { font-size: 20px; margin: 0 0 6px; }
h2 { font-size: 16px; margin: 20px 0 8px; }
.meta { color: var(--muted); margin: 0; }
.summary { display: flex; gap: 10px; flex-wrap: wrap; align-items: center; margin: 10px 0; }
.count { padding: 2px 10px; border-radius: 12px; font-weight: 600; }
.count.error { background: var(--error-bg); color: var(--error); }
.count.warning { background: var(--warning-bg); color: var(--warning); }
.count.info { background: var(--info-bg); color: var(--info); }
.gate { padding: 2px 10px; border-radius: 4px; font-weight: 700; border: 1px solid currentColor; }
.gate.pass { color: var(--fact); } .gate.fail { color: var(--error); }
#filters { display: flex; gap: 18px; flex-wrap: wrap; padding: 8px 12px; background: #fff; border: 1px solid var(--line); border-radius: 6px; }
#filters fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: 10px; flex-wrap: wrap; }
#filters legend { font-weight: 600; float: left; margin-right: 6px; }
#findings ol { margin: 0; padding-left: 0; list-style: none; }
.finding { background: #fff; border: 1px solid var(--line); border-left: 4px solid var(--info); border-radius: 4px; padding: 6px 10px; margin: 6px 0; }
.finding.error { border-left-color: var(--error); } .finding.warning { border-left-color: var(--warning); }
.finding:target { outline: 2px solid #333; }
.badge { display: inline-block; font-size: 12px; font-weight: 700; text-transform: uppercase; padding: 0 6px; border-radius: 3px; margin-right: 6px; }
.badge.error { background: var(--error); color: #fff; } .badge.warning { background: #e0a800; color: #1c1f23; } .badge.info { background: var(--info); color: #fff; }
.rule { font-family: ui-monospace, monospace; font-size: 13px; color: var(--muted); margin-right: 6px; }
.values { display: block; font-family: ui-monospace, monospace; font-size: 13px; color: var(--muted); }
table.pairs { width: 100%; border-collapse: collapse; background: #fff; table-layout: fixed; }
table.pairs th, table.pairs td { border: 1px solid var(--line); padding: 6px 8px; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
table.pairs th.n, table.pairs td.n { width: 78px; color: var(--muted); font-size: 13px; }
table.pairs th.flags, table.pairs td.flags { width: 170px; }
table.index { table-layout: auto; }
/* short cells (counts, languages, badges) never break inside a word; only the document column wraps */
table.index th, table.index td { overflow-wrap: normal; }
table.index th:not(.doc), table.index td:not(:first-child) { white-space: nowrap; }
table.index th.doc { width: 45%; }
table.index p.meta { font-size: 13px; margin-top: 4px; }
tr.pair.error td.n { box-shadow: inset 4px 0 var(--error); } tr.pair.warning td.n { box-shadow: inset 4px 0 #e0a800; } tr.pair.info td.n { box-shadow: inset 4px 0 var(--info); }
tr.pair:target { outline: 3px solid #333; outline-offset: -3px; }
.sent + .sent::before { content: " "; }
.sent .idx { font-size: 11px; color: var(--muted); vertical-align: super; margin-right: 2px; }
.empty { color: var(--muted); font-style: italic; }
.fact { background: var(--fact-bg); border-bottom: 2px solid var(--fact); }
mark.ev { border-radius: 2px; padding: 0 1px; color: inherit; }
mark.ev.error { background: var(--error-bg); border-bottom: 3px solid var(--error); }
mark.ev.warning { background: var(--warning-bg); border-bottom: 3px solid #e0a800; }
mark.ev.info { background: var(--info-bg); border-bottom: 3px solid var(--info); }
mark.ev .fact { background: transparent; } /* a fact that is evidence shows the finding's colour */
.flags a { display: block; font-size: 13px; text-decoration: none; }
.hidden { display: none !important; }
footer { max-width: 1400px; margin: 24px auto; padding: 0 20px; color: var(--muted); font-size: 13px; }
`;

// Filters: a finding shows when its severity and family are ticked; "flagged pairs only" hides the other pairs.
const SCRIPT = `
(function () {
  var form = document.getElementById('filters');
  if (!form) return;
  function ticked(name) {
    var out = {};
    form.querySelectorAll('input[name="' + name + '"]').forEach(function (box) { out[box.value] = box.checked; });
    return out;
  }
  function apply() {
    var sev = ticked('severity'), fam = ticked('family');
    var onlyFlagged = document.getElementById('only-flagged').checked;
    var visiblePairs = {}, shown = 0;
    document.querySelectorAll('li.finding').forEach(function (li) {
      var show = sev[li.dataset.severity] !== false && fam[li.dataset.family] !== false;
      li.classList.toggle('hidden', !show);
      if (show) { shown++; visiblePairs[li.dataset.pair] = true; }
    });
    document.querySelectorAll('tr.pair').forEach(function (tr) {
      tr.classList.toggle('hidden', onlyFlagged && !visiblePairs[tr.dataset.pair]);
    });
    var counter = document.getElementById('shown-count');
    if (counter) counter.textContent = String(shown);
  }
  form.addEventListener('change', apply);
  apply();
  document.documentElement.setAttribute('data-filters', 'ready');
})();
`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function csp(script: boolean): string {
  return [
    "default-src 'none'",
    `style-src ${sha256(STYLE)}`,
    script ? `script-src ${sha256(SCRIPT)}` : "script-src 'none'",
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function page(title: string, body: string, withScript: boolean): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp(withScript)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${h(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
${withScript ? `<script>${SCRIPT}</script>\n` : ''}</body>
</html>
`;
}

function sentenceHtml(view: SentenceView, side: 'src' | 'tgt'): string {
  const inner = runsOf(view)
    .map((run) => {
      let html = h(run.text);
      if (run.fact) html = `<span class="fact" title="${h(run.fact)}">${html}</span>`;
      if (run.evidence) html = `<mark class="ev ${run.evidence.severity}" title="${h(run.evidence.rules.join(', '))}">${html}</mark>`;
      return html;
    })
    .join('');
  if (view.index < 0) return `<span class="sent">${inner}</span>`;
  return `<span class="sent" id="${side}-${view.index}"><span class="idx">${view.index + 1}</span>${inner}</span>`;
}

function countsHtml(counts: Record<Severity, number>): string {
  return SEVERITIES_DESC.map((s) => `<span class="count ${s}">${counts[s]} ${s}${counts[s] === 1 ? '' : s === 'info' ? '' : 's'}</span>`).join('');
}

function findingHtml(finding: ReportFinding, index: number, pair: number): string {
  const values =
    finding.values && (finding.values.src !== undefined || finding.values.tgt !== undefined)
      ? `<span class="values">${h(finding.values.src ?? '—')} ≠ ${h(finding.values.tgt ?? '—')}</span>`
      : '';
  const link = pair >= 0 ? `<a href="#pair-${pair}">pair ${pair + 1}</a> · ` : '';
  return `<li class="finding ${finding.severity}" id="finding-${index}" data-severity="${finding.severity}" data-family="${h(finding.family)}" data-pair="${pair}">
<span class="badge ${finding.severity}">${finding.severity}</span><span class="rule">${h(finding.rule)}</span>${link}<span class="message">${h(finding.message)}</span>${values}
</li>`;
}

/** The page for one document pair. */
export function formatHtml(report: RichReport, options: RenderOptions = {}): string {
  const srcName = report.source ?? report.srcLang;
  const tgtName = report.target ?? report.tgtLang;
  const title = options.title ?? report.id ?? `${srcName} → ${tgtName}`;
  const counts = severityCounts(report.findings);
  const gate = gateOutcome(report, options.failOn);
  const byPair = findingsByPair(report);
  const findingIndex = new Map(report.findings.map((f, i) => [f, i]));
  const families = FAMILIES.filter((family) => report.findings.some((f) => f.family === family));

  const findingsList = report.findings.map((f, i) => findingHtml(f, i, pairOfFinding(report, f))).join('\n');
  const rows = report.pairs
    .map((pair) => {
      const findings = byPair.get(pair.index) ?? [];
      const worst = worstSeverity(findings);
      const cell = (side: 'src' | 'tgt', lang: string) => {
        const views = sentenceViews(report, pair, side, findings);
        return `<td class="${side}" lang="${h(lang)}">${views.length ? views.map((v) => sentenceHtml(v, side)).join('') : '<span class="empty">(no sentence)</span>'}</td>`;
      };
      const flags = findings
        .map((f) => `<a href="#finding-${findingIndex.get(f)}"><span class="badge ${f.severity}">${f.severity}</span>${h(f.rule)}</a>`)
        .join('');
      return `<tr class="pair${worst ? ` ${worst}` : ''}" id="pair-${pair.index}" data-pair="${pair.index}">
<td class="n">${pair.index + 1}<br><small>${h(pairLabel(pair))}</small></td>${cell('src', report.srcLang)}${cell('tgt', report.tgtLang)}<td class="flags">${flags}</td></tr>`;
    })
    .join('\n');

  const body = `<header>
<h1>xalign report: ${h(title)}</h1>
<p class="meta">${h(srcName)} (${h(report.srcLang)}) → ${h(tgtName)} (${h(report.tgtLang)}) · ${h(report.mode)} mode · ${report.summary.pairs} aligned pairs · ${report.summary.sentences.src} / ${report.summary.sentences.tgt} sentences</p>
<div class="summary">${countsHtml(counts)}<span class="gate ${gate.passed ? 'pass' : 'fail'}">${gate.passed ? 'PASS' : 'FAIL'} (fail on ${h(gate.failOn)}${gate.passed ? '' : `: ${gate.failing}`})</span></div>
</header>
<main>
<form id="filters" aria-label="filters">
<fieldset><legend>Severity</legend>${SEVERITIES_DESC.map((s) => `<label><input type="checkbox" name="severity" value="${s}" checked> ${s} (${counts[s]})</label>`).join(' ')}</fieldset>
<fieldset><legend>Family</legend>${families.map((f) => `<label><input type="checkbox" name="family" value="${f}" checked> ${f}</label>`).join(' ') || '<span class="empty">none</span>'}</fieldset>
<fieldset><label><input type="checkbox" id="only-flagged"> flagged pairs only</label></fieldset>
</form>
<section id="findings">
<h2>Findings (<span id="shown-count">${report.findings.length}</span> shown of ${report.findings.length})</h2>
${report.findings.length ? `<ol>\n${findingsList}\n</ol>` : '<p class="empty">No findings.</p>'}
</section>
<section id="pairs">
<h2>Aligned sentences</h2>
<table class="pairs">
<thead><tr><th class="n">pair</th><th>source (${h(report.srcLang)})</th><th>target (${h(report.tgtLang)})</th><th class="flags">findings</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>
</main>
<footer>Generated by xalign. Highlights: <span class="fact">fact</span> · <mark class="ev error">evidence of a finding</mark>.</footer>`;
  return page(`xalign: ${title}`, body, true);
}

export interface IndexEntry {
  id: string;
  srcLang: string;
  tgtLang: string;
  mode: string;
  pairs: number;
  counts: Record<Severity, number>;
  /** Relative link to the pair's page. */
  href?: string;
  /** Set when the pair could not be checked. */
  error?: string;
  /** The manifest's note on the pair (what it is, known problems). */
  note?: string;
  /** Findings at or above --fail-on. */
  failing?: number;
}

/** The index page of a corpus run: one row per document pair. */
export function formatHtmlIndex(entries: readonly IndexEntry[], options: RenderOptions & { failing?: number } = {}): string {
  const totals = { error: 0, warning: 0, info: 0 };
  for (const e of entries) for (const s of SEVERITIES_DESC) totals[s] += e.counts[s];
  const failOn = options.failOn ?? 'error';
  const failing = options.failing ?? 0;
  const rows = entries
    .map((e) => {
      const name = `${e.href ? `<a href="${h(e.href)}">${h(e.id)}</a>` : h(e.id)}${e.note ? `<p class="meta">${h(e.note)}</p>` : ''}`;
      // An editor reads the verdict first: the pair fails the gate, could not be checked, or passes.
      const verdict = e.error
        ? '<span class="gate fail">NOT CHECKED</span>'
        : e.failing
          ? `<span class="gate fail">FAIL: ${e.failing}</span>`
          : '<span class="gate pass">pass</span>';
      const result = e.error ? `<td colspan="4" class="empty">${h(e.error)}</td>` : `<td>${e.pairs}</td>${SEVERITIES_DESC.map((s) => `<td>${e.counts[s] ? `<span class="count ${s}">${e.counts[s]}</span>` : '0'}</td>`).join('')}`;
      return `<tr><td>${name}</td><td>${verdict}</td><td>${h(e.srcLang)} → ${h(e.tgtLang)}</td><td>${h(e.mode)}</td>${result}</tr>`;
    })
    .join('\n');
  const body = `<header>
<h1>${h(options.title ?? 'xalign corpus report')}</h1>
<p class="meta">${entries.length} document pair${entries.length === 1 ? '' : 's'}; open one for its aligned sentences and findings</p>
<div class="summary">${countsHtml(totals)}<span class="gate ${failing ? 'fail' : 'pass'}">${failing ? 'FAIL' : 'PASS'} (fail on ${h(failOn)}${failing ? `: ${failing}` : ''})</span></div>
</header>
<main>
<table class="pairs index">
<thead><tr><th class="doc">document pair</th><th>result</th><th>languages</th><th>kind</th><th>aligned sentence pairs</th><th>errors</th><th>warnings</th><th>info</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</main>`;
  return page(options.title ?? 'xalign corpus report', body, false);
}
