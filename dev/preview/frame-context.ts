import { DEMO_USERS } from '../demo/demo-snapshot';
import type { SiteData } from '../local-site/site-data';

/** The macro's configuration on the demo page, as a page author would set it. */
const MACRO_CONFIG = { spaces: 'ENG,TEAM', daysBack: '7', targetMinutes: '60', project: 'FW' };
const MODULES: Record<string, string> = {
  'issue-panel': 'focus-walk-issue-context',
  'reading-macro': 'focus-walk-reading-tracker',
  'dashboard-gadget': 'focus-walk-gadget',
  'project-page': 'focus-walk-project-page',
};

type DemoName = keyof typeof DEMO_USERS;

/** A gadget on the preview's dashboard: its settings as its edit view last submitted them, and which view is framed. */
export interface GadgetFrame {
  config: Record<string, unknown>;
  edit: boolean;
}

/** The Forge context a frame gets in the product, for the demo surface framed as `as`. */
export function contextFor(
  data: SiteData,
  surface: string,
  as: string,
  issue: string,
  siteUrl: string,
  gadget: GadgetFrame,
) {
  const project = { key: data.project.key, id: data.project.id, type: 'software' };
  const extension =
    surface === 'issue-panel'
      ? { type: 'jira:issueContext', project, issue: { key: issue, id: issue.replace(/\D/g, ''), type: 'story' } }
      : surface === 'reading-macro'
        ? {
            type: 'macro',
            config: MACRO_CONFIG,
            content: { id: '98200', type: 'page' },
            space: { key: 'TEAM', id: '98002' },
          }
        : surface === 'dashboard-gadget'
          ? {
              type: 'jira:dashboardGadget',
              gadgetConfiguration: gadget.config,
              ...(gadget.edit ? { entryPoint: 'edit' } : {}),
            }
          : { type: 'jira:projectPage', project };
  const user = DEMO_USERS[as as DemoName];
  return {
    accountId: user?.accountId,
    timezone: user?.timeZone ?? 'UTC',
    cloudId: 'preview',
    localId: `preview-${surface}`,
    moduleKey: MODULES[surface] ?? MODULES['project-page'],
    siteUrl,
    extension,
  };
}
