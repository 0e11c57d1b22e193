// Start Chromium headless with its DevTools protocol on a pipe, in a profile
// folder of its own that goes when it closes. The switches are those
// playwright-core 1.65 launched Galley's Chromium with (read off its command
// line, test/pdf/browser-processes.test.ts compares them), so pages lay out and
// print as they did: no background work, no throttling of a page nobody looks
// at, sRGB colours, no scrollbars. A few only matter to Edge or Windows; kept,
// so the two lists stay comparable.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CdpConnection } from './connection.js';

export const automationSwitches = [
  '--disable-field-trial-config',
  '--disable-background-networking',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-back-forward-cache',
  '--disable-breakpad',
  '--disable-component-extensions-with-background-pages',
  '--disable-component-update',
  '--no-default-browser-check',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
  '--disable-edgeupdater',
  '--disable-extensions',
  '--enable-features=CDPScreenshotNewSurface,SkipListAccountsWithoutGaiaCookies',
  '--allow-pre-commit-input',
  '--disable-hang-monitor',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--disable-prompt-on-repost',
  '--disable-renderer-backgrounding',
  '--disable-updater-scheduler',
  '--force-color-profile=srgb',
  '--metrics-recording-only',
  '--no-first-run',
  '--password-store=basic',
  '--use-mock-keychain',
  '--no-service-autorun',
  '--disable-search-engine-choice-screen',
  '--unsafely-disable-devtools-self-xss-warnings',
  '--enable-unsafe-swiftshader',
  '--edge-skip-compat-layer-relaunch',
  '--disable-stack-profiler',
  '--disable-infobars',
  '--disable-sync',
  '--do-not-de-elevate',
  '--headless',
  '--hide-scrollbars',
  '--mute-audio',
  '--blink-settings=primaryHoverType=2,availableHoverTypes=2,primaryPointerType=4,availablePointerTypes=4',
];

export class BrowserLaunchError extends Error {
  constructor(executablePath: string, detail: string) {
    super(`Unexpected failure starting Chromium (${executablePath}): ${detail}, expected a headless Chromium that answers on its DevTools pipe`);
    this.name = 'BrowserLaunchError';
  }
}

export interface ChromiumProcess {
  connection: CdpConnection;
  /** Settles when the process has exited. */
  exited: Promise<void>;
  /** Close the browser (killed if it does not exit in time) and remove its profile folder. */
  close(): Promise<void>;
}

/** Launch `executablePath` with the automation switches, then `args` (so a --disable-features there is the one that counts). */
export async function launchChromium(executablePath: string, args: string[], timeoutMs = 30_000): Promise<ChromiumProcess> {
  const profileDir = await mkdtemp(join(tmpdir(), `${profilePrefix}${process.pid}-`));
  const swept = removeStaleProfiles();
  const child = spawn(executablePath, [...automationSwitches, ...args, `--user-data-dir=${profileDir}`, '--remote-debugging-pipe', '--no-startup-window'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (text: string) => (stderr = (stderr + text).slice(-2000)));
  // A program that could not be started (not executable) may never emit 'exit': its 'error' ends it too.
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else {
      child.once('exit', () => resolve());
      child.once('error', () => resolve());
    }
  });
  const connection = new CdpConnection(child.stdio[3] as Writable, child.stdio[4] as Readable);
  let spawnError: NodeJS.ErrnoException | undefined;
  const spawnFailed = new Promise<never>((_, reject) => child.once('error', (error) => reject((spawnError = error))));
  spawnFailed.catch(() => undefined);

  const close = async () => {
    if (connection.connected) await withTimeout(Promise.race([connection.send('Browser.close').catch(() => undefined), exited]), 5_000);
    connection.dispose(new Error('Browser has been closed'));
    await waitOrKill(child, exited);
    await rm(profileDir, { recursive: true, force: true }).catch(() => undefined);
  };

  try {
    await withTimeout(Promise.race([connection.send('Browser.getVersion'), spawnFailed]), timeoutMs, () => new Error(`no answer within ${timeoutMs / 1000} s`));
  } catch (error) {
    // A program that exits at once closes the pipe first: its exit code says more.
    await withTimeout(exited, 1_000);
    const reason = whyNotStarted(child, spawnError) ?? (error as Error).message;
    connection.dispose(new Error('Browser has been closed'));
    child.kill('SIGKILL');
    await exited;
    await rm(profileDir, { recursive: true, force: true }).catch(() => undefined);
    const tail = stderr.trim().split('\n').slice(-3).join(' | ');
    throw new BrowserLaunchError(executablePath, `${reason}${tail ? ` (${tail})` : ''}`);
  }
  await swept;
  return { connection, exited, close };
}

const profilePrefix = 'galley-chromium-';

/**
 * A build that was killed (Ctrl-C, a CI time-out) never removed its Chromium's
 * profile folder, which is named after its process: a later launch removes
 * those of processes that are gone.
 */
export async function removeStaleProfiles(dir = tmpdir()): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(
    names.map(async (name) => {
      const pid = Number(new RegExp(`^${profilePrefix}(\\d+)-`).exec(name)?.[1]);
      if (!pid || pid === process.pid || isRunning(pid)) return;
      await rm(join(dir, name), { recursive: true, force: true }).catch(() => undefined);
    }),
  );
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** What the process itself says about a failed start, when it has ended. */
function whyNotStarted(child: ChildProcess, spawnError: NodeJS.ErrnoException | undefined): string | undefined {
  if (spawnError) return `it could not be run (${spawnError.code ?? spawnError.message})`;
  if (child.exitCode !== null) return `it exited with code ${child.exitCode}`;
  if (child.signalCode) return `it was killed (${child.signalCode})`;
  return undefined;
}

/** `work`, or after `ms` the rejection `onTimeout` gives (or undefined when there is none). */
async function withTimeout<T>(work: Promise<T>, ms: number, onTimeout?: () => Error): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve, reject) => (timer = setTimeout(() => (onTimeout ? reject(onTimeout()) : resolve(undefined)), ms)));
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function waitOrKill(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await withTimeout(exited, 5_000);
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
    await exited;
  }
}
