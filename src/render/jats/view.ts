// The data the JATS templates see. Plain strings are escaped by the templates
// (`{{x}}`); fields named `xml` hold markup rendered by the node handlers and
// are inserted raw (`{{{xml}}}`).
import type { Affiliation, Author, Block, Inline, Localized } from '../../model/types.js';
import { blockParts } from '../../model/block-parts.js';
import { isPrinted } from '../../profile/load.js';
import type { Profile } from '../../profile/types.js';
import { fillUrlPattern } from '../url-pattern.js';
import { splitAppendices } from './handlers/appendix.js';
import { renderReferenceList } from './references.js';
import type { JatsState } from './state.js';
import { contribMatter, matterView } from './matter.js';

interface LangXml {
  lang: string;
  xml: string;
}

interface DateParts {
  iso: string;
  year: string;
  month?: string;
  day?: string;
}

/** The article's language first, then the journal's other languages that have a value. */
function languages<T>(state: JatsState, profile: Profile, values: Localized<T> | undefined): { lang: string; value: T }[] {
  const order = [state.article.meta.lang, ...profile.languages.filter((l) => l !== state.article.meta.lang)];
  const extra = Object.keys(values ?? {}).filter((l) => !order.includes(l)).sort();
  return [...order, ...extra].filter((lang) => values?.[lang] !== undefined).map((lang) => ({ lang, value: values![lang] }));
}

function dateParts(iso: string): DateParts {
  const [year, month, day] = iso.split('-');
  return { iso, year, month, day };
}

/** Titles carry no footnote calls in the metadata. */
function withoutFootnoteRefs(nodes: Inline[]): Inline[] {
  return nodes.filter((n) => n.type !== 'footnoteRef');
}

function titleView(state: JatsState, profile: Profile) {
  const [main, ...trans] = languages(state, profile, state.article.meta.title);
  const xml = (lang: string, nodes: Inline[]) => state.inlines(withoutFootnoteRefs(nodes), { ...state, lang });
  return {
    xml: main ? xml(main.lang, main.value) : '',
    trans: trans.map(({ lang, value }): LangXml => ({ lang, xml: xml(lang, value) })),
    // The short titles are the running heads of the print galley.
    runningHeads: languages(state, profile, state.article.meta.shortTitle).map(({ lang, value }) => ({ lang, text: value })),
  };
}

/** The language attribute of a part in the article's language is left to inheritance (JATS4R: unnecessary). */
const ownLanguage = (state: JatsState, lang: string) => (lang === state.article.meta.lang ? undefined : lang);

/** Figures, works in the reference list and printed pages. */
function countsView(state: JatsState) {
  const { article } = state;
  let figures = 0;
  let tables = 0;
  const walk = (blocks: Block[]): void => {
    for (const b of blocks) {
      if (b.type === 'figure') figures++;
      else if (b.type === 'table') tables++;
      else blockParts(b).blocks.forEach(walk);
    }
  };
  walk(article.body);
  const refs = new Set(article.references.flatMap((list) => list.entries.map((e) => e.id))).size;
  const { first, last } = article.meta.pages;
  return { figures, tables, refs, pages: first !== undefined && last !== undefined && last >= first ? last - first + 1 : undefined };
}

function contribView(author: Author, affIds: Map<string, string>, state: JatsState, profile: Profile) {
  return {
    corresp: author.corresponding === true,
    orcid: author.orcid ? (author.orcid.startsWith('http') ? author.orcid : `https://orcid.org/${author.orcid}`) : undefined,
    orcidAuthenticated: author.orcidAuthenticated === true,
    names: languages(state, profile, author.name).map(({ lang, value }) => ({ lang, surname: value.surname, given: value.given })),
    email: author.email,
    affRids: author.affiliations.map((id) => affIds.get(id)).filter(Boolean),
  };
}

function affView(aff: Affiliation, id: string, state: JatsState, profile: Profile) {
  return {
    id,
    ror: aff.ror,
    versions: languages(state, profile, aff.institution).map(({ lang, value }) => ({
      lang,
      institution: value,
      city: aff.city?.[lang],
      country: aff.country?.[lang],
      countryCode: aff.countryCode,
    })),
  };
}

function blocksByLanguage(state: JatsState, profile: Profile, values: Localized<Block[]>): LangXml[] {
  return languages(state, profile, values)
    .filter(({ value }) => value.length > 0)
    .map(({ lang, value }) => ({ lang, xml: state.blocks(value, { ...state, lang }) }));
}

/** What each self-uri links to, in the article's language (JATS4R: every link says what it points at). Data. */
const selfUriTitles: Record<'page' | 'pdf', Localized> = {
  page: { en: 'Article page (HTML, full text)', ru: 'Страница статьи (HTML, полный текст)' },
  pdf: { en: 'Article PDF (print version)', ru: 'PDF статьи (печатная версия)' },
};

