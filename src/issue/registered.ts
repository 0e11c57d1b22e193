// DOIs the deposit log shows as sent to Crossref: an issue build must never
// give one of them to another article.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** DOI (lower-case) → article id when the log knows it. */
export function registeredDois(depositsDir: string): Map<string, string | undefined> {
  const taken = new Map<string, string | undefined>();
  if (!existsSync(depositsDir)) return taken;
  for (const name of readdirSync(depositsDir).filter((n) => n.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(depositsDir, name), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      let entry: Record<string, unknown>;
      try {
        entry = JSON.parse(line);
      } catch {
        continue;
      }
      const dois = Array.isArray(entry.dois) ? entry.dois.map(String) : [];
      const ids = Array.isArray(entry.articles) ? entry.articles.map(String) : [];
      dois.forEach((doi, i) => {
        const key = doi.toLowerCase();
        if (!taken.has(key) || taken.get(key) === undefined) taken.set(key, ids[i]);
      });
    }
  }
  return taken;
}
