import React from 'react';
import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import type { Report } from '../../../src/engine/report';
import { SCORED_CHECKS } from '../../../src/core/check-ids';
import { StatusLozenge, issueLink } from '../../shared/ui';

/** A row per member, a column per member-level check. */
export function TeamTab({ report, siteUrl }: { report: Report; siteUrl: string | null }) {
  const skipped = new Set(report.skipped.filter((s) => !s.codes).map((s) => s.check));
  const worst = (accountId: string, check: string) => {
    const mine = report.findings.filter((f) => f.accountId === accountId && f.check === check);
    return mine.some((f) => f.severity === 'error') ? 'error' : mine.some((f) => f.severity === 'warning') ? 'warning' : mine.length ? 'info' : 'ok';
  };
  return (
    <DynamicTable
      testId="team-table"
      head={{
        cells: [
          { key: 'member', content: 'Member', isSortable: true },
          { key: 'status', content: 'Status', isSortable: true },
          { key: 'active', content: 'Active issue' },
          ...SCORED_CHECKS.map((c) => ({ key: c, content: c })),
          { key: 'readToday', content: 'Read today', isSortable: true },
        ],
      }}
      rows={report.members.map((m) => ({
        key: m.accountId,
        cells: [
          { key: m.displayName, content: m.displayName },
          { key: m.status, content: <StatusLozenge status={m.status} /> },
          { key: m.activeIssues.join(','), content: m.activeIssues.length ? m.activeIssues.map((k) => <span key={k}>{issueLink(siteUrl, k)} </span>) : '—' },
          ...SCORED_CHECKS.map((c) => {
            if (skipped.has(c)) return { key: c, content: <Lozenge>skipped</Lozenge> };
            const w = worst(m.accountId, c);
            return { key: c, content: <Lozenge appearance={w === 'ok' ? 'success' : w === 'error' ? 'removed' : w === 'warning' ? 'moved' : 'default'}>{w}</Lozenge> };
          }),
          { key: m.reading?.today ?? -1, content: <span data-testid={`read-today-${m.displayName}`}>{m.reading ? `${m.reading.today} min` : '—'}</span> },
        ],
      }))}
      emptyView={<p>No team members in this sprint yet: assign issues, or list the members in Settings.</p>}
    />
  );
}
