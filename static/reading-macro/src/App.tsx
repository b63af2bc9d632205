import React, { useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { ReadingView } from '../../../src/app/contract';
import { call } from '../../shared/invoke';
import { useResolver } from '../../shared/use-resolver';
import { TabbedView } from '../../shared/tabbed-view';
import { ErrorState, Loading, ProductLink, pageStyle } from '../../shared/ui';
import { S } from './strings';

function Progress({ minutes, target }: { minutes: number; target: number }) {
  const share = Math.min(1, minutes / Math.max(1, target));
  return (
    <div>
      <div data-testid="reading-progress" style={{ fontWeight: 600 }}>
        {S.progress(minutes, target)}
      </div>
      <div
        role="progressbar"
        aria-valuenow={minutes}
        aria-valuemax={target}
        style={{
          height: 8,
          background: token('color.background.neutral'),
          borderRadius: 4,
          overflow: 'hidden',
          width: 280,
        }}
      >
        <div
          style={{
            width: `${share * 100}%`,
            height: '100%',
            background: share >= 1 ? token('color.background.success.bold') : token('color.background.brand.bold'),
          }}
        />
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
      <div
        style={{
          display: 'flex',
          gap: token('space.300'),
          alignItems: 'center',
          flexWrap: 'wrap',
          marginBottom: token('space.150'),
        }}
      >
        <Progress minutes={view.today.minutes} target={view.today.target} />
        <span data-testid="reading-streak">
          {S.streak} <strong>{view.streak}</strong>
          {S.streakDays(view.streak)}
        </span>
      </div>
      <div style={{ display: 'flex', gap: token('space.100'), alignItems: 'center', flexWrap: 'wrap' }}>
        <span>{S.logReading}</span>
        {[5, 15, 30].map((m) => (
          <Button key={m} onClick={() => void log(m)}>
            {S.plus(m)}
          </Button>
        ))}
        <Textfield
          aria-label={S.minutes}
          type="number"
          min={1}
          max={600}
          width={80}
          value={custom}
          onChange={(e) => setCustom(e.currentTarget.value)}
        />
        <Button onClick={() => void log(Number(custom))} isDisabled={!custom}>
          {S.log}
        </Button>
        {timer ? (
          <Button appearance="primary" onClick={() => void stopTimer()}>
            {S.stopTimer}
          </Button>
        ) : null}
      </div>
      {error ? (
        <p role="alert" style={{ color: token('color.text.danger') }}>
          {error}
        </p>
      ) : null}
      <h4>{S.updatedIn(view.spaces, view.since, view.items.length)}</h4>
      {view.items.length === 0 ? <p style={{ color: token('color.text.subtle') }}>{S.nothingNew}</p> : null}
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {view.items.map((item) => (
          <li
            key={item.id}
            data-testid={`reading-item-${item.id}`}
            style={{
              display: 'flex',
              gap: token('space.100'),
              alignItems: 'center',
              padding: `${token('space.050')} 0`,
              borderBottom: `1px solid ${token('color.border')}`,
            }}
          >
            <Lozenge appearance={item.read ? 'success' : 'new'}>{item.read ? S.kind.read : S.kind[item.kind]}</Lozenge>
            <span style={{ flex: 1 }}>
              <ProductLink path={item.url}>{item.title}</ProductLink>
            </span>
            <span style={{ color: token('color.text.subtle'), fontSize: 12 }}>
              {item.spaceKey} · {item.author} · {item.updatedAt.slice(0, 10)}
            </span>
            <Button onClick={() => void mark(item.id, !item.read)}>{item.read ? S.unmark : S.markRead}</Button>
            <Button isDisabled={timer !== null} onClick={() => setTimer({ pageId: item.id, started: Date.now() })}>
              {S.startTimer}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Team() {
  const { data: team, error } = useResolver('getTeamReading', {});
  if (error) return <ErrorState title={S.team.readFailed} message={error} />;
  if (!team) return <Loading label={S.team.reading} />;
  if (team.team.readers === 0) return <p>{S.team.nobody}</p>;
  return (
    <>
      <p data-testid="team-totals" style={{ color: token('color.text.subtle') }}>
        {S.team.totals(team.team.readers, team.team.minutes.at(-1) ?? 0, team.team.onTarget.at(-2) ?? 0)}
        {team.everyone ? '' : ` ${S.team.ownOnly}`}
      </p>
      <table data-testid="team-reading" style={{ borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th style={{ textAlign: 'left' }}>{S.team.person}</th>
            {team.days.map((d) => (
              <th key={d} style={{ padding: `0 ${token('space.100')}` }}>
                {d.slice(5)}
              </th>
            ))}
            <th>{S.team.yesterday}</th>
            <th>{S.team.thisWeek}</th>
          </tr>
        </thead>
        <tbody>
          {team.people.map((p) => (
            <tr key={p.accountId}>
              <td>{p.displayName}</td>
              {p.minutes.map((m, i) => (
                <td
                  key={i}
                  title={S.team.minutes(m)}
                  style={{ padding: `0 ${token('space.100')}`, verticalAlign: 'bottom' }}
                >
                  <div
                    style={{
                      height: Math.min(40, (40 * m) / Math.max(1, team.target)),
                      width: 14,
                      background:
                        m >= team.target
                          ? token('color.background.success.bold')
                          : token('color.background.brand.bold'),
                    }}
                  />
                  <span style={{ fontSize: 11 }}>{m}</span>
                </td>
              ))}
              <td>
                {p.yesterdayOnTarget ? (
                  <Lozenge appearance="success">{S.team.onTarget}</Lozenge>
                ) : (
                  <Lozenge appearance="moved">{S.team.short}</Lozenge>
                )}
              </td>
              <td>{S.team.days(p.daysOnTargetThisWeek)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The Confluence macro "Reading tracker": the reader's hour, and the team's view for the TPM. */
export function App() {
  const { data: view, setData: setView, error } = useResolver('getReading', {});

  if (error && !view) {
    return (
      <div style={pageStyle}>
        <SectionMessage appearance="warning" title={S.listFailed}>
          <p data-testid="reading-error">{error}</p>
        </SectionMessage>
      </div>
    );
  }
  if (!view)
    return (
      <div style={pageStyle}>
        <Loading label={S.gathering} />
      </div>
    );
  return (
    <div style={pageStyle}>
      <TabbedView
        id="reading-tabs"
        tabs={[
          { label: S.tabs.mine, render: () => <Reader view={view} onChange={setView} /> },
          { label: S.tabs.team, render: () => <Team /> },
        ]}
      />
    </div>
  );
}
