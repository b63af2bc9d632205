import { InputError } from '../../core/input-error';
import { parseInstant } from '../../core/time/instant';
import { walkParsed } from '../../engine/walk';
import { fetchSnapshot } from '../../fetch/fetch-snapshot';
import { parseSettings } from '../../settings/schema';
import { parseSnapshot } from '../../snapshot/parse-snapshot';
import { deliveryReport } from '../../reporting/delivery-report';
import { openRisksByScore, reportedRisk } from '../../reporting/reported-risks';
import { sprintReport } from '../../reporting/sprint-report';
import { statusReport } from '../../reporting/status-report';
import { reportDocument } from '../../reporting/report-document';
import { toHtml, toMarkdown } from '../../reporting/render-report';
import { checklistOf } from '../../app/checklist/checklist';
import { periodsAt } from '../../app/settings/periods';
import { withReporting } from './with-reporting';
import { reportTitle } from '../../app/reports/publish-report';
import { EXIT } from '../exit-codes';
import { readJsonFile } from '../read-json-file';
import { UsageError } from '../usage-error';
import type { Io } from './check';
import { siteFetch, type Progress, type SiteOptions } from './site-options';

export type ReportFormat = 'markdown' | 'html' | 'json';

export interface ReportOptions extends Partial<SiteOptions> {
  snapshot?: string;
  at?: string;
  settings?: string;
  format?: ReportFormat;
}

/**
 * `focus-walk report`: the weekly status report of a saved snapshot or a live site, as markdown
 * (the default), html or json. Offline there is no stored history: the score's trend is the
 * walk's own score, no escalations are listed, and the checklist is the walk's judgement.
 */
export async function runReport(o: ReportOptions, io: Io, env: NodeJS.ProcessEnv, progress: Progress): Promise<number> {
  const input = o.settings ? await readJsonFile(o.settings, 'settings') : {};
  const settings = parseSettings(input);
  const atText = o.at ?? io.now().toISOString();
  const at = parseInstant(atText);
  if (Number.isNaN(at)) throw new InputError('at', '', 'expected an ISO-8601 instant with a time-zone offset');
  let raw: unknown;
  if (o.snapshot) {
    if (o.site) throw new UsageError('give either --snapshot or --site, not both');
    raw = await readJsonFile(o.snapshot, 'snapshot');
  } else if (o.site && o.email && o.project) {
    const { api, options } = siteFetch(o as SiteOptions, env, progress);
    raw = await withReporting(
      api,
      await fetchSnapshot(api, { ...options, now: () => new Date(at), ready: settings.ready }),
      settings,
      new Date(at),
      progress,
    );
  } else throw new UsageError('give --snapshot FILE, or --site URL --email EMAIL --project KEY for a live site');

  const snapshot = parseSnapshot(raw);
  const walk = walkParsed(snapshot, settings, at);
  const periods = periodsAt(new Date(at), settings.timezone);
  const report = statusReport({
    week: periods.week,
    at: new Date(at).toISOString(),
    site: snapshot.site ?? null,
    project: { key: snapshot.project.key, name: snapshot.project.name ?? null },
    walk,
    progress: { ...sprintReport(snapshot, settings, at), ...deliveryReport(snapshot, settings, walk, at) },
    trend: [{ date: periods.day, score: walk.score }],
    escalations: [],
    checklist: checklistOf(settings, walk, periods, { day: [], week: [] }),
    includeChecklist: settings.statusReport.includeChecklist,
    // A saved snapshot's register: open risks by score (no history on the command line).
    ...(snapshot.risks
      ? {
          risks: openRisksByScore(snapshot.risks.map((r) => ({ ...r, owner: r.owner ?? null }))).map((r) =>
            reportedRisk(
              r,
              r.owner ? (snapshot.users?.find((u) => u.accountId === r.owner)?.displayName ?? r.owner) : null,
              null,
            ),
          ),
        }
      : {}),
  });
  const format = o.format ?? 'markdown';
  if (format === 'json') io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else if (format === 'html') io.stdout(toHtml(reportDocument(report), reportTitle(report)));
  else io.stdout(toMarkdown(reportDocument(report)));
  return EXIT.ok;
}
