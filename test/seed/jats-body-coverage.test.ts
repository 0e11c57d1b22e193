// The JATS galley of the sample article holds every paragraph of the seed's body text.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/profile/load.js';
import { prepareArticle } from '../../src/pipeline/prepare.js';
import { renderJats } from '../../src/render/jats/index.js';
import { fixedClock } from '../../src/render/context.js';
import { missingRuns, parseSeedBody, readSeed } from './seed-text.js';

const repo = resolve(import.meta.dirname, '../..');

function jatsBodyParagraphs(xml: string): string[] {
  // Figure captions are paragraphs too, but not body text.
  const body = (/<body>([\s\S]*?)<\/body>/.exec(xml)?.[1] ?? '').replace(/<fig\b[\s\S]*?<\/fig>/g, '');
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...body.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => decode(m[1].replace(/<xref ref-type="fn"[^>]*>[\s\S]*?<\/xref>/g, '').replace(/<[^>]+>/g, '')));
}

describe('JATS body against the seed', () => {
  const profile = loadProfile(join(repo, 'journal.yaml')).profile!;
  const prepared = prepareArticle(join(repo, 'article/harris-2017'), profile);
  const xml = renderJats(prepared.article!, { profile, clock: fixedClock(new Date('2017-01-17T00:00:00Z')) });
  const paragraphs = jatsBodyParagraphs(xml);

  it('holds every paragraph of the seed body, six words at a time', () => {
    const seed = parseSeedBody(readSeed());
    expect(seed.paragraphs).toHaveLength(23);
    expect(paragraphs).toHaveLength(23);
    expect(missingRuns(seed.paragraphs, paragraphs)).toEqual([]);
  });

  it('would notice a dropped paragraph', () => {
    const seed = parseSeedBody(readSeed());
    expect(missingRuns(seed.paragraphs, paragraphs.filter((_, i) => i !== 7)).length).toBeGreaterThan(10);
  });
});
