// The one libxml2 input provider of the process. libxml2-wasm has no catalog
// support and a build must never fetch anything, so every resource libxml2
// asks for goes through here: catalog-mapped URLs and local files are read
// from disk, any other URL is refused and remembered for the error message.
// A load may also have files served from memory instead (the MathML stub).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { xmlRegisterInputProvider } from '../../util/libxml2.js';
import { resolveInCatalog, type XmlCatalog } from './catalog.js';

/** Bytes to serve instead of a local file, or undefined to read the file. */
export type Substitute = (path: string) => Uint8Array | undefined;

let active: readonly XmlCatalog[] = [];
let substitute: Substitute | undefined;
let refused: string[] = [];
let registered = false;

/**
 * What an open handle reads: the whole file, read at once (a schema is ~60
 * files of up to 400 kB; one read each instead of a descriptor read 4 kB at a time).
 */
type Source = { bytes: Uint8Array; offset: number };
const sources = new Map<number, Source>();
let nextHandle = 1;

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
      let bytes: Uint8Array;
      try {
        bytes = substitute?.(path) ?? readFileSync(path);
      } catch {
        refused.push(name);
        return undefined;
      }
      const handle = nextHandle++;
      sources.set(handle, { bytes, offset: 0 });
      return handle;
    },
    read(handle, buf) {
      const source = sources.get(handle);
      if (!source) return -1;
      const chunk = source.bytes.subarray(source.offset, source.offset + buf.byteLength);
      buf.set(chunk);
      source.offset += chunk.byteLength;
      return chunk.byteLength;
    },
    close(handle) {
      sources.delete(handle);
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
 * Run `load` (a synchronous libxml2 parse) with these catalogs in force, and
 * `replace` deciding which local files are served from memory instead.
 * Both are scoped to one load because two schema folders may map the same
 * URL to different files, and one schema may be compiled with and without a stub.
 */
export function withCatalogs<T>(catalogs: readonly XmlCatalog[], load: () => T, replace?: Substitute): Loaded<T> {
  ensureRegistered();
  const previous = [active, refused, substitute] as const;
  const mine: string[] = [];
  active = catalogs;
  refused = mine;
  substitute = replace;
  try {
    return { value: load(), refused: mine };
  } catch (error) {
    return { error, refused: mine };
  } finally {
    [active, refused, substitute] = previous;
  }
}
