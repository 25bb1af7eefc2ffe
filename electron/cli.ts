#!/usr/bin/env node
import { nodeIo } from './cli/node-io';
import { runCli } from './cli/run';

// `hostwise … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

void runCli(process.argv.slice(2), nodeIo).then((code) => {
  process.exitCode = code;
});
