// A build in a process of its own, to be SIGKILLed: it loads the build, says
// "ready", and builds what it is then sent on stdin ({ seeds, out, cacheDir }).
import { buildSite } from '../../../src/build.js';

process.stdin.once('data', (data) => {
  const { seeds, out, cacheDir } = JSON.parse(data.toString()) as { seeds: string; out: string; cacheDir: string | null };
  buildSite({ seeds, out, cacheDir, workers: 1 }).then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${(error as Error).stack}\n`);
      process.exit(1);
    },
  );
});
process.stdout.write('ready\n');
