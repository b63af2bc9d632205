import React, { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { SettingsView } from '../../../src/app/contract';
import { call } from '../../shared/invoke';
import { ErrorState, Loading } from '../../shared/ui';
import { CodeHostSection } from './CodeHostSection';
import { ChecklistEditor } from './ChecklistEditor';
import { CHECK_LABELS, NUDGE_CODES, SECTIONS, fieldText, getPath, setPath, type FieldSpec } from './settings-fields';
import { S } from './strings';

type Doc = Record<string, unknown>;
type ChecklistItemInput = { id: string; title: string; cadence: 'daily' | 'weekly'; checks?: string[] };

const scalar = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
const show = (v: unknown): string => (Array.isArray(v) ? v.map(scalar).join(', ') : scalar(v));

/** One field: the value as saved (empty: the default, shown as a placeholder) and its inline error. */
function Field({
  spec,
  doc,
  effective,
  error,
  disabled,
  onChange,
}: {
  spec: FieldSpec;
  doc: Doc;
  effective: Doc;
  error: string | null;
  disabled: boolean;
  onChange: (value: unknown) => void;
}) {
  const value = getPath(doc, spec.path);
  const fallback = getPath(effective, spec.path);
  const id = `setting-${spec.path}`;
  const { label, help } = fieldText(spec.path);
  let control: React.ReactNode;
  if (spec.kind === 'bool') {
    control = (
      <Checkbox
        id={id}
        label={label}
        isDisabled={disabled}
        isChecked={Boolean(value ?? fallback)}
        onChange={(e) => onChange(e.target.checked ? true : undefined)}
      />
    );
  } else if (spec.kind === 'nudges') {
    const codes = (Array.isArray(value) ? value : (fallback as string[])) as string[];
    control = (
      <div style={{ display: 'flex', gap: token('space.100'), flexWrap: 'wrap' }}>
        {(Object.entries(NUDGE_CODES) as Array<[keyof typeof NUDGE_CODES, string]>).map(([code, label]) => (
          <Checkbox
            key={code}
            label={label}
            isDisabled={disabled}
            isChecked={codes.includes(code)}
            onChange={(e) => onChange(e.target.checked ? [...codes, code] : codes.filter((c) => c !== code))}
          />
        ))}
      </div>
    );
  } else if (spec.kind === 'weekdays') {
    const days = (Array.isArray(value) ? value : (fallback as number[])) as number[];
    control = (
      <div style={{ display: 'flex', gap: token('space.100') }}>
        {S.settings.days.map((d, i) => (
          <Checkbox
            key={d}
            label={d}
            isDisabled={disabled}
            isChecked={days.includes(i + 1)}
            onChange={(e) => onChange(e.target.checked ? [...days, i + 1].sort() : days.filter((x) => x !== i + 1))}
          />
        ))}
      </div>
    );
  } else {
    const text = value === undefined ? '' : show(value);
    const parse = (raw: string): unknown => {
      if (raw.trim() === '') return undefined;
      if (spec.kind === 'list')
        return raw
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
      if (spec.kind === 'number') return Number(raw);
      if (spec.kind === 'pair')
        return raw
          .split(/[,/ ]+/)
          .filter(Boolean)
          .map(Number);
      return raw;
    };
    control = (
      <Textfield
        id={id}
        isInvalid={Boolean(error)}
        aria-invalid={error ? true : undefined}
        isDisabled={disabled}
        type={spec.kind === 'time' ? 'time' : 'text'}
        value={text}
        placeholder={show(fallback)}
        onChange={(e) => onChange(parse(e.currentTarget.value))}
      />
    );
  }
  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: '260px 1fr',
        gap: token('space.100'),
        alignItems: 'start',
        marginBottom: token('space.100'),
      }}
    >
      <label htmlFor={id}>
        {label}
        {help ? <div style={{ color: token('color.text.subtlest'), fontSize: 12 }}>{help}</div> : null}
        {spec.kind === 'time' && (value === undefined || value === '') && typeof fallback === 'string' ? (
          // A time input shows --:-- when empty: the default is said in words.
          <div style={{ color: token('color.text.subtlest'), fontSize: 12 }}>{S.settings.defaultTime(fallback)}</div>
        ) : null}
      </label>
      <div>
        {control}
        {error ? (
          <div
            role="alert"
            data-testid="settings-error"
            style={{ color: token('color.text.danger'), fontSize: 12, marginTop: 2 }}
          >
            {error}
          </div>
        ) : null}
      </div>
    </div>
  );
}

/** Settings (settings.md) as a form: presets, fields with their defaults, inline errors from the server's check. */
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
            <Field
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
