import { lazy } from 'react';

/**
 * The tabs a frame does not show first, each loaded when it is opened (issue 26: the first load
 * within 200 KB gzip). The Team tab, the header and the tab bar come with the page; the select
 * boxes, forms and charts come with the tab that needs them.
 */
export const FindingsTab = lazy(() => import('./FindingsTab').then((m) => ({ default: m.FindingsTab })));
export const ChecklistTab = lazy(() => import('./ChecklistTab').then((m) => ({ default: m.ChecklistTab })));
export const BlockersTab = lazy(() => import('./BlockersTab').then((m) => ({ default: m.BlockersTab })));
export const SprintTab = lazy(() => import('./SprintTab').then((m) => ({ default: m.SprintTab })));
export const ReleasesTab = lazy(() => import('./ReleasesTab').then((m) => ({ default: m.ReleasesTab })));
export const NextSprintTab = lazy(() => import('./NextSprintTab').then((m) => ({ default: m.NextSprintTab })));
export const RisksTab = lazy(() => import('./RisksTab').then((m) => ({ default: m.RisksTab })));
export const WorkloadChart = lazy(() => import('./Charts').then((m) => ({ default: m.WorkloadChart })));
export const TrendChart = lazy(() => import('./Charts').then((m) => ({ default: m.TrendChart })));
export const SentTab = lazy(() => import('./SentTab').then((m) => ({ default: m.SentTab })));
export const SettingsTab = lazy(() => import('./SettingsTab').then((m) => ({ default: m.SettingsTab })));
