// Article + profile → the metadata written into the PDF (Info and XMP).
import type { Article } from '../model/types.js';
import type { Profile } from '../profile/types.js';
import type { Clock } from '../render/context.js';
import { fillUrlPattern, UrlPatternError } from '../render/url-pattern.js';
import type { PdfMetadata } from './xmp.js';

/** Fixed strings: a version-free producer keeps the bytes stable across Chromium updates of the same layout. */
export const PDF_CREATOR = 'Galley (paged.js, Chromium)';
export const PDF_PRODUCER = 'Galley with pdf-lib';

export function pdfMetadata(article: Article, profile: Profile, clock: Clock): PdfMetadata {
  const meta = article.meta;
  const lang = meta.lang;
  const langs = [lang, ...profile.languages.filter((l) => l !== lang)];
  const titles = langs.filter((l) => meta.titleText[l]).map((l) => ({ lang: l, text: meta.titleText[l] }));
  const authors = meta.authors.map((a) => {
    const name = a.name[lang] ?? Object.values(a.name)[0];
    return name ? `${name.given} ${name.surname}`.trim() : '';
  });
  const block = article.citationBlocks.find((b) => b.lang === lang) ?? article.citationBlocks[0];
  const pages = meta.pages.first !== undefined ? `, pp. ${meta.pages.first}${meta.pages.last !== undefined ? `–${meta.pages.last}` : ''}` : '';
  const subject = block?.plain ?? `${profile.title[lang] ?? ''}, Vol. ${meta.volume}, ${meta.issue === undefined ? '' : `№ ${meta.issue}, `}${meta.year}${pages}${meta.doi ? `. DOI ${meta.doi}` : ''}`;
  let url: string | undefined;
  try {
    url = meta.doi ? fillUrlPattern(profile.urls.article, { doi: meta.doi, id: article.id, year: meta.year, volume: meta.volume, issue: meta.issue, seq: meta.seq }) : undefined;
  } catch (error) {
    if (!(error instanceof UrlPatternError)) throw error;
  }
  return {
    titles,
    authors,
    subject,
    keywords: langs.flatMap((l) => meta.keywords[l] ?? []),
    lang,
    languages: langs,
    doi: meta.doi,
    url,
    issn: profile.issn.print,
    eIssn: profile.issn.electronic,
    journal: profile.title[lang] ?? Object.values(profile.title)[0] ?? '',
    publisher: profile.publisher.name[lang] ?? Object.values(profile.publisher.name)[0] ?? '',
    volume: String(meta.volume),
    number: meta.issue,
    startingPage: meta.pages.first,
    endingPage: meta.pages.last,
    coverDate: meta.history.published,
    rights: profile.license.text[lang],
    licenseUrl: meta.license ?? profile.license.url,
    creatorTool: PDF_CREATOR,
    producer: PDF_PRODUCER,
    date: clock.now(),
  };
}
