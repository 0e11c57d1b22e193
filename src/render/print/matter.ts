// The back matter of the print galley, after the text and before the
// reference lists: author contributions, funding, acknowledgements, conflict
// of interest, data availability, supplementary files, the corresponding
// author and author notes; statements in every language they were written in.
// Words come from the same label table as the HTML page (templates/html/labels.yaml).
import type { Article, Block, Localized } from '../../model/types.js';
import type { Profile } from '../../profile/types.js';
import { loadLabels } from '../html/labels.js';
import { escapeHtml } from '../xml-escape.js';
import { renderBlocks } from './block.js';
import { renderInlines } from './inline.js';
import type { PrintState } from './state.js';

export interface PrintMatterSection {
  kind: string;
  heading: string;
  parts: { lang: string; html: string }[];
}

export interface PrintMatterView {
  articleType?: string;
  related: string[];
  sections: PrintMatterSection[];
}

export function printMatterView(article: Article, profile: Profile, state: PrintState): PrintMatterView {
  const { meta } = article;
  const labels = loadLabels(profile.templates);
  const l = (key: string, lang = meta.lang) => labels.get(lang, key);
  const order = <T>(values: Localized<T> | undefined) => {
    const all = [meta.lang, ...profile.languages, ...Object.keys(values ?? {}).sort()];
    return all.filter((x, i) => all.indexOf(x) === i && values?.[x] !== undefined);
  };
  const blocks = (values: Localized<Block[]> | undefined) => order(values).map((lang) => ({ lang, html: renderBlocks(values![lang], state) }));
  const line = (html: string) => ({ lang: meta.lang, html: `<p>${html}</p>` });
  const statements = meta.statements ?? {};
  const sections: PrintMatterSection[] = [];
  const add = (kind: string, parts: { lang: string; html: string }[]) => {
    if (parts.length) sections.push({ kind, heading: l(kind), parts });
  };
  const name = (a: (typeof meta.authors)[number]) => {
    const n = a.name[meta.lang] ?? Object.values(a.name)[0];
    return escapeHtml([n.given, n.surname].filter(Boolean).join(' '));
  };

  const corresponding = meta.authors.filter((a) => a.corresponding && a.email);
  add('author-notes', [
    ...(corresponding.length ? [line(`${escapeHtml(l('corresponding-author'))}: ${corresponding.map((a) => `${name(a)}, ${escapeHtml(a.email!)}`).join('; ')}`)] : []),
    ...blocks(statements.authorNotes),
  ]);
  add('contributions', meta.authors.filter((a) => a.roles?.length).map((a) => line(`${name(a)}: ${a.roles!.map((r) => escapeHtml(r.name)).join(', ')}`)));
  const funders = (meta.funding ?? []).map((f) => {
    const funder = escapeHtml(f.funder[order(f.funder)[0]] ?? '');
    return line(f.awards.length ? `${funder}, ${escapeHtml(l('award'))} ${f.awards.map(escapeHtml).join(', ')}` : funder);
  });
  add('funding', [...funders, ...blocks(statements.fundingStatement)]);
  add('acknowledgements', blocks(statements.acknowledgements));
  add('conflict-of-interest', blocks(statements.conflictOfInterest));
  add('data-availability', blocks(statements.dataAvailability));
  add(
    'supplementary',
    (meta.supplementary ?? []).map((file) => {
      const captionLang = order(file.caption)[0];
      const caption = captionLang ? `: ${renderInlines(file.caption[captionLang], state)}` : '';
      return line(`${escapeHtml(l('supplementary-file'))} ${file.number} (${escapeHtml(file.src)})${caption}`);
    }),
  );

  const related = (meta.related ?? []).map((r) => `${escapeHtml(l(r.type === 'retracted-article' ? 'retracts' : 'corrects'))}: DOI ${escapeHtml(r.doi)}`);
  const book = meta.reviewedBook;
  if (book)
    related.push(`${escapeHtml(l('reviews'))}: ${escapeHtml([book.authors.join(', '), book.title, [book.place, book.publisher].filter(Boolean).join(': '), book.year, book.isbn && `ISBN ${book.isbn}`].filter(Boolean).join('. '))}`);
  return {
    articleType: meta.articleType && meta.articleType !== 'research-article' ? l(`type-${meta.articleType}`) : undefined,
    related,
    sections,
  };
}
