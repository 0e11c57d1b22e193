import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/args.js';
import type { CliIO } from '../../src/cli/io.js';
import { startPreviewFromArgs } from '../../src/cli/preview.js';
import { PortInUseError } from '../../src/preview/server.js';
import { repoRoot } from '../render/html/helpers.js';

const out: string[] = [];
const io: CliIO = { stdout: (t) => void out.push(t), stderr: (t) => void out.push(t), cwd: repoRoot, env: {} };

describe('galley preview arguments', () => {
  it.each([
    [['article/harris-2017', '--port', 'x'], /--port must be a whole number from 0 to 65535, got x/],
    [['article/harris-2017', '--port', '70000'], /--port must be a whole number/],
    [['article/harris-2017', 'article/other'], /preview takes one article folder/],
    [['article/no-such-article'], /no such article folder: article\/no-such-article/],
    [['article/harris-2017', '--profile', 'nowhere.yaml'], /no journal profile at nowhere\.yaml/],
    [['article/harris-2017', '--open'], /unknown option --open/],
  ])('%j is a usage error', async (args, message) => {
    const attempt = startPreviewFromArgs(args, io);
    await expect(attempt).rejects.toThrow(UsageError);
    await expect(startPreviewFromArgs(args, io)).rejects.toThrow(message);
  });
});

describe('a port already in use', () => {
  let blocker: Server;
  let port: number;
  beforeAll(async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    port = (blocker.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

  it('is refused at once with a way out, before anything is built', async () => {
    const attempt = startPreviewFromArgs(['article/harris-2017', '--port', String(port)], io);
    await expect(attempt).rejects.toThrow(PortInUseError);
    await expect(startPreviewFromArgs(['article/harris-2017', '--port', String(port)], io)).rejects.toThrow(`Unexpected port ${port} in use on 127.0.0.1, expected a free one: pass --port with another number, or --port 0 for any free port`);
  });
});
