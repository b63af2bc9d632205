import React, { useMemo, useState } from 'react';
import DynamicTable from '@atlaskit/dynamic-table';
import { token } from '@atlaskit/tokens';
import type { Finding } from '../../../src/engine/finding';
import type { Report } from '../../../src/engine/report';
import { Empty, SeverityLozenge, issueLink } from '../../shared/ui';

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

const selectStyle: React.CSSProperties = {
  padding: token('space.050'),
  background: token('color.background.input'),
  color: token('color.text'),
  border: `1px solid ${token('color.border.input')}`,
  borderRadius: token('radius.small'),
};

function Filter({ label, value, options, onChange }: { label: string; value: string; options: Array<[string, string]>; onChange: (v: string) => void }) {
  return (
    <label style={{ display: 'inline-flex', gap: token('space.050'), alignItems: 'center' }}>
      {label}
      <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} style={selectStyle}>
        <option value="">All</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Every finding of the walk: sortable, filtered by check, severity and member, 50 a page. */
export function FindingsTab({ report, siteUrl }: { report: Report; siteUrl: string | null }) {
  const [check, setCheck] = useState('');
  const [severity, setSeverity] = useState('');
  const [member, setMember] = useState('');
  const names = useMemo(() => new Map(report.members.map((m) => [m.accountId, m.displayName])), [report]);
  const checks = useMemo(() => [...new Set(report.findings.map((f) => f.check))].sort(), [report]);
  const shown = report.findings.filter((f) => (!check || f.check === check) && (!severity || f.severity === severity) && (!member || f.accountId === member));
  if (report.findings.length === 0) return <Empty title="Nothing to follow up today">Every check of the walk passed.</Empty>;
  const who = (f: Finding) => (f.accountId ? (names.get(f.accountId) ?? 'Outside the team') : 'Unassigned');
  return (
    <div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.200'), margin: `${token('space.100')} 0` }}>
        <Filter label="Check" value={check} onChange={setCheck} options={checks.map((c) => [c, c])} />
        <Filter label="Severity" value={severity} onChange={setSeverity} options={[['error', 'Error'], ['warning', 'Warning'], ['info', 'Info']]} />
        <Filter label="Member" value={member} onChange={setMember} options={report.members.map((m) => [m.accountId, m.displayName])} />
        <span data-testid="findings-count" style={{ color: token('color.text.subtle'), alignSelf: 'center' }}>
          {shown.length} of {report.findings.length} findings
        </span>
      </div>
      <DynamicTable
        testId="findings-table"
        head={{
          cells: [
            { key: 'severity', content: 'Severity', isSortable: true },
            { key: 'check', content: 'Check', isSortable: true },
            { key: 'issue', content: 'Issue', isSortable: true },
            { key: 'member', content: 'Who', isSortable: true },
            { key: 'day', content: 'Day', isSortable: true },
            { key: 'message', content: 'Finding' },
          ],
        }}
        rows={shown.map((f, i) => ({
          key: `${f.check}|${f.code}|${f.issueKey ?? ''}|${f.accountId ?? ''}|${f.day ?? ''}|${i}`,
          cells: [
            { key: SEVERITY_RANK[f.severity], content: <SeverityLozenge severity={f.severity} /> },
            { key: `${f.check}/${f.code}`, content: <code>{`${f.check}/${f.code}`}</code> },
            { key: f.issueKey ?? '', content: issueLink(siteUrl, f.issueKey) },
            { key: who(f), content: who(f) },
            { key: f.day ?? '', content: f.day ?? '' },
            { key: f.message, content: <>{f.message}{typeof f.data.url === 'string' ? <> · <a href={f.data.url} target="_blank" rel="noreferrer">open</a></> : null}</> },
          ],
        }))}
        rowsPerPage={50}
        defaultPage={1}
        emptyView={<p>No finding matches these filters.</p>}
      />
    </div>
  );
}
