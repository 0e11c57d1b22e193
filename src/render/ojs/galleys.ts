// An article's three OJS galleys (PDF, HTML with its assets, JATS): embedded as
// submission files (base64) when the issue build hands over the files, else
// remote galleys linking the profile's URLs.
import { diagnostic, type Diagnostic } from '../../checks/diagnostic.js';
import type { Article } from '../../model/types.js';
import type { Profile } from '../../profile/types.js';
import { fillUrlPattern } from '../url-pattern.js';

export interface OjsFileView {
  id: number;
  stage: 'proof' | 'dependent';
  genre: string;
  name: string;
  extension: string;
  mime: string;
  size: number;
  base64: string;
}

export interface OjsGalleyView {
  id: number;
  label: string;
  seq: number;
  fileRef?: number;
  remote?: string;
}

const galleyKinds = [
  { label: 'PDF', file: (id: string) => `${id}.pdf`, mime: 'application/pdf', url: (p: Profile) => p.urls.pdf },
  { label: 'HTML', file: () => 'index.html', mime: 'text/html', url: (p: Profile) => p.urls.article },
  { label: 'JATS XML', file: (id: string) => `${id}.jats.xml`, mime: 'application/xml', url: (p: Profile) => p.urls.jats },
] as const;

const mimeTypes: Record<string, string> = { css: 'text/css', js: 'text/javascript', svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', woff2: 'font/woff2', woff: 'font/woff' };
const genreOf = (mime: string) => (mime.startsWith('image/') ? 'Image' : mime === 'text/css' ? 'Style' : 'Other');

export function galleysOf(article: Article, index: number, profile: Profile, files: { path: string; data: string | Uint8Array }[] | undefined): { files: OjsFileView[]; galleys: OjsGalleyView[]; diagnostics: Diagnostic[] } {
  // Ids are unique within the file only (OJS assigns its own on import): 100 per article.
  const base = (index + 1) * 100;
  const diagnostics: Diagnostic[] = [];
  const out: OjsFileView[] = [];
  const galleys: OjsGalleyView[] = [];
  const meta = article.meta;
  galleyKinds.forEach((kind, seq) => {
    const galleyId = base + seq + 1;
    const path = kind.file(article.id);
    const file = files?.find((f) => f.path === path);
    if (file) {
      const id = base + 10 + seq;
      out.push(fileView(id, 'proof', 'Article Text', path, kind.mime, file.data));
      galleys.push({ id: galleyId, label: kind.label, seq, fileRef: id });
      return;
    }
    const pattern = kind.url(profile);
    if (pattern && meta.doi) {
      galleys.push({ id: galleyId, label: kind.label, seq, remote: fillUrlPattern(pattern, { doi: meta.doi, id: article.id, year: meta.year, volume: meta.volume, issue: meta.issue, seq: meta.seq }) });
      return;
    }
    diagnostics.push(diagnostic('ojs-galley-missing', `Unexpected ${kind.label} galley of ${article.id} with neither its file nor a URL for it, expected \`galleys: embed\` in an issue build or the profile's URL pattern`, { file: profile.file, line: 1, column: 1 }));
  });
  // The HTML galley's assets and figures travel as its dependent files.
  const html = galleys.find((g) => g.label === 'HTML' && g.fileRef);
  if (html && files) {
    let n = 20;
    for (const f of files) {
      if (!/^(assets|figures)\//.test(f.path)) continue;
      const ext = f.path.split('.').pop()!.toLowerCase();
      const mime = mimeTypes[ext] ?? 'application/octet-stream';
      out.push(fileView(base + n++, 'dependent', genreOf(mime), f.path, mime, f.data));
    }
  }
  return { files: out, galleys, diagnostics };
}

function fileView(id: number, stage: OjsFileView['stage'], genre: string, name: string, mime: string, data: string | Uint8Array): OjsFileView {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
  return { id, stage, genre, name, extension: name.split('.').pop()!, mime, size: bytes.byteLength, base64: bytes.toString('base64') };
}
