import React, { useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { PublishedPage, SprintReport } from '../../../src/app/contract';
import { BurndownChart, FlowSection, VelocitySection, type Unit } from './SprintCharts';
import { FiguresTable } from './FiguresTable';
import { call } from '../../shared/invoke';
import { useResolver } from '../../shared/use-resolver';
import { ErrorState, Loading, issueLink } from '../../shared/ui';
import { S } from './strings';

/** The Sprint tab: burndown, scope changes, velocity, epics and forecast; flow on a board without sprints; Publish. */
export function SprintTab({ siteUrl }: { siteUrl: string | null }) {
  const { data, error, reload } = useResolver('getSprint', {});
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (error && !data) return <ErrorState title={S.sprint.none} message={error} onRetry={() => void reload()} />;
  if (!data) return <Loading label={S.sprint.loading} />;
  const r = data.report;
  const publish = async () => {
    setBusy(true);
    setNotice(S.sprint.publishing);
    const res = await call('publishReport', {});
    setBusy(false);
    setNotice(res.ok ? S.sprint.published(res.data.title, res.data.version) : res.error.message);
    if (res.ok) await reload();
  };
  return (
    <div data-testid="sprint-tab" style={{ display: 'grid', gap: token('space.300') }}>
      {r ? <Progress report={r} siteUrl={siteUrl} /> : <p>{S.sprint.none}</p>}
      <section aria-label={S.sprint.pages}>
        <h3>{S.sprint.pages}</h3>
        {data.space === null ? (
          <p>{S.sprint.noSpace}</p>
        ) : (
          data.canPublish && (
            <Button appearance="primary" testId="publish-report" isDisabled={busy || !r} onClick={() => void publish()}>
              {S.sprint.publish}
            </Button>
          )
        )}
        {notice && (
          <p role="status" data-testid="publish-notice">
            {notice}
          </p>
        )}
        <ul data-testid="report-pages">
          {data.pages.map((p) => (
            <li key={p.week}>
              <PageLine page={p} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function PageLine({ page }: { page: PublishedPage }) {
  const line = S.sprint.pageLine(page.week, page.version, page.at, page.by?.displayName ?? S.sprint.trigger);
  return page.url ? (
    <a href={page.url} target="_blank" rel="noreferrer">
      {line}
    </a>
  ) : (
    <span>{line}</span>
  );
}

function Progress({ report: r, siteUrl }: { report: SprintReport; siteUrl: string | null }) {
  const [unit, setUnit] = useState<Unit>('points');
  const b = r.burndown;
  return (
    <>
      {r.notes.length > 0 && (
        <SectionMessage appearance="information">
          {r.notes.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </SectionMessage>
      )}
      {r.sprint && b && (
        <section aria-label={r.sprint.name}>
          <h3>{S.sprint.summary(r.sprint.name, r.sprint.startDate, r.sprint.endDate)}</h3>
          {r.sprint.goal ? <p data-testid="sprint-goal">{S.sprint.goal(r.sprint.goal)}</p> : null}
          <p data-testid="sprint-summary">
            {S.sprint.done(b.completed.points, b.scope.points, b.completed.issues, b.scope.issues)};{' '}
            {S.sprint.committed(b.committed.points, b.committed.issues)}
          </p>
          {r.forecast && <p data-testid="sprint-forecast">{S.sprint.forecast(r.forecast)}</p>}
          <div role="group" aria-label={S.sprint.unitLabel} style={{ display: 'flex', gap: token('space.100') }}>
            {(['points', 'issues'] as const).map((u) => (
              <Button key={u} isSelected={unit === u} onClick={() => setUnit(u)} testId={`burndown-${u}`}>
                {S.sprint.unit[u]}
              </Button>
            ))}
          </div>
          <BurndownChart burndown={b} unit={unit} />
          <details>
            <summary>{S.sprint.figures}</summary>
            <FiguresTable
              testId="burndown-table"
              caption={S.sprint.figures}
              columns={[
                { key: 'day', label: S.sprint.columns.day, cell: (p, i) => (i === 0 ? `${p.date} (start)` : p.date) },
                { key: 'remaining', label: S.sprint.columns.remaining, cell: (p) => String(p.remaining[unit]) },
                { key: 'scope', label: S.sprint.columns.scope, cell: (p) => String(p.scope[unit]) },
                { key: 'ideal', label: S.sprint.columns.ideal, cell: (p) => String(p.ideal[unit]) },
              ]}
              rows={b.series}
              rowKey={(p, i) => `${p.date}-${i}`}
            />
          </details>
          <h4>{S.sprint.changes}</h4>
          {b.changes.length === 0 ? (
            <p>{S.sprint.noChanges}</p>
          ) : (
            <FiguresTable
              testId="scope-changes"
              columns={[
                {
                  key: 'at',
                  label: S.sprint.changeColumns.at,
                  cell: (c) => `${c.at.slice(0, 16).replace('T', ' ')} UTC`,
                },
                {
                  key: 'issue',
                  label: S.sprint.changeColumns.issue,
                  cell: (c) => (
                    <>
                      {issueLink(siteUrl, c.key)} {c.summary}
                    </>
                  ),
                },
                {
                  key: 'kind',
                  label: S.sprint.changeColumns.kind,
                  cell: (c) => (
                    <Lozenge appearance={c.kind === 'removed' ? 'removed' : c.kind === 'added' ? 'new' : 'moved'}>
                      {S.sprint.kinds[c.kind]}
                    </Lozenge>
                  ),
                },
                {
                  key: 'points',
                  label: S.sprint.changeColumns.points,
                  cell: (c) => (c.points > 0 ? `+${c.points}` : String(c.points)),
                },
              ]}
              rows={b.changes}
              rowKey={(c, i) => `${c.key}-${c.at}-${i}`}
            />
          )}
          {r.lists ? <SprintLists lists={r.lists} siteUrl={siteUrl} /> : null}
        </section>
      )}
      {r.flow && <FlowSection flow={r.flow} />}
      <VelocitySection report={r} />
      {r.epics.length > 0 && (
        <section aria-label={S.sprint.epics}>
          <h3>{S.sprint.epics}</h3>
          <FiguresTable
            testId="epic-progress"
            columns={[
              {
                key: 'epic',
                label: S.sprint.epicColumns.epic,
                cell: (e) => (
                  <>
                    {issueLink(siteUrl, e.key)} {e.summary}
                  </>
                ),
              },
              { key: 'done', label: S.sprint.epicColumns.done, cell: (e) => <Bar done={e.done} total={e.total} /> },
              { key: 'points', label: S.sprint.epicColumns.points, cell: (e) => `${e.pointsDone} of ${e.pointsTotal}` },
            ]}
            rows={r.epics}
            rowKey={(e) => e.key}
          />
        </section>
      )}
    </>
  );
}

function Bar({ done, total }: { done: number; total: number }) {
  const share = total === 0 ? 0 : done / total;
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: token('space.100') }}>
      <svg width={100} height={8} aria-hidden="true">
        <rect width={100} height={8} rx={4} fill={token('color.background.neutral')} />
        <rect width={100 * share} height={8} rx={4} fill={token('color.background.success.bold')} />
      </svg>
      {`${done} of ${total}`}
    </span>
  );
}

/** Jira's sprint report lists: completed, not completed, removed, added during the sprint. */
function SprintLists({ lists, siteUrl }: { lists: NonNullable<SprintReport['lists']>; siteUrl: string | null }) {
  const parts = [
    ['completed', lists.completed],
    ['notCompleted', lists.notCompleted],
    ['removed', lists.removed],
    ['addedDuringSprint', lists.addedDuringSprint],
  ] as const;
  return (
    <div data-testid="sprint-lists">
      {parts.map(([name, list]) => (
        <details key={name} open={name === 'notCompleted'}>
          <summary data-testid={`sprint-list-${name}`}>{S.sprint.lists[name](list.total)}</summary>
          {list.issues.length === 0 ? (
            <p>{S.sprint.lists.empty}</p>
          ) : (
            <ul>
              {list.issues.map((i) => (
                <li key={i.key}>
                  {issueLink(siteUrl, i.key)} {i.summary} · {S.sprint.lists.points(i.points)}
                </li>
              ))}
              {list.total > list.issues.length ? <li>{S.sprint.lists.more(list.total - list.issues.length)}</li> : null}
            </ul>
          )}
        </details>
      ))}
    </div>
  );
}
