import React from 'react';
import { Axis, BarGroup, BarSeries, GlyphSeries, Grid, LineSeries, Tooltip } from '@visx/xychart';
import { FiguresTable } from './FiguresTable';
import { token } from '@atlaskit/tokens';
import type { Burndown, SprintReport } from '../../../src/app/contract';
import { ChartLegend, Plot, Rule, TipBox, type LegendEntry } from './chart-kit';
import { S } from './strings';

export type Unit = 'points' | 'issues';
const H = 300;
const DAY_MS = 86400000;
const dayOf = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
const MARGIN = { left: 44, right: 16, top: 12, bottom: 30 };
const mmdd = (d: Date | number | { valueOf(): number }) => new Date(Number(d.valueOf())).toISOString().slice(5, 10);

type Point = { at: Date; date: string; v: number };
const COLORS = {
  remaining: token('color.border.brand'),
  scope: token('color.border.warning'),
  ideal: token('color.border.bold'),
  today: token('color.border.discovery'),
  change: token('color.background.warning.bold'),
};

/**
 * Remaining and scope day by day up to today, the ideal line to the sprint's end (past today it
 * falls straight to 0 at the end), today, and a mark on each day the scope changed. The chart
 * spans the tab's width and the sprint's every day; hovering a day shows its figures.
 */
export function BurndownChart({ burndown: b, unit }: { burndown: Burndown; unit: Unit }) {
  const n = b.series.length;
  const last = b.series[n - 1]?.date ?? b.start;
  const endDay = Math.max(dayOf(last), dayOf(b.end));
  const at = (date: string) => new Date(dayOf(date));
  const pts = (get: (p: Burndown['series'][number]) => number): Point[] =>
    b.series.map((p) => ({ at: at(p.date), date: p.date, v: get(p) }));
  const ideal = pts((p) => p.ideal[unit]);
  if (endDay > dayOf(last)) ideal.push({ at: new Date(endDay), date: mmdd(endDay), v: 0 });
  const changedDays = new Set(b.changes.map((c) => c.at.slice(0, 10)));
  const marks = b.series.filter((p, i) => i > 0 && changedDays.has(p.date));
  // The days labelled: the first after the start, every third, today and the sprint's end.
  const days = Math.round((endDay - dayOf(b.series[0]?.date ?? b.start)) / DAY_MS) + 1;
  const first = dayOf(b.series[0]?.date ?? b.start);
  const ticks = Array.from({ length: days }, (_, i) => i)
    .filter((i) => i > 0 && (i === 1 || i === n - 1 || i === days - 1 || (i % 3 === 1 && i < n - 1)))
    .map((i) => new Date(first + i * DAY_MS));
  const legend: LegendEntry[] = [
    { key: 'remaining', label: S.sprint.legend.remaining, color: COLORS.remaining, shape: 'line' },
    { key: 'scope', label: S.sprint.legend.scope, color: COLORS.scope, shape: 'line' },
    { key: 'ideal', label: S.sprint.legend.ideal, color: COLORS.ideal, shape: 'dash' },
    { key: 'today', label: S.sprint.legend.today, color: COLORS.today, shape: 'dash' },
    { key: 'change', label: S.sprint.legend.change, color: COLORS.change, shape: 'dot' },
  ];
  const acc = { xAccessor: (p: Point) => p.at, yAccessor: (p: Point) => p.v };
  return (
    <div data-testid="burndown-chart" style={{ width: '100%', maxWidth: 1200 }}>
      <ChartLegend entries={legend} testId="burndown-legend" />
      <Plot
        height={H}
        margin={MARGIN}
        label={S.sprint.burndownLabel(S.sprint.unit[unit])}
        xScale={{ type: 'utc', domain: [new Date(first), new Date(endDay)] }}
        yScale={{ type: 'linear', nice: true }}
      >
        <Grid columns={false} numTicks={4} />
        <Axis orientation="left" numTicks={4} />
        <Axis orientation="bottom" tickValues={ticks} tickFormat={mmdd} />
        <LineSeries dataKey={S.sprint.legend.ideal} data={ideal} {...acc} stroke={COLORS.ideal} strokeDasharray="5 4" />
        <LineSeries dataKey={S.sprint.legend.scope} data={pts((p) => p.scope[unit])} {...acc} stroke={COLORS.scope} />
        <LineSeries
          dataKey={S.sprint.legend.remaining}
          data={pts((p) => p.remaining[unit])}
          {...acc}
          stroke={COLORS.remaining}
          strokeWidth={2.5}
        />
        <GlyphSeries
          dataKey={S.sprint.legend.change}
          data={marks.map((p) => ({ at: at(p.date), date: p.date, v: p.scope[unit] }))}
          {...acc}
          colorAccessor={() => COLORS.change}
          size={10}
        />
        <Rule x={at(last)} color={COLORS.today} dash="2 3" testId="burndown-today" />
        <Tooltip<Point>
          snapTooltipToDatumX
          showVerticalCrosshair
          renderTooltip={({ tooltipData }) => {
            const byKey = tooltipData?.datumByKey ?? {};
            const date = tooltipData?.nearestDatum?.datum.date ?? '';
            return (
              <TipBox title={date} lines={Object.entries(byKey).map(([k, d]) => [k, String(d.datum.v)] as const)} />
            );
          }}
        />
      </Plot>
    </div>
  );
}

