// The journal's own CSL styles checked against the CSL 1.0.2 schema (style-schema.ts),
// off the main thread when compiled. Repository styles are the repository's business.
import type { Diagnostic } from '../checks/diagnostic.js';
import type { Profile } from '../profile/types.js';
import { findTemplate, TemplateNotFoundError } from '../render/templates.js';
import { validateRememberedAsync } from '../pipeline/verdict-cache.js';
import { readFileSync } from 'node:fs';
import { citationStyleName } from './resolve.js';
import { validateStyleXmlOffThread } from './style-schema-on-worker.js';

export { parseRnvReport, validateStyleXml } from './style-schema.js';

/** Every style file of the journal's template folders the profile names (lists and citation style). */
export async function validateJournalStyles(profile: Profile): Promise<Diagnostic[]> {
  const names = new Set([...profile.references.lists.map((l) => l.style), citationStyleName(profile)].filter((n): n is string => !!n));
  const checks: Promise<Diagnostic[]>[] = [];
  for (const name of names) {
    let file: string;
    try {
      file = findTemplate(profile.templates, `csl/${name}.csl`);
    } catch (e) {
      if (e instanceof TemplateNotFoundError) continue; // a repository style, or reported by the references stage
      throw e;
    }
    const xml = readFileSync(file, 'utf8');
    checks.push(validateRememberedAsync(profile, 'csl-schema', xml, [], () => validateStyleXmlOffThread(xml, file)));
  }
  return (await Promise.all(checks)).flat();
}
