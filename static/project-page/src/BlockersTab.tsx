import Lozenge from '@atlaskit/lozenge';
import React, { useState } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { Finding, Report, SentRecord, SentView } from '../../../src/app/contract';
import { Empty, SeverityLozenge, issueLink } from '../../shared/ui';
import { S } from './strings';

/** A token per confirmation: a double submit of one confirmation posts one comment. */
const confirmationToken = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * Escalate, after a confirmation: the comment mentions the level's people (Settings). When the
 * level was escalated before, the confirmation names that escalation and asks to repeat it.
 */
function Escalate({
  finding,
  previous,
  onEscalate,
}: {
  finding: Finding;
  previous: SentRecord | undefined;
  onEscalate: (issueKey: string, again?: string) => Promise<void>;
}) {
  const [asking, setAsking] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const key = finding.issueKey ?? '';
  if (!asking)
    return (
      <Button spacing="compact" onClick={() => setAsking(confirmationToken())} testId={`escalate-${key}`}>
        {S.escalate.action}
      </Button>
    );
  const question = previous
    ? S.escalate.again(previous.level ?? finding.data.level, previous.by?.displayName ?? S.escalate.theApp, previous.at)
    : S.escalate.confirm(key, finding.data.level);
  return (
    <span
      role="alertdialog"
      aria-label={question}
      style={{ display: 'inline-flex', gap: token('space.100'), alignItems: 'center' }}
    >
      <span>{question}</span>
      <Button
        appearance="warning"
        spacing="compact"
        isDisabled={busy}
        testId={`escalate-confirm-${key}`}
        onClick={() => {
          setBusy(true);
          void onEscalate(key, previous ? asking : undefined).finally(() => {
            setBusy(false);
            setAsking(null);
          });
        }}
      >
        {S.escalate.yes}
      </Button>
      <Button spacing="compact" onClick={() => setAsking(null)}>
        {S.escalate.cancel}
      </Button>
    </span>
  );
}

/** Blocked issues by escalation level (seed 002), their age, what blocks them, and their escalations. */
export function BlockersTab({
  report,
  siteUrl,
  sent,
  onEscalate,
}: {
  report: Report;
  siteUrl: string | null;
  sent: SentView | null;
  /** Absent for a member: Escalate is the TPMs'. */
  onEscalate?: (issueKey: string, again?: string) => Promise<void>;
}) {
  const blocked = report.findings.filter((f) => f.check === 'blocked');
  if (blocked.length === 0) return <Empty title={S.blockers.noneTitle}>{S.blockers.none}</Empty>;
  const names = new Map(report.members.map((m) => [m.accountId, m.displayName]));
  const escalations = (key: string | null) =>
    (sent?.items ?? []).filter((i) => i.kind === 'escalation' && i.issueKey === key);
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
                <li key={f.issueKey} style={{ marginBottom: token('space.100') }}>
                  <SeverityLozenge severity={f.severity} /> {issueLink(siteUrl, f.issueKey)}
                  {typeof f.data.summary === 'string' && f.data.summary ? ` ${f.data.summary}` : ''}
                  <span style={{ color: token('color.text.subtle') }} data-testid={`blocker-facts-${f.issueKey ?? ''}`}>
                    {S.blockers.facts(
                      f.accountId ? (names.get(f.accountId) ?? f.accountId) : S.blockers.unassigned,
                      typeof f.data.priority === 'string' ? f.data.priority : null,
                      S.blockers.why(f.data.why, f.data.priority),
                    )}
                  </span>
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
                  )}{' '}
                  {f.data.crossTeam === true ? (
                    <span data-testid={`blocker-cross-team-${f.issueKey ?? ''}`}>
                      <Lozenge appearance="new">{S.blockers.crossTeam(f.data.crossTeamProjects)}</Lozenge>{' '}
                    </span>
                  ) : null}
                  {onEscalate ? (
                    <Escalate
                      finding={f}
                      previous={escalations(f.issueKey).find((e) => e.level === f.data.level)}
                      onEscalate={onEscalate}
                    />
                  ) : null}
                  <ul
                    data-testid={`escalations-${f.issueKey ?? ''}`}
                    style={{ color: token('color.text.subtle'), fontSize: '0.9em' }}
                  >
                    {escalations(f.issueKey).map((e) => (
                      <li key={e.id}>
                        {S.escalate.history(
                          e.by?.displayName ?? S.escalate.theApp,
                          e.at,
                          e.to.map((p) => p.displayName).join(', '),
                          e.level,
                        )}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
