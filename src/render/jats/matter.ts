// The front and back matter the JATS templates print beyond the bibliographic
// core, following JATS4R: CRediT roles on contrib, corresp and the COI statement
// in author-notes, one funding-group with Funder Registry ids, ack, the data
// availability statement as a back sec, supplementary-material, related-article
// for a correction, product for a book review.
import type { Author, Block, Localized } from '../../model/types.js';
import { creditVocabulary } from '../../model/meta/credit.js';
import type { Profile } from '../../profile/types.js';
import { loadLabels } from '../html/labels.js';
import type { JatsState } from './state.js';

interface LangXml {
  /** Absent for the article's own language (inherited). */
  lang?: string;
  xml: string;
}

/** The article's language first, then the journal's others, then any more; only those given. */
function byLanguage<T>(state: JatsState, profile: Profile, values: Localized<T> | undefined): { lang: string; value: T }[] {
  const own = state.article.meta.lang;
  const order = [own, ...profile.languages, ...Object.keys(values ?? {}).sort()].filter((l, i, all) => all.indexOf(l) === i);
  return order.filter((l) => values?.[l] !== undefined).map((lang) => ({ lang, value: values![lang] }));
}

const langAttr = (state: JatsState, lang: string) => (lang === state.article.meta.lang ? undefined : lang);

function blocksXml(state: JatsState, profile: Profile, values: Localized<Block[]> | undefined): LangXml[] {
  return byLanguage(state, profile, values).map(({ lang, value }) => ({ lang: langAttr(state, lang), xml: state.blocks(value, { ...state, lang }) }));
}

/** Text-only content (funding-statement, a caption's title): the paragraphs' inlines. */
function inlineXml(state: JatsState, blocks: Block[], lang: string): string {
  return blocks.map((b) => (b.type === 'paragraph' ? state.inlines(b.children, { ...state, lang }) : '')).filter(Boolean).join(' ');
}

const correspId = (state: JatsState) => state.ids.claim('cor1', 'corresp');

export function contribMatter(author: Author, corresp: string | undefined) {
  return {
    roles: (author.roles ?? []).map((role) => ({ vocabIdentifier: creditVocabulary, term: role.name, uri: role.uri })),
    correspRid: author.corresponding ? corresp : undefined,
  };
}

export function matterView(state: JatsState, profile: Profile) {
  const { meta } = state.article;
  const labels = loadLabels(profile.templates);
  const l = (key: string, lang = meta.lang) => labels.get(lang, key);
  const statements = meta.statements ?? {};
  const corresponding = meta.authors.filter((a) => a.corresponding && a.email);
  const corresp = corresponding.length ? correspId(state) : undefined;
  const notes = blocksXml(state, profile, statements.authorNotes);
  const coi = blocksXml(state, profile, statements.conflictOfInterest);
  const name = (a: Author) => {
    const n = a.name[meta.lang] ?? Object.values(a.name)[0];
    return [n.given, n.surname].filter(Boolean).join(' ');
  };
  const funding = meta.funding ?? [];
  const fundingStatements = byLanguage(state, profile, statements.fundingStatement).map(({ lang, value }) => ({ lang: langAttr(state, lang), xml: inlineXml(state, value, lang) }));
  return {
    articleType: meta.articleType ?? 'research-article',
    correspRid: corresp,
    authorNotes:
      corresp || notes.length || coi.length
        ? {
            corresp: corresp ? { id: corresp, label: l('corresponding-author'), people: corresponding.map((a) => ({ name: name(a), email: a.email })) } : undefined,
            notes,
            coi,
          }
        : undefined,
    product: meta.reviewedBook,
    supplementary: (meta.supplementary ?? []).map((file) => {
      const [mimetype, subtype] = file.mimeType.split('/');
      const captions = byLanguage(state, profile, file.caption);
      return {
        id: state.ids.claim(file.id, 'supp'),
        href: file.src,
        mimetype,
        subtype,
        label: `${l('supplementary-file')} ${file.number}`,
        captions: captions.map(({ lang, value }) => ({ lang: langAttr(state, lang), xml: state.inlines(value, { ...state, lang }) })),
      };
    }),
    related: (meta.related ?? []).map((r, i) => ({ id: state.ids.claim(`ra${i + 1}`, 'related'), type: r.type, doi: r.doi })),
    funding:
      funding.length || fundingStatements.length
        ? {
            awardGroups: funding.map((f, i) => ({
              id: state.ids.claim(`award${i + 1}`, 'award'),
              // JATS4R: one funding-source per award-group, one institution-wrap in it.
              institution: f.funder[meta.lang] ?? byLanguage(state, profile, f.funder)[0]?.value ?? '',
              funderId: f.funderId?.type === 'doi' ? { type: 'doi', vocab: 'open-funder-registry', vocabIdentifier: '10.13039/open_funder_registry', value: f.funderId.value } : f.funderId ? { type: 'ror', value: f.funderId.value } : undefined,
              awards: f.awards,
            })),
            statements: fundingStatements,
          }
        : undefined,
    acks: blocksXml(state, profile, statements.acknowledgements).map((a) => ({ ...a, title: l('acknowledgements', a.lang ?? meta.lang) })),
    dataAvailability: blocksXml(state, profile, statements.dataAvailability).map((d) => ({ ...d, title: l('data-availability', d.lang ?? meta.lang) })),
  };
}
