import type { Standup, StandupMember, StandupNote } from '../../engine/standup';

export type { Standup, StandupMember, StandupNote };

/** The stand-up board as one viewer gets it: the latest walk's, cut to what they may see. */
export interface StandupView {
  standup: Standup | null;
  /** Notes, blockers, questions or active issues left out because the viewer may not see their issue. */
  hidden: number;
}

export interface StandupResolvers {
  getStandup: { payload: Record<string, never>; response: StandupView };
}
