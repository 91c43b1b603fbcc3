/**
 * The benchmark's figures: one row per measured value, Pano next to the
 * baseline, and the table printed from them.
 */

/** Which way is better for a figure. */
export type Better = 'lower' | 'higher';

/** One measured value for both players. */
export interface Figure {
  scenario: string;
  /** Resolution label such as `1920×1080`, or `—` where resolution does not apply. */
  size: string;
  metric: string;
  unit: string;
  better: Better;
  pano: number | null;
  baseline: number | null;
}

/** Pano / baseline, or null when either is missing or the baseline is 0. */
export function ratio(figure: Pick<Figure, 'pano' | 'baseline'>): number | null {
  if (figure.pano === null || figure.baseline === null || figure.baseline === 0) return null;
  return figure.pano / figure.baseline;
}

/** A number with as many decimals as its size deserves; `—` for none. */
export function formatNumber(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/** The figures as an aligned plain-text table (also valid Markdown), with a ratio column. */
export function formatTable(figures: Figure[]): string {
  const header = ['scenario', 'size', 'figure', 'Pano', 'baseline', 'Pano/baseline'];
  const rows = figures.map((f) => [
    f.scenario,
    f.size,
    `${f.metric} (${f.unit}, ${f.better} is better)`,
    formatNumber(f.pano),
    formatNumber(f.baseline),
    formatNumber(ratio(f)),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i >= 3 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i >= 3 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
