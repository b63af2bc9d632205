import { plural } from './plural';

/** The strings of the SprintTab (the project page's S.sprint). */
export const SPRINT_STRINGS = {
  sprint: {
    loading: 'Reading the sprint…',
    goal: (goal: string): string => `Sprint goal: ${goal}`,
    lists: {
      completed: (n: number): string => `Completed issues (${n})`,
      notCompleted: (n: number): string => `Issues not completed (${n})`,
      removed: (n: number): string => `Removed from the sprint (${n})`,
      addedDuringSprint: (n: number): string => `Added during the sprint (${n})`,
      points: (n: number): string => `${n} ${n === 1 ? 'point' : 'points'}`,
      more: (n: number): string => `and ${n} more (not listed, or not visible to you)`,
      empty: 'None.',
    },
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
} as const;
