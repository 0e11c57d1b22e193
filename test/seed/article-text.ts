// The article source (article.md) read back as the coverage test needs it: front matter
// as data, body paragraphs as Markdown-like text (emphasis as *…*, footnote calls as
// [^n], citations as written), footnote definitions and figures.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { parse as parseYaml } from 'yaml';
import type { Nodes, Paragraph, PhrasingContent, RootContent } from 'mdast';

export const ARTICLE_DIR = fileURLToPath(new URL('../../article/harris-2017/', import.meta.url));
export const ARTICLE_FILE = `${ARTICLE_DIR}article.md`;

export interface ArticleText {
  front: Record<string, unknown>;
  paragraphs: string[];
  footnotes: Map<string, string>;
  /** Figures with the index of the body paragraph they follow (-1: before the first). */
  figures: Array<{ alt: string; url: string; afterParagraph: number }>;
  /** Top-level node types other than paragraphs, figures and footnote definitions. */
  otherBlocks: string[];
}

function inlineText(nodes: PhrasingContent[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return node.value;
        case 'emphasis':
          return `*${inlineText(node.children)}*`;
        case 'strong':
          return `**${inlineText(node.children)}**`;
        case 'footnoteReference':
          return `[^${node.label ?? node.identifier}]`;
        case 'break':
          return ' ';
        default:
          return 'children' in node ? inlineText(node.children as PhrasingContent[]) : '';
      }
    })
    .join('');
}

const isFigure = (node: RootContent): boolean =>
  node.type === 'paragraph' && node.children.length === 1 && node.children[0].type === 'image';

export function parseArticle(markdown: string): ArticleText {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!match) throw new Error('Unexpected article.md layout, expected YAML front matter between --- lines');
  const front = parseYaml(match[1]) as Record<string, unknown>;
  const tree = fromMarkdown(markdown.slice(match[0].length), {
    extensions: [gfmFootnote()],
    mdastExtensions: [gfmFootnoteFromMarkdown()],
  });
  const result: ArticleText = { front, paragraphs: [], footnotes: new Map(), figures: [], otherBlocks: [] };
  for (const node of tree.children) {
    if (isFigure(node)) {
      const image = (node as Paragraph).children[0] as Extract<Nodes, { type: 'image' }>;
      result.figures.push({ alt: image.alt ?? '', url: image.url, afterParagraph: result.paragraphs.length - 1 });
    } else if (node.type === 'paragraph') result.paragraphs.push(inlineText(node.children));
    else if (node.type === 'footnoteDefinition') {
      const text = node.children.map((child) => (child.type === 'paragraph' ? inlineText(child.children) : `<${child.type}>`));
      result.footnotes.set(node.label ?? node.identifier, text.join('\n\n'));
    } else result.otherBlocks.push(node.type);
  }
  return result;
}

export function readArticle(file = ARTICLE_FILE): ArticleText {
  return parseArticle(readFileSync(file, 'utf8'));
}
