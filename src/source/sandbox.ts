// The article folder is the sandbox: every file a source names must resolve
// inside it after symlinks are followed, so a hostile or careless source can
// never pull /etc/passwd (or a sibling article) into dist/.
import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

export type SandboxResult =
  | { file: string; problem?: undefined }
  | { file?: undefined; problem: 'remote' | 'outside' | 'symlink-outside' | 'missing' | 'not-a-file' };

/** True when `inner` is `outer` or below it (both absolute, normalised). */
export function isWithin(outer: string, inner: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

/**
 * Resolves `named` (as written in the source) against the article folder `dir`.
 * The answer's `file` is the real path, the one to read.
 */
export function resolveInArticle(dir: string, named: string): SandboxResult {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(named)) return { problem: 'remote' };
  const root = realOrSelf(resolve(dir));
  const lexical = resolve(dir, named);
  if (isAbsolute(named) || !isWithin(resolve(dir), lexical)) return { problem: 'outside' };
  let real: string;
  try {
    real = realpathSync(lexical);
  } catch {
    return { problem: 'missing' };
  }
  if (!isWithin(root, real)) return { problem: 'symlink-outside' };
  try {
    if (!statSync(real).isFile()) return { problem: 'not-a-file' };
  } catch {
    return { problem: 'missing' };
  }
  return { file: real };
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** The clause of a message that says why a named file was refused. */
export function sandboxReason(problem: NonNullable<SandboxResult['problem']>, named: string): string {
  switch (problem) {
    case 'remote':
      return `remote file ${named}`;
    case 'outside':
      return `path ${named} outside the article folder`;
    case 'symlink-outside':
      return `symbolic link ${named} pointing outside the article folder`;
    case 'missing':
      return `missing file ${named}`;
    case 'not-a-file':
      return `directory or special file ${named}`;
  }
}
