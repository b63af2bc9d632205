import React, { Suspense, useCallback, useEffect, useState } from 'react';
import SectionMessage from '@atlaskit/section-message';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { Report, SentRecord, SentView, WalkRunView, WalkView } from '../../../src/app/contract';
import { call } from '../../shared/invoke';
import { useResolver } from '../../shared/use-resolver';
import { TabbedView, type TabSpec } from '../../shared/tabbed-view';
import { ErrorState, Loading, pageStyle } from '../../shared/ui';
import {
  BlockersTab,
  ChecklistTab,
  FindingsTab,
  NextSprintTab,
  ReleasesTab,
  RisksTab,
  SentTab,
  SettingsTab,
  SprintTab,
  TrendChart,
  WorkloadChart,
} from './lazy-tabs';
import { S } from './strings';
import { TeamTab } from './TeamTab';
import { StandupTab } from './StandupTab';
import { AskFocusWalk } from './AskFocusWalk';

function Header({ view, run, onRefresh }: { view: WalkView; run: WalkRunView | null; onRefresh: () => void }) {
  const { report } = view;
  const active = run !== null && (run.state === 'queued' || run.state === 'running');
  const color = !report
    ? token('color.text.subtle')
    : report.score >= 80
      ? token('color.text.success')
      : report.score >= 50
        ? token('color.text.warning')
        : token('color.text.danger');
  return (
    <header
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: token('space.300'),
        marginBottom: token('space.200'),
        flexWrap: 'wrap',
      }}
    >
      <div>
        <h2 style={{ margin: 0 }}>
          {S.title}
          {report ? ` · ${report.project.key}` : ''}
          {report?.project.name && report.project.name !== S.title ? ` ${report.project.name}` : ''}
        </h2>
        <div style={{ color: token('color.text.subtle') }} data-testid="walk-age">
          {report ? (
            <>
              {report.sprint ? report.sprint.name : S.header.noSprint} · {view.day}
              {view.fromHistory ? S.header.fromHistory : ''} · {S.header.walked(view.refreshedAt)}
              {view.ageMinutes !== null ? ` (${S.ago(view.ageMinutes)})` : ''}
            </>
          ) : (
            S.header.noWalk
          )}
        </div>
      </div>
      {report ? (
        <div aria-label={S.header.scoreLabel} data-testid="score" style={{ fontSize: 32, fontWeight: 700, color }}>
          {report.score}
          <span style={{ fontSize: 14, color: token('color.text.subtle') }}>{S.header.scoreOutOf}</span>
        </div>
      ) : null}
      {report ? <AskFocusWalk project={report.project.key} /> : null}
      <Button onClick={onRefresh} isDisabled={active}>
        {active ? S.header.walking : S.header.refresh}
      </Button>
      {active ? (
        <span data-testid="walk-progress" role="status" style={{ color: token('color.text.subtle') }}>
          {S.header.progress(run)}
        </span>
      ) : null}
      {run?.reused ? (
        <span data-testid="walk-reused" role="status" style={{ color: token('color.text.subtle') }}>
          {S.header.reused(run.finishedAt ?? run.requestedAt)}
        </span>
      ) : null}
      {report?.skipped.length ? (
        <span style={{ color: token('color.text.subtlest') }}>
          {S.header.skipped}{' '}
          {report.skipped.map((s) => s.check + (s.codes ? ` (${s.codes.join(', ')})` : '')).join(', ')}
        </span>
      ) : null}
    </header>
  );
}

/** Polls a background walk while it is queued or running; `onDone` when it lands. */
function useWalkRun(initial: WalkRunView | null, onDone: () => void, onError: (message: string) => void) {
  const [run, setRun] = useState<WalkRunView | null>(initial);
  useEffect(() => setRun(initial), [initial]);
  const active = run !== null && (run.state === 'queued' || run.state === 'running');
  useEffect(() => {
    if (!active) return undefined;
    const timer = setInterval(() => {
      void call('getWalkRun', {}).then((r) => {
        if (!r.ok) return onError(r.error.message);
        setRun(r.data);
        if (r.data?.state === 'done' || r.data?.state === 'failed') onDone();
      });
    }, 1000);
    return () => clearInterval(timer);
  }, [active, onDone, onError]);
  const start = async () => {
    const r = await call('startWalk', {});
    if (r.ok) setRun(r.data);
    else onError(r.error.message);
  };
  return { run, start };
}

interface Actions {
  onTick: (id: string, ticked: boolean, note?: string) => void;
  onSaved: () => void;
  onNudge: (accountId: string, code?: string) => void;
  onEscalate: (issueKey: string, again?: string) => Promise<void>;
}

