// Load + validate one article folder, nothing else: the diagnostics an editor
// needs before any rendering. The full pipeline (pipeline/check.ts) builds on it.
import type { Diagnostic } from '../checks/diagnostic.js';
import { sortDiagnostics } from '../checks/diagnostic.js';
import type { Profile } from '../profile/types.js';
import { loadArticleSource } from '../source/load-article.js';

export function checkSourceDir(dir: string, profile: Profile): Diagnostic[] {
  return sortDiagnostics(loadArticleSource(dir, profile).diagnostics);
}
