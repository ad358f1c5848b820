/**
 * The library's charts (`tl-chart-*`), drawn as plain SVG: clippings and entities over time,
 * threat levels, and the top agencies and actors. Each chart names its numbers in text too
 * (`<title>` per bar and a caption), so a screen reader gets what the eye gets.
 */
import type { TimelinePoint } from '../lib/library/charts';
import { TYPE_COLORS } from '../lib/paint/colors';

const LEVEL_COLORS: Readonly<Record<string, string>> = {
  low: '#6d8a2c',
  moderate: '#c9a227',
  substantial: '#f2994a',
  severe: '#d93f3f',
  critical: '#8b1a1a',
  none: '#8c959f',
};

export function TimelineChart({ points }: { points: readonly TimelinePoint[] }) {
  const W = 640;
  const H = 180;
  const pad = 28;
  const maxC = Math.max(1, ...points.map((p) => p.clippings));
  const maxE = Math.max(1, ...points.map((p) => p.entities));
  const step = (W - pad * 2) / Math.max(1, points.length);
  const y = (v: number, max: number): number => H - pad - (v / max) * (H - pad * 2);
  const line = points.map((p, i) => `${i ? 'L' : 'M'}${(pad + step * (i + 0.5)).toFixed(1)},${y(p.entities, maxE).toFixed(1)}`).join(' ');
  const total = points.reduce((n, p) => n + p.clippings, 0);
  const first = points[0];
  const last = points[points.length - 1];
  return (
    <figure class="chart" data-testid="tl-chart-timeline">
      <figcaption>
        Over time: {total} clippings from {first?.period ?? '–'} to {last?.period ?? '–'} (bars), entities found in them (line, peak {maxE})
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Clippings per period, ${points.length} periods, peak ${maxC}`}>
        <line x1={pad} y1={H - pad} x2={W - pad} y2={H - pad} class="axis" />
        {points.map((p, i) => (
          <rect key={p.period} x={pad + step * i + 1} width={Math.max(1, step - 2)} y={y(p.clippings, maxC)} height={H - pad - y(p.clippings, maxC)} fill={TYPE_COLORS.agency}>
            <title>
              {p.period}: {p.clippings} clippings, {p.entities} entities
            </title>
          </rect>
        ))}
        {points.length > 1 && <path d={line} fill="none" stroke={TYPE_COLORS['threat-actor']} stroke-width="2" />}
        <text x={pad} y={H - 8} class="tick">
          {first?.period}
        </text>
        <text x={W - pad} y={H - 8} class="tick" text-anchor="end">
          {last?.period}
        </text>
      </svg>
    </figure>
  );
}

export interface BarDatum {
  label: string;
  count: number;
}

/** Horizontal bars, one per label; clicking a bar calls `onPick` (filter by it). */
export function BarChart({ testId, title, data, color, onPick }: { testId: string; title: string; data: readonly BarDatum[]; color?: string; onPick?: (label: string) => void }) {
  const W = 320;
  const row = 22;
  const labelW = 130;
  const max = Math.max(1, ...data.map((d) => d.count));
  const H = Math.max(row, data.length * row);
  return (
    <figure class="chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      {data.length === 0 ? (
        <p class="muted">Nothing to chart in these results.</p>
      ) : (
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}: ${data.map((d) => `${d.label} ${d.count}`).join(', ')}`}>
          {data.map((d, i) => (
            <g key={d.label} class={onPick ? 'bar pickable' : 'bar'} onClick={onPick ? () => onPick(d.label) : undefined}>
              <title>
                {d.label}: {d.count}
              </title>
              <text x={labelW - 6} y={i * row + 15} text-anchor="end" class="tick">
                {d.label.length > 20 ? `${d.label.slice(0, 19)}…` : d.label}
              </text>
              <rect x={labelW} y={i * row + 4} height={row - 8} width={Math.max(1, ((W - labelW - 30) * d.count) / max)} fill={color ?? LEVEL_COLORS[d.label] ?? '#2f80ed'} />
              <text x={labelW + ((W - labelW - 30) * d.count) / max + 4} y={i * row + 15} class="tick">
                {d.count}
              </text>
            </g>
          ))}
        </svg>
      )}
    </figure>
  );
}
