import React from 'react';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { GadgetView as View } from '../../../src/app/contract';
import { useResolver } from '../../shared/use-resolver';
import { Empty, ErrorState, Loading, ProductLink, issueLink } from '../../shared/ui';
import { S } from './strings';

/** The score's trend as a line, 0-100 (a sparkline: no chart library on a dashboard). */
function Sparkline({ points }: { points: Array<{ date: string; score: number }> }) {
  if (points.length < 2) return null;
  const w = 160;
  const h = 32;
  const xy = points.map(
    (p, i) => `${((i * w) / (points.length - 1)).toFixed(1)},${(h - (p.score * h) / 100).toFixed(1)}`,
  );
  return (
    <svg width={w} height={h} role="img" aria-label={S.trend(points.length)} data-testid="gadget-trend">
      <polyline points={xy.join(' ')} fill="none" stroke={token('color.chart.brand')} strokeWidth={2} />
    </svg>
  );
}

function Section({ title, testId, children }: { title: string; testId: string; children: React.ReactNode }) {
  return (
    <section data-testid={testId} style={{ marginTop: token('space.150') }}>
      <h4 style={{ margin: 0 }}>{title}</h4>
      {children}
    </section>
  );
}

/** The gadget: the picked project's latest walk, cut by the server to what the viewer may see. */
export function GadgetView({ pagePath }: { pagePath: (key: string) => string }) {
  const { data, error, reload } = useResolver('getGadget', {});
  if (error && !data) return <ErrorState title={S.readFailed} message={error} onRetry={() => void reload()} />;
  if (!data) return <Loading label={S.reading} />;
  const { project, walk, show } = data;
  if (!project) return <Empty title={S.pickProject} />;
  if (!walk) return <Empty title={S.noWalk(project.key)} />;
  const has = (p: View['show'][number]) => show.includes(p);
  return (
    <div data-testid="gadget">
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
        <ProductLink path={pagePath(project.key)} testId="gadget-open">
          {S.open}: {project.key}
        </ProductLink>
        <small style={{ color: token('color.text.subtle') }}>{S.walkedAt(walk.at)}</small>
      </div>
      {has('score') && (
        <Section title={S.score} testId="gadget-score">
          <div style={{ display: 'flex', gap: token('space.200'), alignItems: 'center' }}>
            <strong style={{ fontSize: 28 }} data-testid="gadget-score-value">
              {walk.score}
            </strong>
            <Sparkline points={walk.trend} />
          </div>
        </Section>
      )}
      {has('red') && (
        <Section title={S.red} testId="gadget-red">
          {walk.red.length === 0 ? <p>{S.noneRed}</p> : <p>{walk.red.map((m) => m.displayName).join(', ')}</p>}
        </Section>
      )}
      {has('blockers') && (
        <Section title={S.blockers} testId="gadget-blockers">
          {walk.blockers.length === 0 ? (
            <p>{S.noBlockers}</p>
          ) : (
            <ul style={{ margin: 0 }}>
              {walk.blockers.map((b) => (
                <li key={b.issueKey}>
                  {issueLink(null, b.issueKey)}{' '}
                  <Lozenge appearance={b.level === 3 ? 'removed' : 'moved'}>{S.blocker(b.level, b.days)}</Lozenge>
                </li>
              ))}
            </ul>
          )}
        </Section>
      )}
      {has('releases') && (
        <Section title={S.releases} testId="gadget-releases">
          {walk.releases.length === 0 ? (
            <p>{S.noReleases}</p>
          ) : (
            <ul style={{ margin: 0 }}>
              {walk.releases.map((r) => (
                <li key={r.name}>
                  <strong>{r.name}</strong> {S.release(r.releaseDate, r.daysLeft, r.readiness)}
                </li>
              ))}
            </ul>
          )}
        </Section>
      )}
      {has('next') && (
        <Section title={S.next} testId="gadget-next">
          <p>
            {walk.next ? S.nextReady(walk.next.sprint, walk.next.share, walk.next.ready, walk.next.checked) : S.noNext}
          </p>
        </Section>
      )}
    </div>
  );
}
