import type { CheckId } from '../core/check-ids';
import type { WalkContext } from './context';
import type { Finding, Severity } from './finding';

/** Why a check (or some of its codes) could not run on this snapshot. */
export interface Skip {
  reason: string;
  /** Only these codes were not evaluated; absent: the whole check. */
  codes?: string[];
}

/** A check of checks.md: a pure function of the walk context. One file per check. */
export interface Check {
  readonly id: CheckId;
  /** The codes it may report, as the catalogue lists them (test/engine/catalogue.test.ts). */
  readonly codes: readonly string[];
  /** What part of the snapshot is missing for this check, or null when it can run. */
  skip?(ctx: WalkContext): Skip | null;
  run(ctx: WalkContext): Finding[];
}

/** What a finding is about: an issue, a person, a day, or a thing that is neither (`version:<id>`, `risk:<id>`). */
export interface Subject {
  issueKey?: string | null;
  accountId?: string | null;
  day?: string | null;
  subject?: string | null;
}

/** A finding about an issue and its assignee, as most findings about an issue are. */
export const issueSubject = (issue: { key: string; assigneeId: string | null }): Subject => ({
  issueKey: issue.key,
  accountId: issue.assigneeId,
});

/** Builds a finding with nulls for what it is not about. */
export function finding(
  check: CheckId,
  code: string,
  severity: Severity,
  subject: Subject,
  message: string,
  data: Record<string, unknown> = {},
): Finding {
  return {
    check,
    code,
    severity,
    issueKey: subject.issueKey ?? null,
    accountId: subject.accountId ?? null,
    day: subject.day ?? null,
    subject: subject.subject ?? null,
    message,
    data,
  };
}
