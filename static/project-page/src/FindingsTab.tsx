import React, { useMemo, useState } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { Finding, Report } from '../../../src/app/contract';
import { ChoiceSelect, type Choice } from '../../shared/choice-select';
import { Empty, ExternalLink, SeverityLozenge, issueLink } from '../../shared/ui';
import { download } from '../../shared/download';
import { checkName, naturalCompare, subjectLabel } from '../../shared/check-names';
import { findingsCsv } from './findings-csv';
import { FindingsGroups, FindingsTable, GROUPINGS, type GroupBy, type RowCell } from './FindingsTable';
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

/**
 * Every finding of the walk: sortable, filtered by check, severity and member, 50 a page; grouped
 * by check, member or issue on demand, and by check from GROUP_FROM findings.
 */
export function FindingsTab({
  report,
  siteUrl,
  onNudge,
}: {
  report: Report;
  siteUrl: string | null;
  /** Absent for a member: Nudge is the TPMs'. */
  onNudge?: (accountId: string, code: string) => void;
}) {
  const [check, setCheck] = useState('');
  const [severity, setSeverity] = useState('');
  const [member, setMember] = useState('');
  const [group, setGroup] = useState<GroupBy>(report.findings.length >= GROUP_FROM ? 'check' : 'none');
  const names = useMemo(() => new Map(report.members.map((m) => [m.accountId, m.displayName])), [report]);
  const checks = useMemo(() => {
    const counts = new Map<string, number>();
    for (const f of report.findings) counts.set(f.check, (counts.get(f.check) ?? 0) + 1);
    return [...counts]
      .sort(([a], [b]) => checkName(a).localeCompare(checkName(b)))
      .map(([c, n]) => ({ value: c, label: S.findings.checkChoice(checkName(c), n) }));
  }, [report]);
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
  const whoMatches = (f: Finding) =>
    !member ||
    (member === UNASSIGNED
      ? f.accountId === null
      : member === OUTSIDE
        ? f.accountId !== null && !names.has(f.accountId)
        : f.accountId === member);
  const shown = report.findings.filter(
    (f) => (!check || f.check === check) && (!severity || f.severity === severity) && whoMatches(f),
  );
  if (report.findings.length === 0) return <Empty title={S.findings.allClearTitle}>{S.findings.allClear}</Empty>;
  const who = (f: Finding) =>
    f.accountId ? (names.get(f.accountId) ?? S.findings.outsideTeam) : S.findings.unassigned;
  const groupOf = (f: Finding): string =>
    group === 'check' ? checkName(f.check) : group === 'member' ? who(f) : (f.issueKey ?? S.findings.noIssue);
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
        <Button
          testId="findings-csv"
          onClick={() =>
            download(`focus-walk-${report.project.key}-${report.at.slice(0, 10)}.csv`, findingsCsv(shown, who))
          }
        >
          {S.findings.exportCsv}
        </Button>
        <span data-testid="findings-count" style={{ color: token('color.text.subtle'), alignSelf: 'center' }}>
          {S.findings.count(shown.length, report.findings.length)}
        </span>
      </div>
      {group === 'none' ? (
        <FindingsTable testId="findings-table" findings={shown} cells={cells} />
      ) : (
        <FindingsGroups findings={shown} groupOf={groupOf} cells={cells} />
      )}
    </div>
  );
}
