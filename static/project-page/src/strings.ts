import type { CheckId, WalkRunView } from '../../../src/app/contract';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Every string the project page shows, in one place. */
export const S = {
  title: 'Focus Walk',
  ago: (minutes: number): string =>
    minutes < 1
      ? 'just now'
      : minutes < 60
        ? `${minutes} min ago`
        : minutes < 1440
          ? `${Math.floor(minutes / 60)} h ago`
          : `${Math.floor(minutes / 1440)} days ago`,
  header: {
    noSprint: 'No active sprint: unresolved issues',
    fromHistory: ' (from history)',
    walked: (at: string): string => `walked ${at.slice(0, 16).replace('T', ' ')} UTC`,
    noWalk: 'No walk yet',
    scoreLabel: 'score',
    scoreOutOf: '/100',
    refresh: 'Refresh',
    reused: (at: string): string =>
      `This walk finished at ${at.slice(11, 16)} UTC, a few minutes ago: it is the latest. Refresh walks again 5 minutes after a walk.`,
    walking: 'Walking…',
    skipped: 'Skipped:',
    progress: (run: WalkRunView): string =>
      (run.state === 'queued'
        ? 'Walk queued…'
        : run.total === null
          ? 'Finding the issues…'
          : `${run.read.toLocaleString('en')} of ${run.total.toLocaleString('en')} issues read`) +
      (run.attempt > 1 ? ` (attempt ${run.attempt})` : ''),
  },
  page: {
    readFailed: 'The walk could not be read',
    reading: 'Reading the latest walk…',
    failedTitle: (day: string): string => `The walk of ${day} failed`,
    noReason: 'No reason was given.',
    lastGood: 'The page shows the last good walk.',
    wentWrong: 'Something went wrong',
    noWalk:
      'No walk of this project is stored yet. Refresh walks it in the background; a large project takes a minute or two.',
  },
  tabs: {
    sprint: 'Sprint',
    sent: 'Sent',
    team: 'Team',
    findings: (n: number): string => `Findings (${n})`,
    checklist: 'Checklist',
    blockers: 'Blockers',
    workload: 'Workload',
    trend: 'Trend',
    settings: 'Settings',
  },
  sprint: {
    loading: 'Reading the sprint…',
    none: 'No sprint progress yet: it is computed with each walk (Refresh).',
    summary: (name: string, from: string, to: string): string => `${name}, ${from.slice(0, 10)} to ${to.slice(0, 10)}`,
    done: (done: number, scope: number, issues: number, all: number): string =>
      `${done} of ${scope} points done (${issues} of ${all} issues)`,
    committed: (points: number, issues: number): string => `committed ${points} points in ${plural(issues, 'issue')}`,
    forecast: (f: {
      finishDate: string | null;
      onTrack: boolean | null;
      pointsPerDay: number | null;
      basis: string;
    }): string =>
      f.finishDate === null
        ? 'Forecast: no pace yet.'
        : `Forecast: done by ${f.finishDate}${f.onTrack ? ', on track' : ', after the sprint ends'} (${f.pointsPerDay ?? 0} points a working day, ${f.basis === 'velocity' ? 'average velocity' : 'this sprint so far'}).`,
    unit: { points: 'Points', issues: 'Issues' },
    unitLabel: 'Burndown in',
    burndownLabel: (unit: string): string =>
      `Burndown of the sprint in ${unit.toLowerCase()}: remaining, scope and ideal`,
    legend: { remaining: 'Remaining', scope: 'Scope', ideal: 'Ideal', today: 'Today', change: 'Scope change' },
    figures: 'Burndown figures',
    columns: { day: 'Day', remaining: 'Remaining', scope: 'Scope', ideal: 'Ideal' },
    changes: 'Scope changes',
    noChanges: 'No scope changes since the sprint started.',
    changeColumns: { at: 'When', issue: 'Issue', kind: 'Change', points: 'Points' },
    kinds: { added: 'added', removed: 'removed', estimate: 'estimate', reopened: 'reopened' },
    velocity: 'Velocity',
    velocityLabel: 'Committed and completed points of the last closed sprints',
    noVelocity: 'No closed sprints yet.',
    velocityColumns: { sprint: 'Sprint', committed: 'Committed', completed: 'Completed' },
    average: (n: number | null): string => `Average velocity: ${n ?? '–'} points`,
    epics: 'Epics',
    epicColumns: { epic: 'Epic', done: 'Children done', points: 'Points done' },
    flow: 'Flow (no sprint)',
    flowLabel: 'Issues finished per week, and their median cycle time',
    flowColumns: { week: 'Week', throughput: 'Finished', cycle: 'Median cycle time (days)' },
    publish: 'Publish the status report',
    publishing: 'Publishing…',
    published: (title: string, version: number): string => `Published "${title}" (version ${version}).`,
    pages: 'Status reports in Confluence',
    noSpace: 'Set a Confluence space in Settings (status report) to publish the weekly report.',
    pageLine: (week: string, version: number, at: string, by: string): string =>
      `${week}: version ${version}, ${at.slice(0, 16).replace('T', ' ')} UTC by ${by}`,
    trigger: 'the weekly trigger',
  },
  team: {
    member: 'Member',
    status: 'Status',
    active: 'Active issue',
    readToday: 'Read today',
    skipped: 'skipped',
    ok: 'ok',
    minutes: (m: number): string => `${m} min`,
    none: '—',
    empty: 'No team members in this sprint yet: assign issues, or list the members in Settings.',
    worst: { error: 'error', warning: 'warning', info: 'info' } as const,
  },
  findings: {
    check: 'Check',
    severity: 'Severity',
    member: 'Member',
    all: 'All',
    severities: [
      { value: 'error', label: 'Error' },
      { value: 'warning', label: 'Warning' },
      { value: 'info', label: 'Info' },
    ],
    count: (shown: number, total: number): string => `${shown} of ${total} findings`,
    columns: { severity: 'Severity', check: 'Check', issue: 'Issue', who: 'Who', day: 'Day', message: 'Finding' },
    outsideTeam: 'Outside the team',
    unassigned: 'Unassigned',
    allClearTitle: 'Nothing to follow up today',
    allClear: 'Every check of the walk passed.',
    noMatch: 'No finding matches these filters.',
  },
  checklist: {
    today: 'Today',
    thisWeek: 'This week',
    byTheWalk: 'by the walk',
    judgedBy: (checks: readonly string[]): string => `judged by ${checks.join(', ')}`,
    failing: (checks: readonly string[]): string => `findings in ${checks.join(', ')}`,
    unjudged: (checks: readonly string[]): string => `not judged: ${checks.join(', ')} did not run`,
    hand: 'by hand',
    note: 'Note',
    notePlaceholder: 'why (kept with the tick)',
    saveNote: 'Save note',
    previousDay: '← Previous day',
    nextDay: 'Next day →',
    backToToday: 'Today',
    pastDay: (day: string): string => `The checklist of ${day} (read only)`,
    noPastWalk: (day: string): string => `No walk was recorded on ${day}.`,
    tickedBy: (ticked: boolean, name: string, at: string | undefined): string =>
      `${ticked ? 'ticked' : 'unticked'} by ${name} at ${at?.slice(11, 16) ?? ''} UTC`,
  },
  nudge: {
    action: 'Nudge',
    sending: 'Nudging…',
    result: (outcomes: ReadonlyArray<{ code: string; outcome: string; reason?: string }>): string =>
      outcomes
        .map((o) =>
          o.outcome === 'sent'
            ? `${o.code}: sent`
            : o.outcome === 'already'
              ? `${o.code}: already nudged today`
              : `${o.reason ?? o.code}`,
        )
        .join(' · '),
  },
  escalate: {
    action: 'Escalate',
    confirm: (key: string, level: unknown): string =>
      `Post a comment on ${key} that mentions the level-${String(level)} people named in Settings?`,
    yes: 'Post the escalation',
    cancel: 'Cancel',
    done: (key: string, names: string): string => `Escalated ${key}: ${names} mentioned.`,
    again: (level: unknown, who: string, at: string): string =>
      `Escalated at level ${String(level)} by ${who} on ${at.slice(0, 16).replace('T', ' ')} UTC; escalate again?`,
    already: (key: string, level: unknown, who: string, at: string): string =>
      `${key} was escalated at level ${String(level)} by ${who} on ${at.slice(0, 16).replace('T', ' ')} UTC: nothing was posted. Press Escalate again to repeat it.`,
    history: (who: string, at: string, to: string, level: unknown): string =>
      `level ${String(level)} by ${who} on ${at.slice(0, 16).replace('T', ' ')} UTC to ${to}`,
    theApp: 'the app',
  },
  sent: {
    empty: 'Nothing sent in the last 90 days: nudges, the digest and escalations are listed here.',
    columns: { at: 'When', kind: 'What', to: 'To', by: 'By', issue: 'Issue', what: 'Said' },
    kinds: { nudge: 'nudge', digest: 'digest', escalation: 'escalation' },
    trigger: 'the hourly trigger',
  },
  blockers: {
    levels: {
      3: 'Level 3: sponsor escalation',
      2: 'Level 2: cross-team / PM escalation',
      1: 'Level 1: team triage at stand-up',
    } as Record<number, string>,
    noneTitle: 'No blocked issues',
    none: 'Nothing in the sprint is blocked or flagged.',
    blockedFor: (days: unknown): string => ` blocked for ${plural(Number(days), 'working day')}`,
    by: ' by ',
    flagged: ' (flagged)',
    unassigned: 'unassigned',
    facts: (who: string, priority: string | null, why: string): string =>
      ` · ${who}${priority ? ` · ${priority}` : ''} · ${why}:`,
    why: (why: unknown, priority: unknown, days: unknown): string =>
      why === 'priority'
        ? `level 3 for its priority (${String(priority)})`
        : why === 'security'
          ? 'level 3 for its security label'
          : why === 'cross-team'
            ? 'blocked by another team'
            : why === 'days'
              ? `${plural(Number(days), 'working day')} blocked`
              : 'newly blocked',
  },
  charts: {
    noMembers: 'No members.',
    workloadLabel: 'Workload per member',
    load: (points: number, open: number): string => `${points} pts · ${open} open`,
    median: (median: number, above: string): string => `median ${median} · overloaded above ${above}`,
    noHistory: 'No history yet: the daily walk records a point every day.',
    trendLabel: 'Score per day',
  },
  settings: {
    readFailed: 'Settings could not be read',
    reading: 'Reading settings',
    readOnlyTitle: 'Read only',
    readOnly: 'Only project administrators can change the Focus Walk settings.',
    intro:
      "Empty fields take the default shown in grey. A preset sets the board's columns; your own fields win over it.",
    preset: 'Preset:',
    presets: { 'focus-walk': 'Focus Walk (Design … Deploy)', octoacme: 'OctoAcme (In Progress, In Review, QA)' },
    checks: 'Checks',
    saved: 'Saved. The walk uses them from now on.',
    save: 'Save settings',
    days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    sections: {
      outreach: 'Nudges, digest and escalations',
      report: 'Weekly status report (Confluence)',
      columns: 'Board columns',
      team: 'Team and calendar',
      focus: 'Focus In and Out, questions, worklogs',
      code: 'Code and reviews',
      rest: 'Blockers, workload, taxonomy, reading',
    },
    fields: {
      'statusReport.space': ['Confluence space key', 'one page per ISO week, created or updated; empty: not published'],
      'statusReport.parentPageId': ['Parent page id', "the digits in the page's address; empty: the space's home page"],
      focusStatuses: ['Focus columns', "where a member's current work must be (seed item 1)"],
      reviewStatuses: ['Review columns'],
      codeStatuses: ['Columns that need linked code'],
      deployStatuses: ['Columns that need a fix version'],
      members: ['Members (account ids)', "empty: the sprint's assignees"],
      timezone: ['Time zone', 'for users without one, and unassigned issues'],
      workingDays: ['Working days'],
      holidays: ['Holidays', 'YYYY-MM-DD, comma-separated'],
      focusInPattern: ['Focus In pattern'],
      focusOutPattern: ['Focus Out pattern'],
      focusInDueBy: ["Today's Focus In due by"],
      blockerPattern: ['Blocker pattern'],
      questionWindowDays: ['Open questions: days back'],
      worklogGraceDays: ['Worklog grace (working days)'],
      branchPattern: ['Branch pattern', '{KEY} stands for the issue key'],
      commitPattern: ['Commit pattern'],
      'pr.maxLines': ['Largest pull request (lines)'],
      'pr.minApprovals': ['Approvals needed'],
      'pr.maxReviewDays': ['Days in review before stale'],
      'blocked.escalateDays': ['Escalate to level 2 / 3 after (working days)'],
      'blocked.criticalPriorities': ['Priorities that escalate at once'],
      'workload.overloadFactor': ['Overloaded above median ×'],
      allowedIssueTypes: ['Allowed issue types'],
      'labels.allowed': ['Label taxonomy', 'empty: no label checks'],
      'reading.targetMinutes': ['Daily reading target (minutes)'],
      'history.retentionDays': ['Keep stored walks (days)', 'older days are deleted by the daily walk'],
      'nudges.checks': ['Nudge members about', "emails in each member's own time zone; none on holidays"],
      'nudges.morningAt': ['Nudge in the morning after', "the member's local time (Focus In: after its due time)"],
      'digest.recipients': ['TPMs who get the daily digest (account ids)', 'they may also Nudge and Escalate'],
      'digest.issueKey': ['Digest sent as a notification on', 'an issue key, such as FW-1'],
      'digest.at': ['Digest after (project time zone)'],
      'escalation.level2': ['Level 2: product lead, dependent teams (account ids)'],
      'escalation.level3': ['Level 3: sponsor (account ids)'],
      'escalation.auto': [
        'Escalate automatically',
        'the app comments once per issue and level, when a walk first sees it',
      ],
      'escalation.securityLabels': ['Labels that go to level 3 at once', 'security issues'],
    } as Record<string, [label: string, help?: string]>,
    checkLabels: {
      'focus-column': 'Focus column',
      'status-column': 'Status column',
      'focus-in': 'Focus In',
      'focus-out': 'Focus Out',
      'open-question': 'Open questions',
      'epic-link': 'Epic link',
      'daily-worklog': 'Daily worklog',
      labels: 'Labels and types',
      'smart-commit': 'Smart commits',
      'review-pr': 'Pull-request review',
      blocked: 'Blocked',
      workload: 'Workload',
      release: 'Release',
      reading: 'Reading hour',
    } satisfies Record<CheckId, string>,
  },
  checklistEditor: {
    title: 'Checklist',
    intro: 'Items judged by checks are ticked by the walk; add your own, reorder, choose their cadence.',
    itemTitle: 'Item',
    cadence: 'Cadence',
    cadences: [
      { value: 'daily', label: 'Daily' },
      { value: 'weekly', label: 'Weekly' },
    ],
    up: 'Move up',
    down: 'Move down',
    remove: 'Remove',
    add: 'Add an item',
    newItem: 'New item',
    judged: (checks: readonly string[]): string => (checks.length ? `by the walk: ${checks.join(', ')}` : 'by hand'),
  },
  codeHost: {
    title: 'Linked code',
    status: {
      none: 'not connected',
      unread: 'connected, not walked yet',
      ok: 'connected',
      reconnect: 'reconnect',
      error: 'error',
    },
    reconnectTitle: 'Reconnect the code host',
    refused: 'The token was refused.',
    reconnect: "Paste a new token below. Until then the walk uses Jira's Development counts.",
    intro:
      'Branches, commits and pull requests that name an issue key, for the smart-commit and review checks. GitHub: a fine-grained token with read access to contents and pull requests. Bitbucket: an API token with read access to repositories and pull requests.',
    provider: 'Code host',
    providers: [
      { value: 'github', label: 'GitHub' },
      { value: 'bitbucket', label: 'Bitbucket Cloud' },
    ],
    repositories: 'Repositories',
    repositoriesPlaceholder: 'owner/repository, …',
    token: 'Token',
    tokenStored: 'stored: type to replace',
    tokenNew: 'paste a token',
    save: 'Save connection',
    connect: 'Connect',
    disconnect: 'Disconnect',
  },
} as const;
