import React from 'react';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { ReleaseSummary } from '../../../src/app/contract';
import { useResolver } from '../../shared/use-resolver';
import { ErrorState, Loading, issueLink } from '../../shared/ui';
import { S } from './strings';

const LOZENGE = { ready: 'success', 'at-risk': 'moved', blocked: 'removed' } as const;
const card = {
  border: `1px solid ${token('color.border')}`,
  borderRadius: token('radius.small'),
  padding: token('space.200'),
} as const;

/** Releases: each unreleased version's date, days left, progress, readiness, findings, open pull requests and failing CI. */
export function ReleasesTab({ siteUrl }: { siteUrl: string | null }) {
  const { data, error, reload } = useResolver('getSprint', {});
  if (error && !data) return <ErrorState title={S.releases.none} message={error} onRetry={() => void reload()} />;
  if (!data) return <Loading label={S.releases.loading} />;
  const releases = data.report?.releases;
  if (releases === undefined) return <p>{S.releases.none}</p>;
  if (releases === null) return <p>{S.releases.notRead}</p>;
  if (releases.length === 0) return <p data-testid="releases-empty">{S.releases.empty}</p>;
  return (
    <div data-testid="releases-tab" style={{ display: 'grid', gap: token('space.200') }}>
      {releases.map((r) => (
        <Release key={r.id} release={r} siteUrl={siteUrl} />
      ))}
    </div>
  );
}

function Release({ release: r, siteUrl }: { release: ReleaseSummary; siteUrl: string | null }) {
  const total = r.counts.toDo + r.counts.inProgress + r.counts.done;
  const pct = (n: number) => (total === 0 ? 0 : (100 * n) / total);
  return (
    <section data-testid={`release-${r.name}`} aria-label={r.name} style={card}>
      <div style={{ display: 'flex', gap: token('space.150'), alignItems: 'center', flexWrap: 'wrap' }}>
        <h3 style={{ margin: 0 }}>{r.name}</h3>
        <span data-testid="release-readiness">
          <Lozenge appearance={LOZENGE[r.readiness]} isBold>
            {S.releases.readiness[r.readiness]}
          </Lozenge>
        </span>
        <span style={{ color: token('color.text.subtle') }}>{S.releases.date(r.releaseDate, r.daysLeft)}</span>
      </div>
      <div
        role="img"
        aria-label={S.releases.progress(r.counts.toDo, r.counts.inProgress, r.counts.done)}
        style={{ display: 'flex', height: 8, margin: `${token('space.100')} 0`, borderRadius: 4, overflow: 'hidden' }}
      >
        <div style={{ width: `${pct(r.counts.done)}%`, background: token('color.background.success.bold') }} />
        <div
          style={{ width: `${pct(r.counts.inProgress)}%`, background: token('color.background.information.bold') }}
        />
        <div style={{ flex: 1, background: token('color.background.neutral') }} />
      </div>
      <div style={{ color: token('color.text.subtle'), fontSize: 12 }}>
        {S.releases.progress(r.counts.toDo, r.counts.inProgress, r.counts.done)}
      </div>
      {r.findings.length > 0 && (
        <ul data-testid="release-findings">
          {r.findings.map((f) => (
            <li key={f.code}>{f.message}</li>
          ))}
        </ul>
      )}
      <h4>{S.releases.issues(r.issues.length, r.issueCount)}</h4>
      {r.issues.length === 0 ? (
        <p>{S.releases.noIssues}</p>
      ) : (
        <p>
          {r.issues.map((i) => (
            <span key={i.key} title={`${i.summary} · ${i.status}`} style={{ marginRight: token('space.100') }}>
              {issueLink(siteUrl, i.key)}
            </span>
          ))}
        </p>
      )}
      {r.openPullRequests.length > 0 && (
        <>
          <h4>{S.releases.openPrs}</h4>
          <ul>
            {r.openPullRequests.map((p) => (
              <li key={`${p.issueKey}-${p.id}`}>
                {issueLink(siteUrl, p.issueKey)}: <PullRequestLink id={p.id} url={p.url} />
              </li>
            ))}
          </ul>
        </>
      )}
      {r.failingCi.length > 0 && (
        <>
          <h4>{S.releases.failingCi}</h4>
          <ul data-testid="release-failing-ci">
            {r.failingCi.map((p) => (
              <li key={`${p.issueKey}-${p.id}`}>
                {issueLink(siteUrl, p.issueKey)}: <PullRequestLink id={p.id} url={p.url} />
                {S.releases.failed(p.failed)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function PullRequestLink({ id, url }: { id: string; url: string | null }) {
  return url ? (
    <a href={url} target="_blank" rel="noreferrer">
      {id}
    </a>
  ) : (
    <>{id}</>
  );
}
