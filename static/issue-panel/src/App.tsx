import React, { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { Finding } from '../../../src/engine/finding';
import { call } from '../../shared/invoke';
import { useResolver } from '../../shared/use-resolver';
import { ErrorState, Loading, ProductLink, SeverityLozenge, StatusLozenge, pageStyle } from '../../shared/ui';

const TEMPLATES = {
  in: 'Plan: \nBlockers: none',
  out: 'Done: \nTomorrow: \nBlockers: none',
};

function FindingList({ findings, empty }: { findings: Finding[]; empty: string }) {
  if (findings.length === 0) return <p style={{ color: token('color.text.subtle') }}>{empty}</p>;
  return (
    <ul style={{ paddingLeft: token('space.200') }}>
      {findings.map((f) => (
        <li key={`${f.check}|${f.code}|${f.day ?? ''}`} style={{ marginBottom: token('space.050') }}>
          <SeverityLozenge severity={f.severity} /> {f.message}
          {typeof f.data.url === 'string' ? (
            <>
              {' '}
              <a href={f.data.url} target="_blank" rel="noreferrer">
                open
              </a>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** The issue context panel: this issue's findings, its assignee's day, and one-click Focus In / Out. */
export function App() {
  const { data: view, error, setError, reload: load } = useResolver('getIssueFindings', {});
  const [form, setForm] = useState<{ kind: 'in' | 'out'; text: string } | null>(null);
  const [posting, setPosting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const post = async () => {
    if (!form) return;
    setPosting(true);
    const r = await call('postFocusComment', { kind: form.kind, text: form.text });
    setPosting(false);
    if (!r.ok) return setError(r.error.message);
    // The panel shows today's stored walk; the comment counts from the walk's next refresh.
    setNotice(`Focus ${form.kind === 'in' ? 'In' : 'Out'} posted. It counts from the next walk (Refresh on the Focus Walk page).`);
    setForm(null);
  };

  if (error && !view) return <div style={pageStyle}><ErrorState title="Findings could not be read" message={error} onRetry={() => void load()} /></div>;
  if (!view) return <div style={pageStyle}><Loading label="Checking this issue…" /></div>;
  return (
    <div style={pageStyle}>
      <p data-testid="walked-at" style={{ marginTop: 0, color: token('color.text.subtle') }}>
        {view.walkedAt ? `From the walk of ${view.walkedAt.slice(0, 16).replace('T', ' ')} UTC` : 'No walk of this project yet: one has started in the background. Open this panel again in a minute.'}
      </p>
      <h4 style={{ marginTop: 0 }}>This issue ({view.findings.length})</h4>
      <FindingList findings={view.findings} empty="No findings on this issue." />
      {view.assignee ? (
        <>
          <h4>
            {view.assignee.displayName}'s day {view.day} <StatusLozenge status={view.assignee.status} />
          </h4>
          <FindingList findings={view.memberFindings} empty="Focus In, Focus Out, worklog and reading are all in order." />
        </>
      ) : (
        <p style={{ color: token('color.text.subtle') }}>Assigned to nobody on the team.</p>
      )}
      {notice ? <SectionMessage appearance="success"><p>{notice}</p></SectionMessage> : null}
      {error ? <ErrorState title="That did not work" message={error} /> : null}
      {form ? (
        <div style={{ marginTop: token('space.100') }}>
          <label htmlFor="focus-text">{form.kind === 'in' ? 'Focus In: what you will do' : 'Focus Out: what you did'}</label>
          <textarea
            id="focus-text"
            value={form.text}
            onChange={(e) => setForm({ ...form, text: e.target.value })}
            rows={4}
            style={{ width: '100%', background: token('color.background.input'), color: token('color.text'), border: `1px solid ${token('color.border.input')}`, borderRadius: token('radius.small') }}
          />
          <div style={{ display: 'flex', gap: token('space.100') }}>
            <Button appearance="primary" onClick={() => void post()} isDisabled={posting}>
              {posting ? 'Posting…' : 'Post comment'}
            </Button>
            <Button onClick={() => setForm(null)}>Cancel</Button>
          </div>
        </div>
      ) : (
        <div style={{ display: 'flex', gap: token('space.100'), marginTop: token('space.100'), flexWrap: 'wrap' }}>
          <Button onClick={() => setForm({ kind: 'in', text: TEMPLATES.in })}>Post Focus In</Button>
          <Button onClick={() => setForm({ kind: 'out', text: TEMPLATES.out })}>Post Focus Out</Button>
          <span style={{ alignSelf: 'center' }}>
            <ProductLink path={`/browse/${view.issueKey}`} testId="log-work">
              Log work (Time tracking)
            </ProductLink>
          </span>
        </div>
      )}
    </div>
  );
}
