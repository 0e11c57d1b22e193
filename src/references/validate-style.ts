// The journal's own CSL styles checked against the CSL 1.0.2 schema (style-schema.ts),
// on the validation worker when compiled. Repository styles are the repository's business.
import { diagnostic, type Diagnostic } from '../checks/diagnostic.js';
import { styleSchemaErrorsAsync } from '../checks/xml/on-worker.js';
import type { Profile } from '../profile/types.js';
import { findTemplate, TemplateNotFoundError } from '../render/templates.js';
import { validateRememberedAsync } from '../pipeline/verdict-cache.js';
import { readFileSync } from 'node:fs';
import { citationStyleName } from './resolve.js';

/** The style's schema errors as diagnostics at `file` (rnv on the validation worker when there is one). */
export async function validateStyleXml(xml: string, file: string): Promise<Diagnostic[]> {
  return (await styleSchemaErrorsAsync(xml)).map((e) =>
    diagnostic('reference-style-schema', `Unexpected CSL: ${e.message}, expected a style valid against the CSL 1.0.2 schema`, { file, line: e.line, column: e.column }),
  );
}

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
    checks.push(validateRememberedAsync(profile, 'csl-schema', xml, [], () => validateStyleXml(xml, file)));
  }
  return (await Promise.all(checks)).flat();
}
