#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so `npx baokan` works right
// after `npm ci` with no compile step.
import { register } from 'tsx/esm/api';

// A command whose work ended with nothing left to run and no answer (a stage's
// process or thread gone without a word) would otherwise exit 13, a code the
// README does not promise: it is a fault, exit 1, said so.
let answered = false;
process.on('beforeExit', () => {
  if (answered) return;
  process.stderr.write('baokan: stopped without finishing (a stage ended without an answer); nothing more was written\n');
  process.exit(1);
});
register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
answered = true;
