import React from 'react';
import { FiguresTable } from './FiguresTable';
import { token } from '@atlaskit/tokens';
import type { Burndown, SprintReport } from '../../../src/app/contract';
import { S } from './strings';

export type Unit = 'points' | 'issues';
const W = 960;
const H = 300;
const DAY_MS = 86400000;
const dayOf = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
const plusDays = (iso: string, n: number) => new Date(dayOf(iso) + n * DAY_MS).toISOString().slice(0, 10);
const PAD = { left: 40, right: 16, top: 34, bottom: 30 };

/**
 * Remaining and scope day by day up to today, the ideal line to the sprint's end (past today it
 * falls straight to 0 at the end), today, and a mark on each day the scope changed. The chart
 * spans the tab's width (an SVG viewBox) and the sprint's every day.
 */
export function BurndownChart({ burndown: b, unit }: { burndown: Burndown; unit: Unit }) {
  const n = b.series.length;
  // The series' points up to today, then one slot per day left until the sprint's end.
  const last = b.series[n - 1]?.date ?? b.start;
  const days = n + Math.max(0, Math.round((dayOf(b.end) - dayOf(last)) / DAY_MS));
  const dateAt = (i: number) => (i < n ? (b.series[i]?.date ?? last) : plusDays(last, i - (n - 1)));
  const max = Math.max(1, ...b.series.map((p) => Math.max(p.scope[unit], p.remaining[unit], p.ideal[unit])));
  const x = (i: number) => PAD.left + (days <= 1 ? 0 : (i * (W - PAD.left - PAD.right)) / (days - 1));
  const y = (v: number) => H - PAD.bottom - (v * (H - PAD.top - PAD.bottom)) / max;
  const line = (get: (i: number) => number) => b.series.map((_, i) => `${i ? 'L' : 'M'}${x(i)},${y(get(i))}`).join(' ');
  const changedDays = new Set(b.changes.map((c) => c.at.slice(0, 10)));
  return (
    <svg
      role="img"
      aria-label={S.sprint.burndownLabel(S.sprint.unit[unit])}
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      style={{ maxWidth: 1200 }}
      data-testid="burndown-chart"
    >
      <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} stroke={token('color.border')} />
      <text x={PAD.left - 6} y={y(max) + 4} textAnchor="end" fontSize={11} fill={token('color.text.subtle')}>
        {max}
      </text>
      <text x={PAD.left - 6} y={y(0) + 4} textAnchor="end" fontSize={11} fill={token('color.text.subtle')}>
        0
      </text>
      <path
        d={`${line((i) => b.series[i]?.ideal[unit] ?? 0)}${days > n ? ` L${x(days - 1)},${y(0)}` : ''}`}
        fill="none"
        stroke={token('color.border.bold')}
        strokeDasharray="5 4"
      />
      <path
        d={line((i) => b.series[i]?.scope[unit] ?? 0)}
        fill="none"
        stroke={token('color.border.warning')}
        strokeWidth={1.5}
      />
      <path
        d={line((i) => b.series[i]?.remaining[unit] ?? 0)}
        fill="none"
        stroke={token('color.border.brand')}
        strokeWidth={2.5}
      />
      {b.series.map((p, i) =>
        i > 0 && changedDays.has(p.date) ? (
          <circle key={`c${i}`} cx={x(i)} cy={y(p.scope[unit])} r={5} fill={token('color.background.warning.bold')}>
            <title>{S.sprint.legend.change}</title>
          </circle>
        ) : null,
      )}
      <line
        x1={x(n - 1)}
        x2={x(n - 1)}
        y1={PAD.top}
        y2={y(0)}
        stroke={token('color.border.discovery')}
        strokeDasharray="2 3"
      />
      {Array.from({ length: days }, (_, i) =>
        i > 0 && (i === 1 || i === n - 1 || i === days - 1 || (i % 3 === 1 && i < n - 1)) ? (
          <text key={`d${i}`} x={x(i)} y={H - 10} textAnchor="middle" fontSize={11} fill={token('color.text.subtle')}>
            {dateAt(i).slice(5)}
          </text>
        ) : null,
      )}
      {(
        [
          ['remaining', token('color.border.brand')],
          ['scope', token('color.border.warning')],
          ['ideal', token('color.border.bold')],
          ['today', token('color.border.discovery')],
          ['change', token('color.background.warning.bold')],
        ] as const
      ).map(([k, color], i) => (
        <g key={k} transform={`translate(${PAD.left + i * 110}, 4)`} data-testid={`burndown-legend-${k}`}>
          {k === 'change' ? (
            <circle cx={6} cy={6.5} r={5} fill={color} />
          ) : (
            <rect width={12} height={3} y={5} fill={color} />
          )}
          <text x={16} y={10} fontSize={11} fill={token('color.text')}>
            {S.sprint.legend[k]}
          </text>
        </g>
      ))}
    </svg>
  );
}

