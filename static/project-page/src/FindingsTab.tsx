import React, { useEffect, useMemo, useState } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { Finding, FindingsGroup, FindingsPage, FindingsQuery, Report, WalkView } from '../../../src/app/contract';
import { ChoiceSelect, type Choice } from '../../shared/choice-select';
import { Empty, ExternalLink, Loading, SeverityLozenge, issueLink } from '../../shared/ui';
import { call } from '../../shared/invoke';
import { download } from '../../shared/download';
import { checkName, naturalCompare, subjectLabel } from '../../shared/check-names';
import { findingsCsv } from './findings-csv';
import { FindingsGroups, FindingsTable, GROUPINGS, WINDOW, type GroupBy, type RowCell } from './FindingsTable';
import { S } from './strings';

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;
/** The Member filter's two choices that are not a member. */
const UNASSIGNED = '~unassigned';
const OUTSIDE = '~outside';

function Filter({
  id,
  label,
  value,
  choices,
  onChange,
  allLabel = S.findings.all,
}: {
  id: string;
  label: string;
  value: string;
  choices: readonly Choice[];
  onChange: (v: string) => void;
  allLabel?: string;
}) {
  return (
    <div style={{ display: 'inline-flex', gap: token('space.050'), alignItems: 'center' }}>
      <label htmlFor={id}>{label}</label>
      <ChoiceSelect inputId={id} value={value} choices={choices} onChange={onChange} allLabel={allLabel} />
    </div>
  );
}

/** Finding codes a member can be nudged about. */
const NUDGEABLE = new Set(['focus-in/missing', 'focus-out/missing', 'daily-worklog/missing', 'reading/short']);

/** From this many findings the tab opens grouped by check (thousands of rows read poorly as one table). */
export const GROUP_FROM = 1000;
/** A CSV export reads the matched findings this many a call. */
const EXPORT_CHUNK = 5000;

/**
 * Every finding of the walk: sortable, filtered by check, severity and member, 50 a page; grouped
 * by check, member or issue on demand, and by check from GROUP_FROM findings. The server filters,
 * groups, sorts and pages (getFindings); the tab holds one window of rows per open table.
 */