/** The page's tabs: one list, each label with its panel. */
function tabs(view: WalkView, report: Report, sent: SentView | null, a: Actions): TabSpec[] {
  const { siteUrl } = view;
  // A member's first tab is the stand-up board (what the team wrote); a TPM's is the Team's checks.
  const standup: TabSpec = { label: S.tabs.standup, render: () => <StandupTab siteUrl={siteUrl} /> };
  return [
    ...(view.canAct ? [] : [standup]),
    {
      label: S.tabs.team,
      render: () => (
        <TeamTab
          report={report}
          worst={view.memberWorst}
          siteUrl={siteUrl}
          scoredChecks={view.scoredChecks}
          readingNow={view.readingNow}
          {...(view.canAct ? { onNudge: a.onNudge } : {})}
        />
      ),
    },
    ...(view.canAct ? [standup] : []),
    {
      label: S.tabs.findings(view.findingCounts.total),
      render: () => (
        <FindingsTab
          report={report}
          counts={view.findingCounts}
          siteUrl={siteUrl}
          {...(view.canAct ? { onNudge: a.onNudge } : {})}
        />
      ),
    },
    {
      label: S.tabs.checklist,
      render: () => <ChecklistTab items={view.checklist} day={view.day} onTick={a.onTick} readOnly={!view.canAct} />,
    },
    {
      label: S.tabs.blockers,
      render: () => (
        <BlockersTab
          report={report}
          siteUrl={siteUrl}
          sent={sent}
          {...(view.canAct ? { onEscalate: a.onEscalate } : {})}
        />
      ),
    },
    { label: S.tabs.sprint, render: () => <SprintTab siteUrl={siteUrl} /> },
    { label: S.tabs.releases, render: () => <ReleasesTab siteUrl={siteUrl} /> },
    { label: S.tabs.next, render: () => <NextSprintTab siteUrl={siteUrl} /> },
    { label: S.tabs.risks, render: () => <RisksTab report={report} siteUrl={siteUrl} /> },
    {
      label: S.tabs.workload,
      render: () => <WorkloadChart report={report} overloadFactor={view.overloadFactor} unassigned={view.unassigned} />,
    },
    { label: S.tabs.trend, render: () => <TrendChart history={view.history} /> },
    { label: S.tabs.sent, render: () => <SentTab sent={sent} siteUrl={siteUrl} /> },
    { label: S.tabs.settings, render: () => <SettingsTab onSaved={a.onSaved} /> },
  ];
}

/** The Jira project page: the latest stored walk at once; Refresh walks in the background. */
export function App() {
  const { data: view, setData: setView, error, setError, reload: load } = useResolver('getWalk', {});
  const onDone = useCallback(() => void load(), [load]);
  const { run, start } = useWalkRun(view?.run ?? null, onDone, setError);

  const { data: sentPage, reload: loadSent } = useResolver('getSent', {});
  // Escalations the server answered 'already' for (older than the log's first page, say): the
  // Blockers tab's confirmation names them, and the next confirmation repeats them.
  const [earlier, setEarlier] = useState<SentRecord[]>([]);
  const sent: SentView | null = sentPage ? { ...sentPage, items: [...sentPage.items, ...earlier] } : null;
  const [notice, setNotice] = useState<string | null>(null);

  const tick = async (itemId: string, ticked: boolean, note?: string) => {
    const r = await call('tick', { itemId, ticked, ...(note !== undefined ? { note } : {}) });
    if (r.ok) setView((v) => (v ? { ...v, checklist: r.data } : v));
    else setError(r.error.message);
  };
  const nudge = async (accountId: string, code?: string) => {
    setNotice(S.nudge.sending);
    const r = await call('nudge', { accountId, ...(code ? { code } : {}) });
    if (!r.ok) {
      setNotice(null);
      return setError(r.error.message);
    }
    setNotice(S.nudge.result(r.data));
    void loadSent();
  };
  const escalate = async (issueKey: string, again?: string) => {
    const r = await call('escalate', { issueKey, ...(again ? { again } : {}) });
    if (!r.ok) return setError(r.error.message);
    if (r.data.outcome === 'already') setEarlier((e) => [...e, r.data]);
    setNotice(
      r.data.outcome === 'already'
        ? S.escalate.already(issueKey, r.data.level, r.data.by?.displayName ?? S.escalate.theApp, r.data.at)
        : S.escalate.done(issueKey, r.data.to.map((p) => p.displayName).join(', ')),
    );
    void loadSent();
  };

  if (error && !view)
    return (
      <div style={pageStyle}>
        <ErrorState title={S.page.readFailed} message={error} onRetry={() => void load()} />
      </div>
    );
  if (!view)
    return (
      <div style={pageStyle}>
        <Loading label={S.page.reading} />
      </div>
    );
  const { report } = view;
  const failed = run?.state === 'failed' ? run : null;
  return (
    <div style={pageStyle}>
      <Header view={view} run={run} onRefresh={() => void start()} />
      {failed ? (
        <SectionMessage appearance="warning" title={S.page.failedTitle(failed.day)}>
          <p data-testid="walk-failed">
            {failed.error ?? S.page.noReason} {report ? S.page.lastGood : ''}
          </p>
        </SectionMessage>
      ) : null}
      {error ? <ErrorState title={S.page.wentWrong} message={error} /> : null}
      {notice ? (
        <SectionMessage appearance="information">
          <p data-testid="notice">{notice}</p>
        </SectionMessage>
      ) : null}
      {report ? (
        <TabbedView
          id="focus-walk-tabs"
          tabs={tabs(view, report, sent, {
            onTick: (id, t, note) => void tick(id, t, note),
            onSaved: () => void load(),
            onNudge: (id, code) => void nudge(id, code),
            onEscalate: escalate,
          })}
        />
      ) : (
        <>
          <p data-testid="no-walk">{S.page.noWalk}</p>
          <Suspense fallback={<Loading label={S.tabs.settings} />}>
            <SettingsTab onSaved={() => void load()} />
          </Suspense>
        </>
      )}
    </div>
  );
}
