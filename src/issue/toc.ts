// The issue's table of contents: one model, rendered as the web page and as
// the print pages (front matter + contents) of the issue PDF.
import type { Article } from '../model/types.js';
import type { Profile } from '../profile/types.js';
import { loadLabels } from '../render/html/labels.js';
import { fillUrlPattern } from '../render/url-pattern.js';
import { loadFormatTemplates } from '../render/templates.js';
import { cacheDir } from '../util/disk-cache.js';
import { escapeHtml } from '../render/xml-escape.js';
import type { IssueSpec, Placement } from './types.js';

export interface TocEntry {
  id: string;
  title: Record<string, string>;
  /** The title as HTML: a date or page range (`1917–1927`) never breaks at its dash. */
  titleHtml: Record<string, string>;
  authors: Record<string, string>;
  pages: string;
  first: number;
  doi?: string;
  doiUrl?: string;
  /** The article's web page beside the contents page (dist/issues/<issue>/<id>/index.html). */
  href: string;
  /** The galleys beside the contents page, relative to it. */
  galleys: { html: string; pdf: string; jats: string };
  /** The article's landing page on the journal's site, when it has a DOI. */
  siteUrl?: string;
}

export interface TocModel {
  journal: Record<string, string>;
  issn: Profile['issn'];
  volume: number;
  number: string;
  year: number;
  published: string;
  languages: string[];
  /** "Vol. 5, No. 3, 2017" / "Т. 5, № 3, 2017": the words the article pages use (html/labels.yaml). */
  numbering: Record<string, string>;
  sections: { title: Record<string, string>; entries: TocEntry[] }[];
}

/** Escaped text whose ranges (`1917–1927`, `693–707`) are kept on one line. */
export function unbrokenRanges(text: string): string {
  return escapeHtml(text).replace(/(\(?\d+\s?[–—-]\s?\d+\)?)/g, '<span class="nowrap">$1</span>');
}

export function tocModel(issue: IssueSpec, profile: Profile, articles: Map<string, Article>, placements: Map<string, Placement>): TocModel {
  const labels = loadLabels(profile.templates);
  const numbering: Record<string, string> = {};
  for (const lang of profile.languages) numbering[lang] = `${labels.get(lang, 'volume')} ${issue.volume}, ${labels.get(lang, 'issue')} ${issue.number}, ${issue.year}`;
  return {
    numbering,
    journal: profile.title,
    issn: profile.issn,
    volume: issue.volume,
    number: issue.number,
    year: issue.year,
    published: issue.published,
    languages: profile.languages,
    sections: issue.sections.map((section) => ({
      title: section.title,
      entries: section.articles.map(({ id }) => {
        const article = articles.get(id)!;
        const place = placements.get(id)!;
        const authors: Record<string, string> = {};
        for (const lang of profile.languages)
          authors[lang] = article.meta.authors.map((a) => { const n = a.name[lang] ?? a.name[article.meta.lang]; return n ? `${n.given} ${n.surname}` : ''; }).join(', ');
        const doi = article.meta.doi;
        const titleHtml: Record<string, string> = {};
        for (const [lang, text] of Object.entries(article.meta.titleText)) titleHtml[lang] = unbrokenRanges(text);
        return {
          id,
          title: article.meta.titleText,
          titleHtml,
          authors,
          pages: place.first === place.last ? `${place.first}` : `${place.first}–${place.last}`,
          first: place.first,
          doi,
          doiUrl: doi ? `https://doi.org/${doi}` : undefined,
          href: `${id}/index.html`,
          galleys: { html: `${id}/index.html`, pdf: `${id}/${id}.pdf`, jats: `${id}/${id}.jats.xml` },
          siteUrl: doi ? fillUrlPattern(profile.urls.article, { doi, id, year: article.meta.year, volume: article.meta.volume, issue: article.meta.issue, seq: article.meta.seq }) : undefined,
        };
      }),
    })),
  };
}

function templates(profile: Profile) {
  return loadFormatTemplates(profile.templates, 'issue', escapeHtml, (env) => {
    env.registerHelper('pick', (map: Record<string, string> | undefined, lang: string) => map?.[lang] ?? '');
  }, { cacheDir: cacheDir(profile.root) });
}

/** The contents as a web page (dist/issues/<issue>/index.html). */
export function renderTocHtml(model: TocModel, profile: Profile): string {
  return templates(profile).render('toc', model);
}

/** Front matter and contents as print HTML for paged.js (the first pages of the issue PDF). */
export function renderTocPrintHtml(model: TocModel, profile: Profile, css: string): string {
  return templates(profile).render('print', { ...model, css });
}
