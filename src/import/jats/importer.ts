// The JATS importer as the batch runner sees it (src/import/run-import.ts).
import { dirname, join, relative, sep } from 'node:path';
import { builtinTemplates } from '../../profile/load.js';
import type { Importer } from '../run-import.js';
import { importJatsFile } from './import-jats.js';
import { profileFromJats } from './journal-profile.js';

export const jatsImporter: Importer = {
  name: 'jats',
  extensions: ['.xml'],
  importFile(file, opts) {
    const result = importJatsFile(file, opts);
    if ('failed' in result) return result;
    const { article, journal } = result;
    return {
      article,
      profile: (journalRoot) =>
        profileFromJats({
          ...journal,
          frontMatter: article.frontMatter,
          // Galley's vendor/ holds the Crossref XSD bundles; the path goes into YAML the journal commits.
          vendor: relative(journalRoot, join(dirname(builtinTemplates), 'vendor')).split(sep).join('/') || '.',
          source: opts.source,
        }),
    };
  },
};
