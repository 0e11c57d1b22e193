// The journal record reads what other article sources say of DOIs only when a
// command asks (reservation, assignment, deposit): a build never parses every
// other article's front matter.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/profile/load.js';
import { journalRecordFor } from '../../src/pipeline/prepare.js';
import { doiHolder, loadJournalRecord } from '../../src/record/journal-record.js';
import { journalCopy } from '../helpers/journal-copy.js';

const withDoi = (doi: string) => `---\ndoi: ${doi}\ndeposit: false\n---\n\nText.\n`;

describe('journal record: article sources read on first use', () => {
  it('loadJournalRecord scans the sources when sourceDois is first read, once', () => {
    const dir = journalCopy({ record: true });
    const profile = loadProfile(join(dir, 'journal.yaml')).profile!;
    const journal = loadJournalRecord(profile, { articlesDir: join(dir, 'article'), depositsDir: join(dir, 'deposits') });
    // Written after loading: seen only because nothing was read yet.
    writeFileSync(join(dir, 'article/harris-2017/article.md'), withDoi('10.15826/qr.2017.3.999'));
    expect(journal.sourceDois.get('10.15826/qr.2017.3.999')).toBe('harris-2017');
    expect(journal.neverDeposit.has('harris-2017')).toBe(true);
    expect(doiHolder(journal, '10.15826/qr.2017.3.999', 'someone-else')).toBe('harris-2017');
    // Read once: a later change is not seen within the same command.
    writeFileSync(join(dir, 'article/harris-2017/article.md'), withDoi('10.15826/qr.2017.3.998'));
    expect(journal.sourceDois.has('10.15826/qr.2017.3.998')).toBe(false);
    expect(journal.sourceDois).toBe(journal.sourceDois);
  });

  it('journalRecordFor (every command on article folders) keeps the scan lazy and the record diagnostics', () => {
    const dir = journalCopy({ record: true });
    const profile = loadProfile(join(dir, 'journal.yaml')).profile!;
    const journal = journalRecordFor(profile, [join(dir, 'article/harris-2017')]);
    expect(journal.diagnostics).toEqual([]);
    expect(journal.articles.get('harris-2017')?.doi).toBe('10.15826/qr.2017.3.245');
    writeFileSync(join(dir, 'article/lindqvist-2017-railway-time/article.md'), withDoi('10.15826/qr.2017.3.997'));
    expect(journal.sourceDois.get('10.15826/qr.2017.3.997')).toBe('lindqvist-2017-railway-time');
  });
});