export function FindingsTab({
  report,
  counts,
  siteUrl,
  onNudge,
}: {
  report: Report;
  counts: WalkView['findingCounts'];
  siteUrl: string | null;
  /** Absent for a member: Nudge is the TPMs'. */
  onNudge?: (accountId: string, code: string) => void;
}) {
  const [check, setCheck] = useState('');
  const [severity, setSeverity] = useState('');
  const [member, setMember] = useState('');
  const [group, setGroup] = useState<GroupBy>(counts.total >= GROUP_FROM ? 'check' : 'none');
  const [answer, setAnswer] = useState<{ base: string; page: FindingsPage } | null>(null);
  // The walk's totals and each check's count, from the last answer that read every check.
  const [whole, setWhole] = useState<Pick<FindingsPage, 'total' | 'checks'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [exporting, setExporting] = useState<string | null>(null);
  const query: FindingsQuery = {
    ...(check ? { check: check as Finding['check'] } : {}),
    ...(severity ? { severity: severity as Finding['severity'] } : {}),
    ...(member ? { member } : {}),
    group,
  };
  const base = JSON.stringify(query);
  useEffect(() => {
    if (counts.total === 0) return;
    let live = true;
    const q = JSON.parse(base) as FindingsQuery;
    void call('getFindings', { ...q, limit: WINDOW }).then((r) => {
      if (!live) return;
      if (!r.ok) return setError(r.error.message);
      setError(null);
      setAnswer({ base, page: r.data });
      if (r.data.total !== null) setWhole({ total: r.data.total, checks: r.data.checks });
    });
    return () => {
      live = false;
    };
  }, [base, counts.total]);
  const names = useMemo(() => new Map(report.members.map((m) => [m.accountId, m.displayName])), [report]);
  const checks = useMemo(
    () =>
      [...(whole?.checks ?? [])]
        .sort((a, b) => checkName(a.check).localeCompare(checkName(b.check)))
        .map(({ check: c, count }) => ({ value: c, label: S.findings.checkChoice(checkName(c), count) })),
    [whole],
  );
  const memberChoices = useMemo(
    () => [
      ...[...report.members]
        .sort((a, b) => naturalCompare(a.displayName, b.displayName))
        .map((m) => ({ value: m.accountId, label: m.displayName })),
      { value: UNASSIGNED, label: S.findings.unassigned },
      { value: OUTSIDE, label: S.findings.outsideTeam },
    ],
    [report],
  );
  if (counts.total === 0) return <Empty title={S.findings.allClearTitle}>{S.findings.allClear}</Empty>;
  const page = answer?.base === base ? answer.page : null;
  const who = (f: Finding) =>
    f.accountId ? (names.get(f.accountId) ?? S.findings.outsideTeam) : S.findings.unassigned;
  const groupName = (g: FindingsGroup): string =>
    group === 'check'
      ? checkName(g.key)
      : group === 'member'
        ? g.key === UNASSIGNED
          ? S.findings.unassigned
          : g.key === OUTSIDE
            ? S.findings.outsideTeam
            : g.label
        : g.key || S.findings.noIssue;
  const exportCsv = async () => {
    const rows: Finding[] = [];
    for (let offset = 0; ; offset += EXPORT_CHUNK) {
      setExporting(S.findings.exporting(rows.length, page?.matched ?? 0));
      const r = await call('getFindings', { ...query, group: 'none', offset, limit: EXPORT_CHUNK });
      if (!r.ok) {
        setExporting(null);
        return setError(r.error.message);
      }
      rows.push(...r.data.rows);
      if (r.data.rows.length < EXPORT_CHUNK || rows.length >= r.data.rowsTotal) break;
    }
    setExporting(null);
    download(`focus-walk-${report.project.key}-${report.at.slice(0, 10)}.csv`, findingsCsv(rows, who));
  };
  const cells = (f: Finding): RowCell[] => [
    { key: SEVERITY_RANK[f.severity], content: <SeverityLozenge severity={f.severity} /> },
    {
      key: `${checkName(f.check)}/${f.code}`,
      content: (
        <span title={`${f.check}/${f.code}`}>
          {checkName(f.check)} <code>{f.code}</code>
        </span>
      ),
    },
    {
      key: f.issueKey ?? subjectLabel(f) ?? '',
      content: f.issueKey ? issueLink(siteUrl, f.issueKey) : subjectLabel(f),
    },
    { key: who(f), content: who(f) },
    { key: f.day ?? '', content: f.day ?? '' },
    {
      key: f.message,
      content: (
        <>
          {f.message}
          <ExternalLink url={f.data.url} />
          {onNudge && f.accountId && names.has(f.accountId) && NUDGEABLE.has(`${f.check}/${f.code}`) ? (
            <>
              {' '}
              <Button
                spacing="compact"
                appearance="subtle"
                onClick={() => onNudge(f.accountId ?? '', `${f.check}/${f.code}`)}
              >
                {S.nudge.action}
              </Button>
            </>
          ) : null}
        </>
      ),
    },
  ];
  return (
    <div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.200'), margin: `${token('space.100')} 0` }}>
        <Filter id="filter-check" label={S.findings.check} value={check} onChange={setCheck} choices={checks} />
        <Filter
          id="filter-severity"
          label={S.findings.severity}
          value={severity}
          onChange={setSeverity}
          choices={S.findings.severities}
        />
        <Filter
          id="filter-member"
          label={S.findings.member}
          value={member}
          onChange={setMember}
          choices={memberChoices}
        />
        <Filter
          id="findings-group-by"
          label={S.findings.groupBy}
          value={group === 'none' ? '' : group}
          onChange={(v) => setGroup((v || 'none') as GroupBy)}
          choices={GROUPINGS.filter((g) => g !== 'none').map((g) => ({ value: g, label: S.findings.grouping[g] }))}
          allLabel={S.findings.grouping.none}
        />
        <Button
          isDisabled={!check && !severity && !member}
          onClick={() => {
            setCheck('');
            setSeverity('');
            setMember('');
          }}
        >
          {S.findings.clear}
        </Button>
        <Button testId="findings-csv" isDisabled={!page || exporting !== null} onClick={() => void exportCsv()}>
          {exporting ?? S.findings.exportCsv}
        </Button>
        <span data-testid="findings-count" style={{ color: token('color.text.subtle'), alignSelf: 'center' }}>
          {page ? S.findings.count(page.matched, whole?.total ?? counts.total) : S.findings.reading}
        </span>
      </div>
      {error ? <p role="alert">{error}</p> : null}
      {!page ? (
        <Loading label={S.findings.reading} />
      ) : group === 'none' ? (
        <FindingsTable
          testId="findings-table"
          query={query}
          rowsTotal={page.rowsTotal}
          initial={page.rows}
          cells={cells}
        />
      ) : (
        <FindingsGroups groups={page.groups ?? []} query={query} nameOf={groupName} cells={cells} />
      )}
    </div>
  );
}
