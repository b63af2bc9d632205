/**
 * What the resolvers do, one folder per capability (floors in eslint.config.mjs APP_FLOORS: a
 * folder imports only from its own floor and below; `contract.ts` is the UI's one door).
 *
 * | folder     | owns                                                                 | writes                                  |
 * | ---------- | -------------------------------------------------------------------- | --------------------------------------- |
 * | settings/  | a project's settings document as the app reads it, its day and week  | (read only; saves: SettingsStore)        |
 * | records/   | the app's records: walk history, ticks, sprint reporting, settings    | KVS keys of src/stores/storage-keys.ts  |
 * | access/    | who is a TPM or administrator (requireAdmin, isTpm)                  | nothing                                 |
 * | checklist/ | the TPM checklist: walk judgement and hand ticks                     | tick records                            |
 * | codehost/  | the linked code host (GitHub, Bitbucket) and its token               | codehost record, codehost-token secret  |
 * | reading/   | the Reading tracker: reading list, marks, minutes, streak, team view | reading-entry, reading-day, visit/read  |
 * | worklogs/  | work logged from the issue panel                                     | Jira worklogs (as the user)             |
 * | reports/   | sprint reporting's reads, the status report, Publish to Confluence   | sprint figures/report, report pages     |
 * | walks/     | a walk: assemble, walk, record; background runs; the viewer's cut    | day summaries and parts, walk-run       |
 * | sending/   | nudges, the digest, escalations, the sent log (each sent once)       | sent-item; Jira notify and comments     |
 * | schedules/ | what the hourly and weekly triggers do on the queue                  | through sending/ and reports/           |
 */
export {};
