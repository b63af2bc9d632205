import React, { useState } from 'react';
import { view } from '@forge/bridge';
import Button from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import { Checkbox } from '@atlaskit/checkbox';
import { token } from '@atlaskit/tokens';
import type { GadgetConfig, GadgetPart } from '../../../src/app/contract';
import { S } from './strings';

const PARTS: GadgetPart[] = ['score', 'red', 'blockers', 'releases', 'next'];
const KEY = /^[A-Z][A-Z0-9_]{0,99}$/;

/** The gadget's edit view: the project and the parts to show, submitted to Jira (view.submit). */
export function GadgetEdit({ config }: { config: GadgetConfig }) {
  const [project, setProject] = useState(config.project ?? '');
  const [show, setShow] = useState<GadgetPart[]>(config.show?.length ? config.show : PARTS);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    const key = project.trim().toUpperCase();
    if (!KEY.test(key)) return setError(S.edit.badKey);
    setSaving(true);
    try {
      await view.submit({ project: key, show });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setSaving(false);
    }
  };
  return (
    <form
      data-testid="gadget-edit"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      style={{ display: 'grid', gap: token('space.100') }}
    >
      <label htmlFor="gadget-project">{S.edit.project}</label>
      <Textfield
        id="gadget-project"
        value={project}
        onChange={(e) => setProject((e.target as HTMLInputElement).value)}
        aria-describedby="gadget-project-hint"
      />
      <small id="gadget-project-hint">{S.edit.projectHint}</small>
      <fieldset style={{ border: 0, padding: 0 }}>
        <legend>{S.edit.show}</legend>
        {PARTS.map((p) => (
          <Checkbox
            key={p}
            label={S.parts[p]}
            isChecked={show.includes(p)}
            onChange={(e) =>
              setShow((s) =>
                e.target.checked ? PARTS.filter((x) => x === p || s.includes(x)) : s.filter((x) => x !== p),
              )
            }
          />
        ))}
      </fieldset>
      {error ? <p role="alert">{error}</p> : null}
      <div>
        <Button type="submit" appearance="primary" isDisabled={saving || show.length === 0}>
          {saving ? S.edit.saving : S.edit.save}
        </Button>
      </div>
    </form>
  );
}
