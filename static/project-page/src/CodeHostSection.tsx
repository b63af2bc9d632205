import React, { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { CodeHostView } from '../../../src/app/contract';
import { ChoiceSelect } from '../../shared/choice-select';
import { call } from '../../shared/invoke';
import { S } from './strings';

const APPEARANCE: Record<CodeHostView['status'], 'success' | 'removed' | 'moved' | 'default'> = {
  none: 'default',
  unread: 'default',
  ok: 'success',
  reconnect: 'removed',
  error: 'moved',
};

/** Linked code: a GitHub or Bitbucket connection (the token goes in, never comes back). */
export function CodeHostSection() {
  const [view, setView] = useState<CodeHostView | null>(null);
  const [provider, setProvider] = useState<'github' | 'bitbucket'>('github');
  const [repos, setRepos] = useState('');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void call('getCodeHost', {}).then((r) => {
      if (!r.ok) return setError(r.error.message);
      setView(r.data);
      if (r.data.provider) setProvider(r.data.provider);
      setRepos(r.data.repositories.join(', '));
    });
  }, []);
  if (!view) return error ? <p role="alert">{error}</p> : null;

  const save = async (disconnect = false) => {
    const repositories = repos.split(/[\s,]+/).filter(Boolean);
    const r = await call(
      'saveCodeHost',
      disconnect
        ? { provider: 'none', repositories: [] }
        : { provider, repositories, ...(secret ? { token: secret } : {}) },
    );
    if (!r.ok) return setError(`${r.error.field ? `${r.error.field}: ` : ''}${r.error.message}`);
    setError(null);
    setSecret('');
    setView(r.data);
  };
  const T = S.codeHost;
  return (
    <section data-testid="code-host" style={{ marginTop: token('space.300'), maxWidth: 760 }}>
      <h3>
        {T.title} <Lozenge appearance={APPEARANCE[view.status]}>{T.status[view.status]}</Lozenge>
      </h3>
      {view.status === 'reconnect' ? (
        <SectionMessage appearance="error" title={T.reconnectTitle}>
          <p>
            {view.message ?? T.refused} {T.reconnect}
          </p>
        </SectionMessage>
      ) : null}
      <p style={{ color: token('color.text.subtle') }}>{T.intro}</p>
      <div style={{ display: 'grid', gridTemplateColumns: '140px 1fr', gap: token('space.100'), alignItems: 'center' }}>
        <label htmlFor="ch-provider">{T.provider}</label>
        <ChoiceSelect
          inputId="ch-provider"
          value={provider}
          choices={T.providers}
          isDisabled={!view.canEdit}
          onChange={(v) => setProvider(v === 'bitbucket' ? 'bitbucket' : 'github')}
        />
        <label htmlFor="ch-repos">{T.repositories}</label>
        <Textfield
          id="ch-repos"
          value={repos}
          isDisabled={!view.canEdit}
          placeholder={T.repositoriesPlaceholder}
          onChange={(e) => setRepos(e.currentTarget.value)}
        />
        <label htmlFor="ch-token">{T.token}</label>
        <Textfield
          id="ch-token"
          type="password"
          autoComplete="off"
          value={secret}
          isDisabled={!view.canEdit}
          placeholder={view.provider ? T.tokenStored : T.tokenNew}
          onChange={(e) => setSecret(e.currentTarget.value)}
        />
      </div>
      {error ? (
        <p role="alert" style={{ color: token('color.text.danger') }}>
          {error}
        </p>
      ) : null}
      <div style={{ display: 'flex', gap: token('space.100'), marginTop: token('space.100') }}>
        <Button appearance="primary" isDisabled={!view.canEdit} onClick={() => void save()}>
          {view.provider ? T.save : T.connect}
        </Button>
        {view.provider ? (
          <Button isDisabled={!view.canEdit} onClick={() => void save(true)}>
            {T.disconnect}
          </Button>
        ) : null}
      </div>
    </section>
  );
}
