import React, { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import TextArea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { Finding } from '../../../src/app/contract';
import { call } from '../../shared/invoke';
import { useResolver } from '../../shared/use-resolver';
import { ErrorState, ExternalLink, Loading, SeverityLozenge, StatusLozenge, pageStyle } from '../../shared/ui';
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

/** Now as a `datetime-local` value in the browser's zone (the user's). */
function localNow(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The issue context panel: this issue's findings, its assignee's day, and one-click Focus In / Out. */
export function App() {
  const { data: view, error, setError, reload: load } = useResolver('getIssueFindings', {});
  const [form, setForm] = useState<{ kind: 'in' | 'out'; text: string } | null>(null);
  const [posting, setPosting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [work, setWork] = useState<{ timeSpent: string; started: string; comment: string } | null>(null);
  const [workError, setWorkError] = useState<{ message: string; field?: string } | null>(null);

  // A new outcome replaces the previous one: an error never stacks under an earlier success.
  const failed = (message: string) => {
    setNotice(null);
    setError(message);
  };
  const succeeded = (message: string) => {
    setError(null);
    setNotice(message);
  };

  const post = async () => {
    if (!form) return;
    setPosting(true);
    const r = await call('postFocusComment', { kind: form.kind, text: form.text });
    setPosting(false);
    if (!r.ok) return failed(r.error.message);
    // The panel shows today's stored walk; the comment counts from the walk's next refresh.
    succeeded(S.posted(form.kind));
    setForm(null);
  };

  const log = async () => {
    if (!work) return;
    setPosting(true);
    const r = await call('logWork', {
      timeSpent: work.timeSpent,
      started: work.started,
      ...(work.comment.trim() ? { comment: work.comment } : {}),
    });
    setPosting(false);
    if (!r.ok) {
      setNotice(null);
      return setWorkError({ message: r.error.message, ...(r.error.field ? { field: r.error.field } : {}) });
    }
    setWorkError(null);
    succeeded(S.logged(r.data.dayMinutes, r.data.day));
    setWork(null);
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
        <p data-testid="assignee-day" style={{ color: token('color.text.subtle') }}>
          {view.dayHidden ? S.dayHidden : S.notOnTeam}
        </p>
      )}
      {notice ? (
        <SectionMessage appearance="success">
          <p>{notice}</p>
        </SectionMessage>
      ) : null}
      {error ? <ErrorState title={S.failed} message={error} /> : null}
      {work ? (
        <form
          style={{ marginTop: token('space.100') }}
          onSubmit={(e) => {
            e.preventDefault();
            void log();
          }}
        >
          <label htmlFor="work-spent">{S.work.spent}</label>
          <Textfield
            id="work-spent"
            value={work.timeSpent}
            placeholder="1h 30m"
            isInvalid={workError?.field === 'timeSpent'}
            onChange={(e) => setWork({ ...work, timeSpent: e.currentTarget.value })}
          />
          <label htmlFor="work-started">{S.work.started}</label>
          <Textfield
            id="work-started"
            type="datetime-local"
            value={work.started}
            isInvalid={workError?.field === 'started'}
            onChange={(e) => setWork({ ...work, started: e.currentTarget.value })}
          />
          <label htmlFor="work-comment">{S.work.comment}</label>
          <TextArea
            id="work-comment"
            value={work.comment}
            minimumRows={2}
            onChange={(e) => setWork({ ...work, comment: e.currentTarget.value })}
          />
          {workError ? (
            <p role="alert" style={{ color: token('color.text.danger') }}>
              {workError.message.replace(/^payload: [^:]+: /, '')}
            </p>
          ) : null}
          <div style={{ display: 'flex', gap: token('space.100'), marginTop: token('space.100') }}>
            <Button type="submit" appearance="primary" isDisabled={posting} testId="log-work-submit">
              {posting ? S.work.logging : S.work.log}
            </Button>
            <Button onClick={() => setWork(null)}>{S.cancel}</Button>
          </div>
        </form>
      ) : null}
      {form ? (
        <div style={{ marginTop: token('space.100') }}>
          <label htmlFor="focus-text">{S.formLabel[form.kind]}</label>
          <p style={{ color: token('color.text.subtle'), margin: 0 }}>{S.prefixHint(form.kind)}</p>
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
          <Button
            testId="log-work"
            onClick={() => setWork({ timeSpent: '', started: localNow(), comment: '' })}
            isDisabled={work !== null}
          >
            {S.logWork}
          </Button>
        </div>
      )}
    </div>
  );
}
