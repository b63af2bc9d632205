import React from 'react';
import { Checkbox } from '@atlaskit/checkbox';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { ChecklistEntry } from '../../../src/app/contract';
import { S } from './strings';

function Item({ item, onTick }: { item: ChecklistEntry; onTick: (id: string, ticked: boolean) => void }) {
  return (
    <li
      data-testid={`checklist-${item.id}`}
      style={{ display: 'flex', gap: token('space.100'), alignItems: 'center', padding: `${token('space.050')} 0` }}
    >
      <Checkbox
        isChecked={item.ticked}
        onChange={(e) => onTick(item.id, e.target.checked)}
        label={item.title}
        name={item.id}
      />
      {item.auto && !item.by ? <Lozenge appearance="success">{S.checklist.byTheWalk}</Lozenge> : null}
      {item.by ? (
        <span style={{ color: token('color.text.subtlest'), fontSize: '0.85em' }}>
          {S.checklist.tickedBy(item.ticked, item.by.displayName, item.at)}
        </span>
      ) : null}
    </li>
  );
}

/** The TPM checklist: daily and weekly items, ticked by the walk or by hand. */
export function ChecklistTab({
  items,
  onTick,
}: {
  items: ChecklistEntry[];
  onTick: (id: string, ticked: boolean) => void;
}) {
  const section = (cadence: 'daily' | 'weekly', title: string) => {
    const list = items.filter((i) => i.cadence === cadence);
    const done = list.filter((i) => i.ticked).length;
    return (
      <section>
        <h3>
          {title} ({done}/{list.length}){' '}
          <span style={{ color: token('color.text.subtlest'), fontWeight: 'normal' }}>{list[0]?.period}</span>
        </h3>
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {list.map((i) => (
            <Item key={i.id} item={i} onTick={onTick} />
          ))}
        </ul>
      </section>
    );
  };
  return (
    <div>
      {section('daily', S.checklist.today)}
      {section('weekly', S.checklist.thisWeek)}
    </div>
  );
}
