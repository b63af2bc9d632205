export { walk, walkParsed } from './engine/walk';
export type { Report, MemberSummary, SkippedCheck } from './engine/report';
export type { Finding, Severity } from './engine/finding';
export { CHECK_IDS, type CheckId } from './core/check-ids';
export { InputError } from './core/input-error';
export { parseSettings, type Settings, type SettingsInput } from './settings/schema';
export { parseSnapshot } from './snapshot/parse-snapshot';
export type { Snapshot, SnapshotInput } from './snapshot/schema';
