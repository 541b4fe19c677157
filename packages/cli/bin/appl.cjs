#!/usr/bin/env node
// CommonJS on purpose: as an ES module importing the bundle, appl starts 50-100 ms slower.
require('../out/appl.cjs').main();
