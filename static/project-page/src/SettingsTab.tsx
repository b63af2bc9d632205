import React, { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { SettingsView } from '../../../src/app/contract';
import { call } from '../../shared/invoke';
import { ErrorState, Loading } from '../../shared/ui';
import { CodeHostSection } from './CodeHostSection';

const PRESETS: Record<string, object> = {
  'Focus Walk columns (Design … Deploy)': { profile: 'focus-walk' },
  'OctoAcme board (In Progress, In Review, QA)': { profile: 'octoacme' },
};

/** Settings (settings.md) as JSON with presets; errors name the field, as the server checks them. */
export function SettingsTab({ onSaved }: { onSaved: () => void }) {
  const [view, setView] = useState<SettingsView | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [saved, setSaved] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    void call('getSettings', {}).then((r) => {
      if (!r.ok) return setLoadError(r.error.message);
      setView(r.data);
      setText(JSON.stringify(r.data.settings, null, 2));
    });
  }, []);

  if (loadError) return <ErrorState title="Settings could not be read" message={loadError} />;
  if (!view) return <Loading label="Reading settings" />;

  const save = async () => {
    setSaved(false);
    let settings: unknown;
    try {
      settings = JSON.parse(text || '{}');
    } catch (e) {
      return setError({ message: `Not JSON: ${e instanceof Error ? e.message : String(e)}` });
    }
    const r = await call('saveSettings', { settings });
    if (!r.ok) return setError({ message: r.error.message, ...(r.error.field ? { field: r.error.field } : {}) });
    setError(null);
    setView(r.data);
    setSaved(true);
    onSaved();
  };

  return (
    <div style={{ maxWidth: 760 }}>
      {!view.canEdit ? (
        <SectionMessage appearance="information" title="Read only">
          <p>Only project administrators can change the Focus Walk settings.</p>
        </SectionMessage>
      ) : null}
      <p style={{ color: token('color.text.subtle') }}>Every key is optional; a missing key takes its default. Presets set the status columns:</p>
      <div style={{ display: 'flex', gap: token('space.100'), marginBottom: token('space.100') }}>
        {Object.entries(PRESETS).map(([name, preset]) => (
          <Button key={name} isDisabled={!view.canEdit} onClick={() => setText(JSON.stringify({ ...(JSON.parse(text || '{}') as object), ...preset }, null, 2))}>
            {name}
          </Button>
        ))}
      </div>
      <textarea
        aria-label="Settings JSON"
        aria-invalid={error ? true : undefined}
        readOnly={!view.canEdit}
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={14}
        style={{ width: '100%', fontFamily: token('font.family.code'), background: token('color.background.input'), color: token('color.text'), border: `2px solid ${error ? token('color.border.danger') : token('color.border.input')}`, borderRadius: token('radius.small') }}
      />
      {error ? (
        <p role="alert" data-testid="settings-error" style={{ color: token('color.text.danger') }}>
          {error.field ? <strong>{error.field}: </strong> : null}
          {error.message}
        </p>
      ) : null}
      {saved ? <p style={{ color: token('color.text.success') }}>Saved. The walk uses them from now on.</p> : null}
      <Button appearance="primary" isDisabled={!view.canEdit} onClick={() => void save()}>
        Save settings
      </Button>
      <CodeHostSection />
      <details style={{ marginTop: token('space.200') }}>
        <summary>Effective settings (with defaults)</summary>
        <pre style={{ fontSize: 12 }}>{JSON.stringify(view.effective, null, 2)}</pre>
      </details>
    </div>
  );
}
