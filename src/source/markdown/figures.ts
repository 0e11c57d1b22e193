// A paragraph holding only an image is a figure; its file must be in the article folder.
import { basename, resolve } from 'node:path';
import type { Image } from 'mdast';
import type { Figure } from '../../model/types.js';
import { cleanText } from '../hygiene.js';
import { resolveInArticle, sandboxReason } from '../sandbox.js';
import type { ConvertContext } from './context.js';
import { positionOf } from './context.js';

/** File names marking a stand-in for an image that is not available. */
const placeholderMark = '.placeholder.';

export function toFigure(image: Image, ctx: ConvertContext, label?: string): Figure {
  const number = ++ctx.counters.figure;
  const position = positionOf(ctx, image);
  const src = decodePath(image.url);
  const alt = cleanText(image.alt ?? '');
  const placeholder = basename(src).includes(placeholderMark);
  // The file read later is the real path checked here, never the link.
  const found = resolveInArticle(ctx.dir, src);
  const file = found.file ?? resolve(ctx.dir, src);
  if (found.problem === 'remote')
    ctx.report('figure-missing-file', `Unexpected remote image ${src}, expected a file in the article folder (the build never fetches)`, position);
  else if (found.problem === 'outside' || found.problem === 'symlink-outside')
    ctx.report('source-outside-folder', `Unexpected image ${sandboxReason(found.problem, src)}, expected a file inside the article folder such as figures/name.png`, position);
  else if (found.problem)
    ctx.report('figure-missing-file', `Unexpected ${sandboxReason(found.problem, src).replace(/^missing file/, 'missing image file')}, expected it in the article folder`, position);
  if (placeholder)
    ctx.report('figure-placeholder', `Unexpected placeholder image ${src}, expected the original figure before publication`, position);
  if (!alt) ctx.report('figure-caption', 'Unexpected figure without a caption, expected the caption as the image\'s alt text `![caption](file)`', position);
  const figure: Figure = { type: 'figure', id: `fig${number}`, number, src, file, caption: alt ? [{ type: 'text', value: alt, position }] : [], alt, placeholder, position };
  if (label) figure.label = label;
  return figure;
}

function decodePath(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