export function VelocitySection({ report: r }: { report: SprintReport }) {
  if (r.velocity.length === 0) return r.kind === 'scrum' ? <p>{S.sprint.noVelocity}</p> : null;
  const max = Math.max(1, ...r.velocity.flatMap((v) => [v.committed.points, v.completed.points]));
  const slot = (W - PAD.left - PAD.right) / r.velocity.length;
  const y = (v: number) => H - PAD.bottom - (v * (H - PAD.top - PAD.bottom)) / max;
  // Each sprint's two bars, side by side, in the legend's order and colours.
  const series = [
    ['committed', token('color.background.neutral.bold')],
    ['completed', token('color.background.success.bold')],
  ] as const;
  return (
    <section aria-label={S.sprint.velocity}>
      <h3>{S.sprint.velocity}</h3>
      <svg role="img" aria-label={S.sprint.velocityLabel} width={W} height={H} data-testid="velocity-chart">
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} stroke={token('color.border')} />
        {series.map(([k, color], i) => (
          <g key={k} transform={`translate(${PAD.left + i * 110}, 4)`}>
            <rect width={12} height={10} fill={color} />
            <text x={16} y={9} fontSize={11} fill={token('color.text')}>
              {S.sprint.velocityColumns[k]}
            </text>
          </g>
        ))}
        {r.velocity.map((v, i) => {
          const x0 = PAD.left + i * slot + slot * 0.15;
          const w = slot * 0.3;
          return (
            <g key={v.id}>
              {series.map(([k, color], j) => (
                <React.Fragment key={k}>
                  <rect x={x0 + j * w} y={y(v[k].points)} width={w} height={y(0) - y(v[k].points)} fill={color} />
                  <text
                    x={x0 + (j + 0.5) * w}
                    y={y(v[k].points) - 4}
                    textAnchor="middle"
                    fontSize={11}
                    fill={token('color.text')}
                  >
                    {v[k].points}
                  </text>
                </React.Fragment>
              ))}
              <text x={x0 + w} y={H - 10} textAnchor="middle" fontSize={11} fill={token('color.text.subtle')}>
                {v.name}
              </text>
            </g>
          );
        })}
      </svg>
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
  const max = Math.max(1, ...flow.map((w) => w.throughput));
  const slot = (W - PAD.left - PAD.right) / flow.length;
  const y = (v: number) => H - PAD.bottom - (v * (H - PAD.top - PAD.bottom)) / max;
  return (
    <section aria-label={S.sprint.flow}>
      <h3>{S.sprint.flow}</h3>
      <svg role="img" aria-label={S.sprint.flowLabel} width={W} height={H} data-testid="flow-chart">
        {flow.map((w, i) => (
          <g key={w.week}>
            <rect
              x={PAD.left + i * slot + slot * 0.2}
              y={y(w.throughput)}
              width={slot * 0.6}
              height={y(0) - y(w.throughput)}
              fill={token('color.background.brand.bold')}
            />
            <text
              x={PAD.left + i * slot + slot / 2}
              y={H - 10}
              textAnchor="middle"
              fontSize={11}
              fill={token('color.text.subtle')}
            >
              {w.week.slice(5)}
            </text>
          </g>
        ))}
      </svg>
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
