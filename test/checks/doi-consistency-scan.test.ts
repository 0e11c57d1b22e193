// The tag scanner under the DOI check: script content found by its closing tag
// in the text itself (not in a lower-cased copy, whose offsets differ after a
// character such as İ that lower-cases to two), attributes read on demand.
import { describe, expect, it } from 'vitest';
import { checkDoiConsistency } from '../../src/checks/doi-consistency.js';
import { scanMarkup } from '../../src/checks/doi-consistency-scan.js';

const own = '10.15826/qr.2017.3.245';

describe('markup scanner', () => {
  it('reads a JSON-LD script after text whose lower case is longer', () => {
    const html = `<!DOCTYPE html><html><head><title>İİ İzmir</title>
<meta name="citation_doi" content="${own}">
<script type="application/ld+json">{"@id": "https://doi.org/10.9999/wrong"}</SCRIPT>
</head><body></body></html>`;
    const found = checkDoiConsistency(own, [{ name: 'index.html', text: html }]);
    expect(found.map((d) => `${d.position?.line}:${d.position?.column} ${d.message}`)).toEqual([
      '3:61 Unexpected DOI 10.9999/wrong in JSON-LD @id, expected 10.15826/qr.2017.3.245 as in the source',
    ]);
  });

  it('gives attribute values with their offsets, also for an ancestor read later', () => {
    const text = `<a x='1' y = "two"><b z=3>t</b></a>`;
    const seen: string[] = [];
    scanMarkup(text, {
      text(_, __, ancestors) {
        for (const el of ancestors) for (const [name, a] of Object.entries(el.attrs)) seen.push(`${el.name}.${name}=${a.value}@${a.offset}:${text.slice(a.offset, a.offset + a.value.length)}`);
      },
    });
    expect(seen).toEqual(['a.x=1@6:1', 'a.y=two@14:two', 'b.z=3@24:3']);
  });
});
