// Under scripts/test-shifted-clock.ts, each test's realm runs a year ahead (a no-op otherwise).
import './shift-clock.cjs';
// Forge's egress stand-in wraps fetch before any test file loads @forge/api (which captures it).
import '../../dev/forge-stand-in/install-egress';
import { resolve } from 'node:path';

// CI sets ATLASSIAN_OPENAPI_DIR=../shared/openapi; a checkout beside ../shared needs nothing.
process.env.ATLASSIAN_OPENAPI_DIR ??= resolve(__dirname, '..', '..', '..', 'shared', 'openapi');
