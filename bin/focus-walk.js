#!/usr/bin/env node
'use strict';
// The focus-walk command line. In a checkout (src/ and the dev dependency tsx present) it runs
// from source, so `npx focus-walk` works right after `npm install` and never runs a stale build;
// installed as a package it runs the build (dist/, made by `npm run build`).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

function load() {
  const source = join(__dirname, '..', 'src', 'cli', 'main.ts');
  if (existsSync(source)) {
    try {
      return require('tsx/cjs/api').require(source, __filename);
    } catch (error) {
      if (!error || error.code !== 'MODULE_NOT_FOUND' || !String(error.message).includes("'tsx")) throw error;
    }
  }
  const built = join(__dirname, '..', 'dist', 'cli', 'main.js');
  if (!existsSync(built)) {
    console.error('focus-walk: not built yet: run `npm install` (from source) or `npm run build`');
    process.exit(2);
  }
  return require(built);
}

load()
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
