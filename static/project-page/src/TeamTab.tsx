import React from 'react';
import DynamicTable from '@atlaskit/dynamic-table';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { CheckId, Report } from '../../../src/app/contract';
import { StatusLozenge, issueLink } from '../../shared/ui';
import { S } from './strings';

type Worst = 'ok' | 'error' | 'warning' | 'info';
const APPEARANCE: Record<Worst, 'success' | 'removed' | 'moved' | 'default'> = {
  ok: 'success',
  error: 'removed',
  warning: 'moved',
  info: 'default',
};

/** A row per member, a column per member-level check (the ones the score counts). */
export function TeamTab({
  report,
  siteUrl,
  scoredChecks,
  onNudge,
}: {
  report: Report;
  siteUrl: string | null;
  scoredChecks: readonly CheckId[];
  /** Absent for a member: Nudge is the TPMs'. */
  onNudge?: (accountId: string) => void;
}) {
  const skipped = new Set(report.skipped.filter((s) => !s.codes).map((s) => s.check));
  const worst = (accountId: string, check: string): Worst => {
    const mine = report.findings.filter((f) => f.accountId === accountId && f.check === check);
    return mine.some((f) => f.severity === 'error')
      ? 'error'
      : mine.some((f) => f.severity === 'warning')
        ? 'warning'
        : mine.length
          ? 'info'
          : 'ok';
  };
  return (
    <DynamicTable
      testId="team-table"
      head={{
        cells: [
          { key: 'member', content: S.team.member, isSortable: true },
          { key: 'status', content: S.team.status, isSortable: true },
          { key: 'active', content: S.team.active },
          ...scoredChecks.map((c) => ({ key: c, content: c })),
          { key: 'readToday', content: S.team.readToday, isSortable: true },
          { key: 'nudge', content: '' },
        ],
      }}
      rows={report.members.map((m) => ({
        key: m.accountId,
        cells: [
          { key: m.displayName, content: m.displayName },
          { key: m.status, content: <StatusLozenge status={m.status} /> },
          {
            key: m.activeIssues.join(','),
            content: m.activeIssues.length
              ? m.activeIssues.map((k) => <span key={k}>{issueLink(siteUrl, k)} </span>)
              : S.team.none,
          },
          ...scoredChecks.map((c) => {
            if (skipped.has(c)) return { key: c, content: <Lozenge>{S.team.skipped}</Lozenge> };
            const w = worst(m.accountId, c);
            return {
              key: c,
              content: <Lozenge appearance={APPEARANCE[w]}>{w === 'ok' ? S.team.ok : S.team.worst[w]}</Lozenge>,
            };
          }),
          {
            key: m.reading?.today ?? -1,
            content: (
              <span data-testid={`read-today-${m.displayName}`}>
                {m.reading ? S.team.minutes(m.reading.today) : S.team.none}
              </span>
            ),
          },
          {
            key: 'nudge',
            content:
              m.status === 'green' || !onNudge ? null : (
                <Button
                  spacing="compact"
                  appearance="subtle"
                  testId={`nudge-${m.displayName}`}
                  onClick={() => onNudge(m.accountId)}
                >
                  {S.nudge.action}
                </Button>
              ),
          },
        ],
      }))}
      emptyView={<p>{S.team.empty}</p>}
    />
  );
}
