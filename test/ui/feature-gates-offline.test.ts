import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import RealGates from '@atlaskit/feature-gate-js-client/feature-gates';
import OfflineGates from '../../static/shared/feature-gates-offline';

/**
 * The UI build puts static/shared/feature-gates-offline.ts in place of Atlaskit's gate client
 * (no Statsig in a Custom UI frame): it must answer as the real client does when nobody
 * initialised it, which is the case inside a Forge app's iframe.
 */
test('the offline gates answer as the uninitialised client: every gate off, every experiment its default', () => {
  for (const gate of ['platform-component-visual-refresh', 'navx-1234-fix', 'any-gate'])
    expect(OfflineGates.checkGate(gate)).toBe(RealGates.checkGate(gate));
  for (const fallback of ['control', 7, true, null])
    expect(OfflineGates.getExperimentValue('exp', 'cohort', fallback)).toEqual(
      RealGates.getExperimentValue('exp', 'cohort', fallback),
    );
  expect(OfflineGates.initializeCompleted()).toBe(RealGates.initializeCompleted());
  expect(OfflineGates.initializeCalled()).toBe(RealGates.initializeCalled());
});

test('every method the bundled Atlaskit packages call on the client is answered offline', () => {
  const called = new Set<string>();
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.js')) {
        const code = readFileSync(path, 'utf8');
        if (!code.includes('feature-gate-js-client/feature-gates')) continue;
        for (const m of code.matchAll(/FeatureGates\.(\w+)\(/g)) called.add(m[1] ?? '');
      }
    }
  };
  for (const pkg of ['platform-feature-flags', 'react-compiler-gating', 'react-ufo'])
    visit(join(dirname(require.resolve(`@atlaskit/${pkg}/package.json`)), 'dist', 'esm'));
  expect(called.size).toBeGreaterThan(0);
  expect([...called].filter((m) => !(m in OfflineGates))).toEqual([]);
});
