// `galley check`: everything a build verifies, without the PDF and without writing.
import { applySeverities, type Diagnostic } from '../checks/diagnostic.js';
import type { Profile } from '../profile/types.js';
import { sourceClock } from './clock.js';
import { renderGalleys } from './galleys.js';
import { prepareArticle } from './prepare.js';

export async function checkArticleDiagnostics(dir: string, profile: Profile): Promise<Diagnostic[]> {
  const prepared = prepareArticle(dir, profile);
  const loaded = applySeverities(prepared.diagnostics, profile.rules);
  if (!prepared.article || loaded.some((d) => d.severity === 'error')) return loaded;
  const ctx = { profile, clock: sourceClock(prepared.article.meta) };
  const rendered = await renderGalleys(prepared.article, ctx, ['jats', 'html', 'crossref'], () => {
    throw new Error('check renders no PDF');
  });
  return applySeverities([...prepared.diagnostics, ...rendered.diagnostics], profile.rules);
}
