import React, { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import Lozenge from '@atlaskit/lozenge';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { ChecklistEntry } from '../../../src/app/contract';
import { call } from '../../shared/invoke';
import { S } from './strings';

type OnTick = (id: string, ticked: boolean, note?: string) => void;
const C = S.checklist;

/** What the walk says of the item, apart from any hand tick. */
function WalkSays({ item }: { item: ChecklistEntry }) {
  if (item.checks.length === 0) return null;
  const subtle = { color: token('color.text.subtlest'), fontSize: '0.85em' };
  return (
    <span data-testid={`walk-says-${item.id}`} style={subtle}>
      {item.auto ? <Lozenge appearance="success">{C.byTheWalk}</Lozenge> : null} {C.judgedBy(item.checks)}
      {item.failing.length ? ` · ${C.failing(item.failing)}` : ''}
      {item.unjudged.length ? ` · ${C.unjudged(item.unjudged)}` : ''}
    </span>
  );
}

function Item({ item, onTick, readOnly }: { item: ChecklistEntry; onTick: OnTick; readOnly: boolean }) {
  const [note, setNote] = useState<string | null>(null);
  return (
    <li data-testid={`checklist-${item.id}`} style={{ padding: `${token('space.050')} 0` }}>
      <div style={{ display: 'flex', gap: token('space.100'), alignItems: 'center', flexWrap: 'wrap' }}>
        <Checkbox
          isChecked={item.ticked}
          isDisabled={readOnly}
          onChange={(e) => onTick(item.id, e.target.checked)}
          label={item.title}
          name={item.id}
        />
        <WalkSays item={item} />
        {item.by ? (
          <span data-testid={`hand-${item.id}`} style={{ color: token('color.text.subtle'), fontSize: '0.85em' }}>
            <Lozenge>{C.hand}</Lozenge> {C.tickedBy(item.ticked, item.by.displayName, item.at)}
            {item.note ? `: “${item.note}”` : ''}
          </span>
        ) : null}
        {!readOnly && note === null ? (
          <Button appearance="subtle" spacing="compact" onClick={() => setNote(item.note ?? '')}>
            {C.note}
          </Button>
        ) : null}
      </div>
      {note !== null ? (
        <div style={{ display: 'flex', gap: token('space.100'), marginTop: token('space.050'), maxWidth: 560 }}>
          <Textfield
            aria-label={`${C.note}: ${item.title}`}
            value={note}
            placeholder={C.notePlaceholder}
            maxLength={500}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <Button
            onClick={() => {
              onTick(item.id, item.ticked, note);
              setNote(null);
            }}
          >
            {C.saveNote}
          </Button>
        </div>
      ) : null}
    </li>
  );
}

function Section({
  items,
  cadence,
  title,
  onTick,
  readOnly,
}: {
  items: ChecklistEntry[];
  cadence: 'daily' | 'weekly';
  title: string;
  onTick: OnTick;
  readOnly: boolean;
}) {
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
          <Item key={i.id} item={i} onTick={onTick} readOnly={readOnly} />
        ))}
      </ul>
    </section>
  );
}

const shift = (day: string, days: number): string => {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** The TPM checklist: today's and this week's items, and past days and weeks to browse. */
export function ChecklistTab({
  items,
  day,
  onTick,
  readOnly = false,
}: {
  items: ChecklistEntry[];
  day: string;
  onTick: OnTick;
  /** A member reads the TPM's checklist; only TPMs and administrators tick it. */
  readOnly?: boolean;
}) {
  const [past, setPast] = useState<{ day: string; items: ChecklistEntry[] | null; walked?: boolean } | null>(null);
  const browse = async (to: string) => {
    if (to >= day) return setPast(null);
    setPast({ day: to, items: null });
    const r = await call('getWalk', { day: to });
    setPast({ day: to, items: r.ok ? r.data.checklist : [], walked: r.ok && r.data.report !== null });
  };
  const shown = past ? (past.items ?? []) : items;
  const current = past?.day ?? day;
  return (
    <div>
      <div style={{ display: 'flex', gap: token('space.100'), alignItems: 'center', marginBottom: token('space.100') }}>
        <Button onClick={() => void browse(shift(current, -1))}>{C.previousDay}</Button>
        <Button isDisabled={!past} onClick={() => void browse(shift(current, 1))}>
          {C.nextDay}
        </Button>
        {past ? <Button onClick={() => setPast(null)}>{C.backToToday}</Button> : null}
        {past ? (
          <span data-testid="checklist-past">
            {past.items && !past.walked ? C.noPastWalk(past.day) : C.pastDay(past.day)}
          </span>
        ) : null}
      </div>
      <Section
        items={shown}
        cadence="daily"
        title={past ? past.day : C.today}
        onTick={onTick}
        readOnly={readOnly || past !== null}
      />
      <Section items={shown} cadence="weekly" title={C.thisWeek} onTick={onTick} readOnly={readOnly || past !== null} />
    </div>
  );
}
