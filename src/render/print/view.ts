// The data the print templates receive: every piece already rendered to HTML
// (escaped in one place, src/render/xml-escape.ts) or to a CSS value.
import type { Article, Author, PersonName } from '../../model/types.js';
import type { HeadContent, PrintProfile } from '../../pdf/print-profile.js';
import type { Profile } from '../../profile/types.js';
import { escapeHtml } from '../xml-escape.js';
import { renderBlocks } from './block.js';
import { cssString } from './css-value.js';
import { fontFaceCss } from './fonts.js';
import { renderInlines } from './inline.js';
import { initialsFirst } from '../../model/person-names.js';
import { loadLabels } from '../html/labels.js';
import type { PrintState } from './state.js';
import { printMatterView, type PrintMatterView } from './matter.js';

export interface AbstractView {
  lang: string;
  html: string;
  keywordsLabel: string;
  keywords: string;
  /** Title and authors in the abstract's language, above an abstract not in the article's language. */
  translated?: { authors: string; titleHtml: string };
}

export interface PrintView {
  lang: string;
  titleText: string;
  fontFaces: string;
  css: {
    pageWidth: string;
    pageHeight: string;
    marginTop: string;
    marginBottom: string;
    marginInner: string;
    marginOuter: string;
    fontSize: string;
    leading: number;
    smallFontSize: string;
    smallLeading: number;
    indent: string;
    bodyFamily: string;
    headingFamily: string;
    rectoSide: 'left' | 'right';
    versoSide: 'left' | 'right';
    rectoHead: string;
    versoHead: string;
    /** Printed footnote numbers: one call/marker rule each. */
    footnoteNumbers: number[];
  };
  first: {
    doi?: string;
    udcLabel: string;
    udc?: string;
    titleText: string;
    titleHtml: string;
    starNoteHtml: string;
    authors: string;
    affiliations: string[];
    abstracts: AbstractView[];
  };
  bodyHtml: string;
  matter: PrintMatterView;
  references: { kind: string; lang: string; title: string; entries: { id: string; lang: string; html: string }[] }[];
  submitted?: { lang: string; text: string };
}

const fullName = (n: PersonName | undefined) => (n ? `${n.given} ${n.surname}`.trim() : '');

function authorNames(authors: Author[], lang: string): string {
  return authors.map((a) => fullName(a.name[lang] ?? Object.values(a.name)[0])).join(', ');
}

function headText(content: HeadContent, article: Article, profile: Profile): string {
  const lang = article.meta.lang;
  switch (content) {
    case 'authors':
      return article.meta.authors
        .map((a) => a.name[lang] ?? Object.values(a.name)[0])
        .map((n) => (n ? initialsFirst(n, '\u00A0') : ''))
        .join(', ');
    case 'title':
      return article.meta.titleText[lang] ?? '';
    case 'short-title':
      return article.meta.shortTitle?.[lang] ?? article.meta.titleText[lang] ?? '';
    case 'journal':
      return profile.title[lang] ?? '';
    case 'none':
      return '';
  }
}

/** DD.MM.YYYY (or the profile's pattern) from an ISO date. */
export function formatDate(iso: string, pattern: string): string {
  const [year, month, day] = iso.split('-');
  return pattern.replace('YYYY', year).replace('MM', month).replace('DD', day);
}

export function printView(article: Article, profile: Profile, print: PrintProfile, state: PrintState): PrintView {
  const meta = article.meta;
  const lang = meta.lang;
  const others = profile.languages.filter((l) => l !== lang);
  const rectoSide = (meta.pages.first ?? 1) % 2 === 1 ? 'right' : 'left';
  // A language with keywords and no abstract (a notice) still prints its keywords line.
  const abstractLangs = [lang, ...others].filter((l) => meta.abstract[l]?.length || meta.keywords[l]?.length);
  const starNoteHtml = article.citationBlocks
    .map((block) => `<span class="fn-p" lang="${escapeHtml(block.lang)}"><em>${escapeHtml(block.label)}:</em> ${renderInlines(block.text, state)}</span>`)
    .join('');
  const affiliationLine = (id: string) => {
    const aff = meta.affiliations.find((a) => a.id === id);
    if (!aff) return '';
    const place = [aff.city?.[lang], aff.country?.[lang]].filter(Boolean).join(', ');
    return escapeHtml([aff.institution[lang] ?? Object.values(aff.institution)[0], place].filter(Boolean).join(',\n'));
  };
  const affiliationIds = [...new Set(meta.authors.flatMap((a) => a.affiliations))];
  // The profile's print.labels win; else the journal's label tables (complete for its languages: src/profile/languages.ts).
  const labels = loadLabels(profile.templates, profile.labels);
  return {
    lang,
    titleText: meta.titleText[lang] ?? '',
    fontFaces: fontFaceCss(print.fonts.body) + '\n' + fontFaceCss(print.fonts.heading),
    css: {
      pageWidth: print.page.width,
      pageHeight: print.page.height,
      marginTop: print.margins.top,
      marginBottom: print.margins.bottom,
      marginInner: print.margins.inner,
      marginOuter: print.margins.outer,
      fontSize: print.fontSize,
      leading: print.leading,
      smallFontSize: print.smallFontSize,
      smallLeading: print.smallLeading,
      indent: print.indent,
      bodyFamily: cssString(print.fonts.body.family),
      headingFamily: cssString(print.fonts.heading.family),
      rectoSide,
      versoSide: rectoSide === 'right' ? 'left' : 'right',
      rectoHead: cssString(headText(print.runningHeads.recto, article, profile)),
      versoHead: cssString(headText(print.runningHeads.verso, article, profile)),
      footnoteNumbers: article.footnotes.map((n) => n.number).filter((n) => Number.isInteger(n)),
    },
    first: {
      doi: meta.doi,
      udcLabel: profile.udc.label,
      udc: meta.udc,
      titleText: meta.titleText[lang] ?? '',
      titleHtml: renderInlines(meta.title[lang] ?? [], state),
      starNoteHtml,
      authors: escapeHtml(authorNames(meta.authors, lang)),
      affiliations: affiliationIds.map(affiliationLine).filter(Boolean),
      abstracts: abstractLangs.map((l) => ({
        lang: l,
        html: renderBlocks(meta.abstract[l] ?? [], state),
        keywordsLabel: print.labels.keywords[l] ?? labels.get(l, 'keywords', lang),
        keywords: escapeHtml((meta.keywords[l] ?? []).join('; ')),
        translated:
          l !== lang && print.firstPage.translatedTitle && meta.title[l]?.length
            ? { authors: escapeHtml(authorNames(meta.authors, l)), titleHtml: renderInlines(meta.title[l], state) }
            : undefined,
      })),
    },
    bodyHtml: renderBlocks(article.body, state),
    matter: printMatterView(article, profile, state),
    references: article.references.map((list) => ({
      kind: list.kind,
      lang: list.lang,
      title: list.title,
      entries: list.entries.map((entry) => ({ id: entry.id, lang: entry.lang || list.lang, html: renderInlines(entry.text, state) })),
    })),
    submitted: meta.history.received
      ? { lang, text: (print.labels.submitted[lang] ?? labels.get(lang, 'submitted-on')).replace('{date}', formatDate(meta.history.received, print.dateFormat)) }
      : undefined,
  };
}
