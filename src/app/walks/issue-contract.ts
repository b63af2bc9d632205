import type { Finding } from '../../engine/finding';
import type { MemberSummary } from '../../engine/report';

/** What the issue panel shows (getIssueFindings): part of the UI's contract (../contract.ts). */
export interface IssueFindingsView {
  issueKey: string;
  findings: Finding[];
  assignee: MemberSummary | null;
  /** The assignee's own findings of the day (Focus In/Out, worklog, reading). */
  memberFindings: Finding[];
  day: string | null;
  /** The instant of the stored walk the panel shows (today's, or the latest); null before the project's first walk. */
  walkedAt: string | null;
  /** No walk was stored: one has been started in the background. */
  walking: boolean;
  /** Under `privacy.membersSee: own`, a colleague's day: theirs and the TPMs' to read, so not shown. */
  dayHidden: boolean;
}
