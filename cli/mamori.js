#!/usr/bin/env node
// The mamori command line: `mamori redact|validate|normalize|phone`. See `mamori --help`.
'use strict';
const { main } = require('./lib/main.js');

// The Node build of the package, next to this folder (pkg/bin → pkg/node).
const load = () => require('../node/mamori.js');

main(process.argv.slice(2), load).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`mamori: internal error: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 2;
  },
);
