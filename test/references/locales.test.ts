// Locale lookup: the template folders first, then the CSL locales repository; a
// found locale is read once per process, a missing one is looked for again.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLocaleXml } from '../../src/references/locales.js';

describe('findLocaleXml', () => {
  it('finds a locale written after a first miss, and gives the same text again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'galley-locales-'));
    mkdirSync(join(dir, 'csl'));
    expect(findLocaleXml([dir], 'xx-YY')).toBeUndefined();
    const xml = '<?xml version="1.0" encoding="utf-8"?>\n<locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="xx-YY"><terms/></locale>\n';
    writeFileSync(join(dir, 'csl', 'locales-xx-YY.xml'), xml);
    expect(findLocaleXml([dir], 'xx-YY')).toBe(xml);
    expect(findLocaleXml([dir], 'xx-YY')).toBe(xml);
  });

  it('falls back to the repository (en-US) and keeps its text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'galley-locales-'));
    const first = findLocaleXml([dir], 'en-US');
    expect(first).toContain('xml:lang="en-US"');
    expect(findLocaleXml([dir], 'en-US')).toBe(first);
  });
});
