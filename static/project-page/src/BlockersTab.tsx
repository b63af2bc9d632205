import React from 'react';
import { token } from '@atlaskit/tokens';
import type { Report } from '../../../src/app/contract';
import { Empty, SeverityLozenge, issueLink } from '../../shared/ui';
import { S } from './strings';

/** Blocked issues by escalation level (seed 002), with their age and what blocks them. */
export function BlockersTab({ report, siteUrl }: { report: Report; siteUrl: string | null }) {
  const blocked = report.findings.filter((f) => f.check === 'blocked');
  if (blocked.length === 0) return <Empty title={S.blockers.noneTitle}>{S.blockers.none}</Empty>;
  return (
    <div>
      {[3, 2, 1].map((level) => {
        const here = blocked.filter((f) => f.data.level === level);
        if (here.length === 0) return null;
        return (
          <section key={level} data-testid={`blockers-level-${level}`}>
            <h3>{S.blockers.levels[level]}</h3>
            <ul>
              {here.map((f) => (
                <li key={f.issueKey} style={{ marginBottom: token('space.050') }}>
                  <SeverityLozenge severity={f.severity} /> {issueLink(siteUrl, f.issueKey)}
                  {S.blockers.blockedFor(f.data.days)}
                  {Array.isArray(f.data.blockers) && f.data.blockers.length ? (
                    <>
                      {S.blockers.by}
                      {(f.data.blockers as string[]).map((k) => (
                        <span key={k}>{issueLink(siteUrl, k)} </span>
                      ))}
                    </>
                  ) : (
                    S.blockers.flagged
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
