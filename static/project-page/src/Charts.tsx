import React from 'react';
import { Axis, BarSeries, GlyphSeries, Grid, LineSeries, Tooltip } from '@visx/xychart';
import { token } from '@atlaskit/tokens';
import type { HistoryPoint, Report } from '../../../src/app/contract';
import { ChartLegend, Plot, Rule, TipBox } from './chart-kit';
import { S } from './strings';

type Bar = { key: string; name: string; load: number; open: number; nobody: boolean };

/**
 * Load per member (story points of open issues) against the team median and the overload line
 * (settings), as horizontal bars; the open work nobody holds is its own bar, left out of the
 * median. The figures stand in an axis of their own right of the plot, so the median line never
 * crosses them.
 */
export function WorkloadChart({
  report,
  overloadFactor,
  unassigned,
}: {
  report: Report;
  overloadFactor: number;
  unassigned?: { points: number; issues: number } | null;
}) {
  const members = report.members;
  if (members.length === 0) return <p>{S.charts.noMembers}</p>;
  const sorted = [...members.map((m) => m.load)].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  const bars: Bar[] = [
    ...members.map((m) => ({ key: m.accountId, name: m.displayName, load: m.load, open: m.openIssues, nobody: false })),
    ...(unassigned && unassigned.issues > 0
      ? [
          {
            key: '~unassigned',
            name: S.charts.unassigned,
            load: unassigned.points,
            open: unassigned.issues,
            nobody: true,
          },
        ]
      : []),
  ];
  const byKey = new Map(bars.map((b) => [b.key, b]));
  const flagged = new Set(report.findings.filter((f) => f.check === 'workload').map((f) => f.accountId));
  const color = (b: Bar) =>
    b.nobody
      ? token('color.background.neutral.bold')
      : flagged.has(b.key)
        ? token('color.background.warning.bold')
        : token('color.background.brand.bold');
  const overload = median * overloadFactor;
  return (
    <div data-testid="workload-chart" style={{ width: '100%', maxWidth: 960 }}>
      <ChartLegend
        testId="workload-legend"
        entries={[
          { key: 'load', label: S.charts.legend.load, color: token('color.background.brand.bold'), shape: 'box' },
          { key: 'over', label: S.charts.legend.over, color: token('color.background.warning.bold'), shape: 'box' },
          { key: 'median', label: S.charts.legend.median, color: token('color.border.bold'), shape: 'dash' },
          { key: 'limit', label: S.charts.legend.limit, color: token('color.border.warning'), shape: 'dash' },
        ]}
      />
      <Plot
        height={bars.length * 30 + 50}
        margin={{ left: 160, right: 140, top: 8, bottom: 30 }}
        label={S.charts.workloadLabel}
        xScale={{ type: 'linear', domain: [0, Math.max(1, overload, ...bars.map((b) => b.load))], nice: true }}
        yScale={{ type: 'band', padding: 0.3, domain: bars.map((b) => b.key).reverse() }}
      >
        <Grid rows={false} numTicks={5} />
        <Axis orientation="bottom" numTicks={5} />
        <Axis orientation="left" hideAxisLine hideTicks tickFormat={(k: string) => byKey.get(k)?.name ?? k} />
        <Axis
          orientation="right"
          hideAxisLine
          hideTicks
          tickFormat={(k: string) => {
            const b = byKey.get(k);
            return b ? S.charts.load(b.load, b.open) : '';
          }}
        />
        <BarSeries
          dataKey={S.charts.legend.load}
          data={bars}
          xAccessor={(b: Bar) => b.load}
          yAccessor={(b: Bar) => b.key}
          colorAccessor={color}
        />
        <Rule x={median} color={token('color.border.bold')} dash="4 3" testId="workload-median" />
        <Rule x={overload} color={token('color.border.warning')} dash="2 3" testId="workload-limit" />
        <Tooltip<Bar>
          renderTooltip={({ tooltipData }) => {
            const b = tooltipData?.nearestDatum?.datum;
            return b ? <TipBox title={b.name} lines={[[S.charts.legend.load, S.charts.load(b.load, b.open)]]} /> : null;
          }}
        />
      </Plot>
      <p data-testid="workload-median-text" style={{ color: token('color.text.subtle'), fontSize: 12 }}>
        {S.charts.median(median, overload.toFixed(1))}
      </p>
    </div>
  );
}

type Day = { date: string; score: number };

/** The score per walked day, from history. */
export function TrendChart({ history }: { history: HistoryPoint[] }) {
  if (history.length === 0) return <p>{S.charts.noHistory}</p>;
  const data: Day[] = history.map((p) => ({ date: p.date, score: p.score }));
  const acc = { xAccessor: (d: Day) => d.date.slice(5), yAccessor: (d: Day) => d.score };
  return (
    <div data-testid="trend-chart" style={{ width: '100%', maxWidth: 960 }}>
      <Plot
        height={220}
        margin={{ left: 40, right: 16, top: 12, bottom: 30 }}
        label={S.charts.trendLabel}
        xScale={{ type: 'point', padding: 0.3 }}
        yScale={{ type: 'linear', domain: [0, 100] }}
      >
        <Grid columns={false} numTicks={4} />
        <Axis orientation="left" numTicks={4} />
        <Axis orientation="bottom" />
        <Rule y={100} color={token('color.border')} dash="2 4" />
        <LineSeries dataKey={S.charts.trendLabel} data={data} {...acc} stroke={token('color.border.brand')} />
        <GlyphSeries
          dataKey={S.charts.trendPoint}
          data={data}
          {...acc}
          size={8}
          colorAccessor={() => token('color.background.brand.bold')}
        />
        <Tooltip<Day>
          snapTooltipToDatumX
          snapTooltipToDatumY
          renderTooltip={({ tooltipData }) => {
            const d = tooltipData?.nearestDatum?.datum;
            return d ? <TipBox title={d.date} lines={[[S.charts.score, String(d.score)]]} /> : null;
          }}
        />
      </Plot>
    </div>
  );
}
