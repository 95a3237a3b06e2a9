import { EMOTIONS } from '../lambdas/core/schema/feedback.ts';
import { type DayRows, sentimentShares, sparkline } from '../lambdas/core/trends/daily.ts';

/** Which dimension the trends table breaks down by. */
export type TrendsBy = 'channel' | 'source' | 'topic' | 'language' | 'product';

/** One dimension value's series over the days. */
export interface TrendRow {
  value: string;
  counts: number[];
  total: number;
  negative: number;
}

/** The series of every value of a dimension over the given days, biggest first. */
export function trendRows(days: readonly string[], rowsByDay: ReadonlyMap<string, DayRows>, by: TrendsBy): TrendRow[] {
  const values = new Set<string>();
  for (const day of days) for (const pk of rowsByDay.get(day)?.keys() ?? []) if (pk.startsWith(`${by}#`)) values.add(pk.slice(by.length + 1));
  return [...values]
    .map((value) => {
      const rows = days.map((day) => rowsByDay.get(day)?.get(`${by}#${value}`));
      const counts = rows.map((r) => r?.count ?? 0);
      return { value, counts, total: counts.reduce((a, b) => a + b, 0), negative: rows.reduce((sum, r) => sum + (r?.negative ?? 0), 0) };
    })
    .sort((a, b) => b.total - a.total || a.value.localeCompare(b.value));
}

