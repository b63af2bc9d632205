import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';

/**
 * Preview only: what Jira does for an app that called view.theme.enable(): it applies the
 * user's colour mode to the app's frame. The preview's bridge shim calls this.
 */
(window as unknown as { __previewTheme: (mode: 'light' | 'dark') => Promise<unknown> }).__previewTheme = (mode) =>
  setGlobalTheme({ colorMode: mode });
