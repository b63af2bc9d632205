import React, { useState } from 'react';
import DynamicTable from '@atlaskit/dynamic-table';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { CheckId, MemberWorst, Report } from '../../../src/app/contract';
import { StatusLozenge, issueLink } from '../../shared/ui';
import { checkName, collapsed, naturalCompare, naturalKey } from '../../shared/check-names';
import { S } from './strings';

type Worst = 'ok' | 'error' | 'warning' | 'info';
const APPEARANCE: Record<Worst, 'success' | 'removed' | 'moved' | 'default'> = {
  ok: 'success',
  error: 'removed',
  warning: 'moved',
  info: 'default',
};

/** A row per member, a column per member-level check (the ones the score counts). */
/** A member's active issues: the first five, then "and N more" that opens the rest. */
export function ActiveIssues({ keys, siteUrl, total }: { keys: string[]; siteUrl: string | null; total?: number }) {
  const [open, setOpen] = useState(false);
  if (keys.length === 0) return <>{S.team.none}</>;
  const { shown, more } = collapsed(keys);
  return (
    <>
      {(open ? keys : shown).map((k) => (
        <span key={k}>{issueLink(siteUrl, k)} </span>
      ))}
      {more > 0 && !open ? (
        <Button spacing="compact" appearance="subtle" onClick={() => setOpen(true)}>
          {S.team.more(more)}
        </Button>
      ) : null}
      {total !== undefined && total > keys.length ? (
        <span data-testid="active-total">{S.team.ofTotal(total)}</span>
      ) : null}
    </>
  );
}

export function TeamTab({
  report,
  worst: worstOf,
  siteUrl,
  scoredChecks,
  readingNow,
  onNudge,
}: {
  report: Report;
  /** Each member's worst severity per scored check, as the walk stored it. */
  worst: MemberWorst;
  siteUrl: string | null;
  scoredChecks: readonly CheckId[];
  /** Reading minutes of today from the reading log now (fresher than the walk's). */
  readingNow?: Record<string, number>;
  /** Absent for a member: Nudge is the TPMs'. */
  onNudge?: (accountId: string) => void;
}) {
  const skipped = new Set(report.skipped.filter((s) => !s.codes).map((s) => s.check));
  const worst = (accountId: string, check: CheckId): Worst => worstOf[accountId]?.[check] ?? 'ok';
  return (
    <DynamicTable
      testId="team-table"
      head={{
        cells: [
          { key: 'member', content: S.team.member, isSortable: true },
          { key: 'status', content: S.team.status, isSortable: true },
          { key: 'active', content: S.team.active },
          ...scoredChecks.map((c) => ({ key: c, content: <span title={c}>{checkName(c)}</span> })),
          { key: 'readToday', content: S.team.readToday, isSortable: true },
          { key: 'nudge', content: '' },
        ],
      }}
      rows={[...report.members]
        .sort((a, b) => naturalCompare(a.displayName, b.displayName))
        .map((m) => ({
          key: m.accountId,
          cells: [
            { key: naturalKey(m.displayName), content: m.displayName },
            { key: m.status, content: <StatusLozenge status={m.status} /> },
            {
              key: m.activeIssues.join(','),
              content: <ActiveIssues keys={m.activeIssues} siteUrl={siteUrl} total={m.activeTotal} />,
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
              key: m.reading ? (readingNow?.[m.accountId] ?? m.reading.today) : -1,
              content: (
                <span data-testid={`read-today-${m.displayName}`}>
                  {m.reading ? S.team.minutes(readingNow?.[m.accountId] ?? m.reading.today) : S.team.none}
                </span>
              ),
            },
            {
              key: 'nudge',
              content:
                m.status === 'green' || !onNudge ? null : (
                  <Button spacing="compact" testId={`nudge-${m.displayName}`} onClick={() => onNudge(m.accountId)}>
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