type Bar = { name: string; v: number };

export function VelocitySection({ report: r }: { report: SprintReport }) {
  if (r.velocity.length === 0) return r.kind === 'scrum' ? <p>{S.sprint.noVelocity}</p> : null;
  const series = [
    ['committed', token('color.background.neutral.bold')],
    ['completed', token('color.background.success.bold')],
  ] as const;
  const acc = { xAccessor: (d: Bar) => d.name, yAccessor: (d: Bar) => d.v };
  return (
    <section aria-label={S.sprint.velocity}>
      <h3>{S.sprint.velocity}</h3>
      <div data-testid="velocity-chart" style={{ width: '100%', maxWidth: 1200 }}>
        <ChartLegend
          testId="velocity-legend"
          entries={series.map(([k, color]) => ({ key: k, label: S.sprint.velocityColumns[k], color, shape: 'box' }))}
        />
        <Plot
          height={H}
          margin={MARGIN}
          label={S.sprint.velocityLabel}
          xScale={{ type: 'band', paddingInner: 0.3, paddingOuter: 0.2 }}
          yScale={{ type: 'linear', nice: true }}
        >
          <Grid columns={false} numTicks={4} />
          <Axis orientation="left" numTicks={4} />
          <Axis orientation="bottom" />
          <BarGroup padding={0.1}>
            {series.map(([k, color]) => (
              <BarSeries
                key={k}
                dataKey={S.sprint.velocityColumns[k]}
                data={r.velocity.map((v) => ({ name: v.name, v: v[k].points }))}
                {...acc}
                colorAccessor={() => color}
              />
            ))}
          </BarGroup>
          <Tooltip<Bar>
            renderTooltip={({ tooltipData }) => (
              <TipBox
                title={tooltipData?.nearestDatum?.datum.name ?? ''}
                lines={Object.entries(tooltipData?.datumByKey ?? {}).map(([k, d]) => [k, String(d.datum.v)] as const)}
              />
            )}
          />
        </Plot>
      </div>
      <p>{S.sprint.average(r.averageVelocity)}</p>
      <FiguresTable
        testId="velocity-table"
        columns={[
          { key: 'sprint', label: S.sprint.velocityColumns.sprint, cell: (v) => v.name },
          { key: 'committed', label: S.sprint.velocityColumns.committed, cell: (v) => String(v.committed.points) },
          { key: 'completed', label: S.sprint.velocityColumns.completed, cell: (v) => String(v.completed.points) },
        ]}
        rows={r.velocity}
        rowKey={(v) => String(v.id)}
      />
    </section>
  );
}

export function FlowSection({ flow }: { flow: NonNullable<SprintReport['flow']> }) {
  const acc = { xAccessor: (d: Bar) => d.name, yAccessor: (d: Bar) => d.v };
  return (
    <section aria-label={S.sprint.flow}>
      <h3>{S.sprint.flow}</h3>
      <div data-testid="flow-chart" style={{ width: '100%', maxWidth: 1200 }}>
        <Plot
          height={H}
          margin={MARGIN}
          label={S.sprint.flowLabel}
          xScale={{ type: 'band', padding: 0.3 }}
          yScale={{ type: 'linear', nice: true }}
        >
          <Grid columns={false} numTicks={4} />
          <Axis orientation="left" numTicks={4} />
          <Axis orientation="bottom" tickFormat={(w: string) => w.slice(5)} />
          <BarSeries
            dataKey={S.sprint.flowColumns.throughput}
            data={flow.map((w) => ({ name: w.week, v: w.throughput }))}
            {...acc}
            colorAccessor={() => token('color.background.brand.bold')}
          />
          <Tooltip<Bar>
            renderTooltip={({ tooltipData }) => (
              <TipBox
                title={tooltipData?.nearestDatum?.datum.name ?? ''}
                lines={[[S.sprint.flowColumns.throughput, String(tooltipData?.nearestDatum?.datum.v ?? 0)]]}
              />
            )}
          />
        </Plot>
      </div>
      <FiguresTable
        testId="flow-table"
        columns={[
          { key: 'week', label: S.sprint.flowColumns.week, cell: (w) => w.week },
          { key: 'throughput', label: S.sprint.flowColumns.throughput, cell: (w) => String(w.throughput) },
          {
            key: 'cycle',
            label: S.sprint.flowColumns.cycle,
            cell: (w) => (w.medianCycleDays === null ? '–' : String(w.medianCycleDays)),
          },
        ]}
        rows={flow}
        rowKey={(w) => w.week}
      />
    </section>
  );
}
