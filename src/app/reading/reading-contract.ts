/** The reading tracker's views (the Confluence macro's resolvers, through contract.ts). */
export interface ReadingItem {
  id: string;
  kind: 'page' | 'blogpost';
  title: string;
  spaceKey: string;
  author: string;
  updatedAt: string;
  url: string;
  read: boolean;
}

export interface ReadingView {
  items: ReadingItem[];
  /** Updates since this instant: the reader's previous visit, or `daysBack` days. */
  since: string;
  spaces: string[];
  today: { date: string; minutes: number; target: number };
  /** Working days in a row, up to yesterday, on which the reader reached the target. */
  streak: number;
}

export interface TeamReadingView {
  days: string[];
  target: number;
  /** Whether `people` is everyone (a TPM's view) or the viewer's own row (a member's). */
  everyone: boolean;
  /** The team's totals per day: who read, their minutes, how many reached the target. */
  team: { readers: number; minutes: number[]; onTarget: number[] };
  people: Array<{
    accountId: string;
    displayName: string;
    minutes: number[];
    yesterdayOnTarget: boolean;
    daysOnTargetThisWeek: number;
  }>;
}
