import React from 'react';
import { token } from '@atlaskit/tokens';
import type { Report } from '../../../src/engine/report';
import { Empty, SeverityLozenge, issueLink } from '../../shared/ui';

const LEVELS: Record<number, string> = {
  3: 'Level 3: sponsor escalation',
  2: 'Level 2: cross-team / PM escalation',
  1: 'Level 1: team triage at stand-up',
};

/** Blocked issues by escalation level (seed 002), with their age and what blocks them. */
export function BlockersTab({ report, siteUrl }: { report: Report; siteUrl: string | null }) {
  const blocked = report.findings.filter((f) => f.check === 'blocked');
  if (blocked.length === 0) return <Empty title="No blocked issues">Nothing in the sprint is blocked or flagged.</Empty>;
  return (
    <div>
      {[3, 2, 1].map((level) => {
        const here = blocked.filter((f) => f.data.level === level);
        if (here.length === 0) return null;
        return (
          <section key={level} data-testid={`blockers-level-${level}`}>
            <h3>{LEVELS[level]}</h3>
            <ul>
              {here.map((f) => (
                <li key={f.issueKey} style={{ marginBottom: token('space.050') }}>
                  <SeverityLozenge severity={f.severity} /> {issueLink(siteUrl, f.issueKey)} blocked for {String(f.data.days)} working day(s)
                  {Array.isArray(f.data.blockers) && f.data.blockers.length ? <> by {(f.data.blockers as string[]).map((k) => <span key={k}>{issueLink(siteUrl, k)} </span>)}</> : ' (flagged)'}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
