// The Word importer as the batch runner sees it (src/import/run-import.ts): a
// manuscript with pending tracked changes or comments fails with one
// diagnostic per change or comment, until --accept-changes or --reject-changes.
import type { Importer } from '../run-import.js';
import { importDocxFile } from './import-docx.js';

export function docxImporter(changes: 'accept' | 'reject' | undefined): Importer {
  return {
    name: 'docx',
    extensions: ['.docx'],
    importFile(file, opts) {
      const result = importDocxFile(file, { ...opts, changes });
      if ('article' in result) return { article: result.article };
      if ('failed' in result) return { failed: result.failed, diagnostics: result.report.diagnostics };
      const c = result.pending.counts;
      return {
        failed: `stopped: ${c['tracked changes']} pending tracked change(s) and ${c.comments} comment(s); run again with --accept-changes or --reject-changes`,
        diagnostics: result.pending.diagnostics,
      };
    },
  };
}
