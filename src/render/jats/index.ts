// The JATS galley: dist/<id>/<id>.jats.xml, JATS Publishing (MathML 3) of the
// profile's JATS version. Templates frame the document (templates/jats/); the
// body goes through one handler per node type (inline.ts, block.ts); text is
// escaped only by xml-escape.ts.
import type { Article } from '../../model/types.js';
import { publishingDoctype } from '../../checks/xml/jats-dtd.js';
import type { RenderContext } from '../context.js';
import { loadFormatTemplates, type TemplateEnv } from '../templates.js';
import { cacheDir } from '../../util/disk-cache.js';
import { escapeXml } from '../xml-escape.js';
import { renderBlocks } from './block.js';
import { JatsVersionError } from './errors.js';
import { IdRegistry } from './ids.js';
import { renderInlines } from './inline.js';
import { claimReferenceIds } from './references.js';
import type { JatsState } from './state.js';
import { documentView } from './view.js';
import { loadLabels } from '../html/labels.js';

export { JatsUnknownNodeError, JatsVersionError } from './errors.js';

/** Emptiness as Handlebars' #if sees it: an empty list counts as false. */
const present = (v: unknown): boolean => (Array.isArray(v) ? v.length > 0 : Boolean(v));

function registerHelpers(env: TemplateEnv): void {
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  // The last argument is Handlebars' options object.
  env.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(present));
}

export function renderJats(article: Article, ctx: RenderContext): string {
  const version = ctx.profile.schemas.jatsVersion;
  const doctype = publishingDoctype(version);
  if (!doctype) throw new JatsVersionError(version);
  const templates = loadFormatTemplates(ctx.profile.templates, 'jats', escapeXml, registerHelpers, { cacheDir: cacheDir(ctx.profile.root) });
  const ids = new IdRegistry();
  // Ids that others point at are claimed before anything renders.
  const footnoteIds = new Map(article.footnotes.map((fn) => [fn.id, ids.claim(fn.id, 'fn')]));
  const refIds = claimReferenceIds(article, ids);
  const state: JatsState = {
    article,
    templates,
    ids,
    footnoteIds,
    refIds,
    lang: article.meta.lang,
    labels: loadLabels(ctx.profile.templates, ctx.profile.labels),
    inCitation: false,
    inlines: (nodes, s = state) => renderInlines(nodes, s),
    blocks: (nodes, s = state) => renderBlocks(nodes, s),
  };
  const view = documentView(state, ctx.profile, { ...doctype, systemId: doctype.systemId.replace(/^http:/, 'https:') }, version);
  return templates.render('article', view);
}
