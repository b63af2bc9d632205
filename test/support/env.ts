import { resolve } from 'node:path';

// CI sets ATLASSIAN_OPENAPI_DIR=../shared/openapi; a checkout beside ../shared needs nothing.
process.env.ATLASSIAN_OPENAPI_DIR ??= resolve(__dirname, '..', '..', '..', 'shared', 'openapi');
