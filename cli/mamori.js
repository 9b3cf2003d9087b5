#!/usr/bin/env node
// The mamori command line (issue #9 builds it).
'use strict';
process.stderr.write('mamori: the command line is not built yet\n');
process.exit(2);
