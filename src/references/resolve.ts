// The references stage: every list the profile names rendered from the one
// bibliography, and every in-text citation cluster. Pure apart from reading the
// styles (cached for the process).
import type { ArticleSource, CslItem, Inline, ReferenceList } from '../model/types.js';
import type { Profile } from '../profile/types.js';
import { DiagnosticBag, type Diagnostic } from '../checks/diagnostic.js';
import { TemplateNotFoundError } from '../render/templates.js';
import { loadStyle, StyleConfigError } from './style.js';
import { styleEngine, type StyleEngine } from './engine.js';
import { prepareItem } from './prepare.js';
import { renderList } from './bibliography.js';
import { archivalCites, renderClusters, type CitationLayout } from './clusters.js';
import { archiveLocation, type ArchivalCite } from './archives.js';
import { collectCitations } from './walk.js';
import { findLocaleXml, localeTag } from './locales.js';
import { checkBibliography } from './check.js';
import { getScheme, type TranslitScheme } from './translit/transliterate.js';

export interface ResolvedReferences {
  references: ReferenceList[];
  /** Citation.id → rendered cluster without the style's brackets (a narrative one complete). */
  citations: Map<string, Inline[]>;
  /** Citation.id → the style's brackets and delimiter around the cluster. */
  layouts: Map<string, CitationLayout>;
  /** The citation style is a note style: citations in the running text become footnotes. */
  noteStyle?: boolean;
  diagnostics: Diagnostic[];
}

/** The style of the in-text citations: `references.citation-style`, else the first list's. */
export function citationStyleName(profile: Profile): string | undefined {
  const raw = (profile.raw.references as Record<string, unknown> | undefined)?.['citation-style'];
  return typeof raw === 'string' && raw ? raw : profile.references.lists[0]?.style;
}

export function resolveReferences(source: ArticleSource, profile: Profile): ResolvedReferences {
  const bag = new DiagnosticBag(profile.rules);
  const items = source.bibliography;
  const itemsById = new Map<string, CslItem>(items.map((i) => [i.id, i]));
  const profileAt = { file: profile.file, line: 1, column: 1 };

  let scheme: TranslitScheme | undefined;
  try {
    // `none`: the journal romanizes nothing (a style that asks for it prints the original script).
    if (profile.references.transliteration !== 'none') scheme = getScheme(profile.references.transliteration);
  } catch (e) {
    bag.report('reference-translit-scheme', (e as Error).message, profileAt);
  }
  checkBibliography(items, source.bibliographyPositions, scheme, bag);
  for (const lang of new Set([...profile.languages, source.meta.lang]))
    if (!findLocaleXml(profile.templates, lang))
      bag.report('reference-locale-missing', `Unexpected language "${lang}" with no CSL locale, expected csl/locales-${localeTag(lang)}.xml in the templates or a locale of the CSL repository`, profileAt);

  const citations = collectCitations(source);
  // Each archive's cited files, one segment per citation, in reading order.
  const archivalFiles = new Map<string, ArchivalCite[][]>();
  for (const c of citations) {
    const byArchive = new Map<string, ArchivalCite[]>();
    for (const cite of archivalCites(c, itemsById)) byArchive.set(cite.archive, [...(byArchive.get(cite.archive) ?? []), cite]);
    for (const [archive, cites] of byArchive) archivalFiles.set(archive, [...(archivalFiles.get(archive) ?? []), cites]);
  }

  // Works in the order of their first citation, then the uncited: a numeric style
  // numbers by that order (a style that sorts its list sorts it itself).
  const firstCited = new Map<string, number>();
  for (const c of citations) for (const ci of c.items) if (!firstCited.has(ci.key)) firstCited.set(ci.key, firstCited.size);
  const inCitationOrder = [...items].sort((a, b) => (firstCited.get(a.id) ?? Infinity) - (firstCited.get(b.id) ?? Infinity));

  // Each style's engine gets the items prepared for it once; lists and clusters share it.
  const loaded = new Map<string, StyleEngine | undefined>();
  const citeStyle = citationStyleName(profile);
  const engineLoaded = (name: string): StyleEngine | undefined => {
    if (loaded.has(name)) return loaded.get(name);
    const engine = engineFor(name, profile, bag, name === citeStyle && citations.length ? 'all' : 'list', source.meta.lang);
    if (engine) {
      const { config } = engine.style;
      const archiveLocations = new Map([...archivalFiles].map(([id, files]) => [id, archiveLocation(files, config.archivalTerms, profile.references.archiveFiles)]));
      engine.load(inCitationOrder.map((i) => prepareItem(i, { config, scheme, archiveLocations })));
    }
    loaded.set(name, engine);
    return engine;
  };

  const references: ReferenceList[] = [];
  for (const spec of profile.references.lists) {
    try {
      const engine = engineLoaded(spec.style);
      if (engine) references.push(renderList(spec, items, engine, scheme));
    } catch (e) {
      bag.report('reference-style-invalid', `Unexpected failure rendering the list "${spec.title}" with style ${spec.style}: ${(e as Error).message}, expected a style citeproc can render`, profileAt);
    }
  }

  const rendered = new Map<string, Inline[]>();
  const layouts = new Map<string, CitationLayout>();
  let noteStyle = false;
  if (citeStyle && citations.length) {
    try {
      const engine = engineLoaded(citeStyle);
      const { clusters, layouts: byCitation, problems } = engine ? renderClusters(citations, items, engine) : { clusters: new Map<string, Inline[]>(), layouts: new Map<string, CitationLayout>(), problems: [] };
      for (const [id, inlines] of clusters) rendered.set(id, inlines);
      for (const [id, layout] of byCitation) layouts.set(id, layout);
      if (engine?.citationClass === 'note') noteStyle = true;
      for (const p of problems)
        if (p.kind === 'archival-locator')
          bag.report('reference-archival-locator', `Unexpected archival locator ${JSON.stringify(p.item.locator ?? '')} for \`@${p.item.key}\`, expected fond, opis, delo and sheet such as "Ф. 17. Оп. 3. Д. 337. Л. 4"`, p.item.position ?? p.citation.position);
    } catch (e) {
      bag.report('reference-style-invalid', `Unexpected failure rendering citations with style ${citeStyle}: ${(e as Error).message}, expected a style citeproc can render`, profileAt);
    }
  }
  return { references, citations: rendered, layouts, ...(noteStyle ? { noteStyle } : {}), diagnostics: bag.items };
}

function engineFor(name: string, profile: Profile, bag: DiagnosticBag, use: 'list' | 'all', lang: string): StyleEngine | undefined {
  try {
    return styleEngine(loadStyle(profile.templates, name), profile.templates, use, lang);
  } catch (e) {
    if (e instanceof TemplateNotFoundError) bag.report('template-missing', e.message, { file: profile.file, line: 1, column: 1 });
    else if (e instanceof StyleConfigError) bag.report('reference-style-invalid', e.message);
    else bag.report('reference-style-invalid', `Unexpected failure loading style ${name}: ${(e as Error).message}, expected a CSL style citeproc can read`);
    return undefined;
  }
}
