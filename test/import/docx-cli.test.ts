// `galley import docx` as a person runs it: a manuscript with pending changes
// fails (exit 1) with each change listed; told what to do, it writes the article
// folder and its report; an existing folder is kept unless --force.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { galley, jsonDocument } from '../cli/run.js';
import { corpusFile, scratchJournal } from './docx-helpers.js';

describe('galley import docx', () => {
  it('stops on pending changes, imports when told, keeps an existing folder unless --force', async () => {
    const journal = scratchJournal();
    const file = corpusFile('en-pandoc-track_changes_move');
    const stopped = await galley(['import', 'docx', file], journal);
    expect(stopped.code).toBe(1);
    expect(stopped.err).toContain('error  import-docx-pending-changes  Unexpected pending move-to (w:moveTo) at paragraph 3 by Jesse Rosenthal on 2016-04-16T08:20:00Z: “Here is the text to be moved.”');
    expect(stopped.err).toContain('failed (stopped: 2 pending tracked change(s) and 0 comment(s); run again with --accept-changes or --reject-changes)');
    expect(stopped.out).toContain('1 article: 0 written, 0 replaced, 0 kept, 1 failed');
    expect(existsSync(join(journal, 'article'))).toBe(false);

    const done = await galley(['import', 'docx', file, '--reject-changes'], journal);
    expect(done.code).toBe(0);
    expect(done.out).toContain('1 article: 1 written, 0 replaced, 0 kept, 0 failed');
    const folder = join(journal, 'article/en-pandoc-track-changes-move');
    expect(readFileSync(join(folder, 'article.md'), 'utf8')).toContain('Here is some more text.\n\nHere is the text to be moved.\n');
    const report = JSON.parse(readFileSync(join(folder, 'import-report.json'), 'utf8'));
    expect(report.decisions[0]).toEqual({ at: 'paragraph 3', what: 'rejected move-to (w:moveTo) by Jesse Rosenthal on 2016-04-16T08:20:00Z: “Here is the text to be moved.”', why: '--reject-changes' });
    expect(readFileSync(join(folder, 'import-report.txt'), 'utf8')).toContain('Decisions (');

    const again = await galley(['import', 'docx', file, '--accept-changes'], journal);
    expect(again.out).toContain('1 article: 0 written, 0 replaced, 1 kept, 0 failed');
    const forced = jsonDocument(await galley(['import', 'docx', file, '--accept-changes', '--force', '--format', 'json'], journal));
    expect(forced).toMatchObject({ verb: 'import docx', exitCode: 0 });
    expect(forced.result.articles[0]).toMatchObject({ id: 'en-pandoc-track-changes-move', outcome: 'replaced' });
    expect(readFileSync(join(folder, 'article.md'), 'utf8')).toContain('Here is some text.\n\nHere is the text to be moved.\n');
  });

  it('usage: both change flags, no file, another format', async () => {
    const journal = scratchJournal();
    const both = await galley(['import', 'docx', corpusFile('en-pandoc-notes'), '--accept-changes', '--reject-changes'], journal);
    expect(both.code).toBe(2);
    expect(both.err).toContain('--accept-changes and --reject-changes exclude each other');
    expect((await galley(['import', 'docx'], journal)).code).toBe(2);
    expect((await galley(['import', 'odt', 'x.odt'], journal)).err).toContain('expected `galley import jats|docx <file…>`, got `import odt`');
    const missing = await galley(['import', 'docx', 'missing.docx'], journal);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('error  import-unreadable  Unexpected missing file missing.docx, expected a Word manuscript (.docx)');
  });
});
