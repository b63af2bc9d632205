/**
 * Builds the Custom UI apps (static/<surface>/build: index.html, index.js, index.css) with
 * esbuild, and the preview's theme loader. Production builds contain no preview code.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

export const SURFACES = ['project-page', 'issue-panel', 'reading-macro', 'dashboard-gadget'] as const;
const ROOT = join(__dirname, '..');
/** Atlaskit's gate client as it answers uninitialised, without Statsig (static/shared/feature-gates-offline.ts). */
export const OFFLINE_GATES = {
  '@atlaskit/feature-gate-js-client/feature-gates': join(ROOT, 'static', 'shared', 'feature-gates-offline.ts'),
};

const html = (title: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="./index.css">
</head>
<body>
<div id="root"></div>
<script type="module" src="./index.js"></script>
</body>
</html>
`;

export async function buildUi(): Promise<void> {
  for (const surface of SURFACES) {
    const out = join(ROOT, 'static', surface, 'build');
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    await build({
      entryPoints: { index: join(ROOT, 'static', surface, 'src', 'index.tsx') },
      outdir: out,
      bundle: true,
      format: 'esm',
      splitting: true,
      minify: true,
      sourcemap: false,
      target: 'es2020',
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"' },
      alias: OFFLINE_GATES,
      logLevel: 'warning',
    });
    writeFileSync(join(out, 'index.html'), html(`Focus Walk: ${surface}`));
  }
  await build({
    entryPoints: [join(ROOT, 'static', 'preview', 'theme-loader.ts')],
    outdir: join(ROOT, 'static', 'preview', 'build'),
    bundle: true,
    format: 'esm',
    splitting: true,
    minify: true,
    target: 'es2020',
    logLevel: 'warning',
  });
}

if (require.main === module) {
  buildUi().then(
    () => console.log('UI built: static/*/build'),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
