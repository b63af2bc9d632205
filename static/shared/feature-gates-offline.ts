/**
 * What Atlaskit's feature-gate client answers inside a Forge Custom UI frame, without its
 * Statsig SDK (about 30 KB gzip on every surface). Atlaskit asks the client for its gates
 * (`fg()`), but in an app's iframe nobody initialises it: the real client then answers every
 * gate false and every experiment with the caller's default, and so does this. The UI build
 * puts it in place of `@atlaskit/feature-gate-js-client/feature-gates` (scripts/build-ui.ts);
 * test/ui/feature-gates-offline.test.ts holds it to the real client's answers.
 */
interface GateClient {
  checkGate(name: string, options?: unknown): boolean;
  getExperimentValue<T>(experiment: string, parameter: string, defaultValue: T, options?: unknown): T;
  initializeCompleted(): boolean;
  initializeCalled(): boolean;
}

const FeatureGates: GateClient = {
  /** Every gate is off, whichever is asked. */
  checkGate: () => false,
  /** Every experiment answers the caller's default. */
  getExperimentValue: (experiment, parameter, defaultValue) => defaultValue,
  initializeCompleted: () => false,
  initializeCalled: () => false,
};

export default FeatureGates;
