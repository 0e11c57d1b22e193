// Where is a Chromium? The tool looks for one itself (no browser download at
// install time): GALLEY_CHROMIUM, the profile's `print.chromium`, then the
// usual executable names on PATH and the usual install paths. The headless
// shell comes first: it is the same Blink without the browser's UI, whose
// WebUI renderers (omnibox popup, one per page) the new headless mode keeps
// alive; a batch of ten peaked at ~0.97 GB RSS with it, ~1.7 GB with `chromium`.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const chromiumNames = ['chromium-headless-shell', 'chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
export const chromiumPaths = [
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export class BrowserNotFoundError extends Error {
  constructor(readonly searched: string[], readonly configured?: string) {
    super(
      configured
        ? `Unexpected missing Chromium at ${configured}, expected an executable there (set by GALLEY_CHROMIUM or print.chromium)`
        : 'Unexpected missing Chromium, expected one to lay out the print PDF: install it (Debian/Ubuntu: `apt-get install chromium`) ' +
            'or point GALLEY_CHROMIUM (or `print.chromium` in journal.yaml) at a Chrome/Chromium executable',
    );
    this.name = 'BrowserNotFoundError';
  }
}

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface ChromiumSearch {
  env?: NodeJS.ProcessEnv;
  /** `print.chromium` from the profile. */
  configured?: string;
  /** Replaces the built-in install paths (tests). */
  paths?: string[];
}

/** The Chromium executable to use. @throws BrowserNotFoundError */
export function findChromium(search: ChromiumSearch = {}): string {
  const env = search.env ?? process.env;
  const explicit = env.GALLEY_CHROMIUM || search.configured;
  if (explicit) {
    if (isExecutable(explicit)) return explicit;
    throw new BrowserNotFoundError([explicit], explicit);
  }
  const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((dir) => chromiumNames.map((name) => join(dir, name)));
  const candidates = [...onPath, ...(search.paths ?? chromiumPaths)];
  const found = candidates.find(isExecutable);
  if (!found) throw new BrowserNotFoundError(candidates);
  return found;
}
