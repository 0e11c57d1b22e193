// The rules eLIBRARY documents that its XSD cannot check: inside <article> and
// <author> the children sit in an unbounded choice, so required elements, their
// counts and the keyword languages are checked here, on the file as written.
import type { XmlElement } from '../../util/libxml2.js';
import { diagnostic, type Diagnostic } from '../../checks/diagnostic.js';
import { parse } from '../../checks/xml/parse.js';

/** Elements every article needs, and those it may have only once. */
const required = ['pages', 'artType', 'langPubl', 'artTitles', 'text'];
const once = ['pages', 'artType', 'langPubl'];

export function checkElibraryRules(xml: string, outputName: string): Diagnostic[] {
  const doc = parse(xml, outputName);
  if ('errors' in doc) return []; // well-formedness is the schema check's to report
  try {
    const out: Diagnostic[] = [];
    const at = (node: { line: number }) => ({ file: outputName, line: node.line, column: 1 });
    const articles = doc.find('/journal/issue/articles/article') as XmlElement[];
    articles.forEach((article, i) => {
      const name = `article ${i + 1}${article.get('codes/doi') ? ` (${article.get('codes/doi')!.content})` : ''}`;
      for (const element of required)
        if (!article.get(element)) out.push(diagnostic('elibrary-article-required', `Unexpected ${name} without <${element}>, expected every eLIBRARY article to have one`, at(article)));
      for (const element of once) {
        const found = article.find(element);
        if (found.length > 1) out.push(diagnostic('elibrary-article-count', `Unexpected ${found.length} <${element}> elements in ${name}, expected exactly one`, at(found[1])));
      }
      for (const author of article.find('authors/author') as XmlElement[]) {
        const infos = author.find('individInfo').length;
        if (infos < 1 || infos > 3) out.push(diagnostic('elibrary-author-info', `Unexpected ${infos} <individInfo> for author ${author.get('@num')?.content ?? '?'} of ${name}, expected one to three`, at(author)));
      }
      for (const group of article.find('keywords/kwdGroup') as XmlElement[]) {
        const lang = group.get('@lang')?.content ?? '';
        if (lang === 'ANY' || lang === 'UNK') out.push(diagnostic('elibrary-keyword-lang', `Unexpected kwdGroup lang="${lang}" in ${name}, expected the keywords' real language (RUS, ENG …)`, at(group)));
      }
    });
    return out;
  } finally {
    doc.dispose();
  }
}
