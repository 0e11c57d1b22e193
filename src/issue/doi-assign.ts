// DOIs for articles that have none yet: the profile's pattern with the
// journal-wide running number. A DOI is never given twice.
import { diagnostic, type Diagnostic } from '../checks/diagnostic.js';
import type { Position } from '../model/types.js';

export interface DoiCandidate {
  id: string;
  /** DOI written in the article source. */
  sourceDoi?: string;
  /** DOI a previous build of this issue assigned. */
  previousDoi?: string;
  position: Position;
}

export interface DoiContext {
  prefix: string;
  /** Suffix pattern with {year} {volume} {issue} {seq}. */
  suffixPattern: string;
  year: number;
  volume: number;
  issue: string;
  /** DOI → article id for every DOI known outside this assignment (other sources, the deposit log). */
  taken: Map<string, string | undefined>;
}

export interface DoiAssignment {
  dois: Map<string, { doi: string; assigned: boolean }>;
  diagnostics: Diagnostic[];
}

export function seqPattern(ctx: Pick<DoiContext, 'prefix' | 'suffixPattern'>): RegExp {
  const escaped = ctx.suffixPattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const body = escaped
    .replace(/\\\{seq\\\}/g, '(?<seq>\\d+)')
    .replace(/\\\{(year|volume|issue)\\\}/g, '[^/]+?');
  return new RegExp(`^${ctx.prefix.replace(/\./g, '\\.')}/${body}$`, 'i');
}

export function assignDois(articles: DoiCandidate[], ctx: DoiContext): DoiAssignment {
  const diagnostics: Diagnostic[] = [];
  const dois = new Map<string, { doi: string; assigned: boolean }>();
  const used = new Map<string, string>();
  const pattern = seqPattern(ctx);
  let maxSeq = 0;
  const noteSeq = (doi: string) => {
    const seq = Number(pattern.exec(doi)?.groups?.seq ?? 0);
    if (seq > maxSeq) maxSeq = seq;
  };
  for (const doi of ctx.taken.keys()) noteSeq(doi);
  for (const a of articles) for (const doi of [a.sourceDoi, a.previousDoi]) if (doi) noteSeq(doi);

  const claim = (a: DoiCandidate, doi: string, assigned: boolean) => {
    const key = doi.toLowerCase();
    // A registered DOI of unknown owner may be this article's own (a re-deposit).
    const holder = used.has(key) ? used.get(key) : ctx.taken.get(key);
    if (holder !== undefined && holder !== a.id) {
      diagnostics.push(diagnostic('issue-doi-collision', `Unexpected DOI ${doi} for ${a.id}, expected a DOI of its own (already given to ${holder})`, a.position));
    }
    used.set(key, a.id);
    dois.set(a.id, { doi, assigned });
  };

  // Source DOIs and earlier assignments first, so new numbers never take theirs.
  for (const a of articles) {
    if (a.sourceDoi) claim(a, a.sourceDoi, false);
    else if (a.previousDoi) claim(a, a.previousDoi, true);
  }
  for (const a of articles) {
    if (dois.has(a.id)) continue;
    let doi: string;
    do {
      maxSeq += 1;
      const suffix = ctx.suffixPattern
        .replace(/\{year\}/g, String(ctx.year))
        .replace(/\{volume\}/g, String(ctx.volume))
        .replace(/\{issue\}/g, ctx.issue)
        .replace(/\{seq\}/g, String(maxSeq));
      doi = `${ctx.prefix}/${suffix}`;
    } while (used.has(doi.toLowerCase()) || ctx.taken.has(doi.toLowerCase()));
    claim(a, doi, true);
  }
  return { dois, diagnostics };
}