function selfUris(state: JatsState, profile: Profile): { href: string; contentType?: string; title: string }[] {
  const { meta, id } = state.article;
  if (!meta.doi) return [];
  const values = { doi: meta.doi, id, year: meta.year, volume: meta.volume, issue: meta.issue, seq: meta.seq };
  const title = (kind: keyof typeof selfUriTitles) => selfUriTitles[kind][meta.lang] ?? selfUriTitles[kind].en;
  const uris: { href: string; contentType?: string; title: string }[] = [{ href: fillUrlPattern(profile.urls.article, values), title: title('page') }];
  if (profile.urls.pdf) uris.push({ href: fillUrlPattern(profile.urls.pdf, values), contentType: 'pdf', title: title('pdf') });
  return uris;
}

/** A JATS <fn> holds only paragraphs: other blocks (a list, a quote) go inside one. */
function footnoteBody(blocks: Block[], state: JatsState): string {
  return blocks.map((b) => (b.type === 'paragraph' ? state.blocks([b], state) : `<p>${state.blocks([b], state)}</p>`)).join('\n');
}

export function documentView(state: JatsState, profile: Profile, doctype: { publicId: string; systemId: string }, dtdVersion: string) {
  const { article } = state;
  const { meta } = article;
  const parts = splitAppendices(article.body, state);
  const affIds = new Map(meta.affiliations.map((aff) => [aff.id, state.ids.claim(`aff-${aff.id}`, 'aff')]));
  const matter = matterView(state, profile);
  const [abstract, ...transAbstracts] = blocksByLanguage(state, profile, meta.abstract);
  const licenseUrl = meta.license ?? profile.license.url;
  const journalTitles = languages(state, profile, profile.title);
  const history = (['received', 'revised', 'accepted'] as const)
    .filter((k) => meta.history[k])
    .map((k) => ({ type: k === 'revised' ? 'rev-recd' : k, ...dateParts(meta.history[k]!) }));
  return {
    doctype,
    dtdVersion,
    matter,
    lang: meta.lang,
    journal: {
      id: profile.id,
      title: journalTitles[0],
      transTitles: journalTitles.slice(1),
      abbrevTitle: profile.abbrevTitle[meta.lang],
      issn: profile.issn,
      publisherName: profile.publisher.name[meta.lang],
      publisherLoc: profile.publisher.location?.[meta.lang],
    },
    meta: {
      doi: meta.doi,
      sections: languages(state, profile, meta.section).map(({ lang, value }) => ({ lang: ownLanguage(state, lang), text: value })),
      udc: meta.udc,
      title: titleView(state, profile),
      contribs: meta.authors.map((a) => ({ ...contribView(a, affIds, state, profile), ...contribMatter(a, matter.correspRid) })),
      affs: meta.affiliations.map((aff) => affView(aff, affIds.get(aff.id)!, state, profile)),
      year: meta.year,
      printed: isPrinted(profile),
      published: meta.history.published ? dateParts(meta.history.published) : undefined,
      volume: meta.volume,
      issue: meta.issue,
      fpage: meta.pages.first,
      lpage: meta.pages.last,
      history,
      permissions: {
        year: meta.year,
        // `copyright-statement: false`: no "© holder, year" (a journal whose authors keep no stated copyright).
        holder: profile.copyrightStatement === false ? undefined : profile.copyrightHolder?.[meta.lang] ?? profile.publisher.name[meta.lang],
        licenseUrl,
        licenseType: profile.license.openAccess === true ? 'open-access' : undefined,
        // The profile's wording describes the profile's licence only.
        licenseTexts: licenseUrl === profile.license.url ? languages(state, profile, profile.license.text).map(({ lang, value }) => ({ lang, text: value })) : [],
      },
      selfUris: selfUris(state, profile),
      abstract,
      transAbstracts,
      keywords: languages(state, profile, meta.keywords)
        .filter(({ value }) => value.length > 0)
        .map(({ lang, value }) => ({ lang: ownLanguage(state, lang), kwds: value })),
      counts: countsView(state),
    },
    citationNotes: article.citationBlocks.map((block) => ({
      lang: block.lang,
      label: block.label,
      xml: state.inlines(block.text, { ...state, lang: block.lang }),
    })),
    body: state.blocks(parts.body, state),
    appGroup: parts.appGroup,
    footnotes: article.footnotes.map((fn) => ({ id: state.footnoteIds.get(fn.id)!, label: fn.number, xml: footnoteBody(fn.children, state) })),
    refList: renderReferenceList(state),
  };
}
