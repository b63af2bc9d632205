import React from 'react';
import { token } from '@atlaskit/tokens';
import type { StandupMember, StandupNote } from '../../../src/app/contract';
import { useResolver } from '../../shared/use-resolver';
import { Empty, ErrorState, Loading, issueLink } from '../../shared/ui';
import { naturalCompare } from '../../shared/check-names';
import { ActiveIssues } from './TeamTab';
import { S } from './strings';

/**
 * The stand-up board: per member, yesterday's Focus Out and today's Focus In as they wrote them,
 * the hours they logged, their active issues, blockers and open questions, from the stored walk
 * (nothing is read from Jira but which issues the viewer may see).
 */
export function StandupTab({ siteUrl }: { siteUrl: string | null }) {
  const { data, error, reload } = useResolver('getStandup', {});
  if (error && !data) return <ErrorState title={S.standup.failed} message={error} onRetry={() => void reload()} />;
  if (!data) return <Loading label={S.standup.loading} />;
  if (!data.standup) return <Empty title={S.standup.none} />;
  const members = [...data.standup.members].sort((a, b) => naturalCompare(a.displayName, b.displayName));
  return (
    <div data-testid="standup-board">
      <p style={{ color: token('color.text.subtle') }}>{S.standup.at(data.standup.at)}</p>
      {data.standup.listsCutTo ? <p>{S.standup.cutTo(data.standup.listsCutTo)}</p> : null}
      {data.hidden > 0 ? <p data-testid="standup-hidden">{S.standup.hidden(data.hidden)}</p> : null}
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(340px, 1fr))',
          gap: token('space.200'),
        }}
      >
        {members.map((m) => (
          <MemberCard key={m.accountId} m={m} siteUrl={siteUrl} />
        ))}
        {data.standup.unowned.length ? (
          <section aria-label={S.standup.unowned} data-testid="standup-unowned" style={CARD}>
            <h3 style={{ marginTop: 0 }}>{S.standup.unowned}</h3>
            <Blockers list={data.standup.unowned} siteUrl={siteUrl} />
          </section>
        ) : null}
      </div>
    </div>
  );
}

const CARD: React.CSSProperties = {
  border: `1px solid ${token('color.border')}`,
  borderRadius: 6,
  padding: token('space.150'),
  background: token('elevation.surface.raised'),
};

function Blockers({ list, siteUrl }: { list: StandupMember['blockers']; siteUrl: string | null }) {
  return (
    <ul>
      {list.map((b) => (
        <li key={b.issueKey}>
          {issueLink(siteUrl, b.issueKey)} {b.summary}: {S.standup.blocker(b.level, b.days)}
        </li>
      ))}
    </ul>
  );
}

function MemberCard({ m, siteUrl }: { m: StandupMember; siteUrl: string | null }) {
  return (
    <section aria-label={m.displayName} data-testid={`standup-${m.accountId}`} style={CARD}>
      <h3 style={{ marginTop: 0 }}>{m.displayName}</h3>
      <Note label={S.standup.focusOut(m.yesterday)} note={m.focusOut} zone={m.zone} siteUrl={siteUrl} testId="out" />
      <Note label={S.standup.focusIn(m.today)} note={m.focusIn} zone={m.zone} siteUrl={siteUrl} testId="in" />
      <p data-testid="standup-logged">{S.standup.logged(m.logged.yesterday, m.logged.today)}</p>
      <p>
        <strong>{S.standup.active}:</strong> <ActiveIssues keys={m.active} siteUrl={siteUrl} />
      </p>
      {m.blockers.length ? (
        <div>
          <strong>{S.standup.blockers}</strong>
          <Blockers list={m.blockers} siteUrl={siteUrl} />
        </div>
      ) : null}
      {m.questions.length ? (
        <div>
          <strong>{S.standup.questions}</strong>
          <ul>
            {m.questions.map((q, i) => (
              <li key={`${q.issueKey ?? ''}${i}`}>{q.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

function Note(props: {
  label: string;
  note: StandupNote | null;
  zone: string;
  siteUrl: string | null;
  testId: string;
}) {
  const { label, note, zone, siteUrl, testId } = props;
  return (
    <div data-testid={`standup-focus-${testId}`} style={{ marginBottom: token('space.100') }}>
      <strong>{label}</strong>{' '}
      {note ? (
        <>
          <span style={{ color: token('color.text.subtle') }}>
            {S.standup.on} {issueLink(siteUrl, note.issueKey)} {S.standup.note(note.time, zone)}
          </span>
          <pre style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', margin: `${token('space.050')} 0` }}>
            {note.text}
            {note.cut ? S.standup.cut : ''}
          </pre>
        </>
      ) : (
        <span style={{ color: token('color.text.warning') }}>{S.standup.notYet}</span>
      )}
    </div>
  );
}
