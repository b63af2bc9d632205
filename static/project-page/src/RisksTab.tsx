import React, { useEffect, useRef, useState } from 'react';
import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { Report, RiskChange, RiskView } from '../../../src/app/contract';
import { call } from '../../shared/invoke';
import { useResolver } from '../../shared/use-resolver';
import { download } from '../../shared/download';
import { ErrorState, Loading, issueLink } from '../../shared/ui';
import { RiskForm } from './RiskForm';
import { RiskHeatMap } from './RiskHeatMap';
import { RiskSuggestions } from './RiskSuggestions';
import { risksCsv } from './risks-csv';
import { S } from './strings';

const STATUS = { open: 'moved', mitigating: 'inprogress', closed: 'default' } as const;

/** The risk register: a sortable table, a heat map that filters it, add and edit, Reviewed, history, CSV. */
export function RisksTab({ report, siteUrl }: { report: Report; siteUrl: string | null }) {
  const R = S.risks;
  const { data, error, reload, setError } = useResolver('listRisks', { limit: 100 });
  const [editing, setEditing] = useState<RiskView | 'new' | null>(null);
  const [cell, setCell] = useState<[number, number] | null>(null);
  const [history, setHistory] = useState<{ id: string; changes: RiskChange[] } | null>(null);
  // A new walk brings new findings for the register: read it again (not on the first render, which reads it already).
  const seen = useRef(report);
  useEffect(() => {
    if (seen.current === report) return;
    seen.current = report;
    void reload();
  }, [report, reload]);
  if (error && !data) return <ErrorState title={R.readFailed} message={error} onRetry={() => void reload()} />;
  if (!data) return <Loading label={R.loading} />;
  const names = new Map(report.members.map((m) => [m.accountId, m.displayName]));
  const act = async (p: Promise<{ ok: boolean; error?: { message: string } }>) => {
    const res = await p;
    if (!res.ok) setError(res.error?.message ?? '');
    await reload();
  };
  const shown = cell ? data.risks.filter((r) => r.probability === cell[0] && r.impact === cell[1]) : data.risks;
  const c = R.columns;
  return (
    <div data-testid="risks-tab" style={{ display: 'grid', gap: token('space.200') }}>
      {error ? (
        <p role="alert" style={{ color: token('color.text.danger') }}>
          {error}
        </p>
      ) : null}
      <RiskSuggestions
        suggestions={data.suggestions}
        siteUrl={siteUrl}
        onAccept={(cause) => void act(call('acceptRiskSuggestion', { cause }))}
        onDismiss={(cause) => void act(call('dismissRiskSuggestion', { cause }))}
      />
      <div style={{ display: 'flex', gap: token('space.300'), flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <RiskHeatMap heat={data.heat} selected={cell} onSelect={setCell} />
        <div style={{ display: 'flex', gap: token('space.100'), flexWrap: 'wrap' }}>
          {data.canCreate ? (
            <Button appearance="primary" testId="risk-add" onClick={() => setEditing('new')}>
              {R.add}
            </Button>
          ) : null}
          <Button
            testId="risks-csv"
            onClick={() => download(`focus-walk-${report.project.key}-risks.csv`, risksCsv(data.risks))}
          >
            {R.exportCsv}
          </Button>
        </div>
      </div>
      {editing ? (
        <RiskForm
          risk={editing === 'new' ? null : editing}
          onCancel={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void reload();
          }}
        />
      ) : null}
      {cell ? (
        <p data-testid="risks-filter">
          {R.filtered(cell[0], cell[1])}{' '}
          <Button appearance="subtle" spacing="compact" onClick={() => setCell(null)}>
            {R.showAll}
          </Button>
        </p>
      ) : null}
      <DynamicTable
        testId="risks-table"
        emptyView={<p>{R.empty}</p>}
        head={{
          cells: [
            { key: 'title', content: c.title, isSortable: true },
            { key: 'score', content: c.score, isSortable: true },
            { key: 'owner', content: c.owner, isSortable: true },
            { key: 'status', content: c.status, isSortable: true },
            { key: 'review', content: c.review, isSortable: true },
            { key: 'issues', content: c.issues },
            { key: 'findings', content: c.findings },
            { key: 'actions', content: c.actions },
          ],
        }}
        rows={shown.map((r) => ({
          key: r.id,
          testId: `risk-row-${r.id}`,
          cells: [
            { key: r.title, content: <span title={r.description}>{r.title}</span> },
            { key: r.score, content: <strong>{r.score}</strong> },
            { key: r.owner?.displayName ?? '', content: r.owner?.displayName ?? R.nobody },
            { key: r.status, content: <Lozenge appearance={STATUS[r.status]}>{R.status[r.status]}</Lozenge> },
            { key: r.reviewedAt ?? '', content: r.reviewedAt ? R.reviewedBy(r.reviewedAt, r.reviewedBy) : R.never },
            {
              key: 'issues',
              content: (
                <>
                  {r.issueKeys.map((k) => (
                    <span key={k}>{issueLink(siteUrl, k)} </span>
                  ))}
                </>
              ),
            },
            {
              key: 'findings',
              content: (
                <span data-testid={`risk-findings-${r.id}`}>
                  {r.findings.map((f) => (
                    <Lozenge key={f} appearance={f === 'materialized' || f === 'no-mitigation' ? 'removed' : 'moved'}>
                      {R.finding[f] ?? f}
                    </Lozenge>
                  ))}
                </span>
              ),
            },
            {
              key: 'actions',
              content: (
                <span style={{ display: 'flex', gap: token('space.050'), flexWrap: 'wrap' }}>
                  {r.canChange && r.status !== 'closed' ? (
                    <Button
                      spacing="compact"
                      testId={`risk-reviewed-${r.id}`}
                      onClick={() => void act(call('reviewRisk', { id: r.id, version: r.version }))}
                    >
                      {R.reviewed}
                    </Button>
                  ) : null}
                  {r.canChange ? (
                    <>
                      <Button spacing="compact" appearance="subtle" onClick={() => setEditing(r)}>
                        {R.edit}
                      </Button>
                      <Button
                        spacing="compact"
                        appearance="subtle"
                        onClick={() =>
                          void act(
                            call('setRiskStatus', {
                              id: r.id,
                              version: r.version,
                              status: r.status === 'closed' ? 'open' : 'closed',
                            }),
                          )
                        }
                      >
                        {r.status === 'closed' ? R.reopen : R.close}
                      </Button>
                    </>
                  ) : null}
                  <Button
                    spacing="compact"
                    appearance="subtle"
                    testId={`risk-history-${r.id}`}
                    onClick={() =>
                      void call('riskHistory', { id: r.id }).then(
                        (res) => res.ok && setHistory({ id: r.id, changes: res.data }),
                      )
                    }
                  >
                    {R.history}
                  </Button>
                </span>
              ),
            },
          ],
        }))}
      />
      {history ? (
        <section data-testid="risk-history" aria-label={R.history}>
          <h4>{R.history}</h4>
          <ul>
            {history.changes.map((h, i) => (
              <li key={i}>
                {h.at.slice(0, 16).replace('T', ' ')} · {names.get(h.by) ?? h.by} · {R.changes[h.action] ?? h.action}
                {Object.keys(h.fields).length ? `: ${Object.keys(h.fields).join(', ')}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p style={{ color: token('color.text.subtle') }}>{R.total(data.risks.length, data.total)}</p>
    </div>
  );
}
