import React from 'react';
import { Checkbox } from '@atlaskit/checkbox';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { PersonPicker } from '../../shared/person-picker';
import { NUDGE_CODES, fieldText, getPath, type FieldSpec } from './settings-fields';
import { S } from './strings';

type Doc = Record<string, unknown>;

const scalar = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
const show = (v: unknown): string => (Array.isArray(v) ? v.map(scalar).join(', ') : scalar(v));

/** One field: the value as saved (empty: the default, shown as a placeholder) and its inline error. */
export function SettingField({
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
  } else if (spec.kind === 'people') {
    const ids = (Array.isArray(value) ? value : Array.isArray(fallback) ? fallback : []) as string[];
    control = (
      <PersonPicker
        inputId={id}
        isMulti
        value={ids}
        isDisabled={disabled}
        isInvalid={Boolean(error)}
        width={420}
        onChange={(next) => onChange(next.length ? next : undefined)}
      />
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
