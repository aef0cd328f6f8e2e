/** A bar chart in plain SVG: one bar per day, the largest value and the first and last day labelled. */
export interface Bar {
  label: string;
  value: number;
}

export function BarChart({ bars, title, color = 'var(--accent)' }: { bars: Bar[]; title: string; color?: string }) {
  const width = 600;
  const height = 140;
  const top = 16;
  const bottom = 20;
  const plot = height - top - bottom;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const step = width / Math.max(1, bars.length);
  const total = bars.reduce((n, b) => n + b.value, 0);
  return (
    <figure class="chart">
      <figcaption>
        {title} <span class="muted">({total})</span>
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}: ${total}`}>
        <line x1={0} y1={top + plot} x2={width} y2={top + plot} stroke="var(--line)" />
        <text x={0} y={11} font-size="11" fill="var(--muted)">
          {max}
        </text>
        {bars.map((b, i) => {
          const h = (b.value / max) * plot;
          return (
            <rect x={i * step + 1} y={top + plot - h} width={Math.max(1, step - 2)} height={h} fill={color}>
              <title>{`${b.label}: ${b.value}`}</title>
            </rect>
          );
        })}
        {bars.length > 0 && (
          <>
            <text x={0} y={height - 4} font-size="11" fill="var(--muted)">
              {bars[0].label}
            </text>
            <text x={width} y={height - 4} font-size="11" fill="var(--muted)" text-anchor="end">
              {bars[bars.length - 1].label}
            </text>
          </>
        )}
      </svg>
    </figure>
  );
}
