import type { Requester } from '../../fetch/requester';
import type { Standup, StandupMember } from '../../engine/standup';
import type { Settings } from '../../settings/schema';
import type { StandupView } from './standup-contract';
import { ownRowsFor } from './own-rows';
import { fitWithin } from '../records/fit-within';
import { withoutHidden } from './visibility';
import { visibleKeys, type Visible } from './visible-keys';

/** Under Forge's 240 KiB a value, with the room the walk's parts keep. */
export const STANDUP_BYTES = 200 * 1024;

/**
 * The stand-up board as stored: one value whatever the sprint. Notes are already cut at 1,000
 * characters; a board past the limit (thousands of issues: long active lists, many questions)
 * gets every list and note halved, from 50 items and 500 characters, until it fits, and says so.
 */
export function storedStandup(standup: Standup): Standup {
  return fitWithin(standup, STANDUP_BYTES, (step) => {
    const items = Math.floor(100 / 2 ** step);
    const chars = Math.floor(1000 / 2 ** step);
    if (items < 1) return null;
    return {
      ...standup,
      members: standup.members.map((m) => shrink(m, items, chars)),
      unowned: standup.unowned.slice(0, items),
      listsCutTo: items,
    };
  });
}

function shrink(m: StandupMember, items: number, chars: number): StandupMember {
  const note = (n: StandupMember['focusIn']) =>
    n && n.text.length > chars ? { ...n, text: n.text.slice(0, chars), cut: true } : n;
  return {
    ...m,
    focusIn: note(m.focusIn),
    focusOut: note(m.focusOut),
    active: m.active.slice(0, items),
    blockers: m.blockers.slice(0, items),
    questions: m.questions.slice(0, items).map((q) => ({ ...q, message: q.message.slice(0, chars) })),
  };
}

/**
 * The board for one viewer (made as the app, served as the user): the issues they may see now,
 * a note on a hidden issue left out, other issues' keys in texts masked; under
 * `privacy.membersSee: own` a member gets only their own row (the TPMs the team's).
 */
export async function standupView(
  api: Requester,
  project: string,
  viewer: string,
  settings: Settings,
  stored: Standup | undefined,
): Promise<StandupView> {
  if (!stored) return { standup: null, hidden: 0 };
  const [visible, own] = await Promise.all([visibleKeys(api, project), ownRowsFor(api, project, viewer, settings)]);
  const rows = own ? stored.members.filter((m) => m.accountId === viewer) : stored.members;
  let hidden = 0;
  const sees = (key: string | null): boolean => {
    if (key === null || visible.has(key)) return true;
    hidden++;
    return false;
  };
  const members = rows.map((m) => cutMember(m, visible, sees));
  const unowned = stored.unowned.filter((b) => sees(b.issueKey));
  return { standup: { ...stored, members, unowned }, hidden };
}

function cutMember(m: StandupMember, visible: Visible, sees: (key: string | null) => boolean): StandupMember {
  const note = (n: StandupMember['focusIn']) =>
    n && sees(n.issueKey) ? { ...n, text: withoutHidden(n.text, visible) } : null;
  return {
    ...m,
    focusIn: note(m.focusIn),
    focusOut: note(m.focusOut),
    active: m.active.filter(sees),
    blockers: m.blockers.filter((b) => sees(b.issueKey)),
    questions: m.questions
      .filter((q) => sees(q.issueKey))
      .map((q) => ({ ...q, message: withoutHidden(q.message, visible) })),
  };
}
