import React from 'react';
import Button from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { ChoiceSelect } from '../../shared/choice-select';
import { S } from './strings';

export interface EditableItem {
  id: string;
  title: string;
  cadence: 'daily' | 'weekly';
  checks?: string[];
  noLevel3Blocker?: boolean;
}

const E = S.checklistEditor;

/** A new item's id: from its title, unique among the list's (settings require unique ids). */
function newId(items: readonly EditableItem[]): string {
  const taken = new Set(items.map((i) => i.id));
  let n = items.length + 1;
  while (taken.has(`own-${n}`)) n++;
  return `own-${n}`;
}

/** The checklist in Settings: add, remove, reorder, rename, choose the cadence. Saved with the settings. */
export function ChecklistEditor({
  items,
  disabled,
  onChange,
}: {
  items: EditableItem[];
  disabled: boolean;
  onChange: (items: EditableItem[]) => void;
}) {
  const set = (i: number, change: Partial<EditableItem>) =>
    onChange(items.map((it, j) => (j === i ? { ...it, ...change } : it)));
  const move = (i: number, by: number) => {
    const next = [...items];
    const [it] = next.splice(i, 1);
    if (it) next.splice(i + by, 0, it);
    onChange(next);
  };
  return (
    <fieldset
      data-testid="checklist-editor"
      style={{
        border: `1px solid ${token('color.border')}`,
        borderRadius: token('radius.small'),
        marginBottom: token('space.200'),
      }}
    >
      <legend>{E.title}</legend>
      <p style={{ color: token('color.text.subtle') }}>{E.intro}</p>
      <ol style={{ paddingLeft: token('space.300') }}>
        {items.map((item, i) => (
          <li key={item.id} style={{ marginBottom: token('space.050') }}>
            <div
              style={{
                display: 'grid',
                gridTemplateColumns: '1fr 140px auto',
                gap: token('space.100'),
                alignItems: 'center',
              }}
            >
              <Textfield
                aria-label={`${E.itemTitle} ${i + 1}`}
                value={item.title}
                isDisabled={disabled}
                maxLength={200}
                onChange={(e) => set(i, { title: e.currentTarget.value })}
              />
              <ChoiceSelect
                inputId={`cadence-${item.id}`}
                value={item.cadence}
                choices={E.cadences}
                isDisabled={disabled}
                width={130}
                onChange={(v) => set(i, { cadence: v === 'weekly' ? 'weekly' : 'daily' })}
              />
              <span style={{ display: 'inline-flex', gap: token('space.050') }}>
                <Button spacing="compact" isDisabled={disabled || i === 0} onClick={() => move(i, -1)}>
                  {E.up}
                </Button>
                <Button spacing="compact" isDisabled={disabled || i === items.length - 1} onClick={() => move(i, 1)}>
                  {E.down}
                </Button>
                <Button
                  spacing="compact"
                  isDisabled={disabled}
                  onClick={() => onChange(items.filter((_, j) => j !== i))}
                >
                  {E.remove}
                </Button>
              </span>
            </div>
            <div style={{ color: token('color.text.subtlest'), fontSize: 12 }}>{E.judged(item.checks ?? [])}</div>
          </li>
        ))}
      </ol>
      <Button
        isDisabled={disabled}
        onClick={() => onChange([...items, { id: newId(items), title: E.newItem, cadence: 'daily' }])}
      >
        {E.add}
      </Button>
    </fieldset>
  );
}
