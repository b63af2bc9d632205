import React, { useEffect, useState } from 'react';
import { DynamicTableStateless } from '@atlaskit/dynamic-table';
import { token } from '@atlaskit/tokens';
import type { Finding, FindingsGroup, FindingsQuery, FindingsSortKey } from '../../../src/app/contract';
import { call } from '../../shared/invoke';
import { S } from './strings';

export type RowCell = { key: string | number; content: React.ReactNode };
export const GROUPINGS = ['none', 'check', 'member', 'issue'] as const;
export type GroupBy = (typeof GROUPINGS)[number];

const PAGE = 50;
/** Rows asked of the server at once: ten pages, so most page changes need no call. */
export const WINDOW = 500;
const SORTABLE = new Set<string>(['severity', 'check', 'issue', 'member', 'day']);

/** One table's place: its query, its page, its sort, and the windows of rows already read. */
interface TableState {
  base: string;
  page: number;
  sort?: FindingsQuery['sort'];
  windows: Record<number, Finding[]>;
}

/**
 * Findings as one table, 50 a page, paged and sorted by the server (getFindings): the rows come
 * WINDOW at a time, so a 100,000-finding walk never travels to the page whole. `initial` is the
 * first window when the caller read it already (the tab's first answer).
 */
export function FindingsTable({
  testId,
  query,
  rowsTotal,
  initial,
  cells,
}: {
  testId: string;
  query: FindingsQuery;
  rowsTotal: number;
  initial?: Finding[];
  cells: (f: Finding) => RowCell[];
}) {
  const base = JSON.stringify(query);
  const fresh = (): TableState => ({ base, page: 1, windows: initial ? { 0: initial } : {} });
  const [kept, setKept] = useState<TableState>(fresh);
  const [error, setError] = useState<string | null>(null);
  const state = kept.base === base ? kept : fresh();
  const update = (change: (s: TableState) => TableState) => setKept((s) => change(s.base === base ? s : fresh()));
  const w = Math.floor(((state.page - 1) * PAGE) / WINDOW);
  const rows = state.windows[w];
  const sortJson = JSON.stringify(state.sort ?? null);

  useEffect(() => {
    if (rows) return;
    let live = true;
    const sort = JSON.parse(sortJson) as FindingsQuery['sort'] | null;
    void call('getFindings', { ...query, ...(sort ? { sort } : {}), offset: w * WINDOW, limit: WINDOW }).then((r) => {
      if (!live) return;
      if (!r.ok) return setError(r.error.message);
      setError(null);
      update((s) => ({ ...s, windows: { ...s.windows, [w]: r.data.rows } }));
    });
    return () => {
      live = false;
    };
    // The query is `base`; whether the window is read decides, not the rows themselves.
  }, [base, w, sortJson, rows === undefined]);

  const from = (state.page - 1) * PAGE - w * WINDOW;
  const pageRows = (rows ?? []).slice(from, from + PAGE);
  const c = S.findings.columns;
  const sortable = (key: string, content: string) => ({ key, content, isSortable: SORTABLE.has(key) });
  // The server sorted the rows: each sortable cell's key is the row's place (negated for DESC,
  // which the table reverses), so the table's own sort of the page keeps the server's order.
  const place = (i: number) => (state.sort?.order === 'DESC' ? -i : i);
  return (
    <>
      {error ? <p role="alert">{error}</p> : null}
      <DynamicTableStateless
        testId={testId}
        head={{
          cells: [
            sortable('severity', c.severity),
            sortable('check', c.check),
            sortable('issue', c.issue),
            sortable('member', c.who),
            sortable('day', c.day),
            { key: 'message', content: c.message },
          ],
        }}
        rows={pageRows.map((f, i) => ({
          key: `${f.check}|${f.code}|${f.issueKey ?? ''}|${f.accountId ?? ''}|${f.day ?? ''}|${f.subject ?? ''}|${from + i}`,
          cells: cells(f).map((cell, n) => (n < 5 ? { ...cell, key: place(i) } : cell)),
        }))}
        rowsPerPage={PAGE}
        page={state.page}
        totalRows={rowsTotal}
        isLoading={!rows && rowsTotal > 0}
        onSetPage={(page) => update((s) => ({ ...s, page }))}
        {...(state.sort ? { sortKey: state.sort.key, sortOrder: state.sort.order } : {})}
        onSort={(d: { key: string; sortOrder: 'ASC' | 'DESC' }) =>
          update((s) => ({ ...s, page: 1, sort: { key: d.key as FindingsSortKey, order: d.sortOrder }, windows: {} }))
        }
        emptyView={<p>{rowsTotal > 0 ? S.findings.reading : S.findings.noMatch}</p>}
      />
    </>
  );
}

/**
 * The findings in groups (a check, a member, an issue), largest first, each with its counts by
 * severity, as the server counted them; a group's rows are read only once it is opened.
 */
export function FindingsGroups({
  groups,
  query,
  nameOf,
  cells,
}: {
  groups: readonly FindingsGroup[];
  query: FindingsQuery;
  nameOf: (g: FindingsGroup) => string;
  cells: (f: Finding) => RowCell[];
}) {
  if (groups.length === 0) return <p>{S.findings.noMatch}</p>;
  return (
    <div data-testid="findings-groups">
      {groups.map((g, i) => (
        <Group key={g.key} index={i} group={g} name={nameOf(g)} query={query} cells={cells} />
      ))}
    </div>
  );
}

function Group({
  index,
  group,
  name,
  query,
  cells,
}: {
  index: number;
  group: FindingsGroup;
  name: string;
  query: FindingsQuery;
  cells: (f: Finding) => RowCell[];
}) {
  const [open, setOpen] = useState(false);
  return (
    <details
      data-testid={`findings-group-${index}`}
      onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}
      style={{ borderBottom: `1px solid ${token('color.border')}`, padding: `${token('space.075')} 0` }}
    >
      <summary style={{ cursor: 'pointer' }}>
        <strong>{name}</strong>{' '}
        <span style={{ color: token('color.text.subtle') }}>
          {S.findings.groupCounts(group.count, group.error, group.warning, group.info)}
        </span>
      </summary>
      {open ? (
        <FindingsTable
          testId={`findings-group-${index}-table`}
          query={{ ...query, groupKey: group.key }}
          rowsTotal={group.count}
          cells={cells}
        />
      ) : null}
    </details>
  );
}
