import React, { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import TextArea from '@atlaskit/textarea';
import { token } from '@atlaskit/tokens';
import type { Finding } from '../../../src/app/contract';
import { call } from '../../shared/invoke';
import { useResolver } from '../../shared/use-resolver';
import {
  ErrorState,
  ExternalLink,
  Loading,
  ProductLink,
  SeverityLozenge,
  StatusLozenge,
  pageStyle,
} from '../../shared/ui';
import { S } from './strings';

function FindingList({ findings, empty }: { findings: Finding[]; empty: string }) {
  if (findings.length === 0) return <p style={{ color: token('color.text.subtle') }}>{empty}</p>;
  return (
    <ul style={{ paddingLeft: token('space.200') }}>
      {findings.map((f) => (
        <li key={`${f.check}|${f.code}|${f.day ?? ''}`} style={{ marginBottom: token('space.050') }}>
          <SeverityLozenge severity={f.severity} /> {f.message}
          <ExternalLink url={f.data.url} />
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
    setNotice(S.posted(form.kind));
    setForm(null);
  };

  if (error && !view)
    return (
      <div style={pageStyle}>
        <ErrorState title={S.readFailed} message={error} onRetry={() => void load()} />
      </div>
    );
  if (!view)
    return (
      <div style={pageStyle}>
        <Loading label={S.checking} />
      </div>
    );
  return (
    <div style={pageStyle}>
      <p data-testid="walked-at" style={{ marginTop: 0, color: token('color.text.subtle') }}>
        {view.walkedAt ? S.walkedAt(view.walkedAt) : S.walking}
      </p>
      <h4 style={{ marginTop: 0 }}>{S.thisIssue(view.findings.length)}</h4>
      <FindingList findings={view.findings} empty={S.noFindings} />
      {view.assignee ? (
        <>
          <h4>
            {S.memberDay(view.assignee.displayName, view.day)} <StatusLozenge status={view.assignee.status} />
          </h4>
          <FindingList findings={view.memberFindings} empty={S.memberClear} />
        </>
      ) : (
        <p style={{ color: token('color.text.subtle') }}>{S.notOnTeam}</p>
      )}
      {notice ? (
        <SectionMessage appearance="success">
          <p>{notice}</p>
        </SectionMessage>
      ) : null}
      {error ? <ErrorState title={S.failed} message={error} /> : null}
      {form ? (
        <div style={{ marginTop: token('space.100') }}>
          <label htmlFor="focus-text">{S.formLabel[form.kind]}</label>
          <TextArea
            id="focus-text"
            value={form.text}
            onChange={(e) => setForm({ ...form, text: e.currentTarget.value })}
            minimumRows={4}
            resize="vertical"
          />
          <div style={{ display: 'flex', gap: token('space.100') }}>
            <Button appearance="primary" onClick={() => void post()} isDisabled={posting}>
              {posting ? S.posting : S.post}
            </Button>
            <Button onClick={() => setForm(null)}>{S.cancel}</Button>
          </div>
        </div>
      ) : (
        <div style={{ display: 'flex', gap: token('space.100'), marginTop: token('space.100'), flexWrap: 'wrap' }}>
          <Button onClick={() => setForm({ kind: 'in', text: S.templates.in })}>{S.postIn}</Button>
          <Button onClick={() => setForm({ kind: 'out', text: S.templates.out })}>{S.postOut}</Button>
          <span style={{ alignSelf: 'center' }}>
            <ProductLink path={`/browse/${view.issueKey}`} testId="log-work">
              {S.logWork}
            </ProductLink>
          </span>
        </div>
      )}
    </div>
  );
}
