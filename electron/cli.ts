#!/usr/bin/env node
import { nodeIo, tolerateClosedStdout } from './cli/node-io';
import { runCli } from './cli/run';

tolerateClosedStdout();

void runCli(process.argv.slice(2), nodeIo).then((code) => {
  process.exitCode = code;
});
