// The one libxml2 input provider of the process. libxml2-wasm has no catalog
// support and a build must never fetch anything, so every resource libxml2
// asks for goes through here: catalog-mapped URLs and local files are read
// from disk, any other URL is refused and remembered for the error message.
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { xmlRegisterInputProvider } from 'libxml2-wasm';
import { resolveInCatalog, type XmlCatalog } from './catalog.js';

let active: readonly XmlCatalog[] = [];
let refused: string[] = [];
let registered = false;

const remote = /^[a-z][a-z0-9+.-]*:/i;

/** Local path for what libxml2 asks for, or undefined when it is not on disk. */
export function localPathOf(name: string): string | undefined {
  for (const catalog of active) {
    const hit = resolveInCatalog(catalog, name);
    if (hit) return hit;
  }
  let path: string | undefined;
  if (name.startsWith('file:')) {
    try {
      path = fileURLToPath(name);
    } catch {
      return undefined;
    }
  } else if (!remote.test(name)) path = name;
  return path && existsSync(path) && statSync(path).isFile() ? path : undefined;
}

function ensureRegistered(): void {
  if (registered) return;
  registered = xmlRegisterInputProvider({
    // Claim every URL, so none can reach a network client.
    match: (name) => remote.test(name) || localPathOf(name) !== undefined,
    open(name) {
      const path = localPathOf(name);
      if (!path) {
        refused.push(name);
        return undefined;
      }
      try {
        return openSync(path, 'r');
      } catch {
        refused.push(name);
        return undefined;
      }
    },
    read(fd, buf) {
      try {
        return readSync(fd, buf, 0, buf.byteLength, null);
      } catch {
        return -1;
      }
    },
    close(fd) {
      try {
        closeSync(fd);
      } catch {
        // already closed: nothing to release
      }
      return true;
    },
  });
  if (!registered) throw new Error('Unexpected full libxml2 input-callback table, expected room for Galley\'s resolver');
}

export interface Loaded<T> {
  value?: T;
  /** What `load` threw, if it threw. */
  error?: unknown;
  /** URLs libxml2 asked for that no catalog maps to a local file. */
  refused: string[];
}

/**
 * Run `load` (a synchronous libxml2 parse) with these catalogs in force.
 * Catalogs are scoped to one load because two schema folders may map the
 * same URL to different files.
 */
export function withCatalogs<T>(catalogs: readonly XmlCatalog[], load: () => T): Loaded<T> {
  ensureRegistered();
  const previous = [active, refused] as const;
  const mine: string[] = [];
  active = catalogs;
  refused = mine;
  try {
    return { value: load(), refused: mine };
  } catch (error) {
    return { error, refused: mine };
  } finally {
    [active, refused] = previous;
  }
}
