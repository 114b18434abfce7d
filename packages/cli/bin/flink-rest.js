#!/usr/bin/env node
// Committed with its run bit, so `npm ci` links the command before dist/ is built (npm skips a
// bin whose file does not exist yet).
await import('../dist/cli.js');
