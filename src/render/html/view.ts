// The data the page templates receive: strings already escaped where they
// hold markup (`*Html`), plain text everywhere else (Handlebars escapes it).
import type { Article } from '../../model/types.js';
import { renderBlocks, renderFootnotes } from './block.js';
import { articleFacts, fullName, pick, type ArticleFacts } from './facts.js';
import { headMetaTags, type MetaTag } from './head-meta.js';
import { renderInlines } from './inline.js';
import { scholarlyArticle, scriptSafeJson } from './json-ld.js';
import { referenceAnchor, linkedReferenceList, safeId, type HtmlState } from './state.js';
import { doiUrl } from './facts.js';
import { htmlAssetPaths } from './asset-paths.js';
import { matterJsonLd, matterPageView, withAuthorEmails, type MatterPageView } from './matter.js';

interface LangText {
  lang: string;
  text: string;
}

export interface PageView {
  lang: string;
  pageTitle: string;
  canonical?: string;
  metaTags: MetaTag[];
  jsonLd: string;
  assets: typeof htmlAssetPaths;
  label: Record<string, string>;
  journal: { title: string; site?: string; issue: string };
  section: LangText[];
  udc?: { label: string; value: string };
  titles: { lang: string; html: string }[];
  authors: { names: LangText[]; orcidUrl?: string; orcidLabel: string; affiliations: number[]; email?: string }[];
  affiliations: { n: number; parts: LangText[] }[];
  doi?: { text: string; url: string };
  galleys: { href: string; label: string; type: string }[];
  history: { label: string; date: string }[];
  abstracts: { lang: string; id: string; heading: string; html: string; keywordsLabel: string; keywords: string }[];
  citation?: { heading: string; blocks: { lang: string; id: string; label: string; html: string; copy: string }[]; copied: string; copyFailed: string };
  bodyHtml: string;
  bodyHeading?: string;
  footnotes?: { heading: string; html: string };
  referenceLists: { lang: string; id: string; title: string; entries: { anchor: string; lang?: string; html: string; doi?: { text: string; url: string } }[] }[];
  license: { url: string; text: string; lang: string };
  matter: MatterPageView;
}

export function pageView(article: Article, state: HtmlState): PageView {
  const { meta } = article;
  const { profile, labels } = state;
  const lang = meta.lang;
  const facts: ArticleFacts = articleFacts(article, state);
  const languages = [lang, ...facts.otherLangs];
  const l = (key: string, language = lang) => labels.get(language, key);
  const present = (record: Record<string, unknown> | undefined) => languages.filter((x) => record?.[x] !== undefined && record[x] !== '');

  // The body first: rendering it counts footnote calls, which the notes need for their back links.
  const bodyHtml = renderBlocks(article.body, state);
  const matter = matterPageView(article, state);
  const footnotesHtml = article.footnotes.length ? renderFootnotes(article.footnotes, state) : '';

  const affiliationNumber = new Map(meta.affiliations.map((a, i) => [a.id, i + 1]));
  const linked = linkedReferenceList(article);
  const ogLocales = Object.fromEntries(languages.map((x) => [x, l('og-locale', x)]));

  return {
    lang,
    pageTitle: `${facts.title} — ${facts.journalTitle}`,
    canonical: facts.articleUrl,
    metaTags: withAuthorEmails(headMetaTags(facts, meta.pages, meta.volume, meta.issue, meta.section?.[lang], ogLocales), article),
    jsonLd: scriptSafeJson({ ...scholarlyArticle(facts, meta.pages, meta.volume, meta.issue), ...matterJsonLd(article) }),
    assets: htmlAssetPaths,
    label: Object.fromEntries(['skip-link', 'downloads', 'notes', 'doi', 'authors', 'affiliations', 'license'].map((k) => [k, l(k)])),
    journal: {
      title: facts.journalTitle,
      site: profile.urls.site,
      issue: `${l('volume')} ${meta.volume}, ${meta.issue === undefined ? '' : `${l('issue')} ${meta.issue}, `}${meta.year}${meta.pages.first ? `. ${l('pages')} ${[meta.pages.first, meta.pages.last].filter(Boolean).join('–')}` : ''}`,
    },
    section: present(meta.section).map((x) => ({ lang: x, text: meta.section![x] })),
    udc: meta.udc ? { label: profile.udc.label, value: meta.udc } : undefined,
    titles: present(meta.title).map((x) => ({ lang: x, html: renderInlines(meta.title[x], state) })),
    authors: meta.authors.map((author) => {
      const name = fullName(author.name[lang] ?? Object.values(author.name)[0]);
      return {
        names: present(author.name).map((x) => ({ lang: x, text: fullName(author.name[x]) })),
        orcidUrl: author.orcid ? facts.authors[meta.authors.indexOf(author)].orcidUrl : undefined,
        orcidLabel: `${l('orcid-of')} ${name}`,
        affiliations: author.affiliations.map((id) => affiliationNumber.get(id)).filter((n): n is number => n !== undefined),
        email: author.email,
      };
    }),
    affiliations: meta.affiliations.map((aff, i) => ({
      n: i + 1,
      parts: languages
        .filter((x) => aff.institution[x])
        .map((x) => ({ lang: x, text: [aff.institution[x], aff.city?.[x], aff.country?.[x]].filter(Boolean).join(', ') })),
    })),
    doi: facts.doi ? { text: facts.doi, url: facts.doiUrl! } : undefined,
    galleys: [
      { href: `${article.id}.pdf`, label: l('pdf'), type: 'application/pdf' },
      { href: `${article.id}.jats.xml`, label: l('jats'), type: 'application/xml' },
    ],
    history: (['received', 'accepted', 'published'] as const).filter((k) => meta.history[k]).map((k) => ({ label: l(k), date: meta.history[k]! })),
    // Keywords without an abstract in their language (a notice) get a section of their own.
    abstracts: languages.filter((x) => present(meta.abstract).includes(x) || present(meta.keywords).includes(x)).map((x) => ({
      lang: x,
      id: `abstract-${safeId(x)}`,
      heading: l(meta.abstract[x] ? 'abstract' : 'keywords', x),
      html: meta.abstract[x] ? renderBlocks(meta.abstract[x], state) : '',
      keywordsLabel: l('keywords', x),
      keywords: (meta.keywords[x] ?? []).join('; '),
    })),
    citation: article.citationBlocks.length
      ? {
          heading: l('how-to-cite'),
          copied: l('copied'),
          copyFailed: l('copy-failed'),
          blocks: article.citationBlocks.map((block) => ({
            lang: block.lang,
            id: `citation-${safeId(block.lang)}`,
            label: block.label,
            html: renderInlines(block.text, state),
            copy: `${l('copy', block.lang)}`,
          })),
        }
      : undefined,
    bodyHtml,
    bodyHeading: article.body.some((b) => b.type === 'section') ? undefined : l('article-text'),
    footnotes: footnotesHtml ? { heading: l('notes'), html: footnotesHtml } : undefined,
    referenceLists: article.references.map((list) => ({
      lang: list.lang,
      id: `references-${safeId(list.kind)}`,
      title: list.title,
      entries: list.entries.map((entry) => ({
        anchor: referenceAnchor(list, linked, entry.id),
        lang: entry.lang !== list.lang ? entry.lang : undefined,
        html: renderInlines(entry.text, state),
        doi: entry.doi ? { text: entry.doi, url: doiUrl(entry.doi) } : undefined,
      })),
    })),
    license: { url: facts.license, text: pick(profile.license.text, lang), lang },
    matter,
  };
}
