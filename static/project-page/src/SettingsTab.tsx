import React, { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { SettingsView } from '../../../src/app/contract';
import { call } from '../../shared/invoke';
import { ErrorState, Loading } from '../../shared/ui';
import { CodeHostSection } from './CodeHostSection';
import { ChecklistEditor } from './ChecklistEditor';
import { SettingField } from './SettingField';
import { CHECK_LABELS, SECTIONS, setPath } from './settings-fields';
import { S } from './strings';

type Doc = Record<string, unknown>;
type ChecklistItemInput = { id: string; title: string; cadence: 'daily' | 'weekly'; checks?: string[] };

export function SettingsTab({ onSaved }: { onSaved: () => void }) {
  const [view, setView] = useState<SettingsView | null>(null);
  const [doc, setDoc] = useState<Doc>({});
  const [error, setError] = useState<{
    message: string;
    field?: string;
    problems?: Array<{ field: string; message: string }>;
  } | null>(null);
  const [saved, setSaved] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    void call('getSettings', {}).then((r) => {
      if (!r.ok) return setLoadError(r.error.message);
      setView(r.data);
      setDoc(r.data.settings);
    });
  }, []);

  if (loadError) return <ErrorState title={S.settings.readFailed} message={loadError} />;
  if (!view) return <Loading label={S.settings.reading} />;
  // A preset's lists show as soon as it is picked, before any save.
  const profile = typeof doc.profile === 'string' ? doc.profile : 'focus-walk';
  const preset = view.presets[profile] ?? {};
  const effective: Doc = { ...(view.effective as unknown as Doc), ...preset };
  const disabled = !view.canEdit;
  // Every problem the server found, each under its field and all of them listed by Save.
  const problems =
    error?.problems ??
    (error?.field ? [{ field: error.field, message: error.message.replace(/^settings: [^:]+: /, '') }] : []);
  const under = (path: string, field: string) =>
    field === path || field.startsWith(`${path}.`) || field.startsWith(`${path}[`);
  const fieldError = (path: string) =>
    problems
      .filter((p) => under(path, p.field))
      .map((p) => (p.field === path ? p.message : `${p.field.slice(path.length).replace(/^\./, '')}: ${p.message}`))
      .join('; ') || null;
  const home = (field: string) => SECTIONS.flatMap((s) => s.fields).find((f) => under(f.path, field));
  const labelOf = (field: string) => {
    const spec = home(field);
    const text = spec ? (S.settings.fields as Record<string, readonly string[] | undefined>)[spec.path] : undefined;
    return text?.[0] ?? field;
  };
  const update = (path: string, value: unknown) => {
    setSaved(false);
    setDoc((d) => setPath(d, path, value));
  };

  const save = async () => {
    const r = await call('saveSettings', { settings: doc, revision: view.revision });
    if (!r.ok) {
      setSaved(false);
      return setError({
        message: r.error.message,
        ...(r.error.field ? { field: r.error.field } : {}),
        ...(r.error.problems ? { problems: r.error.problems } : {}),
      });
    }
    setError(null);
    setView(r.data);
    setSaved(true);
    onSaved();
  };

  const checks = (doc.checks as Record<string, boolean> | undefined) ?? {};
  return (
    <div style={{ maxWidth: 820 }}>
      {disabled ? (
        <SectionMessage appearance="information" title={S.settings.readOnlyTitle}>
          <p>{S.settings.readOnly}</p>
        </SectionMessage>
      ) : null}
      <p style={{ color: token('color.text.subtle') }}>{S.settings.intro}</p>
      <div style={{ display: 'flex', gap: token('space.100'), alignItems: 'center', marginBottom: token('space.200') }}>
        <span>{S.settings.preset}</span>
        {(['focus-walk', 'octoacme'] as const).map((p) => (
          <Button
            key={p}
            isDisabled={disabled}
            appearance={(doc.profile ?? 'focus-walk') === p ? 'primary' : 'default'}
            onClick={() => update('profile', p === 'focus-walk' ? undefined : p)}
          >
            {S.settings.presets[p]}
          </Button>
        ))}
      </div>
      {SECTIONS.map((section) => (
        <fieldset
          key={section.title}
          style={{
            border: `1px solid ${token('color.border')}`,
            borderRadius: token('radius.small'),
            marginBottom: token('space.200'),
          }}
        >
          <legend>{section.title}</legend>
          {section.fields.map((spec) => (
            <SettingField
              key={spec.path}
              spec={spec}
              doc={doc}
              effective={effective}
              error={fieldError(spec.path)}
              disabled={disabled}
              onChange={(v) => update(spec.path, v)}
            />
          ))}
        </fieldset>
      ))}
      <fieldset
        style={{
          border: `1px solid ${token('color.border')}`,
          borderRadius: token('radius.small'),
          marginBottom: token('space.200'),
        }}
      >
        <legend>{S.settings.checks}</legend>
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)' }}>
          {CHECK_LABELS.map(([id, label]) => (
            <Checkbox
              key={id}
              label={label}
              isDisabled={disabled}
              isChecked={checks[id] !== false}
              onChange={(e) => update(`checks.${id}`, e.target.checked ? undefined : false)}
            />
          ))}
        </div>
      </fieldset>
      <ChecklistEditor
        items={(doc.checklist as ChecklistItemInput[] | undefined) ?? (effective.checklist as ChecklistItemInput[])}
        disabled={disabled}
        onChange={(items) => update('checklist', items)}
      />
      {error ? (
        <div role="alert" data-testid="settings-summary" style={{ color: token('color.text.danger') }}>
          <p style={{ margin: 0 }}>{S.settings.problems(problems.length || 1)}</p>
          <ul>
            {problems.length ? (
              problems.map((p) => (
                <li key={p.field}>
                  {home(p.field) ? (
                    <a href={`#setting-${home(p.field)?.path ?? ''}`}>{labelOf(p.field)}</a>
                  ) : (
                    <strong>{p.field}</strong>
                  )}
                  : {p.message}
                </li>
              ))
            ) : (
              <li>{error.message}</li>
            )}
          </ul>
        </div>
      ) : null}
      {saved ? <p style={{ color: token('color.text.success') }}>{S.settings.saved}</p> : null}
      <Button appearance="primary" isDisabled={disabled} onClick={() => void save()}>
        {S.settings.save}
      </Button>
      <CodeHostSection />
    </div>
  );
}
