// Watches what a build reads (the article folder, the profile, the template
// folders) and calls back once per burst of changes. Editors save by writing
// a temp file and renaming it over the old one, so files are watched through
// their folder and matched by name, never by their (replaced) inode.
import { existsSync, statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';

export interface WatchTarget {
  path: string;
  /** Folders: watch everything below. Files: watch the folder, react to this name only. */
  kind: 'folder' | 'file';
}

export interface Watcher {
  close(): void;
}

/** Names editors and tools write next to real files; changes to them are noise. */
const noise = /(^\.#|~$|\.swp$|\.swx$|^4913$|\.tmp-|^\.DS_Store$)/;

export function watchTargets(targets: WatchTarget[], onChange: (changed: string[]) => void, debounceMs = 40): Watcher {
  const watchers: FSWatcher[] = [];
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const fire = () => {
    const changed = [...pending];
    pending = new Set();
    timer = undefined;
    onChange(changed);
  };
  const note = (path: string) => {
    if (noise.test(basename(path))) return;
    pending.add(path);
    if (timer) clearTimeout(timer);
    timer = setTimeout(fire, debounceMs);
  };
  for (const target of targets) {
    if (target.kind === 'folder') {
      if (!existsSync(target.path) || !statSync(target.path).isDirectory()) continue;
      watchers.push(watch(target.path, { recursive: true }, (_event, name) => note(name ? `${target.path}/${name}` : target.path)));
    } else {
      const folder = dirname(target.path);
      const name = basename(target.path);
      if (!existsSync(folder)) continue;
      watchers.push(watch(folder, (_event, changed) => changed === name && note(target.path)));
    }
  }
  return {
    close() {
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
