#!/usr/bin/env node
import('../out/main.js').then(cli => cli.main());
