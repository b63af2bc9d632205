import { view } from '@forge/bridge';

/** Light and dark theme: Jira and Confluence apply the user's theme once the app opts in. */
export async function enableTheme(): Promise<void> {
  try {
    await view.theme.enable();
  } catch {
    // Outside a product (a test page), the default light tokens apply.
  }
}
