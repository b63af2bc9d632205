import React, { useState } from 'react';
import DynamicTable from '@atlaskit/dynamic-table';
import { token } from '@atlaskit/tokens';
import type { Finding } from '../../../src/app/contract';
import { naturalCompare } from '../../shared/check-names';
import { S } from './strings';

export type RowCell = { key: string | number; content: React.ReactNode };
export const GROUPINGS = ['none', 'check', 'member', 'issue'] as const;
export type GroupBy = (typeof GROUPINGS)[number];

/** The findings as one sortable table, 50 a page. */
export function FindingsTable({
  testId,
  findings,
  cells,
}: {
  testId: string;
  findings: readonly Finding[];
  cells: (f: Finding) => RowCell[];
}) {
  const c = S.findings.columns;
  return (
    <DynamicTable
      testId={testId}
      head={{
        cells: [
          { key: 'severity', content: c.severity, isSortable: true },
          { key: 'check', content: c.check, isSortable: true },
          { key: 'issue', content: c.issue, isSortable: true },
          { key: 'member', content: c.who, isSortable: true },
          { key: 'day', content: c.day, isSortable: true },
          { key: 'message', content: c.message },
        ],
      }}
      rows={findings.map((f, i) => ({
        key: `${f.check}|${f.code}|${f.issueKey ?? ''}|${f.accountId ?? ''}|${f.day ?? ''}|${f.subject ?? ''}|${i}`,
        cells: cells(f),
      }))}
      rowsPerPage={50}
      defaultPage={1}
      emptyView={<p>{S.findings.noMatch}</p>}
    />
  );
}

/**
 * The findings in groups (a check, a member, an issue), largest first, each with its count by
 * severity; a group's table is drawn only once it is opened, so thousands of findings cost one
 * line per group until the TPM looks inside.
 */
export function FindingsGroups({
  findings,
  groupOf,
  cells,
}: {
  findings: readonly Finding[];
  groupOf: (f: Finding) => string;
  cells: (f: Finding) => RowCell[];
}) {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const g = groupOf(f);
    const list = groups.get(g);
    if (list) list.push(f);
    else groups.set(g, [f]);
  }
  const ordered = [...groups].sort(([a, x], [b, y]) => y.length - x.length || naturalCompare(a, b));
  if (ordered.length === 0) return <p>{S.findings.noMatch}</p>;
  return (
    <div data-testid="findings-groups">
      {ordered.map(([name, list], i) => (
        <Group key={name} index={i} name={name} findings={list} cells={cells} />
      ))}
    </div>
  );
}

function Group({
  index,
  name,
  findings,
  cells,
}: {
  index: number;
  name: string;
  findings: Finding[];
  cells: (f: Finding) => RowCell[];
}) {
  const [open, setOpen] = useState(false);
  const by = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return (
    <details
      data-testid={`findings-group-${index}`}
      onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}
      style={{ borderBottom: `1px solid ${token('color.border')}`, padding: `${token('space.075')} 0` }}
    >
      <summary style={{ cursor: 'pointer' }}>
        <strong>{name}</strong>{' '}
        <span style={{ color: token('color.text.subtle') }}>
          {S.findings.groupCounts(findings.length, by('error'), by('warning'), by('info'))}
        </span>
      </summary>
      {open ? <FindingsTable testId={`findings-group-${index}-table`} findings={findings} cells={cells} /> : null}
    </details>
  );
}
