// eLIBRARY's <fundings>: one <funding lang> per language. The source's funding
// statement where there is one, else the funders and awards in that language
// ("Swedish Research Council, grant 2016-01987"; a funder named only in another
// language keeps that name).
import type { Article, Block } from '../../model/types.js';
import type { Profile } from '../../profile/types.js';
import { loadLabels } from '../html/labels.js';
import { escapeXml } from '../xml-escape.js';

export function fundingTexts(article: Article, profile: Profile, blockMarkup: (blocks: Block[]) => string): { lang: string; markup: string }[] {
  const { meta } = article;
  const statement = meta.statements?.fundingStatement ?? {};
  const funding = meta.funding ?? [];
  const labels = loadLabels(profile.templates);
  const candidates = [meta.lang, ...profile.languages, ...Object.keys(statement), ...funding.flatMap((f) => Object.keys(f.funder))];
  const languages = candidates.filter((l, i) => candidates.indexOf(l) === i && (statement[l] || funding.some((f) => f.funder[l])));
  return languages.map((lang) => {
    if (statement[lang]) return { lang, markup: blockMarkup(statement[lang]) };
    const lines = funding.map((f) => {
      const name = escapeXml(f.funder[lang] ?? f.funder[meta.lang] ?? Object.values(f.funder)[0] ?? '');
      return f.awards.length ? `${name}, ${escapeXml(labels.get(lang, 'award'))} ${f.awards.map(escapeXml).join(', ')}` : name;
    });
    return { lang, markup: lines.join('; ') };
  });
}
