// The issue's table of contents: one model, rendered as the web page and as
// the print pages (front matter + contents) of the issue PDF.
import type { Article } from '../model/types.js';
import type { Profile } from '../profile/types.js';
import { fillUrlPattern } from '../render/url-pattern.js';
import { loadFormatTemplates } from '../render/templates.js';
import { escapeHtml } from '../render/xml-escape.js';
import type { IssueSpec, Placement } from './types.js';

export interface TocEntry {
  id: string;
  title: Record<string, string>;
  authors: Record<string, string>;
  pages: string;
  first: number;
  doi?: string;
  doiUrl?: string;
  href: string;
}

export interface TocModel {
  journal: Record<string, string>;
  issn: Profile['issn'];
  volume: number;
  number: string;
  year: number;
  published: string;
  languages: string[];
  sections: { title: Record<string, string>; entries: TocEntry[] }[];
}

export function tocModel(issue: IssueSpec, profile: Profile, articles: Map<string, Article>, placements: Map<string, Placement>): TocModel {
  return {
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
        return {
          id,
          title: article.meta.titleText,
          authors,
          pages: place.first === place.last ? `${place.first}` : `${place.first}–${place.last}`,
          first: place.first,
          doi,
          doiUrl: doi ? `https://doi.org/${doi}` : undefined,
          href: doi ? fillUrlPattern(profile.urls.article, { doi, id, year: article.meta.year, volume: article.meta.volume, issue: article.meta.issue, seq: article.meta.seq }) : `${id}/index.html`,
        };
      }),
    })),
  };
}

function templates(profile: Profile) {
  return loadFormatTemplates(profile.templates, 'issue', escapeHtml, (env) => {
    env.registerHelper('pick', (map: Record<string, string> | undefined, lang: string) => map?.[lang] ?? '');
  });
}

/** The contents as a web page (dist/issues/<issue>/index.html). */
export function renderTocHtml(model: TocModel, profile: Profile): string {
  return templates(profile).render('toc', model);
}

/** Front matter and contents as print HTML for paged.js (the first pages of the issue PDF). */
export function renderTocPrintHtml(model: TocModel, profile: Profile, css: string): string {
  return templates(profile).render('print', { ...model, css });
}
