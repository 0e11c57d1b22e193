// The CLI bundle's libxml2 (src/util/libxml2-deferred.ts, swapped in by
// scripts/bundle.mjs): before loadLibxml2() every name says it is not loaded
// (and `instanceof` is false); after it, every name the static module exports is
// the package's own.
import { describe, expect, it } from 'vitest';
import * as deferred from '../../src/util/libxml2-deferred.js';
import * as shipped from '../../src/util/libxml2.js';

describe('libxml2 in the CLI bundle', () => {
  it('names what was used before it was loaded, then binds the names of the static module', async () => {
    expect(() => deferred.XmlDocument.fromString('<a/>')).toThrow(/libxml2-wasm's XmlDocument was used before loadLibxml2\(\)/);
    expect(() => new deferred.DtdValidator(undefined as never)).toThrow(/DtdValidator was used before loadLibxml2/);
    expect(() => deferred.ParseOption.XML_PARSE_NONET).toThrow(/ParseOption was used before loadLibxml2/);
    expect(new Error('x') instanceof deferred.XmlParseError).toBe(false);

    await deferred.loadLibxml2();
    const names = Object.keys(shipped).filter((n) => n !== 'loadLibxml2');
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) expect((deferred as Record<string, unknown>)[name], name).toBe((shipped as Record<string, unknown>)[name]);
    expect(deferred.XmlDocument.fromString('<a>b</a>').root.content).toBe('b');
  });
});
