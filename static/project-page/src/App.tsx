import React, { useCallback, useEffect, useState } from 'react';
import SectionMessage from '@atlaskit/section-message';
import Button from '@atlaskit/button/new';
import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { token } from '@atlaskit/tokens';
import type { WalkRunView, WalkView } from '../../../src/app/contract';
import { call } from '../../shared/invoke';
import { useResolver } from '../../shared/use-resolver';
import { ErrorState, Loading, pageStyle } from '../../shared/ui';
import { BlockersTab } from './BlockersTab';
import { ChecklistTab } from './ChecklistTab';
import { TrendChart, WorkloadChart } from './Charts';
import { FindingsTab } from './FindingsTab';
import { SettingsTab } from './SettingsTab';
import { TeamTab } from './TeamTab';

const ago = (minutes: number) => (minutes < 1 ? 'just now' : minutes < 60 ? `${minutes} min ago` : minutes < 1440 ? `${Math.floor(minutes / 60)} h ago` : `${Math.floor(minutes / 1440)} days ago`);

function Header({ view, run, onRefresh }: { view: WalkView; run: WalkRunView | null; onRefresh: () => void }) {
  const { report } = view;
  const active = run !== null && (run.state === 'queued' || run.state === 'running');
  const color = !report ? token('color.text.subtle') : report.score >= 80 ? token('color.text.success') : report.score >= 50 ? token('color.text.warning') : token('color.text.danger');
  return (
    <header style={{ display: 'flex', alignItems: 'center', gap: token('space.300'), marginBottom: token('space.200'), flexWrap: 'wrap' }}>
      <div>
        <h2 style={{ margin: 0 }}>
          Focus Walk{report ? ` · ${report.project.key}` : ''}
          {report?.project.name && report.project.name !== 'Focus Walk' ? ` ${report.project.name}` : ''}
        </h2>
        <div style={{ color: token('color.text.subtle') }} data-testid="walk-age">
          {report ? (
            <>
              {report.sprint ? report.sprint.name : 'No active sprint: unresolved issues'} · {view.day}
              {view.fromHistory ? ' (from history)' : ''} · walked {view.refreshedAt.slice(0, 16).replace('T', ' ')} UTC
              {view.ageMinutes !== null ? ` (${ago(view.ageMinutes)})` : ''}
            </>
          ) : (
            'No walk yet'
          )}
        </div>
      </div>
      {report ? (
        <div aria-label="score" data-testid="score" style={{ fontSize: 32, fontWeight: 700, color }}>
          {report.score}
          <span style={{ fontSize: 14, color: token('color.text.subtle') }}>/100</span>
        </div>
      ) : null}
      <Button onClick={onRefresh} isDisabled={active}>
        {active ? 'Walking…' : 'Refresh'}
      </Button>
      {active ? (
        <span data-testid="walk-progress" role="status" style={{ color: token('color.text.subtle') }}>
          {run.state === 'queued' ? 'Walk queued…' : run.total === null ? 'Finding the issues…' : `${run.read.toLocaleString('en')} of ${run.total.toLocaleString('en')} issues read`}
          {run.attempt > 1 ? ` (attempt ${run.attempt})` : ''}
        </span>
      ) : null}
      {report?.skipped.length ? (
        <span style={{ color: token('color.text.subtlest') }}>Skipped: {report.skipped.map((s) => s.check + (s.codes ? ` (${s.codes.join(', ')})` : '')).join(', ')}</span>
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

/** The Jira project page: the latest stored walk at once; Refresh walks in the background. */
export function App() {
  const { data: view, setData: setView, error, setError, reload: load } = useResolver('getWalk', {});
  const onDone = useCallback(() => void load(), [load]);
  const { run, start } = useWalkRun(view?.run ?? null, onDone, setError);

  const tick = async (itemId: string, ticked: boolean) => {
    const r = await call('tick', { itemId, ticked });
    if (r.ok) setView((v) => (v ? { ...v, checklist: r.data } : v));
    else setError(r.error.message);
  };

  if (error && !view) return <div style={pageStyle}><ErrorState title="The walk could not be read" message={error} onRetry={() => void load()} /></div>;
  if (!view) return <div style={pageStyle}><Loading label="Reading the latest walk…" /></div>;
  const { report, siteUrl } = view;
  const failed = run?.state === 'failed' ? run : null;
  return (
    <div style={pageStyle}>
      <Header view={view} run={run} onRefresh={() => void start()} />
      {failed ? (
        <SectionMessage appearance="warning" title={`The walk of ${failed.day} failed`}>
          <p data-testid="walk-failed">
            {failed.error ?? 'No reason was given.'} {report ? 'The page shows the last good walk.' : ''}
          </p>
        </SectionMessage>
      ) : null}
      {error ? <ErrorState title="Something went wrong" message={error} /> : null}
      {report ? (
        <Tabs id="focus-walk-tabs">
          <TabList>
            <Tab>Team</Tab>
            <Tab>Findings ({report.findings.length})</Tab>
            <Tab>Checklist</Tab>
            <Tab>Blockers</Tab>
            <Tab>Workload</Tab>
            <Tab>Trend</Tab>
            <Tab>Settings</Tab>
          </TabList>
          <TabPanel><div style={{ width: '100%' }}><TeamTab report={report} siteUrl={siteUrl} /></div></TabPanel>
          <TabPanel><div style={{ width: '100%' }}><FindingsTab report={report} siteUrl={siteUrl} /></div></TabPanel>
          <TabPanel><div style={{ width: '100%' }}><ChecklistTab items={view.checklist} onTick={(id, t) => void tick(id, t)} /></div></TabPanel>
          <TabPanel><div style={{ width: '100%' }}><BlockersTab report={report} siteUrl={siteUrl} /></div></TabPanel>
          <TabPanel><div style={{ width: '100%' }}><WorkloadChart report={report} /></div></TabPanel>
          <TabPanel><div style={{ width: '100%' }}><TrendChart history={view.history} /></div></TabPanel>
          <TabPanel><div style={{ width: '100%' }}><SettingsTab onSaved={() => void load()} /></div></TabPanel>
        </Tabs>
      ) : (
        <>
          <p data-testid="no-walk">No walk of this project is stored yet. Refresh walks it in the background; a large project takes a minute or two.</p>
          <SettingsTab onSaved={() => void load()} />
        </>
      )}
    </div>
  );
}
