import React from 'react';
import Button from '@atlaskit/button/new';
import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { token } from '@atlaskit/tokens';
import type { WalkView } from '../../../src/app/contract';
import { call } from '../../shared/invoke';
import { useResolver } from '../../shared/use-resolver';
import { ErrorState, Loading, pageStyle } from '../../shared/ui';
import { BlockersTab } from './BlockersTab';
import { ChecklistTab } from './ChecklistTab';
import { TrendChart, WorkloadChart } from './Charts';
import { FindingsTab } from './FindingsTab';
import { SettingsTab } from './SettingsTab';
import { TeamTab } from './TeamTab';

function Header({ view, onRefresh, refreshing }: { view: WalkView; onRefresh: () => void; refreshing: boolean }) {
  const { report } = view;
  const color = report.score >= 80 ? token('color.text.success') : report.score >= 50 ? token('color.text.warning') : token('color.text.danger');
  return (
    <header style={{ display: 'flex', alignItems: 'center', gap: token('space.300'), marginBottom: token('space.200'), flexWrap: 'wrap' }}>
      <div>
        <h2 style={{ margin: 0 }}>Focus Walk · {report.project.key}{report.project.name && report.project.name !== 'Focus Walk' ? ` ${report.project.name}` : ''}</h2>
        <div style={{ color: token('color.text.subtle') }}>
          {report.sprint ? report.sprint.name : 'No active sprint: unresolved issues'} · {view.day}
          {view.fromHistory ? ' (from history)' : ''} · refreshed {view.refreshedAt.slice(0, 16).replace('T', ' ')} UTC
        </div>
      </div>
      <div aria-label="score" data-testid="score" style={{ fontSize: 32, fontWeight: 700, color }}>
        {report.score}
        <span style={{ fontSize: 14, color: token('color.text.subtle') }}>/100</span>
      </div>
      <Button onClick={onRefresh} isDisabled={refreshing}>
        {refreshing ? 'Walking…' : 'Refresh'}
      </Button>
      {report.skipped.length ? (
        <span style={{ color: token('color.text.subtlest') }}>Skipped: {report.skipped.map((s) => s.check + (s.codes ? ` (${s.codes.join(', ')})` : '')).join(', ')}</span>
      ) : null}
    </header>
  );
}

/** The Jira project page: today's walk of the sprint. */
export function App() {
  const { data: view, setData: setView, error, setError, loading: refreshing, reload: load } = useResolver('getWalk', {});

  const tick = async (itemId: string, ticked: boolean) => {
    const r = await call('tick', { itemId, ticked });
    if (r.ok) setView((v) => (v ? { ...v, checklist: r.data } : v));
    else setError(r.error.message);
  };

  if (error && !view) return <div style={pageStyle}><ErrorState title="The walk could not be read" message={error} onRetry={() => void load()} /></div>;
  if (!view) return <div style={pageStyle}><Loading label="Walking the sprint…" /></div>;
  const { report, siteUrl } = view;
  return (
    <div style={pageStyle}>
      <Header view={view} onRefresh={() => void load()} refreshing={refreshing} />
      {error ? <ErrorState title="Something went wrong" message={error} /> : null}
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
    </div>
  );
}
