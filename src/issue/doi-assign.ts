// An issue's DOIs: written in the source, kept from the record, or made from
// the profile's pattern with the next journal-wide running number. A DOI is
// never given twice, and one that was deposited never changes.
import { diagnostic, type Diagnostic } from '../checks/diagnostic.js';
import type { Position } from '../model/types.js';
import type { Profile } from '../profile/types.js';
import { doiFor, seqOf } from '../record/doi-pattern.js';
import { doiHolder, highestSeq, isDeposited, type JournalRecord } from '../record/journal-record.js';
import type { DoiOrigin } from '../record/types.js';

export interface DoiCandidate {
  id: string;
  /** DOI written in the article source. */
  sourceDoi?: string;
  position: Position;
}

export interface IssueValues {
  year: number;
  volume: number;
  issue: string;
}

export interface DoiAssignment {
  dois: Map<string, { doi: string; origin: DoiOrigin }>;
  diagnostics: Diagnostic[];
}

export function assignDois(articles: DoiCandidate[], profile: Pick<Profile, 'doi'>, journal: JournalRecord, values: IssueValues): DoiAssignment {
  const diagnostics: Diagnostic[] = [];
  const dois = new Map<string, { doi: string; origin: DoiOrigin }>();
  const used = new Map<string, string>();
  const seq = (doi: string) => seqOf(profile, doi);
  let maxSeq = highestSeq(journal, seq);
  for (const a of articles) if (a.sourceDoi) maxSeq = Math.max(maxSeq, seq(a.sourceDoi) ?? 0);

  const claim = (a: DoiCandidate, doi: string, origin: DoiOrigin) => {
    const key = doi.toLowerCase();
    const holder = used.get(key) ?? doiHolder(journal, doi, a.id);
    if (holder !== undefined && holder !== a.id)
      diagnostics.push(diagnostic('issue-doi-collision', `Unexpected DOI ${doi} for ${a.id}, expected a DOI of its own (already given to ${holder})`, a.position));
    used.set(key, a.id);
    dois.set(a.id, { doi, origin });
  };

  // Source DOIs and recorded ones first, so new numbers never take theirs.
  for (const a of articles) {
    const record = journal.articles.get(a.id);
    if (a.sourceDoi) claim(a, a.sourceDoi, 'source');
    else if (record?.doi) {
      const number = record.seq ?? seq(record.doi);
      const expected = number === undefined ? undefined : doiFor(profile, { ...values, seq: number });
      // A DOI nobody registered yet follows the article to its final issue, keeping its running number.
      if (expected && expected.toLowerCase() !== record.doi.toLowerCase() && !isDeposited(journal, record.doi)) {
        diagnostics.push(
          diagnostic('record-doi-rederived', `Unexpected recorded DOI ${record.doi} for ${a.id} in issue ${values.volume}(${values.issue}) ${values.year}, expected ${expected}: not deposited yet, so it follows the article with its running number ${number}`, record.positions.doi ?? a.position),
        );
        claim(a, expected, record.doiOrigin ?? 'assigned');
      } else claim(a, record.doi, record.doiOrigin ?? 'assigned');
    }
  }
  for (const a of articles) {
    if (dois.has(a.id)) continue;
    let doi: string;
    do doi = doiFor(profile, { ...values, seq: ++maxSeq });
    while (used.has(doi.toLowerCase()) || doiHolder(journal, doi, a.id) !== undefined);
    claim(a, doi, 'assigned');
  }
  return { dois, diagnostics };
}
