#!/usr/bin/env node
import { run } from './lcic-errors.js';

// `lcic-errors list | head` closes the pipe early; that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = run(process.argv.slice(2), process.stdout, process.stderr);
