import { parseCommandArgs } from './main.js';
import { startServer } from '../serve.js';

const USAGE = `Usage: baokan serve [--port N] [--dir DIR]

Serves the built site (default dist/) on http://127.0.0.1:N/ (default 8080)
until interrupted. Search needs the site served: browsers block its module
scripts on file:// pages.
`;

export async function runServe(argv: string[]): Promise<number> {
  const args = parseCommandArgs(argv, { options: { port: { type: 'string', default: '8080' }, dir: { type: 'string', default: 'dist' } } }, USAGE);
  if (args === null) return 2;
  if (args === 'help') return 0;
  const port = Number(args.values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`baokan serve: --port must be a number from 0 to 65535\n`);
    return 2;
  }
  const server = await startServer(args.values.dir as string, port);
  process.stdout.write(`serving ${args.values.dir}/ at ${server.url}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => server.close().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
