#!/usr/bin/env node
// The mamori command line: `mamori redact|validate|normalize|phone`. See `mamori --help`.
'use strict';
const path = require('node:path');
const { main } = require('./lib/main.js');

// The Node build of the package, next to this folder (pkg/bin → pkg/node); the worker
// threads of --jobs load it from the same path.
const engine = path.join(__dirname, '..', 'node', 'mamori.js');
const load = () => require(engine);

main(process.argv.slice(2), load, engine).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`mamori: internal error: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 2;
  },
);
