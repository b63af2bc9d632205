import React from 'react';
import { token } from '@atlaskit/tokens';
import type { HistoryPoint, Report } from '../../../src/app/contract';
import { S } from './strings';

/**
 * Load per member (story points of open issues) against the team median and the overload line
 * (settings), as horizontal bars; the open work nobody holds is its own bar, left out of the
 * median. The figures stand in a column of their own, so the median line never crosses them.
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
  const bars = [
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
  const max = Math.max(1, ...bars.map((b) => b.load), median * overloadFactor);
  const row = 28;
  const width = 680;
  const label = 160;
  const figures = 130; // the right column of figures
  const scale = (v: number) => ((width - label - figures - 10) * v) / max;
  const flagged = new Set(report.findings.filter((f) => f.check === 'workload').map((f) => f.accountId));
  return (
    <svg
      role="img"
      aria-label={S.charts.workloadLabel}
      width={width}
      height={bars.length * row + 30}
      data-testid="workload-chart"
    >
      {bars.map((b, i) => (
        <g
          key={b.key}
          transform={`translate(0, ${i * row + 10})`}
          data-testid={b.nobody ? 'workload-unassigned' : undefined}
        >
          <text x={0} y={16} fill={b.nobody ? token('color.text.subtle') : token('color.text')} fontSize={13}>
            {b.name}
          </text>
          <rect
            x={label}
            y={4}
            width={Math.max(2, scale(b.load))}
            height={16}
            rx={3}
            fill={
              b.nobody
                ? token('color.background.neutral.bold')
                : flagged.has(b.key)
                  ? token('color.background.warning.bold')
                  : token('color.background.brand.bold')
            }
          />
          <text x={width - figures} y={16} fill={token('color.text.subtle')} fontSize={12}>
            {S.charts.load(b.load, b.open)}
          </text>
        </g>
      ))}
      <line
        x1={label + scale(median)}
        x2={label + scale(median)}
        y1={4}
        y2={members.length * row + 14}
        stroke={token('color.border.bold')}
        strokeDasharray="4 3"
      />
      <text x={label} y={bars.length * row + 26} fill={token('color.text.subtle')} fontSize={12}>
        {S.charts.median(median, (median * overloadFactor).toFixed(1))}
      </text>
    </svg>
  );
}

/** The score per walked day, from history. */
export function TrendChart({ history }: { history: HistoryPoint[] }) {
  if (history.length === 0) return <p>{S.charts.noHistory}</p>;
  const width = 640;
  const height = 200;
  const pad = 30;
  const x = (i: number) =>
    pad + (history.length === 1 ? (width - 2 * pad) / 2 : (i * (width - 2 * pad)) / (history.length - 1));
  const y = (score: number) => height - pad - (score * (height - 2 * pad)) / 100;
  const path = history.map((p, i) => `${i ? 'L' : 'M'}${x(i)},${y(p.score)}`).join(' ');
  return (
    <svg role="img" aria-label={S.charts.trendLabel} width={width} height={height} data-testid="trend-chart">
      <line x1={pad} x2={width - pad} y1={y(0)} y2={y(0)} stroke={token('color.border')} />
      <line x1={pad} x2={width - pad} y1={y(100)} y2={y(100)} stroke={token('color.border')} strokeDasharray="2 4" />
      <path d={path} fill="none" stroke={token('color.border.brand')} strokeWidth={2} />
      {history.map((p, i) => (
        <g key={p.date}>
          <circle cx={x(i)} cy={y(p.score)} r={4} fill={token('color.background.brand.bold')} />
          <text x={x(i)} y={y(p.score) - 8} textAnchor="middle" fontSize={12} fill={token('color.text')}>
            {p.score}
          </text>
          <text x={x(i)} y={height - 8} textAnchor="middle" fontSize={11} fill={token('color.text.subtle')}>
            {p.date.slice(5)}
          </text>
        </g>
      ))}
    </svg>
  );
}
