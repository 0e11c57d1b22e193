import { describe, expect, it } from 'vitest';
import { checkUdc, udcRequired } from '../../../src/checks/udc/index.js';
import { makeMeta, makeProfile, summarize } from '../helpers.js';

describe('checkUdc', () => {
  it('passes the seed notation', () => {
    expect(checkUdc(makeMeta(), makeProfile())).toEqual([]);
  });

  it('points at the offending column inside the front-matter value', () => {
    // The value starts at line 5, column 6; the second '+' is the notation's column 7.
    const diagnostics = checkUdc(makeMeta({ udc: '329.8++321' }), makeProfile());
    expect(summarize(diagnostics)).toEqual(["udc-syntax @5:12 Unexpected '+', expected a UDC number or auxiliary after '+'"]);
    expect(diagnostics[0].severity).toBe('error');
    expect(diagnostics[0].detail).toBe('329.8++321\n      ^ column 7');
  });

  it('reports an unclosed parenthesis at the parenthesis', () => {
    expect(summarize(checkUdc(makeMeta({ udc: '94(470' }), makeProfile()))).toEqual([
      "udc-syntax @5:8 Unexpected end of notation, expected a closing ')' for the '(' at column 3",
    ]);
  });

  it('reports a missing UDC only when the profile requires one', () => {
    const meta = makeMeta({ udc: undefined, positions: {} });
    expect(summarize(checkUdc(meta, makeProfile(), '/a/article.md'))).toEqual([
      'udc-missing @1:1 Unexpected missing UDC, expected a `udc` notation such as 94(470)"1917/1927" (the journal requires one)',
    ]);
    expect(checkUdc(meta, makeProfile({ raw: { udc: { label: 'УДК' } } }))).toEqual([]);
    expect(checkUdc(makeMeta({ udc: '  ' }), makeProfile()).map((d) => d.rule)).toEqual(['udc-missing']);
  });

  it('reads udc.required from the raw profile section', () => {
    expect(udcRequired(makeProfile())).toBe(true);
    expect(udcRequired(makeProfile({ raw: { udc: { required: 'yes' } } }))).toBe(false);
    expect(udcRequired(makeProfile({ raw: {} }))).toBe(false);
  });

  it('lets the profile turn the rule down', () => {
    const [d] = checkUdc(makeMeta({ udc: '94.8' }), makeProfile({ rules: { 'udc-syntax': 'warning' } }));
    expect([d.rule, d.severity, d.position?.column]).toEqual(['udc-syntax', 'warning', 8]);
  });
});
