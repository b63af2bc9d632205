/** What the dashboard gadget can show; its edit view picks some (all by default). */
export const GADGET_PARTS = ['score', 'red', 'blockers', 'releases', 'next'] as const;
export type GadgetPart = (typeof GADGET_PARTS)[number];

/** The gadget's settings, as its edit view submits them (Jira keeps them per gadget). */
export interface GadgetConfig {
  project?: string;
  show?: GadgetPart[];
}

/** The gadget as one viewer sees it: the project's latest stored walk, cut to what they may see. */
export interface GadgetView {
  /** The project picked in the gadget's settings; null: none picked yet. */
  project: { key: string; name: string | null } | null;
  show: GadgetPart[];
  /** The project's latest stored walk; null before its first walk. */
  walk: {
    at: string;
    score: number;
    /** The score of each walked day, oldest first (at most 14). */
    trend: Array<{ date: string; score: number }>;
    /** Members whose day is red (the viewer's own row only under `privacy.membersSee: own`). */
    red: Array<{ accountId: string; displayName: string }>;
    /** Blocked issues at escalation level 2 or 3 the viewer may see, highest level first. */
    blockers: Array<{ issueKey: string; level: number; days: number; message: string }>;
    /** Unreleased versions at risk or blocked. */
    releases: Array<{ name: string; releaseDate: string | null; daysLeft: number | null; readiness: string }>;
    /** The next sprint's readiness (null: the walk read none). */
    next: { sprint: string | null; share: number; checked: number; ready: number } | null;
  } | null;
  /**
   * The project in Jira (null when the site's address is not known): the gadget links to the
   * Focus Walk page itself when its frame knows the app's ids, else here.
   */
  pageUrl: string | null;
}

export interface GadgetResolvers {
  getGadget: { payload: Record<string, never>; response: GadgetView };
}
