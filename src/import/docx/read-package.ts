// The .docx package: a zip of XML parts tied together by relationships. This
// module opens it (fflate) and answers "which part is the main document, its
// styles, its footnotes" and "where does relationship rId7 point".
import { unzipSync, strFromU8 } from 'fflate';
import { posix } from 'node:path';
import { readXmlTree, childElements, type XmlEl } from '../xml-tree.js';

export interface Relationship {
  id: string;
  /** The relationship type's last segment (`styles`, `footnotes`, `image`, `hyperlink`). */
  type: string;
  /** A part path inside the package (`word/media/image1.png`), or the URL for an external target. */
  target: string;
  external: boolean;
}

export interface DocxPackage {
  parts: Map<string, Uint8Array>;
  /** The main document part (`word/document.xml`). */
  main: string;
}

export class DocxUnreadable extends Error {}

export function openPackage(bytes: Uint8Array): DocxPackage {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (e) {
    throw new DocxUnreadable(`Unexpected ${bytes.length ? 'file content' : 'empty file'} (${(e as Error).message}), expected a Word package (a zip archive)`);
  }
  const parts = new Map(Object.entries(files));
  const root = relationships(parts, '');
  const main = root.find((r) => r.type === 'officeDocument')?.target ?? 'word/document.xml';
  if (!parts.has(main)) throw new DocxUnreadable(`Unexpected zip without ${main}, expected a Word package with its main document`);
  return { parts, main };
}

/** The relationships of `part` ('' for the package itself). */
export function relationships(parts: Map<string, Uint8Array>, part: string): Relationship[] {
  const dir = part ? posix.dirname(part) : '';
  const relsPath = part ? posix.join(dir, '_rels', `${posix.basename(part)}.rels`) : '_rels/.rels';
  const root = readPart(parts, relsPath);
  if (!root) return [];
  return childElements(root)
    .filter((e) => e.local === 'Relationship')
    .map((e) => {
      const external = e.attrs.TargetMode === 'External';
      const raw = e.attrs.Target ?? '';
      const target = external ? raw : raw.startsWith('/') ? raw.slice(1) : posix.normalize(posix.join(dir, raw));
      return { id: e.attrs.Id ?? '', type: (e.attrs.Type ?? '').split('/').pop() ?? '', target, external };
    });
}

/** A part read as an XML tree; undefined when the package has no such part. */
export function readPart(parts: Map<string, Uint8Array>, path: string): XmlEl | undefined {
  const bytes = parts.get(path);
  if (!bytes) return undefined;
  const tree = readXmlTree(strFromU8(bytes), path);
  if (!tree.root) {
    const p = tree.problems[0];
    throw new DocxUnreadable(`Unexpected malformed XML in ${path}${p ? ` at ${p.line}:${p.column} (${p.message})` : ''}, expected a well-formed OOXML part`);
  }
  return tree.root;
}
