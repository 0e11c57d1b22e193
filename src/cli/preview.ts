// `galley preview [article]` (options: commands.ts)
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { defaultPreviewPort, startPreview, type PreviewServer } from '../preview/server.js';
import { UsageError, parseArgs } from './args.js';
import { articleDirs } from './article-dirs.js';
import { commands } from './commands.js';
import type { CliIO, CliVerb } from './io.js';

export interface PreviewRun {
  server: PreviewServer;
  /** Resolves when the server stops (Ctrl-C, SIGTERM, or `server.close()`). */
  stopped: Promise<void>;
}

/** Parse the arguments and start the server; the CLI verb waits on `stopped`, tests close it themselves. */
export async function startPreviewFromArgs(args: string[], io: CliIO): Promise<PreviewRun> {
  const { positional, options } = parseArgs(args, commands.preview);
  if (positional.length > 1) throw new UsageError('preview takes one article folder');
  const port = options.port === undefined ? defaultPreviewPort : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, got ${String(options.port)}`);
  const dirs = articleDirs(positional, io.cwd);
  if (dirs.length !== 1) throw new UsageError(`name the article folder to preview (found ${dirs.length}: ${dirs.map((d) => relative(io.cwd, d)).join(', ')})`);
  const profileFile = resolve(io.cwd, (options.profile as string | undefined) ?? 'journal.yaml');
  if (!existsSync(profileFile)) throw new UsageError(`no journal profile at ${relative(io.cwd, profileFile) || profileFile}`);
  const server = await startPreview({ articleDir: dirs[0], profileFile, port, cwd: io.cwd, log: (line) => io.stdout(`${line}\n`) });
  let stop!: () => void;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const close = server.close.bind(server);
  server.close = async () => {
    await close();
    stop();
  };
  return { server, stopped };
}

export const run: CliVerb = async (args, io) => {
  const { server, stopped } = await startPreviewFromArgs(args, io);
  io.stdout('watching the article, the profile and the templates; Ctrl-C stops\n');
  const onSignal = () => void server.close();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  await stopped;
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  return 0;
};
