// A paragraph holding only an image is a figure; its file must be in the article folder.
import { existsSync, statSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve } from 'node:path';
import type { Image } from 'mdast';
import type { Figure } from '../../model/types.js';
import { cleanText } from '../hygiene.js';
import type { ConvertContext } from './context.js';
import { positionOf } from './context.js';

/** File names marking a stand-in for an image that is not available. */
const placeholderMark = '.placeholder.';

export function toFigure(image: Image, ctx: ConvertContext): Figure {
  const number = ++ctx.counters.figure;
  const position = positionOf(ctx, image);
  const src = decodePath(image.url);
  const file = resolve(ctx.dir, src);
  const alt = cleanText(image.alt ?? '');
  const placeholder = basename(src).includes(placeholderMark);
  const inside = !relative(ctx.dir, file).startsWith('..') && !isAbsolute(src);
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src))
    ctx.report('figure-missing-file', `Unexpected remote image ${src}, expected a file in the article folder (the build never fetches)`, position);
  else if (!inside)
    ctx.report('figure-missing-file', `Unexpected image path ${src} outside the article folder, expected a path such as figures/name.png`, position);
  else if (!existsSync(file) || !statSync(file).isFile())
    ctx.report('figure-missing-file', `Unexpected missing image file ${src}, expected it in the article folder`, position);
  if (placeholder)
    ctx.report('figure-placeholder', `Unexpected placeholder image ${src}, expected the original figure before publication`, position);
  if (!alt) ctx.report('figure-caption', 'Unexpected figure without a caption, expected the caption as the image\'s alt text `![caption](file)`', position);
  return { type: 'figure', id: `fig${number}`, number, src, file, caption: alt ? [{ type: 'text', value: alt, position }] : [], alt, placeholder, position };
}

function decodePath(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