/** The trends table for the terminal: one line per value with a sparkline, total and negative share. */
export function trendsTable(days: readonly string[], rowsByDay: ReadonlyMap<string, DayRows>, by: TrendsBy, limit = 20): string {
  const rows = trendRows(days, rowsByDay, by).slice(0, limit);
  const width = Math.max(by.length, ...rows.map((r) => r.value.length));
  const lines = [`${days[0]} … ${days.at(-1)} (${days.length} days, UTC)`, '', `${by.padEnd(width)}  ${'trend'.padEnd(days.length)}  total  negative  last day`];
  for (const row of rows) {
    const negative = row.total ? `${Math.round((row.negative / row.total) * 100)}%` : '–';
    lines.push(`${row.value.padEnd(width)}  ${sparkline(row.counts)}  ${String(row.total).padStart(5)}  ${negative.padStart(8)}  ${String(row.counts.at(-1) ?? 0).padStart(8)}`);
  }
  const all = days.map((day) => sentimentShares(rowsByDay.get(day)?.get('all#all')));
  lines.push('', `${'all'.padEnd(width)}  ${sparkline(all.map((s) => s.count))}  ${String(all.reduce((a, s) => a + s.count, 0)).padStart(5)}`);
  if (rows.length === 0) lines.push('', 'No data in this period. Run `npm start` first, or choose more --days.');
  return lines.join('\n');
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const COLORS = { positive: '#2e7d32', neutral: '#9e9e9e', mixed: '#f9a825', negative: '#c62828' } as const;

function sentimentChart(days: readonly string[], rowsByDay: ReadonlyMap<string, DayRows>): string {
  const width = 760;
  const height = 240;
  const barWidth = (width - 40) / Math.max(days.length, 1);
  const counts = days.map((day) => rowsByDay.get(day)?.get('all#all') ?? {});
  const max = Math.max(1, ...counts.map((c) => c.count ?? 0));
  const bars = counts
    .map((counters, index) => {
      let y = height - 30;
      const x = 30 + index * barWidth;
      const parts = (['positive', 'neutral', 'mixed', 'negative'] as const).map((label) => {
        const h = ((counters[label] ?? 0) / max) * (height - 50);
        y -= h;
        return `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(barWidth * 0.8).toFixed(1)}" height="${h.toFixed(1)}" fill="${COLORS[label]}"><title>${days[index]} ${label}: ${counters[label] ?? 0}</title></rect>`;
      });
      const label = index % Math.ceil(days.length / 10) === 0 ? `<text x="${x.toFixed(1)}" y="${height - 12}" font-size="10">${days[index]?.slice(5)}</text>` : '';
      return parts.join('') + label;
    })
    .join('');
  return `<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="Sentiment over time">${bars}<text x="0" y="14" font-size="11">max ${max}/day</text></svg>`;
}

function horizontalBars(entries: readonly { label: string; value: number; note?: string; color: string }[]): string {
  const max = Math.max(1, ...entries.map((e) => e.value));
  const rowHeight = 24;
  const body = entries
    .map((entry, index) => {
      const y = index * rowHeight;
      const w = (entry.value / max) * 480;
      return `<text x="0" y="${y + 16}" font-size="12">${escapeHtml(entry.label)}</text><rect x="160" y="${y + 4}" width="${w.toFixed(1)}" height="16" fill="${entry.color}"/><text x="${(165 + w).toFixed(1)}" y="${y + 16}" font-size="11">${entry.value}${entry.note ? ` · ${escapeHtml(entry.note)}` : ''}</text>`;
    })
    .join('');
  return `<svg viewBox="0 0 760 ${Math.max(rowHeight, entries.length * rowHeight)}" role="img">${body}</svg>`;
}

/**
 * A self-contained HTML report (inline SVG, no scripts or external assets) a CX lead can open
 * in a browser: sentiment over time, emotion mix, top negative topics and the trends table.
 */
export function trendsHtml(days: readonly string[], rowsByDay: ReadonlyMap<string, DayRows>, by: TrendsBy): string {
  const totals: Record<string, number> = {};
  for (const day of days) for (const [name, value] of Object.entries(rowsByDay.get(day)?.get('all#all') ?? {})) totals[name] = (totals[name] ?? 0) + value;
  const emotions = EMOTIONS.map((name) => ({ label: name, value: totals[`emotion_${name}`] ?? 0, color: '#5c6bc0' }))
    .filter((e) => e.value > 0)
    .sort((a, b) => b.value - a.value);
  const negativeTopics = trendRows(days, rowsByDay, 'topic')
    .filter((t) => t.negative > 0)
    .sort((a, b) => b.negative - a.negative)
    .slice(0, 10)
    .map((t) => ({ label: t.value, value: t.negative, note: `${Math.round((t.negative / t.total) * 100)}% of ${t.total}`, color: COLORS.negative }));
  const table = trendRows(days, rowsByDay, by)
    .map((r) => `<tr><td>${escapeHtml(r.value)}</td><td class="spark">${sparkline(r.counts)}</td><td>${r.total}</td><td>${r.total ? Math.round((r.negative / r.total) * 100) : 0}%</td></tr>`)
    .join('');
  const legend = Object.entries(COLORS)
    .map(([label, color]) => `<span><i style="background:${color}"></i>${label}</span>`)
    .join(' ');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>feedback-miner trends ${days[0]} – ${days.at(-1)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:800px;margin:2em auto;color:#222}h1{font-size:1.4em}h2{font-size:1.1em;margin-top:2em}
table{border-collapse:collapse;width:100%}td,th{padding:4px 8px;border-bottom:1px solid #ddd;text-align:left}.spark{font-family:monospace;letter-spacing:1px}
.legend span{margin-right:1em;font-size:.9em}.legend i{display:inline-block;width:10px;height:10px;margin-right:4px}</style></head>
<body><h1>Customer feedback trends</h1><p>${days[0]} – ${days.at(-1)} (UTC) · ${totals.count ?? 0} items · ${totals.count ? Math.round(((totals.negative ?? 0) / totals.count) * 100) : 0}% negative</p>
<h2>Sentiment over time</h2><div class="legend">${legend}</div>${sentimentChart(days, rowsByDay)}
<h2>Emotion mix</h2>${emotions.length ? horizontalBars(emotions) : '<p>No emotions in this period.</p>'}
<h2>Top negative topics</h2>${negativeTopics.length ? horizontalBars(negativeTopics) : '<p>No negative topics in this period.</p>'}
<h2>By ${by}</h2><table><thead><tr><th>${by}</th><th>trend</th><th>items</th><th>negative</th></tr></thead><tbody>${table}</tbody></table>
<p><small>Generated by feedback-miner from the aggregates table.</small></p></body></html>
`;
}
