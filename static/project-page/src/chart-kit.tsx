import React, { useContext } from 'react';
import { buildChartTheme, DataContext, XYChart, type XYChartTheme } from '@visx/xychart';
import { token } from '@atlaskit/tokens';

/**
 * What the project page's charts share: one visx theme drawn from Atlaskit's tokens (so light and
 * dark follow the product), an HTML legend with a test id per entry, a tooltip box, and a rule at
 * one value of an axis (today, the median). visx gives the axes, scales, resizing and tooltips;
 * it comes with the tabs that chart (lazy-tabs.ts), never with the page's first load.
 */
const chartTheme: XYChartTheme = buildChartTheme({
  backgroundColor: 'transparent',
  colors: [token('color.border.brand'), token('color.border.warning'), token('color.border.bold')],
  tickLength: 4,
  gridColor: token('color.border'),
  gridColorDark: token('color.border.bold'),
  svgLabelSmall: { fill: token('color.text.subtle'), fontSize: 11 },
  svgLabelBig: { fill: token('color.text'), fontSize: 12 },
  xAxisLineStyles: { stroke: token('color.border') },
  yAxisLineStyles: { stroke: token('color.border') },
  xTickLineStyles: { stroke: token('color.border') },
  yTickLineStyles: { stroke: token('color.border') },
});

export type LegendEntry = { key: string; label: string; color: string; shape: 'line' | 'dot' | 'box' | 'dash' };

export function ChartLegend({ entries, testId }: { entries: readonly LegendEntry[]; testId: string }) {
  return (
    <ul
      style={{ display: 'flex', flexWrap: 'wrap', gap: 16, listStyle: 'none', padding: 0, margin: '0 0 4px 0' }}
      aria-label="Legend"
    >
      {entries.map((e) => (
        <li key={e.key} data-testid={`${testId}-${e.key}`} style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
          <LegendMark color={e.color} shape={e.shape} />
          <span style={{ fontSize: 12, color: token('color.text') }}>{e.label}</span>
        </li>
      ))}
    </ul>
  );
}

function LegendMark({ color, shape }: { color: string; shape: LegendEntry['shape'] }) {
  return (
    <svg width={14} height={12} aria-hidden="true">
      {shape === 'dot' ? (
        <circle cx={7} cy={6} r={5} fill={color} />
      ) : shape === 'box' ? (
        <rect width={12} height={10} y={1} fill={color} />
      ) : (
        <line
          x1={0}
          x2={14}
          y1={6}
          y2={6}
          stroke={color}
          strokeWidth={3}
          strokeDasharray={shape === 'dash' ? '4 2' : undefined}
        />
      )}
    </svg>
  );
}

/**
 * A chart's plot in its box: visx sizes a chart to its parent (width from the tab, height from
 * here), and its svg is positioned absolutely, so the box gives the height the page lays out.
 */
export function Plot({
  height,
  label,
  margin,
  xScale,
  yScale,
  children,
}: {
  height: number;
  label: string;
  margin: { left: number; right: number; top: number; bottom: number };
  xScale: ChartProps['xScale'];
  yScale: ChartProps['yScale'];
  children: React.ReactNode;
}) {
  return (
    <div style={{ height, width: '100%' }}>
      <XYChart
        height={height}
        margin={margin}
        theme={chartTheme}
        accessibilityLabel={label}
        xScale={xScale}
        yScale={yScale}
      >
        {children}
      </XYChart>
    </div>
  );
}

type ChartProps = React.ComponentProps<typeof XYChart>;

/** A tooltip's body: a title and one line per figure. */
export function TipBox({ title, lines }: { title: string; lines: ReadonlyArray<readonly [string, string]> }) {
  return (
    <div style={{ fontSize: 12 }}>
      <strong>{title}</strong>
      {lines.map(([k, v]) => (
        <div key={k}>
          {k}: {v}
        </div>
      ))}
    </div>
  );
}

/**
 * A line across the plot at one value of the x axis (vertical) or the y axis (horizontal), drawn
 * with the chart's own scales so it moves with resizing.
 */
export function Rule({
  x,
  y,
  color,
  dash,
  testId,
}: {
  x?: number | Date;
  y?: number | string;
  color: string;
  dash?: string;
  testId?: string;
}) {
  const { xScale, yScale, margin, width, height } = useContext(DataContext);
  if (!xScale || !yScale || !margin || !width || !height) return null;
  if (x !== undefined) {
    const at = Number((xScale as (v: number | Date) => number)(x));
    if (!Number.isFinite(at)) return null;
    return (
      <line
        x1={at}
        x2={at}
        y1={margin.top}
        y2={height - margin.bottom}
        stroke={color}
        strokeDasharray={dash}
        data-testid={testId}
      />
    );
  }
  const at = Number((yScale as (v: number | string) => number)(y ?? 0));
  if (!Number.isFinite(at)) return null;
  return (
    <line
      x1={margin.left}
      x2={width - margin.right}
      y1={at}
      y2={at}
      stroke={color}
      strokeDasharray={dash}
      data-testid={testId}
    />
  );
}
