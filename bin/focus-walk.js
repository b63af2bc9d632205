#!/usr/bin/env node
'use strict';
// The built CLI (npm run build, run by `npm install` through `prepare`).
require('../dist/cli/main.js')
  .main(process.argv)
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(`focus-walk: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    },
  );
