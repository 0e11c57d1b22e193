// The Crossref deposit (doi_batch) for one article or a whole issue, through
// the templates in templates/crossref/. Schema version is a parameter.
import type { Article } from '../../model/types.js';
import type { Clock, RenderContext } from '../context.js';
import { loadFormatTemplates, type TemplateEnv } from '../templates.js';
import { cacheDir } from '../../util/disk-cache.js';
import { escapeXml } from '../xml-escape.js';
import { crossrefDepositOptions } from './options.js';
import { crossrefSchemaFeatures } from './schema-versions.js';
import { compactDateTime, crossrefTimestamp } from './timestamp.js';
import { bareDoi, journalViews, type CrossrefView } from './view-model.js';

export interface CrossrefHead {
  /** Unique per deposit (Crossref: 4–100 characters). */
  batchId: string;
  /** `YYYYMMDDHHMMSSmmm`; must grow with every deposit of the same DOI. */
  timestamp: string;
}

function registerHelpers(env: TemplateEnv): void {
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
}

/**
 * Render a doi_batch for `articles` (grouped into one <journal> per issue).
 * `head` comes from `buildHead` for a build, or from the deposit client, which
 * stamps a fresh batch id and a timestamp larger than any it logged before.
 */
export function renderCrossref(articles: Article[], ctx: RenderContext, head: CrossrefHead): string {
  if (!articles.length) throw new RangeError('Unexpected empty article list, expected at least one article to deposit');
  const { profile } = ctx;
  const schema = crossrefSchemaFeatures(profile.crossref.schemaVersion);
  const options = crossrefDepositOptions(profile);
  const view: CrossrefView = {
    schema,
    head: {
      batchId: head.batchId,
      timestamp: head.timestamp,
      depositorName: profile.crossref.depositor.name,
      depositorEmail: profile.crossref.depositor.email,
      registrant: profile.crossref.registrant,
    },
    journals: journalViews(articles, profile, { schema, otherLanguageTitles: options.otherLanguageTitles }),
  };
  const templates = loadFormatTemplates(profile.templates, 'crossref', escapeXml, registerHelpers, { cacheDir: cacheDir(profile.root) });
  return templates.render('deposit', view);
}

/** The part of a DOI after the prefix (`j.2017.3.245`), or the article id when it has none. */
function doiSuffix(article: Article): string {
  const doi = article.meta.doi ? bareDoi(article.meta.doi) : '';
  return doi.includes('/') ? doi.slice(doi.indexOf('/') + 1) : article.id;
}

/**
 * A deterministic head for a build: batch id `<doi-suffix>[-n<count>]-<YYYYMMDDHHMMSS>`
 * and the clock's timestamp. Deposits replace it (see src/deposit/).
 */
export function buildHead(articles: Article[], clock: Clock): CrossrefHead {
  if (!articles.length) throw new RangeError('Unexpected empty article list, expected at least one article');
  const now = clock.now();
  return { batchId: batchIdFor(articles.map(doiSuffix), compactDateTime(now)), timestamp: crossrefTimestamp(now) };
}

/** `<first-suffix>[-n<count>]-<stamp>`, kept within Crossref's 100 characters. */
export function batchIdFor(suffixes: string[], stamp: string): string {
  const count = suffixes.length > 1 ? `-n${suffixes.length}` : '';
  const tail = `${count}-${stamp}`;
  const first = suffixes[0].replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 100 - tail.length);
  return `${first}${tail}`;
}
