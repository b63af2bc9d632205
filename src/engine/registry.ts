import type { CheckId } from '../core/check-ids';
import type { Check } from './check';
import { blocked } from './checks/blocked';
import { dailyWorklog } from './checks/daily-worklog';
import { epicLink } from './checks/epic-link';
import { focusColumn } from './checks/focus-column';
import { focusIn } from './checks/focus-in';
import { focusOut } from './checks/focus-out';
import { labels } from './checks/labels';
import { openQuestion } from './checks/open-question';
import { reading } from './checks/reading';
import { release } from './checks/release';
import { reviewPr } from './checks/review-pr';
import { smartCommit } from './checks/smart-commit';
import { statusColumn } from './checks/status-column';
import { workload } from './checks/workload';
import { ci } from './checks/ci';
import { merge } from './checks/merge';
import { done } from './checks/done';
import { owner } from './checks/owner';
import { ready } from './checks/ready';
import { version } from './checks/version';
import { risk } from './checks/risk';

/** Every check, by id: the one place a check is registered (typed, so none can be missing). */
export const REGISTRY: Readonly<Record<CheckId, Check>> = {
  'focus-column': focusColumn,
  'status-column': statusColumn,
  'focus-in': focusIn,
  'focus-out': focusOut,
  'open-question': openQuestion,
  'epic-link': epicLink,
  'daily-worklog': dailyWorklog,
  labels,
  'smart-commit': smartCommit,
  'review-pr': reviewPr,
  blocked,
  workload,
  release,
  reading,
  ci,
  merge,
  done,
  owner,
  ready,
  version,
  risk,
};
