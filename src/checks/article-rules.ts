// The journal rules over one article's metadata: DOI, UDC and citation blocks.
// The pipeline calls this once per article after loading; output-level DOI
// agreement (checkDoiConsistency) runs after rendering.
import type { ArticleSource, CitationBlock } from '../model/types.js';
import type { Profile } from '../profile/types.js';
import { generateCitationBlocks } from '../model/citation-block.js';
import type { Diagnostic } from './diagnostic.js';
import { checkDoi } from './doi.js';
import { checkUdc } from './udc/rule.js';
import { checkCitationBlocks } from './citation-block.js';

/**
 * @param article the loaded source; `citationBlocks` when the caller has already
 *   generated them (the resolved Article), else they are generated here.
 */
export function checkArticleRules(article: ArticleSource & { citationBlocks?: CitationBlock[] }, profile: Profile): Diagnostic[] {
  const { meta } = article;
  const generated = article.citationBlocks ? { blocks: article.citationBlocks, diagnostics: [] } : generateCitationBlocks(meta, profile);
  return [
    ...checkDoi(meta, profile),
    ...checkUdc(meta, profile, article.file),
    ...generated.diagnostics,
    ...checkCitationBlocks(meta, profile, generated.blocks),
  ];
}
