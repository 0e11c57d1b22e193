// `galley deposit <article-dir>`: the article goes through the source pipeline
// into one batch. Needs the references stage (src/references/resolve.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { depositVerb } from '../../src/cli/deposit.js';
import { readDepositLog } from '../../src/deposit/log.js';
import { validateCrossrefXml } from '../../src/render/crossref/validate.js';
import { repoRoot } from '../render/crossref/profile.js';
import { startFakeServlet, type FakeServlet } from './fake-servlet.js';
import { recordingIO, workspace, type Workspace } from './setup.js';

const articleDir = join(repoRoot, 'article/harris-2017');
const now = () => new Date('2026-03-04T05:06:07.089Z');

let servlet: FakeServlet;
let ws: Workspace;
beforeEach(async () => {
  servlet = await startFakeServlet();
  ws = workspace();
});
afterEach(() => servlet.close());

describe('galley deposit with article folders', () => {
  it('renders, validates and sends the sample article as one batch', async () => {
    const io = recordingIO(ws.dir);
    const code = await depositVerb({ now, sleep: async () => {}, random: () => 0.5 })([articleDir, '--endpoint', servlet.depositUrl, '--profile', ws.profileFile], io);
    expect(io.err.join('')).not.toMatch(/\berror\b/);
    expect(code).toBe(0);
    const sent = servlet.deposits[0].file!.content;
    expect(sent).toContain('<doi>10.15826/qr.2017.3.245</doi>');
    expect(sent).toContain('<timestamp>20260304050607089</timestamp>');
    expect(validateCrossrefXml(sent, ws.profile, 'sent.xml')).toEqual([]);
    expect(readDepositLog(ws.logFile).at(-1)).toMatchObject({ status: 'submitted', dois: ['10.15826/qr.2017.3.245'] });
  });

  it('with --dry-run prints the valid deposit and sends nothing, without credentials', async () => {
    const io = recordingIO(ws.dir, {});
    const code = await depositVerb({ now })([articleDir, '--dry-run', '--profile', ws.profileFile], io);
    expect(code).toBe(0);
    expect(io.out.join('')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<doi_batch version="5.4.0"/);
    expect(servlet.deposits).toHaveLength(0);
    expect(existsSync(ws.logFile)).toBe(false);
  });
});
