// DOIs the deposit log shows as sent to Crossref: an issue build never gives
// one of them to another article. Any logged DOI counts, whatever its status:
// a refused deposit may be sent again.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { diagnostic, type Diagnostic } from '../checks/diagnostic.js';
import { DepositLogError, readDepositLog } from '../deposit/log.js';

/** DOI (lower-case) → owner, unknown (`undefined`) since the log records DOIs, not articles. */
export function registeredDois(depositsDir: string): { taken: Map<string, string | undefined>; diagnostics: Diagnostic[] } {
  const taken = new Map<string, string | undefined>();
  const diagnostics: Diagnostic[] = [];
  if (!existsSync(depositsDir)) return { taken, diagnostics };
  for (const name of readdirSync(depositsDir).filter((n) => n.endsWith('.jsonl')).sort()) {
    const file = join(depositsDir, name);
    try {
      for (const entry of readDepositLog(file)) for (const doi of entry.dois) taken.set(doi.toLowerCase(), undefined);
    } catch (error) {
      if (!(error instanceof DepositLogError)) throw error;
      diagnostics.push(diagnostic('deposit-log-invalid', error.message, { file, line: 1, column: 1 }));
    }
  }
  return { taken, diagnostics };
}
