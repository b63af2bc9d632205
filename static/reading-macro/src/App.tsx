import React, { useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { token } from '@atlaskit/tokens';
import type { ReadingView } from '../../../src/app/contract';
import { call } from '../../shared/invoke';
import { useResolver } from '../../shared/use-resolver';
import { ErrorState, Loading, ProductLink, pageStyle } from '../../shared/ui';

function Progress({ minutes, target }: { minutes: number; target: number }) {
  const share = Math.min(1, minutes / Math.max(1, target));
  return (
    <div>
      <div data-testid="reading-progress" style={{ fontWeight: 600 }}>
        {minutes}/{target} min today
      </div>
      <div role="progressbar" aria-valuenow={minutes} aria-valuemax={target} style={{ height: 8, background: token('color.background.neutral'), borderRadius: 4, overflow: 'hidden', width: 280 }}>
        <div style={{ width: `${share * 100}%`, height: '100%', background: share >= 1 ? token('color.background.success.bold') : token('color.background.brand.bold') }} />
      </div>
    </div>
  );
}

function Reader({ view, onChange }: { view: ReadingView; onChange: (v: ReadingView) => void }) {
  const [timer, setTimer] = useState<{ pageId: string; started: number } | null>(null);
  const [custom, setCustom] = useState('');
  const [error, setError] = useState<string | null>(null);

  const log = async (minutes: number, pageIds: string[] = []) => {
    const r = await call('logReading', { minutes, pageIds });
    if (!r.ok) return setError(r.error.message);
    setError(null);
    onChange({ ...view, today: r.data });
  };
  const mark = async (pageId: string, read: boolean) => {
    const r = await call('markRead', { pageId, read });
    if (!r.ok) return setError(r.error.message);
    onChange({ ...view, items: view.items.map((i) => (i.id === pageId ? { ...i, read } : i)) });
  };
  const stopTimer = async () => {
    if (!timer) return;
    const minutes = Math.max(1, Math.round((Date.now() - timer.started) / 60000));
    setTimer(null);
    await log(Math.min(600, minutes), [timer.pageId]);
  };

  return (
    <div>
      <div style={{ display: 'flex', gap: token('space.300'), alignItems: 'center', flexWrap: 'wrap', marginBottom: token('space.150') }}>
        <Progress minutes={view.today.minutes} target={view.today.target} />
        <span data-testid="reading-streak">
          Streak: <strong>{view.streak}</strong> working day{view.streak === 1 ? '' : 's'} on target
        </span>
      </div>
      <div style={{ display: 'flex', gap: token('space.100'), alignItems: 'center', flexWrap: 'wrap' }}>
        <span>Log reading:</span>
        {[5, 15, 30].map((m) => (
          <Button key={m} onClick={() => void log(m)}>
            +{m} min
          </Button>
        ))}
        <input aria-label="Minutes" type="number" min={1} max={600} value={custom} onChange={(e) => setCustom(e.target.value)} style={{ width: 70, background: token('color.background.input'), color: token('color.text'), border: `1px solid ${token('color.border.input')}`, borderRadius: token('radius.small') }} />
        <Button onClick={() => void log(Number(custom))} isDisabled={!custom}>
          Log
        </Button>
        {timer ? (
          <Button appearance="primary" onClick={() => void stopTimer()}>
            Stop timer and log
          </Button>
        ) : null}
      </div>
      {error ? <p role="alert" style={{ color: token('color.text.danger') }}>{error}</p> : null}
      <h4>
        Updated in {view.spaces.join(', ') || 'your spaces'} since {view.since.slice(0, 16).replace('T', ' ')} UTC ({view.items.length})
      </h4>
      {view.items.length === 0 ? <p style={{ color: token('color.text.subtle') }}>Nothing new since your last visit.</p> : null}
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {view.items.map((item) => (
          <li key={item.id} data-testid={`reading-item-${item.id}`} style={{ display: 'flex', gap: token('space.100'), alignItems: 'center', padding: `${token('space.050')} 0`, borderBottom: `1px solid ${token('color.border')}` }}>
            <Lozenge appearance={item.read ? 'success' : 'new'}>{item.read ? 'read' : item.kind === 'blogpost' ? 'blog' : 'page'}</Lozenge>
            <span style={{ flex: 1 }}>
              <ProductLink path={item.url}>{item.title}</ProductLink>
            </span>
            <span style={{ color: token('color.text.subtle'), fontSize: 12 }}>
              {item.spaceKey} · {item.author} · {item.updatedAt.slice(0, 10)}
            </span>
            <Button onClick={() => void mark(item.id, !item.read)}>{item.read ? 'Unmark' : 'Mark read'}</Button>
            <Button isDisabled={timer !== null} onClick={() => setTimer({ pageId: item.id, started: Date.now() })}>
              Start timer
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Team() {
  const { data: team, error } = useResolver('getTeamReading', {});
  if (error) return <ErrorState title="The team view could not be read" message={error} />;
  if (!team) return <Loading label="Reading the team's log" />;
  if (team.people.length === 0) return <p>Nobody has logged reading in the last 7 days.</p>;
  return (
    <table data-testid="team-reading" style={{ borderCollapse: 'collapse' }}>
      <thead>
        <tr>
          <th style={{ textAlign: 'left' }}>Person</th>
          {team.days.map((d) => (
            <th key={d} style={{ padding: `0 ${token('space.100')}` }}>{d.slice(5)}</th>
          ))}
          <th>Yesterday</th>
          <th>This week</th>
        </tr>
      </thead>
      <tbody>
        {team.people.map((p) => (
          <tr key={p.accountId}>
            <td>{p.displayName}</td>
            {p.minutes.map((m, i) => (
              <td key={i} title={`${m} min`} style={{ padding: `0 ${token('space.100')}`, verticalAlign: 'bottom' }}>
                <div style={{ height: Math.min(40, (40 * m) / Math.max(1, team.target)), width: 14, background: m >= team.target ? token('color.background.success.bold') : token('color.background.brand.bold') }} />
                <span style={{ fontSize: 11 }}>{m}</span>
              </td>
            ))}
            <td>{p.yesterdayOnTarget ? <Lozenge appearance="success">on target</Lozenge> : <Lozenge appearance="moved">short</Lozenge>}</td>
            <td>{p.daysOnTargetThisWeek} day(s)</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The Confluence macro "Reading tracker": the reader's hour, and the team's view for the TPM. */
export function App() {
  const { data: view, setData: setView, error } = useResolver('getReading', {});

  if (error && !view) {
    return (
      <div style={pageStyle}>
        <SectionMessage appearance="warning" title="The reading list could not be built">
          <p data-testid="reading-error">{error}</p>
        </SectionMessage>
      </div>
    );
  }
  if (!view) return <div style={pageStyle}><Loading label="Gathering today's reading" /></div>;
  return (
    <div style={pageStyle}>
      <Tabs id="reading-tabs">
        <TabList>
          <Tab>My reading</Tab>
          <Tab>Team</Tab>
        </TabList>
        <TabPanel><div style={{ width: '100%' }}><Reader view={view} onChange={setView} /></div></TabPanel>
        <TabPanel><div style={{ width: '100%' }}><Team /></div></TabPanel>
      </Tabs>
    </div>
  );
}
