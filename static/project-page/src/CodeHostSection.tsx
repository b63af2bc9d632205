import React, { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { CodeHostView } from '../../../src/app/contract';
import { call } from '../../shared/invoke';

const input: React.CSSProperties = {
  background: token('color.background.input'),
  color: token('color.text'),
  border: `1px solid ${token('color.border.input')}`,
  borderRadius: token('radius.small'),
  padding: token('space.050'),
};

const STATUS: Record<CodeHostView['status'], [string, 'success' | 'removed' | 'moved' | 'default']> = {
  none: ['not connected', 'default'],
  unread: ['connected, not walked yet', 'default'],
  ok: ['connected', 'success'],
  reconnect: ['reconnect', 'removed'],
  error: ['error', 'moved'],
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
    const r = await call('saveCodeHost', disconnect ? { provider: 'none', repositories: [] } : { provider, repositories, ...(secret ? { token: secret } : {}) });
    if (!r.ok) return setError(`${r.error.field ? `${r.error.field}: ` : ''}${r.error.message}`);
    setError(null);
    setSecret('');
    setView(r.data);
  };
  const [label, appearance] = STATUS[view.status];
  return (
    <section data-testid="code-host" style={{ marginTop: token('space.300'), maxWidth: 760 }}>
      <h3>
        Linked code <Lozenge appearance={appearance}>{label}</Lozenge>
      </h3>
      {view.status === 'reconnect' ? (
        <SectionMessage appearance="error" title="Reconnect the code host">
          <p>{view.message ?? 'The token was refused.'} Paste a new token below. Until then the walk uses Jira's Development counts.</p>
        </SectionMessage>
      ) : null}
      <p style={{ color: token('color.text.subtle') }}>
        Branches, commits and pull requests that name an issue key, for the smart-commit and review checks. GitHub: a fine-grained token with read access to contents and pull requests. Bitbucket: an API token with read access to repositories and pull requests.
      </p>
      <div style={{ display: 'grid', gridTemplateColumns: '140px 1fr', gap: token('space.100'), alignItems: 'center' }}>
        <label htmlFor="ch-provider">Code host</label>
        <select id="ch-provider" value={provider} disabled={!view.canEdit} onChange={(e) => setProvider(e.target.value as 'github' | 'bitbucket')} style={input}>
          <option value="github">GitHub</option>
          <option value="bitbucket">Bitbucket Cloud</option>
        </select>
        <label htmlFor="ch-repos">Repositories</label>
        <input id="ch-repos" value={repos} disabled={!view.canEdit} placeholder="owner/repository, …" onChange={(e) => setRepos(e.target.value)} style={input} />
        <label htmlFor="ch-token">Token</label>
        <input id="ch-token" type="password" autoComplete="off" value={secret} disabled={!view.canEdit} placeholder={view.provider ? 'stored: type to replace' : 'paste a token'} onChange={(e) => setSecret(e.target.value)} style={input} />
      </div>
      {error ? <p role="alert" style={{ color: token('color.text.danger') }}>{error}</p> : null}
      <div style={{ display: 'flex', gap: token('space.100'), marginTop: token('space.100') }}>
        <Button appearance="primary" isDisabled={!view.canEdit} onClick={() => void save()}>
          {view.provider ? 'Save connection' : 'Connect'}
        </Button>
        {view.provider ? <Button isDisabled={!view.canEdit} onClick={() => void save(true)}>Disconnect</Button> : null}
      </div>
    </section>
  );
}
